package io.parley.runtime.protocol;

import java.util.Arrays;
import java.util.UUID;

/**
 * Writes Apache Thrift's compact protocol: zigzag varints, field ids as deltas from the previous
 * field of the same struct, bool field values inside the field header, little-endian doubles,
 * byte for byte as libthrift's TCompactProtocol does.
 *
 * <p>The one deliberate difference is {@code uuid}: it is written as 16 bytes in big-endian order,
 * as the protocol specification and the C++, Go and .NET libraries do; libthrift for Java 0.21
 * writes the bytes reversed.
 */
public final class CompactProtocolWriter extends ProtocolWriter {
  static final byte PROTOCOL_ID = (byte) 0x82;
  static final int VERSION = 1;
  static final byte TRUE = 1;
  static final byte FALSE = 2;
  // Indexed by TType: the compact type nibble; -1 where a TType has no compact form.
  private static final byte[] COMPACT_TYPE = new byte[17];

  static {
    Arrays.fill(COMPACT_TYPE, (byte) -1);
    COMPACT_TYPE[TType.STOP] = 0;
    COMPACT_TYPE[TType.BOOL] = TRUE;
    COMPACT_TYPE[TType.BYTE] = 3;
    COMPACT_TYPE[TType.I16] = 4;
    COMPACT_TYPE[TType.I32] = 5;
    COMPACT_TYPE[TType.I64] = 6;
    COMPACT_TYPE[TType.DOUBLE] = 7;
    COMPACT_TYPE[TType.STRING] = 8;
    COMPACT_TYPE[TType.LIST] = 9;
    COMPACT_TYPE[TType.SET] = 10;
    COMPACT_TYPE[TType.MAP] = 11;
    COMPACT_TYPE[TType.STRUCT] = 12;
    COMPACT_TYPE[TType.UUID] = 13;
  }

  private final ByteSink out;
  // The last field id of each enclosing struct, restored when its nested struct ends.
  private short[] outerFieldIds = new short[8];
  private int nesting;
  private short lastFieldId;
  // A bool field announced by fieldBegin waits for writeBool to put the value in its header.
  private boolean boolFieldPending;
  private short pendingBoolId;

  /** A writer with its own buffer. */
  public CompactProtocolWriter() {
    this(new ByteSink());
  }

  /** A writer that appends to {@code out}. */
  public CompactProtocolWriter(ByteSink out) {
    if (out == null) {
      throw new NullPointerException("out == null");
    }
    this.out = out;
  }

  /** The buffer this writer appends to. */
  public ByteSink sink() {
    return out;
  }

  static byte compactType(byte type) {
    byte t = type >= 0 && type < COMPACT_TYPE.length ? COMPACT_TYPE[type] : -1;
    if (t < 0) {
      throw new IllegalArgumentException("not a value type: " + type);
    }
    return t;
  }

  @Override
  public void messageBegin(String name, byte type, int seqId) {
    out.writeByte(PROTOCOL_ID);
    out.writeByte(VERSION | ((type << 5) & 0xE0));
    out.writeVarint32(seqId);
    out.writeStringVarintPrefixed(name);
  }

  @Override
  public void structBegin() {
    if (nesting == outerFieldIds.length) {
      outerFieldIds = Arrays.copyOf(outerFieldIds, nesting * 2);
    }
    outerFieldIds[nesting++] = lastFieldId;
    lastFieldId = 0;
  }

  @Override
  public void structEnd() {
    if (nesting == 0) {
      throw new IllegalStateException("structEnd without structBegin");
    }
    lastFieldId = outerFieldIds[--nesting];
  }

  @Override
  public void fieldBegin(byte type, short id) {
    if (type == TType.BOOL) {
      boolFieldPending = true;
      pendingBoolId = id;
    } else {
      fieldHeader(compactType(type), id);
    }
  }

  private void fieldHeader(int compactType, short id) {
    writeFieldHeader(compactType, id, lastFieldId);
    lastFieldId = id;
  }

  /**
   * Writes the header of field {@code id} of compact type {@code nibble} after the field
   * {@code lastId} of the same struct (0 for none), as generated compact writers do when they
   * cannot know at generation time which field was written last. Leaves the writer's own field
   * tracking ({@link #fieldBegin}) alone.
   */
  public void writeFieldHeader(int nibble, int id, int lastId) {
    int delta = id - lastId;
    if (id > lastId && delta <= 15) {
      out.writeByte((delta << 4) | nibble);
    } else {
      out.writeByte(nibble);
      out.writeVarint32(zigzag(id));
    }
  }

  @Override
  public void fieldBool(short id, boolean value) {
    fieldHeader(value ? TRUE : FALSE, id);
  }

  @Override
  public void fieldStop() {
    out.writeByte(TType.STOP);
  }

  @Override
  public void listBegin(byte elementType, int size) {
    byte t = compactType(elementType);
    if (size <= 14) {
      out.writeByte((size << 4) | t);
    } else {
      out.writeByte(0xF0 | t);
      out.writeVarint32(size);
    }
  }

  @Override
  public void setBegin(byte elementType, int size) {
    listBegin(elementType, size);
  }

  @Override
  public void mapBegin(byte keyType, byte valueType, int size) {
    if (size == 0) {
      out.writeByte(0);
    } else {
      out.writeVarint32(size);
      out.writeByte((compactType(keyType) << 4) | compactType(valueType));
    }
  }

  @Override
  public void writeBool(boolean value) {
    if (boolFieldPending) {
      boolFieldPending = false;
      fieldHeader(value ? TRUE : FALSE, pendingBoolId);
    } else {
      out.writeByte(value ? TRUE : FALSE);
    }
  }

  @Override
  public void writeByte(byte value) {
    out.writeByte(value);
  }

  @Override
  public void writeI16(short value) {
    out.writeVarint32(zigzag(value));
  }

  @Override
  public void writeI32(int value) {
    out.writeVarint32(zigzag(value));
  }

  @Override
  public void writeI64(long value) {
    out.writeVarint64((value << 1) ^ (value >> 63));
  }

  private static int zigzag(int n) {
    return (n << 1) ^ (n >> 31);
  }

  @Override
  public void writeDouble(double value) {
    out.writeLongLE(Double.doubleToLongBits(value));
  }

  @Override
  public void writeString(String value) {
    out.writeStringVarintPrefixed(value);
  }

  @Override
  public void writeBinary(byte[] value, int off, int len) {
    out.writeVarint32(len);
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
    nesting = 0;
    lastFieldId = 0;
    boolFieldPending = false;
  }
}
