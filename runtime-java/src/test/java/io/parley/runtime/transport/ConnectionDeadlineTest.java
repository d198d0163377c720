package io.parley.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.TransportException;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.MessageHeader;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Read deadlines on plain sockets, enforced without socket timeouts: reads block (one system call
 * each) and a shared watchdog closes a socket whose read outlives its deadline.
 */
@Timeout(30)
class ConnectionDeadlineTest {
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  /** A connected pair: [0] our side, wrapped in a Connection by the test; [1] the peer. */
  private Socket[] pair() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Socket ours = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
      Socket peer = listener.accept();
      open.add(ours);
      open.add(peer);
      return new Socket[] {ours, peer};
    }
  }

  private static Connection connection(Socket s, Duration readTimeout) throws IOException {
    return new Connection(s, Protocol.BINARY, Framing.FRAMED, Limits.DEFAULT, readTimeout);
  }

  private static void sendCall(Socket peer, String name, int seqId) throws IOException {
    ProtocolWriter w = Protocols.writer(Protocol.BINARY);
    w.messageBegin(name, MessageType.CALL, seqId);
    byte[] body = w.toByteArray();
    byte[] frame = new byte[4 + body.length];
    frame[3] = (byte) body.length;
    System.arraycopy(body, 0, frame, 4, body.length);
    peer.getOutputStream().write(frame);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aReadPastItsDeadlineTimesOutWithoutASocketTimeout() throws Exception {
    Socket[] s = pair();
    Connection c = connection(s[0], Duration.ZERO);
    c.deadlineIn(TimeUnit.MILLISECONDS.toNanos(200));
    long start = System.nanoTime();
    TransportException e = assertThrows(TransportException.class, c::receive);
    long millis = millisSince(start);
    assertEquals(TransportException.Kind.TIMED_OUT, e.kind());
    assertTrue(millis >= 150 && millis < 3000, millis + " ms");
    // A connection whose read timed out is gone: its stream is no longer in step.
    assertTrue(s[0].isClosed());
    assertThrows(TransportException.class, c::receive);
  }

  @Test
  void theBaseTimeoutBoundsTheWaitForAMessage() throws Exception {
    Socket[] s = pair();
    Connection c = connection(s[0], Duration.ofMillis(200));
    long start = System.nanoTime();
    TransportException e = assertThrows(TransportException.class, c::awaitMessage);
    assertEquals(TransportException.Kind.TIMED_OUT, e.kind());
    assertTrue(millisSince(start) < 3000);
  }

  @Test
  void aShortDeadlineSetWhileALongOneIsPendingFiresOnTime() throws Exception {
    Socket[] slow = pair();
    Connection patient = connection(slow[0], Duration.ZERO);
    patient.deadlineIn(TimeUnit.SECONDS.toNanos(20));
    CompletableFuture<MessageHeader> waiting = CompletableFuture.supplyAsync(() -> patient.receive().messageBegin());
    Thread.sleep(100); // the watchdog now sleeps toward the 20-second deadline

    Socket[] fast = pair();
    Connection hasty = connection(fast[0], Duration.ZERO);
    hasty.deadlineIn(TimeUnit.MILLISECONDS.toNanos(200));
    long start = System.nanoTime();
    assertEquals(TransportException.Kind.TIMED_OUT, assertThrows(TransportException.class, hasty::receive).kind());
    assertTrue(millisSince(start) < 2000, millisSince(start) + " ms");

    // The other connection's read is still waiting, unharmed, and gets its message.
    assertFalse(slow[0].isClosed());
    sendCall(slow[1], "late", 9);
    assertEquals(new MessageHeader("late", MessageType.CALL, 9), waiting.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aReadThatEndsInTimeIsNotCutOffAfterwards() throws Exception {
    Socket[] s = pair();
    Connection c = connection(s[0], Duration.ZERO);
    sendCall(s[1], "first", 1);
    c.deadlineIn(TimeUnit.MILLISECONDS.toNanos(200));
    assertEquals(new MessageHeader("first", MessageType.CALL, 1), c.receive().messageBegin());
    // The read had a deadline but the socket no timeout, so the JDK kept it in blocking mode (one
    // system call per read, where a timed read costs a failed read, a poll and the read).
    assertEquals(0, s[0].getSoTimeout());
    c.clearDeadline();
    Thread.sleep(500); // well past the deadline, with no read in progress
    assertFalse(s[0].isClosed());
    sendCall(s[1], "second", 2);
    assertEquals(new MessageHeader("second", MessageType.CALL, 2), c.receive().messageBegin());
  }

  @Test
  void manyConnectionsTimeOutEachAtItsOwnDeadline() throws Exception {
    List<CompletableFuture<Long>> reads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      Connection c = connection(pair()[0], Duration.ZERO);
      long deadlineMillis = 100 + 50L * i;
      reads.add(CompletableFuture.supplyAsync(() -> {
        c.deadlineIn(TimeUnit.MILLISECONDS.toNanos(deadlineMillis));
        try {
          c.receive();
          return -1L;
        } catch (TransportException e) {
          return e.kind() == TransportException.Kind.TIMED_OUT ? millisSince(start) : -2L;
        }
      }, r -> new Thread(r).start()));
    }
    for (int i = 0; i < reads.size(); i++) {
      long millis = reads.get(i).get(10, TimeUnit.SECONDS);
      assertTrue(millis >= 100 + 50L * i - 20 && millis < 100 + 50L * i + 2000, "read " + i + ": " + millis + " ms");
    }
  }
}
