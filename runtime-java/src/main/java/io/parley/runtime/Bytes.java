package io.parley.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable sequence of bytes: the Java type of Thrift's {@code binary}. Equal by content, so
 * generated values that hold binary fields keep working equals and hashCode.
 */
public final class Bytes {
  /** No bytes. */
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static Bytes copyOf(byte[] bytes) {
    return new Bytes(bytes.clone());
  }

  /** The UTF-8 encoding of {@code text}, as binary constants in an IDL are written. */
  public static Bytes utf8(String text) {
    return new Bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Takes ownership of {@code bytes} without copying; for decoders that made a fresh array.
   * The caller must never change the array afterwards.
   */
  public static Bytes wrap(byte[] bytes) {
    return new Bytes(bytes);
  }

  /** The number of bytes. */
  public int size() {
    return bytes.length;
  }

  /** The byte at {@code index}. */
  public byte get(int index) {
    return bytes[index];
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** A read-only view, without copying. */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /**
   * The backing array, for encoders only: it must not be changed.
   */
  public byte[] unsafeArray() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Hex, shortened for long values: {@code Bytes[3: 0a0b0c]}. */
  @Override
  public String toString() {
    StringBuilder hex = new StringBuilder();
    int shown = Math.min(bytes.length, 32);
    for (int i = 0; i < shown; i++) {
      hex.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
    }
    return "Bytes[" + bytes.length + ": " + hex + (shown < bytes.length ? "..." : "") + "]";
  }
}
