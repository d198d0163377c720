package io.parley.compiler.gen.python;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The field dispatch in a Python decoder's general loop: which branch reads the field whose id
 * was just decoded. A chain of {@code if}/{@code elif} costs one comparison per field before the
 * one sought, which for a wide struct read off its fast path (any field left out stops that path)
 * is most of the decoding; past {@link #LEAF} fields the branches are split by id, halving the
 * candidates at each comparison.
 */
final class PyDispatch {
  /** The most branches tested one after another. */
  static final int LEAF = 8;

  /** One field's branch: its id, the condition that selects it and the statements that read it. */
  record Branch(int id, String condition, List<String> body) {}

  private PyDispatch() {}

  /**
   * Adds the dispatch statements to {@code into}, each line after {@code indent}: the branch whose
   * condition holds, else {@code otherwise} (skipping the field). {@code id} is the expression
   * holding the field's id, which the conditions compare.
   */
  static void write(List<Branch> branches, String id, List<String> otherwise, String indent, List<String> into) {
    List<Branch> sorted = new ArrayList<>(branches);
    sorted.sort(Comparator.comparingInt(Branch::id));
    split(sorted, id, otherwise, into, indent);
  }

  private static void split(List<Branch> branches, String id, List<String> otherwise, List<String> lines,
      String indent) {
    if (branches.size() <= LEAF) {
      String keyword = "if ";
      for (Branch b : branches) {
        lines.add(indent + keyword + b.condition() + ":");
        b.body().forEach(l -> lines.add(indent + "    " + l));
        keyword = "elif ";
      }
      if (branches.isEmpty()) {
        otherwise.forEach(l -> lines.add(indent + l));
      } else {
        lines.add(indent + "else:");
        otherwise.forEach(l -> lines.add(indent + "    " + l));
      }
      return;
    }
    int half = branches.size() / 2;
    lines.add(indent + "if " + id + " < " + branches.get(half).id() + ":");
    split(branches.subList(0, half), id, otherwise, lines, indent + "    ");
    lines.add(indent + "else:");
    split(branches.subList(half, branches.size()), id, otherwise, lines, indent + "    ");
  }
}
