package io.parley.compiler.parse;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.grammar.ThriftLexer;
import io.parley.grammar.ThriftParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics a Thrift user can act on: the token that was not
 * expected, and what could have stood there when that is a short list.
 */
final class SyntaxErrorListener extends BaseErrorListener {
  private static final int MAX_EXPECTED = 6;

  private final String path;
  private final Diagnostics diagnostics;
  private int lastErrorLine = -1;

  SyntaxErrorListener(String path, Diagnostics diagnostics) {
    this.path = path;
    this.diagnostics = diagnostics;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String msg, RecognitionException e) {
    // One syntax error a line: the ones that follow on the same line are its echoes.
    if (line == lastErrorLine) {
      return;
    }
    lastErrorLine = line;
    Location at = new Location(path, line, charPositionInLine + 1);
    if (!(offendingSymbol instanceof Token token) || !(recognizer instanceof Parser parser)) {
      diagnostics.error(at, msg);
      return;
    }
    diagnostics.error(at, describe(token, parser, e));
  }

  private static String describe(Token token, Parser parser, RecognitionException e) {
    switch (token.getType()) {
      case ThriftLexer.UNTERMINATED_LITERAL:
        return "unterminated string: the closing quote is missing on this line";
      case ThriftLexer.UNTERMINATED_COMMENT:
        return "unterminated comment: '/*' has no matching '*/'";
      case ThriftLexer.UNEXPECTED_CHAR:
        return "unexpected character '" + token.getText() + "'";
      default:
        break;
    }
    IntervalSet expected = e != null && e.getExpectedTokens() != null
        ? e.getExpectedTokens() : parser.getExpectedTokens();
    String found = token.getType() == Token.EOF ? "end of file" : "'" + token.getText() + "'";
    String wanted = expectedList(expected, parser.getVocabulary());
    return wanted.isEmpty() ? "unexpected " + found : "expected " + wanted + " but found " + found;
  }

  private static String expectedList(IntervalSet expected, Vocabulary vocabulary) {
    List<String> names = new ArrayList<>();
    boolean name = expected.contains(ThriftLexer.IDENTIFIER);
    if (name) {
      names.add("a name");
    }
    for (int type : expected.toList()) {
      if (type == ThriftLexer.IDENTIFIER || (name && isSoftKeyword(type))) {
        continue;
      }
      names.add(display(type, vocabulary));
    }
    if (names.isEmpty() || names.size() > MAX_EXPECTED) {
      return "";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static boolean isSoftKeyword(int type) {
    String literal = ThriftLexer.VOCABULARY.getLiteralName(type);
    return literal != null && Character.isLetter(literal.charAt(1));
  }

  private static String display(int type, Vocabulary vocabulary) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case ThriftParser.INTEGER, ThriftParser.HEX_INTEGER -> "an integer";
      case ThriftParser.DOUBLE -> "a number";
      case ThriftParser.LITERAL -> "a quoted string";
      default -> vocabulary.getDisplayName(type);
    };
  }
}
