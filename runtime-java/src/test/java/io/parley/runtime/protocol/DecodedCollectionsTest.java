package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecodedCollectionsTest {
  @Test
  void aListBehavesLikeAnImmutableListOfItsElements() {
    List<String> list = DecodedList.own(new Object[] {"a", "b", "c"});
    assertEquals(List.of("a", "b", "c"), list);
    assertEquals(list, List.of("a", "b", "c"));
    assertEquals(List.of("a", "b", "c").hashCode(), list.hashCode());
    assertEquals("[a, b, c]", list.toString());
    assertThrows(UnsupportedOperationException.class, () -> list.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, "d"));
    assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(3));
    Object[] copy = list.toArray();
    copy[0] = "z";
    assertEquals("a", list.get(0));
    assertEquals(List.of(), DecodedList.own(new Object[0]));
  }

  @Test
  void primitiveListsEqualBoxedOnes() {
    int[] ints = {0, -1, 127, 128, Integer.MAX_VALUE, Integer.MIN_VALUE};
    List<Integer> boxedInts = new ArrayList<>();
    for (int i : ints) {
      boxedInts.add(i);
    }
    List<Integer> intList = DecodedList.ofInts(ints);
    assertEquals(boxedInts, intList);
    assertEquals(intList, boxedInts);
    assertEquals(boxedInts.hashCode(), intList.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> intList.add(1));

    long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40};
    List<Long> boxedLongs = new ArrayList<>();
    for (long l : longs) {
      boxedLongs.add(l);
    }
    List<Long> longList = DecodedList.ofLongs(longs);
    assertEquals(boxedLongs, longList);
    assertEquals(boxedLongs.hashCode(), longList.hashCode());
    assertEquals(List.of(), DecodedList.ofInts(new int[0]));
  }

  @Test
  void aSmallMapKeepsWireOrderAndAnswersLikeALinkedHashMap() {
    Map<String, Integer> map = DecodedMap.own(new Object[] {"b", 2, "a", 1, "c", 3});
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("b", 2);
    expected.put("a", 1);
    expected.put("c", 3);
    assertEquals(expected, map);
    assertEquals(map, expected);
    assertEquals(expected.hashCode(), map.hashCode());
    assertEquals("{b=2, a=1, c=3}", map.toString());
    assertEquals(List.of("b", "a", "c"), new ArrayList<>(map.keySet()));
    assertEquals(List.of(2, 1, 3), new ArrayList<>(map.values()));
    assertEquals(1, map.get("a"));
    assertNull(map.get("d"));
    assertNull(map.get(null));
    assertTrue(map.containsKey("c"));
    assertFalse(map.containsKey(null));
    assertTrue(map.containsValue(3));
    assertThrows(UnsupportedOperationException.class, () -> map.put("d", 4));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
    assertThrows(UnsupportedOperationException.class, map::clear);
    Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
    Map.Entry<String, Integer> first = it.next();
    assertThrows(UnsupportedOperationException.class, () -> first.setValue(9));
    assertThrows(UnsupportedOperationException.class, it::remove);
    it.next();
    it.next();
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }

  @Test
  void aKeySentTwiceKeepsItsFirstPlaceAndLastValue() {
    Map<String, Integer> map = DecodedMap.own(new Object[] {"a", 1, "b", 2, "a", 3, "b", 4, "c", 5});
    assertEquals(3, map.size());
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(map.keySet()));
    assertEquals(List.of(3, 4, 5), new ArrayList<>(map.values()));
  }

  @Test
  void largerMapsAreHashedAtEverySizeAroundTheThreshold() {
    for (int n = 0; n <= DecodedMap.MAX_SCANNED + 2; n++) {
      Object[] kv = new Object[2 * n + 2];
      Map<Integer, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        kv[2 * i] = i * 7;
        kv[2 * i + 1] = "v" + i;
        expected.put(i * 7, "v" + i);
      }
      // and the first key again, with a new value
      kv[2 * n] = 0;
      kv[2 * n + 1] = "again";
      expected.put(0, "again");
      Map<Integer, String> map = DecodedMap.own(kv);
      assertEquals(expected, map, "n = " + n);
      assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()), "n = " + n);
      assertEquals(expected.hashCode(), map.hashCode());
      for (int i = 0; i < n; i++) {
        assertEquals(expected.get(i * 7), map.get(i * 7));
      }
      assertThrows(UnsupportedOperationException.class, () -> map.put(-1, "x"));
    }
    assertEquals(Map.of(), DecodedMap.own(new Object[0]));
  }

  @Test
  void entriesAreWalkedByPositionInOrderAtEverySize() {
    for (int n = 0; n <= DecodedMap.MAX_SCANNED + 2; n++) {
      Map<String, Integer> expected = new LinkedHashMap<>();
      Object[] kv = new Object[2 * n + 2];
      for (int i = 0; i < n; i++) {
        kv[2 * i] = "k" + (n - i);
        kv[2 * i + 1] = i;
        expected.put("k" + (n - i), i);
      }
      kv[2 * n] = "k" + n; // the first key again, with a new value
      kv[2 * n + 1] = -1;
      expected.put("k" + n, -1);
      DecodedMap<String, Integer> map = DecodedMap.of(DecodedMap.own(kv));
      DecodedMap<String, Integer> snapshot = DecodedMap.of(expected);
      for (DecodedMap<String, Integer> m : List.of(map, snapshot)) {
        Map<String, Integer> walked = new LinkedHashMap<>();
        for (int i = 0; i < m.size(); i++) {
          walked.put(m.keyAt(i), m.valueAt(i));
        }
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(walked.entrySet()), "n = " + n);
        assertEquals(expected, m, "n = " + n);
        for (String key : expected.keySet()) {
          assertEquals(expected.get(key), m.get(key), "n = " + n + ", " + key);
        }
      }
      assertTrue(DecodedMap.isImmutable(map));
      // A snapshot of another map is for walking: a builder copies it into a proper one.
      assertFalse(DecodedMap.isImmutable(snapshot));
    }
  }

  @Test
  void keysSentAgainMoveLaterEntriesUpAtEverySize() {
    // Key 0 three times (first, middle, last), key 1 twice, around the hashing threshold.
    for (int n = 3; n <= DecodedMap.MAX_SCANNED + 4; n++) {
      List<Integer> keys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        keys.add(i);
      }
      keys.add(n / 2, 0);
      keys.add(n / 2 + 1, 1);
      keys.add(0);
      Object[] kv = new Object[2 * keys.size()];
      Map<Integer, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        kv[2 * i] = keys.get(i);
        kv[2 * i + 1] = "v" + i;
        expected.put(keys.get(i), "v" + i);
      }
      DecodedMap<Integer, String> map = DecodedMap.of(DecodedMap.own(kv));
      assertEquals(expected.size(), map.size(), "n = " + n);
      int i = 0;
      for (Map.Entry<Integer, String> e : expected.entrySet()) {
        assertEquals(e.getKey(), map.keyAt(i), "n = " + n);
        assertEquals(e.getValue(), map.valueAt(i), "n = " + n);
        assertEquals(e.getValue(), map.get(e.getKey()), "n = " + n);
        i++;
      }
      assertNull(map.get(n));
      assertEquals(expected, map);
      assertEquals(expected.hashCode(), map.hashCode());
      Map<Integer, String> visited = new LinkedHashMap<>();
      map.forEach(visited::put);
      assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(visited.entrySet()));
      assertTrue(map.containsValue(expected.get(0)) && !map.containsValue("absent"));
    }
  }

  @Test
  void aSetKeepsItsOrderAndRefusesChanges() {
    java.util.LinkedHashSet<String> elements = new java.util.LinkedHashSet<>(List.of("c", "a", "b"));
    java.util.Set<String> set = DecodedSet.own(elements);
    assertEquals(List.of("c", "a", "b"), new ArrayList<>(set));
    assertEquals(java.util.Set.of("a", "b", "c"), set);
    assertEquals(java.util.Set.of("a", "b", "c").hashCode(), set.hashCode());
    assertTrue(set.contains("a") && !set.contains("d") && DecodedSet.isImmutable(set));
    assertThrows(UnsupportedOperationException.class, () -> set.add("d"));
    assertThrows(UnsupportedOperationException.class, () -> set.remove("a"));
    assertThrows(UnsupportedOperationException.class, set::clear);
    Iterator<String> it = set.iterator();
    it.next();
    assertThrows(UnsupportedOperationException.class, it::remove);
    assertEquals(java.util.Set.of(), DecodedSet.own(new java.util.LinkedHashSet<>()));
  }
}
