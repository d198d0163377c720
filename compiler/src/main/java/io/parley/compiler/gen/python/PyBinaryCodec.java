package io.parley.compiler.gen.python;

import static io.parley.compiler.gen.python.PyWireField.element;
import static io.parley.compiler.gen.python.PyWireField.indent;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.gen.WireTypes;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bodies of a struct's straight-line binary-protocol codec: {@code _write_binary}
 * appends to a bytearray, {@code _read_binary} reads bytes at an index. Field headers (type byte
 * and big-endian id) are packed with the value, or with its length or container header, and a run
 * of fixed-width scalar fields is packed and unpacked in one precompiled struct format; the
 * decoder looks for each declared field in order with one comparison of its three header bytes,
 * and decodes headers only for what is left after that.
 */
final class PyBinaryCodec {
  private final PyTypes types;

  PyBinaryCodec(PyTypes types) {
    this.types = types;
  }

  /** The binary type id of a value of {@code type}. */
  static int ttype(ThriftType type) {
    return WireTypes.binary(type);
  }

  /** The fewest bytes a value of {@code type} takes. */
  private static int minSize(ThriftType type) {
    return switch (ttype(type)) {
      case 2, 3 -> 1;
      case 6 -> 2;
      case 8, 11 -> 4;
      case 4, 10 -> 8;
      case 12 -> 1;
      case 13 -> 6;
      case 14, 15 -> 5;
      default -> 16;
    };
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
  private static String runCode(ThriftType type, boolean reading) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.EnumRef) {
      return "i";
    }
    if (t instanceof ThriftType.Base b && b.kind() == BaseKind.BOOL) {
      return reading ? "B" : "?";
    }
    return fixedCode(t);
  }

  private static int runWidth(String code) {
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
  private static List<List<PyWireField>> runs(List<PyWireField> fields) {
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

  private static String runFormat(List<PyWireField> run, boolean reading) {
    StringBuilder format = new StringBuilder("!");
    for (PyWireField f : run) {
      format.append("Bh").append(runCode(f.type(), reading));
    }
    return format.toString();
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
        String v = f.local() + "_b0";
        return List.of(v + " = " + expr + (b.kind() == BaseKind.STRING ? ".encode()" : ""),
            "buf += _fw.bh_i32(" + head + "len(" + v + "))",
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
  private static String fixedCode(ThriftType type) {
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

  /**
   * The statements of {@code _read_binary} that read the fields into their locals, up to and
   * including the stop byte; the caller adds the checks and the construction after them.
   */
  List<String> readFields(List<PyWireField> fields) {
    List<String> lines = new ArrayList<>();
    for (List<PyWireField> run : runs(fields)) {
      List<String> single = lines;
      if (run.size() > 1) {
        // Field by field only when the run was not read whole: after it, none of them can follow.
        readRun(run, lines);
        lines.add("if not ran:");
        single = new ArrayList<>();
      }
      for (PyWireField f : run) {
        if (run.size() == 1 && readWithHeader(f, single)) {
          continue;
        }
        // The type byte first: it is never 0, so at the stop byte nothing past it is looked at.
        single.add("if buf[pos] == " + ttype(f.type()) + " and buf[pos + 2] == " + (f.id() & 0xFF) + " and buf[pos + 1] == "
            + ((f.id() >> 8) & 0xFF) + ":");
        indent(read(f.type(), f.local(), f.local(), 0, true, 3), single);
      }
      if (single != lines) {
        indent(single, lines);
      }
    }
    // Whatever is left: usually only the stop byte; else fields out of order or unknown.
    lines.add("while True:");
    lines.add("    t = buf[pos]");
    lines.add("    if t == 0:");
    lines.add("        break");
    lines.add("    fid = _fw.rb_i16(buf, pos + 1)[0]");
    String keyword = "if";
    for (PyWireField f : fields) {
      lines.add("    " + keyword + " fid == " + f.id() + " and t == " + ttype(f.type()) + ":");
      read(f.type(), f.local(), f.local(), 0, false, 3).forEach(l -> lines.add("        " + l));
      keyword = "elif";
    }
    if (fields.isEmpty()) {
      lines.add("    pos = _fw.b_skip(buf, pos + 3, t, depth, lim)");
    } else {
      lines.add("    else:");
      lines.add("        pos = _fw.b_skip(buf, pos + 3, t, depth, lim)");
    }
    lines.add("pos += 1");
    return lines;
  }

  /**
   * For a single fixed-width scalar or string field: after its type byte, one unpacking of its id
   * with the value or length. Returns false for other fields.
   */
  private boolean readWithHeader(PyWireField f, List<String> lines) {
    ThriftType t = f.type().trueType();
    String code = runCode(t, true);
    boolean string = t instanceof ThriftType.Base b && (b.kind() == BaseKind.STRING || b.kind() == BaseKind.BINARY);
    if (!string && (code == null || code.equals("B"))) {
      return false;
    }
    String id = f.local() + "_rf";
    String x = string ? f.local() + "_n0" : f.local() + "_rx";
    lines.add("if buf[pos] == " + ttype(t) + ":");
    lines.add("    " + id + ", " + x + " = _fw.rh_" + (string ? "len" : code) + "(buf, pos + 1)");
    lines.add("    if " + id + " == " + f.id() + ":");
    List<String> body = new ArrayList<>();
    if (string) {
      String e = f.local() + "_e0";
      body.add(e + " = pos + 7 + " + x);
      // The length is read unsigned: a negative one is above every limit the fast path runs with.
      body.add("if " + x + " > lim.max_string_length:");
      body.add("    raise _fw.Fallback");
      body.add(f.local() + " = buf[pos + 7:" + e + "]" + (((ThriftType.Base) t).kind() == BaseKind.STRING ? ".decode()" : ""));
      body.add("pos = " + e);
    } else {
      if (t instanceof ThriftType.EnumRef) {
        String cls = types.hint(t);
        body.add(f.local() + " = " + PyWireField.enumMembers(cls) + ".get(" + x + ") or " + cls + "(" + x + ")");
      } else {
        body.add(f.local() + " = " + x);
      }
      body.add("pos += " + (3 + runWidth(code)));
    }
    body.forEach(l -> lines.add("        " + l));
    return true;
  }

  /**
   * Reads a run of fixed-width fields with their headers in one unpacking when all of them are
   * there in order (and the bytes for all of them are); the field-by-field reading after it
   * finds what is left.
   */
  private void readRun(List<PyWireField> run, List<String> lines) {
    int size = 0;
    List<String> names = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    List<String> assigns = new ArrayList<>();
    boolean first = true;
    for (PyWireField f : run) {
      String code = runCode(f.type(), true);
      size += 3 + runWidth(code);
      String t = f.local() + "_rt";
      String id = f.local() + "_rf";
      String x = f.local() + "_rx";
      names.addAll(List.of(t, id, x));
      if (!first) {
        checks.add(t + " == " + ttype(f.type()));
      }
      first = false;
      checks.add(id + " == " + f.id());
      ThriftType type = f.type().trueType();
      if (type instanceof ThriftType.EnumRef) {
        String cls = types.hint(type);
        assigns.add(f.local() + " = " + PyWireField.enumMembers(cls) + ".get(" + x + ") or " + cls + "(" + x + ")");
      } else {
        assigns.add(f.local() + " = " + x + (code.equals("B") ? " != 0" : ""));
      }
    }
    lines.add("ran = False");
    lines.add("if end - pos >= " + size + " and buf[pos] == " + ttype(run.get(0).type()) + ":");
    lines.add("    " + String.join(", ", names) + " = _fw.UNPACK[\"" + runFormat(run, true) + "\"](buf, pos)");
    lines.add("    if " + String.join(" and ", checks) + ":");
    assigns.forEach(a -> lines.add("        " + a));
    lines.add("        pos += " + size);
    lines.add("        ran = True");
  }

  /**
   * Statements reading a value of {@code type} at {@code pos + off} into {@code target} and
   * moving {@code pos} past it; with {@code annotate}, containers get their type annotation (only
   * at a local's first appearance).
   */
  List<String> read(ThriftType type, String target, String prefix, int depth, boolean annotate, int off) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    String at = off == 0 ? "pos" : "pos + " + off;
    if (t instanceof ThriftType.Base b) {
      switch (b.kind()) {
        case BOOL -> fixed(target + " = buf[" + at + "] != 0", off + 1, lines);
        case I8 -> fixed(target + " = _fw.rb_i8(buf, " + at + ")[0]", off + 1, lines);
        case I16 -> fixed(target + " = _fw.rb_i16(buf, " + at + ")[0]", off + 2, lines);
        case I32 -> fixed(target + " = _fw.rb_i32(buf, " + at + ")[0]", off + 4, lines);
        case I64 -> fixed(target + " = _fw.rb_i64(buf, " + at + ")[0]", off + 8, lines);
        case DOUBLE -> fixed(target + " = _fw.rb_double(buf, " + at + ")[0]", off + 8, lines);
        case STRING, BINARY -> {
          String n = prefix + "_n" + depth;
          String e = prefix + "_e" + depth;
          lines.add(n + " = _fw.rb_u32(buf, " + at + ")[0]");
          lines.add(e + " = pos + " + (off + 4) + " + " + n);
          // No check against the end: a slice stops there, and the stop byte every struct ends
          // with is then read past the end, which fails the fast path. The length is unsigned: a
          // negative one is above every limit the fast path runs with.
          lines.add("if " + n + " > lim.max_string_length:");
          lines.add("    raise _fw.Fallback");
          lines.add(target + " = buf[pos + " + (off + 4) + ":" + e + "]" + (b.kind() == BaseKind.STRING ? ".decode()" : ""));
          lines.add("pos = " + e);
        }
        case UUID -> {
          lines.add("if pos + " + (off + 16) + " > end:");
          lines.add("    raise _fw.Fallback");
          lines.add(target + " = uuid.UUID(bytes=buf[" + at + ":pos + " + (off + 16) + "])");
          lines.add("pos += " + (off + 16));
        }
      }
    } else if (t instanceof ThriftType.EnumRef) {
      String i = prefix + "_i" + depth;
      fixed(i + " = _fw.rb_i32(buf, " + at + ")[0]", off + 4, lines);
      String cls = types.hint(t);
      lines.add(target + " = " + PyWireField.enumMembers(cls) + ".get(" + i + ") or " + cls + "(" + i + ")");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(target + ", pos = " + types.hint(t) + "._read_binary(buf, " + at + ", depth + 1, lim)");
    } else if (t instanceof ThriftType.MapOf m) {
      String kt = prefix + "_kt" + depth;
      String vt = prefix + "_vt" + depth;
      String n = prefix + "_n" + depth;
      String c = prefix + "_c" + depth;
      String k = prefix + "_k" + depth;
      String v = prefix + "_v" + depth;
      lines.add(kt + ", " + vt + ", " + n + " = _fw.rb_map(buf, " + at + ")");
      lines.add("pos += " + (off + 6));
      lines.add("if " + kt + " != " + ttype(m.key()) + " or " + vt + " != " + ttype(m.value()) + " or " + n
          + " < 0 or " + n + " * " + (minSize(m.key()) + minSize(m.value())) + " > end - pos or " + n
          + " > lim.max_container_size:");
      lines.add("    raise _fw.Fallback");
      lines.add(c + (annotate ? ": " + types.hint(t) : "") + " = {}");
      lines.add("for _ in range(" + n + "):");
      indent(read(m.key(), k, prefix + "k", depth + 1, annotate, 0), lines);
      indent(read(m.value(), v, prefix + "v", depth + 1, annotate, 0), lines);
      lines.add("    " + c + "[" + k + "] = " + v);
      lines.add(target + " = " + c);
    } else {
      boolean list = t instanceof ThriftType.ListOf;
      ThriftType el = element(t);
      String et = prefix + "_t" + depth;
      String n = prefix + "_n" + depth;
      String c = prefix + "_c" + depth;
      String v = prefix + "_v" + depth;
      lines.add(et + ", " + n + " = _fw.rb_list(buf, " + at + ")");
      lines.add("pos += " + (off + 5));
      lines.add("if " + et + " != " + ttype(el) + " or " + n + " < 0 or " + n + " * " + minSize(el)
          + " > end - pos or " + n + " > lim.max_container_size:");
      lines.add("    raise _fw.Fallback");
      String code = fixedCode(el);
      if (code != null) {
        String l = prefix + "_l" + depth;
        lines.add(l + ", pos = _fw.rb_fixed_list(buf, pos, " + n + ", \"" + code + "\", " + minSize(el) + ")");
        lines.add(target + " = " + (list ? l : "set(" + l + ")"));
        return lines;
      }
      lines.add(c + (annotate ? ": " + types.hint(t) : "") + " = " + (list ? "[]" : "set()"));
      lines.add("for _ in range(" + n + "):");
      indent(read(el, v, prefix, depth + 1, annotate, 0), lines);
      lines.add("    " + c + "." + (list ? "append" : "add") + "(" + v + ")");
      lines.add(target + " = " + c);
    }
    return lines;
  }

  private static void fixed(String assignment, int width, List<String> lines) {
    lines.add(assignment);
    lines.add("pos += " + width);
  }
}
