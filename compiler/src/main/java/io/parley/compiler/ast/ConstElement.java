package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** {@code const type NAME = value}. */
public record ConstElement(
    Location location, String name, TypeElement type, ConstValueElement value,
    List<Annotation> annotations, Doc doc) implements DefinitionElement {
  public ConstElement {
    annotations = List.copyOf(annotations);
  }

  @Override
  public String keyword() {
    return "const";
  }
}
