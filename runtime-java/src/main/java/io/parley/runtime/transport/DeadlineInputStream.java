package io.parley.runtime.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket's input that gives up at a deadline: each read waits only for the time left, so a
 * peer trickling bytes cannot stretch a call or a request beyond it. Without a deadline, a read
 * waits up to the socket's base timeout.
 */
final class DeadlineInputStream extends FilterInputStream {
  private final Socket socket;
  private final int baseTimeoutMillis;
  private long deadlineNanos;
  private boolean hasDeadline;
  private int currentTimeout = -1;

  DeadlineInputStream(Socket socket, InputStream in, int baseTimeoutMillis) {
    super(in);
    this.socket = socket;
    this.baseTimeoutMillis = baseTimeoutMillis;
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
    arm();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    arm();
    return in.read(b, off, len);
  }
}
