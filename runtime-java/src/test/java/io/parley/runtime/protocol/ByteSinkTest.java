package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSinkTest {
  /** Random strings over the whole UTF-16 range, surrogates (paired or not) included. */
  @Test
  void utf8MatchesTheJdkEncoderForAnyString() {
    Random random = new Random(42);
    for (int i = 0; i < 3000; i++) {
      int n = random.nextInt(i % 10 == 0 ? 6000 : 60);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < n; j++) {
        int kind = random.nextInt(5);
        sb.append(switch (kind) {
          case 0 -> (char) random.nextInt(0x80);
          case 1 -> (char) (0x80 + random.nextInt(0x780));
          case 2 -> (char) (0xD800 + random.nextInt(0x800));
          default -> (char) random.nextInt(0x10000);
        });
      }
      String s = sb.toString();
      byte[] expected = s.getBytes(StandardCharsets.UTF_8);
      assertEquals(expected.length, ByteSink.utf8Length(s));
      ByteSink binary = new ByteSink(16);
      binary.writeStringI32Prefixed(s);
      assertArrayEquals(expected, Arrays.copyOfRange(binary.toByteArray(), 4, binary.size()), s);
      assertEquals(expected.length, ByteSource.of(binary.toByteArray()).readIntBE());
      ByteSink compact = new ByteSink(16);
      compact.writeStringVarintPrefixed(s);
      ByteSource in = ByteSource.of(compact.toByteArray());
      assertEquals(expected.length, in.readVarint32());
      assertArrayEquals(expected, in.readBytes(in.available()));
    }
  }

  /** Where the UTF-8 length needs a longer varint than the char count, the bytes move over. */
  @Test
  void compactPrefixesAreMinimalAtEveryLengthBoundary() {
    for (String unit : new String[] {"a", "\u00e9", "\u2713", "\ud83d\ude00"}) {
      for (int count : new int[] {0, 1, 42, 43, 63, 64, 65, 126, 127, 128, 129, 2047, 2048, 4095, 4096, 4097, 6000}) {
        String s = unit.repeat(count);
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        ByteSink sink = new ByteSink(8);
        sink.writeByte(0x7E); // not at the start of the buffer
        sink.writeStringVarintPrefixed(s);
        sink.writeByte(0x7F);
        ByteSource in = ByteSource.of(sink.toByteArray());
        assertEquals(0x7E, in.readByte());
        int before = in.available();
        assertEquals(expected.length, in.readVarint32(), unit + " x " + count);
        int width = before - in.available();
        assertEquals(expected.length < 128 ? 1 : expected.length < 16384 ? 2 : 3, width, unit + " x " + count);
        assertArrayEquals(expected, in.readBytes(expected.length), unit + " x " + count);
        assertEquals(0x7F, in.readByte());
        assertEquals(0, in.available());
      }
    }
  }

  @Test
  void resetKeepsTheBufferUnlessItGrewTooLarge() {
    ByteSink sink = new ByteSink();
    sink.writeBytes(new byte[100_000], 0, 100_000);
    byte[] grown = sink.array();
    sink.reset();
    assertEquals(0, sink.size());
    assertEquals(grown, sink.array());
    sink.writeLongLE(0x0102030405060708L);
    assertArrayEquals(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}, sink.toByteArray());
    sink.reset(1024);
    assertEquals(256, sink.array().length);
  }
}
