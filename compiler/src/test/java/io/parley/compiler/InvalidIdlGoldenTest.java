package io.parley.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.testing.CliRun;
import io.parley.compiler.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case under {@code invalid/} is checked with {@code parley check}; its exact output and exit
 * code must match the case's golden file. A case is a {@code .thrift} file, or a directory whose
 * {@code main.thrift} includes the others. A first line {@code # parley-args: ...} adds options.
 */
class InvalidIdlGoldenTest {
  static final Path DIR = Path.of("src/test/resources/invalid");

  @TestFactory
  Stream<DynamicTest> eachCaseMatchesItsGoldenDiagnostics() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      Path main = Files.isDirectory(c) ? c.resolve("main.thrift") : c;
      List<String> args = new ArrayList<>(List.of("check"));
      String first = Files.readAllLines(main).get(0);
      if (first.startsWith("# parley-args:")) {
        args.addAll(List.of(first.substring("# parley-args:".length()).trim().split("\\s+")));
      }
      args.add(main.toString());
      CliRun run = CliRun.of(args.toArray(String[]::new));
      String shown = (run.err() + "exit: " + run.exitCode() + "\n").replace(DIR + "/", "");
      Path golden = Files.isDirectory(c) ? c.resolve("expected.txt")
          : c.resolveSibling(c.getFileName().toString().replace(".thrift", ".expected"));
      Golden.assertMatches(golden, shown);
    }));
  }

  @Test
  void thereAreAtLeastFortyCasesAndAllButWarningsFail() throws IOException {
    List<Path> cases = cases();
    assertTrue(cases.size() >= 40, "only " + cases.size() + " invalid cases");
    for (Path c : cases) {
      Path main = Files.isDirectory(c) ? c.resolve("main.thrift") : c;
      CliRun run = CliRun.of("check", main.toString());
      boolean warningsOnly = c.getFileName().toString().contains("warning-only")
          || c.getFileName().toString().startsWith("strict-");
      assertTrue(warningsOnly || run.exitCode() == 1, c + " should fail but exited " + run.exitCode());
      assertTrue(!run.err().contains("Exception"), c + " printed an exception:\n" + run.err());
    }
  }

  static List<Path> cases() throws IOException {
    try (Stream<Path> entries = Files.list(DIR)) {
      return entries
          .filter(p -> Files.isDirectory(p) || p.toString().endsWith(".thrift"))
          .sorted()
          .toList();
    }
  }
}
