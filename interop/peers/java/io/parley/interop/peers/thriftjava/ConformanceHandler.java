package io.parley.interop.peers.thriftjava;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.thrift.TException;
import thrift.test.Insanity;
import thrift.test.Numberz;
import thrift.test.SecondService;
import thrift.test.ThriftTest;
import thrift.test.Xception;
import thrift.test.Xception2;
import thrift.test.Xtruct;
import thrift.test.Xtruct2;

/** ThriftTest and SecondService behaving exactly as the header of ThriftTest.thrift states. */
final class ConformanceHandler implements ThriftTest.Iface, SecondService.Iface {
  @Override public void testVoid() {}

  @Override public String testString(String thing) {
    return thing;
  }

  @Override public boolean testBool(boolean thing) {
    return thing;
  }

  @Override public byte testByte(byte thing) {
    return thing;
  }

  @Override public int testI32(int thing) {
    return thing;
  }

  @Override public long testI64(long thing) {
    return thing;
  }

  @Override public double testDouble(double thing) {
    return thing;
  }

  @Override public ByteBuffer testBinary(ByteBuffer thing) {
    return thing;
  }

  @Override public Xtruct testStruct(Xtruct thing) {
    return thing;
  }

  @Override public Xtruct2 testNest(Xtruct2 thing) {
    return thing;
  }

  @Override public Map<Integer, Integer> testMap(Map<Integer, Integer> thing) {
    return thing;
  }

  @Override public Map<String, String> testStringMap(Map<String, String> thing) {
    return thing;
  }

  @Override public Set<Integer> testSet(Set<Integer> thing) {
    return thing;
  }

  @Override public List<Integer> testList(List<Integer> thing) {
    return thing;
  }

  @Override public Numberz testEnum(Numberz thing) {
    return thing;
  }

  @Override public long testTypedef(long thing) {
    return thing;
  }

  @Override public Map<Integer, Map<Integer, Integer>> testMapMap(int hello) {
    return Map.of(-4, Map.of(-4, -4, -3, -3, -2, -2, -1, -1), 4, Map.of(1, 1, 2, 2, 3, 3, 4, 4));
  }

  @Override public Map<Long, Map<Numberz, Insanity>> testInsanity(Insanity argument) {
    return Map.of(1L, Map.of(Numberz.TWO, argument, Numberz.THREE, argument),
        2L, Map.of(Numberz.SIX, new Insanity()));
  }

  @Override public Xtruct testMulti(byte arg0, int arg1, long arg2, Map<Short, String> arg3, Numberz arg4, long arg5) {
    return new Xtruct("Hello2", arg0, arg1, arg2);
  }

  @Override public void testException(String arg) throws TException {
    if (arg.equals("Xception")) {
      throw new Xception(1001, arg);
    }
    if (arg.equals("TException")) {
      // Not declared: libthrift answers with a TApplicationException (INTERNAL_ERROR).
      throw new TException("This is a TException");
    }
  }

  @Override public Xtruct testMultiException(String arg0, String arg1) throws TException {
    if (arg0.equals("Xception")) {
      throw new Xception(1001, "This is an Xception");
    }
    if (arg0.equals("Xception2")) {
      Xtruct thing = new Xtruct();
      thing.setString_thing("This is an Xception2");
      throw new Xception2(2002, thing);
    }
    Xtruct result = new Xtruct();
    result.setString_thing(arg1);
    return result;
  }

  @Override public void testOneway(int secondsToSleep) {
    try {
      Thread.sleep(secondsToSleep * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override public String secondtestString(String thing) {
    return "testString(\"" + thing + "\")";
  }
}
