package io.parley.runtime.protocol;

import io.parley.runtime.Bytes;
import java.util.UUID;

/**
 * Encodes Thrift values into an in-memory buffer, in the binary or compact protocol.
 *
 * <p>Generated code calls these methods in straight lines, one struct at a time:
 * {@code structBegin(); fieldBegin(TType.I32, (short) 1); writeI32(id); ... fieldStop(); structEnd();}.
 * A bool field is written with {@link #fieldBool} because the compact protocol packs the value into
 * the field header. Not thread-safe; reuse with {@link #reset()}.
 */
public abstract class ProtocolWriter {
  /** Starts an RPC message: name, {@link MessageType}, sequence id. */
  public abstract void messageBegin(String name, byte type, int seqId);

  public abstract void structBegin();

  public abstract void structEnd();

  /** The header of a field of wire type {@code type} (a {@link TType}) with {@code id}. */
  public abstract void fieldBegin(byte type, short id);

  /** A whole bool field: header and value. */
  public abstract void fieldBool(short id, boolean value);

  /** The end of a struct's fields. */
  public abstract void fieldStop();

  public abstract void listBegin(byte elementType, int size);

  public abstract void setBegin(byte elementType, int size);

  public abstract void mapBegin(byte keyType, byte valueType, int size);

  /** A bool that is not a field: a container element or a result. */
  public abstract void writeBool(boolean value);

  public abstract void writeByte(byte value);

  public abstract void writeI16(short value);

  public abstract void writeI32(int value);

  public abstract void writeI64(long value);

  public abstract void writeDouble(double value);

  /** A string, UTF-8 encoded straight into the buffer. */
  public abstract void writeString(String value);

  /** A binary value: all of {@code value}. */
  public void writeBinary(byte[] value) {
    writeBinary(value, 0, value.length);
  }

  /** A binary value, without copying it first. */
  public void writeBinary(Bytes value) {
    writeBinary(value.backingArray(), value.backingOffset(), value.size());
  }

  /** A binary value: {@code value[off, off + len)}. */
  public abstract void writeBinary(byte[] value, int off, int len);

  public abstract void writeUuid(UUID value);

  /** The number of bytes written since the last {@link #reset()}. */
  public abstract int size();

  /** The bytes written so far, as a copy. */
  public abstract byte[] toByteArray();

  /** Forgets everything written, keeping the buffer for reuse. */
  public abstract void reset();
}
