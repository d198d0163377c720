package io.parley.runtime.rpc;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.TransportException;
import io.parley.runtime.protocol.AbstractProtocolReader;
import io.parley.runtime.protocol.MessageHeader;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.TType;
import io.parley.runtime.transport.Connection;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Handles one incoming call on a server connection: finds the method (by plain name in the
 * default service, or as {@code Service:method}), runs its handler and writes the reply or the
 * application error that replaces it.
 *
 * <p>Errors map as Apache Thrift maps them: an unknown service or method is UNKNOWN_METHOD,
 * arguments that do not decode are PROTOCOL_ERROR, anything a handler throws is INTERNAL_ERROR with
 * the exception's message only (the stack trace goes to the server log). Oneway calls never get a
 * reply. Immutable; shared by all connections.
 */
final class CallDispatcher {
  private static final Logger LOG = System.getLogger(RpcServer.class.getName());

  private final ServiceProcessor defaultService;
  private final Map<String, ServiceProcessor> services;

  CallDispatcher(ServiceProcessor defaultService, Map<String, ServiceProcessor> multiplexed) {
    this.defaultService = defaultService;
    Map<String, ServiceProcessor> all = new HashMap<>(multiplexed);
    if (defaultService != null) {
      all.putIfAbsent(defaultService.serviceName(), defaultService);
    }
    this.services = Map.copyOf(all);
  }

  /**
   * Reads one message from {@code conn} and answers it. Returns whether the connection can carry
   * another message; throws when it cannot even be answered (a bad envelope or frame, a transport
   * failure), and the caller closes it.
   */
  boolean handle(Connection conn) {
    AbstractProtocolReader in = conn.receive();
    MessageHeader call = in.messageBegin();
    boolean oneway = call.type() == MessageType.ONEWAY;
    if (call.type() != MessageType.CALL && !oneway) {
      // Not a request: what follows cannot be trusted, so answer and hang up.
      reply(conn, call, ApplicationException.Type.INVALID_MESSAGE_TYPE,
          "Invalid message type " + call.type() + " for '" + call.name() + "'");
      return false;
    }
    int colon = call.name().indexOf(':');
    String serviceName = colon < 0 ? null : call.name().substring(0, colon);
    String methodName = call.name().substring(colon + 1);
    ServiceProcessor service = serviceName == null ? defaultService : services.get(serviceName);
    Optional<ServiceProcessor.Method> method = service == null ? Optional.empty() : service.method(methodName);
    // Replies carry the plain method name, as Thrift's TMultiplexedProcessor answers.
    MessageHeader answer = new MessageHeader(methodName, call.type(), call.seqId());
    if (method.isEmpty()) {
      in.skip(TType.STRUCT);
      if (!oneway) {
        reply(conn, answer, ApplicationException.Type.UNKNOWN_METHOD, service == null && serviceName != null
            ? "Unknown service '" + serviceName + "'"
            : "Invalid method name: '" + methodName + "'");
      }
      return true;
    }
    return invoke(conn, in, answer, method.get(), oneway || method.get().oneway());
  }

  /** Runs a handler and sends what it returns, or the error it ends in. */
  private boolean invoke(Connection conn, AbstractProtocolReader in, MessageHeader call, ServiceProcessor.Method method,
      boolean noReply) {
    StructWriter result;
    try {
      result = method.handler().invoke(in);
    } catch (ProtocolException e) {
      if (in.topLevelStructRead()) {
        return failed(conn, in, call, noReply, e);
      }
      LOG.log(Level.DEBUG, () -> "arguments of '" + call.name() + "' from " + conn.remoteAddress()
          + " do not decode: " + e.getMessage());
      answer(conn, call, noReply, ApplicationException.Type.PROTOCOL_ERROR, e.getMessage());
      return inStep(conn, in);
    } catch (TransportException e) {
      if (!in.topLevelStructRead()) {
        throw e; // the arguments never arrived
      }
      return failed(conn, in, call, noReply, e);
    } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
      return failed(conn, in, call, noReply, e);
    }
    if (!in.topLevelStructRead() && in.depth() == 0 && conn.framing() == Framing.BUFFERED) {
      in.skip(TType.STRUCT); // the handler ignored its arguments; step over them in the stream
    }
    if (noReply) {
      return true;
    }
    if (result == null) {
      LOG.log(Level.ERROR, "handler of '" + call.name() + "' returned no result");
      reply(conn, call, ApplicationException.Type.INTERNAL_ERROR, "Internal error processing " + call.name());
      return true;
    }
    try {
      ProtocolWriter out = conn.startMessage();
      out.messageBegin(call.name(), MessageType.REPLY, call.seqId());
      result.write(out);
      conn.send();
    } catch (TransportException e) {
      if (e.kind() != TransportException.Kind.FRAME_TOO_LARGE) {
        throw e;
      }
      LOG.log(Level.WARNING, "reply to '" + call.name() + "' is too large: " + e.getMessage());
      reply(conn, call, ApplicationException.Type.INTERNAL_ERROR, "Reply too large for " + call.name());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "writing the reply to '" + call.name() + "' failed", e);
      reply(conn, call, ApplicationException.Type.INTERNAL_ERROR, "Internal error processing " + call.name());
    }
    return true;
  }

  /**
   * Whether the next message can be found after a call that failed: a frame ends where it ends, but
   * in a stream the rest of a half-read message is lost.
   */
  private static boolean inStep(Connection conn, AbstractProtocolReader in) {
    return conn.framing() == Framing.FRAMED || in.topLevelStructRead();
  }

  /** A handler failed: the stack trace goes to the log, only the message to the caller. */
  private static boolean failed(Connection conn, AbstractProtocolReader in, MessageHeader call, boolean noReply,
      Throwable e) {
    LOG.log(Level.ERROR, "handler of '" + call.name() + "' failed for " + conn.remoteAddress(), e);
    String message = e.getMessage() != null ? e.getMessage() : "Internal error processing " + call.name();
    answer(conn, call, noReply, ApplicationException.Type.INTERNAL_ERROR, message);
    return inStep(conn, in);
  }

  private static void answer(Connection conn, MessageHeader call, boolean noReply, ApplicationException.Type type,
      String message) {
    if (!noReply) {
      reply(conn, call, type, message);
    }
  }

  private static void reply(Connection conn, MessageHeader call, ApplicationException.Type type, String message) {
    ProtocolWriter out = conn.startMessage();
    out.messageBegin(call.name(), MessageType.EXCEPTION, call.seqId());
    new ApplicationException(type, message).write(out);
    conn.send();
  }
}
