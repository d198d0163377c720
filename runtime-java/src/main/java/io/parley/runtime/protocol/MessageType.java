package io.parley.runtime.protocol;

/** The kind of an RPC message, as carried in its envelope. */
public final class MessageType {
  private MessageType() {}

  public static final byte CALL = 1;
  public static final byte REPLY = 2;
  public static final byte EXCEPTION = 3;
  public static final byte ONEWAY = 4;
}
