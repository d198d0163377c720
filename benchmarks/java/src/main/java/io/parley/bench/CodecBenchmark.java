package io.parley.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode and decode of the same values with Parley's generated code (binary and compact
 * protocols), libthrift's, and protobuf-java's. Each encode reuses its output buffer, as an RPC
 * stack does. {@code parley-compact-owned} decodes from bytes the reader was told it owns, so
 * binary fields are views of them instead of copies.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {
  @Param({"small", "user", "page", "blob"})
  public String payload;

  @Param({"parley-compact", "parley-binary", "parley-compact-owned", "thrift-compact", "thrift-binary", "protobuf"})
  public String codec;

  private Codec impl;

  @Setup
  public void setUp() throws Exception {
    impl = Codec.of(codec, payload);
    WireSizes.check(codec, payload, impl);
  }

  @Benchmark
  public int encode() throws Exception {
    return impl.encode();
  }

  @Benchmark
  public Object decode() throws Exception {
    return impl.decode();
  }
}
