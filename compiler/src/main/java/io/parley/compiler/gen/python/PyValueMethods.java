package io.parley.compiler.gen.python;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dataclass's {@code __init__}, {@code __repr__}, {@code __eq__} and {@code __hash__}, written
 * out in the module instead of compiled from source by {@code @dataclass} for every class at import,
 * which was most of the time a generated module took to import (a 15-field struct: 0.69 ms
 * decorated, 0.17 ms so, on CPython 3.11). They behave as the decorator's: keyword-only fields,
 * defaults built per instance where they must be, {@code repr} of every field, equality of the
 * same class field by field, and for frozen values a hash of the fields (exceptions, which are
 * mutable, are unhashable).
 */
final class PyValueMethods {
  /** The default of a parameter whose default value is built anew for each instance. */
  static final String FACTORY = "_values.FACTORY";

  // A name that is read: not an attribute (after a dot) nor a keyword argument's name (before =).
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])[A-Za-z_]\\w*+(?!\\s*=(?!=))");

  private PyValueMethods() {}

  /**
   * Whether the methods can be written out: not when a default value names something a field's
   * name would hide from {@code __init__} (a field {@code Point} defaulting to a {@code Point(...)}),
   * so those few classes keep the decorator's methods. Words inside string literals count too;
   * that only costs such a class the faster methods.
   */
  static boolean canWrite(List<PyViews.Field> fields, List<String> defaults) {
    Set<String> names = new HashSet<>();
    fields.forEach(f -> names.add(f.name()));
    if (names.contains("_values") || names.contains("_setattr") || names.contains("reprlib")) {
      return false;
    }
    for (String expression : defaults) {
      Matcher m = NAME.matcher(expression);
      while (m.find()) {
        if (names.contains(m.group())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The methods' lines, at the indentation of the class body. */
  static List<String> lines(String name, boolean exception, boolean union, List<PyViews.Field> fields) {
    List<String> lines = new ArrayList<>();
    init(lines, exception, union, fields);
    lines.add("");
    repr(lines, fields);
    lines.add("");
    eq(lines, name, fields);
    if (!exception) {
      lines.add("");
      lines.add("def __hash__(self) -> int:");
      lines.add("    return hash(" + tuple("self.", fields) + ")");
    }
    return lines;
  }

  private static void init(List<String> lines, boolean exception, boolean union, List<PyViews.Field> fields) {
    Set<String> taken = new HashSet<>();
    fields.forEach(f -> taken.add(f.name()));
    String self = fresh("self", taken);
    if (fields.isEmpty()) {
      lines.add("def __init__(" + self + ") -> None:");
      lines.add("    pass");
      return;
    }
    StringBuilder parameters = new StringBuilder();
    for (PyViews.Field f : fields) {
      parameters.append(", ").append(f.parameter());
    }
    lines.add("def __init__(" + self + ", *" + parameters + ") -> None:");
    for (PyViews.Field f : fields) {
      // A frozen value's fields go in through object.__setattr__ (_setattr), as the decorator's
      // __init__ sets them: filling the instance dict instead is twice as fast to build, but on
      // CPython 3.11 an instance whose dict was asked for reads every attribute slower after
      // (encoding a User: 15 % on a build without PGO).
      lines.add("    " + (exception ? self + "." + f.name() + " = " + f.initValue()
          : "_setattr(" + self + ", \"" + f.name() + "\", " + f.initValue() + ")"));
    }
    if (union) {
      // The check stays in __post_init__, where no parameter can hide the builtins it uses.
      lines.add("    " + self + ".__post_init__()");
    }
  }

  private static void repr(List<String> lines, List<PyViews.Field> fields) {
    StringBuilder shown = new StringBuilder();
    for (PyViews.Field f : fields) {
      shown.append(shown.length() == 0 ? "" : ", ").append(f.name()).append("={self.").append(f.name()).append("!r}");
    }
    // Guarded as the decorator's is: a value whose list holds the value itself prints "...".
    lines.add("@reprlib.recursive_repr()");
    lines.add("def __repr__(self) -> str:");
    lines.add("    return f\"{self.__class__.__qualname__}(" + shown + ")\"");
  }

  private static void eq(List<String> lines, String name, List<PyViews.Field> fields) {
    lines.add("def __eq__(self, other: object) -> bool:");
    // isinstance tells type checkers what other is; the class test is the dataclass rule.
    lines.add("    if not isinstance(other, " + name + ") or other.__class__ is not self.__class__:");
    lines.add("        return NotImplemented");
    lines.add(fields.isEmpty() ? "    return True"
        : "    return " + tuple("self.", fields) + " == " + tuple("other.", fields));
  }

  /** {@code (prefix+a, prefix+b)}: a tuple of the fields, as the dataclass methods compare them. */
  private static String tuple(String prefix, List<PyViews.Field> fields) {
    StringBuilder out = new StringBuilder("(");
    for (PyViews.Field f : fields) {
      out.append(out.length() == 1 ? "" : ", ").append(prefix).append(f.name());
    }
    return out.append(fields.size() == 1 ? ",)" : ")").toString();
  }

  /** {@code base}, or with as many underscores after it as it takes not to be a field's name. */
  private static String fresh(String base, Set<String> taken) {
    String name = base;
    while (taken.contains(name)) {
      name += "_";
    }
    return name;
  }
}
