package io.parley.runtime.rpc;

import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A blocking Thrift server: one pooled thread per connection, at most {@code maxConnections} at
 * once.
 *
 * <p>Connections beyond the cap wait in the listen backlog until a slot frees, so a flood of
 * connections never creates more threads. A connection idle longer than {@code idleTimeout} is
 * closed, and so is one whose message does not arrive whole within {@code readTimeout} of its first
 * byte, and so is one that stops reading its replies for {@code writeTimeout}. Malformed input
 * closes only the connection that sent it. {@link #shutdown(Duration)} stops
 * accepting, closes idle connections and lets calls in progress finish their replies.
 */
public final class RpcServer implements AutoCloseable {
  private static final Logger LOG = System.getLogger(RpcServer.class.getName());

  /** Whether TLS clients must present a certificate. */
  public enum ClientAuth { NONE, WANT, NEED }

  private final Protocol protocol;
  private final Framing framing;
  private final Limits limits;
  private final Duration idleTimeout;
  private final Duration readTimeout;
  private final CallDispatcher dispatcher;
  private final ServerSocket listener;
  private final Semaphore slots;
  private final ThreadPoolExecutor workers;
  private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private final ScheduledExecutorService watchdog;
  private volatile boolean stopping;

  private RpcServer(Builder config) throws IOException {
    this.protocol = config.protocol;
    this.framing = config.framing;
    this.limits = config.limits;
    this.idleTimeout = config.idleTimeout;
    this.readTimeout = config.readTimeout;
    this.dispatcher = new CallDispatcher(config.defaultService, config.services);
    this.listener = config.tls == null ? new ServerSocket() : config.tls.getServerSocketFactory().createServerSocket();
    if (listener instanceof SSLServerSocket ssl) {
      // Each setter overrides the other, so call only the one that applies.
      if (config.clientAuth == ClientAuth.NEED) {
        ssl.setNeedClientAuth(true);
      } else if (config.clientAuth == ClientAuth.WANT) {
        ssl.setWantClientAuth(true);
      }
    }
    try {
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(config.bindAddress, config.port), config.backlog);
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    this.slots = new Semaphore(config.maxConnections);
    this.workers = new ThreadPoolExecutor(config.maxConnections, config.maxConnections, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), threads("parley-server-" + port() + "-"));
    workers.allowCoreThreadTimeOut(true);
    this.acceptor = threads("parley-accept-").newThread(this::acceptLoop);
    acceptor.start();
    long writeTimeout = config.writeTimeout.toNanos();
    long period = Math.max(50, Math.min(1000, config.writeTimeout.toMillis() / 4));
    this.watchdog = Executors.newSingleThreadScheduledExecutor(threads("parley-watchdog-"));
    watchdog.scheduleWithFixedDelay(() -> connections.forEach(c -> c.closeIfSendStalled(writeTimeout)),
        period, period, TimeUnit.MILLISECONDS);
    LOG.log(Level.DEBUG, () -> "listening on " + listener.getLocalSocketAddress());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on, the one chosen by the system when built with port 0. */
  public int port() {
    return listener.getLocalPort();
  }

  /** How many connections are open now. */
  public int connectionCount() {
    return connections.size();
  }

  Protocol protocol() {
    return protocol;
  }

  Framing framing() {
    return framing;
  }

  Limits limits() {
    return limits;
  }

  Duration idleTimeout() {
    return idleTimeout;
  }

  Duration readTimeout() {
    return readTimeout;
  }

  CallDispatcher dispatcher() {
    return dispatcher;
  }

  boolean isStopping() {
    return stopping;
  }

  private void acceptLoop() {
    while (!stopping) {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        return;
      }
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        slots.release();
        if (stopping) {
          return;
        }
        LOG.log(Level.WARNING, "accept failed: " + e.getMessage());
        pause(); // e.g. out of file descriptors: do not spin
        continue;
      }
      ServerConnection c = new ServerConnection(this, socket);
      connections.add(c);
      try {
        workers.execute(c);
      } catch (RejectedExecutionException e) {
        c.close(); // raced with shutdown
        finished(c);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void finished(ServerConnection c) {
    if (connections.remove(c)) {
      slots.release();
    }
  }

  /**
   * Stops accepting, closes idle connections and waits up to {@code grace} for calls in progress
   * to finish; then closes whatever is left. Returns whether everything finished in time.
   */
  public boolean shutdown(Duration grace) {
    stopping = true;
    try {
      listener.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing the listener failed", e);
    }
    acceptor.interrupt();
    try {
      acceptor.join(1000); // no connection is added after this
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connections.forEach(ServerConnection::closeIfIdle);
    workers.shutdown();
    boolean finished;
    try {
      finished = workers.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      connections.forEach(ServerConnection::close);
      workers.shutdownNow();
    }
    watchdog.shutdownNow();
    return finished;
  }

  /** Shuts down, giving calls in progress 5 seconds. */
  @Override
  public void close() {
    shutdown(Duration.ofSeconds(5));
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Settings of an {@link RpcServer}; at least one service is required. */
  public static final class Builder {
    private int port;
    private InetAddress bindAddress;
    private int backlog = 128;
    private Protocol protocol = Protocol.BINARY;
    private Framing framing = Framing.FRAMED;
    private ServiceProcessor defaultService;
    private final Map<String, ServiceProcessor> services = new LinkedHashMap<>();
    private int maxConnections = 256;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Limits limits = Limits.DEFAULT;
    private SSLContext tls;
    private ClientAuth clientAuth = ClientAuth.NONE;

    private Builder() {}

    /** The port to listen on; 0 (the default) lets the system pick one, see {@link RpcServer#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** The local address to listen on; all addresses by default. */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = address;
      return this;
    }

    /** How many connections may wait to be accepted; 128 by default. */
    public Builder backlog(int backlog) {
      this.backlog = backlog;
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

    /** The service that answers plain method names (and its own {@code Service:method} names). */
    public Builder service(ServiceProcessor service) {
      this.defaultService = Objects.requireNonNull(service, "service == null");
      return this;
    }

    /** A service that answers {@code Service:method} names, as Thrift's TMultiplexedProcessor does. */
    public Builder multiplexed(ServiceProcessor service) {
      Objects.requireNonNull(service, "service == null");
      if (services.putIfAbsent(service.serviceName(), service) != null) {
        throw new IllegalArgumentException("service " + service.serviceName() + " added twice");
      }
      return this;
    }

    /** The most connections served at once (one thread each); 256 by default. */
    public Builder maxConnections(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxConnections must be positive");
      }
      this.maxConnections = max;
      return this;
    }

    /** How long a connection may wait for its next message; 60 seconds by default. */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /** How long a message may take to arrive once its first byte has; 30 seconds by default. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** How long a reply may sit unsent because the client is not reading; 30 seconds by default. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits == null");
      return this;
    }

    /** Serves TLS with the context's key as the server identity. */
    public Builder tls(SSLContext context) {
      this.tls = context;
      return this;
    }

    /** Whether TLS clients must present a certificate the context trusts; NONE by default. */
    public Builder clientAuth(ClientAuth clientAuth) {
      this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth == null");
      return this;
    }

    /** Binds the port and starts serving. */
    public RpcServer start() {
      if (defaultService == null && services.isEmpty()) {
        throw new IllegalStateException("no service to serve");
      }
      try {
        return new RpcServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on port " + port + ": " + e.getMessage(), e);
      }
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
