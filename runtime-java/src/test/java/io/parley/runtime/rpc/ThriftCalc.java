package io.parley.runtime.rpc;

import java.util.concurrent.BlockingQueue;
import org.apache.thrift.TApplicationException;
import org.apache.thrift.TException;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;

/** The Calc service on libthrift: a processor and raw client calls, written against TProtocol directly. */
final class ThriftCalc {
  private ThriftCalc() {}

  /** Serves add, echo, fail (as an INTERNAL_ERROR application exception) and oneway ping. */
  static TProcessor processor(BlockingQueue<Integer> pings) {
    return (in, out) -> {
      TMessage call = in.readMessageBegin();
      switch (call.name) {
        case "add" -> {
          int[] ab = readInts(in);
          reply(out, call, TType.I32, p -> p.writeI32(ab[0] + ab[1]));
        }
        case "echo" -> {
          String s = readString(in);
          reply(out, call, TType.STRING, p -> p.writeString(s));
        }
        case "fail" -> {
          String s = readString(in);
          error(out, call, new TApplicationException(TApplicationException.INTERNAL_ERROR, s));
        }
        case "ping" -> pings.add(readInts(in)[0]);
        default -> {
          TProtocolUtil.skip(in, TType.STRUCT);
          in.readMessageEnd();
          error(out, call, new TApplicationException(TApplicationException.UNKNOWN_METHOD, "Invalid method name: '" + call.name + "'"));
        }
      }
    };
  }

  interface Body {
    void write(TProtocol p) throws TException;
  }

  private static void reply(TProtocol out, TMessage call, byte type, Body value) throws TException {
    out.writeMessageBegin(new TMessage(call.name, TMessageType.REPLY, call.seqid));
    out.writeStructBegin(new TStruct("result"));
    out.writeFieldBegin(new TField("success", type, (short) 0));
    value.write(out);
    out.writeFieldEnd();
    out.writeFieldStop();
    out.writeStructEnd();
    out.writeMessageEnd();
    out.getTransport().flush();
  }

  private static void error(TProtocol out, TMessage call, TApplicationException e) throws TException {
    out.writeMessageBegin(new TMessage(call.name, TMessageType.EXCEPTION, call.seqid));
    e.write(out);
    out.writeMessageEnd();
    out.getTransport().flush();
  }

  static int[] readInts(TProtocol in) throws TException {
    int[] v = new int[2];
    in.readStructBegin();
    for (TField f; (f = in.readFieldBegin()).type != TType.STOP; ) {
      if (f.id >= 1 && f.id <= 2 && f.type == TType.I32) {
        v[f.id - 1] = in.readI32();
      } else {
        TProtocolUtil.skip(in, f.type);
      }
    }
    in.readStructEnd();
    in.readMessageEnd();
    return v;
  }

  static String readString(TProtocol in) throws TException {
    String s = null;
    in.readStructBegin();
    for (TField f; (f = in.readFieldBegin()).type != TType.STOP; ) {
      if (f.id == 1 && f.type == TType.STRING) {
        s = in.readString();
      } else {
        TProtocolUtil.skip(in, f.type);
      }
    }
    in.readStructEnd();
    in.readMessageEnd();
    return s;
  }

  /** Calls a method with i32 arguments from a libthrift client and returns field 0 of the result. */
  static Object call(TProtocol p, String method, int seqId, byte type, Body args) throws TException {
    p.writeMessageBegin(new TMessage(method, TMessageType.CALL, seqId));
    p.writeStructBegin(new TStruct("args"));
    args.write(p);
    p.writeFieldStop();
    p.writeStructEnd();
    p.writeMessageEnd();
    p.getTransport().flush();
    TMessage reply = p.readMessageBegin();
    if (reply.type == TMessageType.EXCEPTION) {
      TApplicationException e = TApplicationException.readFrom(p);
      p.readMessageEnd();
      throw e;
    }
    if (reply.seqid != seqId) {
      throw new IllegalStateException("seqid " + reply.seqid + " for " + seqId);
    }
    Object value = null;
    p.readStructBegin();
    for (TField f; (f = p.readFieldBegin()).type != TType.STOP; ) {
      if (f.id == 0 && f.type == type) {
        value = type == TType.I32 ? (Object) p.readI32() : p.readString();
      } else {
        TProtocolUtil.skip(p, f.type);
      }
    }
    p.readStructEnd();
    p.readMessageEnd();
    return value;
  }

  static Body ints(int a, int b) {
    return p -> {
      p.writeFieldBegin(new TField("a", TType.I32, (short) 1));
      p.writeI32(a);
      p.writeFieldBegin(new TField("b", TType.I32, (short) 2));
      p.writeI32(b);
    };
  }

  static Body string(String s) {
    return p -> {
      p.writeFieldBegin(new TField("s", TType.STRING, (short) 1));
      p.writeString(s);
    };
  }
}
