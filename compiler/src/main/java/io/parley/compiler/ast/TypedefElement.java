package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** {@code typedef type Name}. */
public record TypedefElement(
    Location location, String name, TypeElement type, List<Annotation> annotations, Doc doc)
    implements DefinitionElement {
  public TypedefElement {
    annotations = List.copyOf(annotations);
  }

  @Override
  public String keyword() {
    return "typedef";
  }
}
