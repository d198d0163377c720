package io.parley.runtime;

import io.parley.runtime.protocol.ProtocolReader;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.TType;

/**
 * An error the peer reported that the IDL does not declare, with Apache Thrift's numeric type code
 * (TApplicationException on the wire: field 1 message, field 2 type).
 */
public class ApplicationException extends RpcException {
  private static final long serialVersionUID = 1L;

  /** Apache Thrift's TApplicationException type codes. */
  public enum Type {
    UNKNOWN(0), UNKNOWN_METHOD(1), INVALID_MESSAGE_TYPE(2), WRONG_METHOD_NAME(3), BAD_SEQUENCE_ID(4),
    MISSING_RESULT(5), INTERNAL_ERROR(6), PROTOCOL_ERROR(7), INVALID_TRANSFORM(8), INVALID_PROTOCOL(9),
    UNSUPPORTED_CLIENT_TYPE(10);

    private final int code;

    Type(int code) {
      this.code = code;
    }

    /** The number on the wire. */
    public int code() {
      return code;
    }

    /** The type with {@code code}, or {@link #UNKNOWN}. */
    public static Type of(int code) {
      for (Type t : values()) {
        if (t.code == code) {
          return t;
        }
      }
      return UNKNOWN;
    }
  }

  private final Type type;

  public ApplicationException(Type type, String message) {
    super(message);
    this.type = type;
  }

  public Type type() {
    return type;
  }

  /** Writes this error as a TApplicationException struct. */
  public void write(ProtocolWriter out) {
    out.structBegin();
    if (getMessage() != null) {
      out.fieldBegin(TType.STRING, (short) 1);
      out.writeString(getMessage());
    }
    out.fieldBegin(TType.I32, (short) 2);
    out.writeI32(type.code());
    out.fieldStop();
    out.structEnd();
  }

  /** Reads a TApplicationException struct. */
  public static ApplicationException read(ProtocolReader in) {
    String message = null;
    Type type = Type.UNKNOWN;
    in.structBegin();
    for (int h; (h = in.fieldBegin()) != 0; ) {
      short id = ProtocolReader.fieldId(h);
      byte wire = ProtocolReader.fieldType(h);
      if (id == 1 && wire == TType.STRING) {
        message = in.readString();
      } else if (id == 2 && wire == TType.I32) {
        type = Type.of(in.readI32());
      } else {
        in.skip(wire);
      }
    }
    in.structEnd();
    return new ApplicationException(type, message);
  }
}
