package io.parley.interop.matrix;

import io.parley.interop.matrix.Peer.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Which cells to run: every Parley client against every server (Parley's and Apache Thrift's),
 * and every Apache Thrift client against every Parley server, over each protocol and transport
 * both sides speak. Apache Thrift against itself is not Parley's to test.
 */
final class MatrixPlan {
  /** The order of rows and columns in the report. */
  static final List<String> PROTOCOLS = List.of("binary", "compact", "multi", "multic");
  static final List<String> TRANSPORTS = List.of("buffered", "framed");

  private final List<Peer> clients;
  private final List<Peer> servers;
  private final List<MatrixCell> cells;

  MatrixPlan(List<Peer> parley, List<Peer> thrift) {
    this.clients = concat(role(parley, Role.CLIENT), role(thrift, Role.CLIENT));
    this.servers = concat(role(parley, Role.SERVER), role(thrift, Role.SERVER));
    List<MatrixCell> all = new ArrayList<>();
    for (Peer client : role(parley, Role.CLIENT)) {
      for (Peer server : servers) {
        add(all, client, server);
      }
    }
    for (Peer client : role(thrift, Role.CLIENT)) {
      for (Peer server : role(parley, Role.SERVER)) {
        add(all, client, server);
      }
    }
    this.cells = List.copyOf(all);
  }

  List<Peer> clients() {
    return clients;
  }

  List<Peer> servers() {
    return servers;
  }

  List<MatrixCell> cells() {
    return cells;
  }

  private static void add(List<MatrixCell> cells, Peer client, Peer server) {
    boolean skipUuid = !(client.uuid() && server.uuid());
    for (String protocol : PROTOCOLS) {
      for (String transport : TRANSPORTS) {
        if (client.protocols().contains(protocol) && server.protocols().contains(protocol)
            && client.transports().contains(transport) && server.transports().contains(transport)) {
          cells.add(new MatrixCell(client, server, protocol, transport, skipUuid));
        }
      }
    }
  }

  private static List<Peer> role(List<Peer> peers, Role role) {
    return peers.stream().filter(p -> p.role() == role).toList();
  }

  private static List<Peer> concat(List<Peer> a, List<Peer> b) {
    List<Peer> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
