package io.parley.interop.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.parley.interop.matrix.Peer;
import io.parley.interop.matrix.Peer.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Apache Thrift peers checked against themselves before the matrix pairs them with Parley:
 * each peer's client against its own server in every protocol and transport it speaks, plus a
 * plain client against a multiplexed server (which must serve ThriftTest by default). A missing
 * peer is skipped loudly, or fails the test under {@code PARLEY_REQUIRE_PEERS=1} (as in CI).
 */
class ApacheThriftPeersTest {
  // Two pairs at a time: four processes on a two-core machine.
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2, runnable -> {
    Thread thread = new Thread(runnable, "peer-pair");
    thread.setDaemon(true);
    return thread;
  });

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  void everyPeerIsAServerAndAClientWithAReasonWhenUnavailable() {
    List<Peer> peers = ApacheThriftPeers.all();
    Set<String> names = peers.stream().map(Peer::name).collect(Collectors.toSet());
    assertEquals(Set.of("thrift-java", "thrift-python (PyPI)", "thrift-python (Debian)", "thriftpy2"), names);
    for (String name : names) {
      assertEquals(Set.of(Role.SERVER, Role.CLIENT),
          peers.stream().filter(p -> p.name().equals(name)).map(Peer::role).collect(Collectors.toSet()), name);
    }
    for (Peer peer : peers) {
      assertFalse(peer.uuid(), peer.name() + " has no testUuid");
      peer.unavailable().ifPresent(why -> assertFalse(why.isBlank(), peer.name()));
      assertTrue(Set.of("binary", "compact", "multi", "multic").containsAll(peer.protocols()), peer.name());
      assertTrue(Set.of("buffered", "framed").containsAll(peer.transports()), peer.name());
    }
  }

  @TestFactory
  List<DynamicNode> eachPeerAgainstItself() {
    List<Peer> peers = ApacheThriftPeers.all();
    Path logs = PeerSetup.get().out.resolve("selftest");
    List<DynamicNode> nodes = new ArrayList<>();
    for (Peer server : peers) {
      if (server.role() != Role.SERVER) {
        continue;
      }
      Peer client = peers.stream()
          .filter(p -> p.role() == Role.CLIENT && p.name().equals(server.name())).findFirst().orElseThrow();
      nodes.add(DynamicContainer.dynamicContainer(server.name(), cells(server, client, logs)));
    }
    return nodes;
  }

  /** Submits every cell of one pair at once, so that pairs run while JUnit reports earlier ones. */
  private static List<DynamicTest> cells(Peer server, Peer client, Path logs) {
    if (server.unavailable().isPresent() || client.unavailable().isPresent()) {
      String why = server.unavailable().or(client::unavailable).orElseThrow();
      return List.of(DynamicTest.dynamicTest("unavailable", () -> unavailable(server.name(), why)));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String transport : server.transports()) {
      if (!client.transports().contains(transport)) {
        continue;
      }
      for (String protocol : server.protocols()) {
        if (client.protocols().contains(protocol)) {
          tests.add(cell(server, client, protocol, protocol, transport, logs));
        }
      }
    }
    // Multiplexed servers also answer calls without a service name, as ThriftTest.
    for (String[] plainOnMulti : new String[][] {{"binary", "multi"}, {"compact", "multic"}}) {
      if (client.protocols().contains(plainOnMulti[0]) && server.protocols().contains(plainOnMulti[1])) {
        tests.add(cell(server, client, plainOnMulti[1], plainOnMulti[0], "buffered", logs));
      }
    }
    return tests;
  }

  private static DynamicTest cell(Peer server, Peer client, String serverProtocol, String clientProtocol,
      String transport, Path logs) {
    String label = (serverProtocol.equals(clientProtocol) ? serverProtocol : clientProtocol + " client, " + serverProtocol + " server")
        + " / " + transport;
    String slug = (server.name() + "-" + serverProtocol + "-" + clientProtocol + "-" + transport).replaceAll("[^A-Za-z0-9-]+", "_");
    Future<PeerPairRun.Result> result = POOL.submit(
        () -> PeerPairRun.run(server, client, serverProtocol, clientProtocol, transport, logs, slug));
    return DynamicTest.dynamicTest(label, () -> {
      PeerPairRun.Result r = result.get(3, TimeUnit.MINUTES);
      assertEquals(0, r.exitCode(), () -> server.name() + " " + label + ": " + r.describe());
    });
  }

  private static void unavailable(String name, String why) {
    String message = name + " is unavailable: " + why;
    if ("1".equals(System.getenv("PARLEY_REQUIRE_PEERS"))) {
      fail(message + " (PARLEY_REQUIRE_PEERS=1)");
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
  }
}
