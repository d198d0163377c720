package io.parley.bench.rpc;

import io.parley.bench.rpc.parley.UserService;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ByteSink;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.protocol.TType;
import io.parley.runtime.rpc.RpcChannel;
import io.parley.runtime.rpc.StructReader;
import io.parley.runtime.rpc.StructWriter;

/**
 * The bytes of Parley's request and reply messages per method (compact protocol, without the
 * 4-byte frame length), so the raw-socket echo moves exactly as many bytes per call as Parley.
 */
final class MessageSizes {
  private MessageSizes() {}

  // A sequence id as large as a benchmark run reaches (three varint bytes).
  private static final int SEQ_ID = 100_000;

  /** {request bytes, reply bytes} of one call of {@code method}. */
  static int[] of(String method) {
    return new int[] {request(method), reply(method)};
  }

  private static int request(String method) {
    Capture capture = new Capture();
    UserService client = UserService.client(capture);
    try {
      switch (method) {
        case "ping" -> client.ping();
        case "getUser" -> client.getUser(1);
        case "createUser" -> client.createUser(Payloads.parleyUser(1));
        case "listUsers" -> client.listUsers(3);
        default -> throw new IllegalArgumentException("unknown method " + method);
      }
    } catch (Captured done) {
      return capture.size;
    }
    throw new IllegalStateException("the client sent nothing");
  }

  private static int reply(String method) {
    ProtocolWriter out = Protocols.writer(Protocol.COMPACT, new ByteSink());
    out.messageBegin(method, MessageType.REPLY, SEQ_ID);
    out.structBegin();
    switch (method) {
      case "ping" -> { }
      case "getUser" -> {
        out.fieldBegin(TType.STRUCT, (short) 0);
        Payloads.parleyUser(1).write(out);
      }
      case "createUser" -> {
        out.fieldBegin(TType.I64, (short) 0);
        out.writeI64(1_000_001L);
      }
      case "listUsers" -> {
        out.fieldBegin(TType.STRUCT, (short) 0);
        Payloads.parleyPage(3).write(out);
      }
      default -> throw new IllegalArgumentException("unknown method " + method);
    }
    out.fieldStop();
    out.structEnd();
    return out.size();
  }

  /** A channel that encodes the call it is given, notes its size and goes no further. */
  private static final class Capture implements RpcChannel {
    int size;

    @Override
    public <T> T call(String method, StructWriter args, StructReader<T> result) {
      send(method, args);
      throw new Captured();
    }

    @Override
    public void send(String method, StructWriter args) {
      ProtocolWriter out = Protocols.writer(Protocol.COMPACT, new ByteSink());
      out.messageBegin(method, MessageType.CALL, SEQ_ID);
      args.write(out);
      size = out.size();
    }
  }

  private static final class Captured extends RuntimeException {
    Captured() {
      super(null, null, false, false);
    }
  }
}
