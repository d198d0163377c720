package io.parley.compiler.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a {@code /** ... *}{@code /} comment, with the comment markers and the leading
 * asterisks of each line removed and common indentation stripped. Empty when there was none.
 */
public record Doc(String text) {
  /** No documentation. */
  public static final Doc NONE = new Doc("");

  /** Whether there is any documentation text. */
  public boolean isPresent() {
    return !text.isEmpty();
  }

  /** Extracts the text from a raw doc comment token, including its {@code /**} and {@code *}{@code /}. */
  public static Doc fromComment(String raw) {
    String body = raw.substring(3, raw.length() - 2);
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\r?\n", -1)) {
      String t = line.stripLeading();
      if (t.startsWith("*")) {
        t = t.substring(1);
        if (t.startsWith(" ")) {
          t = t.substring(1);
        }
        lines.add(t.stripTrailing());
      } else {
        lines.add(line.strip());
      }
    }
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines.isEmpty() ? NONE : new Doc(String.join("\n", lines));
  }
}
