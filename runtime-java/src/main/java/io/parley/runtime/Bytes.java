package io.parley.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable sequence of bytes: the Java type of Thrift's {@code binary}. Equal by content, so
 * generated values that hold binary fields keep working equals and hashCode.
 *
 * <p>A value may be a view of part of a larger array (a decoded field of a message whose bytes
 * nobody reuses); it is immutable all the same, because whoever made the view promised never to
 * change the array.
 */
public final class Bytes {
  /** No bytes. */
  public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

  private final byte[] array;
  private final int offset;
  private final int length;

  private Bytes(byte[] array, int offset, int length) {
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** A copy of {@code bytes}. */
  public static Bytes copyOf(byte[] bytes) {
    return new Bytes(bytes.clone(), 0, bytes.length);
  }

  /** A copy of {@code bytes[offset, offset + length)}. */
  public static Bytes copyOf(byte[] bytes, int offset, int length) {
    checkRange(bytes, offset, length);
    return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
  }

  /** The UTF-8 encoding of {@code text}, as binary constants in an IDL are written. */
  public static Bytes utf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Bytes(bytes, 0, bytes.length);
  }

  /**
   * Takes ownership of {@code bytes} without copying; for decoders that made a fresh array.
   * The caller must never change the array afterwards.
   */
  public static Bytes wrap(byte[] bytes) {
    return new Bytes(bytes, 0, bytes.length);
  }

  /**
   * A view of {@code bytes[offset, offset + length)} without copying; for decoders that own the
   * array. The caller must never change that range afterwards, or the value changes with it.
   */
  public static Bytes wrap(byte[] bytes, int offset, int length) {
    checkRange(bytes, offset, length);
    return new Bytes(bytes, offset, length);
  }

  private static void checkRange(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset > bytes.length - length) {
      throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + bytes.length);
    }
  }

  /** The number of bytes. */
  public int size() {
    return length;
  }

  /** The byte at {@code index}. */
  public byte get(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + length);
    }
    return array[offset + index];
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(array, offset, offset + length);
  }

  /** A read-only view, without copying. */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(array, offset, length).slice().asReadOnlyBuffer();
  }

  /**
   * An array holding exactly these bytes, for encoders only: it must not be changed. It is the
   * backing array unless this value is a view of part of one, in which case it is a copy; encoders
   * avoid the copy with {@link #backingArray()} and {@link #backingOffset()}.
   */
  public byte[] unsafeArray() {
    return offset == 0 && length == array.length ? array : toByteArray();
  }

  /** The array these bytes are in, from {@link #backingOffset()} for {@link #size()} bytes; it must not be changed. */
  public byte[] backingArray() {
    return array;
  }

  /** Where these bytes start in {@link #backingArray()}. */
  public int backingOffset() {
    return offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other
        && Arrays.equals(array, offset, offset + length, other.array, other.offset, other.offset + other.length);
  }

  /** The same hash as {@link Arrays#hashCode(byte[])} of the bytes. */
  @Override
  public int hashCode() {
    int h = 1;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + array[i];
    }
    return h;
  }

  /** Hex, shortened for long values: {@code Bytes[3: 0a0b0c]}. */
  @Override
  public String toString() {
    StringBuilder hex = new StringBuilder();
    int shown = Math.min(length, 32);
    for (int i = 0; i < shown; i++) {
      byte b = array[offset + i];
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return "Bytes[" + length + ": " + hex + (shown < length ? "..." : "") + "]";
  }
}
