package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values at the edges of the readers' fast paths: varints at every byte-count boundary, read
 * with and without the ten bytes of slack the unrolled path needs, and strings of ASCII and
 * non-ASCII text at the lengths where the compact length prefix grows.
 */
class BoundariesTest {
  private static List<Long> varints() {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    for (int bits = 7; bits < 64; bits += 7) {
      values.add((1L << bits) - 1);
      values.add(1L << bits);
      values.add((1L << bits) + 1);
    }
    return values;
  }

  /** The source over {@code bytes}: exactly, with trailing slack, or one byte per stream read. */
  private static List<ByteSource> sources(byte[] bytes) {
    byte[] slack = java.util.Arrays.copyOf(bytes, bytes.length + 16);
    return List.of(ByteSource.of(bytes), ByteSource.of(slack, 0, slack.length),
        ByteSource.of(new Trickle(bytes), 1 << 20));
  }

  @Test
  void varint64AtEveryBoundary() {
    for (long v : varints()) {
      ByteSink sink = new ByteSink();
      sink.writeVarint64(v);
      for (ByteSource s : sources(sink.toByteArray())) {
        assertEquals(v, s.readVarint64(), Long.toHexString(v));
      }
    }
  }

  @Test
  void varint32AtEveryBoundary() {
    for (long wide : varints()) {
      int v = (int) wide;
      ByteSink sink = new ByteSink();
      sink.writeVarint32(v);
      for (ByteSource s : sources(sink.toByteArray())) {
        assertEquals(v, s.readVarint32(), Integer.toHexString(v));
      }
    }
  }

  @Test
  void zigzagIntegersAtEveryBoundaryRoundTrip() {
    for (long wide : varints()) {
      for (Protocol protocol : Protocol.values()) {
        ProtocolWriter w = Protocols.writer(protocol);
        w.writeI16((short) wide);
        w.writeI32((int) wide);
        w.writeI64(wide);
        w.writeI64(-wide);
        for (ByteSource s : sources(w.toByteArray())) {
          AbstractProtocolReader r = Protocols.reader(protocol, s, Limits.DEFAULT);
          assertEquals((short) wide, r.readI16());
          assertEquals((int) wide, r.readI32());
          assertEquals(wide, r.readI64());
          assertEquals(-wide, r.readI64());
        }
      }
    }
  }

  @Test
  void aVarintLongerThanTenBytesFailsOnEveryPath() {
    byte[] eleven = new byte[11];
    java.util.Arrays.fill(eleven, (byte) 0x80);
    for (ByteSource s : sources(eleven)) {
      ProtocolException e = assertThrows(ProtocolException.class, s::readVarint64);
      assertEquals(ProtocolException.Kind.INVALID_DATA, e.kind());
    }
    for (ByteSource s : sources(eleven)) {
      assertThrows(ProtocolException.class, s::readVarint32);
    }
  }

  @Test
  void everyReadPathAgreesOnArbitraryBytes() {
    // Random varints of 1 to 11 bytes, canonical or not: the unrolled path (ten bytes of slack)
    // and the bytewise one (exact length, or one byte per stream read) give the same value or
    // the same failure.
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 20_000; round++) {
      int len = 1 + random.nextInt(11);
      byte[] bytes = new byte[len];
      random.nextBytes(bytes);
      for (int i = 0; i < len - 1; i++) {
        bytes[i] |= (byte) 0x80;
      }
      if (len <= 10) {
        bytes[len - 1] &= 0x7F; // complete; eleven bytes are too many whatever the last one is
      }
      List<String> wide = new ArrayList<>();
      List<String> narrow = new ArrayList<>();
      for (ByteSource s : sources(bytes)) {
        wide.add(outcome(s::readVarint64));
      }
      for (ByteSource s : sources(bytes)) {
        narrow.add(outcome(() -> (long) s.readVarint32()));
      }
      String where = java.util.HexFormat.of().formatHex(bytes);
      assertEquals(1, wide.stream().distinct().count(), where + " " + wide);
      assertEquals(1, narrow.stream().distinct().count(), where + " " + narrow);
      if (!wide.get(0).startsWith("fails")) {
        assertEquals(Long.toString((int) Long.parseLong(wide.get(0))), narrow.get(0), where);
      }
    }
  }

  private static String outcome(java.util.function.LongSupplier read) {
    try {
      return Long.toString(read.getAsLong());
    } catch (ProtocolException e) {
      return "fails: " + e.getMessage().replaceAll("[0-9]+ more bytes needed, [0-9]+ left", "");
    }
  }

  @Test
  void truncatedVarintsFail() {
    for (ByteSource s : List.of(ByteSource.of(new byte[] {(byte) 0x80}), ByteSource.of(new byte[0]))) {
      assertThrows(ProtocolException.class, s::readVarint32);
    }
  }

  @Test
  void stringsOfEveryKindAtLengthBoundaries() {
    String[] units = {"a", "é", "✓", "😀"}; // 1, 2, 3 and 4 UTF-8 bytes
    int[] lengths = {0, 1, 2, 15, 16, 127, 128, 129, 16383, 16384, 16385};
    for (String unit : units) {
      for (int n : lengths) {
        for (boolean asciiTail : new boolean[] {false, true}) {
          String s = text(unit, n, asciiTail);
          for (Protocol protocol : Protocol.values()) {
            ProtocolWriter w = Protocols.writer(protocol);
            w.writeString(s);
            w.writeI32(42);
            byte[] bytes = w.toByteArray();
            for (ByteSource source : sources(bytes)) {
              AbstractProtocolReader r = Protocols.reader(protocol, source, Limits.DEFAULT);
              assertEquals(s, r.readString(), () -> protocol + " " + unit + " x" + n);
              assertEquals(42, r.readI32());
            }
          }
        }
      }
    }
  }

  /** {@code bytes} UTF-8 bytes of {@code unit} (as near as whole units go), optionally plus an ASCII tail. */
  private static String text(String unit, int bytes, boolean asciiTail) {
    int unitBytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return unit.repeat(bytes / unitBytes) + (asciiTail ? "z" : "");
  }

  @Test
  void shortCompactStringsKeepTheLengthLimitAndBounds() {
    Limits three = new Limits(1 << 20, 1 << 20, 3, 100, 10);
    assertEquals("abc", new CompactProtocolReader(ByteSource.of(new byte[] {3, 'a', 'b', 'c'}), three).readString());
    ProtocolException tooLong = assertThrows(ProtocolException.class,
        () -> new CompactProtocolReader(ByteSource.of(new byte[] {4, 'a', 'b', 'c', 'd'}), three).readString());
    assertEquals(ProtocolException.Kind.SIZE_LIMIT, tooLong.kind());
    ProtocolException truncated = assertThrows(ProtocolException.class,
        () -> new CompactProtocolReader(ByteSource.of(new byte[] {3, 'a', 'b'}), Limits.DEFAULT).readString());
    assertEquals(ProtocolException.Kind.INVALID_DATA, truncated.kind());
    assertEquals("", new CompactProtocolReader(ByteSource.of(new byte[] {0}), Limits.DEFAULT).readString());
  }
}
