package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/**
 * A method of a service.
 *
 * @param returnType the declared result, or {@code null} for {@code void}
 * @param returnLocation where the result type (or {@code void}) is written
 */
public record FunctionElement(
    Location location, String name, boolean oneway, TypeElement returnType, Location returnLocation,
    List<FieldElement> parameters, List<FieldElement> exceptions, List<Annotation> annotations,
    Doc doc) {
  public FunctionElement {
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
    annotations = List.copyOf(annotations);
  }
}
