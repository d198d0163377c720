package io.parley.runtime.transport;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces read deadlines on blocking sockets from one shared thread, so that reads need no socket
 * timeout.
 *
 * <p>Why: the JDK's socket switches a connection to non-blocking mode for good once a read has a
 * timeout, and every read from then on costs three system calls (a read that finds nothing, a poll,
 * the read) instead of one. Here reads block without a timeout; a reader publishes its deadline
 * before it blocks and clears it after, and this thread closes the socket of a reader that is still
 * blocked at its deadline. It sleeps until the earliest deadline (at most a second, to drop closed
 * streams) and a reader whose deadline is earlier than that wakes it.
 */
final class ReadWatchdog {
  static final ReadWatchdog INSTANCE = new ReadWatchdog();

  private static final long MAX_SLEEP = TimeUnit.SECONDS.toNanos(1);

  private final Set<DeadlineInputStream> streams = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  // Set while the thread looks at deadlines: a deadline published meanwhile may have been missed.
  private volatile boolean scanning;
  // When the thread wakes next (System.nanoTime).
  private volatile long wakeAt;

  private ReadWatchdog() {
    thread = new Thread(this::run, "parley-read-deadlines");
    thread.setDaemon(true);
    thread.start();
  }

  /** Watches {@code stream} until its socket closes. */
  void register(DeadlineInputStream stream) {
    streams.add(stream);
    LockSupport.unpark(thread); // it may be parked with nothing to watch
  }

  /** A reader published {@code deadline}: wake the thread if it would sleep past it. */
  void armed(long deadline) {
    if (scanning || deadline - wakeAt < 0) {
      LockSupport.unpark(thread);
    }
  }

  private void run() {
    while (true) {
      scanning = true;
      long now = System.nanoTime();
      long earliest = now + MAX_SLEEP;
      for (Iterator<DeadlineInputStream> it = streams.iterator(); it.hasNext(); ) {
        DeadlineInputStream s = it.next();
        if (s.isClosed()) {
          it.remove();
          continue;
        }
        long deadline = s.readDeadline();
        if (deadline == DeadlineInputStream.NONE) {
          continue;
        }
        if (deadline - now <= 0) {
          s.expire();
        } else if (deadline - earliest < 0) {
          earliest = deadline;
        }
      }
      wakeAt = earliest;
      scanning = false;
      if (streams.isEmpty()) {
        LockSupport.park(this);
      } else {
        LockSupport.parkNanos(this, earliest - System.nanoTime());
      }
    }
  }
}
