package io.parley.compiler.gen.java;

import io.parley.compiler.schema.ConstValue;
import java.util.ArrayList;
import java.util.List;

/**
 * How much JVM code builds a constant's value in generated Java, from above: each value in a
 * collection is pushed with its index, boxed and stored (at most 11 bytes of code); a collection
 * or struct literal adds its own call. A class initializer, like any JVM method, holds at most
 * 65,535 bytes, so large constants are built in methods of their own, and a constant too large
 * for any one method is an error ({@link JavaClassSize}).
 */
final class ConstantCode {
  /** The most code, in bytes, a constant may need: below the JVM's 65,535 with room for the call. */
  static final int MAX_BYTES = 62_000;

  /** A constant built by more code than this gets a method of its own. */
  private static final int OWN_METHOD_BYTES = 2_000;

  /** The code a constants class's initializer may hold; past it, constants get methods of their own. */
  private static final int INITIALIZER_BYTES = 40_000;

  private ConstantCode() {}

  /** The estimated bytes of code that build {@code value}. */
  static long bytes(ConstValue value) {
    if (value instanceof ConstValue.ListValue list) {
      long n = 12;
      for (ConstValue v : list.values()) {
        n += bytes(v);
      }
      return n;
    }
    if (value instanceof ConstValue.MapValue map) {
      long n = 12;
      for (ConstValue.Entry e : map.entries()) {
        n += bytes(e.key()) + bytes(e.value());
      }
      return n;
    }
    if (value instanceof ConstValue.StructValue struct) {
      long n = 8;
      for (ConstValue.FieldValue f : struct.fields()) {
        n += 4 + bytes(f.value());
      }
      return n;
    }
    return 11;
  }

  /**
   * For each of a file's constants in order, whether it is built in a method of its own: large
   * collections, and every collection once the class initializer has grown past its budget.
   */
  static List<Boolean> ownMethods(List<ConstValue> values) {
    List<Boolean> own = new ArrayList<>();
    long initializer = 0;
    for (ConstValue value : values) {
      long bytes = bytes(value);
      boolean apart = built(value) && (bytes > OWN_METHOD_BYTES || initializer + bytes > INITIALIZER_BYTES);
      initializer += apart ? 6 : bytes; // a call and a store
      own.add(apart);
    }
    return own;
  }

  /**
   * Whether the value is built by code at class initialization (a collection or struct literal),
   * rather than being a compile-time constant or a single call: only those may move to a method of
   * their own, so that scalar constants stay usable as {@code case} labels.
   */
  private static boolean built(ConstValue value) {
    return value instanceof ConstValue.ListValue || value instanceof ConstValue.MapValue
        || value instanceof ConstValue.StructValue;
  }
}
