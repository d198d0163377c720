package io.parley.compiler.parse;

import io.parley.compiler.ast.FileElement;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.grammar.ThriftLexer;
import io.parley.grammar.ThriftParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses the text of one IDL file into a {@link FileElement}; the only class that drives ANTLR.
 *
 * <p>Parsing first tries ANTLR's fast SLL mode, one header or definition at a time from an
 * unbuffered token stream, so that each item's tokens and tree are garbage as soon as its elements
 * are built (a 45,000-line IDL would otherwise hold some 50 MB of them to the end). A file that
 * SLL cannot handle, or that has syntax errors, is parsed again whole in full LL mode with error
 * recovery, so well-formed files pay for the fast mode alone.
 */
public final class IdlParser {

  /**
   * Parses {@code text}, reporting syntax errors (all of them, with recovery) to {@code diagnostics}.
   *
   * @param path the path to print in locations
   * @return the file's elements; partial when there were syntax errors
   */
  public FileElement parse(String path, String text, Diagnostics diagnostics) {
    // What the fast path finds is kept apart: if it gives up half-way, the full parse reports alone.
    Diagnostics found = new Diagnostics();
    FileElement file;
    try {
      try {
        file = parseFast(path, text, found);
      } catch (ParseCancellationException e) {
        return parseWithRecovery(path, text, diagnostics);
      }
    } catch (NestingLimit.TooDeep e) {
      Token at = e.token();
      diagnostics.error(new Location(path, at.getLine(), at.getCharPositionInLine() + 1),
          "'" + at.getText() + "' nests more than " + NestingLimit.MAX + " levels deep");
      return FileElement.empty(path);
    }
    for (Diagnostic diagnostic : found.sorted()) {
      diagnostics.add(diagnostic);
    }
    return file;
  }

  private static FileElement parseFast(String path, String text, Diagnostics diagnostics) {
    DocCommentFilter source = new DocCommentFilter(lexer(path, text));
    UnbufferedTokenStream<Token> tokens = new UnbufferedTokenStream<>(new NestingLimit(source));
    ThriftParser parser = new ThriftParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    AstBuilder builder = new AstBuilder(path, source, diagnostics);
    while (tokens.LA(1) != Token.EOF) {
      builder.item(parser.item());
    }
    return builder.finish();
  }

  /** The slow path alone: full LL with error recovery over the whole file; package access for tests. */
  static FileElement parseWithRecovery(String path, String text, Diagnostics diagnostics) {
    DocCommentFilter source = new DocCommentFilter(lexer(path, text));
    ThriftParser parser = new ThriftParser(new CommonTokenStream(new NestingLimit(source)));
    parser.removeErrorListeners();
    parser.addErrorListener(new SyntaxErrorListener(path, diagnostics));
    parser.setErrorHandler(new ThriftErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    ThriftParser.DocumentContext document = parser.document();
    if (parser.getNumberOfSyntaxErrors() > 0) {
      // The tree has holes where recovery skipped tokens; the errors already say where.
      return FileElement.empty(path);
    }
    return new AstBuilder(path, source, diagnostics).file(document);
  }

  private static ThriftLexer lexer(String path, String text) {
    ThriftLexer lexer = new ThriftLexer(CharStreams.fromString(text, path));
    lexer.removeErrorListeners();
    return lexer;
  }
}
