package io.parley.runtime.protocol;

import java.util.UUID;

/**
 * Writes Apache Thrift's binary protocol: fixed-width big-endian integers, length-prefixed strings
 * and strict (versioned) message envelopes, byte for byte as libthrift's TBinaryProtocol does.
 *
 * <p>The one deliberate difference is {@code uuid}: it is written as 16 bytes in big-endian order,
 * as the protocol specification and the C++, Go and .NET libraries do; libthrift for Java 0.21
 * swaps the two 8-byte halves.
 */
public final class BinaryProtocolWriter extends ProtocolWriter {
  static final int VERSION_1 = 0x80010000;

  private final ByteSink out;

  /** A writer with its own buffer. */
  public BinaryProtocolWriter() {
    this(new ByteSink());
  }

  /** A writer that appends to {@code out}. */
  public BinaryProtocolWriter(ByteSink out) {
    if (out == null) {
      throw new NullPointerException("out == null");
    }
    this.out = out;
  }

  /** The buffer this writer appends to. */
  public ByteSink sink() {
    return out;
  }

  @Override
  public void messageBegin(String name, byte type, int seqId) {
    out.writeIntBE(VERSION_1 | (type & 0xFF));
    out.writeStringI32Prefixed(name);
    out.writeIntBE(seqId);
  }

  @Override
  public void structBegin() {}

  @Override
  public void structEnd() {}

  @Override
  public void fieldBegin(byte type, short id) {
    out.writeByte(type);
    out.writeShortBE(id);
  }

  @Override
  public void fieldBool(short id, boolean value) {
    fieldBegin(TType.BOOL, id);
    out.writeByte(value ? 1 : 0);
  }

  @Override
  public void fieldStop() {
    out.writeByte(TType.STOP);
  }

  @Override
  public void listBegin(byte elementType, int size) {
    out.writeByte(elementType);
    out.writeIntBE(size);
  }

  @Override
  public void setBegin(byte elementType, int size) {
    listBegin(elementType, size);
  }

  @Override
  public void mapBegin(byte keyType, byte valueType, int size) {
    out.writeByte(keyType);
    out.writeByte(valueType);
    out.writeIntBE(size);
  }

  @Override
  public void writeBool(boolean value) {
    out.writeByte(value ? 1 : 0);
  }

  @Override
  public void writeByte(byte value) {
    out.writeByte(value);
  }

  @Override
  public void writeI16(short value) {
    out.writeShortBE(value);
  }

  @Override
  public void writeI32(int value) {
    out.writeIntBE(value);
  }

  @Override
  public void writeI64(long value) {
    out.writeLongBE(value);
  }

  @Override
  public void writeDouble(double value) {
    out.writeLongBE(Double.doubleToLongBits(value));
  }

  @Override
  public void writeString(String value) {
    out.writeStringI32Prefixed(value);
  }

  @Override
  public void writeBinary(byte[] value, int off, int len) {
    out.writeIntBE(len);
    out.writeBytes(value, off, len);
  }

  @Override
  public void writeUuid(UUID value) {
    out.writeLongBE(value.getMostSignificantBits());
    out.writeLongBE(value.getLeastSignificantBits());
  }

  @Override
  public int size() {
    return out.size();
  }

  @Override
  public byte[] toByteArray() {
    return out.toByteArray();
  }

  @Override
  public void reset() {
    out.reset();
  }
}
