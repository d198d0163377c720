package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** {@code enum Name { A = 1, B, ... }}. */
public record EnumElement(
    Location location, String name, List<EnumConstantElement> constants,
    List<Annotation> annotations, Doc doc) implements DefinitionElement {
  public EnumElement {
    constants = List.copyOf(constants);
    annotations = List.copyOf(annotations);
  }

  @Override
  public String keyword() {
    return "enum";
  }
}
