package io.parley.interop;

import io.parley.interop.thrifttest.SecondService;
import io.parley.interop.thrifttest.ThriftTest;
import java.util.List;

/**
 * Calls every method of ThriftTest (and SecondService when multiplexed) with the values Apache
 * Thrift's test clients use, and collects every answer that breaks the contract.
 */
public final class ConformanceSuite {
  private ConformanceSuite() {}

  /** What a run found: how many checks ran and which failed. */
  public record Result(int checked, List<Mismatch> mismatches) {
    public boolean passed() {
      return mismatches.isEmpty();
    }

    /** A report for people: one line when everything passed, else every mismatch. */
    public String report(String subject) {
      if (passed()) {
        return subject + ": all " + checked + " checks passed";
      }
      StringBuilder out = new StringBuilder()
          .append(subject).append(": ").append(mismatches.size()).append(" mismatches in ").append(checked)
          .append(" checks\n");
      mismatches.forEach(m -> out.append("  ").append(m.describe()).append('\n'));
      return out.toString().stripTrailing();
    }
  }

  /**
   * Runs every check on one connection: single-threaded servers (Thrift's TSimpleServer) serve
   * one connection at a time.
   *
   * @param second SecondService on the same connection, or null when not multiplexed
   */
  public static Result run(ThriftTest main, SecondService second, boolean skipUuid) {
    Checks c = new Checks();
    try {
      if (second != null) {
        c.same("secondtestString(\"foobar\")", "testString(\"foobar\")", () -> second.secondtestString("foobar"));
      }
      BaseTypeChecks.run(main, c, skipUuid);
      ContainerChecks.run(main, c);
      StructChecks.run(main, c);
      ExceptionChecks.run(main, c);
      OnewayChecks.run(main, c);
    } catch (Checks.GiveUp e) {
      c.fail("the remaining checks", "run", "not run: " + e.getMessage());
    }
    return new Result(c.checked(), c.mismatches());
  }
}
