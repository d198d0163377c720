package io.parley.it.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.it.calc.probe.Probe;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ByteSink;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.rpc.RpcClient;
import io.parley.runtime.rpc.RpcServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalculatorTest {
  @Test
  void callsTheGeneratedServiceOverLoopback() throws Exception {
    try (RpcServer server = RpcServer.builder()
        .bindAddress(InetAddress.getLoopbackAddress()).port(0)
        .protocol(Protocol.COMPACT).framing(Framing.FRAMED)
        .service(Calculator.processor(new SimpleCalculator()))
        .start();
        RpcClient channel = RpcClient.builder().host("127.0.0.1").port(server.port())
            .protocol(Protocol.COMPACT).framing(Framing.FRAMED)
            .callTimeout(Duration.ofSeconds(10)).build()) {
      Calculator calculator = Calculator.client(channel);
      calculator.ping();
      assertEquals(5, calculator.add(2, 3));
      assertEquals(42, calculator.calculate(Work.builder().left(6).right(7).op(Operation.MULTIPLY).build()));
      InvalidOperation e = assertThrows(InvalidOperation.class, () ->
          calculator.calculate(Work.builder().left(1).right(0).op(Operation.DIVIDE).build()));
      assertEquals("division by zero", e.why());
      assertEquals(Operation.DIVIDE, e.op());
    }
  }

  @Test
  void testIdlIsGeneratedIntoTestSources() {
    Probe probe = Probe.builder().name("p").values(List.of(1, 2, 3)).build();
    ByteSink sink = new ByteSink();
    probe.write(Protocols.writer(Protocol.BINARY, sink));
    assertEquals(probe, Probe.read(Protocols.reader(Protocol.BINARY, sink.toByteArray())));
  }
}
