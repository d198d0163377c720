package io.parley.compiler.gen.java;

import java.util.List;

/** The constants of one IDL file, printed as one class of static finals. */
public record ConstantsView(String packageName, String name, List<Constant> constants) {
  public ConstantsView {
    constants = List.copyOf(constants);
  }

  /** One constant: its Java type, name and initializer. */
  public record Constant(String type, String name, String expression, List<String> doc) {}
}
