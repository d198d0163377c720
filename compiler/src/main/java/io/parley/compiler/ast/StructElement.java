package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** A struct, union or exception: a named list of fields. */
public record StructElement(
    Location location, StructKind kind, String name, List<FieldElement> fields,
    List<Annotation> annotations, Doc doc) implements DefinitionElement {
  public StructElement {
    fields = List.copyOf(fields);
    annotations = List.copyOf(annotations);
  }

  @Override
  public String keyword() {
    return kind.keyword();
  }
}
