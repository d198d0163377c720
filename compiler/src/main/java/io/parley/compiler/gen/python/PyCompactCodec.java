package io.parley.compiler.gen.python;

import static io.parley.compiler.gen.python.PyWireField.element;
import static io.parley.compiler.gen.python.PyWireField.indent;

import io.parley.compiler.gen.WireTypes;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body of a struct's straight-line compact-protocol encoder, {@code _write_compact},
 * which appends to a bytearray. Field headers are computed here wherever the previous field id is
 * known at generation time. {@link PyCompactDecoder} writes the decoder.
 */
final class PyCompactCodec {

  /** The compact type nibble of a value of {@code type}. */
  static int nibble(ThriftType type) {
    return WireTypes.compact(type);
  }

  /** The fewest bytes a value of {@code type} takes. */
  static int minSize(ThriftType type) {
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

  /** {@code b} as a Python hex literal, two digits at least ({@code String.format} was a tenth of building codecs). */
  static String hex(int b) {
    return b >= 0 && b <= 0xFF ? "0x" + PyWireField.HEX.toHexDigits((byte) b) : "0x" + Integer.toHexString(b);
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
  static int intShift(ThriftType type) {
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
}
