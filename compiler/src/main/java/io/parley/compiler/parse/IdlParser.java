package io.parley.compiler.parse;

import io.parley.compiler.ast.FileElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.grammar.ThriftLexer;
import io.parley.grammar.ThriftParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses the text of one IDL file into a {@link FileElement}; the only class that drives ANTLR.
 *
 * <p>Parsing first tries ANTLR's fast SLL mode and falls back to full LL only for a file that SLL
 * cannot handle or that has syntax errors, so well-formed files pay for the fast mode alone.
 */
public final class IdlParser {

  /**
   * Parses {@code text}, reporting syntax errors (all of them, with recovery) to {@code diagnostics}.
   *
   * @param path the path to print in locations
   * @return the file's elements; partial when there were syntax errors
   */
  public FileElement parse(String path, String text, Diagnostics diagnostics) {
    ThriftLexer lexer = new ThriftLexer(CharStreams.fromString(text, path));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    ThriftParser parser = new ThriftParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    ThriftParser.DocumentContext document;
    try {
      document = parser.document();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(new SyntaxErrorListener(path, diagnostics));
      parser.setErrorHandler(new ThriftErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      document = parser.document();
      if (parser.getNumberOfSyntaxErrors() > 0) {
        // The tree has holes where recovery skipped tokens; the errors already say where.
        return FileElement.empty(path);
      }
    }
    return new AstBuilder(path, tokens, diagnostics).file(document);
  }
}
