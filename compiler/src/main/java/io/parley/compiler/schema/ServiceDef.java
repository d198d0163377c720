package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * A service and the methods it declares itself; inherited ones stay with {@code base}.
 *
 * @param base the service this one extends, or {@code null}
 */
public record ServiceDef(
    Symbol symbol, Symbol base, List<Method> methods, Location location, List<Annotation> annotations,
    Doc doc) implements Definition {
  public ServiceDef {
    methods = List.copyOf(methods);
    annotations = List.copyOf(annotations);
  }

  /** The extended service, if any. */
  public Optional<Symbol> extended() {
    return Optional.ofNullable(base);
  }
}
