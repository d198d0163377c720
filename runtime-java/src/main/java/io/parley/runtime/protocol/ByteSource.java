package io.parley.runtime.protocol;

import io.parley.runtime.Bytes;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.SocketTimeoutException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes to decode, from a byte array range or from an input stream, with a bounds check on every
 * read.
 *
 * <p>Over an array, reading past the end fails with a {@link ProtocolException}: the message is
 * truncated or declares more than it holds. Over a stream, an internal buffer is refilled as
 * needed and grows only as bytes actually arrive, so a peer that declares a huge size and sends
 * little costs little memory; the bytes of one message are capped by a maximum message size.
 * Stream failures surface as {@link TransportException}. Not thread-safe.
 */
public final class ByteSource {
  private static final int STREAM_CAPACITY = 8192;
  // A buffer that grew for a large message is dropped when idle beyond this size.
  private static final int IDLE_CAPACITY = 64 * 1024;
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
  // Multi-byte numbers in one load each (the JIT makes these plain, bounds-checked reads).
  private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream stream;
  private final long maxMessageSize;
  private byte[] buf;
  private int pos;
  private int end;
  // Stream bytes dropped from the front of the buffer, so positions can be compared across refills.
  private long discarded;
  private long messageStart;
  // Where short non-ASCII strings are decoded before their one copy; made on first use.
  private char[] scratch;
  // Whether the array was handed over for good, so decoded binary values may be views of it.
  private boolean owned;

  private ByteSource(InputStream stream, long maxMessageSize, byte[] buf, int pos, int end) {
    this.stream = stream;
    this.maxMessageSize = maxMessageSize;
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  /** A source over all of {@code bytes}. */
  public static ByteSource of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  /** A source over {@code bytes[off, off + len)}. */
  public static ByteSource of(byte[] bytes, int off, int len) {
    ByteSource s = new ByteSource(null, Long.MAX_VALUE, null, 0, 0);
    s.wrap(bytes, off, len);
    return s;
  }

  /** A source that reads {@code in} through its own buffer; one message at most {@code maxMessageSize} bytes. */
  public static ByteSource of(InputStream in, long maxMessageSize) {
    if (in == null) {
      throw new NullPointerException("in == null");
    }
    return new ByteSource(in, maxMessageSize, new byte[STREAM_CAPACITY], 0, 0);
  }

  /**
   * A source over {@code bytes[off, off + len)} that the caller hands over: nobody changes those
   * bytes again (a freshly read frame, say), so binary values are decoded as views of them
   * instead of copies.
   */
  public static ByteSource ofOwned(byte[] bytes, int off, int len) {
    ByteSource s = of(bytes, off, len);
    s.owned = true;
    return s;
  }

  /** Points an array source at new bytes, for reuse; binary values read from them are copies. */
  public void wrap(byte[] bytes, int off, int len) {
    wrap(bytes, off, len, false);
  }

  /**
   * Points an array source at bytes the caller hands over, as {@link #ofOwned}: binary values
   * read from them are views, valid for as long as nobody changes the array.
   */
  public void wrapOwned(byte[] bytes, int off, int len) {
    wrap(bytes, off, len, true);
  }

  private void wrap(byte[] bytes, int off, int len, boolean owned) {
    if (stream != null) {
      throw new IllegalStateException("a stream source cannot wrap an array");
    }
    if (off < 0 || len < 0 || off > bytes.length - len) {
      throw new IndexOutOfBoundsException("off " + off + ", len " + len + ", array " + bytes.length);
    }
    buf = bytes;
    pos = off;
    end = off + len;
    discarded = 0;
    messageStart = off;
    this.owned = owned;
  }

  /** Whether binary values are views of the source's array rather than copies. */
  public boolean owned() {
    return owned;
  }

  /** The bytes buffered and not yet read; for an array source, all that remain. */
  public int available() {
    return end - pos;
  }

  /** The size of the internal buffer; for tests. */
  int capacity() {
    return buf.length;
  }

  /** Marks the start of a message: the maximum message size counts from here. */
  public void startMessage() {
    messageStart = discarded + pos;
  }

  /**
   * Ensures the next {@code n} bytes are present before anything is allocated for them: an array
   * source fails when fewer remain; a stream source reads until they have arrived.
   */
  public void require(long n) {
    if (n > end - pos) {
      fill(n);
    } else if (stream != null) {
      checkMessageSize(n); // already buffered, but maybe beyond this message's allowance
    }
  }

  public byte readByte() {
    if (pos == end) {
      fill(1);
    }
    return buf[pos++];
  }

  public short readShortBE() {
    if (end - pos < 2) {
      fill(2);
    }
    int p = pos;
    pos = p + 2;
    return (short) SHORT_BE.get(buf, p);
  }

  public int readIntBE() {
    if (end - pos < 4) {
      fill(4);
    }
    int p = pos;
    pos = p + 4;
    return (int) INT_BE.get(buf, p);
  }

  public long readLongBE() {
    if (end - pos < 8) {
      fill(8);
    }
    int p = pos;
    pos = p + 8;
    return (long) LONG_BE.get(buf, p);
  }

  public long readLongLE() {
    if (end - pos < 8) {
      fill(8);
    }
    int p = pos;
    pos = p + 8;
    return (long) LONG_LE.get(buf, p);
  }

  /**
   * An unsigned LEB128 varint, keeping the low 32 bits. Like Apache Thrift's C++ reader it accepts
   * up to 10 bytes (some peers sign-extend); a longer one is malformed.
   */
  public int readVarint32() {
    // One byte inline (field ids, lengths, sizes and small numbers); longer ones out of line, so
    // the many call sites a generated reader inlines stay small.
    int p = pos;
    if (p < end) {
      byte x = buf[p];
      if (x >= 0) {
        pos = p + 1;
        return x;
      }
    }
    return readVarint32Long();
  }

  private int readVarint32Long() {
    int p = pos;
    if (end - p < 10) {
      return (int) readVarint64Bytewise();
    }
    // Unrolled, with ten bytes known to be there.
    byte[] b = buf;
    int x = b[p];
    if (x >= 0) {
      pos = p + 1;
      return x;
    }
    int r = x & 0x7F;
    if ((x = b[p + 1]) >= 0) {
      pos = p + 2;
      return r | x << 7;
    }
    r |= (x & 0x7F) << 7;
    if ((x = b[p + 2]) >= 0) {
      pos = p + 3;
      return r | x << 14;
    }
    r |= (x & 0x7F) << 14;
    if ((x = b[p + 3]) >= 0) {
      pos = p + 4;
      return r | x << 21;
    }
    r |= (x & 0x7F) << 21;
    x = b[p + 4];
    r |= x << 28; // only the low four bits fit
    for (int i = 4; i < 10; i++) {
      if (b[p + i] >= 0) {
        pos = p + i + 1;
        return r;
      }
    }
    throw endlessVarint();
  }

  /** An unsigned LEB128 varint of at most 10 bytes. */
  public long readVarint64() {
    int p = pos;
    if (p < end) {
      byte x = buf[p];
      if (x >= 0) {
        pos = p + 1;
        return x;
      }
    }
    return readVarint64Long();
  }

  private long readVarint64Long() {
    int p = pos;
    if (end - p < 10) {
      return readVarint64Bytewise();
    }
    byte[] b = buf;
    int x = b[p];
    if (x >= 0) {
      pos = p + 1;
      return x;
    }
    int r = x & 0x7F;
    if ((x = b[p + 1]) >= 0) {
      pos = p + 2;
      return r | x << 7;
    }
    r |= (x & 0x7F) << 7;
    if ((x = b[p + 2]) >= 0) {
      pos = p + 3;
      return r | x << 14;
    }
    r |= (x & 0x7F) << 14;
    if ((x = b[p + 3]) >= 0) {
      pos = p + 4;
      return r | x << 21;
    }
    long v = r | (x & 0x7FL) << 21;
    for (int i = 4, shift = 28; i < 10; i++, shift += 7) {
      long y = b[p + i];
      v |= (y & 0x7F) << shift;
      if (y >= 0) {
        pos = p + i + 1;
        return v;
      }
    }
    throw endlessVarint();
  }

  private long readVarint64Bytewise() {
    long v = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      byte x = readByte();
      v |= (long) (x & 0x7F) << shift;
      if (x >= 0) {
        return v;
      }
    }
    throw endlessVarint();
  }

  private static ProtocolException endlessVarint() {
    return new ProtocolException(ProtocolException.Kind.INVALID_DATA, "varint longer than 10 bytes");
  }

  /** The next {@code n} bytes as a new array; check {@code n} against the limits first. */
  public byte[] readBytes(int n) {
    require(n);
    byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return out;
  }

  /**
   * The next {@code n} bytes as an immutable value: a view of the array when this source owns
   * it, otherwise a copy. Check {@code n} against the limits first.
   */
  public Bytes readBinary(int n) {
    if (n == 0) {
      return Bytes.EMPTY;
    }
    require(n);
    int p = pos;
    pos = p + n;
    return owned ? Bytes.wrap(buf, p, n) : Bytes.copyOf(buf, p, n);
  }

  /** The next {@code n} bytes decoded as UTF-8 (malformed sequences become U+FFFD). */
  public String readUtf8(int n) {
    if (n == 0) {
      return "";
    }
    require(n);
    int p = pos;
    pos = p + n;
    if (n <= Utf8.MAX_SHORT) {
      char[] chars = scratch;
      if (chars == null) {
        chars = new char[Utf8.MAX_SHORT];
        scratch = chars;
      }
      return Utf8.decodeShort(buf, p, n, chars);
    }
    return new String(buf, p, n, StandardCharsets.UTF_8);
  }

  /**
   * For the compact protocol: a string of at most {@link Utf8#MAX_SHORT} and {@code maxLength}
   * bytes whose one-byte length prefix and bytes are all in an array source, read in one step;
   * otherwise null, having read nothing, and the caller takes the general way.
   */
  String readShortUtf8(int maxLength) {
    int p = pos;
    if (p >= end || stream != null) {
      return null;
    }
    int n = buf[p];
    if (n < 0 || n > maxLength || n > Utf8.MAX_SHORT || n >= end - p) {
      return null;
    }
    pos = p + 1 + n;
    if (n == 0) {
      return "";
    }
    char[] chars = scratch;
    if (chars == null) {
      chars = new char[Utf8.MAX_SHORT];
      scratch = chars;
    }
    return Utf8.decodeShort(buf, p + 1, n, chars);
  }

  /** Skips {@code n} bytes; a stream source skips as they arrive, without buffering them all. */
  public void skip(long n) {
    if (stream == null) {
      if (n > end - pos) {
        throw truncated(n);
      }
      pos += (int) n;
      return;
    }
    checkMessageSize(n);
    while (n > 0) {
      if (pos == end) {
        discarded += end;
        pos = 0;
        end = 0;
        readSome();
      }
      int take = (int) Math.min(n, end - pos);
      pos += take;
      n -= take;
    }
  }

  /**
   * Makes the next {@code n} buffered bytes the content of {@code target}, an array source, and
   * consumes them here: a frame read from a stream without copying. {@code target} is valid until
   * this source is next read.
   */
  public void slice(int n, ByteSource target) {
    require(n);
    target.wrap(buf, pos, n);
    pos += n;
  }

  /**
   * Like {@link #slice}, but hands the buffer holding the bytes over to {@code target} for good
   * ({@link #wrapOwned}): binary values decoded from it are views, which stay valid however this
   * source is read later, because it goes on in a new buffer of its own. Meant for large frames,
   * whose buffer grew for them and would not be kept anyway.
   */
  public void sliceOwned(int n, ByteSource target) {
    require(n);
    byte[] held = buf;
    int p = pos;
    int after = p + n;
    int live = end - after; // bytes of later messages, already read
    byte[] fresh = new byte[Math.max(STREAM_CAPACITY, live)];
    System.arraycopy(held, after, fresh, 0, live);
    discarded += after;
    buf = fresh;
    pos = 0;
    end = live;
    target.wrapOwned(held, p, n);
  }

  /**
   * Waits until at least one byte is available: the start of the next message. Returns false at
   * the end of the stream (or of the array). An idle stream buffer that grew large is released.
   */
  public boolean awaitData() {
    if (pos < end) {
      return true;
    }
    if (stream == null) {
      return false;
    }
    discarded += end;
    pos = 0;
    end = 0;
    if (buf.length > IDLE_CAPACITY) {
      buf = new byte[STREAM_CAPACITY];
    }
    int r = read(0, buf.length);
    if (r < 0) {
      return false;
    }
    end = r;
    return true;
  }

  private void fill(long n) {
    if (stream == null) {
      throw truncated(n);
    }
    checkMessageSize(n);
    int need = (int) n;
    if (buf.length - pos < need) {
      int live = end - pos;
      System.arraycopy(buf, pos, buf, 0, live);
      discarded += pos;
      pos = 0;
      end = live;
    }
    while (end - pos < need) {
      if (end == buf.length) {
        // Grow only when full: memory follows the bytes received, not the size declared.
        buf = Arrays.copyOf(buf, (int) Math.min(pos + (long) need, Math.max(STREAM_CAPACITY, 2L * buf.length)));
      }
      readSome();
    }
  }

  private void readSome() {
    int r = read(end, buf.length - end);
    if (r < 0) {
      throw new TransportException(TransportException.Kind.CLOSED, "connection closed in the middle of a message");
    }
    end += r;
  }

  private int read(int off, int len) {
    try {
      int r;
      do {
        r = stream.read(buf, off, len);
      } while (r == 0);
      return r;
    } catch (SocketTimeoutException e) {
      throw new TransportException(TransportException.Kind.TIMED_OUT, "read timed out", e);
    } catch (IOException e) {
      throw new TransportException(TransportException.Kind.CLOSED, "read failed: " + e.getMessage(), e);
    }
  }

  private void checkMessageSize(long n) {
    long total = discarded + pos + n - messageStart;
    if (n > MAX_ARRAY || total > maxMessageSize) {
      throw new ProtocolException(ProtocolException.Kind.SIZE_LIMIT,
          "message needs " + total + " bytes, more than the limit of " + maxMessageSize);
    }
  }

  private ProtocolException truncated(long n) {
    return new ProtocolException(ProtocolException.Kind.INVALID_DATA,
        "message truncated: " + n + " more bytes needed, " + (end - pos) + " left");
  }
}
