package io.parley.compiler.gen.java;

import java.util.List;

/** The constants of one IDL file, printed as one class of static finals. */
public record ConstantsView(String packageName, String name, List<Constant> constants) {
  public ConstantsView {
    constants = List.copyOf(constants);
  }

  /**
   * One constant: its Java type, name and initializer; {@code own} when the initializer is a
   * method of its own ({@code NAME$$()}), so that the class initializer stays under the JVM's
   * 64 KiB per method.
   */
  public record Constant(String type, String name, String expression, boolean own, List<String> doc) {}
}
