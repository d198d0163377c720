package io.parley.compiler.parse;

import io.parley.compiler.ast.Doc;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * Passes the lexer's default-channel tokens to the parser and keeps, for each of them, the doc
 * comment standing right before it (only blanks and other comments between).
 *
 * <p>Blanks and comments never reach a token buffer, and nothing needs to look back through the
 * tokens for documentation, so the parser can read from an unbuffered stream.
 */
final class DocCommentFilter extends DelegatingTokenSource {
  private static final int DOC_CHANNEL = 2;

  /** Raw doc comment text by the start offset of the token it documents. */
  private final Map<Integer, String> docs = new HashMap<>();
  private Token pendingDoc;

  DocCommentFilter(TokenSource lexer) {
    super(lexer);
  }

  @Override
  public Token nextToken() {
    while (true) {
      Token token = source.nextToken();
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        if (pendingDoc != null) {
          docs.put(token.getStartIndex(), pendingDoc.getText());
          pendingDoc = null;
        }
        return token;
      }
      if (token.getChannel() == DOC_CHANNEL) {
        pendingDoc = token;
      }
    }
  }

  /** The doc comment right before {@code token}, a token this filter passed on. */
  Doc docBefore(Token token) {
    String raw = docs.get(token.getStartIndex());
    return raw == null ? Doc.NONE : Doc.fromComment(raw);
  }
}
