package io.parley.compiler.parse;

import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.grammar.ThriftLexer;
import io.parley.grammar.ThriftParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
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

  /** Header keywords removed from Thrift, with the namespace scope that replaces each. */
  private static final java.util.Map<String, String> LEGACY_HEADERS = java.util.Map.of(
      "cpp_namespace", "cpp", "java_package", "java", "delphi_namespace", "delphi",
      "php_namespace", "php", "py_module", "py", "perl_package", "perl", "ruby_namespace", "rb",
      "smalltalk_category", "st", "smalltalk_prefix", "st", "xsd_namespace", "xsd");

  private static final java.util.Set<String> STARTS_DEFINITION = java.util.Set.of(
      "struct", "union", "exception", "enum", "service", "typedef", "const", "include", "namespace");

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
    ParserRuleContext block = unclosedBlock(token, parser);
    Diagnostic error = Diagnostic.error(at, describe(token, parser, e, block != null));
    if (block != null) {
      Token name = block.getStart();
      error = error.withNote(new Location(path, name.getLine(), name.getCharPositionInLine() + 1),
          "is the '}' closing this " + name.getText() + " missing?");
    }
    diagnostics.add(error);
  }

  /**
   * The struct, enum or service still open when a '{' or the end of the file turns up inside it: a
   * missing '}' makes the next definition look like a field, so the error shows up late.
   */
  private static ParserRuleContext unclosedBlock(Token token, Parser parser) {
    if (token.getType() != Token.EOF && !token.getText().equals("{") && !STARTS_DEFINITION.contains(token.getText())) {
      return null;
    }
    for (ParserRuleContext ctx = parser.getContext(); ctx != null; ctx = ctx.getParent()) {
      if (ctx instanceof ThriftParser.StructDefinitionContext
          || ctx instanceof ThriftParser.EnumDefinitionContext
          || ctx instanceof ThriftParser.ServiceDefinitionContext) {
        return ctx;
      }
    }
    return null;
  }

  private static String describe(Token token, Parser parser, RecognitionException e, boolean blockOpen) {
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
    String legacy = LEGACY_HEADERS.get(token.getText());
    if (legacy != null) {
      return "'" + token.getText() + "' is no longer supported; write 'namespace " + legacy + " ...'";
    }
    if ((token.getText().equals(";") || token.getText().equals(","))
        && parser.getContext() instanceof ThriftParser.DocumentContext) {
      return "unexpected '" + token.getText() + "': no separator follows a struct, enum, service or header";
    }
    IntervalSet expected = e != null && e.getExpectedTokens() != null
        ? e.getExpectedTokens() : parser.getExpectedTokens();
    String found = token.getType() == Token.EOF ? "end of file"
        : !blockOpen && isSoftKeyword(token.getType()) && expected.contains(ThriftLexer.IDENTIFIER)
            ? "the keyword '" + token.getText() + "' (keywords may name fields only)"
            : "'" + token.getText() + "'";
    String wanted = expectedList(expected, parser.getVocabulary());
    return wanted.isEmpty() ? "unexpected " + found : "expected " + wanted + " but found " + found;
  }

  private static String expectedList(IntervalSet expected, Vocabulary vocabulary) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
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
    List<String> list = new ArrayList<>(names);
    if (list.size() == 1) {
      return list.get(0);
    }
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
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
