package io.parley.compiler.gen.java;

import io.parley.compiler.gen.DottedNames;
import io.parley.compiler.schema.ThriftFile;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Java spellings of IDL names: packages from namespaces, and identifiers escaped predictably (a
 * Java keyword or a name generated code already uses gets a trailing underscore).
 */
final class JavaNames {
  static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
      "_");

  /** Member names of generated value classes that a field accessor must not take. */
  static final Set<String> MEMBERS = Set.of(
      "builder", "toBuilder", "write", "read", "equals", "hashCode", "toString", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize", "getMessage", "getCause", "getStackTrace",
      "getLocalizedMessage", "fillInStackTrace", "printStackTrace", "initCause", "getSuppressed",
      "addSuppressed", "setStackTrace", "in", "out");

  private JavaNames() {}

  /** A type, method or package segment name, escaped when it is a Java keyword. */
  static String identifier(String name) {
    return KEYWORDS.contains(name) ? name + "_" : name;
  }

  /** A field or parameter name, also kept clear of the members generated classes have. */
  static String member(String name) {
    return KEYWORDS.contains(name) || MEMBERS.contains(name) ? name + "_" : name;
  }

  /** A union member's name: also kept clear of the union's own {@code kind()}. */
  static String unionMember(String name) {
    return name.equals("kind") ? name + "_" : member(name);
  }

  /** Methods of {@code Object} that a service method must not override by accident. */
  static final Set<String> OBJECT_METHODS = Set.of(
      "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

  /** A service method name, escaped when it is a keyword or a method of {@code Object}. */
  static String method(String name) {
    return KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
  }

  /** The package of a file: {@code namespace java}, else {@code namespace *}, else the file's name. */
  static String packageOf(ThriftFile file) {
    return DottedNames.of(file.namespace("java").orElse(file.name().toLowerCase(Locale.ROOT)), JavaNames::identifier);
  }

  /** {@code first} with its first letter in upper case: {@code add} to {@code Add}. */
  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static final Pattern WORD_END = Pattern.compile("([a-z0-9])([A-Z])");

  /** {@code byName} or {@code by_name} as {@code BY_NAME}. */
  static String constant(String name) {
    String snake = WORD_END.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    return identifier(snake);
  }

  /** A Java string literal for {@code text}, quotes included. */
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
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
