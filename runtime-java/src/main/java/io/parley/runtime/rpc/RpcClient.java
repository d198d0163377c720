package io.parley.runtime.rpc;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.TransportException;
import io.parley.runtime.protocol.AbstractProtocolReader;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.MessageHeader;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.transport.Connection;
import io.parley.runtime.transport.Sockets;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;

/**
 * A blocking Thrift client over one TCP (or TLS) connection, which generated clients call through.
 *
 * <p>Safe to share between threads: calls take turns on the connection under a lock, one call at
 * a time, so a slow call delays the others; use one client per thread (or a pool) for parallel
 * calls. The connection opens on the first call. After a transport failure, a timeout or a reply
 * that does not decode, the connection is dropped (its state is unknown) and the next call opens a
 * new one; an {@link ApplicationException} reply keeps it. Sequence ids increase per call and a
 * reply must carry the id of its call.
 */
public final class RpcClient implements RpcChannel, AutoCloseable {
  private final String host;
  private final int port;
  private final Protocol protocol;
  private final Framing framing;
  private final String service;
  private final Duration connectTimeout;
  private final long callTimeoutNanos;
  private final Limits limits;
  private final SSLContext tls;
  private final boolean verifyHostname;
  private final ReentrantLock lock = new ReentrantLock();
  private static final Set<ApplicationException.Type> MISMATCHED_REPLY = EnumSet.of(
      ApplicationException.Type.BAD_SEQUENCE_ID, ApplicationException.Type.INVALID_MESSAGE_TYPE,
      ApplicationException.Type.WRONG_METHOD_NAME);

  private Connection connection;
  private int seqId;
  private boolean closed;

  private RpcClient(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.protocol = b.protocol;
    this.framing = b.framing;
    this.service = b.service;
    this.connectTimeout = b.connectTimeout;
    this.callTimeoutNanos = b.callTimeout.toNanos();
    this.limits = b.limits;
    this.tls = b.tls;
    this.verifyHostname = b.verifyHostname;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The multiplexed service name calls are prefixed with, or null. */
  public String serviceName() {
    return service;
  }

  /**
   * A channel over this client's connection whose calls go to {@code service} (as
   * {@code service:method}), for several generated clients sharing one connection.
   */
  public RpcChannel service(String name) {
    Objects.requireNonNull(name, "name == null");
    return new RpcChannel() {
      @Override
      public <T> T call(String method, StructWriter args, StructReader<T> result) {
        return exchange(name, method, args, Objects.requireNonNull(result, "result == null"));
      }

      @Override
      public void send(String method, StructWriter args) {
        exchange(name, method, args, null);
      }
    };
  }

  @Override
  public <T> T call(String method, StructWriter args, StructReader<T> result) {
    return exchange(service, method, args, Objects.requireNonNull(result, "result == null"));
  }

  @Override
  public void send(String method, StructWriter args) {
    exchange(service, method, args, null);
  }

  /** Sends a call and, unless {@code result} is null (oneway), reads its reply. */
  private <T> T exchange(String serviceName, String method, StructWriter args, StructReader<T> result) {
    String wireName = serviceName == null ? method : serviceName + ":" + method;
    lock.lock();
    try {
      Connection c = open();
      int id = ++seqId;
      // Whether the connection is still in step: nothing sent yet, or the whole reply read.
      boolean inStep = true;
      try {
        ProtocolWriter out = c.startMessage();
        out.messageBegin(wireName, result == null ? MessageType.ONEWAY : MessageType.CALL, id);
        args.write(out);
        try {
          c.send();
        } catch (TransportException e) {
          // An oversized message is refused before any byte is written.
          inStep = e.kind() == TransportException.Kind.FRAME_TOO_LARGE;
          throw e;
        }
        if (result == null) {
          return null;
        }
        inStep = false;
        if (callTimeoutNanos > 0) {
          c.deadlineIn(callTimeoutNanos);
        }
        T value = readReply(c.receive(), method, wireName, id, result);
        inStep = true;
        return value;
      } catch (ApplicationException e) {
        // An error reply was read whole; a reply that does not match the call means lost step.
        inStep = !MISMATCHED_REPLY.contains(e.type());
        throw e;
      } finally {
        c.clearDeadline();
        if (!inStep) {
          drop();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Reads a reply envelope and its result, or the application error that replaces them. */
  private static <T> T readReply(AbstractProtocolReader in, String method, String wireName, int id, StructReader<T> result) {
    MessageHeader reply = in.messageBegin();
    if (reply.type() == MessageType.EXCEPTION) {
      ApplicationException e = ApplicationException.read(in);
      if (reply.seqId() != id) {
        throw new ApplicationException(ApplicationException.Type.BAD_SEQUENCE_ID,
            method + " failed: out of sequence error reply (" + e.getMessage() + ")");
      }
      throw e;
    }
    if (reply.type() != MessageType.REPLY) {
      throw new ApplicationException(ApplicationException.Type.INVALID_MESSAGE_TYPE,
          method + " failed: reply of message type " + reply.type());
    }
    if (reply.seqId() != id) {
      throw new ApplicationException(ApplicationException.Type.BAD_SEQUENCE_ID,
          method + " failed: out of sequence reply: expected " + id + " but got " + reply.seqId());
    }
    // Servers answer a multiplexed call with the plain method name; accept either.
    if (!reply.name().equals(method) && !reply.name().equals(wireName)) {
      throw new ApplicationException(ApplicationException.Type.WRONG_METHOD_NAME,
          method + " failed: reply for '" + reply.name() + "'");
    }
    return result.read(in);
  }

  private Connection open() {
    if (closed) {
      throw new TransportException(TransportException.Kind.NOT_OPEN, "client is closed");
    }
    if (connection == null) {
      Socket socket = Sockets.connect(host, port, connectTimeout, tls, verifyHostname);
      try {
        connection = new Connection(socket, protocol, framing, limits, Duration.ZERO);
      } catch (IOException e) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // already failing
        }
        throw new TransportException(TransportException.Kind.NOT_OPEN, "cannot use socket: " + e.getMessage(), e);
      }
    }
    return connection;
  }

  private void drop() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  /** Whether a connection is open now; it opens on the next call otherwise. */
  public boolean isConnected() {
    lock.lock();
    try {
      return connection != null;
    } finally {
      lock.unlock();
    }
  }

  /** Closes the connection; calls fail with NOT_OPEN from now on. Waits for a call in progress. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      drop();
    } finally {
      lock.unlock();
    }
  }

  /** Settings of an {@link RpcClient}; {@link #host} and {@link #port} are required. */
  public static final class Builder {
    private String host;
    private int port = -1;
    private Protocol protocol = Protocol.BINARY;
    private Framing framing = Framing.FRAMED;
    private String service;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration callTimeout = Duration.ofSeconds(60);
    private Limits limits = Limits.DEFAULT;
    private SSLContext tls;
    private boolean verifyHostname = true;

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    public Builder port(int port) {
      if (port <= 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** Binary by default. */
    public Builder protocol(Protocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol == null");
      return this;
    }

    /** Framed by default. */
    public Builder framing(Framing framing) {
      this.framing = Objects.requireNonNull(framing, "framing == null");
      return this;
    }

    /** Sends method names as {@code service:method}, for a multiplexing server. */
    public Builder service(String service) {
      this.service = service;
      return this;
    }

    /** 10 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long a call may wait for its reply; 60 seconds by default; zero waits forever. */
    public Builder callTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout < 0");
      }
      this.callTimeout = timeout;
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits == null");
      return this;
    }

    /** Connects over TLS; the context's key manager, if any, supplies a client certificate. */
    public Builder tls(SSLContext context) {
      this.tls = context;
      return this;
    }

    /** Whether the server's certificate must name the host (on by default). */
    public Builder verifyHostname(boolean verify) {
      this.verifyHostname = verify;
      return this;
    }

    public RpcClient build() {
      if (host == null) {
        throw new IllegalStateException("host not set");
      }
      if (port < 0) {
        throw new IllegalStateException("port not set");
      }
      return new RpcClient(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
