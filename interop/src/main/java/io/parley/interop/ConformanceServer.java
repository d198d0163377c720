package io.parley.interop;

import io.parley.interop.thrifttest.SecondService;
import io.parley.interop.thrifttest.ThriftTest;
import io.parley.runtime.rpc.RpcServer;
import io.parley.runtime.rpc.ServiceProcessor;
import java.time.Duration;

/**
 * A running conformance server: ThriftTest for plain method names, and in the multiplexed modes
 * also ThriftTest and SecondService as {@code Service:method}, as Apache Thrift's test server
 * registers them.
 */
public final class ConformanceServer implements AutoCloseable {
  private final ThriftTestHandler handler;
  private final RpcServer server;

  private ConformanceServer(ThriftTestHandler handler, RpcServer server) {
    this.handler = handler;
    this.server = server;
  }

  /** Starts serving with {@code options} (port 0 picks a free one); TLS keys come from {@link TlsMaterial}. */
  public static ConformanceServer start(TestOptions options) throws Exception {
    UndeclaredFailure.keepOutOfServerLog();
    ThriftTestHandler handler = new ThriftTestHandler();
    ServiceProcessor thriftTest = ThriftTest.processor(handler);
    RpcServer.Builder builder = RpcServer.builder()
        .port(options.port())
        .protocol(options.protocol().protocol())
        .framing(options.framing())
        .service(thriftTest);
    if (options.protocol().multiplexed()) {
      builder.multiplexed(thriftTest).multiplexed(SecondService.processor(new SecondServiceHandler()));
    }
    if (options.ssl()) {
      builder.tls(TlsMaterial.load().serverContext());
    }
    return new ConformanceServer(handler, builder.start());
  }

  /** The port it listens on. */
  public int port() {
    return server.port();
  }

  /**
   * Stops accepting and lets calls in progress finish; a sleeping testOneway is woken first, since
   * nobody waits for its end.
   */
  @Override
  public void close() {
    handler.stop();
    server.shutdown(Duration.ofSeconds(2));
  }
}
