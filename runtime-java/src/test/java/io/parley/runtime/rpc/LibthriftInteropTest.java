package io.parley.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.thrift.TApplicationException;
import org.apache.thrift.TMultiplexedProcessor;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TMultiplexedProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parley and libthrift talking over real sockets, each as client and as server, in every protocol and framing. */
@Timeout(30)
class LibthriftInteropTest {
  private final LinkedBlockingQueue<Integer> pings = new LinkedBlockingQueue<>();
  private final List<AutoCloseable> open = new ArrayList<>();
  private TServer thriftServer;

  static Stream<Arguments> transports() {
    List<Arguments> out = new ArrayList<>();
    for (Protocol p : Protocol.values()) {
      for (Framing f : Framing.values()) {
        out.add(Arguments.of(p, f));
      }
    }
    return out.stream();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    if (thriftServer != null) {
      thriftServer.stop();
    }
  }

  private static TProtocolFactory factory(Protocol protocol) {
    return protocol == Protocol.BINARY ? new TBinaryProtocol.Factory() : new TCompactProtocol.Factory();
  }

  private TProtocol thriftClient(Protocol protocol, Framing framing, int port) throws Exception {
    TTransport socket = new TSocket("127.0.0.1", port, 10_000);
    TTransport transport = framing == Framing.FRAMED ? new TFramedTransport(socket) : socket;
    transport.open();
    open.add(transport::close);
    return factory(protocol).getProtocol(transport);
  }

  private RpcServer parleyServer(Protocol protocol, Framing framing) {
    RpcServer server = RpcServer.builder().protocol(protocol).framing(framing)
        .service(Calc.processor("Calc", pings, null)).multiplexed(Calc.processor("Second", pings, null)).start();
    open.add(server);
    return server;
  }

  private int thriftServer(Protocol protocol, Framing framing, TProcessor processor) throws Exception {
    TServerSocket socket = new TServerSocket(new InetSocketAddress("127.0.0.1", 0));
    TThreadPoolServer.Args args = new TThreadPoolServer.Args(socket).processor(processor)
        .protocolFactory(factory(protocol)).minWorkerThreads(1).maxWorkerThreads(4);
    if (framing == Framing.FRAMED) {
      args.transportFactory(new TFramedTransport.Factory());
    }
    thriftServer = new TThreadPoolServer(args);
    Thread t = new Thread(thriftServer::serve, "libthrift-server");
    t.setDaemon(true);
    t.start();
    for (int i = 0; i < 200 && !thriftServer.isServing(); i++) {
      Thread.sleep(10);
    }
    return socket.getServerSocket().getLocalPort();
  }

  private RpcClient parleyClient(Protocol protocol, Framing framing, int port, String service) {
    RpcClient c = RpcClient.builder().host("127.0.0.1").port(port).protocol(protocol).framing(framing)
        .service(service).callTimeout(Duration.ofSeconds(10)).build();
    open.add(c);
    return c;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("transports")
  void libthriftClientCallsParleyServer(Protocol protocol, Framing framing) throws Exception {
    RpcServer server = parleyServer(protocol, framing);
    TProtocol p = thriftClient(protocol, framing, server.port());
    assertEquals(5, ThriftCalc.call(p, "add", 1, TType.I32, ThriftCalc.ints(2, 3)));
    assertEquals("gr\u00fc\u00df", ThriftCalc.call(p, "echo", 2, TType.STRING, ThriftCalc.string("gr\u00fc\u00df")));
    TApplicationException unknown = assertThrows(TApplicationException.class,
        () -> ThriftCalc.call(p, "nope", 3, TType.I32, ThriftCalc.ints(1, 1)));
    assertEquals(TApplicationException.UNKNOWN_METHOD, unknown.getType());
    TApplicationException internal = assertThrows(TApplicationException.class,
        () -> ThriftCalc.call(p, "fail", 4, TType.I32, ThriftCalc.string("bad input")));
    assertEquals(TApplicationException.INTERNAL_ERROR, internal.getType());
    assertEquals("bad input", internal.getMessage());
    // A oneway call, sent as libthrift sends it, then a normal call on the same connection.
    p.writeMessageBegin(new TMessage("ping", TMessageType.ONEWAY, 5));
    ThriftCalc.ints(9, 0).write(structOpened(p));
    p.writeFieldStop();
    p.writeStructEnd();
    p.writeMessageEnd();
    p.getTransport().flush();
    assertEquals(9, pings.poll(5, TimeUnit.SECONDS));
    assertEquals(7, ThriftCalc.call(p, "add", 6, TType.I32, ThriftCalc.ints(3, 4)));
    TProtocol second = new TMultiplexedProtocol(thriftClient(protocol, framing, server.port()), "Second");
    assertEquals(30, ThriftCalc.call(second, "add", 1, TType.I32, ThriftCalc.ints(10, 20)));
  }

  private static TProtocol structOpened(TProtocol p) throws Exception {
    p.writeStructBegin(new TStruct("args"));
    return p;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("transports")
  void parleyClientCallsLibthriftServer(Protocol protocol, Framing framing) throws Exception {
    int port = thriftServer(protocol, framing, ThriftCalc.processor(pings));
    Calc.Client calc = new Calc.Client(parleyClient(protocol, framing, port, null));
    assertEquals(5, calc.add(2, 3));
    assertEquals("\u65e5\u672c", calc.echo("\u65e5\u672c"));
    String big = "b".repeat(100_000);
    assertEquals(big, calc.echo(big));
    ApplicationException e = assertThrows(ApplicationException.class, () -> calc.fail("no"));
    assertEquals(ApplicationException.Type.INTERNAL_ERROR, e.type());
    assertEquals("no", e.getMessage());
    ApplicationException unknown = assertThrows(ApplicationException.class, () -> calc.check(1));
    assertEquals(ApplicationException.Type.UNKNOWN_METHOD, unknown.type());
    calc.ping(11);
    assertEquals(11, pings.poll(5, TimeUnit.SECONDS));
    assertEquals(9, calc.add(4, 5));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("transports")
  void parleyClientCallsLibthriftMultiplexedServer(Protocol protocol, Framing framing) throws Exception {
    TMultiplexedProcessor mux = new TMultiplexedProcessor();
    mux.registerProcessor("Calc", ThriftCalc.processor(pings));
    int port = thriftServer(protocol, framing, mux);
    RpcClient rpc = parleyClient(protocol, framing, port, "Calc");
    Calc.Client calc = new Calc.Client(rpc);
    assertEquals(3, calc.add(1, 2));
    calc.ping(12);
    assertEquals(12, pings.poll(5, TimeUnit.SECONDS));
    assertEquals("m", calc.echo("m"));
    assertTrue(rpc.isConnected());
  }
}
