package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/**
 * {@code service Name extends Base { ... }}.
 *
 * @param extendsName the base service as written, or {@code null}
 * @param extendsLocation where the base service's name stands, or {@code null}
 */
public record ServiceElement(
    Location location, String name, String extendsName, Location extendsLocation,
    List<FunctionElement> functions, List<Annotation> annotations, Doc doc)
    implements DefinitionElement {
  public ServiceElement {
    functions = List.copyOf(functions);
    annotations = List.copyOf(annotations);
  }

  @Override
  public String keyword() {
    return "service";
  }
}
