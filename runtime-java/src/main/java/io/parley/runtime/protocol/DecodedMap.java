package io.parley.runtime.protocol;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable map a generated decoder returns, in wire order, and a generated builder stores:
 * its keys and values side by side in the array the decoder filled, without entry objects, so
 * generated writers walk it by position ({@link #keyAt}, {@link #valueAt}). A small map (the
 * common case) is looked up by a scan; a larger one also keeps a {@link HashMap} from key to
 * position, whose tree bins keep lookups fast even when a hostile peer sends keys that all hash
 * alike.
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
  // The lookup of a map made by of() from another map, to be walked: never hashed, so builders
  // copy it rather than keep it.
  private static final Object SNAPSHOT = new Object();

  // k0, v0, k1, v1, ...: non-null, distinct keys in the first 2 * size slots.
  private final Object[] keysAndValues;
  private final int size;
  // A HashMap from key to its slot in keysAndValues beyond MAX_SCANNED entries, SNAPSHOT, or null
  // (scanned). One field: with AbstractMap's own two, a decoded map stays at 32 bytes.
  private final Object lookup;

  private DecodedMap(Object[] keysAndValues, int size, Object lookup) {
    this.keysAndValues = keysAndValues;
    this.size = size;
    this.lookup = lookup;
  }

  /** Whether {@code map} is one of these, which needs no copy to be immutable. */
  public static boolean isImmutable(Map<?, ?> map) {
    return map instanceof DecodedMap<?, ?> decoded && decoded.lookup != SNAPSHOT;
  }

  /**
   * What a generated writer walks by position: {@code map} itself when it is one of these, else
   * a snapshot of its entries in its iteration order (whose lookups scan, however large).
   */
  public static <K, V> DecodedMap<K, V> of(Map<K, V> map) {
    if (map instanceof DecodedMap<K, V> decoded) {
      return decoded;
    }
    if (map.isEmpty()) {
      return build(new Object[0]);
    }
    Object[] keysAndValues = new Object[2 * map.size()];
    int i = 0;
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (i == keysAndValues.length) { // the map grew while copied
        keysAndValues = Arrays.copyOf(keysAndValues, 2 * keysAndValues.length);
      }
      keysAndValues[i++] = e.getKey();
      keysAndValues[i++] = e.getValue();
    }
    return new DecodedMap<>(keysAndValues, i / 2, SNAPSHOT);
  }

  /**
   * A map of the alternating keys and values in {@code keysAndValues}, none of them null, which
   * the caller hands over: it must never change or hand out the array again.
   */
  public static <K, V> Map<K, V> own(Object[] keysAndValues) {
    return build(keysAndValues);
  }

  @SuppressWarnings("unchecked")
  private static <K, V> DecodedMap<K, V> build(Object[] keysAndValues) {
    int n = keysAndValues.length / 2;
    if (n == 0) {
      return (DecodedMap<K, V>) EMPTY;
    }
    return n > MAX_SCANNED ? hashed(keysAndValues, n) : scanned(keysAndValues, n);
  }

  private static <K, V> DecodedMap<K, V> scanned(Object[] keysAndValues, int n) {
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
      size = keep(keysAndValues, i, size);
    }
    return new DecodedMap<>(trimmed(keysAndValues, size), size, null);
  }

  private static <K, V> DecodedMap<K, V> hashed(Object[] keysAndValues, int n) {
    HashMap<Object, Integer> index = new HashMap<>(n * 4 / 3 + 1);
    int size = 0;
    for (int i = 0; i < 2 * n; i += 2) {
      Integer at = index.putIfAbsent(keysAndValues[i], 2 * size);
      if (at != null) {
        keysAndValues[at + 1] = keysAndValues[i + 1];
      } else {
        size = keep(keysAndValues, i, size);
      }
    }
    return new DecodedMap<>(trimmed(keysAndValues, size), size, size > MAX_SCANNED ? index : null);
  }

  /** Drops the slots beyond {@code size} entries, which hold keys and values sent again. */
  private static Object[] trimmed(Object[] keysAndValues, int size) {
    return 2 * size == keysAndValues.length ? keysAndValues : Arrays.copyOf(keysAndValues, 2 * size);
  }

  /** Keeps the entry at slot {@code i} as entry number {@code size}; returns the new size. */
  private static int keep(Object[] keysAndValues, int i, int size) {
    if (2 * size != i) { // only after a duplicate: entries move up over it
      keysAndValues[2 * size] = keysAndValues[i];
      keysAndValues[2 * size + 1] = keysAndValues[i + 1];
    }
    return size + 1;
  }

  /** The key of entry {@code i}, in order from 0 to {@code size() - 1}. */
  @SuppressWarnings("unchecked")
  public K keyAt(int i) {
    return (K) keysAndValues[2 * i];
  }

  /** The value of entry {@code i}, in order from 0 to {@code size() - 1}. */
  @SuppressWarnings("unchecked")
  public V valueAt(int i) {
    return (V) keysAndValues[2 * i + 1];
  }

  private int indexOf(Object key) {
    if (key == null) {
      return -1;
    }
    if (lookup instanceof HashMap<?, ?> index) {
      Integer at = (Integer) index.get(key);
      return at == null ? -1 : at;
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
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) keysAndValues[i + 1];
  }

  @Override
  public boolean containsValue(Object value) {
    for (int i = 1, end = 2 * size; i < end; i += 2) {
      if (java.util.Objects.equals(value, keysAndValues[i])) { // a snapshot may hold nulls
        return true;
      }
    }
    return false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
    for (int i = 0, end = 2 * size; i < end; i += 2) {
      action.accept((K) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
  }

  /** As {@link Map#hashCode}, without an entry object per entry. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0, end = 2 * size; i < end; i += 2) {
      h += java.util.Objects.hashCode(keysAndValues[i]) ^ java.util.Objects.hashCode(keysAndValues[i + 1]);
    }
    return h;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new Entries(); // not kept: a field would cost every decoded map 8 bytes
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
