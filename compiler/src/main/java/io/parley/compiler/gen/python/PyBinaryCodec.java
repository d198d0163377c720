package io.parley.compiler.gen.python;

import static io.parley.compiler.gen.python.PyWireField.element;
import static io.parley.compiler.gen.python.PyWireField.indent;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.gen.WireTypes;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body of a struct's straight-line binary-protocol encoder, {@code _write_binary}, which
 * appends to a bytearray. Field headers (type byte and big-endian id) are packed with the value, or
 * with its length or container header, and a run of fixed-width scalar fields is packed in one
 * precompiled struct format ({@link #runs}, shared with {@link PyBinaryDecoder}).
 */
final class PyBinaryCodec {
  /** The binary type id of a value of {@code type}. */
  static int ttype(ThriftType type) {
    return WireTypes.binary(type);
  }

  private static String header(PyWireField f, int... value) {
    List<Integer> bytes = new ArrayList<>(List.of(ttype(f.type()), (f.id() >> 8) & 0xFF, f.id() & 0xFF));
    for (int v : value) {
      bytes.add(v);
    }
    return PyWireField.bytesLiteral(bytes);
  }

  /**
   * The struct format code of a field packed with its header in a run of such fields (see
   * {@link #runs}), else null; {@code reading} tells a bool's code for reading (a byte, compared
   * with 0 as the checked reader does) from its code for writing (truthiness, packed as 1 or 0).
   */
  static String runCode(ThriftType type, boolean reading) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.EnumRef) {
      return "i";
    }
    if (t instanceof ThriftType.Base b && b.kind() == BaseKind.BOOL) {
      return reading ? "B" : "?";
    }
    return fixedCode(t);
  }

  static int runWidth(String code) {
    return switch (code) {
      case "?", "B", "b" -> 1;
      case "h" -> 2;
      case "i" -> 4;
      default -> 8;
    };
  }

  /**
   * The fields split into runs: two or more consecutive fixed-width scalars (packed or unpacked
   * with their headers in one precompiled struct format), or single other fields.
   */
  static List<List<PyWireField>> runs(List<PyWireField> fields) {
    List<List<PyWireField>> runs = new ArrayList<>();
    int i = 0;
    while (i < fields.size()) {
      int j = i;
      while (j < fields.size() && runCode(fields.get(j).type(), false) != null) {
        j++;
      }
      if (j - i < 2) {
        j = i + 1;
      }
      runs.add(fields.subList(i, j));
      i = j;
    }
    return runs;
  }

  static String runFormat(List<PyWireField> run, boolean reading) {
    StringBuilder format = new StringBuilder("!");
    for (PyWireField f : run) {
      format.append("Bh").append(runCode(f.type(), reading));
    }
    return format.toString();
  }

  /**
   * The module-level name of the table of string headers of field {@code id} by length (bound to
   * {@code _fw.bh_string_table(id)}), which the writers of its string and binary fields index.
   */
  static String stringTable(int id) {
    return id < 0 ? "_bh_sm" + -id : "_bh_s" + id;
  }

  /** The ids of the fields whose {@link #stringTable} {@link #writeStruct} names, in order. */
  static List<Integer> stringTableIds(List<PyWireField> fields) {
    return fields.stream()
        .filter(f -> f.type().trueType() instanceof ThriftType.Base b
            && (b.kind() == BaseKind.STRING || b.kind() == BaseKind.BINARY))
        .map(PyWireField::id)
        .distinct()
        .toList();
  }

  /** The body of {@code _write_binary(self, buf)}. */
  List<String> writeStruct(List<PyWireField> fields) {
    List<String> lines = new ArrayList<>();
    for (List<PyWireField> run : runs(fields)) {
      // An optional field's attribute is read once, into a local that the None check narrows.
      List<String> conditions = new ArrayList<>();
      List<String> args = new ArrayList<>();
      for (PyWireField f : run) {
        if (!f.alwaysSet()) {
          lines.add(expr(f) + " = self." + f.attribute());
          conditions.add(expr(f) + " is not None");
        }
        args.add(ttype(f.type()) + ", " + f.id() + ", " + expr(f));
      }
      if (run.size() == 1) {
        writeGuarded(run.get(0), lines);
        continue;
      }
      // All set, the usual case: one packing of the whole run; else field by field.
      String pack = "buf += _fw.PACK[\"" + runFormat(run, false) + "\"](" + String.join(", ", args) + ")";
      if (conditions.isEmpty()) {
        lines.add(pack);
        continue;
      }
      lines.add("if " + String.join(" and ", conditions) + ":");
      lines.add("    " + pack);
      lines.add("else:");
      List<String> each = new ArrayList<>();
      run.forEach(f -> writeGuarded(f, each));
      indent(each, lines);
    }
    lines.add("buf.append(0)");
    return lines;
  }

  private static String expr(PyWireField f) {
    return f.alwaysSet() ? "self." + f.attribute() : f.local() + "_v";
  }

  /** Appends the statements writing field {@code f}, read already if optional, when it is set. */
  private void writeGuarded(PyWireField f, List<String> lines) {
    String expr = expr(f);
    List<String> body = new ArrayList<>();
    if (PyWireField.isBool(f.type())) {
      body.add("buf += " + header(f, 1) + " if " + expr + " else " + header(f, 0));
    } else {
      body.addAll(writeField(f, expr));
    }
    if (f.alwaysSet()) {
      lines.addAll(body);
    } else {
      lines.add("if " + expr + " is not None:");
      indent(body, lines);
    }
  }

  /**
   * Statements appending a field's header and value {@code expr}: one packing of the header with
   * the value (a scalar) or with the value's length or container header, where there is one.
   */
  private List<String> writeField(PyWireField f, String expr) {
    ThriftType t = f.type().trueType();
    String head = ttype(t) + ", " + f.id() + ", ";
    String pack = null;
    if (t instanceof ThriftType.EnumRef) {
      pack = "bh_i32";
    } else if (t instanceof ThriftType.Base b) {
      pack = switch (b.kind()) {
        case I8 -> "bh_i8";
        case I16 -> "bh_i16";
        case I32 -> "bh_i32";
        case I64 -> "bh_i64";
        case DOUBLE -> "bh_double";
        default -> null;
      };
      if (b.kind() == BaseKind.STRING || b.kind() == BaseKind.BINARY) {
        // The header with a short length comes from the module's table for this field id.
        String v = f.local() + "_b0";
        String n = f.local() + "_n0";
        return List.of(v + " = " + expr + (b.kind() == BaseKind.STRING ? ".encode()" : ""),
            n + " = len(" + v + ")",
            "buf += " + stringTable(f.id()) + "[" + n + "] if " + n + " < 256 else _fw.bh_i32(" + head + n + ")",
            "buf += " + v);
      }
    }
    if (pack != null) {
      return List.of("buf += _fw." + pack + "(" + head + expr + ")");
    }
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.ListOf || t instanceof ThriftType.SetOf) {
      String c = f.local() + "_c0";
      lines.add(c + " = " + expr);
      lines.add("buf += _fw.bh_list(" + head + ttype(element(t)) + ", len(" + c + "))");
      lines.addAll(writeElements(t, c, f.local(), 0));
      return lines;
    }
    if (t instanceof ThriftType.MapOf m) {
      String c = f.local() + "_c0";
      lines.add(c + " = " + expr);
      lines.add("buf += _fw.bh_map(" + head + ttype(m.key()) + ", " + ttype(m.value()) + ", len(" + c + "))");
      lines.addAll(writeEntries(m, c, f.local(), 0));
      return lines;
    }
    lines.add("buf += " + header(f));
    lines.addAll(write(f.type(), expr, f.local(), 0));
    return lines;
  }

  /** The statements appending the elements of list or set {@code c}, after its header. */
  private List<String> writeElements(ThriftType t, String c, String prefix, int depth) {
    List<String> lines = new ArrayList<>();
    String code = fixedCode(element(t));
    if (code != null) {
      lines.add("_fw.b_fixed_list(buf, \"" + code + "\", " + c + ")");
    } else {
      String e = prefix + "_e" + depth;
      lines.add("for " + e + " in " + c + ":");
      indent(write(element(t), e, prefix, depth + 1), lines);
    }
    return lines;
  }

  /** The statements appending the entries of map {@code c}, after its header. */
  private List<String> writeEntries(ThriftType.MapOf m, String c, String prefix, int depth) {
    List<String> lines = new ArrayList<>();
    String k = prefix + "_k" + depth;
    String v = prefix + "_v" + depth;
    lines.add("for " + k + ", " + v + " in " + c + ".items():");
    indent(write(m.key(), k, prefix + "k", depth + 1), lines);
    indent(write(m.value(), v, prefix + "v", depth + 1), lines);
    return lines;
  }

  /** Statements appending {@code expr} of {@code type}. */
  List<String> write(ThriftType type, String expr, String prefix, int depth) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.Base b) {
      switch (b.kind()) {
        case BOOL -> lines.add("buf.append(1 if " + expr + " else 0)");
        case I8 -> lines.add("buf += _fw.b_i8(" + expr + ")");
        case I16 -> lines.add("buf += _fw.b_i16(" + expr + ")");
        case I32 -> lines.add("buf += _fw.b_i32(" + expr + ")");
        case I64 -> lines.add("buf += _fw.b_i64(" + expr + ")");
        case DOUBLE -> lines.add("buf += _fw.b_double(" + expr + ")");
        case STRING, BINARY -> {
          String v = prefix + "_b" + depth;
          String n = prefix + "_n" + depth;
          lines.add(v + " = " + expr + (b.kind() == BaseKind.STRING ? ".encode()" : ""));
          lines.add(n + " = len(" + v + ")");
          // A short length's four bytes come from a table: cheaper than packing them.
          lines.add("buf += _fw.B_LENGTH[" + n + "] if " + n + " < 256 else _fw.b_i32(" + n + ")");
          lines.add("buf += " + v);
        }
        case UUID -> lines.add("buf += " + expr + ".bytes");
      }
    } else if (t instanceof ThriftType.EnumRef) {
      lines.add("buf += _fw.b_i32(" + expr + ")");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(expr + "._write_binary(buf)");
    } else if (t instanceof ThriftType.MapOf m) {
      String c = prefix + "_c" + depth;
      lines.add(c + " = " + expr);
      lines.add("buf += _fw.b_map(" + ttype(m.key()) + ", " + ttype(m.value()) + ", len(" + c + "))");
      lines.addAll(writeEntries(m, c, prefix, depth));
    } else {
      String c = prefix + "_c" + depth;
      lines.add(c + " = " + expr);
      lines.add("buf += _fw.b_list(" + ttype(element(t)) + ", len(" + c + "))");
      lines.addAll(writeElements(t, c, prefix, depth));
    }
    return lines;
  }

  /** The struct format code of a fixed-width scalar (whose lists pack in one call), else null. */
  static String fixedCode(ThriftType type) {
    if (type.trueType() instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case BOOL -> "?";
        case I8 -> "b";
        case I16 -> "h";
        case I32 -> "i";
        case I64 -> "q";
        case DOUBLE -> "d";
        default -> null;
      };
    }
    return null;
  }
}
