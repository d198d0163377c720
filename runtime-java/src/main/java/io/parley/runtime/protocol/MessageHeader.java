package io.parley.runtime.protocol;

/** The envelope of an RPC message: method name, {@link MessageType} and sequence id. */
public record MessageHeader(String name, byte type, int seqId) {}
