package io.parley.bench;

/**
 * One implementation's encoder and decoder of one payload, set up once per benchmark run: encode
 * writes the value into a reused buffer, decode reads the value's bytes into a new value.
 */
interface Codec {
  /** Encodes the payload value; returns the number of bytes written. */
  int encode() throws Exception;

  /** Decodes the payload's bytes into a new value. */
  Object decode() throws Exception;

  /** The bytes of the encoded payload. */
  byte[] bytes();

  /** The codec named as in the benchmark's {@code codec} parameter. */
  static Codec of(String codec, String payload) throws Exception {
    return switch (codec) {
      case "parley-compact" -> new ParleyCodec(payload, io.parley.runtime.Protocol.COMPACT, false);
      case "parley-binary" -> new ParleyCodec(payload, io.parley.runtime.Protocol.BINARY, false);
      case "parley-compact-owned" -> new ParleyCodec(payload, io.parley.runtime.Protocol.COMPACT, true);
      case "thrift-compact" -> new ThriftCodec(payload, true);
      case "thrift-binary" -> new ThriftCodec(payload, false);
      case "protobuf" -> new ProtobufCodec(payload);
      default -> throw new IllegalArgumentException("unknown codec " + codec);
    };
  }
}
