package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short-string decoder gives exactly what {@code new String(bytes, UTF_8)} gives, malformed input included. */
class Utf8Test {
  private static void same(byte[] bytes) {
    String expected = new String(bytes, StandardCharsets.UTF_8);
    byte[] framed = new byte[bytes.length + 6];
    System.arraycopy(bytes, 0, framed, 3, bytes.length);
    String actual = Utf8.decodeShort(framed, 3, bytes.length, new char[Utf8.MAX_SHORT]);
    assertEquals(expected, actual, () -> HexFormat.of().formatHex(bytes));
  }

  @Test
  void wellFormedTextOfEveryWidthAndLength() {
    for (String unit : List.of("a", "ÿ", "é", "ā", "✓", "\uFFFF", "😀", "\uD83D\uDE00x", "Zoë Ångström ✓ ")) {
      for (int n = 0; n <= Utf8.MAX_SHORT; n++) {
        StringBuilder b = new StringBuilder();
        while (b.toString().getBytes(StandardCharsets.UTF_8).length + unit.getBytes(StandardCharsets.UTF_8).length <= n) {
          b.append(unit);
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        same(bytes);
        assertEquals(b.toString(), Utf8.decodeShort(bytes, 0, bytes.length, new char[Utf8.MAX_SHORT]));
      }
    }
  }

  @Test
  void malformedInputIsReplacedAsTheJdkDoes() {
    String[] cases = {
      "c0af", "c1bf", "e080af", "eda080", "edbfbf", "f08282ac", "f4908080", "f8888080", "ff", "80", "bf",
      "c3", "e282", "f09f98", "61c3", "61e2826162", "e2", "c328", "e228a1", "f0289f98", "fe", "fffe",
      "efbfbd", "ed9fbf", "ee8080", "f48fbfbf", "f0908080",
    };
    for (String hex : cases) {
      same(HexFormat.of().parseHex(hex));
      same(HexFormat.of().parseHex("41" + hex + "42"));
    }
  }

  @Test
  void randomBytesAgreeWithTheJdk() {
    Random random = new Random(7);
    byte[] alphabet = HexFormat.of().parseHex("00417f80bfc0c1c2c3dfe0e1edeff0f1f4f5f8ff9fa0");
    for (int round = 0; round < 50_000; round++) {
      byte[] bytes = new byte[random.nextInt(Utf8.MAX_SHORT + 1)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt();
      }
      same(bytes);
    }
  }

  @Test
  void randomCodePointsAgreeWithTheJdk() {
    Random random = new Random(11);
    int[] limits = {0x80, 0x100, 0x800, 0x10000, Character.MAX_CODE_POINT + 1};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(24);
      for (int i = 0; i < count; i++) {
        int cp = random.nextInt(limits[random.nextInt(limits.length)]);
        if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
          b.appendCodePoint(cp);
        }
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      if (bytes.length <= Utf8.MAX_SHORT) {
        same(bytes);
      }
    }
  }
}
