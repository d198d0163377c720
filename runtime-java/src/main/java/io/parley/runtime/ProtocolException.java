package io.parley.runtime;

/** Bytes that do not decode: malformed data, or a size, length or depth beyond the limits. */
public class ProtocolException extends RpcException {
  private static final long serialVersionUID = 1L;

  /** What was wrong, mirroring Apache Thrift's TProtocolException types. */
  public enum Kind { INVALID_DATA, NEGATIVE_SIZE, SIZE_LIMIT, BAD_VERSION, NOT_IMPLEMENTED, DEPTH_LIMIT }

  private final Kind kind;

  public ProtocolException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
