package io.parley.bench;

import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.thrift.TBase;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TIOStreamTransport;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode and decode of the same values with Parley's generated code and libthrift's, in the
 * binary and compact protocols. Each encode reuses its output buffer, as an RPC stack does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {
  @Param({"small", "user", "page", "blob"})
  public String payload;

  @Param({"compact", "binary"})
  public String protocol;

  private Object parleyValue;
  private Method parleyWrite;
  private ProtocolWriter parleyWriter;
  private byte[] parleyBytes;
  private Protocol parleyProtocol;

  private TBase<?, ?> thriftValue;
  private org.apache.thrift.TByteArrayOutputStream thriftOut;
  private TProtocol thriftWriter;
  private TMemoryInputTransport thriftIn;
  private TProtocol thriftReader;
  private byte[] thriftBytes;

  @Setup
  public void setUp() throws Exception {
    parleyProtocol = protocol.equals("compact") ? Protocol.COMPACT : Protocol.BINARY;
    parleyValue = Payloads.parley(payload);
    parleyWrite = parleyValue.getClass().getMethod("write", ProtocolWriter.class);
    parleyWriter = Protocols.writer(parleyProtocol);
    parleyWrite.invoke(parleyValue, parleyWriter);
    parleyBytes = parleyWriter.toByteArray();

    thriftValue = Payloads.thrift(payload);
    thriftOut = new org.apache.thrift.TByteArrayOutputStream(1024);
    TIOStreamTransport transport = new TIOStreamTransport(thriftOut);
    thriftWriter = protocol.equals("compact") ? new TCompactProtocol(transport) : new TBinaryProtocol(transport);
    thriftValue.write(thriftWriter);
    thriftBytes = Arrays.copyOf(thriftOut.get(), thriftOut.len());
    thriftIn = new TMemoryInputTransport();
    thriftReader = protocol.equals("compact") ? new TCompactProtocol(thriftIn) : new TBinaryProtocol(thriftIn);
    if (!Arrays.equals(parleyBytes, thriftBytes)) {
      throw new IllegalStateException(payload + "/" + protocol + ": Parley and libthrift bytes differ");
    }
  }

  /** The encoded size, reported once per configuration by the runner. */
  public int wireBytes() {
    return parleyBytes.length;
  }

  @Benchmark
  public int parleyEncode() throws Exception {
    parleyWriter.reset();
    writeParley();
    return parleyWriter.size();
  }

  private void writeParley() throws Exception {
    // A direct call in real code; the benchmark dispatches once per payload type.
    if (parleyValue instanceof io.parley.bench.parley.User u) {
      u.write(parleyWriter);
    } else if (parleyValue instanceof io.parley.bench.parley.Page p) {
      p.write(parleyWriter);
    } else if (parleyValue instanceof io.parley.bench.parley.Small s) {
      s.write(parleyWriter);
    } else {
      ((io.parley.bench.parley.Blob) parleyValue).write(parleyWriter);
    }
  }

  @Benchmark
  public Object parleyDecode() {
    return Payloads.parleyRead(payload, Protocols.reader(parleyProtocol, parleyBytes));
  }

  @Benchmark
  public int thriftEncode() throws Exception {
    thriftOut.reset();
    thriftValue.write(thriftWriter);
    return thriftOut.len();
  }

  @Benchmark
  public Object thriftDecode() throws Exception {
    thriftIn.reset(thriftBytes);
    TBase<?, ?> value = Payloads.thriftEmpty(payload);
    value.read(thriftReader);
    return value;
  }
}
