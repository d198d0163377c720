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
    StringBuilder out = new StringBuilder();
    for (String segment : namespace.split("\\.")) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(escape.apply(segment.replaceAll("[^A-Za-z0-9_]", "_")));
    }
    return out.toString();
  }
}
