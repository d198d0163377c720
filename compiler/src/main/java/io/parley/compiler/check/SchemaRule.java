package io.parley.compiler.check;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Schema;

/** A check on the linked schema, run only when linking found no error. */
public interface SchemaRule {
  void check(Schema schema, Diagnostics diagnostics);
}
