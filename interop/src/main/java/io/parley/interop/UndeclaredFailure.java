package io.parley.interop;

import java.util.logging.Logger;

/**
 * The failure testException("TException") ends in: an exception the IDL does not declare, which
 * the server answers with an INTERNAL_ERROR application error.
 */
final class UndeclaredFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Held so that the filter stays on the logger: java.util.logging keeps loggers weakly. */
  private static final Logger SERVER_LOG = Logger.getLogger("io.parley.runtime.rpc.RpcServer");

  UndeclaredFailure(String message) {
    super(message, null, false, false);
  }

  /**
   * Keeps this deliberate failure out of the server log, where the runtime writes every handler
   * failure with its stack trace: it happens on every client run and would bury real problems.
   */
  static void keepOutOfServerLog() {
    SERVER_LOG.setFilter(r -> !(r.getThrown() instanceof UndeclaredFailure));
  }
}
