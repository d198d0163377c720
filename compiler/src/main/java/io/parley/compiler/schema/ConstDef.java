package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;

/** A constant with its declared type and its evaluated value. */
public record ConstDef(
    Symbol symbol, ThriftType type, ConstValue value, Location location,
    List<Annotation> annotations, Doc doc) implements Definition {
  public ConstDef {
    annotations = List.copyOf(annotations);
  }
}
