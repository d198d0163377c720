package io.parley.runtime;

/** The connection failed: refused, closed mid-call, timed out, or a frame beyond the limit. */
public class TransportException extends RpcException {
  private static final long serialVersionUID = 1L;

  /** What happened to the connection. */
  public enum Kind { NOT_OPEN, REFUSED, CLOSED, TIMED_OUT, FRAME_TOO_LARGE, UNKNOWN }

  private final Kind kind;

  public TransportException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public TransportException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
