package io.parley.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable collections that keep the order their elements were given in, for generated constants
 * and defaults: the IDL's order is the order on the wire.
 */
public final class Values {
  private Values() {}

  /** An unmodifiable set of {@code elements}, in order. */
  @SafeVarargs
  public static <E> Set<E> setOf(E... elements) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(elements)));
  }

  /** An unmodifiable map of alternating keys and values, in order. */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> mapOf(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must pair up: " + keysAndValues.length);
    }
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** An unmodifiable copy of {@code list} that keeps its order; {@code null} stays {@code null}. */
  public static <E> List<E> copy(List<E> list) {
    return list == null ? null : List.copyOf(list);
  }

  /** An unmodifiable copy of {@code set} that keeps its order; {@code null} stays {@code null}. */
  public static <E> Set<E> copy(Set<E> set) {
    return set == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }

  /** An unmodifiable copy of {@code map} that keeps its order; {@code null} stays {@code null}. */
  public static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
