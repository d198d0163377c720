package io.parley.interop.matrix;

import io.parley.interop.matrix.CellOutcome.Status;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs one cell: starts the server on a free port, waits until the port accepts connections, runs
 * the client, and stops the server. The cell passes when the client exits 0 and the server is
 * still serving.
 */
final class CellRunner {
  static final String HOST = "localhost";
  static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(20);
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);
  static final Duration STOP_GRACE = Duration.ofSeconds(10);
  /** A server that dies before listening is tried on fresh ports this often: its port may have been taken. */
  private static final int START_ATTEMPTS = 3;

  private final FreePorts ports = new FreePorts();
  private final Path workingDirectory;
  private final Path logs;
  private final boolean requirePeers;

  CellRunner(Path workingDirectory, Path logs, boolean requirePeers) {
    this.workingDirectory = workingDirectory;
    this.logs = logs;
    this.requirePeers = requirePeers;
  }

  CellOutcome run(MatrixCell cell) {
    long start = System.nanoTime();
    Outcome o;
    try {
      o = attempt(cell);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      o = new Outcome(Status.FAIL, "interrupted");
    } catch (Exception e) {
      o = new Outcome(Status.FAIL, "the cell could not run: " + e);
    }
    return new CellOutcome(cell, o.status, o.detail, Duration.ofNanos(System.nanoTime() - start));
  }

  private record Outcome(Status status, String detail) {}

  private Outcome attempt(MatrixCell cell) throws Exception {
    Optional<String> unavailable = cell.server().unavailable().map(w -> cell.server().name() + ": " + w)
        .or(() -> cell.client().unavailable().map(w -> cell.client().name() + ": " + w));
    if (unavailable.isPresent()) {
      return requirePeers
          ? new Outcome(Status.FAIL, "peer unavailable and PARLEY_REQUIRE_PEERS=1: " + unavailable.get())
          : new Outcome(Status.SKIP, unavailable.get());
    }
    StringBuilder failedStarts = new StringBuilder();
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      Peer.Cell options = new Peer.Cell(HOST, ports.next(), cell.protocol(), cell.transport(), cell.skipUuid());
      try (PeerProcess server = PeerProcess.start(cell.server().launcher().launch(options), workingDirectory,
          logs.resolve(cell.fileStem() + ".server.log"))) {
        if (!awaitListening(server, options.port())) {
          if (server.isAlive()) {
            return new Outcome(Status.FAIL, "the server did not listen on port " + options.port() + " within "
                + SERVER_START_TIMEOUT.toSeconds() + " s\n" + section("server", server));
          }
          failedStarts.append("attempt ").append(attempt).append(": the server exited with code ")
              .append(server.exitCode()).append(" before listening\n").append(section("server", server)).append('\n');
          continue;
        }
        return runClient(cell, options, server);
      }
    }
    return new Outcome(Status.FAIL, failedStarts.toString().stripTrailing());
  }

  private Outcome runClient(MatrixCell cell, Peer.Cell options, PeerProcess server) throws Exception {
    try (PeerProcess client = PeerProcess.start(cell.client().launcher().launch(options), workingDirectory,
        logs.resolve(cell.fileStem() + ".client.log"))) {
      if (!client.waitFor(CLIENT_TIMEOUT)) {
        client.stop(Duration.ofSeconds(2));
        return new Outcome(Status.FAIL, "the client did not finish within " + CLIENT_TIMEOUT.toSeconds() + " s\n"
            + section("client", client) + "\n" + section("server", server));
      }
      boolean serverAlive = server.isAlive();
      server.stop(STOP_GRACE);
      if (client.exitCode() == 0 && serverAlive) {
        return new Outcome(Status.PASS, client.output());
      }
      String why = client.exitCode() != 0
          ? "the client exited with code " + client.exitCode()
          : "the server exited with code " + server.exitCode() + " while the client ran";
      return new Outcome(Status.FAIL, why + "\n" + section("client", client) + "\n" + section("server", server));
    }
  }

  /** Polls until the port accepts a connection; false when the server died or took too long. */
  private static boolean awaitListening(PeerProcess server, int port) throws InterruptedException {
    long deadline = System.nanoTime() + SERVER_START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        return false;
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(HOST, port), 250);
        return true;
      } catch (IOException e) {
        Thread.sleep(25);
      }
    }
    return false;
  }

  private static String section(String role, PeerProcess p) {
    return "--- " + role + ": " + p.describe() + "\n" + p.output();
  }
}
