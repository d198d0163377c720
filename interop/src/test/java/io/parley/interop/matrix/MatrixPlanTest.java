package io.parley.interop.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.interop.matrix.Peer.Launch;
import io.parley.interop.matrix.Peer.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which cells the matrix runs. */
class MatrixPlanTest {
  private static final Set<String> ALL = Set.of("binary", "compact", "multi", "multic");
  private static final Set<String> BOTH = Set.of("buffered", "framed");

  private final Peer parleyServer = peer("p", Role.SERVER, ALL, BOTH, true);
  private final Peer parleyClient = peer("p", Role.CLIENT, ALL, BOTH, true);
  private final Peer thriftServer = peer("t", Role.SERVER, Set.of("binary", "compact", "json"), Set.of("framed"), false);
  private final Peer thriftClient = peer("t", Role.CLIENT, Set.of("multi"), BOTH, true);

  private final MatrixPlan plan = new MatrixPlan(List.of(parleyServer, parleyClient), List.of(thriftServer, thriftClient));

  @Test
  void pairsParleyClientsWithEveryServerAndThriftClientsWithParleyServersOnly() {
    assertEquals(List.of(
            "p -> p binary/buffered", "p -> p binary/framed", "p -> p compact/buffered", "p -> p compact/framed",
            "p -> p multi/buffered", "p -> p multi/framed", "p -> p multic/buffered", "p -> p multic/framed",
            "p -> t binary/framed", "p -> t compact/framed",
            "t -> p multi/buffered", "t -> p multi/framed"),
        plan.cells().stream().map(MatrixCell::label).toList());
  }

  @Test
  void skipsUuidUnlessBothSidesHaveIt() {
    for (MatrixCell cell : plan.cells()) {
      boolean expected = cell.server() == thriftServer;
      assertEquals(expected, cell.skipUuid(), cell.label());
    }
  }

  @Test
  void listsParleyPeersFirst() {
    assertEquals(List.of(parleyClient, thriftClient), plan.clients());
    assertEquals(List.of(parleyServer, thriftServer), plan.servers());
  }

  @Test
  void fileStemsAreSafe() {
    Peer odd = peer("thrift-python (PyPI)", Role.SERVER, ALL, BOTH, true);
    String stem = new MatrixCell(parleyClient, odd, "multi", "framed", false).fileStem();
    assertFalse(stem.contains(" ") || stem.contains("(") || stem.contains("/"), stem);
    assertTrue(stem.endsWith("multi-framed"), stem);
  }

  private static Peer peer(String name, Role role, Set<String> protocols, Set<String> transports, boolean uuid) {
    return new Peer(name, role, protocols, transports, uuid, cell -> new Launch(List.of("true"), Map.of()), Optional.empty());
  }
}
