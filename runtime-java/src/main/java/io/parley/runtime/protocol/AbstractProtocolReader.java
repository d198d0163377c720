package io.parley.runtime.protocol;

import io.parley.runtime.Bytes;
import io.parley.runtime.ProtocolException;

/**
 * The part of a protocol reader that does not depend on the encoding: limit checks, nesting depth
 * and skipping.
 *
 * <p>Every length and size is checked against {@link Limits} and against the bytes the source can
 * still deliver before the caller gets it, so nothing is allocated for data that is not there.
 * Depth counts structs, plus containers while skipping: a generated reader's container nesting is
 * fixed by the IDL, so only structs and skipped values can nest as deep as a peer likes.
 */
public abstract class AbstractProtocolReader extends ProtocolReader {
  protected final ByteSource in;
  protected final Limits limits;
  // The limits checked per value, copied out of the record: one load less on every check.
  private final int maxDepth;
  final int maxStringLength;
  private final int maxContainerSize;
  private int depth;
  private int structsDone;
  private byte elementType;
  private byte keyType;
  private byte valueType;

  protected AbstractProtocolReader(ByteSource in, Limits limits) {
    if (in == null) {
      throw new NullPointerException("in == null");
    }
    if (limits == null) {
      throw new NullPointerException("limits == null");
    }
    this.in = in;
    this.limits = limits;
    this.maxDepth = limits.maxDepth();
    this.maxStringLength = limits.maxStringLength();
    this.maxContainerSize = limits.maxContainerSize();
  }

  /** The bytes this reader decodes. */
  public final ByteSource source() {
    return in;
  }

  public final Limits limits() {
    return limits;
  }

  /** How many structs (and, while skipping, containers) enclose the current position. */
  public final int depth() {
    return depth;
  }

  /**
   * Whether a whole top-level struct was read since the last {@link #messageBegin()}: after an
   * RPC message's arguments, this tells a decoding failure from a handler's own exception.
   */
  public final boolean topLevelStructRead() {
    return structsDone > 0;
  }

  /** Forgets the state of a previous, possibly abandoned, message. */
  public void reset() {
    depth = 0;
    structsDone = 0;
  }

  @Override
  public final MessageHeader messageBegin() {
    reset();
    in.startMessage();
    return readMessageHeader();
  }

  /** Reads the envelope in this protocol's encoding. */
  protected abstract MessageHeader readMessageHeader();

  @Override
  public void structBegin() {
    enter();
  }

  @Override
  public void structEnd() {
    if (depth == 0) {
      throw new IllegalStateException("structEnd without structBegin");
    }
    if (--depth == 0) {
      structsDone++;
    }
  }

  private void enter() {
    if (depth >= maxDepth) {
      throw new ProtocolException(ProtocolException.Kind.DEPTH_LIMIT,
          "nesting deeper than the limit of " + limits.maxDepth());
    }
    depth++;
  }

  @Override
  public final byte elementType() {
    return elementType;
  }

  @Override
  public final byte keyType() {
    return keyType;
  }

  @Override
  public final byte valueType() {
    return valueType;
  }

  /** Checks a list or set header read by a subclass and records its element type. */
  protected final int collection(String what, byte element, int size) {
    checkSize(what, size);
    if (size > 0) {
      in.require((long) size * minSize(element));
    }
    elementType = element;
    return size;
  }

  /** Checks a map header read by a subclass and records its key and value types. */
  protected final int map(byte key, byte value, int size) {
    checkSize("map", size);
    if (size > 0) {
      in.require((long) size * (minSize(key) + minSize(value)));
    }
    keyType = key;
    valueType = value;
    return size;
  }

  private void checkSize(String what, int size) {
    if (size < 0) {
      throw new ProtocolException(ProtocolException.Kind.NEGATIVE_SIZE, "negative " + what + " size " + size);
    }
    if (size > maxContainerSize) {
      throw new ProtocolException(ProtocolException.Kind.SIZE_LIMIT,
          what + " of " + size + " elements exceeds the limit of " + limits.maxContainerSize());
    }
  }

  /** Checks a string or binary length against the limit; reading it then checks the bytes are there. */
  protected final int checkLength(int length) {
    if (length < 0) {
      throw new ProtocolException(ProtocolException.Kind.NEGATIVE_SIZE, "negative string length " + length);
    }
    if (length > maxStringLength) {
      throw new ProtocolException(ProtocolException.Kind.SIZE_LIMIT,
          "string of " + length + " bytes exceeds the limit of " + limits.maxStringLength());
    }
    return length;
  }

  /** Reads the length prefix of a string or binary, unchecked. */
  protected abstract int readLength();

  /** The fewest bytes a value of wire type {@code type} takes; fails for a type that is not a value. */
  protected abstract int minSize(byte type);

  @Override
  public String readString() {
    return in.readUtf8(checkLength(readLength()));
  }

  @Override
  public final byte[] readBinary() {
    return in.readBytes(checkLength(readLength()));
  }

  @Override
  public final Bytes readBytes() {
    return in.readBinary(checkLength(readLength()));
  }

  @Override
  public void skip(byte type) {
    switch (type) {
      case TType.BOOL -> readBool();
      case TType.BYTE -> in.skip(1);
      case TType.I16 -> readI16();
      case TType.I32 -> readI32();
      case TType.I64 -> readI64();
      case TType.DOUBLE -> in.skip(8);
      case TType.UUID -> in.skip(16);
      case TType.STRING -> in.skip(checkLength(readLength()));
      case TType.STRUCT -> skipStruct();
      case TType.LIST -> skipCollection(listBegin());
      case TType.SET -> skipCollection(setBegin());
      case TType.MAP -> skipMap();
      default -> throw unknownType(type);
    }
  }

  private void skipStruct() {
    structBegin();
    for (int h; (h = fieldBegin()) != 0; ) {
      skip(fieldType(h));
    }
    structEnd();
  }

  private void skipCollection(int size) {
    byte t = elementType;
    enter();
    for (int i = 0; i < size; i++) {
      skip(t);
    }
    depth--;
  }

  private void skipMap() {
    int size = mapBegin();
    byte k = keyType;
    byte v = valueType;
    enter();
    for (int i = 0; i < size; i++) {
      skip(k);
      skip(v);
    }
    depth--;
  }

  /** The error for a wire type id that names no value type. */
  protected static ProtocolException unknownType(int type) {
    return new ProtocolException(ProtocolException.Kind.INVALID_DATA, "unknown type id " + type);
  }
}
