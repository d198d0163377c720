package io.parley.compiler.ast;

/** The built-in scalar types of Thrift; {@code byte} is {@link #I8}. */
public enum BaseKind {
  BOOL("bool"),
  I8("i8"),
  I16("i16"),
  I32("i32"),
  I64("i64"),
  DOUBLE("double"),
  STRING("string"),
  BINARY("binary"),
  UUID("uuid");

  private final String idlName;

  BaseKind(String idlName) {
    this.idlName = idlName;
  }

  /** The canonical IDL spelling. */
  public String idlName() {
    return idlName;
  }

  /** Whether values of this kind are integers. */
  public boolean isInteger() {
    return this == I8 || this == I16 || this == I32 || this == I64;
  }
}
