package io.parley.interop.matrix;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.parley.interop.matrix.CellOutcome.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance matrix: every Parley client against every server (Parley's and Apache
 * Thrift's), and every Apache Thrift client against every Parley server, over each protocol and
 * transport both sides speak, each cell as real processes on a free port. Writes
 * {@code target/interop-matrix.md} and reports one test per cell.
 *
 * <p>A cell whose peer cannot run here (a missing tool or library) is skipped with a loud message,
 * or fails when {@code PARLEY_REQUIRE_PEERS=1}. {@code -Dinterop.matrix.filter=REGEX} runs only
 * the cells whose label (e.g. {@code parley-java -> parley-python multi/framed}) matches.
 */
class InteropMatrixTest {
  /** Cells run two at a time: each is two short-lived processes, and the machine may have two cores. */
  static final int PARALLELISM = 2;

  @TestFactory
  Stream<DynamicTest> matrix() throws Exception {
    boolean requirePeers = "1".equals(System.getenv("PARLEY_REQUIRE_PEERS"));
    ThriftPeerLoader.Loaded thrift = ThriftPeerLoader.load();
    MatrixPlan plan = new MatrixPlan(ParleyPeers.all(), thrift.peers());
    List<MatrixCell> cells = selected(plan.cells());
    List<String> missing = missing(plan, thrift.missing());
    announce(missing, requirePeers);

    long start = System.nanoTime();
    List<CellOutcome> outcomes = run(cells, requirePeers);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Path report = ModuleDirectory.target().resolve("interop-matrix.md");
    MatrixReport.write(report, MatrixReport.render(plan, outcomes, missing, took, PARALLELISM));
    System.out.println("interop matrix: " + outcomes.size() + " cells in " + took.toSeconds() + " s, report in " + report);

    List<DynamicTest> tests = new ArrayList<>();
    thrift.missing().ifPresent(why -> tests.add(dynamicTest("Apache Thrift peers are present", () -> {
      if (requirePeers) {
        fail(why + " (PARLEY_REQUIRE_PEERS=1)");
      }
      Assumptions.abort(why);
    })));
    outcomes.forEach(o -> tests.add(dynamicTest(o.cell().label(), () -> check(o))));
    tests.add(dynamicTest("no cell failed", () -> summary(outcomes, report)));
    return tests.stream();
  }

  private static List<CellOutcome> run(List<MatrixCell> cells, boolean requirePeers) throws Exception {
    Path logs = ModuleDirectory.target().resolve("interop-matrix");
    deleteOldLogs(logs);
    CellRunner runner = new CellRunner(ModuleDirectory.get(), logs, requirePeers);
    ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<CellOutcome>> futures = cells.stream().map(cell -> pool.submit(() -> {
        CellOutcome o = runner.run(cell);
        System.out.printf("[%d/%d] %-4s %s (%.1f s)%n", done.incrementAndGet(), cells.size(), o.status().shown(),
            cell.label(), o.took().toMillis() / 1000.0);
        return o;
      })).toList();
      List<CellOutcome> outcomes = new ArrayList<>();
      for (Future<CellOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Old logs would mix with this run's. */
  private static void deleteOldLogs(Path logs) throws IOException {
    if (Files.isDirectory(logs)) {
      try (Stream<Path> files = Files.list(logs)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
    }
  }

  private static List<MatrixCell> selected(List<MatrixCell> cells) {
    String filter = System.getProperty("interop.matrix.filter", "");
    if (filter.isBlank()) {
      return cells;
    }
    Pattern p = Pattern.compile(filter);
    return cells.stream().filter(c -> p.matcher(c.label()).find()).toList();
  }

  /** The peers that will not take part, and why. */
  private static List<String> missing(MatrixPlan plan, Optional<String> thriftMissing) {
    List<String> lines = new ArrayList<>();
    thriftMissing.ifPresent(lines::add);
    Stream.concat(plan.clients().stream(), plan.servers().stream())
        .filter(p -> p.unavailable().isPresent())
        .forEach(p -> lines.add(p.name() + " " + p.role().name().toLowerCase() + " unavailable: " + p.unavailable().get()));
    return lines;
  }

  /** Says loudly, before the run, which peers will not take part. */
  private static void announce(List<String> lines, boolean requirePeers) {
    if (lines.isEmpty()) {
      return;
    }
    String bar = "=".repeat(78);
    StringBuilder out = new StringBuilder(bar).append('\n')
        .append(requirePeers ? "INTEROP MATRIX: PEERS MISSING (PARLEY_REQUIRE_PEERS=1: their cells FAIL)\n"
            : "INTEROP MATRIX: PEERS MISSING, their cells are SKIPPED (PARLEY_REQUIRE_PEERS=1 fails them)\n");
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
    System.err.print(out.append(bar).append('\n'));
  }

  private static void check(CellOutcome o) {
    switch (o.status()) {
      case PASS -> { }
      case SKIP -> Assumptions.abort(o.detail());
      case FAIL -> fail(o.cell().label() + ": " + o.detail());
    }
  }

  private static void summary(List<CellOutcome> outcomes, Path report) {
    List<String> failed = outcomes.stream().filter(o -> o.status() == Status.FAIL).map(o -> o.cell().label()).toList();
    if (!failed.isEmpty()) {
      fail(failed.size() + " of " + outcomes.size() + " cells failed (outputs in their own tests and in " + report
          + "):\n  " + String.join("\n  ", failed));
    }
  }
}
