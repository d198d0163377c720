package io.parley.runtime;

/**
 * The base of the errors that are not declared in the IDL: application errors reported by the
 * peer, transport failures and malformed data. Unchecked.
 */
public class RpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RpcException(String message) {
    super(message);
  }

  public RpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
