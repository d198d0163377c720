package io.parley.runtime.rpc;

import io.parley.runtime.protocol.ProtocolReader;

/**
 * The server side of one method, generated: reads the arguments, calls the handler and returns
 * the reply to write. A declared exception is part of the reply; anything else thrown becomes an
 * INTERNAL_ERROR application exception (the server logs it; no stack trace crosses the wire).
 */
@FunctionalInterface
public interface MethodHandler {
  /** Returns the result struct to send, or {@code null} for a oneway method. */
  StructWriter invoke(ProtocolReader args) throws Exception;
}
