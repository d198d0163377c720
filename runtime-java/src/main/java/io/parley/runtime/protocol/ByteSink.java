package io.parley.runtime.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array that protocol writers encode into.
 *
 * <p>Integers go in big- or little-endian or as varints, strings straight from UTF-16 to UTF-8
 * without an intermediate array. The buffer is kept across {@link #reset()} so one sink serves
 * every message of a connection. Not thread-safe.
 */
public final class ByteSink {
  private static final int DEFAULT_CAPACITY = 256;
  // Longer strings are measured before encoding rather than reserving 3 bytes per char.
  private static final int MAX_ONE_PASS_CHARS = 4096;

  private byte[] buf;
  private int size;

  public ByteSink() {
    this(DEFAULT_CAPACITY);
  }

  public ByteSink(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  /** The number of bytes written since the last {@link #reset()}. */
  public int size() {
    return size;
  }

  /** The internal array; bytes {@code [0, size())} are the content. Valid until the next write. */
  public byte[] array() {
    return buf;
  }

  /** The content as a new array. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  /** Empties the sink, keeping its buffer. */
  public void reset() {
    size = 0;
  }

  /** Empties the sink and drops a buffer that grew beyond {@code maxCapacity} for a fresh one. */
  public void reset(int maxCapacity) {
    size = 0;
    if (buf.length > maxCapacity) {
      buf = new byte[DEFAULT_CAPACITY];
    }
  }

  /** Writes the content to {@code out} in one call. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, size);
  }

  private void ensure(int n) {
    if (buf.length - size < n) {
      grow(n);
    }
  }

  private void grow(int n) {
    long wanted = Math.max((long) size + n, (long) buf.length * 2);
    if (wanted > Integer.MAX_VALUE - 8) {
      if ((long) size + n > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("message larger than 2 GB");
      }
      wanted = Integer.MAX_VALUE - 8;
    }
    buf = Arrays.copyOf(buf, (int) wanted);
  }

  public void writeByte(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  public void writeShortBE(int v) {
    ensure(2);
    byte[] b = buf;
    int p = size;
    b[p] = (byte) (v >>> 8);
    b[p + 1] = (byte) v;
    size = p + 2;
  }

  public void writeIntBE(int v) {
    ensure(4);
    putIntBE(size, v);
    size += 4;
  }

  /** Overwrites four bytes at {@code index}, e.g. a frame length reserved before the message. */
  public void putIntBE(int index, int v) {
    byte[] b = buf;
    b[index] = (byte) (v >>> 24);
    b[index + 1] = (byte) (v >>> 16);
    b[index + 2] = (byte) (v >>> 8);
    b[index + 3] = (byte) v;
  }

  public void writeLongBE(long v) {
    ensure(8);
    byte[] b = buf;
    int p = size;
    for (int i = 7; i >= 0; i--) {
      b[p + i] = (byte) v;
      v >>>= 8;
    }
    size = p + 8;
  }

  public void writeLongLE(long v) {
    ensure(8);
    byte[] b = buf;
    int p = size;
    for (int i = 0; i < 8; i++) {
      b[p + i] = (byte) v;
      v >>>= 8;
    }
    size = p + 8;
  }

  /** An unsigned LEB128 varint of the 32 bits of {@code v}: 1 to 5 bytes. */
  public void writeVarint32(int v) {
    ensure(5);
    byte[] b = buf;
    int p = size;
    while ((v & ~0x7F) != 0) {
      b[p++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[p++] = (byte) v;
    size = p;
  }

  /** An unsigned LEB128 varint of the 64 bits of {@code v}: 1 to 10 bytes. */
  public void writeVarint64(long v) {
    ensure(10);
    byte[] b = buf;
    int p = size;
    while ((v & ~0x7FL) != 0) {
      b[p++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[p++] = (byte) v;
    size = p;
  }

  public void writeBytes(byte[] src, int off, int len) {
    ensure(len);
    System.arraycopy(src, off, buf, size, len);
    size += len;
  }

  /**
   * A string with a 4-byte big-endian length prefix (binary protocol). The prefix is reserved,
   * the UTF-8 is encoded behind it and the prefix filled in, so the string is walked once.
   */
  public void writeStringI32Prefixed(String s) {
    int chars = s.length();
    if (chars > MAX_ONE_PASS_CHARS) {
      int len = utf8Length(s);
      writeIntBE(len);
      ensure(len);
      size = encodeUtf8(s, buf, size);
      return;
    }
    ensure(4 + chars * 3);
    int start = size;
    int end = encodeUtf8(s, buf, start + 4);
    putIntBE(start, end - start - 4);
    size = end;
  }

  /**
   * A string with a varint length prefix (compact protocol). Strings up to {@code
   * MAX_ONE_PASS_CHARS} chars are walked once; longer ones are measured first.
   */
  public void writeStringVarintPrefixed(String s) {
    int chars = s.length();
    if (chars > MAX_ONE_PASS_CHARS) {
      int len = utf8Length(s);
      writeVarint32(len);
      ensure(len);
      size = encodeUtf8(s, buf, size);
      return;
    }
    // One pass: UTF-8 is never shorter than its chars, so the prefix takes at least as many bytes
    // as the char count's varint. Reserve those, encode, and move the bytes on in the rare case
    // the real length needs a longer prefix.
    int reserved = varint32Size(chars);
    ensure(5 + chars * 3);
    byte[] b = buf;
    int start = size;
    int end = encodeUtf8(s, b, start + reserved);
    int len = end - start - reserved;
    int needed = varint32Size(len);
    if (needed != reserved) {
      System.arraycopy(b, start + reserved, b, start + needed, len);
      end += needed - reserved;
    }
    int p = start;
    int v = len;
    while ((v & ~0x7F) != 0) {
      b[p++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[p] = (byte) v;
    size = end;
  }

  private static int varint32Size(int v) {
    return v < 1 << 7 ? 1 : v < 1 << 14 ? 2 : v < 1 << 21 ? 3 : v < 1 << 28 ? 4 : 5;
  }

  /**
   * The length of {@code s} in UTF-8, counting an unpaired surrogate as the one byte {@code '?'}
   * that {@link String#getBytes(java.nio.charset.Charset)} puts in its place.
   */
  public static int utf8Length(String s) {
    int n = s.length();
    long len = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        len += 1;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          len += 2; // two chars, four bytes
          i++;
        }
      } else {
        len += 2;
      }
    }
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("string longer than 2 GB in UTF-8");
    }
    return (int) len;
  }

  /** Encodes {@code s} at {@code p}, which has room for 3 bytes per char; returns the new end. */
  private static int encodeUtf8(String s, byte[] b, int p) {
    int n = s.length();
    int i = 0;
    // ASCII runs are the common case; keep that loop trivial.
    for (char c; i < n && (c = s.charAt(i)) < 0x80; i++) {
      b[p++] = (byte) c;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[p++] = '?';
      }
    }
    return p;
  }
}
