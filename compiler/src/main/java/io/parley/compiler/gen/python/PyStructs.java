package io.parley.compiler.gen.python;

import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/** Builds the views of dataclasses: structs, unions, exceptions and wire-only argument structs. */
final class PyStructs {
  private final PyTypes types;
  private final PyCodec codec;
  private final PyLiterals literals;

  PyStructs(PyTypes types, PyLiterals literals) {
    this.types = types;
    this.codec = new PyCodec(types);
    this.literals = literals;
  }

  PyViews.Struct struct(StructDef def) {
    boolean union = def.kind() == StructKind.UNION;
    List<PyViews.Field> fields = new ArrayList<>();
    def.fields().forEach(f -> fields.add(field(f, union)));
    return new PyViews.Struct(PyNames.global(def.name()), def.name(), def.kind() == StructKind.EXCEPTION, union,
        fields, docLines(def.doc()));
  }

  /** A struct that exists only on the wire, such as a method's arguments or result. */
  PyViews.Struct wire(String name, String idlName, List<Field> fields) {
    List<PyViews.Field> views = new ArrayList<>();
    fields.forEach(f -> views.add(field(f, false)));
    return new PyViews.Struct(name, idlName, false, false, views, List.of());
  }

  private PyViews.Field field(Field f, boolean union) {
    String name = PyNames.member(f.name());
    String hint = types.hint(f.type());
    boolean required = f.requiredness() == Requiredness.REQUIRED && !union;
    String optionalHint = "typing.Optional[" + hint + "]";
    String declaration;
    String localInit;
    String local = "_" + name;
    if (f.defaultValue() != null && !union) {
      String value = literals.expression(f.defaultValue(), f.type());
      declaration = ": " + hint + " = " + (PyLiterals.needsFactory(f.type())
          ? "dataclasses.field(default_factory=lambda: " + value + ")" : value);
      localInit = local + ": " + hint + " = " + value;
    } else if (required) {
      declaration = ": " + hint;
      localInit = local + ": " + optionalHint + " = None";
    } else {
      declaration = ": " + optionalHint + " = None";
      localInit = local + ": " + optionalHint + " = None";
    }
    List<String> write = new ArrayList<>();
    String expr = "self." + name;
    boolean alwaysSet = required || (f.defaultValue() != null && !union);
    String indent = alwaysSet ? "" : "    ";
    if (!alwaysSet) {
      write.add("if " + expr + " is not None:");
    }
    if (isBool(f.type())) {
      write.add(indent + "w.field_bool(" + f.id() + ", " + expr + ")");
    } else {
      write.add(indent + "w.field_begin(" + PyTypes.wireType(f.type()) + ", " + f.id() + ")");
      codec.write(f.type(), expr, local, 0).forEach(l -> write.add(indent + l));
    }
    String condition = "fid == " + f.id() + " and ttype == " + PyTypes.wireType(f.type());
    return new PyViews.Field(name, f.name(), f.id(), declaration, local, localInit, required, condition,
        codec.read(f.type(), local, local, 0), write, docLines(f.doc()));
  }

  private static boolean isBool(ThriftType type) {
    return type.trueType() instanceof ThriftType.Base b && b.kind() == io.parley.compiler.ast.BaseKind.BOOL;
  }

  static List<String> docLines(Doc doc) {
    return doc.isPresent() ? List.of(PyNames.docstring(doc.text()).split("\n", -1)) : List.of();
  }
}
