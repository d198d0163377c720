package io.parley.compiler.gen.java;

import java.util.List;

/**
 * An enum as the Java template prints it.
 *
 * @param distinctConstants the first constant of each value, for the decoder's switch
 */
public record EnumView(
    String packageName, String name, String idlName, List<Constant> constants,
    List<Constant> distinctConstants, List<String> doc) {
  public EnumView {
    constants = List.copyOf(constants);
    distinctConstants = List.copyOf(distinctConstants);
    doc = List.copyOf(doc);
  }

  /** One named value. */
  public record Constant(String name, String idlName, int value, List<String> doc) {}
}
