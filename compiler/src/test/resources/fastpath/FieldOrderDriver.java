import fastpath.Color;
import fastpath.Every;
import fastpath.Leaf;
import fastpath.Narrow;
import fastpath.Pick;
import io.parley.runtime.Bytes;
import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.protocol.ByteSource;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.protocol.TType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Seeded random messages for {@code Every} and {@code Narrow}, written field by field through a
 * ProtocolWriter: fields in declaration order with gaps, in any order, repeated, unknown (ids
 * below, between and past the declared ones, of every type) and mistyped. The compact decoders
 * (declaration-order path, then the id switch; from an array and from a stream trickling in) and
 * the general decoders (binary) must all read what Thrift's rules say: the last well-typed value
 * of each known field, everything else skipped, and a missing required field an error. The same bytes cut short or damaged at random may only
 * fail with a ProtocolException, never with another exception.
 */
public final class FieldOrderDriver {
  private FieldOrderDriver() {}

  /** A value on the wire: its type, how to write it, and what a decoder makes of it. */
  record Value(byte type, Consumer<ProtocolWriter> write, Object java) {}

  /** A field of Every this driver writes: its id, wire type, random values and builder setter. */
  record Known(short id, byte type, java.util.function.Function<Random, Value> values,
      BiConsumer<Every.Builder, Object> set) {}

  /** One field of a message: {@code known} is null for an unknown id; {@code valid} is false when mistyped. */
  record Written(short id, Value value, Known known, boolean valid) {}

  static final List<Known> KNOWN = List.of(
      new Known((short) 1, TType.BOOL, FieldOrderDriver::bool, (b, v) -> b.flag((Boolean) v)),
      new Known((short) 2, TType.BYTE, FieldOrderDriver::i8, (b, v) -> b.tiny((Byte) v)),
      new Known((short) 3, TType.I16, FieldOrderDriver::i16, (b, v) -> b.small((Short) v)),
      new Known((short) 4, TType.I32, FieldOrderDriver::i32, (b, v) -> b.medium((Integer) v)),
      new Known((short) 5, TType.I64, FieldOrderDriver::i64, (b, v) -> b.large((Long) v)),
      new Known((short) 6, TType.DOUBLE, FieldOrderDriver::f64, (b, v) -> b.ratio((Double) v)),
      new Known((short) 7, TType.STRING, FieldOrderDriver::string, (b, v) -> b.text((String) v)),
      new Known((short) 8, TType.STRING, FieldOrderDriver::binary, (b, v) -> b.data((Bytes) v)),
      new Known((short) 9, TType.I32, FieldOrderDriver::color, (b, v) -> b.color((Color) v)),
      new Known((short) 10, TType.STRUCT, FieldOrderDriver::leaf, (b, v) -> b.leaf((Leaf) v)),
      new Known((short) 11, TType.LIST, FieldOrderDriver::ints, (b, v) -> b.ints(cast(v))),
      new Known((short) 13, TType.SET, FieldOrderDriver::tags, (b, v) -> b.tags(cast(v))),
      new Known((short) 14, TType.MAP, FieldOrderDriver::counts, (b, v) -> b.counts(cast(v))),
      new Known((short) 22, TType.STRUCT, FieldOrderDriver::pick, (b, v) -> b.pick((Pick) v)),
      new Known((short) 24, TType.STRING, FieldOrderDriver::string, (b, v) -> b.maybe((String) v)),
      new Known((short) 25, TType.STRING, FieldOrderDriver::string, (b, v) -> b.must((String) v)),
      new Known((short) 47, TType.BOOL, FieldOrderDriver::bool, (b, v) -> b.farFlag((Boolean) v)),
      new Known((short) 300, TType.I32, FieldOrderDriver::i32, (b, v) -> b.farInt((Integer) v)));

  /** Ids Every does not declare: before, between and after its own, far ones and negative ones. */
  static final short[] UNKNOWN = {0, 33, 40, 46, 48, 100, 299, 301, 1000, 32767, -1, -7, -300};

  @SuppressWarnings("unchecked")
  static <T> T cast(Object value) {
    return (T) value;
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  public static void run() {
    Random random = new Random(20261122);
    int errors = 0;
    for (int round = 0; round < 4000; round++) {
      List<Written> message = message(random);
      Object expectedEvery = expectedEvery(message);
      Narrow.Builder narrow = Narrow.builder();
      boolean narrowMust = false;
      for (Written w : message) {
        if (w.valid() && w.id() == 7) {
          narrow.text((String) w.value().java());
        } else if (w.valid() && w.id() == 25) {
          narrow.must((String) w.value().java());
          narrowMust = true;
        } else if (w.valid() && w.id() == 300) {
          narrow.farInt((Integer) w.value().java());
        }
      }
      Object expectedNarrow = narrowMust ? narrow.build() : "missing";
      for (Protocol protocol : Protocol.values()) {
        byte[] bytes = write(protocol, message);
        String what = protocol + " round " + round + " " + describe(message);
        Object every = outcome(() -> Every.read(Protocols.reader(protocol, bytes)));
        check(every.equals(expectedEvery), what + ": Every read as " + every + ", expected " + expectedEvery);
        for (int step : new int[] {1, 7}) {
          Object streamed = outcome(() -> Every.read(Protocols.reader(protocol,
              ByteSource.of(new Trickle(bytes, step), Limits.DEFAULT.maxMessageSize()), Limits.DEFAULT)));
          check(streamed.equals(expectedEvery), what + ": Every read from a stream " + step + " bytes at a time as " + streamed);
        }
        Object narrowRead = outcome(() -> Narrow.read(Protocols.reader(protocol, bytes)));
        check(narrowRead.equals(expectedNarrow), what + ": Narrow read as " + narrowRead + ", expected " + expectedNarrow);
        damage(protocol, bytes, random, what);
        if (every instanceof Every value) {
          ProtocolWriter out = Protocols.writer(protocol);
          value.write(out);
          check(Every.read(Protocols.reader(protocol, out.toByteArray())).equals(value), what + ": round trip");
        } else {
          errors++;
        }
      }
    }
    check(errors > 100, "some messages lacked the required field: " + errors);
    check(refusals > 10_000, "cut and damaged messages were refused: " + refusals);
  }

  /** Every cut of {@code bytes} (of short messages) and a few random damages read as a value or a ProtocolException. */
  static void damage(Protocol protocol, byte[] bytes, Random random, String what) {
    for (int n = 0; n < bytes.length; n += bytes.length < 64 ? 1 : 1 + random.nextInt(16)) {
      byte[] cut = java.util.Arrays.copyOf(bytes, n);
      check(!readsOrRefuses(protocol, cut), what + ": cut at " + n + " read as a value");
    }
    for (int i = 0; i < 3; i++) {
      byte[] bad = bytes.clone();
      for (int j = 1 + random.nextInt(3); j > 0 && bad.length > 0; j--) {
        bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      }
      readsOrRefuses(protocol, bad);
    }
  }

  /** Whether Every or Narrow reads {@code bytes} as a value; fails on any exception but ProtocolException. */
  static int refusals;

  static boolean readsOrRefuses(Protocol protocol, byte[] bytes) {
    boolean read = false;
    for (java.util.function.Supplier<Object> reader : List.<java.util.function.Supplier<Object>>of(
        () -> Every.read(Protocols.reader(protocol, bytes)), () -> Narrow.read(Protocols.reader(protocol, bytes)))) {
      try {
        reader.get();
        read = true;
      } catch (ProtocolException e) {
        refusals++; // what damaged bytes may do, and cut ones must
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError(protocol + " " + java.util.HexFormat.of().formatHex(bytes) + ": " + e, e);
      }
    }
    return read;
  }

  /** A stream handing out at most {@code step} bytes per read, like a slow socket. */
  static final class Trickle extends java.io.InputStream {
    private final byte[] bytes;
    private final int step;
    private int pos;

    Trickle(byte[] bytes, int step) {
      this.bytes = bytes;
      this.step = step;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, step), bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  /** The decoded value, or "missing" when the decoder refused the message for its required field. */
  static Object outcome(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (ProtocolException e) {
      check(e.getMessage().contains("must"), "the error names the missing field: " + e.getMessage());
      return "missing";
    }
  }

  static Object expectedEvery(List<Written> message) {
    Every.Builder builder = Every.builder();
    boolean must = false;
    for (Written w : message) {
      if (w.valid()) {
        w.known().set().accept(builder, w.value().java());
        must |= w.id() == 25;
      }
    }
    return must ? builder.build() : "missing";
  }

  static List<Written> message(Random random) {
    List<Written> fields = new ArrayList<>();
    int count = random.nextInt(KNOWN.size() + 4);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(20);
      if (kind < 2) {
        short id = UNKNOWN[random.nextInt(UNKNOWN.length)];
        fields.add(new Written(id, any(random), null, false));
      } else if (kind < 4) {
        Known known = KNOWN.get(random.nextInt(KNOWN.size()));
        Value value = any(random);
        while (value.type() == known.type()) {
          value = any(random);
        }
        fields.add(new Written(known.id(), value, known, false));
      } else {
        Known known = KNOWN.get(random.nextInt(KNOWN.size()));
        fields.add(new Written(known.id(), known.values().apply(random), known, true));
      }
    }
    if (random.nextInt(10) != 0) {
      Known must = KNOWN.stream().filter(k -> k.id() == 25).findFirst().orElseThrow();
      fields.add(new Written(must.id(), must.values().apply(random), must, true));
    }
    switch (random.nextInt(3)) {
      case 0 -> fields.sort(Comparator.comparingInt(w -> w.id() & 0xFFFF)); // declaration order (stable: repeats stay in order)
      case 1 -> Collections.shuffle(fields, random);
      default -> { } // as drawn
    }
    return fields;
  }

  static byte[] write(Protocol protocol, List<Written> message) {
    ProtocolWriter out = Protocols.writer(protocol);
    out.structBegin();
    for (Written w : message) {
      if (w.value().type() == TType.BOOL) {
        out.fieldBool(w.id(), (Boolean) w.value().java());
      } else {
        out.fieldBegin(w.value().type(), w.id());
        w.value().write().accept(out);
      }
    }
    out.fieldStop();
    out.structEnd();
    return out.toByteArray();
  }

  static String describe(List<Written> message) {
    StringBuilder out = new StringBuilder("[");
    for (Written w : message) {
      out.append(w.id()).append(':').append(w.value().type()).append(w.valid() ? "" : w.known() == null ? "?" : "!").append(' ');
    }
    return out.append(']').toString();
  }

  /** A value of a random wire type. */
  static Value any(Random random) {
    return switch (random.nextInt(11)) {
      case 0 -> bool(random);
      case 1 -> i8(random);
      case 2 -> i16(random);
      case 3 -> i32(random);
      case 4 -> i64(random);
      case 5 -> f64(random);
      case 6 -> string(random);
      case 7 -> leaf(random);
      case 8 -> ints(random);
      case 9 -> tags(random);
      default -> counts(random);
    };
  }

  static Value bool(Random random) {
    boolean v = random.nextBoolean();
    return new Value(TType.BOOL, out -> out.writeBool(v), v);
  }

  static Value i8(Random random) {
    byte v = (byte) random.nextInt();
    return new Value(TType.BYTE, out -> out.writeByte(v), v);
  }

  static Value i16(Random random) {
    short v = (short) (random.nextBoolean() ? random.nextInt(100) - 50 : random.nextInt());
    return new Value(TType.I16, out -> out.writeI16(v), v);
  }

  static Value i32(Random random) {
    int v = random.nextBoolean() ? random.nextInt(200) - 100 : random.nextInt();
    return new Value(TType.I32, out -> out.writeI32(v), v);
  }

  static Value i64(Random random) {
    long v = random.nextBoolean() ? random.nextInt(200) - 100 : random.nextLong();
    return new Value(TType.I64, out -> out.writeI64(v), v);
  }

  static Value f64(Random random) {
    double v = random.nextGaussian() * 1e6;
    return new Value(TType.DOUBLE, out -> out.writeDouble(v), v);
  }

  static Value string(Random random) {
    String[] pieces = {"", "a", "Zoë", "✓", "𝄞", "user", "x".repeat(130)};
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      s.append(pieces[random.nextInt(pieces.length)]);
    }
    String v = s.toString();
    return new Value(TType.STRING, out -> out.writeString(v), v);
  }

  static Value binary(Random random) {
    byte[] v = new byte[random.nextInt(5) == 0 ? 200 : random.nextInt(8)];
    random.nextBytes(v);
    return new Value(TType.STRING, out -> out.writeBinary(v), Bytes.copyOf(v));
  }

  static Value color(Random random) {
    int[] values = {0, 1, 300, 42, -1};
    int v = values[random.nextInt(values.length)];
    return new Value(TType.I32, out -> out.writeI32(v), Color.of(v));
  }

  static Value leaf(Random random) {
    Leaf.Builder b = Leaf.builder().id(random.nextInt());
    if (random.nextBoolean()) {
      b.label((String) string(random).java());
    }
    Leaf v = b.build();
    return new Value(TType.STRUCT, v::write, v);
  }

  static Value pick(Random random) {
    Pick v = switch (random.nextInt(4)) {
      case 0 -> Pick.number(random.nextLong());
      case 1 -> Pick.text((String) string(random).java());
      case 2 -> Pick.leaf((Leaf) leaf(random).java());
      default -> Pick.flag(random.nextBoolean());
    };
    return new Value(TType.STRUCT, v::write, v);
  }

  static Value ints(Random random) {
    List<Integer> v = new ArrayList<>();
    for (int i = random.nextInt(random.nextInt(8) == 0 ? 40 : 5); i > 0; i--) {
      v.add((Integer) i32(random).java());
    }
    return new Value(TType.LIST, out -> {
      out.listBegin(TType.I32, v.size());
      v.forEach(out::writeI32);
    }, v);
  }

  static Value tags(Random random) {
    Set<String> v = new LinkedHashSet<>();
    for (int i = random.nextInt(20); i > 0; i--) {
      v.add((String) string(random).java());
    }
    return new Value(TType.SET, out -> {
      out.setBegin(TType.STRING, v.size());
      v.forEach(out::writeString);
    }, v);
  }

  static Value counts(Random random) {
    Map<String, Long> v = new LinkedHashMap<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      v.put((String) string(random).java(), (Long) i64(random).java());
    }
    return new Value(TType.MAP, out -> {
      out.mapBegin(TType.STRING, TType.I64, v.size());
      v.forEach((k, x) -> {
        out.writeString(k);
        out.writeI64(x);
      });
    }, v);
  }
}
