package io.parley.interop.matrix;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * Finds Apache Thrift's peers, {@code io.parley.interop.peers.ApacheThriftPeers.all()}, by
 * reflection: the matrix compiles and runs (with Parley's peers only) while that class does not
 * exist yet.
 */
final class ThriftPeerLoader {
  static final String CLASS_NAME = "io.parley.interop.peers.ApacheThriftPeers";

  /** The peers found, or why there are none. */
  record Loaded(List<Peer> peers, Optional<String> missing) {}

  private ThriftPeerLoader() {}

  static Loaded load() {
    return load(CLASS_NAME);
  }

  /** The peers of {@code className}'s static {@code all()}; a class that does not exist has none. */
  static Loaded load(String className) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      return new Loaded(List.of(), Optional.of(className + " does not exist: no Apache Thrift peers"));
    }
    try {
      Object peers = type.getMethod("all").invoke(null);
      if (!(peers instanceof List<?> list) || !list.stream().allMatch(Peer.class::isInstance)) {
        throw new IllegalStateException(className + ".all() must return a List<Peer>, not " + peers);
      }
      return new Loaded(list.stream().map(Peer.class::cast).toList(), Optional.empty());
    } catch (InvocationTargetException e) {
      // Their code failed: that is a finding, not a reason to run without them.
      throw new IllegalStateException(className + ".all() failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(className + " has no usable static all(): " + e, e);
    }
  }
}
