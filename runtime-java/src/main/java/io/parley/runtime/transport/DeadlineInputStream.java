package io.parley.runtime.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLSocket;

/**
 * A socket's input that gives up at a deadline: each read waits only for the time left, so a
 * peer trickling bytes cannot stretch a call or a request beyond it. Without a deadline, a read
 * waits up to the socket's base timeout (zero: forever).
 *
 * <p>On a plain socket, reads block without a socket timeout (one system call per read) and the
 * shared {@link ReadWatchdog} closes the socket of a read still blocked at its deadline, which then
 * fails with a {@link SocketTimeoutException}. A TLS socket is not closed under a reader (its close
 * sends an alert and may wait for the reader's lock), so there each read sets the socket timeout
 * to the time left instead.
 */
final class DeadlineInputStream extends FilterInputStream {
  /** The published deadline of a stream that is not blocked in a read. */
  static final long NONE = 0;

  private final Socket socket;
  private final int baseTimeoutMillis;
  private final boolean watched;
  private long deadlineNanos;
  private boolean hasDeadline;
  private int currentTimeout = -1;
  // When the read in progress must end (System.nanoTime), or NONE; read by the watchdog.
  private volatile long readDeadline = NONE;
  // Set by the watchdog before it closes the socket, so the failed read reports a timeout.
  private volatile boolean expired;

  DeadlineInputStream(Socket socket, InputStream in, int baseTimeoutMillis) {
    super(in);
    this.socket = socket;
    this.baseTimeoutMillis = baseTimeoutMillis;
    this.watched = !(socket instanceof SSLSocket);
    if (watched) {
      ReadWatchdog.INSTANCE.register(this);
    }
  }

  /** Reads from now on fail once {@code nanos} from now have passed. */
  void deadlineIn(long nanos) {
    deadlineNanos = System.nanoTime() + nanos;
    hasDeadline = true;
  }

  /** Back to waiting up to the base timeout per read. */
  void clearDeadline() {
    hasDeadline = false;
  }

  long readDeadline() {
    return readDeadline;
  }

  boolean isClosed() {
    return socket.isClosed();
  }

  /** Called by the watchdog: the read in progress has passed its deadline. */
  void expire() {
    expired = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closed anyway
    }
  }

  /** The deadline of the next read (System.nanoTime), or NONE to wait forever. */
  private long nextDeadline() throws IOException {
    long now = System.nanoTime();
    long deadline;
    if (hasDeadline) {
      if (deadlineNanos - now <= 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      deadline = deadlineNanos;
    } else if (baseTimeoutMillis > 0) {
      deadline = now + baseTimeoutMillis * 1_000_000L;
    } else {
      return NONE;
    }
    return deadline == NONE ? 1 : deadline;
  }

  private void arm() throws IOException {
    int timeout = baseTimeoutMillis;
    if (hasDeadline) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      timeout = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
    }
    if (timeout != currentTimeout) {
      socket.setSoTimeout(timeout);
      currentTimeout = timeout;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (!watched) {
      arm();
      return in.read(b, off, len);
    }
    if (expired) {
      throw new SocketTimeoutException("read timed out");
    }
    long deadline = nextDeadline();
    if (deadline != NONE) {
      readDeadline = deadline;
      ReadWatchdog.INSTANCE.armed(deadline);
    }
    try {
      return in.read(b, off, len);
    } catch (IOException e) {
      if (expired) {
        SocketTimeoutException timeout = new SocketTimeoutException("read timed out");
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    } finally {
      readDeadline = NONE;
    }
  }
}
