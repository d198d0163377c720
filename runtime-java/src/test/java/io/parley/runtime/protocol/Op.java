package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TSet;
import org.apache.thrift.protocol.TStruct;

/**
 * One protocol call, made the same way on a Parley writer and a libthrift TProtocol, and read back
 * (with its value checked) from a Parley reader or a libthrift TProtocol.
 */
interface Op {
  void write(ProtocolWriter w);

  void write(TProtocol p) throws TException;

  void read(ProtocolReader r);

  void read(TProtocol p) throws TException;

  record Message(String name, byte type, int seqId) implements Op {
    public void write(ProtocolWriter w) { w.messageBegin(name, type, seqId); }
    public void write(TProtocol p) throws TException { p.writeMessageBegin(new TMessage(name, type, seqId)); }
    public void read(ProtocolReader r) { assertEquals(new MessageHeader(name, type, seqId), r.messageBegin()); }
    public void read(TProtocol p) throws TException {
      TMessage m = p.readMessageBegin();
      assertEquals(name, m.name);
      assertEquals(type, m.type);
      assertEquals(seqId, m.seqid);
    }
  }

  record StructBegin() implements Op {
    public void write(ProtocolWriter w) { w.structBegin(); }
    public void write(TProtocol p) throws TException { p.writeStructBegin(new TStruct("s")); }
    public void read(ProtocolReader r) { r.structBegin(); }
    public void read(TProtocol p) throws TException { p.readStructBegin(); }
  }

  record StructEnd() implements Op {
    public void write(ProtocolWriter w) { w.structEnd(); }
    public void write(TProtocol p) throws TException { p.writeStructEnd(); }
    public void read(ProtocolReader r) { r.structEnd(); }
    public void read(TProtocol p) throws TException { p.readStructEnd(); }
  }

  record Field(byte type, short id) implements Op {
    public void write(ProtocolWriter w) { w.fieldBegin(type, id); }
    public void write(TProtocol p) throws TException { p.writeFieldBegin(new TField("f", type, id)); }
    public void read(ProtocolReader r) {
      int h = r.fieldBegin();
      assertEquals(type, ProtocolReader.fieldType(h), "field type");
      assertEquals(id, ProtocolReader.fieldId(h), "field id");
    }
    public void read(TProtocol p) throws TException {
      TField f = p.readFieldBegin();
      assertEquals(type, f.type, "field type");
      assertEquals(id, f.id, "field id");
    }
  }

  /** A whole bool field; libthrift spells it fieldBegin(BOOL) then writeBool. */
  record BoolField(short id, boolean value) implements Op {
    public void write(ProtocolWriter w) { w.fieldBool(id, value); }
    public void write(TProtocol p) throws TException {
      p.writeFieldBegin(new TField("b", org.apache.thrift.protocol.TType.BOOL, id));
      p.writeBool(value);
    }
    public void read(ProtocolReader r) {
      new Field(TType.BOOL, id).read(r);
      assertEquals(value, r.readBool());
    }
    public void read(TProtocol p) throws TException {
      new Field(TType.BOOL, id).read(p);
      assertEquals(value, p.readBool());
    }
  }

  record Stop() implements Op {
    public void write(ProtocolWriter w) { w.fieldStop(); }
    public void write(TProtocol p) throws TException { p.writeFieldStop(); }
    public void read(ProtocolReader r) { assertEquals(0, r.fieldBegin()); }
    public void read(TProtocol p) throws TException { assertEquals(TType.STOP, p.readFieldBegin().type); }
  }

  record ListBegin(byte element, int size) implements Op {
    public void write(ProtocolWriter w) { w.listBegin(element, size); }
    public void write(TProtocol p) throws TException { p.writeListBegin(new TList(element, size)); }
    public void read(ProtocolReader r) {
      assertEquals(size, r.listBegin());
      assertEquals(element, r.elementType());
    }
    public void read(TProtocol p) throws TException {
      TList l = p.readListBegin();
      assertEquals(size, l.size);
      assertEquals(element, l.elemType);
    }
  }

  record SetBegin(byte element, int size) implements Op {
    public void write(ProtocolWriter w) { w.setBegin(element, size); }
    public void write(TProtocol p) throws TException { p.writeSetBegin(new TSet(element, size)); }
    public void read(ProtocolReader r) {
      assertEquals(size, r.setBegin());
      assertEquals(element, r.elementType());
    }
    public void read(TProtocol p) throws TException {
      TSet s = p.readSetBegin();
      assertEquals(size, s.size);
      assertEquals(element, s.elemType);
    }
  }

  /** A map header; the compact protocol does not carry the types of an empty map. */
  record MapBegin(byte key, byte value, int size) implements Op {
    public void write(ProtocolWriter w) { w.mapBegin(key, value, size); }
    public void write(TProtocol p) throws TException { p.writeMapBegin(new TMap(key, value, size)); }
    public void read(ProtocolReader r) {
      assertEquals(size, r.mapBegin());
      if (size > 0) {
        assertEquals(key, r.keyType());
        assertEquals(value, r.valueType());
      }
    }
    public void read(TProtocol p) throws TException {
      TMap m = p.readMapBegin();
      assertEquals(size, m.size);
      if (size > 0) {
        assertEquals(key, m.keyType);
        assertEquals(value, m.valueType);
      }
    }
  }

  record Bool(boolean v) implements Op {
    public void write(ProtocolWriter w) { w.writeBool(v); }
    public void write(TProtocol p) throws TException { p.writeBool(v); }
    public void read(ProtocolReader r) { assertEquals(v, r.readBool()); }
    public void read(TProtocol p) throws TException { assertEquals(v, p.readBool()); }
  }

  record I8(byte v) implements Op {
    public void write(ProtocolWriter w) { w.writeByte(v); }
    public void write(TProtocol p) throws TException { p.writeByte(v); }
    public void read(ProtocolReader r) { assertEquals(v, r.readByte()); }
    public void read(TProtocol p) throws TException { assertEquals(v, p.readByte()); }
  }

  record I16(short v) implements Op {
    public void write(ProtocolWriter w) { w.writeI16(v); }
    public void write(TProtocol p) throws TException { p.writeI16(v); }
    public void read(ProtocolReader r) { assertEquals(v, r.readI16()); }
    public void read(TProtocol p) throws TException { assertEquals(v, p.readI16()); }
  }

  record I32(int v) implements Op {
    public void write(ProtocolWriter w) { w.writeI32(v); }
    public void write(TProtocol p) throws TException { p.writeI32(v); }
    public void read(ProtocolReader r) { assertEquals(v, r.readI32()); }
    public void read(TProtocol p) throws TException { assertEquals(v, p.readI32()); }
  }

  record I64(long v) implements Op {
    public void write(ProtocolWriter w) { w.writeI64(v); }
    public void write(TProtocol p) throws TException { p.writeI64(v); }
    public void read(ProtocolReader r) { assertEquals(v, r.readI64()); }
    public void read(TProtocol p) throws TException { assertEquals(v, p.readI64()); }
  }

  /** A double, compared by its bits so NaN payloads and -0.0 count. */
  record Dbl(double v) implements Op {
    public void write(ProtocolWriter w) { w.writeDouble(v); }
    public void write(TProtocol p) throws TException { p.writeDouble(v); }
    public void read(ProtocolReader r) { assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(r.readDouble())); }
    public void read(TProtocol p) throws TException { assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(p.readDouble())); }
  }

  /** A string; {@code expected} is what comes back (an unpaired surrogate turns into '?'). */
  record Str(String v, String expected) implements Op {
    Str(String v) {
      this(v, v);
    }
    public void write(ProtocolWriter w) { w.writeString(v); }
    public void write(TProtocol p) throws TException { p.writeString(v); }
    public void read(ProtocolReader r) { assertEquals(expected, r.readString()); }
    public void read(TProtocol p) throws TException { assertEquals(expected, p.readString()); }
  }

  record Bin(byte[] v) implements Op {
    public void write(ProtocolWriter w) { w.writeBinary(v); }
    public void write(TProtocol p) throws TException { p.writeBinary(ByteBuffer.wrap(v)); }
    public void read(ProtocolReader r) { assertArrayEquals(v, r.readBinary()); }
    public void read(TProtocol p) throws TException {
      ByteBuffer b = p.readBinary();
      byte[] got = new byte[b.remaining()];
      b.get(got);
      assertArrayEquals(v, got);
    }
    @Override
    public String toString() {
      return "Bin" + Arrays.toString(v);
    }
  }
}
