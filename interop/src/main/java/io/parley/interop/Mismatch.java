package io.parley.interop;

/**
 * One check that did not hold: the call as written, what the contract expects and what came back
 * (a value, or the exception thrown).
 */
public record Mismatch(String call, String expected, String actual) {
  /** Three lines for the report. */
  public String describe() {
    return call + "\n    expected: " + expected + "\n    actual:   " + actual;
  }
}
