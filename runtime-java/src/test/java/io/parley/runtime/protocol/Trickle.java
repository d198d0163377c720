package io.parley.runtime.protocol;

import java.io.InputStream;

/** An input stream that hands out one byte per read, like a slow network. */
final class Trickle extends InputStream {
  private final byte[] bytes;
  private int pos;

  Trickle(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public int read() {
    return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int c = read();
    if (c < 0) {
      return -1;
    }
    b[off] = (byte) c;
    return 1;
  }
}
