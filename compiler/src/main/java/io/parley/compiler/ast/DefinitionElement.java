package io.parley.compiler.ast;

import io.parley.compiler.diag.Location;
import java.util.List;

/** A top-level definition of an IDL file: const, typedef, enum, struct, union, exception or service. */
public sealed interface DefinitionElement
    permits ConstElement, TypedefElement, EnumElement, StructElement, ServiceElement {
  /** Where the definition's name stands. */
  Location location();

  String name();

  List<Annotation> annotations();

  Doc doc();

  /** The IDL keyword that introduces this kind of definition, for messages. */
  String keyword();
}
