package io.parley.interop;

import io.parley.runtime.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs calls and records every one whose outcome differs from the contract, so that one bad answer
 * does not hide the others. Gives up (with {@link GiveUp}) after three transport failures in a
 * row: the server is gone, and waiting for each remaining call to fail would only take time.
 */
final class Checks {
  /** A call to the peer. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Exception;
  }

  /** Thrown when the connection keeps failing; the report says which checks did not run. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp(String message) {
      super(message, null, false, false);
    }
  }

  private static final int MAX_TRANSPORT_FAILURES = 3;

  private final List<Mismatch> mismatches = new ArrayList<>();
  private int checked;
  private int transportFailures;

  /** Checks that the call returns a value equal to {@code expected}. */
  <T> void same(String call, T expected, Call<T> actual) {
    matches(call, Show.value(expected), actual, v -> Objects.equals(v, expected), v -> {
      String shown = Show.value(v);
      return expected instanceof String e && v instanceof String a ? shown + Show.difference(e, a) : shown;
    });
  }

  /** Checks that the call returns a value that {@code ok} accepts; {@code expected} describes such values. */
  <T> void matches(String call, String expected, Call<T> actual, Predicate<T> ok) {
    matches(call, expected, actual, ok, Show::value);
  }

  /** Checks that the call returns normally. */
  void returns(String call, Call<?> actual) {
    matches(call, "returns", actual, v -> true, v -> "returned");
  }

  /** Checks that the call throws a {@code type} that {@code ok} accepts. */
  <E extends Throwable> void throwsA(String call, Class<E> type, String expected, Call<?> actual, Predicate<E> ok) {
    checked++;
    Object value;
    try {
      value = actual.call();
    } catch (Throwable e) {
      if (type.isInstance(e)) {
        transportFailures = 0;
        if (!ok.test(type.cast(e))) {
          fail(call, expected, Show.thrown(e));
        }
        return;
      }
      failed(call, expected, e);
      return;
    }
    transportFailures = 0;
    fail(call, expected, "returned " + Show.value(value));
  }

  private <T> void matches(String call, String expected, Call<T> actual, Predicate<T> ok,
      Function<T, String> show) {
    checked++;
    T value;
    try {
      value = actual.call();
    } catch (Throwable e) {
      failed(call, expected, e);
      return;
    }
    transportFailures = 0;
    if (!ok.test(value)) {
      fail(call, expected, show.apply(value));
    }
  }

  /** Records a mismatch found without a call of its own (e.g. a timing). */
  void fail(String call, String expected, String actual) {
    mismatches.add(new Mismatch(call, expected, actual));
  }

  private void failed(String call, String expected, Throwable e) {
    fail(call, expected, Show.thrown(e));
    if (e instanceof Error && !(e instanceof AssertionError)) {
      throw (Error) e;
    }
    if (e instanceof TransportException && ++transportFailures >= MAX_TRANSPORT_FAILURES) {
      throw new GiveUp(transportFailures + " transport failures in a row, the last at " + call);
    }
  }

  /** How many checks ran. */
  int checked() {
    return checked;
  }

  /** The checks that failed, in the order they ran. */
  List<Mismatch> mismatches() {
    return List.copyOf(mismatches);
  }
}
