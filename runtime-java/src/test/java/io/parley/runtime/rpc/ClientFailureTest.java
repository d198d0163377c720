package io.parley.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.TransportException;
import io.parley.runtime.protocol.ByteSource;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.MessageHeader;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the client fails when the server is down, dies, stalls or answers out of turn. */
@Timeout(30)
class ClientFailureTest {
  private static RpcClient.Builder client(int port) {
    return RpcClient.builder().host("127.0.0.1").port(port).protocol(Protocol.BINARY).framing(Framing.FRAMED);
  }

  @Test
  void refusedWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (RpcClient c = client(port).build()) {
      TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
      assertEquals(TransportException.Kind.REFUSED, e.kind());
      assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }
  }

  @Test
  void closedWhenTheServerDiesMidCall() throws Exception {
    try (RawServer raw = new RawServer(); RpcClient c = client(raw.port()).build()) {
      Thread killer = new Thread(() -> {
        try {
          Socket s = raw.next();
          RawServer.read(s, 10); // part of the call, then gone
          s.close();
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      killer.start();
      TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
      assertEquals(TransportException.Kind.CLOSED, e.kind());
      assertFalse(c.isConnected());
      killer.join();
    }
  }

  @Test
  void timedOutWhenTheServerIsTooSlowThenReconnects() throws Exception {
    try (RawServer raw = new RawServer(); RpcClient c = client(raw.port()).callTimeout(Duration.ofMillis(300)).build()) {
      long start = System.nanoTime();
      TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(TransportException.Kind.TIMED_OUT, e.kind());
      assertTrue(millis >= 250 && millis < 5000, millis + " ms");
      assertFalse(c.isConnected(), "a late reply must not be taken for the next call's");
      raw.next();
      // The next call opens a new connection.
      assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
      raw.next();
    }
  }

  @Test
  void timeoutCoversAReplyThatTrickles() throws Exception {
    try (RawServer raw = new RawServer(); RpcClient c = client(raw.port()).callTimeout(Duration.ofMillis(400)).build()) {
      Thread slow = new Thread(() -> {
        try (Socket s = raw.next()) {
          OutputStream out = s.getOutputStream();
          for (int i = 0; i < 100; i++) { // a frame header announcing 100 bytes, one byte per 100 ms
            out.write(i < 3 ? 0 : i == 3 ? 100 : 0);
            out.flush();
            Thread.sleep(100);
          }
        } catch (Exception ignored) {
          // the client hung up
        }
      });
      slow.start();
      long start = System.nanoTime();
      TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
      assertEquals(TransportException.Kind.TIMED_OUT, e.kind());
      assertTrue((System.nanoTime() - start) / 1_000_000 < 3000);
      slow.interrupt();
    }
  }

  @Test
  void onewayReturnsWithoutWaitingForAnything() throws Exception {
    try (RawServer raw = new RawServer(); RpcClient c = client(raw.port()).callTimeout(Duration.ofSeconds(20)).build()) {
      long start = System.nanoTime();
      new Calc.Client(c).ping(5);
      assertTrue((System.nanoTime() - start) / 1_000_000 < 2000);
      Socket s = raw.next();
      int length = ByteSource.of(RawServer.read(s, 4)).readIntBE();
      MessageHeader h = Protocols.reader(Protocol.BINARY, RawServer.read(s, length)).messageBegin();
      assertEquals(new MessageHeader("ping", MessageType.ONEWAY, 1), h);
      assertTrue(c.isConnected());
    }
  }

  /** A server that answers the first call with {@code seqIdDelta} added to its sequence id. */
  private static Thread answerWithSeqId(RawServer raw, int seqIdDelta, byte type) {
    Thread t = new Thread(() -> {
      try {
        Socket s = raw.next();
        int length = ByteSource.of(RawServer.read(s, 4)).readIntBE();
        MessageHeader call = Protocols.reader(Protocol.BINARY, RawServer.read(s, length)).messageBegin();
        ProtocolWriter w = Protocols.writer(Protocol.BINARY);
        w.messageBegin(call.name(), type, call.seqId() + seqIdDelta);
        if (type == MessageType.EXCEPTION) {
          new ApplicationException(ApplicationException.Type.UNKNOWN, "nope").write(w);
        } else {
          Calc.i32Result(3).write(w);
        }
        OutputStream out = s.getOutputStream();
        out.write(new byte[] {0, 0, (byte) (w.size() >> 8), (byte) w.size()});
        out.write(w.toByteArray());
        out.flush();
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    t.start();
    return t;
  }

  @Test
  void replyWithTheWrongSequenceIdIsRejected() throws Exception {
    try (RawServer raw = new RawServer(); RpcClient c = client(raw.port()).build()) {
      Thread t = answerWithSeqId(raw, 1, MessageType.REPLY);
      ApplicationException e = assertThrows(ApplicationException.class, () -> new Calc.Client(c).add(1, 2));
      assertEquals(ApplicationException.Type.BAD_SEQUENCE_ID, e.type());
      assertTrue(e.getMessage().contains("expected 1 but got 2"), e.getMessage());
      assertFalse(c.isConnected());
      t.join();
    }
  }

  @Test
  void sequenceIdsIncreaseAndExceptionRepliesKeepTheConnection() throws Exception {
    try (RawServer raw = new RawServer(); RpcClient c = client(raw.port()).build()) {
      Thread t = answerWithSeqId(raw, 0, MessageType.EXCEPTION);
      ApplicationException e = assertThrows(ApplicationException.class, () -> new Calc.Client(c).add(1, 2));
      assertEquals(ApplicationException.Type.UNKNOWN, e.type());
      assertEquals("nope", e.getMessage());
      assertTrue(c.isConnected());
      t.join();
    }
  }

  @Test
  void oversizedCallIsRefusedBeforeSendingAndKeepsTheConnection() throws Exception {
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null)).start();
        RpcClient c = client(server.port()).limits(new Limits(2000, 1 << 20, 1 << 20, 1000, 64)).build()) {
      Calc.Client calc = new Calc.Client(c);
      assertEquals("ok", calc.echo("ok"));
      TransportException e = assertThrows(TransportException.class, () -> calc.echo("x".repeat(5000)));
      assertEquals(TransportException.Kind.FRAME_TOO_LARGE, e.kind());
      assertTrue(c.isConnected(), "nothing was sent");
      assertEquals(1900, calc.echo("y".repeat(1900)).length());
    }
  }

  @Test
  void oversizedReplyDropsTheConnection() throws Exception {
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null)).start();
        RpcClient small = client(server.port()).limits(new Limits(100, 1 << 20, 1 << 20, 1000, 64)).build()) {
      Calc.Client calc = new Calc.Client(small);
      // A 94-byte call whose error reply takes 101 bytes.
      TransportException e = assertThrows(TransportException.class, () -> calc.fail("m".repeat(70)));
      assertEquals(TransportException.Kind.FRAME_TOO_LARGE, e.kind(), e.getMessage());
      assertFalse(small.isConnected());
      assertEquals(3, calc.add(1, 2));
    }
  }

  @Test
  void closedClientRefusesCalls() {
    RpcClient c = client(1).build();
    c.close();
    TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 2));
    assertEquals(TransportException.Kind.NOT_OPEN, e.kind());
  }
}
