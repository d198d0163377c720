package io.parley.compiler.schema;

import java.util.List;

/** An evaluated constant, already converted to the type it was declared with. */
public sealed interface ConstValue {

  /** A {@code bool}. */
  record BoolValue(boolean value) implements ConstValue {}

  /** An {@code i8}, {@code i16}, {@code i32} or {@code i64}, checked against its range. */
  record IntValue(long value) implements ConstValue {}

  /** A {@code double}. */
  record DoubleValue(double value) implements ConstValue {}

  /** A {@code string} or {@code binary} (the literal's characters). */
  record StringValue(String value) implements ConstValue {}

  /** A {@code uuid}, in its canonical lower-case form. */
  record UuidValue(java.util.UUID value) implements ConstValue {}

  /** One value of an enum. */
  record EnumValue(Symbol enumSymbol, String name, int value) implements ConstValue {}

  /** A {@code list} or {@code set}, in source order. */
  record ListValue(List<ConstValue> values) implements ConstValue {
    public ListValue {
      values = List.copyOf(values);
    }
  }

  /** A {@code map}, in source order. */
  record MapValue(List<Entry> entries) implements ConstValue {
    public MapValue {
      entries = List.copyOf(entries);
    }
  }

  /** One pair of a map value. */
  record Entry(ConstValue key, ConstValue value) {}

  /** A struct, union or exception literal: the fields it sets, in source order. */
  record StructValue(Symbol symbol, List<FieldValue> fields) implements ConstValue {
    public StructValue {
      fields = List.copyOf(fields);
    }
  }

  /** One field set by a struct literal. */
  record FieldValue(String name, int id, ConstValue value) {}
}
