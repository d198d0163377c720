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
  // Field and parameter names of this file's classes: in an expression, a variable named like a
  // class hides it, so such a class stays qualified.
  private final Set<String> members = new java.util.HashSet<>();
  private final Map<String, String> bySimpleName = new TreeMap<>();

  /**
   * @param taken simple names that already mean something in the file: the classes of its package
   *     and the nested classes it declares; shared by every file of the package, so not copied
   */
  JavaImports(String packageName, Set<String> taken) {
    this.packageName = packageName;
    this.taken = java.util.Collections.unmodifiableSet(taken);
  }

  /** Keeps classes named like one of {@code names} (fields, parameters) qualified from now on. */
  void reserve(java.util.Collection<String> names) {
    members.addAll(names);
  }

  /** The name to print for the class {@code qualified}, importing it when that is safe. */
  String use(String qualified) {
    int dot = qualified.lastIndexOf('.');
    if (dot < 0) {
      return qualified;
    }
    String pkg = qualified.substring(0, dot);
    String simple = qualified.substring(dot + 1);
    if (members.contains(simple) && !members.contains(pkg.substring(0, (pkg + '.').indexOf('.')))) {
      // Even from this package: a field Account hides the class Account. Not when a member is
      // named like the package's first part, which would then hide the qualified name instead.
      return qualified;
    }
    if (pkg.equals(packageName) || pkg.equals("java.lang")) {
      return simple;
    }
    if (taken.contains(simple)) {
      return qualified;
    }
    String existing = bySimpleName.putIfAbsent(simple, qualified);
    return existing == null || existing.equals(qualified) ? simple : qualified;
  }

  /**
   * {@code source} without the imports its code does not name. A view may ask for a class that
   * its template then leaves out (a service's interface is built with the wire structs that only
   * its {@code Calls} class prints), so what is used is read off the rendered code: an import stays
   * when its simple name occurs after the import block as an identifier of its own.
   */
  static String pruneImports(String source) {
    int first = source.startsWith("import ") ? 0 : source.indexOf("\nimport ") + 1;
    if (first == 0 && !source.startsWith("import ")) {
      return source;
    }
    int bodyStart = first;
    java.util.List<String> lines = new java.util.ArrayList<>();
    while (source.startsWith("import ", bodyStart)) {
      int eol = source.indexOf('\n', bodyStart);
      lines.add(source.substring(bodyStart, eol));
      bodyStart = eol + 1;
    }
    StringBuilder kept = new StringBuilder(source.length());
    kept.append(source, 0, first);
    boolean any = false;
    for (String line : lines) {
      String qualified = line.substring("import ".length(), line.length() - 1);
      if (namesIdentifier(source, bodyStart, qualified.substring(qualified.lastIndexOf('.') + 1))) {
        kept.append(line).append('\n');
        any = true;
      }
    }
    int rest = bodyStart;
    if (!any && source.startsWith("\n", rest)) {
      rest++; // the blank line that closed the import block
    }
    return kept.append(source, rest, source.length()).toString();
  }

  /**
   * Whether {@code name} occurs in {@code source} from {@code from} on as a whole identifier: not
   * followed by an identifier character, the first identifier start of the run it stands in (so
   * {@code 1Foo} names {@code Foo}, {@code aFoo} does not), and not after a dot ({@code a.Foo} is
   * qualified and needs no import). A search per import is cheaper than cutting the whole body
   * into identifiers: a file has few imports and much code.
   */
  private static boolean namesIdentifier(String source, int from, String name) {
    for (int at = source.indexOf(name, from); at >= 0; at = source.indexOf(name, at + 1)) {
      int end = at + name.length();
      if (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
        continue;
      }
      int before = at - 1;
      while (before >= from && Character.isJavaIdentifierPart(source.charAt(before))
          && !Character.isJavaIdentifierStart(source.charAt(before))) {
        before--;
      }
      if (before < from || !Character.isJavaIdentifierPart(source.charAt(before)) && source.charAt(before) != '.') {
        return true;
      }
    }
    return false;
  }

  /** The import declarations, sorted, without {@code import} and {@code ;}. */
  java.util.List<String> imports() {
    return java.util.List.copyOf(new java.util.TreeSet<>(bySimpleName.values()));
  }
}
