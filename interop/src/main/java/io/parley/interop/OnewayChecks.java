package io.parley.interop;

import io.parley.interop.thrifttest.ThriftTest;

/**
 * Checks testOneway twice. testOneway(0) and then a normal call: the normal call gets its own
 * reply, so the server sent nothing for the oneway one. testOneway(1) last: it returns at once
 * although the server sleeps a second. Nothing is called after it, since servers answer a
 * connection's calls in order and the next call would wait out the sleep.
 */
final class OnewayChecks {
  /** The oneway call must return within this, while the server sleeps for a whole second. */
  static final long MAX_ONEWAY_MILLIS = 1000;

  private OnewayChecks() {}

  static void run(ThriftTest t, Checks c) {
    c.returns("testOneway(0)", () -> {
      t.testOneway(0);
      return null;
    });
    c.same("testString(\"after oneway\") after testOneway(0)", "after oneway", () -> t.testString("after oneway"));

    long start = System.nanoTime();
    c.returns("testOneway(1)", () -> {
      t.testOneway(1);
      return null;
    });
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis >= MAX_ONEWAY_MILLIS) {
      c.fail("testOneway(1)", "returns in < " + MAX_ONEWAY_MILLIS + " ms (it is oneway)", "took " + millis + " ms");
    }
  }
}
