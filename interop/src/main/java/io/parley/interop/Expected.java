package io.parley.interop;

import io.parley.interop.thrifttest.Insanity;
import io.parley.interop.thrifttest.Numberz;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed answers of the conformance contract, shared by the Java server and client. */
final class Expected {
  private Expected() {}

  /** What testMapMap returns, whatever its argument. */
  static final Map<Integer, Map<Integer, Integer>> MAP_MAP = Map.of(
      -4, Map.of(-4, -4, -3, -3, -2, -2, -1, -1),
      4, Map.of(1, 1, 2, 2, 3, 3, 4, 4));

  /** What testInsanity returns for {@code argument}. */
  static Map<Long, Map<Numberz, Insanity>> insanity(Insanity argument) {
    Map<Long, Map<Numberz, Insanity>> result = new LinkedHashMap<>();
    result.put(1L, Map.of(Numberz.TWO, argument, Numberz.THREE, argument));
    result.put(2L, Map.of(Numberz.SIX, Insanity.builder().build()));
    return result;
  }
}
