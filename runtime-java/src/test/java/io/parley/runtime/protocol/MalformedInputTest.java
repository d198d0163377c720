package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.RpcException;
import io.parley.runtime.TransportException;
import java.io.ByteArrayInputStream;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Bytes a hostile or broken peer might send, straight into the readers: each fails with a clear
 * error before anything large is allocated, from an array and from a stream alike.
 */
class MalformedInputTest {
  private static final Limits SMALL = new Limits(1 << 20, 1 << 20, 1000, 1000, 64);
  private static final Limits HUGE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
      Integer.MAX_VALUE, 64);

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  /** Runs {@code read} over the bytes from an array, a stream and a byte-at-a-time stream. */
  private static void fails(Protocol protocol, String bytes, Limits limits, ProtocolException.Kind kind,
      String messagePart, Consumer<ProtocolReader> read) {
    byte[] b = hex(bytes);
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> read.accept(Protocols.reader(protocol, b, 0, b.length, limits)));
    assertEquals(kind, e.kind(), e.getMessage());
    assertTrue(e.getMessage().contains(messagePart), bytes + ": " + e.getMessage());
    for (ByteSource stream : new ByteSource[] {ByteSource.of(new ByteArrayInputStream(b), limits.maxMessageSize()),
        ByteSource.of(new Trickle(b), limits.maxMessageSize())}) {
      RpcException s = assertThrows(RpcException.class, () -> read.accept(Protocols.reader(protocol, stream, limits)));
      // A stream has no end of message: running out of bytes is the connection closing, unless
      // the size declared is more than a message may hold.
      if (kind == ProtocolException.Kind.INVALID_DATA && e.getMessage().contains("truncated")) {
        assertTrue(s instanceof TransportException t && t.kind() == TransportException.Kind.CLOSED
            || s instanceof ProtocolException p && p.kind() == ProtocolException.Kind.SIZE_LIMIT, s.toString());
      } else {
        assertEquals(kind, ((ProtocolException) s).kind(), s.getMessage());
      }
    }
  }

  @Test
  void negativeLengths() {
    fails(Protocol.BINARY, "ffffffff", SMALL, ProtocolException.Kind.NEGATIVE_SIZE, "negative string length -1",
        ProtocolReader::readString);
    fails(Protocol.COMPACT, "ffffffff0f", SMALL, ProtocolException.Kind.NEGATIVE_SIZE, "negative", ProtocolReader::readBinary);
    fails(Protocol.BINARY, "08 80000000", SMALL, ProtocolException.Kind.NEGATIVE_SIZE, "negative list size", ProtocolReader::listBegin);
    fails(Protocol.BINARY, "0b 08 fffffffe", SMALL, ProtocolException.Kind.NEGATIVE_SIZE, "negative map size", ProtocolReader::mapBegin);
    fails(Protocol.COMPACT, "f5 ffffffff0f", SMALL, ProtocolException.Kind.NEGATIVE_SIZE, "negative set size", ProtocolReader::setBegin);
    fails(Protocol.COMPACT, "ffffffff0f 55", SMALL, ProtocolException.Kind.NEGATIVE_SIZE, "negative map size", ProtocolReader::mapBegin);
  }

  @Test
  void twoGigabyteStringInATwentyByteMessage() {
    String binary = "7fffffff" + "41".repeat(16);
    String compact = "ffffffff07" + "41".repeat(15);
    fails(Protocol.BINARY, binary, SMALL, ProtocolException.Kind.SIZE_LIMIT, "exceeds the limit of 1000", ProtocolReader::readString);
    fails(Protocol.COMPACT, compact, SMALL, ProtocolException.Kind.SIZE_LIMIT, "exceeds the limit", ProtocolReader::readString);
    // With no length limit, the missing bytes are noticed before allocating.
    fails(Protocol.BINARY, binary, HUGE, ProtocolException.Kind.INVALID_DATA, "truncated", ProtocolReader::readString);
    fails(Protocol.COMPACT, compact, HUGE, ProtocolException.Kind.INVALID_DATA, "truncated", ProtocolReader::readBinary);
    fails(Protocol.BINARY, binary, HUGE, ProtocolException.Kind.INVALID_DATA, "truncated", r -> r.skip(TType.STRING));
  }

  @Test
  void containersLargerThanTheBytesLeft() {
    fails(Protocol.BINARY, "08 000f4240 00000001", HUGE, ProtocolException.Kind.INVALID_DATA, "truncated", ProtocolReader::listBegin);
    fails(Protocol.COMPACT, "f5 c0843d 02", HUGE, ProtocolException.Kind.INVALID_DATA, "truncated", ProtocolReader::listBegin);
    fails(Protocol.COMPACT, "c0843d 88 0000", HUGE, ProtocolException.Kind.INVALID_DATA, "truncated", ProtocolReader::mapBegin);
    fails(Protocol.BINARY, "08 000f4240 00000001", SMALL, ProtocolException.Kind.SIZE_LIMIT, "list of 1000000 elements", ProtocolReader::listBegin);
    fails(Protocol.COMPACT, "ffffffff07 88", SMALL, ProtocolException.Kind.SIZE_LIMIT, "map of 2147483647", ProtocolReader::mapBegin);
  }

  @Test
  void endlessVarints() {
    String eleven = "ff".repeat(11);
    fails(Protocol.COMPACT, eleven, SMALL, ProtocolException.Kind.INVALID_DATA, "varint longer than 10 bytes", ProtocolReader::readI32);
    fails(Protocol.COMPACT, eleven, SMALL, ProtocolException.Kind.INVALID_DATA, "varint", ProtocolReader::readI64);
    fails(Protocol.COMPACT, "80".repeat(40), SMALL, ProtocolException.Kind.INVALID_DATA, "varint", ProtocolReader::readString);
    fails(Protocol.COMPACT, "05 " + eleven, SMALL, ProtocolException.Kind.INVALID_DATA, "varint", r -> r.skip(TType.STRUCT));
  }

  @Test
  void unknownTypeIds() {
    fails(Protocol.BINARY, "11 0001", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 17", r -> {
      r.structBegin();
      r.fieldBegin();
    });
    fails(Protocol.BINARY, "07 0001", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 7", ProtocolReader::fieldBegin);
    fails(Protocol.BINARY, "01 0001", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 1", ProtocolReader::fieldBegin);
    fails(Protocol.BINARY, "00 00000001", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 0", ProtocolReader::listBegin);
    fails(Protocol.BINARY, "63 08 00000001", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 99", ProtocolReader::mapBegin);
    fails(Protocol.COMPACT, "1e", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 14", ProtocolReader::fieldBegin);
    fails(Protocol.COMPACT, "10", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 0", ProtocolReader::fieldBegin);
    fails(Protocol.COMPACT, "1f", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 15", ProtocolReader::listBegin);
    fails(Protocol.COMPACT, "02 0f", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 0", ProtocolReader::mapBegin);
    fails(Protocol.BINARY, "", SMALL, ProtocolException.Kind.INVALID_DATA, "unknown type id 42", r -> r.skip((byte) 42));
  }

  @Test
  void garbageEnvelopes() {
    fails(Protocol.BINARY, "80020001 00000001 6d 00000001", SMALL, ProtocolException.Kind.BAD_VERSION, "version", ProtocolReader::messageBegin);
    fails(Protocol.BINARY, "ffffffff", SMALL, ProtocolException.Kind.BAD_VERSION, "version", ProtocolReader::messageBegin);
    // An HTTP request on a Thrift port: "GET " read as an old-style name length.
    fails(Protocol.BINARY, "47455420 2f20", SMALL, ProtocolException.Kind.SIZE_LIMIT, "exceeds the limit", ProtocolReader::messageBegin);
    fails(Protocol.COMPACT, "47455420", SMALL, ProtocolException.Kind.BAD_VERSION, "protocol id 0x82, got 0x47", ProtocolReader::messageBegin);
    fails(Protocol.COMPACT, "82 22 01 01 6d", SMALL, ProtocolException.Kind.BAD_VERSION, "version 1, got 2", ProtocolReader::messageBegin);
    fails(Protocol.COMPACT, "82 21 " + "ff".repeat(12), SMALL, ProtocolException.Kind.INVALID_DATA, "varint", ProtocolReader::messageBegin);
    fails(Protocol.BINARY, "80010001 00000005 6d", SMALL, ProtocolException.Kind.INVALID_DATA, "truncated", ProtocolReader::messageBegin);
  }

  @Test
  void messageSizeLimitOnAStream() {
    Limits limits = new Limits(1 << 20, 100, 1000, 1000, 64);
    byte[] b = hex("000000c8" + "41".repeat(200));
    ProtocolReader r = Protocols.reader(Protocol.BINARY, ByteSource.of(new ByteArrayInputStream(b), 100), limits);
    ProtocolException e = assertThrows(ProtocolException.class, r::readString);
    assertEquals(ProtocolException.Kind.SIZE_LIMIT, e.kind());
    ByteSource skipping = ByteSource.of(new ByteArrayInputStream(b), 100);
    e = assertThrows(ProtocolException.class,
        () -> Protocols.reader(Protocol.BINARY, skipping, limits).skip(TType.STRING));
    assertEquals(ProtocolException.Kind.SIZE_LIMIT, e.kind());
  }
}
