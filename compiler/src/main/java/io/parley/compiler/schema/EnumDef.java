package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Optional;

/** An enum with its values, implicit values already numbered. */
public record EnumDef(
    Symbol symbol, List<EnumConstant> constants, Location location, List<Annotation> annotations,
    Doc doc) implements Definition {
  public EnumDef {
    constants = List.copyOf(constants);
    annotations = List.copyOf(annotations);
  }

  /** The constant called {@code name}, if the enum has one. */
  public Optional<EnumConstant> constant(String name) {
    return constants.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The first constant with the numeric {@code value}, if any. */
  public Optional<EnumConstant> constant(long value) {
    return constants.stream().filter(c -> c.value() == value).findFirst();
  }
}
