package io.parley.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.TransportException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Connection caps, timeouts, graceful shutdown and server-side logging. */
@Timeout(30)
class ServerBehaviourTest {
  private static RpcClient client(RpcServer server) {
    return RpcClient.builder().host("127.0.0.1").port(server.port()).build();
  }

  /** Whether the server closes {@code s} (end of stream) within {@code millis}. */
  static boolean closedWithin(Socket s, int millis) throws Exception {
    s.setSoTimeout(millis);
    InputStream in = s.getInputStream();
    try {
      while (in.read() >= 0) {
        // drain anything sent before closing
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (java.net.SocketException e) {
      return true; // reset
    }
  }

  /** Waits up to 10 seconds for {@code condition}. */
  static void eventually(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("never happened: " + what);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void shutdownLetsACallInProgressFinish() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, sleeping)).start();
    try (RpcClient busy = client(server); RpcClient idle = client(server)) {
      assertEquals(2, new Calc.Client(idle).add(1, 1));
      CompletableFuture<Void> call = CompletableFuture.runAsync(() -> new Calc.Client(busy).sleep(500));
      assertTrue(sleeping.await(5, TimeUnit.SECONDS));
      assertTrue(server.shutdown(Duration.ofSeconds(5)));
      call.get(5, TimeUnit.SECONDS); // answered, not cut off
      assertEquals(0, server.connectionCount());
      TransportException e = assertThrows(TransportException.class, () -> new Calc.Client(idle).add(1, 1));
      assertTrue(e.kind() == TransportException.Kind.CLOSED || e.kind() == TransportException.Kind.REFUSED, e.toString());
      assertEquals(TransportException.Kind.REFUSED,
          assertThrows(TransportException.class, () -> new Calc.Client(idle).add(1, 1)).kind());
    }
  }

  @Test
  void shutdownGivesUpOnCallsBeyondTheGracePeriod() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, sleeping)).start();
    try (RpcClient busy = client(server)) {
      CompletableFuture<Void> call = CompletableFuture.runAsync(() -> new Calc.Client(busy).sleep(10_000));
      assertTrue(sleeping.await(5, TimeUnit.SECONDS));
      long start = System.nanoTime();
      assertFalse(server.shutdown(Duration.ofMillis(200)));
      assertTrue((System.nanoTime() - start) / 1_000_000 < 3000);
      Exception e = assertThrows(Exception.class, () -> call.get(5, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof TransportException t && t.kind() == TransportException.Kind.CLOSED, e.toString());
    }
  }

  @Test
  void connectionsBeyondTheCapWaitWithoutNewThreads() throws Exception {
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null)).maxConnections(3).start()) {
      List<Socket> flood = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        flood.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
      }
      eventually("3 connections served", () -> server.connectionCount() == 3);
      Thread.sleep(100);
      assertEquals(3, server.connectionCount());
      long workers = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("parley-server-" + server.port() + "-")).count();
      assertTrue(workers <= 3, workers + " worker threads");
      RpcClient waiting = client(server);
      CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(() -> new Calc.Client(waiting).add(2, 2));
      Thread.sleep(200);
      assertFalse(queued.isDone(), "served beyond the cap");
      for (Socket s : flood) {
        s.close();
      }
      assertEquals(4, queued.get(10, TimeUnit.SECONDS));
      waiting.close();
    }
  }

  @Test
  void idleConnectionsAreClosed() throws Exception {
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null))
        .idleTimeout(Duration.ofMillis(200)).start();
        Socket idle = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      assertTrue(closedWithin(idle, 5000));
      try (RpcClient c = client(server)) {
        assertEquals(2, new Calc.Client(c).add(1, 1));
        eventually("the idle client's connection closed", () -> server.connectionCount() == 0);
        assertThrows(TransportException.class, () -> new Calc.Client(c).add(1, 1)); // the server hung up meanwhile
        assertEquals(2, new Calc.Client(c).add(1, 1));
      }
    }
  }

  @Test
  void aMessageThatTricklesInIsCutOff() throws Exception {
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null))
        .readTimeout(Duration.ofMillis(300)).start();
        Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      slow.getOutputStream().write(new byte[] {0, 0, 0, 50, (byte) 0x80});
      long start = System.nanoTime();
      for (int i = 0; i < 20 && !slow.isClosed(); i++) {
        try {
          slow.getOutputStream().write(1);
        } catch (java.io.IOException e) {
          break;
        }
        if (closedWithin(slow, 100)) {
          break;
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 1500, millis + " ms");
    }
  }

  @Test
  void aClientThatStopsReadingRepliesIsCutOff() throws Exception {
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null))
        .writeTimeout(Duration.ofMillis(300)).start();
        Socket greedy = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      io.parley.runtime.protocol.ProtocolWriter w = io.parley.runtime.protocol.Protocols.writer(io.parley.runtime.Protocol.BINARY);
      w.messageBegin("echo", io.parley.runtime.protocol.MessageType.CALL, 1);
      Calc.string("e".repeat(1 << 20)).write(w);
      byte[] call = w.toByteArray();
      Thread sender = new Thread(() -> {
        try {
          java.io.OutputStream out = greedy.getOutputStream();
          for (int i = 0; i < 64; i++) { // 64 MB of replies that are never read
            out.write(new byte[] {(byte) (call.length >>> 24), (byte) (call.length >>> 16), (byte) (call.length >>> 8), (byte) call.length});
            out.write(call);
          }
        } catch (java.io.IOException e) {
          // the server hung up, as it should
        }
      });
      sender.setDaemon(true);
      sender.start();
      eventually("the connection is served", () -> server.connectionCount() == 1);
      eventually("the stalled connection closed", () -> server.connectionCount() == 0);
      try (RpcClient c = client(server)) {
        assertEquals(2, new Calc.Client(c).add(1, 1));
      }
    }
  }

  @Test
  void handlerFailuresAreLoggedWithTheirStackTrace() throws Exception {
    List<LogRecord> records = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public synchronized void publish(LogRecord r) {
        records.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger log = Logger.getLogger(RpcServer.class.getName());
    log.addHandler(capture);
    try (RpcServer server = RpcServer.builder().service(Calc.processor("Calc", null, null)).start();
        RpcClient c = client(server)) {
      ApplicationException e = assertThrows(ApplicationException.class, () -> new Calc.Client(c).fail("secret"));
      assertEquals("secret", e.getMessage());
      synchronized (capture) {
        assertTrue(records.stream().anyMatch(r -> r.getThrown() instanceof IllegalStateException
            && r.getThrown().getStackTrace().length > 0), records.toString());
      }
    } finally {
      log.removeHandler(capture);
    }
  }

  @Test
  void ephemeralPortIsExposed() {
    try (RpcServer a = RpcServer.builder().service(Calc.processor("Calc", null, null)).start();
        RpcServer b = RpcServer.builder().service(Calc.processor("Calc", null, null)).start()) {
      assertTrue(a.port() > 0);
      assertTrue(a.port() != b.port());
    }
  }
}
