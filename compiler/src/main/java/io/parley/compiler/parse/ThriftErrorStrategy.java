package io.parley.compiler.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * ANTLR's recovery, except that it never drops a closing bracket to go on: keywords may name
 * fields, so after deleting a '}' the next {@code struct} would read as a field name and the errors
 * that follow would all be echoes.
 */
final class ThriftErrorStrategy extends DefaultErrorStrategy {
  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    String text = recognizer.getCurrentToken().getText();
    if (text.equals("}") || text.equals(")") || text.equals("]") || text.equals(">")) {
      return null;
    }
    return super.singleTokenDeletion(recognizer);
  }
}
