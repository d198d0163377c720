package io.parley.runtime.rpc;

import io.parley.runtime.ProtocolException;
import io.parley.runtime.TransportException;
import io.parley.runtime.transport.Connection;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.Socket;

/**
 * One accepted connection on a server: answers its messages one after another until the peer
 * hangs up, goes idle too long, sends something malformed, or the server shuts down.
 *
 * <p>It is idle while waiting for the first byte of a message and busy from then until the reply
 * is sent; shutting down closes idle connections at once and lets busy ones finish their call.
 */
final class ServerConnection implements Runnable {
  private static final Logger LOG = System.getLogger(RpcServer.class.getName());

  private final RpcServer server;
  private final Socket socket;
  private volatile Connection connection;
  private boolean busy;
  private boolean closed;

  ServerConnection(RpcServer server, Socket socket) {
    this.server = server;
    this.socket = socket;
  }

  @Override
  public void run() {
    Object peer = socket.getRemoteSocketAddress();
    try {
      socket.setTcpNoDelay(true);
      Connection conn = new Connection(socket, server.protocol(), server.framing(), server.limits(), server.idleTimeout());
      connection = conn;
      long readTimeout = server.readTimeout().toNanos();
      while (true) {
        conn.clearDeadline();
        if (!conn.awaitMessage() || !markBusy()) {
          break;
        }
        conn.deadlineIn(readTimeout);
        boolean more = server.dispatcher().handle(conn);
        if (!markIdle() || !more) {
          break;
        }
      }
    } catch (TransportException e) {
      LOG.log(Level.DEBUG, () -> "connection from " + peer + " ends: " + e.getMessage());
    } catch (ProtocolException e) {
      LOG.log(Level.INFO, () -> "closing connection from " + peer + ": malformed message: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "connection from " + peer + " failed", e);
    } finally {
      close();
      server.finished(this);
    }
  }

  /** Starts a call, unless the server is stopping. */
  private synchronized boolean markBusy() {
    if (closed || server.isStopping()) {
      return false;
    }
    busy = true;
    return true;
  }

  /** Ends a call; false when the server began stopping meanwhile. */
  private synchronized boolean markIdle() {
    busy = false;
    return !closed && !server.isStopping();
  }

  /** Closes the connection if a reply has been stuck in the socket for longer than {@code nanos}. */
  void closeIfSendStalled(long nanos) {
    Connection conn = connection;
    if (conn != null && conn.sendStalledFor(nanos)) {
      LOG.log(Level.INFO, () -> "closing connection from " + conn.remoteAddress() + ": it stopped reading replies");
      close();
    }
  }

  /** Closes the connection if no call is in progress; a busy one stops after its reply. */
  synchronized void closeIfIdle() {
    if (!busy) {
      close();
    }
  }

  synchronized void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
