package io.parley.compiler.gen.python;

import static io.parley.compiler.gen.python.PyBinaryCodec.fixedCode;
import static io.parley.compiler.gen.python.PyBinaryCodec.runCode;
import static io.parley.compiler.gen.python.PyBinaryCodec.runFormat;
import static io.parley.compiler.gen.python.PyBinaryCodec.runWidth;
import static io.parley.compiler.gen.python.PyBinaryCodec.runs;
import static io.parley.compiler.gen.python.PyBinaryCodec.ttype;
import static io.parley.compiler.gen.python.PyWireField.element;
import static io.parley.compiler.gen.python.PyWireField.indent;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body of a struct's straight-line binary-protocol decoder, {@code _read_binary}, which
 * reads bytes at an index. It looks for each declared field in order with one comparison of its
 * three header bytes (a run of fixed-width fields unpacked in one precompiled struct format), and
 * decodes headers only for what is left after that.
 */
final class PyBinaryDecoder {
  private final PyTypes types;

  PyBinaryDecoder(PyTypes types) {
    this.types = types;
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
    List<PyDispatch.Branch> branches = new ArrayList<>();
    for (PyWireField f : fields) {
      branches.add(new PyDispatch.Branch(f.id(), "fid == " + f.id() + " and t == " + ttype(f.type()),
          read(f.type(), f.local(), f.local(), 0, false, 3)));
    }
    PyDispatch.write(branches, "fid", List.of("pos = _fw.b_skip(buf, pos + 3, t, depth, lim)"), "    ", lines);
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
          lines.add(target + " = " + types.uuidClass() + "(bytes=buf[" + at + ":pos + " + (off + 16) + "])");
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
