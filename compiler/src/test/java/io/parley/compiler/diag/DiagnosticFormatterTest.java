package io.parley.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The excerpt and caret under a diagnostic. */
class DiagnosticFormatterTest {
  @Test
  void caretFollowsTabsInTheExcerpt() {
    DiagnosticFormatter formatter = new DiagnosticFormatter(p -> List.of("\tstruct\tFoo {"));
    String out = formatter.format(Diagnostic.error(new Location("a.thrift", 1, 9), "bad"));
    assertEquals("a.thrift:1:9: error: bad\n 1 | \tstruct\tFoo {\n   | \t      \t^\n", out);
  }

  @Test
  void aLongLineShowsAWindowAroundTheColumn() {
    String line = "a".repeat(500) + "X" + "b".repeat(500);
    DiagnosticFormatter formatter = new DiagnosticFormatter(p -> List.of(line));
    String middle = formatter.format(Diagnostic.error(new Location("a.thrift", 1, 501), "here"));
    assertEquals("a.thrift:1:501: error: here\n 1 | ..." + "a".repeat(60) + "X" + "b".repeat(59) + "...\n"
        + "   | " + " ".repeat(63) + "^\n", middle);
    String start = formatter.format(Diagnostic.error(new Location("a.thrift", 1, 2), "start"));
    assertEquals("a.thrift:1:2: error: start\n 1 | " + "a".repeat(120) + "...\n   |  ^\n", start);
    String end = formatter.format(Diagnostic.error(new Location("a.thrift", 1, 1001), "end"));
    assertEquals("a.thrift:1:1001: error: end\n 1 | ..." + "b".repeat(120) + "\n   | " + " ".repeat(122) + "^\n", end);
  }

  @Test
  void fileLevelAndUnknownLinesPrintNoExcerpt() {
    DiagnosticFormatter formatter = new DiagnosticFormatter(p -> List.of());
    assertEquals("a.thrift: error: no such file\n",
        formatter.format(Diagnostic.error(Location.ofFile("a.thrift"), "no such file")));
    assertEquals("a.thrift:7:1: warning: w\n",
        formatter.format(Diagnostic.warning(new Location("a.thrift", 7, 1), "w")));
  }

  @Test
  void sortedByFileLineColumnWithNotesKeptUnderTheirError() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning(new Location("b.thrift", 1, 1), "late file");
    diagnostics.add(Diagnostic.error(new Location("a.thrift", 9, 2), "dup").withNote(new Location("a.thrift", 1, 1), "first"));
    diagnostics.error(new Location("a.thrift", 3, 5), "early");
    diagnostics.error(new Location("a.thrift", 3, 5), "early");
    String out = new DiagnosticFormatter(p -> List.of()).formatAll(diagnostics.sorted());
    assertEquals("""
        a.thrift:3:5: error: early
        a.thrift:9:2: error: dup
        a.thrift:1:1: note: first
        b.thrift:1:1: warning: late file
        """, out);
  }
}
