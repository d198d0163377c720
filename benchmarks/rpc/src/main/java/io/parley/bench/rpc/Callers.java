package io.parley.bench.rpc;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.parley.bench.rpc.grpc.Empty;
import io.parley.bench.rpc.grpc.GetUserRequest;
import io.parley.bench.rpc.grpc.ListUsersRequest;
import io.parley.bench.rpc.grpc.UserServiceGrpc;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.rpc.RpcClient;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.layered.TFramedTransport;

/**
 * One client connection of each stack, making one kind of call in a closed loop. Each connection
 * first makes one call and checks its reply against what the benchmark's servers answer, so a
 * stack that replied wrongly fails the run instead of being timed.
 */
final class Callers {
  private Callers() {}

  /** One call, blocking until its reply has been decoded; and closing the connection. */
  interface Caller extends AutoCloseable {
    void call() throws Exception;
  }

  /** Opens one connection of {@code kind} ({@code parley}, {@code thrift}, {@code grpc}, {@code echo}). */
  static Caller open(String kind, String host, int port, String method) throws Exception {
    return switch (kind) {
      case "parley" -> parley(host, port, method, Protocol.COMPACT);
      case "parley-binary" -> parley(host, port, method, Protocol.BINARY);
      case "thrift" -> thrift(host, port, method);
      case "grpc" -> grpc(host, port, method);
      case "echo" -> echo(host, port, method);
      default -> throw new IllegalArgumentException("unknown client kind " + kind);
    };
  }

  private static Caller parley(String host, int port, String method, Protocol protocol) {
    RpcClient channel = RpcClient.builder().host(host).port(port).protocol(protocol).framing(Framing.FRAMED).build();
    io.parley.bench.rpc.parley.UserService client = io.parley.bench.rpc.parley.UserService.client(channel);
    io.parley.bench.rpc.parley.User user = Payloads.parleyUser(7);
    Runnable call = switch (method) {
      case "ping" -> client::ping;
      case "getUser" -> () -> client.getUser(7);
      case "createUser" -> () -> client.createUser(user);
      case "listUsers" -> () -> client.listUsers(3);
      default -> throw new IllegalArgumentException(method);
    };
    switch (method) {
      case "ping" -> client.ping();
      case "getUser" -> expect("parley", method, client.getUser(7), Payloads.parleyUser(1));
      case "createUser" -> expect("parley", method, client.createUser(user), user.id());
      default -> expect("parley", method, client.listUsers(3), Payloads.parleyPage(3));
    }
    return new Caller() {
      @Override
      public void call() {
        call.run();
      }

      @Override
      public void close() {
        channel.close();
      }
    };
  }

  private interface ThriftCall {
    void run() throws Exception;
  }

  private static Caller thrift(String host, int port, String method) throws Exception {
    TSocket socket = new TSocket(host, port); // TSocket sets TCP_NODELAY
    TFramedTransport transport = new TFramedTransport(socket);
    transport.open();
    io.parley.bench.rpc.thrift.UserService.Client client =
        new io.parley.bench.rpc.thrift.UserService.Client(new TCompactProtocol(transport));
    io.parley.bench.rpc.thrift.User user = Payloads.thriftUser(7);
    ThriftCall call = switch (method) {
      case "ping" -> client::ping;
      case "getUser" -> () -> client.getUser(7);
      case "createUser" -> () -> client.createUser(user);
      case "listUsers" -> () -> client.listUsers(3);
      default -> throw new IllegalArgumentException(method);
    };
    switch (method) {
      case "ping" -> client.ping();
      case "getUser" -> expect("libthrift", method, client.getUser(7), Payloads.thriftUser(1));
      case "createUser" -> expect("libthrift", method, client.createUser(user), user.getId());
      default -> expect("libthrift", method, client.listUsers(3), Payloads.thriftPage(3));
    }
    return new Caller() {
      @Override
      public void call() throws Exception {
        call.run();
      }

      @Override
      public void close() {
        transport.close();
      }
    };
  }

  private static Caller grpc(String host, int port, String method) {
    // A channel per connection: each has its own HTTP/2 connection.
    ManagedChannel channel = NettyChannelBuilder.forAddress(host, port).usePlaintext().build();
    UserServiceGrpc.UserServiceBlockingStub stub = UserServiceGrpc.newBlockingStub(channel);
    io.parley.bench.rpc.grpc.User user = Payloads.grpcUser(7);
    GetUserRequest get = GetUserRequest.newBuilder().setId(7).build();
    ListUsersRequest list = ListUsersRequest.newBuilder().setPageNumber(3).build();
    Runnable call = switch (method) {
      case "ping" -> () -> stub.ping(Empty.getDefaultInstance());
      case "getUser" -> () -> stub.getUser(get);
      case "createUser" -> () -> stub.createUser(user);
      case "listUsers" -> () -> stub.listUsers(list);
      default -> throw new IllegalArgumentException(method);
    };
    switch (method) {
      case "ping" -> stub.ping(Empty.getDefaultInstance());
      case "getUser" -> expect("grpc", method, stub.getUser(get), Payloads.grpcUser(1));
      case "createUser" -> expect("grpc", method, stub.createUser(user).getId(), user.getId());
      default -> expect("grpc", method, stub.listUsers(list), Payloads.grpcPage(3));
    }
    return new Caller() {
      @Override
      public void call() {
        call.run();
      }

      @Override
      public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
      }
    };
  }

  private static Caller echo(String host, int port, String method) throws IOException {
    int[] sizes = MessageSizes.of(method);
    Socket socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    OutputStream out = socket.getOutputStream();
    DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
    byte[] request = new byte[4 + sizes[0]];
    Frames.putInt(request, 0, sizes[0]);
    Frames.putInt(request, 4, sizes[1]);
    byte[] reply = new byte[sizes[1]];
    out.write(request);
    expect("echo", method, in.readInt(), sizes[1]);
    in.readFully(reply);
    return new Caller() {
      @Override
      public void call() throws IOException {
        out.write(request);
        int length = in.readInt();
        in.readFully(reply, 0, length);
      }

      @Override
      public void close() throws IOException {
        socket.close();
      }
    };
  }

  private static void expect(String stack, String method, Object got, Object want) {
    if (!want.equals(got)) {
      throw new IllegalStateException(stack + " " + method + " replied " + got + ", expected " + want);
    }
  }
}
