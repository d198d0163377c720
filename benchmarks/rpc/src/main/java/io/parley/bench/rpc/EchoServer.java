package io.parley.bench.rpc;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The physical ceiling: a server that does no RPC work. Each request is a frame (4-byte big-endian
 * length, then the body) whose first four body bytes say how long the reply must be; the reply is a
 * frame of that length, written with one write from a reused buffer. Blocking sockets, a thread per
 * connection, TCP_NODELAY: what a hand-written server would do at best with the same bytes per call.
 */
final class EchoServer implements AutoCloseable {
  private final ServerSocket listener;

  EchoServer(int port) throws IOException {
    listener = new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "echo-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(socket), "echo-" + socket.getPort());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void serve(Socket socket) {
    try (socket) {
      // Buffered: one read syscall takes in the whole frame, header and body.
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
      OutputStream out = socket.getOutputStream();
      byte[] request = new byte[1 << 16];
      byte[] reply = new byte[1 << 16];
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException e) {
          return;
        }
        if (length < 4 || length > request.length) {
          throw new IOException("bad frame length " + length);
        }
        in.readFully(request, 0, length);
        int replyLength = Frames.getInt(request, 0);
        if (replyLength < 0 || replyLength + 4 > reply.length) {
          throw new IOException("bad reply length " + replyLength);
        }
        Frames.putInt(reply, 0, replyLength);
        out.write(reply, 0, 4 + replyLength);
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
