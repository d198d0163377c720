package io.parley.runtime.protocol;

import io.parley.runtime.Bytes;
import java.util.UUID;

/**
 * Decodes Thrift values in the binary or compact protocol, checking every length, size, depth and
 * varint against {@link Limits} before anything is allocated.
 *
 * <p>Generated code reads a struct as: {@code structBegin(); for (int h; (h = fieldBegin()) != 0;)
 * { switch (ProtocolReader.fieldId(h)) ... default: skip(ProtocolReader.fieldType(h)); }
 * structEnd();}. A field whose wire type does not match the expected one is skipped.
 * Every method throws {@link io.parley.runtime.ProtocolException} on malformed or oversized input.
 */
public abstract class ProtocolReader {
  /** Reads an RPC message envelope (strict or, for the binary protocol, old-style). */
  public abstract MessageHeader messageBegin();

  /** Enters a struct; fails when the nesting depth limit is exceeded. */
  public abstract void structBegin();

  public abstract void structEnd();

  /**
   * Reads a field header: 0 at the end of the struct, otherwise {@code (type << 16) | (id & 0xffff)};
   * take it apart with {@link #fieldType(int)} and {@link #fieldId(int)}.
   */
  public abstract int fieldBegin();

  /** The wire type of a header returned by {@link #fieldBegin()}. */
  public static byte fieldType(int header) {
    return (byte) (header >>> 16);
  }

  /** The field id of a header returned by {@link #fieldBegin()}. */
  public static short fieldId(int header) {
    return (short) header;
  }

  /** Reads a list header and returns its size; the element type is then {@link #elementType()}. */
  public abstract int listBegin();

  /** Reads a set header and returns its size; the element type is then {@link #elementType()}. */
  public abstract int setBegin();

  /** Reads a map header and returns its size; then {@link #keyType()} and {@link #valueType()}. */
  public abstract int mapBegin();

  /** The element type of the last list or set header read. */
  public abstract byte elementType();

  /** The key type of the last map header read. */
  public abstract byte keyType();

  /** The value type of the last map header read. */
  public abstract byte valueType();

  /** A bool: the value of a bool field just announced by {@link #fieldBegin()}, or an element. */
  public abstract boolean readBool();

  public abstract byte readByte();

  public abstract short readI16();

  public abstract int readI32();

  public abstract long readI64();

  public abstract double readDouble();

  public abstract String readString();

  /** A binary value as a new array. */
  public abstract byte[] readBinary();

  /**
   * A binary value as an immutable {@link Bytes}: a copy, or a view when the reader's source was
   * handed its bytes for good ({@link ByteSource#ofOwned}).
   */
  public abstract Bytes readBytes();

  public abstract UUID readUuid();

  /** Skips a value of wire type {@code type}, however nested, within the depth limit. */
  public abstract void skip(byte type);
}
