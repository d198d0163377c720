package io.parley.interop.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The adaptation of Thrift 0.17's processors to libthrift 0.21 touches declarations only. */
class GeneratedJavaAdapterTest {
  private static final String OLD = """
      public static class ping<I extends Iface> extends org.apache.thrift.ProcessFunction<I, ping_args> {
        protected boolean isOneway() {
      public static class ping_result implements org.apache.thrift.TBase<ping_result, ping_result._Fields> {
      public static class ping<I extends AsyncIface> extends org.apache.thrift.AsyncProcessFunction<I, ping_args, java.util.Map<Integer,String>> {
      public static class tick<I extends Iface> extends org.apache.thrift.ProcessFunction<I, tick_args> {
      java.util.Map<java.lang.String, org.apache.thrift.ProcessFunction<I, ? extends  org.apache.thrift.TBase>> a;
      java.util.Map<java.lang.String,  org.apache.thrift.AsyncProcessFunction<I, ? extends  org.apache.thrift.TBase, ?>> b;
      """;

  @Test
  void addsTheResultTypeAndItsFactory() {
    String s = GeneratedJavaAdapter.adapt(OLD);
    assertTrue(s.contains("ProcessFunction<I, ping_args, org.apache.thrift.TBase> {"), s);
    assertTrue(s.contains("AsyncProcessFunction<I, ping_args, java.util.Map<Integer,String>, org.apache.thrift.TBase> {"), s);
    assertTrue(s.contains("return new ping_result();"), s);
    assertTrue(s.contains("return null;"), "a oneway method has no result struct: " + s);
    assertTrue(s.contains("ProcessFunction<I, ? extends org.apache.thrift.TBase, ? extends org.apache.thrift.TBase>> a"), s);
    assertTrue(s.contains("AsyncProcessFunction<I, ? extends org.apache.thrift.TBase, ?, ? extends org.apache.thrift.TBase>> b"), s);
    assertTrue(s.contains("public boolean isOneway()"), s);
  }

  @Test
  void leavesCodeOfTheNewShapeAlone() {
    String current = "extends org.apache.thrift.ProcessFunction<I, ping_args, ping_result> {\n"
        + "extends org.apache.thrift.AsyncProcessFunction<I, ping_args, Void, ping_result> {\n";
    assertEquals(current, GeneratedJavaAdapter.adapt(current));
  }
}
