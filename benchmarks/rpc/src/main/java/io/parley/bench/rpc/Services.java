package io.parley.bench.rpc;

import io.grpc.stub.StreamObserver;
import io.parley.bench.rpc.grpc.CreateUserReply;
import io.parley.bench.rpc.grpc.Empty;
import io.parley.bench.rpc.grpc.GetUserRequest;
import io.parley.bench.rpc.grpc.ListUsersRequest;
import io.parley.bench.rpc.grpc.UserServiceGrpc;

/**
 * The same service implemented for each stack. Replies are built once and returned as they are, so
 * the servers measure the RPC path (decode the request, encode the reply, the round trip), not the
 * building of values.
 */
final class Services {
  private Services() {}

  /** Parley's generated interface. */
  static final class ParleyUsers implements io.parley.bench.rpc.parley.UserService {
    private final io.parley.bench.rpc.parley.User user = Payloads.parleyUser(1);
    private final io.parley.bench.rpc.parley.Page page = Payloads.parleyPage(3);

    @Override
    public void ping() {}

    @Override
    public io.parley.bench.rpc.parley.User getUser(long id) {
      return user;
    }

    @Override
    public long createUser(io.parley.bench.rpc.parley.User created) {
      return created.id();
    }

    @Override
    public io.parley.bench.rpc.parley.Page listUsers(int pageNumber) {
      return page;
    }
  }

  /** libthrift's generated Iface. */
  static final class ThriftUsers implements io.parley.bench.rpc.thrift.UserService.Iface {
    private final io.parley.bench.rpc.thrift.User user = Payloads.thriftUser(1);
    private final io.parley.bench.rpc.thrift.Page page = Payloads.thriftPage(3);

    @Override
    public void ping() {}

    @Override
    public io.parley.bench.rpc.thrift.User getUser(long id) {
      return user;
    }

    @Override
    public long createUser(io.parley.bench.rpc.thrift.User created) {
      return created.getId();
    }

    @Override
    public io.parley.bench.rpc.thrift.Page listUsers(int pageNumber) {
      return page;
    }
  }

  /** grpc-java's generated service base. */
  static final class GrpcUsers extends UserServiceGrpc.UserServiceImplBase {
    private final io.parley.bench.rpc.grpc.User user = Payloads.grpcUser(1);
    private final io.parley.bench.rpc.grpc.Page page = Payloads.grpcPage(3);

    @Override
    public void ping(Empty request, StreamObserver<Empty> reply) {
      reply.onNext(Empty.getDefaultInstance());
      reply.onCompleted();
    }

    @Override
    public void getUser(GetUserRequest request, StreamObserver<io.parley.bench.rpc.grpc.User> reply) {
      reply.onNext(user);
      reply.onCompleted();
    }

    @Override
    public void createUser(io.parley.bench.rpc.grpc.User request, StreamObserver<CreateUserReply> reply) {
      reply.onNext(CreateUserReply.newBuilder().setId(request.getId()).build());
      reply.onCompleted();
    }

    @Override
    public void listUsers(ListUsersRequest request, StreamObserver<io.parley.bench.rpc.grpc.Page> reply) {
      reply.onNext(page);
      reply.onCompleted();
    }
  }
}
