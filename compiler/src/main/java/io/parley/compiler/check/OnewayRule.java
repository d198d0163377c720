package io.parley.compiler.check;

import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;

/** A oneway method gets no reply, so it can neither return a value nor throw a declared exception. */
final class OnewayRule implements ElementRule {
  @Override
  public void check(SourceFile file, Diagnostics diagnostics) {
    for (Members.Method method : Members.methods(file.element())) {
      FunctionElement f = method.function();
      if (!f.oneway()) {
        continue;
      }
      if (f.returnType() != null) {
        diagnostics.error(f.returnLocation(), "oneway method '" + f.name()
            + "' must return void: the caller never receives a reply");
      }
      if (!f.exceptions().isEmpty()) {
        diagnostics.error(f.exceptions().get(0).location(), "oneway method '" + f.name()
            + "' cannot declare exceptions: the caller never receives a reply");
      }
    }
  }
}
