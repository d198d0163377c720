package io.parley.runtime.rpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listening socket whose accepted connections the test drives by hand: a peer that misbehaves. */
final class RawServer implements AutoCloseable {
  private final ServerSocket listener;
  private final LinkedBlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();

  RawServer() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> {
      try {
        while (true) {
          accepted.add(listener.accept());
        }
      } catch (IOException e) {
        // closed
      }
    }, "raw-server");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  Socket next() throws InterruptedException {
    Socket s = accepted.poll(10, TimeUnit.SECONDS);
    if (s == null) {
      throw new IllegalStateException("no connection arrived");
    }
    return s;
  }

  /** Reads {@code n} bytes a client sent. */
  static byte[] read(Socket s, int n) {
    try {
      s.setSoTimeout(10_000);
      return s.getInputStream().readNBytes(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket s : accepted) {
      s.close();
    }
  }
}
