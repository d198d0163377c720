package io.parley.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.runtime.Bytes;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.AbstractProtocolReader;
import io.parley.runtime.protocol.Limits;
import io.parley.runtime.protocol.MessageType;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Binary values decoded from a frame stay intact after the connection reads the next frames,
 * whether the frame was decoded in the connection's reused buffer (copies) or in a buffer handed
 * over to it (views of a large frame).
 */
@Timeout(30)
class ConnectionFramesTest {
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private Socket[] pair() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Socket ours = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
      Socket peer = listener.accept();
      open.add(ours);
      open.add(peer);
      return new Socket[] {ours, peer};
    }
  }

  /** A framed call whose body is one binary of {@code size} bytes, all {@code fill}. */
  private static byte[] frame(Protocol protocol, int size, byte fill) {
    ProtocolWriter w = Protocols.writer(protocol);
    w.messageBegin("m", MessageType.CALL, fill);
    byte[] value = new byte[size];
    java.util.Arrays.fill(value, fill);
    w.writeBinary(value);
    byte[] body = w.toByteArray();
    byte[] frame = new byte[4 + body.length];
    frame[0] = (byte) (body.length >>> 24);
    frame[1] = (byte) (body.length >>> 16);
    frame[2] = (byte) (body.length >>> 8);
    frame[3] = (byte) body.length;
    System.arraycopy(body, 0, frame, 4, body.length);
    return frame;
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void binaryValuesSurviveTheNextFrames(Protocol protocol) throws Exception {
    Socket[] s = pair();
    Connection c = new Connection(s[0], protocol, Framing.FRAMED, Limits.DEFAULT, Duration.ZERO);
    int[] sizes = {Connection.OWNED_FRAME + 10, 100, 3 * Connection.OWNED_FRAME, Connection.OWNED_FRAME - 100, 7};
    // All frames in one write, so later frames are already buffered behind a large one.
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < sizes.length; i++) {
      all.write(frame(protocol, sizes[i], (byte) (i + 1)));
    }
    Thread writer = new Thread(() -> {
      try {
        s[1].getOutputStream().write(all.toByteArray());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    List<Bytes> values = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      AbstractProtocolReader r = c.receive();
      assertEquals(i + 1, r.messageBegin().seqId());
      Bytes value = r.readBytes();
      assertEquals(sizes[i], value.size());
      values.add(value);
    }
    writer.join();
    for (int i = 0; i < sizes.length; i++) {
      byte[] expected = new byte[sizes[i]];
      java.util.Arrays.fill(expected, (byte) (i + 1));
      assertArrayEquals(expected, values.get(i).toByteArray(), "value " + i + " after the later frames");
    }
  }
}
