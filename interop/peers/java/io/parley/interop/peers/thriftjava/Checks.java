package io.parley.interop.peers.thriftjava;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs named checks of a client, prints one line each and remembers the failures. Every check runs
 * even when an earlier one failed, so a report names every method a server gets wrong.
 */
final class Checks {
  /** One check: calls the server and throws {@link Failed} when the answer is wrong. */
  @FunctionalInterface
  interface Check {
    void run() throws Exception;
  }

  /** A check that did not hold. */
  static final class Failed extends Exception {
    Failed(String message) {
      super(message);
    }
  }

  private final List<String> passed = new ArrayList<>();
  private final List<String> failed = new ArrayList<>();

  void run(String name, Check check) {
    try {
      check.run();
      passed.add(name);
      System.out.println("ok   " + name);
    } catch (Failed e) {
      failed.add(name);
      System.out.println("FAIL " + name + ": " + e.getMessage());
    } catch (Exception e) { // a transport or protocol error: report it and go on
      failed.add(name);
      System.out.println("FAIL " + name + ": " + e);
      e.printStackTrace(System.out);
    }
  }

  static void expect(boolean condition, String message) throws Failed {
    if (!condition) {
      throw new Failed(message);
    }
  }

  static void expectEqual(Object actual, Object expected) throws Failed {
    expect(Objects.equals(actual, expected), "expected " + expected + ", got " + actual);
  }

  /** Prints the verdict and returns the exit code: 0 when every check passed, else 1. */
  int report(String name) {
    int total = passed.size() + failed.size();
    if (failed.isEmpty()) {
      System.out.println(name + ": all " + total + " checks passed");
      return 0;
    }
    System.out.println(name + ": " + failed.size() + " of " + total + " checks FAILED: " + String.join(", ", failed));
    return 1;
  }
}
