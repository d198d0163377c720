package io.parley.interop;

import io.parley.runtime.Framing;

/**
 * The options of the test server and client, spelled as Apache Thrift's cross-test runner passes
 * them: {@code --port=N --protocol=binary|compact|multi|multic --transport=buffered|framed [--ssl]},
 * and for the client also {@code --host=H} and {@code --skip-uuid} (do not call {@code testUuid},
 * for servers generated from IDL without it). Defaults are Thrift's: localhost, 9090, binary,
 * buffered.
 */
public record TestOptions(String host, int port, ProtocolOption protocol, Framing framing, boolean ssl,
    boolean skipUuid) {

  /** The usage line of the server ({@code client} false) or the client. */
  public static String usage(boolean client) {
    return "options: " + (client ? "[--host=H] " : "")
        + "[--port=N] [--protocol=binary|compact|multi|multic] [--transport=buffered|framed] [--ssl]"
        + (client ? " [--skip-uuid]" : "");
  }

  /** Parses the arguments of the server ({@code client} false) or the client. */
  public static TestOptions parse(String[] args, boolean client) {
    String host = "localhost";
    int port = 9090;
    ProtocolOption protocol = ProtocolOption.BINARY;
    Framing framing = Framing.BUFFERED;
    boolean ssl = false;
    boolean skipUuid = false;
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String value = eq < 0 ? null : arg.substring(eq + 1);
      switch (name) {
        case "--port" -> port = port(required(name, value));
        case "--protocol" -> protocol = ProtocolOption.of(required(name, value));
        case "--transport" -> framing = framing(required(name, value));
        case "--ssl" -> ssl = flag(name, value);
        case "--host" -> host = required(name, clientOnly(client, arg, value));
        case "--skip-uuid" -> skipUuid = flag(name, clientOnly(client, arg, value));
        default -> throw unknown(arg);
      }
    }
    return new TestOptions(host, port, protocol, framing, ssl, skipUuid);
  }

  private static String required(String name, String value) {
    if (value == null || value.isEmpty()) {
      throw new UsageException(name + " needs a value (" + name + "=...)");
    }
    return value;
  }

  private static boolean flag(String name, String value) {
    if (value != null) {
      throw new UsageException(name + " takes no value");
    }
    return true;
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port > 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a number in 1..65535, not '" + value + "'");
  }

  private static Framing framing(String value) {
    return switch (value) {
      case "buffered" -> Framing.BUFFERED;
      case "framed" -> Framing.FRAMED;
      default -> throw new UsageException("unknown transport '" + value + "', expected buffered or framed");
    };
  }

  /** The value of an option only the client has; the server refuses it. */
  private static String clientOnly(boolean client, String arg, String value) {
    if (!client) {
      throw unknown(arg);
    }
    return value;
  }

  private static UsageException unknown(String arg) {
    return new UsageException("unknown option '" + arg + "'");
  }

  /** The options as the command line spells them, for messages. */
  public String describe() {
    return protocol.option() + "/" + framing.name().toLowerCase() + (ssl ? "/ssl" : "");
  }
}
