package io.parley.interop;

import io.parley.interop.thrifttest.Insanity;
import io.parley.interop.thrifttest.Numberz;
import io.parley.interop.thrifttest.ThriftTest;
import io.parley.interop.thrifttest.Xception;
import io.parley.interop.thrifttest.Xception2;
import io.parley.interop.thrifttest.Xtruct;
import io.parley.interop.thrifttest.Xtruct2;
import io.parley.runtime.Bytes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The behaviour every conformance server implements, as the header of {@code ThriftTest.thrift}
 * states it: echo the argument, or build the fixed answers of testMapMap, testInsanity, testMulti
 * and the exception methods.
 */
public final class ThriftTestHandler implements ThriftTest {
  /** Released on shutdown, so that a sleeping testOneway does not hold the server up. */
  private final CountDownLatch stopping = new CountDownLatch(1);

  /** Wakes every testOneway that is sleeping, and makes later ones return at once. */
  public void stop() {
    stopping.countDown();
  }

  @Override
  public void testVoid() {}

  @Override
  public String testString(String thing) {
    return thing;
  }

  @Override
  public boolean testBool(boolean thing) {
    return thing;
  }

  @Override
  public byte testByte(byte thing) {
    return thing;
  }

  @Override
  public int testI32(int thing) {
    return thing;
  }

  @Override
  public long testI64(long thing) {
    return thing;
  }

  @Override
  public double testDouble(double thing) {
    return thing;
  }

  @Override
  public Bytes testBinary(Bytes thing) {
    return thing;
  }

  @Override
  public UUID testUuid(UUID thing) {
    return thing;
  }

  @Override
  public Xtruct testStruct(Xtruct thing) {
    return thing;
  }

  @Override
  public Xtruct2 testNest(Xtruct2 thing) {
    return thing;
  }

  @Override
  public Map<Integer, Integer> testMap(Map<Integer, Integer> thing) {
    return thing;
  }

  @Override
  public Map<String, String> testStringMap(Map<String, String> thing) {
    return thing;
  }

  @Override
  public Set<Integer> testSet(Set<Integer> thing) {
    return thing;
  }

  @Override
  public List<Integer> testList(List<Integer> thing) {
    return thing;
  }

  @Override
  public Numberz testEnum(Numberz thing) {
    return thing;
  }

  @Override
  public long testTypedef(long thing) {
    return thing;
  }

  @Override
  public Map<Integer, Map<Integer, Integer>> testMapMap(int hello) {
    return Expected.MAP_MAP;
  }

  @Override
  public Map<Long, Map<Numberz, Insanity>> testInsanity(Insanity argument) {
    return Expected.insanity(argument);
  }

  @Override
  public Xtruct testMulti(byte arg0, int arg1, long arg2, Map<Short, String> arg3, Numberz arg4, long arg5) {
    return Xtruct.builder().string_thing("Hello2").byte_thing(arg0).i32_thing(arg1).i64_thing(arg2).build();
  }

  @Override
  public void testException(String arg) throws Xception {
    if (arg.equals("Xception")) {
      throw Xception.builder().errorCode(1001).message(arg).build();
    }
    if (arg.equals("TException")) {
      // Undeclared: the server answers with an INTERNAL_ERROR application error.
      throw new UndeclaredFailure("This is a TException");
    }
  }

  @Override
  public Xtruct testMultiException(String arg0, String arg1) throws Xception, Xception2 {
    if (arg0.equals("Xception")) {
      throw Xception.builder().errorCode(1001).message("This is an Xception").build();
    }
    if (arg0.equals("Xception2")) {
      throw Xception2.builder().errorCode(2002)
          .struct_thing(Xtruct.builder().string_thing("This is an Xception2").build()).build();
    }
    return Xtruct.builder().string_thing(arg1).build();
  }

  @Override
  public void testOneway(int secondsToSleep) {
    try {
      stopping.await(secondsToSleep, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
