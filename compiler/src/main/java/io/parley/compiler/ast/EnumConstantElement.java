package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/**
 * One value of an enum.
 *
 * @param value the explicit value as written, or {@code null} to take the previous value plus one
 */
public record EnumConstantElement(
    Location location, String name, Long value, List<Annotation> annotations, Doc doc) {
  public EnumConstantElement {
    annotations = List.copyOf(annotations);
  }
}
