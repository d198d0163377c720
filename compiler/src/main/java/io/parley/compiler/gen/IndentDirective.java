package io.parley.compiler.gen;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code <@indented by="  ">…</@indented>}: prints its body with {@code by} before every line that
 * is not empty. A template included at two depths (a struct's members, top level or nested) is then
 * written once without an indent variable: interpolating one on every line was a tenth of the Java
 * generator's time.
 */
final class IndentDirective implements TemplateDirectiveModel {
  @Override
  public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    Object by = params.get("by");
    if (params.size() != 1 || !(by instanceof TemplateScalarModel scalar)) {
      throw new TemplateModelException("indented takes one parameter, by=\"<the indent>\"");
    }
    if (body != null) {
      body.render(new Indenting(env.getOut(), scalar.getAsString()));
    }
  }

  /** Writes through to {@code out}, putting the indent before the first character of each line. */
  private static final class Indenting extends Writer {
    private final Writer out;
    private final String indent;
    private boolean lineStart = true;

    Indenting(Writer out, String indent) {
      this.out = out;
      this.indent = indent;
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
      write(new String(text, off, len), 0, len);
    }

    /** Jumps from line to line with {@code indexOf}: a test per character was most of the cost. */
    @Override
    public void write(String text, int off, int len) throws IOException {
      int end = off + len;
      int from = off;
      while (from < end) {
        if (lineStart && text.charAt(from) != '\n') {
          out.write(indent);
        }
        int eol = text.indexOf('\n', from);
        int next = eol < 0 || eol >= end ? end : eol + 1;
        out.write(text, from, next - from);
        lineStart = next == eol + 1;
        from = next;
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // the template's writer is not this one's to close
    }
  }
}
