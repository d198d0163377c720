package io.parley.interop.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.interop.matrix.Peer.Launch;
import io.parley.interop.matrix.Peer.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding the peers of a provider class by name. */
class ThriftPeerLoaderTest {
  /** Stands in for ApacheThriftPeers. */
  public static final class Provider {
    static final Peer PEER = new Peer("thrift-fake", Role.SERVER, Set.of("binary"), Set.of("framed"), false,
        cell -> new Launch(List.of("true"), Map.of()), Optional.empty());

    public static List<Peer> all() {
      return List.of(PEER);
    }
  }

  /** A provider whose all() fails. */
  public static final class Broken {
    public static List<Peer> all() {
      throw new IllegalStateException("no thrift compiler");
    }
  }

  @Test
  void loadsThePeersOfTheProvider() {
    ThriftPeerLoader.Loaded loaded = ThriftPeerLoader.load(Provider.class.getName());
    assertEquals(List.of(Provider.PEER), loaded.peers());
    assertTrue(loaded.missing().isEmpty());
  }

  @Test
  void runsWithoutPeersWhenTheProviderDoesNotExist() {
    ThriftPeerLoader.Loaded loaded = ThriftPeerLoader.load("io.parley.interop.peers.NoSuchPeers");
    assertEquals(List.of(), loaded.peers());
    assertTrue(loaded.missing().orElseThrow().contains("NoSuchPeers does not exist"));
  }

  @Test
  void reportsAProviderThatFails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ThriftPeerLoader.load(Broken.class.getName()));
    assertTrue(e.getMessage().contains("no thrift compiler"), e.getMessage());
  }
}
