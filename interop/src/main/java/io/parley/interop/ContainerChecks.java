package io.parley.interop;

import io.parley.interop.thrifttest.Numberz;
import io.parley.interop.thrifttest.ThriftTest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks maps, sets, lists (empty ones too), enums, the typedef and the map of maps. */
final class ContainerChecks {
  private ContainerChecks() {}

  static void run(ThriftTest t, Checks c) {
    Map<Integer, Integer> counted = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      counted.put(i, i - 10);
    }
    for (Map<Integer, Integer> m : List.of(counted, Map.of(0, 1, 1, 2, 2, 3, 3, 4, -1, -2), Map.<Integer, Integer>of())) {
      c.same("testMap(" + Show.value(m) + ")", m, () -> t.testMap(m));
    }
    for (Map<String, String> m : List.of(Map.of("a", "2", "b", "blah", "some", "thing"),
        Map.of("", "", "\u30d1\u30a4\u30bd\u30f3", TestStrings.ASTRAL), Map.<String, String>of())) {
      c.same("testStringMap(" + Show.value(m) + ")", m, () -> t.testStringMap(m));
    }
    for (Set<Integer> s : List.of(new LinkedHashSet<>(List.of(-2, -1, 0, 1, 2)), Set.of(8, 1, 42), Set.<Integer>of())) {
      c.same("testSet(" + s + ")", s, () -> t.testSet(s));
    }
    for (List<Integer> l : List.of(List.of(-2, -1, 0, 1, 2), List.of(1, 4, 9, -42), List.<Integer>of())) {
      c.same("testList(" + l + ")", l, () -> t.testList(l));
    }
    for (Numberz n : List.of(Numberz.ONE, Numberz.TWO, Numberz.THREE, Numberz.FIVE, Numberz.EIGHT)) {
      c.same("testEnum(" + n + ")", n, () -> t.testEnum(n));
    }
    for (long id : new long[] {309858235082523L, 0xffffffffffffffL}) {
      c.same("testTypedef(" + id + ")", id, () -> t.testTypedef(id));
    }
    for (int hello : new int[] {1, 42}) {
      c.same("testMapMap(" + hello + ")", Expected.MAP_MAP, () -> t.testMapMap(hello));
    }
  }
}
