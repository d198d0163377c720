package io.parley.interop;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Bytes;
import io.parley.runtime.TransportException;
import java.util.Map;
import java.util.TreeMap;

/** Renders values and exceptions readably for the mismatch report: escaped, sorted, abbreviated. */
final class Show {
  private static final int MAX_STRING = 120;

  private Show() {}

  static String value(Object v) {
    if (v instanceof String s) {
      return string(s);
    }
    if (v instanceof Bytes b) {
      return bytes(b);
    }
    if (v instanceof Double d) {
      return d + (d == 0 && 1 / d < 0 ? " (negative zero)" : "");
    }
    if (v instanceof Map<?, ?> m && !m.isEmpty() && m.keySet().iterator().next() instanceof Comparable) {
      return new TreeMap<>(m).toString(); // a stable order, whatever the map kept
    }
    return String.valueOf(v);
  }

  /** A short rendering for the name of a call: long strings would repeat in full in its expected value. */
  static String brief(String s) {
    return s.length() <= 40 ? string(s) : string(s.substring(0, 40)) + "\u2026 (" + s.length() + " chars)";
  }

  static String thrown(Throwable e) {
    String kind = e instanceof ApplicationException a ? "ApplicationException " + a.type()
        : e instanceof TransportException t ? "TransportException " + t.kind()
        : e.getClass().getSimpleName();
    return "threw " + kind + ": " + e.getMessage();
  }

  /** Where two strings first differ, to find the bad character in a long text. */
  static String difference(String expected, String actual) {
    int n = Math.min(expected.length(), actual.length());
    int i = 0;
    while (i < n && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    return " (first difference at index " + i + " of " + expected.length() + " chars; got " + actual.length() + ")";
  }

  private static String string(String s) {
    StringBuilder out = new StringBuilder("\"");
    String shown = s.length() <= MAX_STRING ? s : s.substring(0, 80) + "\u2026" + s.substring(s.length() - 20);
    shown.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    out.append('"');
    if (s.length() > MAX_STRING) {
      out.append(" (").append(s.length()).append(" chars)");
    }
    return out.toString();
  }

  private static String bytes(Bytes b) {
    StringBuilder out = new StringBuilder().append(b.size()).append(" bytes [");
    for (int i = 0; i < Math.min(b.size(), 16); i++) {
      out.append(i == 0 ? "" : " ").append(String.format("%02x", b.get(i) & 0xff));
    }
    return out.append(b.size() > 16 ? " \u2026]" : "]").toString();
  }
}
