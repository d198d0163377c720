package io.parley.interop.peers.thriftjava;

import java.util.Set;
import org.apache.thrift.TMultiplexedProcessor;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransportFactory;
import org.apache.thrift.transport.layered.TFramedTransport;
import thrift.test.SecondService;
import thrift.test.ThriftTest;

/**
 * ThriftTest server on libthrift, set up as Apache Thrift's own Java test server: a
 * TThreadPoolServer on a TServerSocket, framed through TFramedTransport.Factory, buffered as the
 * plain socket. Multiplexed protocols serve ThriftTest and SecondService by name and plain
 * ThriftTest calls by default.
 *
 * <p>Usage: {@code ThriftTestServer --port=N [--protocol=binary|compact|multi|multic]
 * [--transport=buffered|framed]}
 */
public final class ThriftTestServer {
  private ThriftTestServer() {}

  /** Serves until the process is killed; exits 2 on bad options. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args, Set.of("port", "protocol", "transport"));
    } catch (IllegalArgumentException e) {
      System.err.println("thrift-java server: " + e.getMessage());
      System.exit(2);
      return;
    }
    ConformanceHandler handler = new ConformanceHandler();
    TProcessor processor = new ThriftTest.Processor<>(handler);
    if (options.multiplexed()) {
      TMultiplexedProcessor multiplexed = new TMultiplexedProcessor();
      multiplexed.registerDefault(processor);
      multiplexed.registerProcessor("ThriftTest", processor);
      multiplexed.registerProcessor("SecondService", new SecondService.Processor<>(handler));
      processor = multiplexed;
    }
    TProtocolFactory protocols = options.compact() ? new TCompactProtocol.Factory() : new TBinaryProtocol.Factory();
    TTransportFactory transports = options.framed() ? new TFramedTransport.Factory() : new TTransportFactory();
    // No bind address: every address, IPv4 and IPv6, as Apache Thrift's test server.
    TServerSocket socket = new TServerSocket(new TServerSocket.ServerSocketTransportArgs().port(options.port));
    TServer server = new TThreadPoolServer(new TThreadPoolServer.Args(socket)
        .processor(processor).protocolFactory(protocols).transportFactory(transports));
    System.out.println("thrift-java server (" + TServer.class.getProtectionDomain().getCodeSource().getLocation()
        + ") on port " + options.port + ": " + options.protocol + "/" + options.transport);
    server.serve();
  }
}
