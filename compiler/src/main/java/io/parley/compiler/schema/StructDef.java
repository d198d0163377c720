package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Optional;

/** A struct, union or exception with its fields in declaration order. */
public record StructDef(
    Symbol symbol, StructKind kind, List<Field> fields, Location location,
    List<Annotation> annotations, Doc doc) implements Definition {
  public StructDef {
    fields = List.copyOf(fields);
    annotations = List.copyOf(annotations);
  }

  /** The field called {@code name}, if any. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
