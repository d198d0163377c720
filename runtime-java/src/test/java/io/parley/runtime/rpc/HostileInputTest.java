package io.parley.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.RpcException;
import io.parley.runtime.protocol.ByteSink;
import io.parley.runtime.protocol.ByteSource;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.MessageHeader;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolReader;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.protocol.TType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile bytes sent to running servers, all at once and one byte at a time. Each
 * ends in a clean application error or a closed connection, quickly, and the server keeps serving.
 */
@Timeout(60)
class HostileInputTest {
  private static final Limits LIMITS = new Limits(1 << 20, 1 << 20, 1 << 16, 1 << 16, 64);
  private static final List<RpcServer> SERVERS = new ArrayList<>();

  /** What the server must do: answer with this application error type, or (null) just close. */
  record Case(String name, Protocol protocol, Framing framing, byte[] bytes, ApplicationException.Type answer) {
    @Override
    public String toString() {
      return protocol + " " + framing + " " + name;
    }
  }

  @BeforeAll
  static void startServers() {
    for (Protocol p : Protocol.values()) {
      for (Framing f : Framing.values()) {
        SERVERS.add(RpcServer.builder().protocol(p).framing(f).limits(LIMITS).bindAddress(InetAddress.getLoopbackAddress())
            .service(Calc.processor("Calc", new java.util.concurrent.LinkedBlockingQueue<>(), null))
            .idleTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5)).start());
      }
    }
  }

  @AfterAll
  static void stopServers() {
    SERVERS.forEach(s -> s.shutdown(Duration.ofSeconds(1)));
  }

  private static RpcServer server(Protocol p, Framing f) {
    return SERVERS.get(p.ordinal() * 2 + f.ordinal());
  }

  /** A call: an envelope for {@code method} and a body written by {@code body}. */
  private static byte[] message(Protocol p, String method, Consumer<ProtocolWriter> body) {
    return message(p, method, MessageType.CALL, body);
  }

  private static byte[] message(Protocol p, String method, byte type, Consumer<ProtocolWriter> body) {
    ProtocolWriter w = Protocols.writer(p);
    w.messageBegin(method, type, 1);
    body.accept(w);
    return w.toByteArray();
  }

  /** Bytes appended after an envelope and the start of an args struct with one field header. */
  private static byte[] argsField(Protocol p, byte type, String rawHex) {
    ByteSink sink = new ByteSink();
    ProtocolWriter w = Protocols.writer(p, sink);
    w.messageBegin("add", MessageType.CALL, 1);
    w.structBegin();
    w.fieldBegin(type, (short) 1);
    byte[] raw = HexFormat.of().parseHex(rawHex.replace(" ", ""));
    sink.writeBytes(raw, 0, raw.length);
    return sink.toByteArray();
  }

  private static byte[] framed(byte[] body) {
    ByteSink sink = new ByteSink();
    sink.writeIntBE(body.length);
    sink.writeBytes(body, 0, body.length);
    return sink.toByteArray();
  }

  private static byte[] nested(Protocol p, String method, int depth) {
    return message(p, method, w -> {
      w.structBegin();
      for (int i = 0; i < depth; i++) {
        w.fieldBegin(TType.STRUCT, (short) 1);
        w.structBegin();
      }
      for (int i = 0; i < depth; i++) {
        w.fieldStop();
        w.structEnd();
      }
      w.fieldStop();
      w.structEnd();
    });
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    ApplicationException.Type protocolError = ApplicationException.Type.PROTOCOL_ERROR;
    for (Protocol p : Protocol.values()) {
      boolean binary = p == Protocol.BINARY;
      String minusOne = binary ? "ffffffff" : "ffffffff0f";
      String huge = binary ? "7fffffff" : "ffffffff07";
      List<Case> messages = new ArrayList<>();
      messages.add(new Case("garbage envelope", p, null, "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(), null));
      messages.add(new Case("random bytes", p, null, HexFormat.of().parseHex("deadbeefcafebabe0011223344556677"), null));
      messages.add(new Case("negative name length", p, null, HexFormat.of().parseHex(binary ? "80010001ffffff00" : "822101f0ffffff0f"), null));
      messages.add(new Case("2 GB name", p, null, HexFormat.of().parseHex(binary ? "800100017fffffff00000000" : "822101ffffffff07"), null));
      messages.add(new Case("reply sent to a server", p, null, message(p, "add", MessageType.REPLY, Calc::voidResult), ApplicationException.Type.INVALID_MESSAGE_TYPE));
      messages.add(new Case("negative string length", p, null, argsField(p, TType.STRING, minusOne), protocolError));
      messages.add(new Case("2 GB string in 20 bytes", p, null, argsField(p, TType.STRING, huge + "41414141"), protocolError));
      messages.add(new Case("negative list size", p, null, argsField(p, TType.LIST, binary ? "08" + minusOne : "f5" + minusOne), protocolError));
      messages.add(new Case("huge map size", p, null, argsField(p, TType.MAP, binary ? "0808" + huge : huge + "55"), protocolError));
      // In a stream, a list longer than what arrives is a peer that went away mid-message.
      messages.add(new Case("list longer than the message", p, null, argsField(p, TType.LIST, binary ? "0a0000ffff00" : "f6ffff0300"), null));
      messages.add(new Case("invalid type id", p, null, argsField(p, TType.STRUCT, binary ? "110001" : "0e02"), protocolError));
      messages.add(new Case("invalid element type", p, null, argsField(p, TType.LIST, binary ? "6300000001" : "1e"), protocolError));
      messages.add(new Case("depth 1000", p, null, nested(p, "add", 1000), protocolError));
      messages.add(new Case("depth 1000 in an unknown method", p, null, nested(p, "nope", 1000), null));
      messages.add(new Case("truncated args", p, null, argsField(p, TType.I32, "00"), null));
      if (!binary) {
        messages.add(new Case("endless varint", p, null, argsField(p, TType.I64, "ff".repeat(16)), protocolError));
        messages.add(new Case("endless varint in the envelope", p, null, HexFormat.of().parseHex("8221" + "80".repeat(20)), null));
      }
      for (Case c : messages) {
        cases.add(new Case(c.name, p, Framing.BUFFERED, c.bytes, c.answer));
        // In a frame, a message cut short is a protocol error the server can answer.
        boolean cutShort = c.name.equals("truncated args") || c.name.equals("list longer than the message");
        ApplicationException.Type framedAnswer = c.answer == null && cutShort ? protocolError : c.answer;
        cases.add(new Case(c.name, p, Framing.FRAMED, framed(c.bytes), framedAnswer));
      }
      cases.add(new Case("negative frame size", p, Framing.FRAMED, HexFormat.of().parseHex("ffffff00" + "00".repeat(20)), null));
      cases.add(new Case("frame beyond the limit", p, Framing.FRAMED, HexFormat.of().parseHex("7fffffff" + "00".repeat(20)), null));
      cases.add(new Case("empty frame", p, Framing.FRAMED, HexFormat.of().parseHex("00000000"), null));
      cases.add(new Case("frame shorter than its header says", p, Framing.FRAMED,
          HexFormat.of().parseHex("00000400" + "00".repeat(10)), null));
    }
    List<Arguments> out = new ArrayList<>();
    for (Case c : cases) {
      out.add(Arguments.of(c, false));
      out.add(Arguments.of(c, true));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} byteByByte={1}")
  @MethodSource("cases")
  void endsCleanlyAndTheServerKeepsServing(Case c, boolean byteByByte) throws Exception {
    RpcServer server = server(c.protocol, c.framing);
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setTcpNoDelay(true);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        if (byteByByte) {
          for (byte b : c.bytes) {
            out.write(b);
            out.flush();
          }
        } else {
          out.write(c.bytes);
          out.flush();
        }
        s.shutdownOutput(); // the peer has said everything it will say
      } catch (IOException closedEarly) {
        // the server may hang up before reading everything
      }
      ApplicationException answer = readAnswer(s, c);
      if (c.answer == null) {
        assertEquals(null, answer, "expected the connection closed without an answer");
      } else {
        assertEquals(c.answer, answer == null ? null : answer.type(), "answer");
        assertTrue(answer.getMessage() != null && !answer.getMessage().contains("Exception"), answer.getMessage());
      }
      assertTrue(ServerBehaviourTest.closedWithin(s, 10_000), "connection left open");
    }
    try (RpcClient client = RpcClient.builder().host("127.0.0.1").port(server.port()).protocol(c.protocol)
        .framing(c.framing).build()) {
      assertEquals(3, new Calc.Client(client).add(1, 2));
    }
  }

  /** Reads the server's answer: an application error, or null when it closes without one. */
  private static ApplicationException readAnswer(Socket s, Case c) throws IOException {
    ByteSource in = ByteSource.of(s.getInputStream(), 1 << 20);
    try {
      if (!in.awaitData()) {
        return null;
      }
      if (c.framing == Framing.FRAMED) {
        in.readIntBE();
      }
      ProtocolReader r = Protocols.reader(c.protocol, in, Limits.DEFAULT);
      MessageHeader h = r.messageBegin();
      assertEquals(MessageType.EXCEPTION, h.type(), "answer type");
      return ApplicationException.read(r);
    } catch (RpcException e) {
      if (e.getCause() instanceof java.net.SocketTimeoutException) {
        fail("no answer and no close within the timeout");
      }
      return null; // reset by the server
    }
  }

  /** A bad connection does not disturb a good one open at the same time. */
  @Test
  void otherConnectionsAreUnaffected() throws Exception {
    RpcServer server = server(Protocol.COMPACT, Framing.FRAMED);
    try (RpcClient good = RpcClient.builder().host("127.0.0.1").port(server.port()).protocol(Protocol.COMPACT).build()) {
      Calc.Client calc = new Calc.Client(good);
      assertEquals(2, calc.add(1, 1));
      for (int i = 0; i < 20; i++) {
        try (Socket bad = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
          bad.getOutputStream().write(HexFormat.of().parseHex("7fffffff0000"));
          assertTrue(ServerBehaviourTest.closedWithin(bad, 5000));
        }
      }
      assertTrue(good.isConnected());
      assertEquals(4, calc.add(2, 2));
    }
  }
}
