package io.parley.compiler.parse;

import io.parley.grammar.ThriftLexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * Passes tokens on until brackets of any kind ({@code [ { ( <}) stand open more than {@link #MAX}
 * deep, then stops the parse with {@link TooDeep}.
 *
 * <p>The parser and every later phase follow nesting by recursion, so a hostile file of a few
 * thousand {@code [} would otherwise end in a stack overflow; real IDL nests a handful of levels.
 */
final class NestingLimit extends DelegatingTokenSource {
  /** The deepest nesting allowed. */
  static final int MAX = 100;

  private static final boolean[] OPENS = types("'['", "'{'", "'('", "'<'");
  private static final boolean[] CLOSES = types("']'", "'}'", "')'", "'>'");

  private int depth;

  NestingLimit(TokenSource source) {
    super(source);
  }

  /** Thrown at the token that opens one level too many; not a syntax error, so no parser recovers from it. */
  static final class TooDeep extends RuntimeException {
    private final transient Token token;

    TooDeep(Token token) {
      super(null, null, false, false);
      this.token = token;
    }

    /** The opening bracket one level too deep. */
    Token token() {
      return token;
    }
  }

  @Override
  public Token nextToken() {
    Token token = source.nextToken();
    int type = token.getType();
    if (type >= 0 && type < OPENS.length) {
      if (OPENS[type] && ++depth > MAX) {
        throw new TooDeep(token);
      }
      if (CLOSES[type] && depth > 0) {
        depth--;
      }
    }
    return token;
  }

  private static boolean[] types(String... literals) {
    boolean[] marks = new boolean[ThriftLexer.VOCABULARY.getMaxTokenType() + 1];
    for (String literal : literals) {
      boolean found = false;
      for (int type = 0; type < marks.length; type++) {
        if (literal.equals(ThriftLexer.VOCABULARY.getLiteralName(type))) {
          marks[type] = true;
          found = true;
        }
      }
      if (!found) {
        throw new IllegalStateException("the grammar has no token " + literal);
      }
    }
    return marks;
  }
}
