package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** {@code namespace scope value}; the scope is {@code *} for every language. */
public record NamespaceElement(Location location, String scope, String value, List<Annotation> annotations) {
  public NamespaceElement {
    annotations = List.copyOf(annotations);
  }
}
