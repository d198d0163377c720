package io.parley.runtime.protocol;

import io.parley.runtime.ProtocolException;
import java.util.UUID;

/**
 * Reads Apache Thrift's binary protocol, accepting both strict (versioned) envelopes and the
 * old-style ones that start with the method name's length.
 */
public final class BinaryProtocolReader extends AbstractProtocolReader {
  private static final int VERSION_MASK = 0xFFFF0000;
  // Indexed by type id: the bytes a value of that type takes at least; 0 where no value type exists.
  private static final byte[] MIN_SIZE = new byte[17];

  static {
    MIN_SIZE[TType.BOOL] = 1;
    MIN_SIZE[TType.BYTE] = 1;
    MIN_SIZE[TType.DOUBLE] = 8;
    MIN_SIZE[TType.I16] = 2;
    MIN_SIZE[TType.I32] = 4;
    MIN_SIZE[TType.I64] = 8;
    MIN_SIZE[TType.STRING] = 4;
    MIN_SIZE[TType.STRUCT] = 1;
    MIN_SIZE[TType.MAP] = 6;
    MIN_SIZE[TType.SET] = 5;
    MIN_SIZE[TType.LIST] = 5;
    MIN_SIZE[TType.UUID] = 16;
  }

  public BinaryProtocolReader(ByteSource in, Limits limits) {
    super(in, limits);
  }

  @Override
  protected MessageHeader readMessageHeader() {
    int first = in.readIntBE();
    if (first < 0) {
      if ((first & VERSION_MASK) != BinaryProtocolWriter.VERSION_1) {
        throw new ProtocolException(ProtocolException.Kind.BAD_VERSION,
            "bad binary protocol version 0x" + Integer.toHexString(first >>> 16));
      }
      String name = readString();
      return new MessageHeader(name, (byte) first, in.readIntBE());
    }
    // Old-style envelope: the first word is the name's length.
    String name = in.readUtf8(checkLength(first));
    byte type = in.readByte();
    return new MessageHeader(name, type, in.readIntBE());
  }

  @Override
  public int fieldBegin() {
    byte type = in.readByte();
    if (type == TType.STOP) {
      return 0;
    }
    valueType(type);
    short id = in.readShortBE();
    return (type << 16) | (id & 0xFFFF);
  }

  @Override
  public int listBegin() {
    byte element = in.readByte();
    int size = in.readIntBE();
    return collection("list", size > 0 ? valueType(element) : element, size);
  }

  @Override
  public int setBegin() {
    byte element = in.readByte();
    int size = in.readIntBE();
    return collection("set", size > 0 ? valueType(element) : element, size);
  }

  @Override
  public int mapBegin() {
    byte key = in.readByte();
    byte value = in.readByte();
    int size = in.readIntBE();
    if (size > 0) {
      valueType(key);
      valueType(value);
    }
    return map(key, value, size);
  }

  private static byte valueType(byte type) {
    if (type < 0 || type >= MIN_SIZE.length || MIN_SIZE[type] == 0) {
      throw unknownType(type);
    }
    return type;
  }

  @Override
  protected int minSize(byte type) {
    return MIN_SIZE[valueType(type)];
  }

  @Override
  protected int readLength() {
    return in.readIntBE();
  }

  @Override
  public boolean readBool() {
    return in.readByte() == 1;
  }

  @Override
  public byte readByte() {
    return in.readByte();
  }

  @Override
  public short readI16() {
    return in.readShortBE();
  }

  @Override
  public int readI32() {
    return in.readIntBE();
  }

  @Override
  public long readI64() {
    return in.readLongBE();
  }

  @Override
  public double readDouble() {
    return Double.longBitsToDouble(in.readLongBE());
  }

  @Override
  public UUID readUuid() {
    long msb = in.readLongBE();
    return new UUID(msb, in.readLongBE());
  }
}
