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
  private final PyCompactCodec compact;
  private final PyCompactDecoder compactDecoder;
  private final PyBinaryCodec binary;
  private final PyBinaryDecoder binaryDecoder;

  PyStructs(PyTypes types, PyLiterals literals) {
    this.types = types;
    this.codec = new PyCodec(types);
    this.literals = literals;
    this.compact = new PyCompactCodec();
    this.compactDecoder = new PyCompactDecoder(types);
    this.binary = new PyBinaryCodec();
    this.binaryDecoder = new PyBinaryDecoder(types);
  }

  PyViews.Struct struct(StructDef def) {
    boolean union = def.kind() == StructKind.UNION;
    boolean exception = def.kind() == StructKind.EXCEPTION;
    List<String> doc = def.doc().isPresent() ? docLines(def.doc())
        : List.of("The " + (exception ? "exception " : union ? "union " : "struct ") + def.name() + ".");
    return view(PyNames.global(def.name()), def.name(), exception, union, def.fields(), doc);
  }

  /** A struct that exists only on the wire, such as a method's arguments or result. */
  PyViews.Struct wire(String name, String idlName, List<Field> fields) {
    return view(name, idlName, false, false, fields, List.of("The " + idlName + " on the wire."));
  }

  private PyViews.Struct view(String name, String idlName, boolean exception, boolean union, List<Field> fields,
      List<String> doc) {
    List<PyViews.Field> views = new ArrayList<>();
    List<PyWireField> wire = new ArrayList<>();
    for (Field f : fields) {
      PyViews.Field view = field(f, union);
      views.add(view);
      boolean alwaysSet = view.required() || (f.defaultValue() != null && !union);
      wire.add(new PyWireField(f.id(), f.type(), view.name(), view.local(), alwaysSet));
    }
    List<String> finish = finish(idlName, exception, union, views);
    List<String> locals = views.stream().map(PyViews.Field::localInit).toList();
    List<String> compactRead = new ArrayList<>(locals);
    compactRead.addAll(compactDecoder.readFields(wire, union));
    compactRead.addAll(finish);
    List<String> binaryRead = new ArrayList<>(locals);
    binaryRead.addAll(binaryDecoder.readFields(wire));
    binaryRead.addAll(finish);
    List<String> defaults = new ArrayList<>();
    for (Field f : fields) {
      if (f.defaultValue() != null && !union) {
        defaults.add(literals.expression(f.defaultValue(), f.type()));
      }
    }
    boolean written = PyValueMethods.canWrite(views, defaults);
    String decorator = (exception ? "kw_only=True" : "frozen=True, kw_only=True")
        + (written ? ", init=False, repr=False, eq=False" : "");
    List<String> methods = written ? PyValueMethods.lines(name, exception, union, views) : List.of();
    return new PyViews.Struct(name, idlName, exception, union, views, doc, decorator, methods,
        compact.writeStruct(wire), compactRead, binary.writeStruct(wire), binaryRead,
        PyBinaryCodec.stringTableIds(wire));
  }

  /**
   * The end of a fast decoder: required fields and unions are checked (a failure is left to the
   * checked reader, which words the error), then the value is built. A frozen dataclass's
   * {@code __init__} sets each field through {@code object.__setattr__}; filling the instance
   * dict of a bare instance gives the same value (equality, hash, repr) several times faster.
   */
  private static List<String> finish(String idlName, boolean exception, boolean union, List<PyViews.Field> fields) {
    List<String> lines = new ArrayList<>();
    for (PyViews.Field f : fields) {
      if (f.required()) {
        lines.add("if " + f.local() + " is None:");
        lines.add("    raise _fw.Fallback");
      }
    }
    if (union) {
      StringBuilder members = new StringBuilder();
      fields.forEach(f -> members.append(f.local()).append(", "));
      lines.add("if sum(1 for value in (" + members + ") if value is not None) != 1:");
      lines.add("    raise _fw.Fallback");
    }
    if (exception) {
      StringBuilder args = new StringBuilder();
      for (PyViews.Field f : fields) {
        args.append(args.length() == 0 ? "" : ", ").append(f.name()).append('=').append(f.local());
      }
      lines.add("return cls(" + args + "), pos");
    } else {
      lines.add("o = object.__new__(cls)");
      if (!fields.isEmpty()) {
        lines.add("d = o.__dict__");
      }
      fields.forEach(f -> lines.add("d[\"" + f.name() + "\"] = " + f.local()));
      lines.add("return o, pos");
    }
    return lines;
  }

  private PyViews.Field field(Field f, boolean union) {
    String name = PyNames.member(f.name());
    String hint = types.hint(f.type());
    boolean required = f.requiredness() == Requiredness.REQUIRED && !union;
    String optionalHint = "typing.Optional[" + hint + "]";
    String declaration;
    String parameter;
    String initValue = name;
    String localInit;
    // A decoder's local for the field ends in "_", which no temporary does: temporaries are named
    // after their field plus a suffix ("_n0", "_e0"), so "_a_n0", field a's length, would otherwise be
    // field a_n0's value too.
    String local = "_" + name + "_";
    if (f.defaultValue() != null && !union) {
      String value = literals.expression(f.defaultValue(), f.type());
      if (PyLiterals.needsFactory(f.type())) {
        declaration = ": " + hint + " = _field(default_factory=lambda: " + value + ")";
        parameter = name + ": " + hint + " = " + PyValueMethods.FACTORY;
        initValue = value + " if " + name + " is " + PyValueMethods.FACTORY + " else " + name;
      } else {
        declaration = ": " + hint + " = " + value;
        parameter = name + declaration;
      }
      localInit = local + ": " + hint + " = " + value;
    } else if (required) {
      declaration = ": " + hint;
      parameter = name + declaration;
      localInit = local + ": " + optionalHint + " = None";
    } else {
      declaration = ": " + optionalHint + " = None";
      parameter = name + declaration;
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
    return new PyViews.Field(name, f.name(), f.id(), declaration, parameter, initValue, local, localInit, required,
        condition,
        codec.read(f.type(), local, local, 0), write, docLines(f.doc()));
  }

  private static boolean isBool(ThriftType type) {
    return type.trueType() instanceof ThriftType.Base b && b.kind() == io.parley.compiler.ast.BaseKind.BOOL;
  }

  static List<String> docLines(Doc doc) {
    return doc.isPresent() ? List.of(PyNames.docstring(doc.text()).split("\n", -1)) : List.of();
  }
}
