package io.parley.runtime;

import io.parley.runtime.protocol.DecodedList;
import io.parley.runtime.protocol.DecodedMap;
import io.parley.runtime.protocol.DecodedSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Immutable collections that keep the order their elements were given in: for generated
 * constants and defaults (the IDL's order is the order on the wire), and the copies generated
 * builders and union factories store, so that a value never changes after it was built however
 * the caller's collections change. A collection that is already one of these (decoded, or copied
 * before) is kept as it is. {@code listOf}, {@code setOf} and {@code mapOf} take their elements as
 * they are: they are meant for generated constants, whose elements are immutable too.
 */
public final class Values {
  private Values() {}

  /** An unmodifiable list of {@code elements}, none of them null. */
  @SafeVarargs
  public static <E> List<E> listOf(E... elements) {
    Object[] copy = Arrays.copyOf(elements, elements.length, Object[].class);
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException("element " + i + " is null");
      }
    }
    return DecodedList.own(copy);
  }

  /** An unmodifiable set of {@code elements}, in order. */
  @SafeVarargs
  public static <E> Set<E> setOf(E... elements) {
    return DecodedSet.own(new LinkedHashSet<>(List.of(elements)));
  }

  /** An unmodifiable map of alternating keys and values, in order. */
  public static <K, V> Map<K, V> mapOf(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must pair up: " + keysAndValues.length);
    }
    Object[] copy = keysAndValues.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException((i % 2 == 0 ? "key " : "value ") + i / 2 + " is null");
      }
    }
    return DecodedMap.own(copy);
  }

  /**
   * {@code builder}, after {@code steps} set its fields. Generated constants set the fields of a
   * wide struct literal as statements in {@code steps}: as one chain of calls, hundreds of fields
   * nest so deeply that javac runs out of stack compiling it.
   */
  public static <B> B fill(B builder, Consumer<? super B> steps) {
    steps.accept(builder);
    return builder;
  }

  /**
   * An immutable copy of {@code list}, in order; {@code null} stays {@code null}.
   *
   * @param field the struct and field the list is for, named when an element is null
   */
  public static <E> List<E> list(List<E> list, String field) {
    return list(list, field, null);
  }

  /**
   * Like {@link #list(List, String)}, with each element replaced by {@code elements} applied to
   * it (an immutable copy of a nested collection); null for none.
   */
  public static <E> List<E> list(List<E> list, String field, UnaryOperator<E> elements) {
    if (list == null || DecodedList.isImmutable(list)) {
      return list;
    }
    Object[] copy = list.toArray(new Object[0]);
    for (int i = 0; i < copy.length; i++) {
      copy[i] = element(copy[i], elements, field, i);
    }
    return DecodedList.own(copy);
  }

  /**
   * An immutable copy of {@code set}, in its iteration order; {@code null} stays {@code null}.
   *
   * @param field the struct and field the set is for, named when an element is null
   */
  public static <E> Set<E> set(Set<E> set, String field) {
    return set(set, field, null);
  }

  /** Like {@link #set(Set, String)}, with each element replaced by {@code elements} applied to it. */
  @SuppressWarnings("unchecked")
  public static <E> Set<E> set(Set<E> set, String field, UnaryOperator<E> elements) {
    if (set == null || DecodedSet.isImmutable(set)) {
      return set;
    }
    LinkedHashSet<E> copy = new LinkedHashSet<>(set.size() * 4 / 3 + 1);
    int i = 0;
    for (E e : set) {
      copy.add((E) element(e, elements, field, i++));
    }
    return DecodedSet.own(copy);
  }

  /**
   * An immutable copy of {@code map}, in its iteration order; {@code null} stays {@code null}.
   *
   * @param field the struct and field the map is for, named when a key or value is null
   */
  public static <K, V> Map<K, V> map(Map<K, V> map, String field) {
    return map(map, field, null, null);
  }

  /**
   * Like {@link #map(Map, String)}, with each key and value replaced by {@code keys} and
   * {@code values} applied to it; null for none.
   */
  public static <K, V> Map<K, V> map(Map<K, V> map, String field, UnaryOperator<K> keys, UnaryOperator<V> values) {
    if (map == null || DecodedMap.isImmutable(map)) {
      return map;
    }
    DecodedMap<K, V> entries = DecodedMap.of(map); // a snapshot, however the map changes meanwhile
    Object[] copy = new Object[2 * entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      K key = entries.keyAt(i);
      V value = entries.valueAt(i);
      if (key == null) {
        throw new NullPointerException(field + ": a key is null");
      }
      if (value == null) {
        throw new NullPointerException(field + ": the value of key " + key + " is null");
      }
      copy[2 * i] = keys == null ? key : keys.apply(key);
      copy[2 * i + 1] = values == null ? value : values.apply(value);
    }
    return DecodedMap.own(copy);
  }

  @SuppressWarnings("unchecked")
  private static <E> Object element(Object e, UnaryOperator<E> copy, String field, int index) {
    if (e == null) {
      throw new NullPointerException(field + ": element " + index + " is null");
    }
    return copy == null ? e : copy.apply((E) e);
  }
}
