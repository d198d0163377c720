package io.parley.compiler.gen.python;

import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the straight-line Python statements that encode or decode one value. Locals carry the
 * field's name as a prefix, so that each has one type in its function (as mypy requires).
 */
final class PyCodec {
  private final PyTypes types;

  PyCodec(PyTypes types) {
    this.types = types;
  }

  /** Statements writing {@code expr} of {@code type} to {@code w}. */
  List<String> write(ThriftType type, String expr, String prefix, int depth) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.Base b) {
      lines.add("w.write_" + switch (b.kind()) {
        case BOOL -> "bool";
        case I8 -> "byte";
        case I16 -> "i16";
        case I32 -> "i32";
        case I64 -> "i64";
        case DOUBLE -> "double";
        case STRING -> "string";
        case BINARY -> "binary";
        case UUID -> "uuid";
      } + "(" + expr + ")");
    } else if (t instanceof ThriftType.EnumRef) {
      lines.add("w.write_i32(int(" + expr + "))");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(expr + ".write(w)");
    } else if (t instanceof ThriftType.MapOf m) {
      String k = prefix + "_k" + depth;
      String v = prefix + "_v" + depth;
      lines.add("w.map_begin(" + PyTypes.wireType(m.key()) + ", " + PyTypes.wireType(m.value()) + ", len(" + expr + "))");
      lines.add("for " + k + ", " + v + " in " + expr + ".items():");
      indent(write(m.key(), k, prefix + "k", depth + 1), lines);
      indent(write(m.value(), v, prefix + "v", depth + 1), lines);
    } else {
      ThriftType element = element(t);
      String e = prefix + "_e" + depth;
      lines.add("w." + (t instanceof ThriftType.ListOf ? "list" : "set") + "_begin(" + PyTypes.wireType(element)
          + ", len(" + expr + "))");
      lines.add("for " + e + " in " + expr + ":");
      indent(write(element, e, prefix, depth + 1), lines);
    }
    return lines;
  }

  /** Statements reading a value of {@code type} from {@code r} into the local {@code target}. */
  List<String> read(ThriftType type, String target, String prefix, int depth) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.Base b) {
      lines.add(target + " = r.read_" + switch (b.kind()) {
        case BOOL -> "bool";
        case I8 -> "byte";
        case I16 -> "i16";
        case I32 -> "i32";
        case I64 -> "i64";
        case DOUBLE -> "double";
        case STRING -> "string";
        case BINARY -> "binary";
        case UUID -> "uuid";
      } + "()");
    } else if (t instanceof ThriftType.EnumRef) {
      lines.add(target + " = " + types.hint(t) + "(r.read_i32())");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(target + " = " + types.hint(t) + ".read(r)");
    } else if (t instanceof ThriftType.MapOf m) {
      String n = prefix + "_n" + depth;
      String c = prefix + "_c" + depth;
      String k = prefix + "_k" + depth;
      String v = prefix + "_v" + depth;
      lines.add("_, _, " + n + " = r.map_begin()");
      lines.add(c + ": " + types.hint(t) + " = {}");
      lines.add("for _ in range(" + n + "):");
      // Key and value locals get prefixes of their own: Python has no block scope to separate them.
      indent(read(m.key(), k, prefix + "k", depth + 1), lines);
      indent(read(m.value(), v, prefix + "v", depth + 1), lines);
      lines.add("    " + c + "[" + k + "] = " + v);
      lines.add(target + " = " + c);
    } else {
      boolean list = t instanceof ThriftType.ListOf;
      String n = prefix + "_n" + depth;
      String c = prefix + "_c" + depth;
      String v = prefix + "_v" + depth;
      lines.add("_, " + n + " = r." + (list ? "list" : "set") + "_begin()");
      lines.add(c + ": " + types.hint(t) + " = " + (list ? "[]" : "set()"));
      lines.add("for _ in range(" + n + "):");
      indent(read(element(t), v, prefix, depth + 1), lines);
      lines.add("    " + c + "." + (list ? "append" : "add") + "(" + v + ")");
      lines.add(target + " = " + c);
    }
    return lines;
  }

  private static ThriftType element(ThriftType t) {
    return t instanceof ThriftType.ListOf l ? l.element() : ((ThriftType.SetOf) t).element();
  }

  private static void indent(List<String> inner, List<String> into) {
    inner.forEach(line -> into.add("    " + line));
  }
}
