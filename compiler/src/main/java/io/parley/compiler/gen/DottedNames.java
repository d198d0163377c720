package io.parley.compiler.gen;

import java.util.function.UnaryOperator;

/** Turns a namespace from the IDL into a dotted name that is valid in a target language. */
public final class DottedNames {
  private DottedNames() {}

  /**
   * {@code namespace} with every character that no identifier may hold replaced by {@code _}, and
   * each segment passed through {@code escape} (the target's keyword escaping).
   */
  public static String of(String namespace, UnaryOperator<String> escape) {
    // Called for every type a generated file names, so no regular expression here (split on one
    // escaped character takes String's fast path).
    StringBuilder out = new StringBuilder(namespace.length() + 8);
    for (String segment : namespace.split("\\.")) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(escape.apply(identifierChars(segment)));
    }
    return out.toString();
  }

  /** {@code segment} with each code point other than {@code [A-Za-z0-9_]} replaced by {@code _}. */
  private static String identifierChars(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      if (!plain(segment.charAt(i))) {
        StringBuilder out = new StringBuilder(segment.length()).append(segment, 0, i);
        segment.substring(i).codePoints().forEach(c -> out.append(c < 128 && plain((char) c) ? (char) c : '_'));
        return out.toString();
      }
    }
    return segment;
  }

  private static boolean plain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
