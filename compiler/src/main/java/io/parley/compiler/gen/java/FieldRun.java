package io.parley.compiler.gen.java;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive fields of a struct whose decoders and writers fit one JVM method. A method holds at
 * most 64 KiB of bytecode, which a struct of a thousand fields with containers outgrows; such a
 * struct is read and written by one method per run.
 *
 * @param index the run's number, from 0, for the names of its methods
 * @param fields the fields, in declaration order
 * @param required whether any of them is required (the run then has a presence check)
 */
public record FieldRun(int index, List<FieldView> fields, boolean required) {
  /**
   * Characters of a codec's source per method. Generated decoders take about four characters a
   * byte of bytecode, so a run's methods stay near a third of the limit.
   */
  static final int METHOD_CHARS = 90_000;

  /** Source characters a field adds to a method besides its lines: its case label, break and indent. */
  private static final int FIELD_CHARS = 60;

  public FieldRun {
    fields = List.copyOf(fields);
  }

  /** {@code fields} in runs of at most {@link #METHOD_CHARS} of code; one run when they all fit. */
  static List<FieldRun> of(List<FieldView> fields) {
    List<FieldRun> runs = new ArrayList<>();
    List<FieldView> run = new ArrayList<>();
    int chars = 0;
    for (FieldView f : fields) {
      int size = size(f);
      if (!run.isEmpty() && chars + size > METHOD_CHARS) {
        runs.add(new FieldRun(runs.size(), run, run.stream().anyMatch(FieldView::required)));
        run = new ArrayList<>();
        chars = 0;
      }
      run.add(f);
      chars += size;
    }
    runs.add(new FieldRun(runs.size(), run, run.stream().anyMatch(FieldView::required)));
    return List.copyOf(runs);
  }

  /** The most source the field puts into one of its struct's four codec methods. */
  private static int size(FieldView f) {
    return FIELD_CHARS + Math.max(Math.max(chars(f.writeLines()), chars(f.compactWriteLines())),
        Math.max(chars(f.readLines()), chars(f.compactReadLines())));
  }

  private static int chars(List<String> lines) {
    int n = 0;
    for (String line : lines) {
      n += line.length() + 1;
    }
    return n;
  }
}
