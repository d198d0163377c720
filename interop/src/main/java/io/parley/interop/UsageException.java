package io.parley.interop;

/** A command line that the test server or client cannot run with; the message says why. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
