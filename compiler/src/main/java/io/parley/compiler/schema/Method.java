package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * A service method.
 *
 * @param returnType the result type, or {@code null} for {@code void}
 */
public record Method(
    String name, boolean oneway, ThriftType returnType, List<Field> parameters, List<Field> exceptions,
    Location location, List<Annotation> annotations, Doc doc) {
  public Method {
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
    annotations = List.copyOf(annotations);
  }

  /** The result type; empty for {@code void}. */
  public Optional<ThriftType> result() {
    return Optional.ofNullable(returnType);
  }

  /** The value of the last annotation named {@code key}, if any. */
  public Optional<String> annotation(String key) {
    return Annotations.lookup(annotations, key);
  }
}
