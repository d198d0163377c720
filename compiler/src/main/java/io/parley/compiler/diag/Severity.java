package io.parley.compiler.diag;

/** How serious a diagnostic is; a note only ever accompanies an error or warning. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in a diagnostic line, e.g. {@code error}. */
  public String label() {
    return label;
  }
}
