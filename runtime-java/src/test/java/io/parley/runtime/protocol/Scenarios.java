package io.parley.runtime.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named sequences of protocol calls covering every type, edge value and nesting. */
final class Scenarios {
  private Scenarios() {}

  static final Op BEGIN = new Op.StructBegin();
  static final Op END = new Op.StructEnd();
  static final Op STOP = new Op.Stop();

  static Op field(byte type, int id) {
    return new Op.Field(type, (short) id);
  }

  static Op boolField(int id, boolean v) {
    return new Op.BoolField((short) id, v);
  }

  /** A struct around {@code body} (ops and lists of ops): begin, the fields, stop, end. */
  static List<Op> struct(Object... body) {
    List<Op> ops = new ArrayList<>();
    ops.add(BEGIN);
    ops.addAll(concat(body));
    ops.add(STOP);
    ops.add(END);
    return ops;
  }

  static List<Op> concat(Object... parts) {
    List<Op> ops = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Op op) {
        ops.add(op);
      } else {
        for (Object o : (List<?>) p) {
          ops.add((Op) o);
        }
      }
    }
    return ops;
  }

  static Map<String, List<Op>> all() {
    Map<String, List<Op>> s = new LinkedHashMap<>();
    s.put("bools", List.of(new Op.Bool(true), new Op.Bool(false)));
    s.put("bytes", List.of(new Op.I8((byte) 0), new Op.I8((byte) 1), new Op.I8((byte) -1),
        new Op.I8(Byte.MIN_VALUE), new Op.I8(Byte.MAX_VALUE)));
    s.put("i16", List.of(new Op.I16((short) 0), new Op.I16((short) -1), new Op.I16((short) 1),
        new Op.I16((short) 63), new Op.I16((short) 64), new Op.I16((short) -64), new Op.I16((short) -65),
        new Op.I16(Short.MIN_VALUE), new Op.I16(Short.MAX_VALUE)));
    List<Op> i32 = new ArrayList<>();
    for (int v : new int[] {0, 1, -1, 63, 64, -64, -65, 8191, 8192, 1 << 20, -(1 << 27), Integer.MIN_VALUE,
        Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1}) {
      i32.add(new Op.I32(v));
    }
    s.put("i32", i32);
    List<Op> i64 = new ArrayList<>();
    for (long v : new long[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 35, -(1L << 49), 1L << 62,
        Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1}) {
      i64.add(new Op.I64(v));
    }
    s.put("i64", i64);
    List<Op> doubles = new ArrayList<>();
    for (double v : new double[] {0.0, -0.0, 1.5, -2.25, Math.PI, Double.MIN_VALUE, Double.MAX_VALUE,
        Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      doubles.add(new Op.Dbl(v));
    }
    s.put("doubles", doubles);
    s.put("strings", List.of(new Op.Str(""), new Op.Str("a"), new Op.Str("hello, world"),
        new Op.Str("caf\u00e9 \u00fc\u00df"), new Op.Str("\u65e5\u672c\u8a9e"), new Op.Str("emoji \uD83D\uDE00!"),
        new Op.Str("nul\u0000inside"), new Op.Str("x".repeat(42)), new Op.Str("\u00e9".repeat(42)),
        new Op.Str("y".repeat(43)), new Op.Str("\u20ac".repeat(100)), new Op.Str("z".repeat(5000)),
        new Op.Str("\u65e5".repeat(5000)), new Op.Str("long ".repeat(40_000))));
    s.put("unpaired surrogates", List.of(new Op.Str("a\uD800b", "a?b"), new Op.Str("\uDC00", "?"),
        new Op.Str("end\uD83D", "end?"), new Op.Str("\uD83D\uD83D\uDE00", "?\uD83D\uDE00")));
    byte[] every = new byte[256];
    for (int i = 0; i < 256; i++) {
      every[i] = (byte) i;
    }
    s.put("binary", List.of(new Op.Bin(new byte[0]), new Op.Bin(new byte[] {0}), new Op.Bin(every),
        new Op.Bin(new byte[70_000])));
    s.put("struct of every type", struct(
        boolField(1, true), field(TType.BYTE, 2), new Op.I8((byte) -7),
        field(TType.I16, 3), new Op.I16((short) 300), field(TType.I32, 4), new Op.I32(-70000),
        field(TType.I64, 5), new Op.I64(1L << 40), field(TType.DOUBLE, 6), new Op.Dbl(6.5),
        field(TType.STRING, 7), new Op.Str("seven"), field(TType.STRING, 8), new Op.Bin(new byte[] {8, 8}),
        boolField(9, false), field(TType.LIST, 10), new Op.ListBegin(TType.I32, 2), new Op.I32(1), new Op.I32(2),
        field(TType.SET, 11), new Op.SetBegin(TType.STRING, 1), new Op.Str("s"),
        field(TType.MAP, 12), new Op.MapBegin(TType.STRING, TType.I64, 1), new Op.Str("k"), new Op.I64(-1)));
    s.put("empty struct", struct());
    s.put("field id deltas", struct(
        field(TType.I32, 1), new Op.I32(1), field(TType.I32, 15), new Op.I32(15),
        field(TType.I32, 16), new Op.I32(16), field(TType.I32, 31), new Op.I32(31),
        field(TType.I32, 47), new Op.I32(47), field(TType.I32, 100), new Op.I32(100),
        field(TType.I32, 99), new Op.I32(99), field(TType.I32, 99), new Op.I32(99),
        field(TType.I32, 32767), new Op.I32(32767)));
    s.put("first field delta 15 and 16", concat(struct(field(TType.BYTE, 15), new Op.I8((byte) 1)),
        struct(field(TType.BYTE, 16), new Op.I8((byte) 1))));
    s.put("negative field ids", struct(field(TType.I32, -1), new Op.I32(1), field(TType.I32, -2), new Op.I32(2),
        field(TType.I32, 3), new Op.I32(3), field(TType.I32, Short.MIN_VALUE), new Op.I32(4),
        boolField(-5, true), boolField(-4, false), field(TType.I32, 0), new Op.I32(0)));
    s.put("bool fields", struct(boolField(1, true), boolField(2, false), boolField(20, true),
        boolField(19, false), boolField(-3, true), boolField(32767, false)));
    s.put("nested structs keep field ids apart", struct(
        field(TType.I32, 5), new Op.I32(5),
        field(TType.STRUCT, 6), struct(field(TType.I32, 1), new Op.I32(1), boolField(40, true),
            field(TType.STRUCT, 2), struct(boolField(3, false)), field(TType.I32, 7), new Op.I32(7)),
        field(TType.I32, 7), new Op.I32(7), boolField(8, true),
        field(TType.LIST, 9), new Op.ListBegin(TType.STRUCT, 2), struct(field(TType.I32, 30), new Op.I32(1)),
        struct(boolField(1, true)), field(TType.I32, 10), new Op.I32(10)));
    s.put("bool elements", concat(new Op.ListBegin(TType.BOOL, 3), new Op.Bool(true), new Op.Bool(false),
        new Op.Bool(true), new Op.SetBegin(TType.BOOL, 2), new Op.Bool(false), new Op.Bool(true),
        new Op.MapBegin(TType.BOOL, TType.BOOL, 2), new Op.Bool(true), new Op.Bool(false),
        new Op.Bool(false), new Op.Bool(true)));
    s.put("empty containers", List.of(new Op.ListBegin(TType.I32, 0), new Op.SetBegin(TType.STRING, 0),
        new Op.ListBegin(TType.BOOL, 0), new Op.MapBegin(TType.STRING, TType.STRUCT, 0),
        new Op.ListBegin(TType.STRUCT, 0), new Op.MapBegin(TType.I32, TType.LIST, 0)));
    List<Op> sizes = new ArrayList<>();
    for (int n : new int[] {1, 14, 15, 16, 127, 128}) {
      sizes.add(new Op.ListBegin(TType.BYTE, n));
      for (int i = 0; i < n; i++) {
        sizes.add(new Op.I8((byte) i));
      }
      sizes.add(new Op.MapBegin(TType.BYTE, TType.BOOL, n));
      for (int i = 0; i < n; i++) {
        sizes.add(new Op.I8((byte) i));
        sizes.add(new Op.Bool(i % 3 == 0));
      }
    }
    s.put("container sizes around 15 and 128", sizes);
    s.put("nested containers", concat(new Op.MapBegin(TType.STRING, TType.LIST, 2),
        new Op.Str("a"), new Op.ListBegin(TType.MAP, 1), new Op.MapBegin(TType.I16, TType.SET, 1), new Op.I16((short) 1),
        new Op.SetBegin(TType.DOUBLE, 2), new Op.Dbl(1), new Op.Dbl(2),
        new Op.Str("b"), new Op.ListBegin(TType.MAP, 0),
        new Op.ListBegin(TType.LIST, 2), new Op.ListBegin(TType.I64, 1), new Op.I64(9), new Op.ListBegin(TType.I64, 0)));
    s.put("uuid type ids in headers", concat(BEGIN, field(TType.UUID, 1), field(TType.UUID, 2), STOP, END));
    List<Op> large = new ArrayList<>();
    large.add(new Op.ListBegin(TType.I32, 100_000));
    for (int i = 0; i < 100_000; i++) {
      large.add(new Op.I32(i * 7919 - 50_000));
    }
    large.add(new Op.MapBegin(TType.I64, TType.STRING, 20_000));
    for (int i = 0; i < 20_000; i++) {
      large.add(new Op.I64(-i));
      large.add(new Op.Str("v" + i));
    }
    s.put("100,000 elements", large);
    s.put("messages", concat(new Op.Message("add", (byte) 1, 1), struct(field(TType.I32, 1), new Op.I32(2)),
        new Op.Message("", (byte) 2, 0), struct(), new Op.Message("Service:method", (byte) 3, -1), struct(),
        new Op.Message("\u00fcber", (byte) 4, Integer.MAX_VALUE), struct(),
        new Op.Message("m".repeat(300), (byte) 1, Integer.MIN_VALUE), struct(boolField(1, true))));
    return s;
  }
}
