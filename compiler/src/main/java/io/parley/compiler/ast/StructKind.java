package io.parley.compiler.ast;

/** The three flavours of a field list with a name. */
public enum StructKind {
  STRUCT("struct"),
  UNION("union"),
  EXCEPTION("exception");

  private final String keyword;

  StructKind(String keyword) {
    this.keyword = keyword;
  }

  /** The IDL keyword. */
  public String keyword() {
    return keyword;
  }
}
