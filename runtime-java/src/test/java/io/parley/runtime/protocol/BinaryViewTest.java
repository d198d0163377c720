package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.Bytes;
import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Binary values decoded as {@link Bytes}: copies by default, so they never change when the caller
 * reuses its buffer; views only when the source was handed its bytes for good.
 */
class BinaryViewTest {
  private static final byte[] VALUE = {1, 2, 3, 4, 5};

  private static byte[] encoded(Protocol protocol, byte[]... values) {
    ProtocolWriter w = Protocols.writer(protocol);
    for (byte[] v : values) {
      w.writeBinary(v);
    }
    return w.toByteArray();
  }

  @Test
  void aReusedBufferDoesNotChangeDecodedValues() {
    for (Protocol protocol : Protocol.values()) {
      byte[] buffer = encoded(protocol, VALUE);
      ByteSource source = ByteSource.of(buffer);
      Bytes value = Protocols.reader(protocol, source, Limits.DEFAULT).readBytes();
      Arrays.fill(buffer, (byte) 0x7F); // the caller reuses its buffer for the next message
      assertEquals(Bytes.copyOf(VALUE), value, protocol.name());
      assertArrayEquals(VALUE, value.toByteArray());
      assertFalse(source.owned());
    }
  }

  @Test
  void anOwnedBufferIsViewedWithoutCopying() {
    for (Protocol protocol : Protocol.values()) {
      byte[] buffer = encoded(protocol, VALUE, new byte[0], VALUE);
      ByteSource source = ByteSource.ofOwned(buffer, 0, buffer.length);
      AbstractProtocolReader reader = Protocols.reader(protocol, source, Limits.DEFAULT);
      Bytes first = reader.readBytes();
      Bytes empty = reader.readBytes();
      Bytes second = reader.readBytes();
      assertTrue(source.owned());
      assertSame(buffer, first.backingArray(), "a view, not a copy");
      assertEquals(Bytes.copyOf(VALUE), first);
      assertEquals(Bytes.copyOf(VALUE), second);
      assertEquals(Bytes.copyOf(VALUE).hashCode(), second.hashCode());
      assertSame(Bytes.EMPTY, empty);
      assertEquals(0, source.available());
    }
  }

  @Test
  void wrappingAgainWithoutOwnershipCopiesAgain() {
    byte[] buffer = encoded(Protocol.COMPACT, VALUE);
    ByteSource source = ByteSource.of(new byte[0]);
    source.wrapOwned(buffer, 0, buffer.length);
    assertSame(buffer, new CompactProtocolReader(source, Limits.DEFAULT).readBytes().backingArray());
    source.wrap(buffer, 0, buffer.length);
    Bytes copy = new CompactProtocolReader(source, Limits.DEFAULT).readBytes();
    assertNotSame(buffer, copy.backingArray());
    assertEquals(Bytes.copyOf(VALUE), copy);
  }

  @Test
  void aFrameSlicedFromAStreamIsNeverOwned() {
    // Frames share the stream's buffer, which the next read overwrites: values must be copies.
    byte[] one = encoded(Protocol.BINARY, VALUE);
    byte[] two = encoded(Protocol.BINARY, new byte[] {9, 9, 9, 9, 9});
    byte[] stream = new byte[8 + one.length + two.length];
    ByteSink sink = new ByteSink();
    sink.writeIntBE(one.length);
    sink.writeBytes(one, 0, one.length);
    sink.writeIntBE(two.length);
    sink.writeBytes(two, 0, two.length);
    System.arraycopy(sink.array(), 0, stream, 0, stream.length);
    ByteSource s = ByteSource.of(new java.io.ByteArrayInputStream(stream), 1000);
    ByteSource frame = ByteSource.of(new byte[0]);
    s.slice(s.readIntBE(), frame);
    Bytes first = new BinaryProtocolReader(frame, Limits.DEFAULT).readBytes();
    s.slice(s.readIntBE(), frame);
    Bytes second = new BinaryProtocolReader(frame, Limits.DEFAULT).readBytes();
    assertFalse(frame.owned());
    assertEquals(Bytes.copyOf(VALUE), first);
    assertEquals(Bytes.copyOf(new byte[] {9, 9, 9, 9, 9}), second);
  }

  @Test
  void hostileLengthsFailBeforeAnyView() {
    // compact: length 100 with 2 bytes behind it; then a negative length; then one over the limit
    byte[] truncated = {100, 1, 2};
    ByteSource owned = ByteSource.ofOwned(truncated, 0, truncated.length);
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> new CompactProtocolReader(owned, Limits.DEFAULT).readBytes());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());

    byte[] negative = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
    e = assertThrows(ProtocolException.class,
        () -> new CompactProtocolReader(ByteSource.ofOwned(negative, 0, 5), Limits.DEFAULT).readBytes());
    assertEquals(ProtocolException.Kind.NEGATIVE_SIZE, e.kind());

    byte[] big = encoded(Protocol.COMPACT, new byte[11]);
    Limits ten = new Limits(100, 100, 10, 100, 8);
    e = assertThrows(ProtocolException.class,
        () -> new CompactProtocolReader(ByteSource.ofOwned(big, 0, big.length), ten).readBytes());
    assertEquals(ProtocolException.Kind.SIZE_LIMIT, e.kind());
  }

  @Test
  void aViewIsWrittenAsItsRangeOnly() {
    byte[] around = {7, 1, 2, 3, 4, 5, 7};
    Bytes view = Bytes.wrap(around, 1, 5);
    for (Protocol protocol : Protocol.values()) {
      ProtocolWriter w = Protocols.writer(protocol);
      w.writeBinary(view);
      assertArrayEquals(encoded(protocol, VALUE), w.toByteArray(), protocol.name());
    }
  }
}
