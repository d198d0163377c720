package io.parley.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Checks that the codecs agree (Parley's bytes equal libthrift's in each protocol; every codec
 * decodes what it encoded to an equal value) and prints each payload's size on the wire as
 * {@code payload,codec,bytes} lines.
 */
public final class WireSizes {
  static final List<String> PAYLOADS = List.of("small", "user", "page", "blob");
  static final List<String> CODECS = List.of("parley-compact", "parley-binary", "thrift-compact", "thrift-binary", "protobuf");

  private WireSizes() {}

  /** Fails when {@code impl} does not round-trip, or when Parley's bytes differ from libthrift's. */
  static void check(String codec, String payload, Codec impl) throws Exception {
    Object first = impl.decode();
    Object second = impl.decode();
    if (!first.equals(second) || first == second) {
      throw new IllegalStateException(codec + "/" + payload + ": decode is not repeatable");
    }
    if (!first.equals(expected(codec, payload))) {
      throw new IllegalStateException(codec + "/" + payload + ": decoded value differs from the encoded one");
    }
    if (codec.startsWith("parley-")) {
      String peer = codec.contains("compact") ? "thrift-compact" : "thrift-binary";
      if (!Arrays.equals(impl.bytes(), Codec.of(peer, payload).bytes())) {
        throw new IllegalStateException(codec + "/" + payload + ": Parley and libthrift bytes differ");
      }
    }
  }

  private static Object expected(String codec, String payload) {
    if (codec.startsWith("parley-")) {
      return Payloads.parley(payload);
    }
    return codec.startsWith("thrift-") ? Payloads.thrift(payload) : Payloads.protobuf(payload);
  }

  public static void main(String[] args) throws Exception {
    for (String payload : PAYLOADS) {
      for (String codec : CODECS) {
        Codec impl = Codec.of(codec, payload);
        check(codec, payload, impl);
        System.out.println(payload + "," + codec + "," + impl.bytes().length);
      }
    }
  }
}
