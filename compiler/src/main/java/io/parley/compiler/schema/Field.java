package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * A linked field, parameter or declared exception.
 *
 * @param implicitId whether the IDL left the id out and it was assigned (negative) by the compiler
 * @param defaultValue the evaluated default, or {@code null} when the IDL gives none
 */
public record Field(
    int id, boolean implicitId, String name, Requiredness requiredness, ThriftType type,
    ConstValue defaultValue, Location location, List<Annotation> annotations, Doc doc) {
  public Field {
    annotations = List.copyOf(annotations);
  }

  /** The default value, if the IDL gives one. */
  public Optional<ConstValue> defaultValueIfAny() {
    return Optional.ofNullable(defaultValue);
  }

  /** The value of the last annotation named {@code key}, if any. */
  public Optional<String> annotation(String key) {
    return Annotations.lookup(annotations, key);
  }
}
