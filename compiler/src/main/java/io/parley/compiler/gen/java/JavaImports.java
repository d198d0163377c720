package io.parley.compiler.gen.java;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The imports of one generated Java file. A class from another package is imported and then named
 * simply, unless its simple name is taken (by a class of this package, a nested class, or another
 * import), in which case it stays qualified. Simple names matter beyond looks: a field called
 * {@code io} would hide the package in {@code io.parley.runtime.Bytes}.
 */
final class JavaImports {
  private final String packageName;
  private final Set<String> taken;
  private final Map<String, String> bySimpleName = new TreeMap<>();

  /**
   * @param taken simple names that already mean something in the file: the classes of its package
   *     and the nested classes it declares; shared by every file of the package, so not copied
   */
  JavaImports(String packageName, Set<String> taken) {
    this.packageName = packageName;
    this.taken = java.util.Collections.unmodifiableSet(taken);
  }

  /** The name to print for the class {@code qualified}, importing it when that is safe. */
  String use(String qualified) {
    int dot = qualified.lastIndexOf('.');
    if (dot < 0) {
      return qualified;
    }
    String pkg = qualified.substring(0, dot);
    String simple = qualified.substring(dot + 1);
    if (pkg.equals(packageName) || pkg.equals("java.lang")) {
      return simple;
    }
    if (taken.contains(simple)) {
      return qualified;
    }
    String existing = bySimpleName.putIfAbsent(simple, qualified);
    return existing == null || existing.equals(qualified) ? simple : qualified;
  }

  /** The import declarations, sorted, without {@code import} and {@code ;}. */
  java.util.List<String> imports() {
    return java.util.List.copyOf(new java.util.TreeSet<>(bySimpleName.values()));
  }
}
