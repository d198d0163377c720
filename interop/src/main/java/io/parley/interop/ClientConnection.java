package io.parley.interop;

import io.parley.interop.thrifttest.SecondService;
import io.parley.interop.thrifttest.ThriftTest;
import io.parley.runtime.rpc.RpcClient;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The connection of the test client: ThriftTest, and in the multiplexed modes SecondService over
 * the same connection, as Apache Thrift's client does it.
 */
public final class ClientConnection implements AutoCloseable {
  /** Long enough for a slow peer, short enough to report a stuck one well within the runner's limit. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  private final TestOptions options;
  private final RpcClient main;

  private ClientConnection(TestOptions options, RpcClient main) {
    this.options = options;
    this.main = main;
  }

  /** Prepares the connection; it opens on the first call. */
  public static ClientConnection open(TestOptions options) throws Exception {
    SSLContext tls = options.ssl() ? TlsMaterial.load().clientContext() : null;
    return new ClientConnection(options, RpcClient.builder()
        .host(options.host())
        .port(options.port())
        .protocol(options.protocol().protocol())
        .framing(options.framing())
        .callTimeout(CALL_TIMEOUT)
        .tls(tls)
        .build());
  }

  /** ThriftTest, as {@code ThriftTest:method} in the multiplexed modes. */
  public ThriftTest thriftTest() {
    return ThriftTest.client(options.protocol().multiplexed() ? main.service("ThriftTest") : main);
  }

  /** SecondService, in the multiplexed modes only. */
  public Optional<SecondService> secondService() {
    return options.protocol().multiplexed()
        ? Optional.of(SecondService.client(main.service("SecondService")))
        : Optional.empty();
  }

  @Override
  public void close() {
    main.close();
  }
}
