package io.parley.bench.rpc;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.rpc.RpcServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.server.TThreadedSelectorServer;
import org.apache.thrift.transport.TNonblockingServerSocket;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.layered.TFramedTransport;

/**
 * One benchmark server in its own JVM: {@code ServerMain <kind>} prints the port it listens on
 * (loopback, chosen by the system), then serves until standard input closes.
 *
 * <p>Kinds: {@code parley} (RpcServer, compact, framed), {@code parley-binary} (binary, framed),
 * {@code thrift-pool} (libthrift TThreadPoolServer) and {@code thrift-selector}
 * (TThreadedSelectorServer, its default 2 selector and 5 worker threads), both compact and framed;
 * {@code grpc} (grpc-java on Netty, default executor), {@code grpc-direct} (directExecutor) and
 * {@code echo} (the raw-socket ceiling).
 */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    InetAddress loopback = InetAddress.getLoopbackAddress();
    AutoCloseable stop;
    int port;
    switch (kind) {
      case "parley", "parley-binary" -> {
        RpcServer server = RpcServer.builder().bindAddress(loopback)
            .protocol(kind.equals("parley") ? Protocol.COMPACT : Protocol.BINARY).framing(Framing.FRAMED)
            // Clients stay connected while the other servers' cells run, longer than the default
            // 60 s idle limit on long runs; libthrift's servers have no idle limit either.
            .idleTimeout(Duration.ofMinutes(30))
            .service(io.parley.bench.rpc.parley.UserService.processor(new Services.ParleyUsers())).start();
        port = server.port();
        stop = () -> server.shutdown(Duration.ofSeconds(2));
      }
      case "thrift-pool" -> {
        TServerSocket socket = new TServerSocket(new InetSocketAddress(loopback, 0));
        TServer server = new TThreadPoolServer(new TThreadPoolServer.Args(socket)
            .processor(new io.parley.bench.rpc.thrift.UserService.Processor<>(new Services.ThriftUsers()))
            .protocolFactory(new TCompactProtocol.Factory()).transportFactory(new TFramedTransport.Factory())
            .minWorkerThreads(8).maxWorkerThreads(1024));
        port = socket.getServerSocket().getLocalPort();
        stop = serveInBackground(server);
      }
      case "thrift-selector" -> {
        TNonblockingServerSocket socket = new TNonblockingServerSocket(new InetSocketAddress(loopback, 0));
        TServer server = new TThreadedSelectorServer(new TThreadedSelectorServer.Args(socket)
            .processor(new io.parley.bench.rpc.thrift.UserService.Processor<>(new Services.ThriftUsers()))
            .protocolFactory(new TCompactProtocol.Factory()).transportFactory(new TFramedTransport.Factory()));
        port = socket.getPort();
        stop = serveInBackground(server);
      }
      case "grpc", "grpc-direct" -> {
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(loopback, 0))
            .addService(new Services.GrpcUsers());
        if (kind.equals("grpc-direct")) {
          builder.directExecutor();
        }
        Server server = builder.build().start();
        port = server.getPort();
        stop = () -> server.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
      }
      case "echo" -> {
        EchoServer server = new EchoServer(0);
        port = server.port();
        stop = server;
      }
      default -> throw new IllegalArgumentException("unknown server kind " + kind);
    }
    System.out.println(port);
    System.out.flush();
    while (System.in.read() != -1) {
      // serve until the driver closes our standard input
    }
    stop.close();
    System.exit(0);
  }

  private static AutoCloseable serveInBackground(TServer server) throws InterruptedException {
    Thread t = new Thread(server::serve, "thrift-serve");
    t.setDaemon(true);
    t.start();
    while (!server.isServing()) {
      Thread.sleep(10);
    }
    return server::stop;
  }
}
