package io.parley.runtime.rpc;

import io.parley.runtime.protocol.ProtocolReader;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.TType;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * A small service written by hand the way generated code is: handlers that read their argument
 * structs with a ProtocolReader and return result structs, and a client over an RpcChannel.
 *
 * <pre>
 * exception Oops { 1: string why }
 * service Calc {
 *   i32 add(1: i32 a, 2: i32 b)
 *   string echo(1: string s)
 *   void fail(1: string message)      // the handler throws an undeclared exception
 *   i32 check(1: i32 n) throws (1: Oops oops)
 *   void sleep(1: i32 millis)
 *   oneway void ping(1: i32 n)
 * }
 * </pre>
 */
final class Calc {
  private Calc() {}

  /** The declared exception, as the result struct carries it. */
  static final class Oops extends Exception {
    private static final long serialVersionUID = 1L;

    Oops(String why) {
      super(why, null, false, false);
    }
  }

  /** The Calc processor under {@code name}; pings go to {@code pings}; sleeps count down {@code sleeping}. */
  static ServiceProcessor processor(String name, BlockingQueue<Integer> pings, CountDownLatch sleeping) {
    return ServiceProcessor.builder(name)
        .method("add", in -> {
          int[] ab = ints(in, 2);
          return i32Result(ab[0] + ab[1]);
        })
        .method("echo", in -> {
          String s = string(in);
          return out -> {
            out.structBegin();
            out.fieldBegin(TType.STRING, (short) 0);
            out.writeString(s);
            out.fieldStop();
            out.structEnd();
          };
        })
        .method("fail", in -> {
          throw new IllegalStateException(string(in));
        })
        .method("check", in -> {
          int n = ints(in, 1)[0];
          if (n >= 0) {
            return i32Result(n);
          }
          return out -> { // the declared exception travels in field 1 of the result
            out.structBegin();
            out.fieldBegin(TType.STRUCT, (short) 1);
            out.structBegin();
            out.fieldBegin(TType.STRING, (short) 1);
            out.writeString("negative: " + n);
            out.fieldStop();
            out.structEnd();
            out.fieldStop();
            out.structEnd();
          };
        })
        .method("sleep", in -> {
          int millis = ints(in, 1)[0];
          if (sleeping != null) {
            sleeping.countDown();
          }
          Thread.sleep(millis);
          return Calc::voidResult;
        })
        .oneway("ping", in -> {
          pings.add(ints(in, 1)[0]);
          return null;
        })
        .build();
  }

  /** Reads an argument struct of i32 fields 1..n, skipping anything else. */
  static int[] ints(ProtocolReader in, int n) {
    int[] v = new int[n];
    in.structBegin();
    for (int h; (h = in.fieldBegin()) != 0; ) {
      short id = ProtocolReader.fieldId(h);
      if (id >= 1 && id <= n && ProtocolReader.fieldType(h) == TType.I32) {
        v[id - 1] = in.readI32();
      } else {
        in.skip(ProtocolReader.fieldType(h));
      }
    }
    in.structEnd();
    return v;
  }

  static String string(ProtocolReader in) {
    String s = null;
    in.structBegin();
    for (int h; (h = in.fieldBegin()) != 0; ) {
      if (ProtocolReader.fieldId(h) == 1 && ProtocolReader.fieldType(h) == TType.STRING) {
        s = in.readString();
      } else {
        in.skip(ProtocolReader.fieldType(h));
      }
    }
    in.structEnd();
    return s;
  }

  static StructWriter i32Result(int value) {
    return out -> {
      out.structBegin();
      out.fieldBegin(TType.I32, (short) 0);
      out.writeI32(value);
      out.fieldStop();
      out.structEnd();
    };
  }

  static void voidResult(ProtocolWriter out) {
    out.structBegin();
    out.fieldStop();
    out.structEnd();
  }

  static StructWriter ints(int... values) {
    return out -> {
      out.structBegin();
      for (int i = 0; i < values.length; i++) {
        out.fieldBegin(TType.I32, (short) (i + 1));
        out.writeI32(values[i]);
      }
      out.fieldStop();
      out.structEnd();
    };
  }

  static StructWriter string(String s) {
    return out -> {
      out.structBegin();
      out.fieldBegin(TType.STRING, (short) 1);
      out.writeString(s);
      out.fieldStop();
      out.structEnd();
    };
  }

  /** A result struct: field 0 the value (or null for void), field 1 a declared Oops. */
  record Result(Object success, Oops oops) {}

  static Result readResult(ProtocolReader in) {
    Object success = null;
    Oops oops = null;
    in.structBegin();
    for (int h; (h = in.fieldBegin()) != 0; ) {
      short id = ProtocolReader.fieldId(h);
      byte type = ProtocolReader.fieldType(h);
      if (id == 0 && type == TType.I32) {
        success = in.readI32();
      } else if (id == 0 && type == TType.STRING) {
        success = in.readString();
      } else if (id == 1 && type == TType.STRUCT) {
        oops = new Oops(string(in));
      } else {
        in.skip(type);
      }
    }
    in.structEnd();
    return new Result(success, oops);
  }

  /** The client generated code would be. */
  static final class Client {
    private final RpcChannel channel;

    Client(RpcChannel channel) {
      this.channel = channel;
    }

    int add(int a, int b) {
      return (Integer) channel.call("add", ints(a, b), Calc::readResult).success();
    }

    String echo(String s) {
      return (String) channel.call("echo", string(s), Calc::readResult).success();
    }

    void fail(String message) {
      channel.call("fail", string(message), Calc::readResult);
    }

    int check(int n) throws Oops {
      Result r = channel.call("check", ints(n), Calc::readResult);
      if (r.oops() != null) {
        throw r.oops();
      }
      return (Integer) r.success();
    }

    void sleep(int millis) {
      channel.call("sleep", ints(millis), Calc::readResult);
    }

    void ping(int n) {
      channel.send("ping", ints(n));
    }
  }
}
