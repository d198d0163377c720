package io.parley.runtime.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes short UTF-8 strings with a single allocation for the String's own bytes.
 *
 * <p>The JDK's decoder is fastest for ASCII but builds a non-ASCII string through up to three
 * arrays (a Latin-1 attempt, a UTF-16 buffer of twice the byte length, a trimmed copy). Here
 * ASCII is checked by a scan and copied as Latin-1; anything else is decoded into a reused char
 * buffer and copied once. Input that is not well-formed UTF-8 goes to the JDK, so malformed
 * sequences become U+FFFD exactly as {@code new String(bytes, UTF_8)} makes them.
 */
final class Utf8 {
  /** Strings up to this many bytes are decoded here; longer ones by the JDK's vectorised decoder. */
  static final int MAX_SHORT = 64;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /**
   * {@code bytes[off, off + len)} as a String; {@code scratch} holds at least {@code len} chars
   * and {@code len <= MAX_SHORT}.
   */
  static String decodeShort(byte[] bytes, int off, int len, char[] scratch) {
    int end = off + len;
    int i = off;
    // Eight bytes per step while no byte has its top bit set, then byte by byte.
    while (end - i >= 8 && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
      i += 8;
    }
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    if (i == end) {
      return latin1(bytes, off, len);
    }
    return decodeFrom(bytes, off, len, i, scratch);
  }

  /** Decodes a string whose first non-ASCII byte is at {@code i}; apart, so the ASCII path inlines. */
  private static String decodeFrom(byte[] bytes, int off, int len, int i, char[] scratch) {
    int end = off + len;
    int n = 0;
    for (int j = off; j < i; j++) {
      scratch[n++] = (char) bytes[j];
    }
    while (i < end) {
      int b1 = bytes[i];
      if (b1 >= 0) {
        scratch[n++] = (char) b1;
        i++;
      } else if ((b1 & 0xE0) == 0xC0) {
        if (end - i < 2 || (b1 & 0x1E) == 0 || !continuation(bytes[i + 1])) {
          return jdk(bytes, off, len); // truncated, overlong or not a continuation
        }
        scratch[n++] = (char) (((b1 & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
        i += 2;
      } else if ((b1 & 0xF0) == 0xE0) {
        if (end - i < 3 || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
          return jdk(bytes, off, len);
        }
        char c = (char) (((b1 & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
        if (c < 0x800 || Character.isSurrogate(c)) {
          return jdk(bytes, off, len); // overlong, or an encoded surrogate
        }
        scratch[n++] = c;
        i += 3;
      } else if ((b1 & 0xF8) == 0xF0) {
        if (end - i < 4 || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return jdk(bytes, off, len);
        }
        int cp = ((b1 & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
            | (bytes[i + 3] & 0x3F);
        if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
          return jdk(bytes, off, len);
        }
        scratch[n++] = Character.highSurrogate(cp);
        scratch[n++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return jdk(bytes, off, len);
      }
    }
    return new String(scratch, 0, n);
  }

  /**
   * ASCII bytes as a String: a plain copy into a Latin-1 string. The old high-byte constructor
   * does exactly that, without the charset dispatch of the others.
   */
  @SuppressWarnings("deprecation")
  private static String latin1(byte[] bytes, int off, int len) {
    return new String(bytes, 0, off, len);
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static String jdk(byte[] bytes, int off, int len) {
    return new String(bytes, off, len, StandardCharsets.UTF_8);
  }
}
