package io.parley.bench;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;

/**
 * protobuf-java's generated code (protoc from Maven Central): encode into a reused array through
 * {@link CodedOutputStream}, decode with the message's parser from the array.
 */
final class ProtobufCodec implements Codec {
  private final MessageLite value;
  private final Parser<? extends MessageLite> parser;
  private final byte[] buffer;
  private final byte[] bytes;

  ProtobufCodec(String payload) {
    value = Payloads.protobuf(payload);
    parser = value.getParserForType();
    bytes = value.toByteArray();
    buffer = new byte[bytes.length + 1024];
  }

  @Override
  public int encode() throws Exception {
    CodedOutputStream out = CodedOutputStream.newInstance(buffer);
    value.writeTo(out);
    return out.getTotalBytesWritten();
  }

  @Override
  public Object decode() throws Exception {
    return parser.parseFrom(bytes);
  }

  @Override
  public byte[] bytes() {
    return bytes;
  }
}
