package io.parley.compiler.gen;

import io.parley.compiler.schema.ThriftType;

/** The type codes a value of a schema type carries on the wire, in each protocol. */
public final class WireTypes {
  private WireTypes() {}

  /** The binary protocol's type id of a value of {@code type}. */
  public static int binary(ThriftType type) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case BOOL -> 2;
        case I8 -> 3;
        case I16 -> 6;
        case I32 -> 8;
        case I64 -> 10;
        case DOUBLE -> 4;
        case STRING, BINARY -> 11;
        case UUID -> 16;
      };
    }
    if (t instanceof ThriftType.ListOf) {
      return 15;
    }
    if (t instanceof ThriftType.SetOf) {
      return 14;
    }
    if (t instanceof ThriftType.MapOf) {
      return 13;
    }
    return t instanceof ThriftType.EnumRef ? 8 : 12;
  }

  /**
   * The compact protocol's type nibble of a value of {@code type}; for bool 1, though a bool
   * field's header carries its value as 1 or 2.
   */
  public static int compact(ThriftType type) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case BOOL -> 1;
        case I8 -> 3;
        case I16 -> 4;
        case I32 -> 5;
        case I64 -> 6;
        case DOUBLE -> 7;
        case STRING, BINARY -> 8;
        case UUID -> 13;
      };
    }
    if (t instanceof ThriftType.ListOf) {
      return 9;
    }
    if (t instanceof ThriftType.SetOf) {
      return 10;
    }
    if (t instanceof ThriftType.MapOf) {
      return 11;
    }
    return t instanceof ThriftType.EnumRef ? 5 : 12;
  }
}
