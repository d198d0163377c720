package io.parley.interop.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.interop.matrix.CellOutcome.Status;
import io.parley.interop.matrix.Peer.Launch;
import io.parley.interop.matrix.Peer.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell runner with stand-in peers: a bare listening socket as the server, shell commands as clients. */
class CellRunnerTest {
  /** Listens on the cell's port until killed. */
  private static final String LISTEN = "import socket, sys, time; s = socket.create_server(('', int(sys.argv[1]))); "
      + "print('listening', flush=True); time.sleep(120)";

  @TempDir
  Path dir;

  @Test
  void passesWhenTheClientExitsZero() {
    CellOutcome o = run(server(LISTEN), client("echo all good"), false);
    assertEquals(Status.PASS, o.status(), o.detail());
    assertTrue(o.detail().contains("all good"), o.detail());
  }

  @Test
  void failsWithTheClientOutputAndTheServerOutput() {
    CellOutcome o = run(server(LISTEN), client("echo 'testI32(-1) expected -1, actual 1'; exit 1"), false);
    assertEquals(Status.FAIL, o.status());
    assertTrue(o.detail().contains("the client exited with code 1"), o.detail());
    assertTrue(o.detail().contains("testI32(-1) expected -1, actual 1"), o.detail());
    assertTrue(o.detail().contains("listening"), o.detail());
  }

  @Test
  void failsWhenTheServerDiesBeforeListening() {
    Peer dying = new Peer("dying", Role.SERVER, Set.of("binary"), Set.of("buffered"), true,
        cell -> new Launch(List.of("sh", "-c", "echo cannot start here; exit 3"), Map.of()), Optional.empty());
    CellOutcome o = run(dying, client("exit 0"), false);
    assertEquals(Status.FAIL, o.status());
    assertTrue(o.detail().contains("attempt 3: the server exited with code 3 before listening"), o.detail());
    assertTrue(o.detail().contains("cannot start here"), o.detail());
  }

  @Test
  void failsWhenTheServerDiesWhileTheClientRuns() {
    String listenBriefly = LISTEN.replace("time.sleep(120)", "time.sleep(0.3)");
    CellOutcome o = run(server(listenBriefly), client("sleep 1"), false);
    assertEquals(Status.FAIL, o.status());
    assertTrue(o.detail().contains("the server exited with code 0 while the client ran"), o.detail());
  }

  @Test
  void passesTheLaunchEnvironment() {
    Peer client = new Peer("env", Role.CLIENT, Set.of("binary"), Set.of("buffered"), true,
        cell -> new Launch(List.of("sh", "-c", "test \"$PEER_SETTING\" = on"), Map.of("PEER_SETTING", "on")),
        Optional.empty());
    assertEquals(Status.PASS, run(server(LISTEN), client, false).status());
  }

  @Test
  void skipsAnUnavailablePeerUnlessPeersAreRequired() {
    Peer missing = new Peer("missing", Role.CLIENT, Set.of("binary"), Set.of("buffered"), true,
        cell -> { throw new AssertionError("never launched"); }, Optional.of("no such tool"));
    CellOutcome skipped = run(server(LISTEN), missing, false);
    assertEquals(Status.SKIP, skipped.status());
    assertEquals("missing: no such tool", skipped.detail());
    CellOutcome failed = run(server(LISTEN), missing, true);
    assertEquals(Status.FAIL, failed.status());
    assertTrue(failed.detail().contains("PARLEY_REQUIRE_PEERS=1"), failed.detail());
  }

  private CellOutcome run(Peer server, Peer client, boolean requirePeers) {
    MatrixCell cell = new MatrixCell(client, server, "binary", "buffered", false);
    return new CellRunner(dir, dir.resolve("logs"), requirePeers).run(cell);
  }

  private static Peer server(String script) {
    String python = System.getenv().getOrDefault("PYTHON", "python3");
    return new Peer("stand-in-server", Role.SERVER, Set.of("binary"), Set.of("buffered"), true,
        cell -> new Launch(List.of(python, "-c", script, String.valueOf(cell.port())), Map.of()), Optional.empty());
  }

  private static Peer client(String shell) {
    return new Peer("stand-in-client", Role.CLIENT, Set.of("binary"), Set.of("buffered"), true,
        cell -> new Launch(List.of("sh", "-c", shell), Map.of()), Optional.empty());
  }
}
