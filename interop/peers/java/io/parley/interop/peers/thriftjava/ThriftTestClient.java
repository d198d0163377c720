package io.parley.interop.peers.thriftjava;

import java.util.Set;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TMultiplexedProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import thrift.test.SecondService;
import thrift.test.ThriftTest;

/**
 * ThriftTest client on libthrift, connected as Apache Thrift's own Java test client: a TSocket,
 * wrapped in a TFramedTransport when framed, and TMultiplexedProtocol "ThriftTest" and
 * "SecondService" over one connection when multiplexed. Calls every ThriftTest method but testUuid
 * (the code comes from a uuid-free copy of the IDL), with the checks of {@link ConformanceCalls}.
 *
 * <p>Usage: {@code ThriftTestClient --port=N [--host=H] [--protocol=binary|compact|multi|multic]
 * [--transport=buffered|framed] [--timeout-ms=MS]}. Exits 0 when every check passed, 1 when one
 * failed and 2 when the server cannot be reached or the options are wrong.
 */
public final class ThriftTestClient {
  private static final String NAME = "thrift-java client";

  private ThriftTestClient() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  private static int run(String[] args) {
    Options options;
    try {
      options = Options.parse(args, Set.of("host", "port", "protocol", "transport", "timeout-ms"));
    } catch (IllegalArgumentException e) {
      System.out.println(NAME + ": " + e.getMessage());
      return 2;
    }
    TTransport transport;
    try {
      TSocket socket = new TSocket(options.host, options.port, options.timeoutMillis);
      transport = options.framed() ? new TFramedTransport(socket) : socket;
      transport.open();
    } catch (TTransportException e) {
      System.out.println(NAME + ": cannot connect to " + options.host + ":" + options.port + ": " + e);
      return 2;
    }
    try {
      TProtocol protocol = options.compact() ? new TCompactProtocol(transport) : new TBinaryProtocol(transport);
      SecondService.Client second = null;
      ThriftTest.Client client;
      if (options.multiplexed()) {
        client = new ThriftTest.Client(new TMultiplexedProtocol(protocol, "ThriftTest"));
        second = new SecondService.Client(new TMultiplexedProtocol(protocol, "SecondService"));
      } else {
        client = new ThriftTest.Client(protocol);
      }
      return new ConformanceCalls(client, second).runAll().report(NAME);
    } finally {
      transport.close();
    }
  }
}
