package io.parley.runtime.protocol;

import static io.parley.runtime.protocol.Scenarios.boolField;
import static io.parley.runtime.protocol.Scenarios.concat;
import static io.parley.runtime.protocol.Scenarios.field;
import static io.parley.runtime.protocol.Scenarios.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Skipping unknown fields of every type, and the depth limit while skipping. */
class SkipTest {
  /** A struct whose only known field, id 100, comes after unknown fields of every type. */
  private static List<Op> everyUnknownField() {
    return struct(
        boolField(1, true), boolField(2, false), field(TType.BYTE, 3), new Op.I8((byte) 3),
        field(TType.I16, 4), new Op.I16((short) -4), field(TType.I32, 5), new Op.I32(1 << 30),
        field(TType.I64, 6), new Op.I64(Long.MIN_VALUE), field(TType.DOUBLE, 7), new Op.Dbl(7.5),
        field(TType.STRING, 8), new Op.Str("eight \u00e9"), field(TType.STRING, 9), new Op.Bin(new byte[300]),
        field(TType.STRUCT, 10), struct(boolField(1, true), field(TType.STRUCT, 2), struct(field(TType.I32, 1), new Op.I32(1))),
        field(TType.LIST, 11), new Op.ListBegin(TType.BOOL, 3), new Op.Bool(true), new Op.Bool(false), new Op.Bool(true),
        field(TType.SET, 12), new Op.SetBegin(TType.STRING, 2), new Op.Str("a"), new Op.Str("b"),
        field(TType.MAP, 13), new Op.MapBegin(TType.I32, TType.LIST, 2),
        new Op.I32(1), new Op.ListBegin(TType.STRUCT, 1), struct(boolField(5, false)),
        new Op.I32(2), new Op.ListBegin(TType.DOUBLE, 0),
        field(TType.LIST, 14), new Op.ListBegin(TType.I64, 20), concat(longs(20)),
        field(TType.MAP, 15), new Op.MapBegin(TType.STRING, TType.BOOL, 0),
        field(TType.I32, 100), new Op.I32(4242));
  }

  private static List<Op> longs(int n) {
    return java.util.stream.LongStream.range(0, n).mapToObj(i -> (Op) new Op.I64(i * 1_000_000_007L)).toList();
  }

  private static int readSkippingAllButField100(ProtocolReader r) {
    int found = -1;
    r.structBegin();
    for (int h; (h = r.fieldBegin()) != 0; ) {
      if (ProtocolReader.fieldId(h) == 100 && ProtocolReader.fieldType(h) == TType.I32) {
        found = r.readI32();
      } else {
        r.skip(ProtocolReader.fieldType(h));
      }
    }
    r.structEnd();
    return found;
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void skipsEveryTypeLibthriftWrites(Protocol protocol) throws Exception {
    byte[] bytes = Libthrift.write(protocol, everyUnknownField());
    AbstractProtocolReader r = Protocols.reader(protocol, bytes);
    assertEquals(4242, readSkippingAllButField100(r));
    assertEquals(0, r.source().available());
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void skipsFromAStreamOneByteAtATime(Protocol protocol) {
    byte[] bytes = Libthrift.parley(protocol, everyUnknownField());
    ByteSource source = ByteSource.of(new Trickle(bytes), 1 << 20);
    assertEquals(4242, readSkippingAllButField100(Protocols.reader(protocol, source, Limits.DEFAULT)));
    assertEquals(0, source.available());
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void skipsAWholeStruct(Protocol protocol) {
    byte[] bytes = Libthrift.parley(protocol, concat(everyUnknownField(), new Op.I32(99)));
    ProtocolReader r = Protocols.reader(protocol, bytes);
    r.skip(TType.STRUCT);
    assertEquals(99, r.readI32());
  }

  private static byte[] nestedStructs(Protocol protocol, int depth) {
    ProtocolWriter w = Protocols.writer(protocol);
    for (int i = 0; i < depth; i++) {
      w.structBegin();
      w.fieldBegin(TType.STRUCT, (short) 1);
    }
    w.structBegin();
    w.fieldStop();
    w.structEnd();
    for (int i = 0; i < depth; i++) {
      w.fieldStop();
      w.structEnd();
    }
    return w.toByteArray();
  }

  private static byte[] nestedLists(Protocol protocol, int depth) {
    ProtocolWriter w = Protocols.writer(protocol);
    for (int i = 0; i < depth; i++) {
      w.listBegin(TType.LIST, 1);
    }
    w.listBegin(TType.I32, 0);
    return w.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void skippingStopsAtTheDepthLimit(Protocol protocol) {
    Limits limits = new Limits(1 << 20, 1 << 20, 1 << 20, 1 << 20, 64);
    byte[] ok = nestedStructs(protocol, 63);
    Protocols.reader(protocol, ok, 0, ok.length, limits).skip(TType.STRUCT);
    for (byte[] deep : new byte[][] {nestedStructs(protocol, 64), nestedStructs(protocol, 1000)}) {
      ProtocolException e = assertThrows(ProtocolException.class,
          () -> Protocols.reader(protocol, deep, 0, deep.length, limits).skip(TType.STRUCT));
      assertEquals(ProtocolException.Kind.DEPTH_LIMIT, e.kind());
    }
    byte[] lists = nestedLists(protocol, 1000);
    ProtocolException e = assertThrows(ProtocolException.class,
        () -> Protocols.reader(protocol, lists, 0, lists.length, limits).skip(TType.LIST));
    assertEquals(ProtocolException.Kind.DEPTH_LIMIT, e.kind());
    byte[] shallow = nestedLists(protocol, 63);
    Protocols.reader(protocol, shallow, 0, shallow.length, limits).skip(TType.LIST);
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void readingNestedStructsStopsAtTheDepthLimit(Protocol protocol) {
    byte[] deep = nestedStructs(protocol, 1000);
    ProtocolReader r = Protocols.reader(protocol, deep);
    for (int i = 0; i < 64; i++) {
      r.structBegin();
      r.fieldBegin();
    }
    ProtocolException e = assertThrows(ProtocolException.class, r::structBegin);
    assertEquals(ProtocolException.Kind.DEPTH_LIMIT, e.kind());
  }
}
