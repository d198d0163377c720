package io.parley.runtime.protocol;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The immutable set a generated decoder returns, in wire order, and a generated builder stores:
 * a {@link LinkedHashSet} the caller handed over, read through an unmodifiable view.
 *
 * @param <E> the element type
 */
public final class DecodedSet<E> extends AbstractSet<E> {
  private static final DecodedSet<Object> EMPTY = new DecodedSet<>(new LinkedHashSet<>());

  private final Set<E> elements;

  private DecodedSet(LinkedHashSet<E> elements) {
    this.elements = Collections.unmodifiableSet(elements);
  }

  /**
   * A set of {@code elements}, none of them null, which the caller hands over: it must never
   * change or hand out the set again.
   */
  @SuppressWarnings("unchecked")
  public static <E> Set<E> own(LinkedHashSet<E> elements) {
    return elements.isEmpty() ? (Set<E>) EMPTY : new DecodedSet<>(elements);
  }

  /** Whether {@code set} is one of these, which needs no copy to be immutable. */
  public static boolean isImmutable(Set<?> set) {
    return set instanceof DecodedSet;
  }

  @Override
  public Iterator<E> iterator() {
    return elements.iterator();
  }

  @Override
  public int size() {
    return elements.size();
  }

  @Override
  public boolean contains(Object o) {
    return elements.contains(o);
  }
}
