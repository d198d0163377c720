package io.parley.runtime;

/** How messages are delimited on a connection. */
public enum Framing {
  /** Each message is preceded by its length as a 4-byte big-endian integer (TFramedTransport). */
  FRAMED,
  /** Messages follow one another on the stream (TSocket with a buffered transport). */
  BUFFERED
}
