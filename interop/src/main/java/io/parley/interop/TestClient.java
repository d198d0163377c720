package io.parley.interop;

/**
 * Parley's conformance client for Apache Thrift's cross-test runner: {@code TestClient --host=H
 * --port=N --protocol=binary|compact|multi|multic --transport=buffered|framed [--ssl] [--skip-uuid]}.
 * Calls every method, checks every answer, and exits 0 when all hold; otherwise prints each
 * mismatch (call, expected, actual) and exits 1. Exit code 2 for a bad command line.
 */
public final class TestClient {
  private TestClient() {}

  public static void main(String[] args) {
    TestOptions options;
    try {
      options = TestOptions.parse(args, true);
    } catch (UsageException e) {
      System.err.println("TestClient: " + e.getMessage());
      System.err.println(TestOptions.usage(true));
      System.exit(2);
      return;
    }
    String subject = "Parley Java client -> " + options.host() + ":" + options.port() + " " + options.describe();
    ConformanceSuite.Result result;
    try (ClientConnection connection = ClientConnection.open(options)) {
      result = ConformanceSuite.run(connection.thriftTest(), connection.secondService().orElse(null),
          options.skipUuid());
    } catch (Exception e) {
      System.out.println(subject + ": cannot start: " + e);
      System.exit(1);
      return;
    }
    System.out.println(result.report(subject));
    System.exit(result.passed() ? 0 : 1);
  }
}
