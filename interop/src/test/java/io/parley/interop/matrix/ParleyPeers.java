package io.parley.interop.matrix;

import io.parley.interop.matrix.Peer.Launch;
import io.parley.interop.matrix.Peer.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parley's own peers: the Java server and client, and the Python ones with the threaded runtime
 * and with asyncio, each started through the {@code test-server} and {@code test-client}
 * launchers of the interop module.
 */
public final class ParleyPeers {
  static final Set<String> PROTOCOLS = Set.of("binary", "compact", "multi", "multic");
  static final Set<String> TRANSPORTS = Set.of("buffered", "framed");

  private ParleyPeers() {}

  /** Servers first, then clients: Java, Python, Python asyncio. */
  public static List<Peer> all() {
    List<Peer> peers = new ArrayList<>();
    for (Role role : Role.values()) {
      peers.add(peer("parley-java", role, "java", false, Optional.empty()));
      Optional<String> python = PythonCheck.unavailable();
      peers.add(peer("parley-python", role, "python", false, python));
      peers.add(peer("parley-python-async", role, "python", true, python));
    }
    return List.copyOf(peers);
  }

  private static Peer peer(String name, Role role, String lang, boolean async, Optional<String> unavailable) {
    Path launcher = ModuleDirectory.get().resolve(role == Role.SERVER ? "test-server" : "test-client");
    return new Peer(name, role, PROTOCOLS, TRANSPORTS, true, cell -> {
      List<String> command = new ArrayList<>(List.of(launcher.toString(), "--lang=" + lang,
          "--port=" + cell.port(), "--protocol=" + cell.protocol(), "--transport=" + cell.transport()));
      if (role == Role.CLIENT) {
        command.add("--host=" + cell.host());
        if (cell.skipUuid()) {
          command.add("--skip-uuid");
        }
      }
      if (async) {
        command.add("--async");
      }
      return new Launch(command, Map.of());
    }, unavailable);
  }
}
