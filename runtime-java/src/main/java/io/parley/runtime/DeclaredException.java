package io.parley.runtime;

import io.parley.runtime.protocol.ProtocolWriter;

/**
 * The base of every exception declared in an IDL: thrown by a handler, carried in the reply, and
 * thrown again on the caller as the same generated type.
 */
public abstract class DeclaredException extends Exception {
  private static final long serialVersionUID = 1L;

  protected DeclaredException(String message) {
    super(message, null, false, false);
  }

  /** Writes this exception as the Thrift struct it is. */
  public abstract void write(ProtocolWriter out);
}
