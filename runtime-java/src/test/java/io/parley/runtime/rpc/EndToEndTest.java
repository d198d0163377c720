package io.parley.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A Parley client against a Parley server over real loopback sockets, in every protocol and framing, plain and TLS. */
@Timeout(30)
class EndToEndTest {
  private final LinkedBlockingQueue<Integer> pings = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Integer> otherPings = new LinkedBlockingQueue<>();
  private RpcServer server;
  private final List<RpcClient> clients = new ArrayList<>();

  static Stream<Arguments> transports() {
    List<Arguments> out = new ArrayList<>();
    for (Protocol p : Protocol.values()) {
      for (Framing f : Framing.values()) {
        out.add(Arguments.of(p, f, false));
      }
    }
    out.add(Arguments.of(Protocol.COMPACT, Framing.FRAMED, true));
    out.add(Arguments.of(Protocol.BINARY, Framing.BUFFERED, true));
    return out.stream();
  }

  @AfterEach
  void stop() {
    clients.forEach(RpcClient::close);
    if (server != null) {
      server.shutdown(Duration.ofSeconds(2));
    }
  }

  private RpcClient start(Protocol protocol, Framing framing, boolean tls) throws Exception {
    server = RpcServer.builder().protocol(protocol).framing(framing)
        .service(Calc.processor("Calc", pings, null))
        .multiplexed(Calc.processor("Other", otherPings, null))
        .tls(tls ? TestTls.server() : null)
        .start();
    return client(protocol, framing, tls ? TestTls.client() : null, null);
  }

  private RpcClient client(Protocol protocol, Framing framing, SSLContext tls, String service) {
    RpcClient c = RpcClient.builder().host("localhost").port(server.port()).protocol(protocol).framing(framing)
        .tls(tls).service(service).callTimeout(Duration.ofSeconds(10)).build();
    clients.add(c);
    return c;
  }

  @ParameterizedTest(name = "{0} {1} tls={2}")
  @MethodSource("transports")
  void callsRepliesErrorsAndOnewayOnOneConnection(Protocol protocol, Framing framing, boolean tls) throws Exception {
    RpcClient rpc = start(protocol, framing, tls);
    Calc.Client calc = new Calc.Client(rpc);
    assertEquals(5, calc.add(2, 3));
    assertEquals(Integer.MIN_VALUE, calc.add(Integer.MAX_VALUE, 1));
    assertEquals("h\u00e9llo \uD83D\uDE00", calc.echo("h\u00e9llo \uD83D\uDE00"));
    assertEquals("", calc.echo(""));
    String big = "x".repeat(300_000);
    assertEquals(big, calc.echo(big));
    assertEquals(7, calc.check(7));
    Calc.Oops oops = assertThrows(Calc.Oops.class, () -> calc.check(-2));
    assertEquals("negative: -2", oops.getMessage());

    ApplicationException internal = assertThrows(ApplicationException.class, () -> calc.fail("boom"));
    assertEquals(ApplicationException.Type.INTERNAL_ERROR, internal.type());
    assertEquals("boom", internal.getMessage()); // no class name, no stack trace

    ApplicationException unknown = assertThrows(ApplicationException.class,
        () -> rpc.call("nope", Calc.ints(1), Calc::readResult));
    assertEquals(ApplicationException.Type.UNKNOWN_METHOD, unknown.type());
    assertEquals("Invalid method name: 'nope'", unknown.getMessage());

    rpc.send("noSuchOneway", Calc.ints(1)); // no answer, so the next call still gets its own reply
    calc.ping(41);
    calc.ping(42);
    assertEquals(41, pings.poll(5, TimeUnit.SECONDS));
    assertEquals(42, pings.poll(5, TimeUnit.SECONDS));
    assertTrue(rpc.isConnected(), "errors that were answered keep the connection");
    assertEquals(100, calc.add(99, 1));
    assertEquals(1, server.connectionCount());
  }

  @ParameterizedTest(name = "{0} {1} tls={2}")
  @MethodSource("transports")
  void multiplexedServicesByName(Protocol protocol, Framing framing, boolean tls) throws Exception {
    RpcClient plain = start(protocol, framing, tls);
    SSLContext context = tls ? TestTls.client() : null;
    Calc.Client other = new Calc.Client(client(protocol, framing, context, "Other"));
    Calc.Client named = new Calc.Client(client(protocol, framing, context, "Calc"));
    assertEquals(3, other.add(1, 2));
    other.ping(7);
    assertEquals(7, otherPings.poll(5, TimeUnit.SECONDS));
    assertEquals(4, named.add(2, 2)); // the default service answers its own name too
    new Calc.Client(plain).ping(8);
    assertEquals(8, pings.poll(5, TimeUnit.SECONDS));
    assertTrue(otherPings.isEmpty());
    // One connection, two services.
    Calc.Client viaView = new Calc.Client(plain.service("Other"));
    assertEquals(11, viaView.add(5, 6));
    ApplicationException e = assertThrows(ApplicationException.class,
        () -> new Calc.Client(plain.service("Missing")).add(1, 1));
    assertEquals(ApplicationException.Type.UNKNOWN_METHOD, e.type());
    assertEquals("Unknown service 'Missing'", e.getMessage());
    assertEquals(2, new Calc.Client(plain).add(1, 1));
  }

  @ParameterizedTest(name = "{0} {1} tls={2}")
  @MethodSource("transports")
  void threadsShareOneClient(Protocol protocol, Framing framing, boolean tls) throws Exception {
    Calc.Client calc = new Calc.Client(start(protocol, framing, tls));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int base = t * 1000;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            assertEquals(base + 2 * i, calc.add(base + i, i));
            assertEquals("t" + base + i, calc.echo("t" + base + i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, server.connectionCount());
  }
}
