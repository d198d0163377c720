package io.parley.interop.peers;

import io.parley.interop.matrix.Peer;
import io.parley.interop.matrix.Peer.Cell;
import io.parley.interop.matrix.Peer.Launch;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One client process calling one server process on a free local port, as the matrix pairs them:
 * starts the server, waits until it accepts connections, runs the client to its end and stops the
 * server. Both outputs go to log files, so a failure shows what each side said.
 */
final class PeerPairRun {
  /** How the client ended, with both sides' output. */
  record Result(int exitCode, String clientOutput, String serverOutput) {
    String describe() {
      return "client exit " + exitCode + "\n--- client ---\n" + clientOutput + "\n--- server ---\n" + serverOutput;
    }
  }

  private static final int START_ATTEMPTS = 3;
  private static final long SERVER_START_MILLIS = 20_000;
  private static final long CLIENT_SECONDS = 90;

  private PeerPairRun() {}

  static Result run(Peer server, Peer client, String serverProtocol, String clientProtocol, String transport,
      Path logs, String slug) throws Exception {
    Files.createDirectories(logs);
    Path serverLog = logs.resolve(slug + "-server.log");
    Path clientLog = logs.resolve(slug + "-client.log");
    // A free port can be taken by someone else before the server binds it: then try another.
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      Process serverProcess = start(server.launcher().launch(
          new Cell("localhost", port, serverProtocol, transport, !server.uuid())), serverLog);
      try {
        if (!awaitPort(serverProcess, port)) {
          if (attempt < START_ATTEMPTS && !serverProcess.isAlive()) {
            continue;
          }
          return new Result(-1, "(not run: the server did not start listening on port " + port + ")", read(serverLog));
        }
        Process clientProcess = start(client.launcher().launch(
            new Cell("localhost", port, clientProtocol, transport, !server.uuid())), clientLog);
        if (!clientProcess.waitFor(CLIENT_SECONDS, TimeUnit.SECONDS)) {
          clientProcess.destroyForcibly().waitFor();
          return new Result(-1, read(clientLog) + "\n(killed after " + CLIENT_SECONDS + " s)", read(serverLog));
        }
        return new Result(clientProcess.exitValue(), read(clientLog), read(serverLog));
      } finally {
        stop(serverProcess);
      }
    }
  }

  private static Process start(Launch launch, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(launch.environment());
    return builder.start();
  }

  /** Whether the server accepts a connection before it dies or the time is up. */
  private static boolean awaitPort(Process server, int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + SERVER_START_MILLIS;
    while (System.currentTimeMillis() < deadline && server.isAlive()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return true;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    return false;
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String read(Path log) throws IOException {
    // Decoded leniently: a peer may print in its locale's charset.
    return Files.isRegularFile(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
  }
}
