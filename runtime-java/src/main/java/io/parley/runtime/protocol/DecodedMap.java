package io.parley.runtime.protocol;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable map a generated decoder returns, in wire order, and a generated builder stores. A
 * small map (the common case) is its keys and values side by side in the array the decoder
 * filled, looked up by a scan: no hash table, no entry objects. A larger one keeps a
 * {@link LinkedHashMap}, whose tree bins keep lookups fast even when a hostile peer sends keys
 * that all hash alike.
 *
 * <p>A key sent twice keeps its first position and its last value, as {@link Map#put} would.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class DecodedMap<K, V> extends AbstractMap<K, V> {
  /** The most entries kept as a scanned array; beyond this a hash map is cheaper to look up. */
  static final int MAX_SCANNED = 8;

  private static final DecodedMap<Object, Object> EMPTY = new DecodedMap<>(new Object[0], 0, null);

  // k0, v0, k1, v1, ...: non-null, distinct keys in the first 2 * size slots; unused when large.
  private final Object[] keysAndValues;
  private final int size;
  // Beyond MAX_SCANNED entries: the entries, hashed; never modified once made.
  private final Map<K, V> large;
  private Set<Map.Entry<K, V>> entries;

  private DecodedMap(Object[] keysAndValues, int size, Map<K, V> large) {
    this.keysAndValues = keysAndValues;
    this.size = size;
    this.large = large;
  }

  /** Whether {@code map} is one of these, which needs no copy to be immutable. */
  public static boolean isImmutable(Map<?, ?> map) {
    return map instanceof DecodedMap;
  }

  /**
   * A map of the alternating keys and values in {@code keysAndValues}, none of them null, which
   * the caller hands over: it must never change or hand out the array again.
   */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> own(Object[] keysAndValues) {
    int n = keysAndValues.length / 2;
    if (n == 0) {
      return (Map<K, V>) EMPTY;
    }
    if (n > MAX_SCANNED) {
      Map<K, V> map = new LinkedHashMap<>(n * 4 / 3 + 1);
      for (int i = 0; i < 2 * n; i += 2) {
        map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
      }
      return new DecodedMap<>(null, map.size(), map);
    }
    int size = 0;
    next:
    for (int i = 0; i < 2 * n; i += 2) {
      Object key = keysAndValues[i];
      for (int j = 0; j < 2 * size; j += 2) {
        if (keysAndValues[j].equals(key)) {
          keysAndValues[j + 1] = keysAndValues[i + 1];
          continue next;
        }
      }
      if (2 * size != i) { // only after a duplicate: entries move up over it
        keysAndValues[2 * size] = key;
        keysAndValues[2 * size + 1] = keysAndValues[i + 1];
      }
      size++;
    }
    return new DecodedMap<>(keysAndValues, size, null);
  }

  private int indexOf(Object key) {
    if (key == null) {
      return -1;
    }
    Object[] kv = keysAndValues;
    for (int i = 0, end = 2 * size; i < end; i += 2) {
      if (key.equals(kv[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return large != null ? large.containsKey(key) : indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    if (large != null) {
      return large.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : (V) keysAndValues[i + 1];
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    Set<Map.Entry<K, V>> set = entries;
    if (set == null) {
      set = large != null ? Collections.unmodifiableMap(large).entrySet() : new Entries();
      entries = set;
    }
    return set;
  }

  /** The entries in order, as immutable entries made on the way. */
  private final class Entries extends AbstractSet<Map.Entry<K, V>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < 2 * size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map.Entry<K, V> next() {
          if (next >= 2 * size) {
            throw new NoSuchElementException();
          }
          Map.Entry<K, V> e = new SimpleImmutableEntry<>((K) keysAndValues[next], (V) keysAndValues[next + 1]);
          next += 2;
          return e;
        }
      };
    }
  }
}
