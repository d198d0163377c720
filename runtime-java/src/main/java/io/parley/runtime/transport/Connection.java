package io.parley.runtime.transport;

import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.ProtocolException;
import io.parley.runtime.TransportException;
import io.parley.runtime.protocol.AbstractProtocolReader;
import io.parley.runtime.protocol.ByteSink;
import io.parley.runtime.protocol.ByteSource;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;

/**
 * A socket that exchanges whole Thrift messages in one protocol and framing.
 *
 * <p>A message is written into a reused buffer (with room for the frame length in front) and sent
 * with one write and one flush. Incoming bytes go through one buffered source per connection; a
 * frame is checked against the limit and then decoded in place. A large frame's buffer is handed
 * to its decoder for good, so binary values are views of it that later frames never overwrite.
 * Not thread-safe: one exchange at a time.
 */
public final class Connection implements Closeable {
  // A send buffer that grew beyond this for one large message is not kept for the next.
  private static final int KEPT_BUFFER = 1 << 20;
  // A frame at least this large keeps the buffer it was read into, so its binary fields decode as
  // views instead of copies; smaller frames are decoded in the reused buffer, binary fields copied.
  static final int OWNED_FRAME = 64 * 1024;

  private final Socket socket;
  private final OutputStream out;
  private final Framing framing;
  private final Limits limits;
  private final DeadlineInputStream input;
  private final ByteSource stream;
  private final ByteSource frame;
  private final AbstractProtocolReader reader;
  private final ByteSink sink = new ByteSink(1024);
  private final ProtocolWriter writer;
  // When the send in progress started (System.nanoTime), or 0: lets a watchdog find a peer that stopped reading.
  private volatile long sendingSince;

  /**
   * Wraps a connected socket.
   *
   * @param readTimeout how long a read may wait when no deadline is set; zero waits forever
   */
  public Connection(Socket socket, Protocol protocol, Framing framing, Limits limits, Duration readTimeout)
      throws IOException {
    this.socket = socket;
    this.framing = framing;
    this.limits = limits;
    this.out = socket.getOutputStream();
    this.input = new DeadlineInputStream(socket, socket.getInputStream(), (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis()));
    long maxMessage = framing == Framing.FRAMED ? 4L + limits.maxFrameSize() : limits.maxMessageSize();
    this.stream = ByteSource.of(input, maxMessage);
    this.frame = framing == Framing.FRAMED ? ByteSource.of(new byte[0]) : null;
    this.reader = Protocols.reader(protocol, frame != null ? frame : stream, limits);
    this.writer = Protocols.writer(protocol, sink);
  }

  public Socket socket() {
    return socket;
  }

  public Framing framing() {
    return framing;
  }

  public SocketAddress remoteAddress() {
    return socket.getRemoteSocketAddress();
  }

  /** Reads from now on must finish within {@code nanos}. */
  public void deadlineIn(long nanos) {
    input.deadlineIn(nanos);
  }

  /** Reads wait up to the base read timeout again. */
  public void clearDeadline() {
    input.clearDeadline();
  }

  /**
   * Waits for the first bytes of the next message; false when the peer closed the connection
   * cleanly between messages.
   */
  public boolean awaitMessage() {
    return stream.awaitData();
  }

  /**
   * Prepares the next incoming message and returns the reader positioned at its envelope: for a
   * framed connection, after reading the whole frame.
   *
   * @throws TransportException FRAME_TOO_LARGE for a frame beyond the limit, CLOSED or TIMED_OUT
   */
  public AbstractProtocolReader receive() {
    // With nothing buffered, start the message at the front of the buffer: a read then has the
    // whole buffer to fill, instead of the tail left after earlier messages (which would split a
    // large reply over two reads). At the end of the stream, the reads below report CLOSED.
    stream.awaitData();
    stream.startMessage();
    if (frame != null) {
      int length = stream.readIntBE();
      if (length < 0) {
        throw new ProtocolException(ProtocolException.Kind.NEGATIVE_SIZE, "negative frame size " + length);
      }
      if (length > limits.maxFrameSize()) {
        throw new TransportException(TransportException.Kind.FRAME_TOO_LARGE,
            "frame of " + length + " bytes exceeds the limit of " + limits.maxFrameSize());
      }
      if (length > limits.maxMessageSize()) {
        throw new ProtocolException(ProtocolException.Kind.SIZE_LIMIT,
            "message of " + length + " bytes exceeds the limit of " + limits.maxMessageSize());
      }
      if (length >= OWNED_FRAME) {
        stream.sliceOwned(length, frame);
      } else {
        stream.slice(length, frame);
      }
    }
    return reader;
  }

  /** Starts an outgoing message and returns the writer to encode it with. */
  public ProtocolWriter startMessage() {
    sink.reset(KEPT_BUFFER);
    writer.reset();
    if (framing == Framing.FRAMED) {
      sink.writeIntBE(0); // the frame length, filled in by send()
    }
    return writer;
  }

  /**
   * Sends the message written since {@link #startMessage()} with one write and one flush.
   *
   * @throws TransportException FRAME_TOO_LARGE, before sending anything, for a frame the peer
   *     would refuse under the same limits; CLOSED when the write fails
   */
  public void send() {
    if (framing == Framing.FRAMED) {
      int length = sink.size() - 4;
      if (length > limits.maxFrameSize()) {
        throw new TransportException(TransportException.Kind.FRAME_TOO_LARGE,
            "message of " + length + " bytes exceeds the frame limit of " + limits.maxFrameSize());
      }
      sink.putIntBE(0, length);
    }
    sendingSince = System.nanoTime() | 1; // never 0 while sending
    try {
      sink.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new TransportException(TransportException.Kind.CLOSED, "write failed: " + e.getMessage(), e);
    } finally {
      sendingSince = 0;
    }
  }

  /**
   * Whether a send has been blocked for longer than {@code nanos}: the peer stopped reading.
   * Sockets have no write timeout, so a watchdog thread asks this and closes the connection.
   */
  public boolean sendStalledFor(long nanos) {
    long since = sendingSince;
    return since != 0 && System.nanoTime() - since > nanos;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
