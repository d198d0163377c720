package io.parley.compiler.schema;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.diag.Location;
import java.util.List;
import java.util.Optional;

/** A linked top-level definition. */
public sealed interface Definition permits ConstDef, TypedefDef, EnumDef, StructDef, ServiceDef {
  Symbol symbol();

  Location location();

  List<Annotation> annotations();

  Doc doc();

  /** The name the definition was given in its file. */
  default String name() {
    return symbol().name();
  }

  /** The value of the last annotation named {@code key}, if any. */
  default Optional<String> annotation(String key) {
    return Annotations.lookup(annotations(), key);
  }
}
