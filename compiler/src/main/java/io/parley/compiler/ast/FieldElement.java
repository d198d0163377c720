package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Objects;

/**
 * A field of a struct, union or exception, a parameter, or a declared exception of a method.
 *
 * @param id the explicit field id as written, or {@code null} when it was left out
 * @param idLocation where the id was written, or the field's location when it was left out
 * @param defaultValue the {@code = value} part, or {@code null}
 */
public record FieldElement(
    Location location,
    Location idLocation,
    Long id,
    Requiredness requiredness,
    TypeElement type,
    String name,
    ConstValueElement defaultValue,
    List<Annotation> annotations,
    Doc doc) {

  public FieldElement {
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(idLocation, "idLocation == null");
    Objects.requireNonNull(requiredness, "requiredness == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(doc, "doc == null");
    annotations = List.copyOf(annotations);
  }
}
