package io.parley.interop.peers.thriftjava;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name=value} options of the peer programs, spelled as Apache Thrift's cross-test runner
 * passes them: {@code --port}, {@code --protocol} ({@code binary compact multi multic}),
 * {@code --transport} ({@code buffered framed}) and, for the client, {@code --host} and
 * {@code --timeout-ms}.
 */
final class Options {
  private static final Set<String> PROTOCOLS = Set.of("binary", "compact", "multi", "multic");
  private static final Set<String> TRANSPORTS = Set.of("buffered", "framed");

  final String host;
  final int port;
  final String protocol;
  final String transport;
  final int timeoutMillis;

  private Options(Map<String, String> values) {
    host = values.getOrDefault("host", "localhost");
    port = Integer.parseInt(required(values, "port"));
    protocol = oneOf(values.getOrDefault("protocol", "binary"), PROTOCOLS, "protocol");
    transport = oneOf(values.getOrDefault("transport", "buffered"), TRANSPORTS, "transport");
    timeoutMillis = Integer.parseInt(values.getOrDefault("timeout-ms", "10000"));
  }

  /** Parses the arguments; throws IllegalArgumentException with a usage message on anything unknown. */
  static Options parse(String[] args, Set<String> allowed) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0 || !allowed.contains(arg.substring(2, eq))) {
        throw new IllegalArgumentException("unknown option " + arg + "; options: --" + String.join("=… --", allowed) + "=…");
      }
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    try {
      return new Options(values);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + e.getMessage());
    }
  }

  boolean compact() {
    return protocol.equals("compact") || protocol.equals("multic");
  }

  boolean multiplexed() {
    return protocol.startsWith("multi");
  }

  boolean framed() {
    return transport.equals("framed");
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + "=… is required");
    }
    return value;
  }

  private static String oneOf(String value, Set<String> allowed, String name) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException("--" + name + " must be one of " + allowed + ", not " + value);
    }
    return value;
  }
}
