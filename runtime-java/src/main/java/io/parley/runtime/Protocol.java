package io.parley.runtime;

/** The two Thrift protocols Parley speaks. */
public enum Protocol {
  BINARY,
  COMPACT
}
