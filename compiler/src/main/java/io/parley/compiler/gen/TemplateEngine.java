package io.parley.compiler.gen;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the FreeMarker templates of the generators. Templates come from the parley-templates jar;
 * a directory given by the user is searched first, so that a copy of a template overrides it.
 */
public final class TemplateEngine {
  private final Configuration configuration;

  /** Templates from the jar only. */
  public TemplateEngine() {
    this(null);
  }

  /**
   * The engine with the built-in templates only, made once per JVM: generators share it, and a
   * JVM that generates again (the Maven plugin in a multi-module build) parses each template once.
   */
  public static TemplateEngine standard() {
    return Standard.ENGINE;
  }

  /** Holds the standard engine; the JVM makes it on first use, once, whichever thread asks first. */
  private static final class Standard {
    static final TemplateEngine ENGINE = new TemplateEngine();
  }

  /** Templates from {@code overrides} first (may be {@code null}), then from the jar. */
  public TemplateEngine(Path overrides) {
    configuration = new Configuration(Configuration.VERSION_2_3_33);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setNumberFormat("computer"); // 40000, never "40,000"
    configuration.setBooleanFormat("c");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setObjectWrapper(new ViewObjectWrapper());
    configuration.setSharedVariable("indented", new IndentDirective());
    configuration.setSharedVariable("block", new BlockDirective());
    // Templates are looked up by their exact names and never change during a run.
    configuration.setLocalizedLookup(false);
    configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    TemplateLoader jar = new ClassTemplateLoader(TemplateEngine.class, "/io/parley/templates");
    if (overrides == null) {
      configuration.setTemplateLoader(jar);
    } else {
      try {
        configuration.setTemplateLoader(new MultiTemplateLoader(
            new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), jar}));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read templates in " + overrides, e);
      }
    }
  }

  /** Renders {@code name} (e.g. {@code java/struct.ftl}) with {@code model}; lines end in {@code \n}. */
  public String render(String name, Map<String, Object> model) {
    List<String> pieces = renderPieces(name, model);
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
  }

  /**
   * Renders {@code name} as {@link #render} does, into pieces that hold every long string the
   * template wrote (such as a part rendered before) as it is: a large file is never copied whole.
   */
  public List<String> renderPieces(String name, Map<String, Object> model) {
    List<String> pieces = process(name, model);
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i).replace("\r\n", "\n"); // the same string when there is none
      if (piece.endsWith("\r") && i + 1 < pieces.size() && pieces.get(i + 1).startsWith("\n")) {
        piece = piece.substring(0, piece.length() - 1); // a \r\n cut between two pieces
      }
      pieces.set(i, piece);
    }
    return pieces;
  }

  /**
   * Renders a part of a file that another template of this engine prints, for instance a struct
   * printed by its module's template: line ends are left as they are, since the file's rendering
   * makes them {@code \n} (scanning a large part once for each was measurable).
   */
  public String renderPart(String name, Map<String, Object> model) {
    List<String> pieces = process(name, model);
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
  }

  private List<String> process(String name, Map<String, Object> model) {
    TextWriter out = new TextWriter();
    try {
      configuration.getTemplate(name).process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load template " + name, e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
    return out.pieces();
  }

  /**
   * A writer into a {@link StringBuilder} ({@code StringWriter} locks a {@code StringBuffer} per
   * write) that keeps every long string written whole, such as a part of a file rendered before, by
   * reference: a large file's text is then never copied into a buffer that grows by copying.
   */
  private static final class TextWriter extends Writer {
    /** Strings at least this long are kept as they are. */
    private static final int KEEP = 4096;

    private final StringBuilder out = new StringBuilder(8192);
    /** The text so far when a long string was written: pieces, then {@code out}. */
    private final List<String> pieces = new ArrayList<>();

    @Override
    public void write(String s) {
      if (s.length() >= KEEP) {
        if (out.length() > 0) {
          pieces.add(out.toString());
          out.setLength(0);
        }
        pieces.add(s);
      } else {
        out.append(s);
      }
    }

    @Override
    public void write(String s, int off, int len) {
      out.append(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
      out.append(chars, off, len);
    }

    @Override
    public void write(int c) {
      out.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Everything written, in order; a list the caller may change. */
    List<String> pieces() {
      List<String> all = new ArrayList<>(pieces);
      if (out.length() > 0 || all.isEmpty()) {
        all.add(out.toString());
      }
      return all;
    }
  }
}
