package io.parley.runtime.protocol;

import io.parley.runtime.ProtocolException;
import java.util.Arrays;
import java.util.UUID;

/** Reads Apache Thrift's compact protocol. */
public final class CompactProtocolReader extends AbstractProtocolReader {
  // Indexed by compact type nibble: the TType, or -1 for a nibble that names no value type.
  private static final byte[] TTYPE = new byte[16];
  // Indexed by TType: the bytes a value of that type takes at least.
  private static final byte[] MIN_SIZE = new byte[17];

  static {
    Arrays.fill(TTYPE, (byte) -1);
    TTYPE[CompactProtocolWriter.TRUE] = TType.BOOL;
    TTYPE[CompactProtocolWriter.FALSE] = TType.BOOL;
    TTYPE[3] = TType.BYTE;
    TTYPE[4] = TType.I16;
    TTYPE[5] = TType.I32;
    TTYPE[6] = TType.I64;
    TTYPE[7] = TType.DOUBLE;
    TTYPE[8] = TType.STRING;
    TTYPE[9] = TType.LIST;
    TTYPE[10] = TType.SET;
    TTYPE[11] = TType.MAP;
    TTYPE[12] = TType.STRUCT;
    TTYPE[13] = TType.UUID;
    for (byte t : new byte[] {TType.BOOL, TType.BYTE, TType.I16, TType.I32, TType.I64, TType.STRING,
        TType.STRUCT, TType.MAP, TType.SET, TType.LIST}) {
      MIN_SIZE[t] = 1;
    }
    MIN_SIZE[TType.DOUBLE] = 8;
    MIN_SIZE[TType.UUID] = 16;
  }

  private short[] outerFieldIds = new short[8];
  private int nesting;
  private short lastFieldId;
  // The value of a bool field, carried in its header, until readBool takes it.
  private boolean boolPending;
  private boolean boolValue;

  public CompactProtocolReader(ByteSource in, Limits limits) {
    super(in, limits);
  }

  @Override
  public void reset() {
    super.reset();
    nesting = 0;
    lastFieldId = 0;
    boolPending = false;
  }

  @Override
  protected MessageHeader readMessageHeader() {
    byte id = in.readByte();
    if (id != CompactProtocolWriter.PROTOCOL_ID) {
      throw new ProtocolException(ProtocolException.Kind.BAD_VERSION,
          "expected compact protocol id 0x82, got 0x" + Integer.toHexString(id & 0xFF));
    }
    byte versionAndType = in.readByte();
    int version = versionAndType & 0x1F;
    if (version != CompactProtocolWriter.VERSION) {
      throw new ProtocolException(ProtocolException.Kind.BAD_VERSION,
          "expected compact protocol version 1, got " + version);
    }
    byte type = (byte) ((versionAndType >> 5) & 0x07);
    int seqId = in.readVarint32();
    return new MessageHeader(readString(), type, seqId);
  }

  @Override
  public void structBegin() {
    super.structBegin();
    if (nesting == outerFieldIds.length) {
      outerFieldIds = Arrays.copyOf(outerFieldIds, nesting * 2);
    }
    outerFieldIds[nesting++] = lastFieldId;
    lastFieldId = 0;
  }

  @Override
  public void structEnd() {
    super.structEnd();
    lastFieldId = outerFieldIds[--nesting];
  }

  @Override
  public int fieldBegin() {
    int header = in.readByte() & 0xFF;
    if (header == 0) {
      return 0;
    }
    byte type = valueType(header & 0x0F);
    int delta = header >>> 4;
    short id = delta == 0 ? (short) zigzag(in.readVarint32()) : (short) (lastFieldId + delta);
    lastFieldId = id;
    if (type == TType.BOOL) {
      boolPending = true;
      boolValue = (header & 0x0F) == CompactProtocolWriter.TRUE;
    }
    return (type << 16) | (id & 0xFFFF);
  }

  // For generated decoders of this protocol, which keep the last field id in a local instead of
  // in this reader, read the raw header byte and compare its type nibble without translating it.

  /** Enters a struct whose field ids the caller tracks; fails beyond the depth limit. */
  public void enterStruct() {
    super.structBegin();
  }

  /** Leaves a struct entered with {@link #enterStruct()}. */
  public void leaveStruct() {
    super.structEnd();
  }

  /**
   * Reads a field header byte: 0 at the end of the struct, else the id delta in the high nibble
   * (0: the id follows, see {@link #fieldId}) and the compact type in the low nibble (for a bool
   * field, 1 is true and 2 false, and there is no value to read).
   */
  public int fieldHeader() {
    return in.readByte() & 0xFF;
  }

  /** The id of the field whose header byte is {@code header}, after the field {@code lastId}. */
  public short fieldId(int header, short lastId) {
    int delta = header >>> 4;
    return delta != 0 ? (short) (lastId + delta) : (short) zigzag(in.readVarint32());
  }

  /** Skips the value of a field of compact type {@code nibble}; fails for a nibble that names no type. */
  public void skipField(int nibble) {
    if (nibble != CompactProtocolWriter.TRUE && nibble != CompactProtocolWriter.FALSE) {
      skip(valueType(nibble));
    }
  }

  private static byte valueType(int nibble) {
    byte t = TTYPE[nibble];
    if (t < 0) {
      throw unknownType(nibble);
    }
    return t;
  }

  @Override
  public int listBegin() {
    return collection("list");
  }

  @Override
  public int setBegin() {
    return collection("set");
  }

  private int collection(String what) {
    int header = in.readByte() & 0xFF;
    int size = header >>> 4;
    if (size == 15) {
      size = in.readVarint32();
    }
    int nibble = header & 0x0F;
    // An empty collection's element type does not matter; libthrift reads it as STOP.
    byte element = size == 0 && TTYPE[nibble] < 0 ? TType.STOP : valueType(nibble);
    return collection(what, element, size);
  }

  @Override
  public int mapBegin() {
    int size = in.readVarint32();
    if (size == 0) {
      return map(TType.STOP, TType.STOP, 0);
    }
    if (size < 0) {
      return map(TType.STOP, TType.STOP, size); // fails with a clear message
    }
    int types = in.readByte() & 0xFF;
    return map(valueType(types >>> 4), valueType(types & 0x0F), size);
  }

  @Override
  protected int minSize(byte type) {
    int min = type >= 0 && type < MIN_SIZE.length ? MIN_SIZE[type] : 0;
    if (min == 0) {
      throw unknownType(type);
    }
    return min;
  }

  @Override
  protected int readLength() {
    return in.readVarint32();
  }

  @Override
  public String readString() {
    // Most strings are short, in a frame: length byte, limit and bounds in one check.
    String s = in.readShortUtf8(maxStringLength);
    return s != null ? s : super.readString();
  }

  @Override
  public boolean readBool() {
    if (boolPending) {
      boolPending = false;
      return boolValue;
    }
    return in.readByte() == CompactProtocolWriter.TRUE;
  }

  @Override
  public byte readByte() {
    return in.readByte();
  }

  @Override
  public short readI16() {
    return (short) zigzag(in.readVarint32());
  }

  @Override
  public int readI32() {
    return zigzag(in.readVarint32());
  }

  @Override
  public long readI64() {
    long n = in.readVarint64();
    return (n >>> 1) ^ -(n & 1);
  }

  private static int zigzag(int n) {
    return (n >>> 1) ^ -(n & 1);
  }

  @Override
  public double readDouble() {
    return Double.longBitsToDouble(in.readLongLE());
  }

  @Override
  public UUID readUuid() {
    long msb = in.readLongBE();
    return new UUID(msb, in.readLongBE());
  }
}
