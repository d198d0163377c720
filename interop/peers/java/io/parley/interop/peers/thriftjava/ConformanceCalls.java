package io.parley.interop.peers.thriftjava;

import static io.parley.interop.peers.thriftjava.Checks.expect;
import static io.parley.interop.peers.thriftjava.Checks.expectEqual;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.thrift.TApplicationException;
import thrift.test.Insanity;
import thrift.test.Numberz;
import thrift.test.SecondService;
import thrift.test.ThriftTest;
import thrift.test.Xception;
import thrift.test.Xception2;
import thrift.test.Xtruct;
import thrift.test.Xtruct2;

/**
 * The calls and checks of a ThriftTest client, with the values of Apache Thrift's own test clients
 * (lib/java's TestClient and test/py's TestClient.py).
 */
final class ConformanceCalls {
  // The strings of Apache Thrift's test/py/TestClient.py: escapes, quotes, and text in many scripts.
  private static final String ESCAPES = "\b\t\n/\\\\\r{}:パイソン\"";
  private static final String MANY_SCRIPTS = "Afrikaans, Alemannisch, Aragonés, العربية, مصرى,\n"
      + "Asturianu, Aymar aru, Azərbaycan, Башҡорт, Boarisch, Žemaitėška,\n"
      + "Беларуская, Беларуская (тарашкевіца), Български, Bamanankan,\n"
      + "বাংলা, Brezhoneg, Bosanski, Català, Mìng-dĕ̤ng-ngṳ̄, Нохчийн,\n"
      + "Cebuano, ᏣᎳᎩ, Česky, Словѣ́ньскъ / ⰔⰎⰑⰂⰡⰐⰠⰔⰍⰟ, Чӑвашла, Cymraeg,\n"
      + "Dansk, Zazaki, ދިވެހިބަސް, Ελληνικά, Emiliàn e rumagnòl, English,\n"
      + "Kreyòl ayisyen, Magyar, Հայերեն, 日本語, ქართული, ಕನ್ನಡ, 한국어, 中文, 粵語";
  private static final int ONEWAY_SECONDS = 1;

  private final ThriftTest.Client client;
  private final SecondService.Client second;

  /** {@code second} is null when the protocol is not multiplexed. */
  ConformanceCalls(ThriftTest.Client client, SecondService.Client second) {
    this.client = client;
    this.second = second;
  }

  Checks runAll() {
    Checks c = new Checks();
    c.run("testVoid", client::testVoid);
    c.run("testString", () -> {
      for (String s : List.of("Test", "", "Java".repeat(20), ESCAPES, MANY_SCRIPTS)) {
        expectEqual(client.testString(s), s);
      }
    });
    if (second != null) {
      c.run("secondtestString", () -> expectEqual(second.secondtestString("Test2"), "testString(\"Test2\")"));
    }
    c.run("testBool", () -> {
      expectEqual(client.testBool(true), true);
      expectEqual(client.testBool(false), false);
    });
    c.run("testByte", () -> {
      for (byte b : new byte[] {1, 63, -127, 127, -128, 0}) {
        expectEqual(client.testByte(b), b);
      }
    });
    c.run("testI32", () -> {
      for (int i : new int[] {-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
        expectEqual(client.testI32(i), i);
      }
    });
    c.run("testI64", () -> {
      for (long l : new long[] {1, -34359738368L, Long.MAX_VALUE, Long.MIN_VALUE}) {
        expectEqual(client.testI64(l), l);
      }
    });
    // Both protocols carry the 8 bytes of the IEEE double, so the round trip is exact.
    c.run("testDouble", () -> {
      for (double d : new double[] {-5.235098235, 0.0, -1.0, -0.000341012439638598279, Double.MAX_VALUE}) {
        expectEqual(client.testDouble(d), d);
      }
    });
    c.run("testBinary", () -> {
      byte[] data = new byte[256];
      for (int i = 0; i < data.length; i++) {
        data[i] = (byte) (i - 128);
      }
      expectEqual(client.testBinary(ByteBuffer.wrap(data)), ByteBuffer.wrap(data));
      expectEqual(client.testBinary(ByteBuffer.allocate(0)), ByteBuffer.allocate(0));
    });
    Xtruct xtruct = new Xtruct("Zero", (byte) 1, -3, -5);
    c.run("testStruct", () -> expectEqual(client.testStruct(xtruct), xtruct));
    Xtruct2 nest = new Xtruct2((byte) 1, xtruct, 5);
    c.run("testNest", () -> expectEqual(client.testNest(nest), nest));
    c.run("testMap", () -> {
      Map<Integer, Integer> map = new HashMap<>();
      for (int i = 0; i < 5; i++) {
        map.put(i, i - 10);
      }
      expectEqual(client.testMap(map), map);
      expectEqual(client.testMap(Map.of()), Map.of());
    });
    c.run("testStringMap", () -> {
      Map<String, String> map = Map.of("a", "2", "b", "blah", "some", "thing");
      expectEqual(client.testStringMap(map), map);
    });
    c.run("testSet", () -> {
      expectEqual(client.testSet(Set.of(-2, -1, 0, 1, 2)), Set.of(-2, -1, 0, 1, 2));
      expectEqual(client.testSet(Set.of()), Set.of());
    });
    c.run("testList", () -> {
      for (List<Integer> list : List.of(List.of(-2, -1, 0, 1, 2), List.of(1, 4, 9, -42), List.<Integer>of())) {
        expectEqual(client.testList(list), list);
      }
    });
    c.run("testEnum", () -> {
      for (Numberz n : List.of(Numberz.ONE, Numberz.TWO, Numberz.THREE, Numberz.FIVE, Numberz.EIGHT)) {
        expectEqual(client.testEnum(n), n);
      }
    });
    c.run("testTypedef", () -> {
      expectEqual(client.testTypedef(309858235082523L), 309858235082523L);
      expectEqual(client.testTypedef(0xffffffffffffffL), 0xffffffffffffffL);
    });
    c.run("testMapMap", () -> expectEqual(client.testMapMap(1),
        Map.of(-4, Map.of(-4, -4, -3, -3, -2, -2, -1, -1), 4, Map.of(1, 1, 2, 2, 3, 3, 4, 4))));
    c.run("testInsanity", this::insanity);
    c.run("testMulti", () -> expectEqual(
        client.testMulti((byte) 74, 0xff00ff, 0xffffffffd0d0L, Map.of((short) 0, "abc"), Numberz.FIVE, 0xf0f0f0),
        new Xtruct("Hello2", (byte) 74, 0xff00ff, 0xffffffffd0d0L)));
    c.run("testException", this::exceptions);
    c.run("testMultiException", this::multiExceptions);
    c.run("testOneway", () -> {
      long start = System.nanoTime();
      client.testOneway(ONEWAY_SECONDS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      expect(millis < 1000, "testOneway(" + ONEWAY_SECONDS + ") took " + millis + " ms: the client waited for the server");
    });
    // A reply to the oneway call would be read here instead of this call's own.
    c.run("testOnewayThenNormal", () -> expectEqual(client.testString("after oneway"), "after oneway"));
    return c;
  }

  private void insanity() throws Exception {
    Insanity insane = new Insanity();
    insane.setUserMap(Map.of(Numberz.EIGHT, 8L, Numberz.FIVE, 5L));
    insane.setXtructs(List.of(new Xtruct("Goodbye4", (byte) 4, 4, 4), new Xtruct("Hello2", (byte) 2, 2, 2)));
    Map<Long, Map<Numberz, Insanity>> whoa = client.testInsanity(insane);
    expectEqual(whoa.keySet(), Set.of(1L, 2L));
    expectEqual(whoa.get(1L), Map.of(Numberz.TWO, insane, Numberz.THREE, insane));
    expectEqual(whoa.get(2L).keySet(), Set.of(Numberz.SIX));
    Insanity six = whoa.get(2L).get(Numberz.SIX);
    // An empty Insanity may arrive with its containers absent or present and empty.
    expect(six.getUserMapSize() == 0 && six.getXtructsSize() == 0, "expected an empty Insanity, got " + six);
  }

  private void exceptions() throws Exception {
    client.testException("Safe");
    try {
      client.testException("Xception");
      throw new Checks.Failed("testException(\"Xception\") returned");
    } catch (Xception e) {
      expectEqual(e.errorCode + " " + e.message, "1001 Xception");
    }
    try {
      client.testException("TException");
      throw new Checks.Failed("testException(\"TException\") returned");
    } catch (TApplicationException e) {
      // the undeclared error, as expected
    }
    // The connection still works after an undeclared error.
    client.testException("success");
  }

  private void multiExceptions() throws Exception {
    try {
      client.testMultiException("Xception", "test 1");
      throw new Checks.Failed("testMultiException(\"Xception\", …) returned");
    } catch (Xception e) {
      expectEqual(e.errorCode + " " + e.message, "1001 This is an Xception");
    }
    try {
      client.testMultiException("Xception2", "test 2");
      throw new Checks.Failed("testMultiException(\"Xception2\", …) returned");
    } catch (Xception2 e) {
      expectEqual(e.errorCode, 2002);
      expect(e.struct_thing != null, "Xception2 without struct_thing");
      expectEqual(e.struct_thing.string_thing, "This is an Xception2");
    }
    expectEqual(client.testMultiException("success", "test 3").string_thing, "test 3");
  }
}
