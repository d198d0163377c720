package io.parley.compiler.parse;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;

/** Turns literal tokens into values: strings with escapes, decimal and hexadecimal integers. */
final class Literals {
  private Literals() {}

  /**
   * The value of a quoted literal. Thrift knows the escapes {@code \n \r \t \\ \" \'}; any other is
   * reported and kept as written.
   */
  static String unquote(String token, Location at, Diagnostics diagnostics) {
    String body = token.substring(1, token.length() - 1);
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '\\', '"', '\'' -> out.append(next);
        default -> {
          Location escape = new Location(at.path(), at.line(), at.column() + i);
          diagnostics.error(escape, "unknown escape sequence '\\" + next
              + "' in string (Thrift knows \\n \\r \\t \\\\ \\\" \\')");
          out.append('\\').append(next);
        }
      }
    }
    return out.toString();
  }

  /** The value of an integer token, or {@code null} (after reporting) when it does not fit 64 bits. */
  static Long integer(String token, Location at, Diagnostics diagnostics) {
    String digits = token;
    boolean negative = false;
    if (digits.startsWith("+") || digits.startsWith("-")) {
      negative = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    try {
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        // Hex literals spell a 64-bit pattern, as in Thrift (0xFFFFFFFFFFFFFFFF is -1).
        long value = Long.parseUnsignedLong(digits.substring(2), 16);
        return negative ? -value : value;
      }
      return Long.parseLong(negative ? "-" + digits : digits);
    } catch (NumberFormatException e) {
      diagnostics.error(at, "integer literal " + token + " does not fit in 64 bits");
      return null;
    }
  }
}
