package io.parley.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.parley.runtime.Framing;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Quick feedback without processes: the Parley Java client's conformance suite against the Parley
 * Java server in this JVM, for every protocol and transport, and over TLS.
 */
class InProcessConformanceTest {
  private record Wire(ProtocolOption protocol, Framing framing, boolean ssl) {
    String label() {
      return protocol.option() + "/" + framing.name().toLowerCase() + (ssl ? "/ssl" : "");
    }
  }

  @TestFactory
  Stream<DynamicTest> javaClientAgainstJavaServer() {
    List<Wire> wires = new ArrayList<>();
    for (ProtocolOption protocol : ProtocolOption.values()) {
      for (Framing framing : Framing.values()) {
        wires.add(new Wire(protocol, framing, false));
      }
    }
    wires.add(new Wire(ProtocolOption.MULTIC, Framing.FRAMED, true));
    wires.add(new Wire(ProtocolOption.BINARY, Framing.BUFFERED, true));
    return wires.stream().map(w -> dynamicTest(w.label(), () -> {
      if (w.ssl()) {
        Assumptions.assumeTrue(OpensslCheck.available(), "the openssl command is needed to make the TLS test key");
      }
      ConformanceSuite.Result result = run(w);
      assertTrue(result.passed(), () -> result.report(w.label()));
    }));
  }

  private static ConformanceSuite.Result run(Wire w) throws Exception {
    try (ConformanceServer server = ConformanceServer.start(options(w, 0));
        ClientConnection connection = ClientConnection.open(options(w, server.port()))) {
      return ConformanceSuite.run(connection.thriftTest(), connection.secondService().orElse(null), false);
    }
  }

  /** Port 0 lets the server pick a free one. */
  private static TestOptions options(Wire w, int port) {
    return new TestOptions("localhost", port, w.protocol(), w.framing(), w.ssl(), false);
  }
}
