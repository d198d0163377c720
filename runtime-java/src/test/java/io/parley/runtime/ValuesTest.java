package io.parley.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void copiesKeepOrderAndNeverChangeWithTheOriginal() {
    List<String> list = new ArrayList<>(List.of("b", "a"));
    Set<Integer> set = new LinkedHashSet<>(List.of(3, 1, 2));
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("y", 2);
    List<String> listCopy = Values.list(list, "S.l");
    Set<Integer> setCopy = Values.set(set, "S.s");
    Map<String, Integer> mapCopy = Values.map(map, "S.m");
    list.add("c");
    set.add(4);
    map.put("x", 3);
    assertEquals(List.of("b", "a"), listCopy);
    assertEquals(List.of(3, 1, 2), new ArrayList<>(setCopy));
    assertEquals(List.of("z", "y"), new ArrayList<>(mapCopy.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> listCopy.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> setCopy.remove(3));
    assertThrows(UnsupportedOperationException.class, () -> mapCopy.put("w", 0));
    // A copy is copied no more.
    assertSame(listCopy, Values.list(listCopy, "S.l"));
    assertSame(setCopy, Values.set(setCopy, "S.s"));
    assertSame(mapCopy, Values.map(mapCopy, "S.m"));
    assertNull(Values.list(null, "S.l"));
    assertNull(Values.set(null, "S.s"));
    assertNull(Values.map(null, "S.m"));
    // A snapshot made to walk another map is copied into a map of its own.
    Map<String, Integer> snapshot = io.parley.runtime.protocol.DecodedMap.of(map);
    Map<String, Integer> fromSnapshot = Values.map(snapshot, "S.m");
    org.junit.jupiter.api.Assertions.assertNotSame(snapshot, fromSnapshot);
    assertEquals(map, fromSnapshot);
    assertSame(fromSnapshot, Values.map(fromSnapshot, "S.m"));
  }

  @Test
  void listConstantsAreImmutable() {
    List<Integer> list = Values.listOf(3, 1, 2);
    assertEquals(List.of(3, 1, 2), list);
    assertSame(list, Values.list(list, "S.l"));
    assertThrows(UnsupportedOperationException.class, () -> list.add(4));
    assertEquals("element 1 is null",
        assertThrows(NullPointerException.class, () -> Values.listOf("a", null)).getMessage());
  }

  @Test
  void largeMapsStayTheirOwnImmutableKind() {
    Map<Integer, String> big = new LinkedHashMap<>();
    for (int i = 20; i > 0; i--) {
      big.put(i, "v" + i);
    }
    Map<Integer, String> copy = Values.map(big, "S.m");
    assertEquals(big, copy);
    assertEquals(new ArrayList<>(big.keySet()), new ArrayList<>(copy.keySet()));
    assertEquals("v7", copy.get(7));
    assertSame(copy, Values.map(copy, "S.m"));
    assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().iterator().next().setValue("x"));
  }

  @Test
  void nestedCollectionsAreCopiedByTheGivenFunctions() {
    List<Integer> inner = new ArrayList<>(List.of(1));
    Map<String, List<Integer>> map = new HashMap<>(Map.of("k", inner));
    Map<String, List<Integer>> copy = Values.map(map, "S.m", null, v -> Values.list(v, "S.m"));
    inner.add(2);
    assertEquals(List.of(1), copy.get("k"));
    assertThrows(UnsupportedOperationException.class, () -> copy.get("k").add(3));
  }

  @Test
  void nullsAreRefusedNamingTheField() {
    Set<String> set = new LinkedHashSet<>(java.util.Arrays.asList("a", null));
    assertEquals("S.s: element 1 is null",
        assertThrows(NullPointerException.class, () -> Values.set(set, "S.s")).getMessage());
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "v");
    assertEquals("S.m: a key is null",
        assertThrows(NullPointerException.class, () -> Values.map(nullKey, "S.m")).getMessage());
    List<String> withNull = java.util.Arrays.asList("a", "b", null);
    assertEquals("S.l: element 2 is null",
        assertThrows(NullPointerException.class, () -> Values.list(withNull, "S.l")).getMessage());
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertEquals("S.m: the value of key k is null",
        assertThrows(NullPointerException.class, () -> Values.map(nullValue, "S.m")).getMessage());
    assertEquals("key 1 is null",
        assertThrows(NullPointerException.class, () -> Values.mapOf("a", 1, null, 2)).getMessage());
  }

  @Test
  void constantsAreImmutableAndOrdered() {
    Set<String> set = Values.setOf("c", "a", "b");
    Map<String, Integer> map = Values.mapOf("c", 1, "a", 2);
    assertEquals(List.of("c", "a", "b"), new ArrayList<>(set));
    assertEquals(List.of("c", "a"), new ArrayList<>(map.keySet()));
    assertSame(set, Values.set(set, "S.s"));
    assertSame(map, Values.map(map, "S.m"));
    assertThrows(UnsupportedOperationException.class, () -> set.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("c"));
  }
}
