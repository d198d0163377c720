package io.parley.compiler.gen.python;

import io.parley.compiler.gen.DottedNames;
import io.parley.compiler.schema.ThriftFile;
import java.util.Set;

/**
 * Python spellings of IDL names. Keywords get a trailing underscore everywhere; names defined at
 * module level also when they are builtins the generated code itself uses ({@code list}, {@code int}).
 */
final class PyNames {
  static final Set<String> KEYWORDS = Set.of(
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
      "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
      "match", "case", "_");

  /** Builtins and module names the generated code refers to, so module-level names must avoid them. */
  static final Set<String> RESERVED_GLOBALS = Set.of(
      "bool", "int", "float", "str", "bytes", "list", "set", "dict", "frozenset", "tuple", "object", "type",
      "len", "isinstance", "super", "property", "classmethod", "staticmethod", "Exception", "ValueError",
      "TypeError", "typing", "dataclasses", "enum", "uuid", "reprlib", "annotations", "_dataclass", "_field",
      "NotImplemented", "sum", "_setattr");

  /**
   * Attribute names generated classes already use, and the names their type hints use: a field
   * called {@code list} would change what {@code list[int]} means in the rest of the class body.
   */
  static final Set<String> MEMBERS = Set.of("write", "read", "args", "with_traceback", "bool", "int", "float",
      "str", "bytes", "list", "set", "dict", "uuid", "typing", "dataclasses", "enum", "reprlib", "_field");

  private PyNames() {}

  /** A name defined at module level: a class, a constant, a function. */
  static String global(String name) {
    return KEYWORDS.contains(name) || RESERVED_GLOBALS.contains(name) || isStringTable(name) ? name + "_" : name;
  }

  /** Whether {@code name} is spelled like a module's string header table ({@code _bh_s2}, {@code _bh_sm1}). */
  private static boolean isStringTable(String name) {
    return name.startsWith("_bh_s") && name.matches("_bh_sm?[0-9]+");
  }

  /** A field, parameter or method name. */
  static String member(String name) {
    return KEYWORDS.contains(name) || MEMBERS.contains(name) ? name + "_" : name;
  }

  /** The module of a file: {@code namespace py}, else {@code namespace *}, else the file's name. */
  static String moduleOf(ThriftFile file) {
    return DottedNames.of(file.namespace("py").orElse(file.name()), PyNames::global);
  }

  /** A Python string literal for {@code text}. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A docstring body: the text with backslashes and triple quotes made harmless. */
  static String docstring(String text) {
    return text.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
  }
}
