package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;

/** One named value of an enum. */
public record EnumConstant(String name, int value, Location location, List<Annotation> annotations, Doc doc) {
  public EnumConstant {
    annotations = List.copyOf(annotations);
  }
}
