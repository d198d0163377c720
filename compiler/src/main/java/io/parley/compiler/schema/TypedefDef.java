package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;

/** A typedef: a new name for {@code target}. */
public record TypedefDef(
    Symbol symbol, ThriftType target, Location location, List<Annotation> annotations, Doc doc)
    implements Definition {
  public TypedefDef {
    annotations = List.copyOf(annotations);
  }
}
