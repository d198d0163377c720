package io.parley.runtime.rpc;

/**
 * What generated clients call through: sends a call and reads its result struct. Implementations
 * own the connection, protocol, framing, sequence ids and service-name prefix (multiplexing).
 */
public interface RpcChannel {
  /**
   * Sends {@code method} with {@code args} and reads the reply's result struct.
   *
   * @throws io.parley.runtime.ApplicationException when the peer answers with one
   * @throws io.parley.runtime.TransportException when the connection fails
   * @throws io.parley.runtime.ProtocolException when the reply does not decode
   */
  <T> T call(String method, StructWriter args, StructReader<T> result);

  /** Sends a oneway call; returns once it is written, reading nothing back. */
  void send(String method, StructWriter args);
}
