package io.parley.interop;

import io.parley.interop.thrifttest.Insanity;
import io.parley.interop.thrifttest.Numberz;
import io.parley.interop.thrifttest.ThriftTest;
import io.parley.interop.thrifttest.Xtruct;
import io.parley.interop.thrifttest.Xtruct2;
import java.util.List;
import java.util.Map;

/** Checks structs, nested structs, testInsanity and testMulti. */
final class StructChecks {
  private StructChecks() {}

  static void run(ThriftTest t, Checks c) {
    Xtruct zero = xtruct("Zero", 1, -3, -5);
    c.same("testStruct(" + zero + ")", zero, () -> t.testStruct(zero));
    for (Xtruct2 nest : List.of(
        Xtruct2.builder().byte_thing((byte) 1).struct_thing(zero).i32_thing(5).build(),
        Xtruct2.builder().byte_thing((byte) 0).struct_thing(zero).i32_thing(0).build())) {
      c.same("testNest(" + nest + ")", nest, () -> t.testNest(nest));
    }

    Insanity insane = Insanity.builder()
        .userMap(Map.of(Numberz.EIGHT, 8L, Numberz.FIVE, 5L))
        .xtructs(List.of(xtruct("Goodbye4", 4, 4, 4), xtruct("Hello2", 2, 2, 2)))
        .build();
    c.matches("testInsanity(" + insane + ")",
        "{1={TWO=argument, THREE=argument}, 2={SIX=an empty Insanity}}",
        () -> t.testInsanity(insane), whoa -> insane(whoa, insane));

    Xtruct multi = xtruct("Hello2", 74, 0xff00ff, 0xffffffffd0d0L);
    c.same("testMulti(74, 16711935, 281474976698576, {0=abc}, FIVE, 15790320)", multi,
        () -> t.testMulti((byte) 74, 0xff00ff, 0xffffffffd0d0L, Map.of((short) 0, "abc"), Numberz.FIVE, 0xf0f0f0));
  }

  /**
   * Whether testInsanity answered as the contract says. The empty Insanity is accepted with its
   * containers unset or empty, since some Thrift libraries write empty containers for unset ones.
   */
  private static boolean insane(Map<Long, Map<Numberz, Insanity>> whoa, Insanity argument) {
    if (whoa.size() != 2 || !whoa.containsKey(1L) || !whoa.containsKey(2L)) {
      return false;
    }
    Map<Numberz, Insanity> first = whoa.get(1L);
    Map<Numberz, Insanity> second = whoa.get(2L);
    if (!first.equals(Map.of(Numberz.TWO, argument, Numberz.THREE, argument))
        || second.size() != 1 || !second.containsKey(Numberz.SIX)) {
      return false;
    }
    Insanity six = second.get(Numberz.SIX);
    return (six.userMap() == null || six.userMap().isEmpty()) && (six.xtructs() == null || six.xtructs().isEmpty());
  }

  static Xtruct xtruct(String s, int b, int i32, long i64) {
    return Xtruct.builder().string_thing(s).byte_thing((byte) b).i32_thing(i32).i64_thing(i64).build();
  }
}
