package io.parley.compiler.gen.python;

import static io.parley.compiler.gen.python.PyCompactCodec.hex;
import static io.parley.compiler.gen.python.PyCompactCodec.intShift;
import static io.parley.compiler.gen.python.PyCompactCodec.minSize;
import static io.parley.compiler.gen.python.PyCompactCodec.nibble;
import static io.parley.compiler.gen.python.PyWireField.element;
import static io.parley.compiler.gen.python.PyWireField.indent;

import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body of a struct's straight-line compact-protocol decoder, {@code _read_compact},
 * which reads bytes at an index. It first expects the fields in declaration order, each present
 * (one byte compared per header), and decodes headers only for what follows a departure from that
 * order.
 */
final class PyCompactDecoder {
  private final PyTypes types;

  PyCompactDecoder(PyTypes types) {
    this.types = types;
  }

  /**
   * The statements of {@code _read_compact} that read the fields into their locals, up to and
   * including the stop byte; the caller adds the checks and the construction after them.
   */
  List<String> readFields(List<PyWireField> fields, boolean union) {
    List<String> lines = new ArrayList<>();
    java.util.Set<Integer> inChain = new java.util.HashSet<>();
    if (union || fields.isEmpty()) {
      lines.add("last = 0");
    } else {
      // The expected case, straight through: each field present, in order, in its short form.
      lines.add("while True:");
      int previous = 0;
      boolean open = true;
      for (PyWireField f : fields) {
        int delta = f.id() - previous;
        if (delta <= 0 || delta > 15) {
          lines.add("    last = " + previous);
          lines.add("    break");
          open = false;
          break;
        }
        if (PyWireField.isBool(f.type())) {
          lines.add("    h = buf[pos]");
          lines.add("    if h == " + hex(delta << 4 | 1) + ":");
          lines.add("        " + f.local() + " = True");
          lines.add("    elif h == " + hex(delta << 4 | 2) + ":");
          lines.add("        " + f.local() + " = False");
          lines.add("    else:");
        } else {
          lines.add("    if buf[pos] != " + hex(delta << 4 | nibble(f.type())) + ":");
        }
        lines.add("        last = " + previous);
        lines.add("        break");
        if (PyWireField.isBool(f.type())) {
          lines.add("    pos += 1");
        } else {
          indent(read(f.type(), f.local(), f.local(), 0, true, 1), lines);
        }
        previous = f.id();
        inChain.add(f.id());
      }
      if (open) {
        lines.add("    last = " + previous);
        lines.add("    break");
      }
    }
    // Whatever follows: usually only the stop byte; else fields out of order, missing or unknown.
    lines.add("while True:");
    lines.add("    h = buf[pos]");
    lines.add("    pos += 1");
    lines.add("    if h == 0:");
    lines.add("        break");
    lines.add("    t = h & 0x0F");
    lines.add("    if h > 0x0F:");
    lines.add("        last += h >> 4");
    lines.add("    else:");
    lines.add("        last, pos = _fw.rc_i16(buf, pos)");
    List<PyDispatch.Branch> branches = new ArrayList<>();
    for (PyWireField f : fields) {
      if (PyWireField.isBool(f.type())) {
        branches.add(new PyDispatch.Branch(f.id(), "last == " + f.id() + " and (t == 1 or t == 2)",
            List.of(f.local() + " = t == 1")));
      } else {
        branches.add(new PyDispatch.Branch(f.id(), "last == " + f.id() + " and t == " + nibble(f.type()),
            read(f.type(), f.local(), f.local(), 0, !inChain.contains(f.id()), 0)));
      }
    }
    PyDispatch.write(branches, "last", List.of("pos = _fw.c_skip(buf, pos, t, depth, lim)"), "    ", lines);
    return lines;
  }

  /**
   * Statements reading a value of {@code type} at {@code pos + off} into {@code target} and
   * moving {@code pos} past it; with {@code annotate}, containers get their type annotation (only
   * at a local's first appearance).
   */
  List<String> read(ThriftType type, String target, String prefix, int depth, boolean annotate, int off) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    String at = at(off);
    if (t instanceof ThriftType.Base b) {
      switch (b.kind()) {
        case BOOL -> {
          lines.add(target + " = buf[" + at + "] == 1");
          lines.add("pos += " + (off + 1));
        }
        case I8 -> {
          lines.add(target + " = _fw.rb_i8(buf, " + at + ")[0]");
          lines.add("pos += " + (off + 1));
        }
        case I16 -> varint(target, prefix + "_n" + depth, "rc_i16", off, lines);
        case I32 -> varint(target, prefix + "_n" + depth, "rc_i32", off, lines);
        case I64 -> varint(target, prefix + "_n" + depth, "rc_i64", off, lines);
        case DOUBLE -> {
          lines.add(target + " = _fw.rc_double(buf, " + at + ")[0]");
          lines.add("pos += " + (off + 8));
        }
        case STRING, BINARY -> {
          String n = prefix + "_n" + depth;
          String e = prefix + "_e" + depth;
          // A one-byte length needs no check: the fast path runs only with limits of 127 or more.
          // Nor does the end: a slice stops there, and the stop byte every struct ends with is
          // then read past the end, which fails the fast path.
          lines.add(n + " = buf[" + at + "]");
          lines.add("if " + n + " < 0x80:");
          lines.add("    pos += " + (off + 1));
          lines.add("else:");
          lines.add("    " + n + ", pos = _fw.rc_size(buf, " + at + ")");
          lines.add("    if " + n + " > lim.max_string_length:");
          lines.add("        raise _fw.Fallback");
          lines.add(e + " = pos + " + n);
          lines.add(target + " = buf[pos:" + e + "]" + (b.kind() == io.parley.compiler.ast.BaseKind.STRING
              ? ".decode()" : ""));
          lines.add("pos = " + e);
        }
        case UUID -> {
          if (off > 0) {
            lines.add("pos += " + off);
          }
          lines.add("if pos + 16 > len(buf):");
          lines.add("    raise _fw.Fallback");
          lines.add(target + " = " + types.uuidClass() + "(bytes=buf[pos:pos + 16])");
          lines.add("pos += 16");
        }
      }
    } else if (t instanceof ThriftType.EnumRef) {
      String i = prefix + "_i" + depth;
      varint(i, prefix + "_n" + depth, "rc_i32", off, lines);
      String cls = types.hint(t);
      lines.add(target + " = " + PyWireField.enumMembers(cls) + ".get(" + i + ") or " + cls + "(" + i + ")");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(target + ", pos = " + types.hint(t) + "._read_compact(buf, " + at + ", depth + 1, lim)");
    } else if (t instanceof ThriftType.MapOf m) {
      String n = prefix + "_n" + depth;
      String c = prefix + "_c" + depth;
      String k = prefix + "_k" + depth;
      String v = prefix + "_v" + depth;
      // Sizes below 128 need no checks: the fast path runs only with limits of 127 or more.
      lines.add(n + " = buf[" + at + "]");
      lines.add("if " + n + " < 0x80:");
      lines.add("    pos += " + (off + 1));
      lines.add("else:");
      lines.add("    " + n + ", pos = _fw.rc_size(buf, " + at + ")");
      lines.add("    if " + n + " * " + (minSize(m.key()) + minSize(m.value())) + " >= len(buf) - pos or " + n
          + " > lim.max_container_size:");
      lines.add("        raise _fw.Fallback");
      lines.add(c + (annotate ? ": " + types.hint(t) : "") + " = {}");
      lines.add("if " + n + ":");
      lines.add("    if buf[pos] != " + hex(nibble(m.key()) << 4 | nibble(m.value())) + ":");
      lines.add("        raise _fw.Fallback");
      lines.add("    pos += 1");
      lines.add("    for _ in range(" + n + "):");
      // Key and value locals get prefixes of their own: Python has no block scope to separate them.
      read(m.key(), k, prefix + "k", depth + 1, annotate, 0).forEach(l -> lines.add("        " + l));
      read(m.value(), v, prefix + "v", depth + 1, annotate, 0).forEach(l -> lines.add("        " + l));
      lines.add("        " + c + "[" + k + "] = " + v);
      lines.add(target + " = " + c);
    } else {
      boolean list = t instanceof ThriftType.ListOf;
      ThriftType el = element(t);
      String h = prefix + "_h" + depth;
      String n = prefix + "_n" + depth;
      String c = prefix + "_c" + depth;
      String v = prefix + "_v" + depth;
      lines.add(h + " = buf[" + at + "]");
      lines.add("if " + h + " & 0x0F != " + nibble(el) + ":");
      lines.add("    raise _fw.Fallback");
      lines.add("pos += " + (off + 1));
      lines.add(n + " = " + h + " >> 4");
      // A short-form size (up to 14) needs no checks: the fast path runs only with limits of 127 or more.
      lines.add("if " + n + " == 15:");
      lines.add("    " + n + ", pos = _fw.rc_size(buf, pos)");
      lines.add("    if " + n + (minSize(el) == 1 ? "" : " * " + minSize(el)) + " > len(buf) - pos or " + n
          + " > lim.max_container_size:");
      lines.add("        raise _fw.Fallback");
      int shift = intShift(el);
      if (shift > 0) {
        String l = prefix + "_l" + depth;
        lines.add(l + ", pos = _fw.rc_int_list(buf, pos, " + n + ", " + (shift == 31 ? 5 : 10) + ")");
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

  private static String at(int off) {
    return off == 0 ? "pos" : "pos + " + off;
  }

  private static void varint(String target, String n, String helper, int off, List<String> lines) {
    lines.add(n + " = buf[" + at(off) + "]");
    lines.add("if " + n + " < 0x80:");
    lines.add("    " + target + " = _fw.ZIGZAG[" + n + "]");
    lines.add("    pos += " + (off + 1));
    lines.add("else:");
    lines.add("    " + target + ", pos = _fw." + helper + "(buf, " + at(off) + ")");
  }
}
