package io.parley.compiler.check;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;

/** A check on one file's syntax tree that needs no resolved names. */
public interface ElementRule {
  void check(SourceFile file, Diagnostics diagnostics);
}
