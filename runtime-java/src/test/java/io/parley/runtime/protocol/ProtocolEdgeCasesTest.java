package io.parley.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.runtime.ApplicationException;
import io.parley.runtime.Protocol;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.thrift.TApplicationException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TMemoryBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Protocol details outside the generic scenarios: uuid, envelopes, application errors, reuse. */
class ProtocolEdgeCasesTest {
  private static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
  private static final String ID_HEX = "00112233445566778899aabbccddeeff";

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void uuidIsSixteenBigEndianBytesAsTheSpecificationSays(Protocol protocol) {
    ProtocolWriter w = Protocols.writer(protocol);
    w.writeUuid(ID);
    assertEquals(ID_HEX, HexFormat.of().formatHex(w.toByteArray()));
    assertEquals(ID, Protocols.reader(protocol, w.toByteArray()).readUuid());
  }

  /** libthrift for Java 0.21 deviates from the specification; pinned here so that a fix upstream shows. */
  @ParameterizedTest
  @EnumSource(Protocol.class)
  void libthriftJavaWritesUuidsInADifferentOrder(Protocol protocol) throws Exception {
    TMemoryBuffer buf = new TMemoryBuffer(32);
    Libthrift.protocol(protocol, buf).writeUuid(ID);
    String hex = HexFormat.of().formatHex(Arrays.copyOf(buf.getArray(), buf.length()));
    assertNotEquals(ID_HEX, hex);
    assertEquals(protocol == Protocol.BINARY ? "8899aabbccddeeff0011223344556677" : "ffeeddccbbaa99887766554433221100", hex);
  }

  @Test
  void uuidFieldsAndSkippingThem() {
    for (Protocol protocol : Protocol.values()) {
      ProtocolWriter w = Protocols.writer(protocol);
      w.structBegin();
      w.fieldBegin(TType.UUID, (short) 1);
      w.writeUuid(ID);
      w.fieldBegin(TType.I32, (short) 2);
      w.writeI32(7);
      w.fieldStop();
      w.structEnd();
      ProtocolReader r = Protocols.reader(protocol, w.toByteArray());
      r.structBegin();
      int h = r.fieldBegin();
      assertEquals(TType.UUID, ProtocolReader.fieldType(h));
      r.skip(TType.UUID);
      assertEquals(2, ProtocolReader.fieldId(r.fieldBegin()));
      assertEquals(7, r.readI32());
      assertEquals(0, r.fieldBegin());
    }
  }

  @Test
  void binaryWritesStrictEnvelopes() {
    ProtocolWriter w = Protocols.writer(Protocol.BINARY);
    w.messageBegin("m", MessageType.ONEWAY, 5);
    assertEquals("80010004000000016d00000005", HexFormat.of().formatHex(w.toByteArray()));
  }

  @Test
  void binaryReadsOldStyleEnvelopes() throws Exception {
    TMemoryBuffer buf = new TMemoryBuffer(64);
    TProtocol p = new TBinaryProtocol(buf, false, false);
    p.writeMessageBegin(new TMessage("getUser", MessageType.CALL, 42));
    p.writeStructBegin(null);
    p.writeFieldStop();
    byte[] bytes = Arrays.copyOf(buf.getArray(), buf.length());
    assertEquals(7, bytes[3]); // no version word: the name's length comes first
    AbstractProtocolReader r = Protocols.reader(Protocol.BINARY, bytes);
    assertEquals(new MessageHeader("getUser", MessageType.CALL, 42), r.messageBegin());
    r.skip(TType.STRUCT);
    assertTrue(r.topLevelStructRead());
  }

  @Test
  void compactEnvelopeLayout() {
    ProtocolWriter w = Protocols.writer(Protocol.COMPACT);
    w.messageBegin("m", MessageType.EXCEPTION, 300);
    assertEquals("8261ac02016d", HexFormat.of().formatHex(w.toByteArray()));
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void applicationExceptionsMatchLibthrift(Protocol protocol) throws Exception {
    TMemoryBuffer buf = new TMemoryBuffer(64);
    new TApplicationException(TApplicationException.INTERNAL_ERROR, "boom \u00e9").write(Libthrift.protocol(protocol, buf));
    byte[] theirs = Arrays.copyOf(buf.getArray(), buf.length());
    ProtocolWriter w = Protocols.writer(protocol);
    new ApplicationException(ApplicationException.Type.INTERNAL_ERROR, "boom \u00e9").write(w);
    assertArrayEquals(theirs, w.toByteArray());
    ApplicationException back = ApplicationException.read(Protocols.reader(protocol, theirs));
    assertEquals(ApplicationException.Type.INTERNAL_ERROR, back.type());
    assertEquals("boom \u00e9", back.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void boolFieldThroughFieldBeginMatchesFieldBool(Protocol protocol) {
    ProtocolWriter a = Protocols.writer(protocol);
    ProtocolWriter b = Protocols.writer(protocol);
    for (ProtocolWriter w : new ProtocolWriter[] {a, b}) {
      w.structBegin();
      w.fieldBegin(TType.I32, (short) 3);
      w.writeI32(1);
    }
    a.fieldBool((short) 4, true);
    b.fieldBegin(TType.BOOL, (short) 4);
    b.writeBool(true);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void writerResetForgetsContentAndState(Protocol protocol) {
    ProtocolWriter w = Protocols.writer(protocol);
    w.structBegin();
    w.fieldBegin(TType.I32, (short) 10);
    w.writeI32(1);
    w.structBegin();
    w.reset();
    assertEquals(0, w.size());
    w.structBegin();
    w.fieldBegin(TType.I32, (short) 1);
    w.writeI32(1);
    ProtocolWriter fresh = Protocols.writer(protocol);
    fresh.structBegin();
    fresh.fieldBegin(TType.I32, (short) 1);
    fresh.writeI32(1);
    assertArrayEquals(fresh.toByteArray(), w.toByteArray());
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void readerStartsEachMessageAfresh(Protocol protocol) {
    ProtocolWriter w = Protocols.writer(protocol);
    int second = 0;
    for (int i = 0; i < 2; i++) {
      second = w.size();
      w.messageBegin("m" + i, MessageType.CALL, i);
      w.structBegin();
      w.fieldBegin(TType.I32, (short) 7);
      w.writeI32(i);
      w.fieldStop();
      w.structEnd();
    }
    AbstractProtocolReader r = Protocols.reader(protocol, w.toByteArray());
    assertEquals("m0", r.messageBegin().name());
    r.structBegin();
    r.fieldBegin(); // abandon the first message half way
    r.readI32();
    assertFalse(r.topLevelStructRead());
    byte[] bytes = w.toByteArray();
    r.source().wrap(bytes, second, bytes.length - second); // as a framed transport does per frame
    assertEquals(new MessageHeader("m1", MessageType.CALL, 1), r.messageBegin());
    assertEquals(0, r.depth());
    r.structBegin();
    assertEquals(7, ProtocolReader.fieldId(r.fieldBegin()));
    assertEquals(1, r.readI32());
    assertEquals(0, r.fieldBegin());
    r.structEnd();
    assertTrue(r.topLevelStructRead());
  }
}
