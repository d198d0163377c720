package io.parley.compiler.gen.python;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.schema.ThriftType;
import java.util.HexFormat;
import java.util.List;

/**
 * What the fast codecs need to know of one field.
 *
 * @param id the field id
 * @param type the field's type
 * @param attribute the Python attribute name
 * @param local the decoder's local variable, declared before the fields are read
 * @param alwaysSet whether the encoder writes it unconditionally (required or with a default)
 */
record PyWireField(int id, ThriftType type, String attribute, String local, boolean alwaysSet) {
  static final HexFormat HEX = HexFormat.of();

  static boolean isBool(ThriftType type) {
    return type.trueType() instanceof ThriftType.Base b && b.kind() == BaseKind.BOOL;
  }

  /** The element type of a list or set. */
  static ThriftType element(ThriftType t) {
    return t instanceof ThriftType.ListOf l ? l.element() : ((ThriftType.SetOf) t).element();
  }

  /** A Python bytes literal, e.g. {@code b"\x0b\x00\x01"}. */
  static String bytesLiteral(List<Integer> bytes) {
    StringBuilder sb = new StringBuilder(3 + 4 * bytes.size()).append("b\"");
    for (int b : bytes) {
      sb.append("\\x").append(HEX.toHexDigits((byte) b));
    }
    return sb.append('"').toString();
  }

  /** The module-level dict from value to member of an enum class named as seen from this module. */
  static String enumMembers(String className) {
    int dot = className.lastIndexOf('.');
    return className.substring(0, dot + 1) + "_" + className.substring(dot + 1) + "_members";
  }

  static void indent(List<String> inner, List<String> into) {
    inner.forEach(line -> into.add("    " + line));
  }
}
