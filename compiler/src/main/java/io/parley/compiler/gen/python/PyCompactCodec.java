package io.parley.compiler.gen.python;

import static io.parley.compiler.gen.python.PyWireField.element;
import static io.parley.compiler.gen.python.PyWireField.indent;

import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bodies of a struct's straight-line compact-protocol codec: {@code _write_compact}
 * appends to a bytearray, {@code _read_compact} reads bytes at an index. Field headers are
 * computed here wherever the previous field id is known at generation time; the decoder first
 * expects the fields in declaration order, each present (one byte compared per header), and
 * decodes headers only for what follows a departure from that order.
 */
final class PyCompactCodec {
  private final PyTypes types;

  PyCompactCodec(PyTypes types) {
    this.types = types;
  }

  /** The compact type nibble of a value of {@code type}. */
  static int nibble(ThriftType type) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case BOOL -> 1;
        case I8 -> 3;
        case I16 -> 4;
        case I32 -> 5;
        case I64 -> 6;
        case DOUBLE -> 7;
        case STRING, BINARY -> 8;
        case UUID -> 13;
      };
    }
    if (t instanceof ThriftType.ListOf) {
      return 9;
    }
    if (t instanceof ThriftType.SetOf) {
      return 10;
    }
    if (t instanceof ThriftType.MapOf) {
      return 11;
    }
    return t instanceof ThriftType.EnumRef ? 5 : 12;
  }

  /** The fewest bytes a value of {@code type} takes. */
  private static int minSize(ThriftType type) {
    int n = nibble(type);
    return n == 7 ? 8 : n == 13 ? 16 : 1;
  }

  /** A field header in long form: the type nibble, then the id as a zigzag varint. */
  private static List<Integer> longHeader(int nibble, int id) {
    List<Integer> bytes = new ArrayList<>(List.of(nibble));
    long n = ((long) id << 1) ^ (id >> 31);
    n &= 0xFFFFFFFFL;
    while (n > 0x7F) {
      bytes.add((int) ((n & 0x7F) | 0x80));
      n >>>= 7;
    }
    bytes.add((int) n);
    return bytes;
  }

  // -- encoding ---------------------------------------------------------------------------------

  /** The body of {@code _write_compact(self, buf)}. */
  List<String> writeStruct(List<PyWireField> fields) {
    List<String> lines = new ArrayList<>();
    Integer known = 0; // the last written id when known here; null when in the local `last`
    int previous = 0;
    for (PyWireField f : fields) {
      // An optional field's attribute is read once, into a local that the None check narrows.
      String expr = f.alwaysSet() ? "self." + f.attribute() : f.local() + "_v";
      List<String> body = new ArrayList<>();
      if (!f.alwaysSet() && known != null) {
        lines.add("last = " + known);
      }
      boolean bool = PyWireField.isBool(f.type());
      int nib = nibble(f.type());
      if (known != null) {
        int delta = f.id() - known;
        if (bool) {
          body.add(delta > 0 && delta <= 15
              ? "buf.append(" + hex(delta << 4 | 1) + " if " + expr + " else " + hex(delta << 4 | 2) + ")"
              : "buf += " + PyWireField.bytesLiteral(longHeader(1, f.id())) + " if " + expr + " else "
                  + PyWireField.bytesLiteral(longHeader(2, f.id())));
        } else {
          body.add(delta > 0 && delta <= 15 ? "buf.append(" + hex(delta << 4 | nib) + ")"
              : "buf += " + PyWireField.bytesLiteral(longHeader(nib, f.id())));
        }
      } else if (bool) {
        // Usually the field before was written too: one comparison then gives the header.
        int delta = f.id() - previous;
        if (delta > 0 && delta <= 15) {
          body.add("if last == " + previous + ":");
          body.add("    buf.append(" + hex(delta << 4 | 1) + " if " + expr + " else " + hex(delta << 4 | 2) + ")");
        }
        body.add((delta > 0 && delta <= 15 ? "elif" : "if") + " 0 < " + f.id() + " - last <= 15:");
        body.add("    buf.append((" + f.id() + " - last) << 4 | (1 if " + expr + " else 2))");
        body.add("else:");
        body.add("    buf += " + PyWireField.bytesLiteral(longHeader(1, f.id())) + " if " + expr + " else "
            + PyWireField.bytesLiteral(longHeader(2, f.id())));
      } else {
        int delta = f.id() - previous;
        if (delta > 0 && delta <= 15) {
          body.add("if last == " + previous + ":");
          body.add("    buf.append(" + hex(delta << 4 | nib) + ")");
        }
        body.add((delta > 0 && delta <= 15 ? "elif" : "if") + " 0 < " + f.id() + " - last <= 15:");
        body.add("    buf.append((" + f.id() + " - last) << 4 | " + nib + ")");
        body.add("else:");
        body.add("    buf += " + PyWireField.bytesLiteral(longHeader(nib, f.id())));
      }
      if (!bool) {
        body.addAll(write(f.type(), expr, f.local(), 0));
      }
      if (f.alwaysSet()) {
        lines.addAll(body);
        known = f.id();
      } else {
        lines.add(expr + " = self." + f.attribute());
        lines.add("if " + expr + " is not None:");
        indent(body, lines);
        lines.add("    last = " + f.id());
        known = null;
      }
      previous = f.id();
    }
    lines.add("buf.append(0)");
    return lines;
  }

  private static String hex(int b) {
    return String.format("0x%02x", b);
  }

  /** Statements appending {@code expr} of {@code type}. */
  List<String> write(ThriftType type, String expr, String prefix, int depth) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.Base b) {
      switch (b.kind()) {
        case BOOL -> lines.add("buf.append(1 if " + expr + " else 2)");
        case I8 -> lines.add("buf += _fw.c_i8(" + expr + ")");
        case I16 -> zigzag(expr, prefix, depth, 15, "varint16", lines);
        case I32 -> zigzag(expr, prefix, depth, 31, "varint32", lines);
        case I64 -> zigzag(expr, prefix, depth, 63, "varint64", lines);
        case DOUBLE -> lines.add("buf += _fw.c_double(" + expr + ")");
        case STRING, BINARY -> {
          String v = prefix + "_b" + depth;
          lines.add(v + " = " + expr + (b.kind() == io.parley.compiler.ast.BaseKind.STRING ? ".encode()" : ""));
          size("len(" + v + ")", prefix + "_n" + depth, lines);
          lines.add("buf += " + v);
        }
        case UUID -> lines.add("buf += " + expr + ".bytes");
      }
    } else if (t instanceof ThriftType.EnumRef) {
      zigzag(expr, prefix, depth, 31, "varint32", lines);
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(expr + "._write_compact(buf)");
    } else if (t instanceof ThriftType.MapOf m) {
      String c = prefix + "_c" + depth;
      String n = prefix + "_n" + depth;
      String k = prefix + "_k" + depth;
      String v = prefix + "_v" + depth;
      lines.add(c + " = " + expr);
      lines.add(n + " = len(" + c + ")");
      lines.add("if " + n + " == 0:");
      lines.add("    buf.append(0)");
      lines.add("else:");
      lines.add("    if " + n + " < 0x80:");
      lines.add("        buf.append(" + n + ")");
      lines.add("    else:");
      lines.add("        _fw.varint(buf, " + n + ")");
      lines.add("    buf.append(" + hex(nibble(m.key()) << 4 | nibble(m.value())) + ")");
      lines.add("for " + k + ", " + v + " in " + c + ".items():");
      indent(write(m.key(), k, prefix + "k", depth + 1), lines);
      indent(write(m.value(), v, prefix + "v", depth + 1), lines);
    } else {
      String c = prefix + "_c" + depth;
      String n = prefix + "_n" + depth;
      String e = prefix + "_e" + depth;
      int nib = nibble(element(t));
      lines.add(c + " = " + expr);
      lines.add(n + " = len(" + c + ")");
      lines.add("if " + n + " < 15:");
      lines.add("    buf.append(" + n + " << 4 | " + nib + ")");
      lines.add("else:");
      lines.add("    buf.append(" + hex(0xF0 | nib) + ")");
      lines.add("    _fw.varint(buf, " + n + ")");
      int shift = intShift(element(t));
      if (shift > 0) {
        lines.add("_fw.c_int_list(buf, " + c + ", " + shift + ")");
      } else {
        lines.add("for " + e + " in " + c + ":");
        indent(write(element(t), e, prefix, depth + 1), lines);
      }
    }
    return lines;
  }

  /** For i32 and i64 (whose lists a runtime helper reads and writes): the zigzag shift, else 0. */
  private static int intShift(ThriftType type) {
    if (type.trueType() instanceof ThriftType.Base b) {
      return b.kind() == io.parley.compiler.ast.BaseKind.I32 ? 31 : b.kind() == io.parley.compiler.ast.BaseKind.I64 ? 63 : 0;
    }
    return 0;
  }

  private static void zigzag(String expr, String prefix, int depth, int shift, String helper, List<String> lines) {
    String x = prefix + "_x" + depth;
    String z = prefix + "_z" + depth;
    lines.add(x + " = " + expr);
    lines.add(z + " = (" + x + " << 1) ^ (" + x + " >> " + shift + ")");
    lines.add("if " + z + " < 0x80:");
    lines.add("    buf.append(" + z + ")");
    lines.add("else:");
    lines.add("    _fw." + helper + "(buf, " + z + ")");
  }

  private static void size(String expr, String n, List<String> lines) {
    lines.add(n + " = " + expr);
    lines.add("if " + n + " < 0x80:");
    lines.add("    buf.append(" + n + ")");
    lines.add("else:");
    lines.add("    _fw.varint(buf, " + n + ")");
  }

  // -- decoding ---------------------------------------------------------------------------------

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
    String keyword = "if";
    for (PyWireField f : fields) {
      if (PyWireField.isBool(f.type())) {
        lines.add("    " + keyword + " last == " + f.id() + " and (t == 1 or t == 2):");
        lines.add("        " + f.local() + " = t == 1");
      } else {
        lines.add("    " + keyword + " last == " + f.id() + " and t == " + nibble(f.type()) + ":");
        read(f.type(), f.local(), f.local(), 0, !inChain.contains(f.id()), 0).forEach(l -> lines.add("        " + l));
      }
      keyword = "elif";
    }
    if (fields.isEmpty()) {
      lines.add("    pos = _fw.c_skip(buf, pos, t, depth, lim)");
    } else {
      lines.add("    else:");
      lines.add("        pos = _fw.c_skip(buf, pos, t, depth, lim)");
    }
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
          lines.add("if pos + 16 > end:");
          lines.add("    raise _fw.Fallback");
          lines.add(target + " = uuid.UUID(bytes=buf[pos:pos + 16])");
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
      lines.add("    if " + n + " * " + (minSize(m.key()) + minSize(m.value())) + " >= end - pos or " + n
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
      lines.add("    if " + n + (minSize(el) == 1 ? "" : " * " + minSize(el)) + " > end - pos or " + n
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
