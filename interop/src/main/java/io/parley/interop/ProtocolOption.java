package io.parley.interop;

import io.parley.runtime.Protocol;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of the {@code --protocol} option of Apache Thrift's cross-test runner: a wire protocol,
 * optionally multiplexed ({@code multi} is binary and {@code multic} compact, with calls named
 * {@code Service:method}).
 */
public enum ProtocolOption {
  BINARY("binary", Protocol.BINARY, false),
  COMPACT("compact", Protocol.COMPACT, false),
  MULTI("multi", Protocol.BINARY, true),
  MULTIC("multic", Protocol.COMPACT, true);

  private final String option;
  private final Protocol protocol;
  private final boolean multiplexed;

  ProtocolOption(String option, Protocol protocol, boolean multiplexed) {
    this.option = option;
    this.protocol = protocol;
    this.multiplexed = multiplexed;
  }

  /** The spelling on the command line. */
  public String option() {
    return option;
  }

  /** The wire protocol. */
  public Protocol protocol() {
    return protocol;
  }

  /** Whether calls are named {@code Service:method}. */
  public boolean multiplexed() {
    return multiplexed;
  }

  /** The option spelled {@code text}. */
  public static ProtocolOption of(String text) {
    for (ProtocolOption p : values()) {
      if (p.option.equals(text)) {
        return p;
      }
    }
    throw new UsageException("unknown protocol '" + text + "', expected one of "
        + Arrays.stream(values()).map(ProtocolOption::option).collect(Collectors.joining(", ")));
  }
}
