package io.parley.runtime.protocol;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The immutable list a generated decoder returns (the array it filled, wrapped once without a
 * copy) and a generated builder stores. Elements are never null. Lists of i32 and i64 decode
 * into primitive arrays and box an element only when it is asked for, so decoding them allocates
 * no boxes.
 *
 * @param <E> the element type
 */
public final class DecodedList<E> extends AbstractList<E> implements RandomAccess {
  private static final DecodedList<Object> EMPTY = new DecodedList<>(new Object[0]);

  private final Object[] elements;

  private DecodedList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * A list of {@code elements}, which the caller hands over: it must never change or hand out the
   * array again.
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> own(Object[] elements) {
    return elements.length == 0 ? (List<E>) EMPTY : new DecodedList<>(elements);
  }

  /** Whether {@code list} is one of these, which needs no copy to be immutable. */
  public static boolean isImmutable(List<?> list) {
    return list instanceof DecodedList || list instanceof Ints || list instanceof Longs;
  }

  /** A list of the i32 values in {@code elements}, which the caller hands over. */
  public static List<Integer> ofInts(int[] elements) {
    return new Ints(elements);
  }

  /** A list of the i64 values in {@code elements}, which the caller hands over. */
  public static List<Long> ofLongs(long[] elements) {
    return new Longs(elements);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(elements);
  }

  /** i32 elements, boxed on access. */
  private static final class Ints extends AbstractList<Integer> implements RandomAccess {
    private final int[] elements;

    Ints(int[] elements) {
      this.elements = elements;
    }

    @Override
    public Integer get(int index) {
      return elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(elements);
    }
  }

  /** i64 elements, boxed on access. */
  private static final class Longs extends AbstractList<Long> implements RandomAccess {
    private final long[] elements;

    Longs(long[] elements) {
      this.elements = elements;
    }

    @Override
    public Long get(int index) {
      return elements[index];
    }

    @Override
    public int size() {
      return elements.length;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(elements);
    }
  }
}
