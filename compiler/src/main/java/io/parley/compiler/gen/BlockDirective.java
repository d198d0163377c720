package io.parley.compiler.gen;

import freemarker.core.Environment;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <@block of=codeLines by="    "/>}: prints each line of a list of code lines with {@code by}
 * before it (nothing before an empty line) and a line end after it, as {@code <@indented>} would
 * print the lines joined. The block is built once at its final length and written as one string,
 * where joining the lines in the template wrapped each line as a template value and then copied
 * the block twice (most of the time spent printing a generated codec).
 */
final class BlockDirective implements TemplateDirectiveModel {
  @Override
  public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    Object of = params.get("of");
    Object by = params.get("by");
    if (params.size() != 2 || !(of instanceof TemplateSequenceModel sequence)
        || !(by instanceof TemplateScalarModel indent) || body != null) {
      throw new TemplateModelException("block takes two parameters, of=<a list of lines> by=\"<the indent>\", and no body");
    }
    String block = block(strings(sequence), indent.getAsString());
    if (!block.isEmpty()) {
      env.getOut().write(block);
    }
  }

  /** The lines, each followed by a line end and, unless empty, preceded by {@code indent}. */
  static String block(List<String> lines, String indent) {
    int length = 0;
    for (String line : lines) {
      length += line.length() + indent.length() + 1;
    }
    StringBuilder out = new StringBuilder(length);
    for (String line : lines) {
      if (line.indexOf('\n') >= 0) {
        for (String part : line.split("\n", -1)) { // a line holding several
          appendLine(out, part, indent);
        }
      } else {
        appendLine(out, line, indent);
      }
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String line, String indent) {
    if (!line.isEmpty()) {
      out.append(indent).append(line);
    }
    out.append('\n');
  }

  /** The strings of a sequence: the list itself when it wraps one (views hold lists of strings). */
  private static List<String> strings(TemplateSequenceModel sequence) throws TemplateModelException {
    if (sequence instanceof AdapterTemplateModel adapter && adapter.getAdaptedObject(List.class) instanceof List<?> list
        && allStrings(list)) {
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) list;
      return strings;
    }
    List<String> strings = new ArrayList<>(sequence.size());
    for (int i = 0; i < sequence.size(); i++) {
      if (!(sequence.get(i) instanceof TemplateScalarModel line)) {
        throw new TemplateModelException("block: item " + i + " is not a string");
      }
      strings.add(line.getAsString());
    }
    return strings;
  }

  private static boolean allStrings(List<?> list) {
    for (Object item : list) {
      if (!(item instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
