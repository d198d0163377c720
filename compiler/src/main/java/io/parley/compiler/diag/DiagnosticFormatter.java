package io.parley.compiler.diag;

import java.util.List;
import java.util.function.Function;

/**
 * Renders diagnostics for a terminal: {@code path:line:col: error: message}, then the source line
 * with a caret under the column, then the notes in the same form.
 */
public final class DiagnosticFormatter {
  /** The most characters of a source line an excerpt shows. */
  static final int MAX_EXCERPT = 120;

  private final Function<String, List<String>> sourceLines;

  /**
   * @param sourceLines gives the lines of a file by the path a location names; an empty list when
   *     the text is not known, in which case no excerpt is printed
   */
  public DiagnosticFormatter(Function<String, List<String>> sourceLines) {
    this.sourceLines = sourceLines;
  }

  /** The full rendering of one diagnostic and its notes, ending in a newline. */
  public String format(Diagnostic diagnostic) {
    StringBuilder out = new StringBuilder();
    append(out, diagnostic);
    for (Diagnostic note : diagnostic.notes()) {
      append(out, note);
    }
    return out.toString();
  }

  /** Renders many diagnostics in the order given. */
  public String formatAll(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(format(d)));
    return out.toString();
  }

  private void append(StringBuilder out, Diagnostic d) {
    out.append(d).append('\n');
    Location at = d.location();
    if (!at.hasPosition()) {
      return;
    }
    List<String> lines = sourceLines.apply(at.path());
    if (at.line() > lines.size()) {
      return;
    }
    String text = lines.get(at.line() - 1);
    int column = Math.min(at.column() - 1, text.length());
    // A long line (a minified or hostile file) shows a window around the column, not all of it.
    int from = 0;
    int to = text.length();
    if (to > MAX_EXCERPT) {
      from = Math.max(0, Math.min(column - MAX_EXCERPT / 2, to - MAX_EXCERPT));
      to = from + MAX_EXCERPT;
    }
    String before = from > 0 ? "..." : "";
    String gutter = String.valueOf(at.line());
    out.append(' ').append(gutter).append(" | ").append(before).append(text, from, to)
        .append(to < text.length() ? "..." : "").append('\n');
    out.append(' ').append(" ".repeat(gutter.length())).append(" | ").append(" ".repeat(before.length()));
    // Keep tabs so that the caret lines up under the same character as in the excerpt.
    for (int i = from; i < column; i++) {
      out.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    out.append("^\n");
  }
}
