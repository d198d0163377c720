package io.parley.interop;

import io.parley.interop.thrifttest.ThriftTest;
import io.parley.runtime.Bytes;
import java.util.List;
import java.util.UUID;

/** Checks the methods that echo one scalar: strings, bool, integers at their extremes, doubles, binary, uuid. */
final class BaseTypeChecks {
  private BaseTypeChecks() {}

  static void run(ThriftTest t, Checks c, boolean skipUuid) {
    c.returns("testVoid()", () -> {
      t.testVoid();
      return null;
    });
    for (String s : List.of("Test", "", "Python".repeat(20), TestStrings.ESCAPES, TestStrings.ASTRAL,
        TestStrings.LANGUAGES)) {
      c.same("testString(" + Show.brief(s) + ")", s, () -> t.testString(s));
    }
    for (boolean b : new boolean[] {true, false}) {
      c.same("testBool(" + b + ")", b, () -> t.testBool(b));
    }
    for (byte b : new byte[] {1, 0, -1, 63, -127, Byte.MIN_VALUE, Byte.MAX_VALUE}) {
      c.same("testByte(" + b + ")", b, () -> t.testByte(b));
    }
    for (int i : new int[] {-1, 0, 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      c.same("testI32(" + i + ")", i, () -> t.testI32(i));
    }
    for (long l : new long[] {1, 0, -34359738368L, Long.MIN_VALUE, Long.MAX_VALUE}) {
      c.same("testI64(" + l + ")", l, () -> t.testI64(l));
    }
    for (double d : new double[] {-5.325098235, -5.235098235, 0.0, -1.0, -0.000341012439638598279,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE, -0.0,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
      // Double.equals compares bits (NaN equals NaN, -0.0 differs from 0.0): the wire must keep them.
      c.same("testDouble(" + d + ")", d, () -> t.testDouble(d));
    }
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    for (Bytes b : List.of(Bytes.wrap(all), Bytes.EMPTY)) {
      c.same("testBinary(" + Show.value(b) + ")", b, () -> t.testBinary(b));
    }
    if (!skipUuid) {
      for (String u : List.of("00112233-4455-6677-8899-aabbccddeeff", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6")) {
        UUID uuid = UUID.fromString(u);
        c.same("testUuid(" + u + ")", uuid, () -> t.testUuid(uuid));
      }
    }
  }
}
