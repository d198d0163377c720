package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.ProtocolException;
import io.parley.runtime.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class ByteSourceTest {
  @Test
  void arraySourceReadsARangeAndStopsAtItsEnd() {
    byte[] b = {9, 0, 1, 2, 3, 4, 5, 6, 7, 9};
    ByteSource s = ByteSource.of(b, 1, 8);
    assertEquals(0x00010203, s.readIntBE());
    assertEquals(4, s.available());
    ProtocolException e = assertThrows(ProtocolException.class, s::readLongBE);
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(s.awaitData());
  }

  @Test
  void streamGrowsOnlyAsBytesArrive() {
    // Declares 10 MB and sends 20 bytes: the buffer stays at its starting size.
    byte[] twenty = new byte[20];
    ByteSource s = ByteSource.of(new ByteArrayInputStream(twenty), Integer.MAX_VALUE);
    TransportException e = assertThrows(TransportException.class, () -> s.readUtf8(10_000_000));
    assertEquals(TransportException.Kind.CLOSED, e.kind());
    assertEquals(8192, s.capacity());
  }

  @Test
  void streamReadsALargeValueAcrossManyRefills() {
    byte[] big = new byte[300_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    ByteSource s = ByteSource.of(new Chunked(big, 1000), Integer.MAX_VALUE);
    s.readByte();
    byte[] got = s.readBytes(big.length - 1);
    for (int i = 1; i < big.length; i++) {
      assertEquals(big[i], got[i - 1]);
    }
    assertFalse(s.awaitData());
  }

  @Test
  void sliceExposesAFrameWithoutCopying() {
    byte[] b = {0, 0, 0, 3, 'a', 'b', 'c', 0, 0, 0, 1, 'd'};
    ByteSource s = ByteSource.of(new Trickle(b), 100);
    ByteSource frame = ByteSource.of(new byte[0]);
    for (String expected : new String[] {"abc", "d"}) {
      assertTrue(s.awaitData());
      s.startMessage();
      s.slice(s.readIntBE(), frame);
      assertEquals(expected, frame.readUtf8(expected.length()));
      assertEquals(0, frame.available());
    }
    assertFalse(s.awaitData());
  }

  @Test
  void messageSizeCountsFromTheStartOfEachMessage() {
    byte[] b = new byte[300];
    ByteSource s = ByteSource.of(new ByteArrayInputStream(b), 100);
    for (int i = 0; i < 3; i++) {
      s.startMessage();
      s.skip(100);
    }
    s.startMessage();
    assertThrows(ProtocolException.class, () -> s.require(101));
  }

  @Test
  void idleBufferThatGrewIsReleased() {
    byte[] big = new byte[200_000];
    ByteSource s = ByteSource.of(new ByteArrayInputStream(big), Integer.MAX_VALUE);
    s.readBytes(big.length);
    assertTrue(s.capacity() >= big.length);
    assertFalse(s.awaitData());
    assertEquals(8192, s.capacity());
  }

  @Test
  void streamFailuresBecomeTransportExceptions() {
    InputStream slow = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new SocketTimeoutException("Read timed out");
      }
    };
    assertEquals(TransportException.Kind.TIMED_OUT,
        assertThrows(TransportException.class, () -> ByteSource.of(slow, 10).readByte()).kind());
    InputStream reset = new SequenceInputStream(new ByteArrayInputStream(new byte[1]), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Connection reset");
      }
    });
    ByteSource s = ByteSource.of(reset, 10);
    s.readByte();
    TransportException e = assertThrows(TransportException.class, s::readByte);
    assertEquals(TransportException.Kind.CLOSED, e.kind());
    assertTrue(e.getMessage().contains("Connection reset"));
  }

  @Test
  void varintsOfEveryLength() {
    ByteSink sink = new ByteSink();
    long[] values = {0, 1, 127, 128, 16383, 16384, (1L << 35) - 1, Long.MAX_VALUE, -1, Long.MIN_VALUE};
    for (long v : values) {
      sink.writeVarint64(v);
    }
    sink.writeVarint32(-1);
    ByteSource s = ByteSource.of(sink.toByteArray());
    for (long v : values) {
      assertEquals(v, s.readVarint64());
    }
    assertEquals(-1, s.readVarint32());
    assertEquals(0, s.available());
    // A sign-extended 10-byte varint still reads as an int.
    sink.reset();
    sink.writeVarint64(-5L);
    assertEquals(-5, ByteSource.of(sink.toByteArray()).readVarint32());
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f},
        java.util.Arrays.copyOf(sinkOf(-1).toByteArray(), 5));
  }

  private static ByteSink sinkOf(int v) {
    ByteSink s = new ByteSink();
    s.writeVarint32(v);
    return s;
  }

  /** Hands out at most {@code chunk} bytes per read. */
  private static final class Chunked extends ByteArrayInputStream {
    private final int chunk;

    Chunked(byte[] b, int chunk) {
      super(b);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
