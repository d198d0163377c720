package io.parley.compiler.ast;

/** Whether a field must be set: Thrift's three levels, {@link #DEFAULT} when none is written. */
public enum Requiredness {
  REQUIRED,
  OPTIONAL,
  DEFAULT
}
