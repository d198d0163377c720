package io.parley.interop;

import java.util.concurrent.CountDownLatch;

/**
 * Parley's conformance server for Apache Thrift's cross-test runner:
 * {@code TestServer --port=N --protocol=binary|compact|multi|multic --transport=buffered|framed [--ssl]}.
 * Serves until killed; SIGTERM shuts it down gracefully. Exit code 2 for a bad command line.
 */
public final class TestServer {
  private TestServer() {}

  public static void main(String[] args) throws Exception {
    TestOptions options;
    try {
      options = TestOptions.parse(args, false);
    } catch (UsageException e) {
      System.err.println("TestServer: " + e.getMessage());
      System.err.println(TestOptions.usage(false));
      System.exit(2);
      return;
    }
    ConformanceServer server = ConformanceServer.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "shutdown"));
    System.out.println("Parley Java test server listening on port " + server.port() + " (" + options.describe() + ")");
    stopped.await();
  }
}
