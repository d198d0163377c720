package io.parley.interop.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out ports that were free a moment ago, never the same one twice in a run, so that two
 * cells running at once cannot be given one port. Another program may still take a port before
 * the server binds it; the cell runner retries with a new one when its server fails to start.
 */
final class FreePorts {
  private final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

  int next() {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port;
      try (ServerSocket probe = new ServerSocket(0)) {
        port = probe.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot find a free port", e);
      }
      if (handedOut.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no unused free port after 100 attempts");
  }
}
