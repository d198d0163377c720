package io.parley.interop.matrix;

import io.parley.interop.matrix.CellOutcome.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the matrix as Markdown: a table with clients as rows and servers as columns, each cell
 * listing its protocol/transport results, then every failure with its output and every reason
 * to skip.
 */
final class MatrixReport {
  /** Failures in the report show this many lines; the test's own failure has all of it. */
  private static final int MAX_DETAIL_LINES = 60;

  private MatrixReport() {}

  /**
   * The report.
   *
   * @param missing peers that took no part, and why (shown above the table)
   */
  static String render(MatrixPlan plan, List<CellOutcome> outcomes, List<String> missing, Duration took,
      int parallelism) {
    Map<Status, Long> counts = outcomes.stream().collect(Collectors.groupingBy(CellOutcome::status, Collectors.counting()));
    StringBuilder out = new StringBuilder("# Interop matrix\n\n")
        .append("Rows are clients, columns servers; each cell lists protocol/transport and its result: ")
        .append("pass, FAIL or skip (a peer cannot run here). `-` marks pairs the matrix does not run ")
        .append("(Apache Thrift against itself, or cells left out by `-Dinterop.matrix.filter`).\n\n")
        .append(outcomes.size()).append(" cells: ")
        .append(counts.getOrDefault(Status.PASS, 0L)).append(" passed, ")
        .append(counts.getOrDefault(Status.FAIL, 0L)).append(" failed, ")
        .append(counts.getOrDefault(Status.SKIP, 0L)).append(" skipped, in ")
        .append(took.toSeconds()).append(" s (").append(parallelism).append(" at a time).\n\n");
    missing.forEach(m -> out.append("> **Missing:** ").append(escape(m)).append("\n\n"));
    table(out, plan, outcomes);
    failures(out, outcomes);
    skips(out, outcomes);
    return out.toString();
  }

  static void write(Path file, String markdown) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown, StandardCharsets.UTF_8);
  }

  private static void table(StringBuilder out, MatrixPlan plan, List<CellOutcome> outcomes) {
    out.append("| client \\ server |");
    plan.servers().forEach(s -> out.append(' ').append(escape(s.name())).append(" |"));
    out.append("\n| --- |");
    plan.servers().forEach(s -> out.append(" --- |"));
    out.append('\n');
    for (Peer client : plan.clients()) {
      out.append("| **").append(escape(client.name())).append("** |");
      for (Peer server : plan.servers()) {
        String results = outcomes.stream()
            .filter(o -> o.cell().client() == client && o.cell().server() == server)
            .map(o -> o.cell().wire() + " " + o.status().shown())
            .collect(Collectors.joining("<br>"));
        out.append(' ').append(results.isEmpty() ? "-" : results).append(" |");
      }
      out.append('\n');
    }
  }

  private static void failures(StringBuilder out, List<CellOutcome> outcomes) {
    List<CellOutcome> failed = outcomes.stream().filter(o -> o.status() == Status.FAIL).toList();
    if (failed.isEmpty()) {
      return;
    }
    out.append("\n## Failures\n");
    for (CellOutcome o : failed) {
      List<String> lines = o.detail().lines().toList();
      out.append("\n### ").append(escape(o.cell().label())).append("\n\n```text\n");
      lines.stream().limit(MAX_DETAIL_LINES).forEach(l -> out.append(l).append('\n'));
      if (lines.size() > MAX_DETAIL_LINES) {
        out.append("\u2026 ").append(lines.size() - MAX_DETAIL_LINES).append(" more lines in the test output\n");
      }
      out.append("```\n");
    }
  }

  private static void skips(StringBuilder out, List<CellOutcome> outcomes) {
    Map<String, Long> reasons = new LinkedHashMap<>();
    outcomes.stream().filter(o -> o.status() == Status.SKIP).forEach(o -> reasons.merge(o.detail(), 1L, Long::sum));
    if (reasons.isEmpty()) {
      return;
    }
    out.append("\n## Skipped\n\n");
    reasons.forEach((why, n) -> out.append("- ").append(escape(why)).append(" (").append(n).append(n == 1 ? " cell" : " cells").append(")\n"));
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
