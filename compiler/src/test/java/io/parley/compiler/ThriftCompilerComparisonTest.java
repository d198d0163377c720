package io.parley.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.testing.Golden;
import io.parley.compiler.testing.ThriftPeer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Apache Thrift's compiler on the same files as Parley and compares verdicts. Where the two
 * disagree, {@code invalid/thrift-verdicts.txt} records it and says why Parley differs on purpose;
 * the table is re-measured on every run, so it cannot go stale.
 */
class ThriftCompilerComparisonTest {
  static final Path VERDICTS = InvalidIdlGoldenTest.DIR.resolve("thrift-verdicts.txt");

  @TempDir
  Path temp;

  @Test
  void thriftVerdictsOnEveryInvalidCaseMatchTheRecordedTable() throws Exception {
    ThriftPeer thrift = ThriftPeer.require();
    Map<String, String> reasons = recordedReasons();
    StringBuilder table = new StringBuilder(HEADER);
    int n = 0;
    for (Path c : InvalidIdlGoldenTest.cases()) {
      Path main = Files.isDirectory(c) ? c.resolve("main.thrift") : c;
      ThriftPeer.Result result = thrift.generateJava(main, List.of(), Files.createDirectories(temp.resolve("out" + n++)));
      String name = c.getFileName().toString();
      String verdict = result.exitCode() == 0 ? "accepts"
          : result.exitCode() == ThriftPeer.HUNG ? "hangs" : "rejects";
      String reason = reasons.getOrDefault(name, "");
      table.append(String.format("%-36s %-8s %s%n", name, verdict, reason).stripTrailing()).append('\n');
      if (!Golden.updating() && verdict.equals("accepts") && !name.startsWith("strict-") && !name.contains("warning-only")) {
        assertTrue(!reason.isEmpty(), name + ": thrift accepts what Parley rejects; say why in " + VERDICTS);
      }
    }
    Golden.assertMatches(VERDICTS, table.toString().replaceAll("(?m)^\\n", ""));
  }

  @Test
  void thriftAcceptsTheValidFixturesParleyAccepts() throws Exception {
    ThriftPeer thrift = ThriftPeer.require();
    // everything.thrift uses what 0.17 lacks (uuid, keyword-named fields); these files do not.
    int n = 0;
    for (String name : List.of("shared.thrift", "extra.thrift", "sub/common.thrift")) {
      Path file = ValidFixturesTest.DIR.resolve(name);
      ThriftPeer.Result result = thrift.generateJava(file, List.of(), Files.createDirectories(temp.resolve("v" + n++)));
      assertEquals(0, result.exitCode(), name + ": " + result.output());
      Compilation parley = new Compiler(List.of(), true).compile(List.of(file));
      assertTrue(parley.succeeded(), parley.formattedDiagnostics());
    }
  }

  private static final String HEADER = """
      # Apache Thrift 0.17's verdict on each invalid case (`thrift -r --gen java`), measured by
      # ThriftCompilerComparisonTest; Parley rejects every case not named strict-* or *warning-only.
      # Where Thrift accepts, the last column says why Parley deliberately differs.
      # case                               thrift   why Parley differs
      """;

  private static Map<String, String> recordedReasons() throws java.io.IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    if (!Files.exists(VERDICTS)) {
      return reasons;
    }
    for (String line : Files.readAllLines(VERDICTS)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] parts = line.trim().split("\\s+", 3);
      reasons.put(parts[0], parts.length == 3 ? parts[2] : "");
    }
    return reasons;
  }
}
