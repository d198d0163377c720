package io.parley.compiler.gen.java;

import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.Symbol;
import io.parley.compiler.schema.ThriftType;

/**
 * Maps Thrift types to Java types as seen from one package: primitives for scalars, immutable
 * collections for containers, generated classes for named types (qualified when in another package).
 */
final class JavaTypes {
  private final Schema schema;
  private final JavaImports imports;

  JavaTypes(Schema schema, JavaImports imports) {
    this.schema = schema;
    this.imports = imports;
  }

  /** The name to print for a library class, e.g. {@code java.util.List}; imported when possible. */
  String use(String qualified) {
    return imports.use(qualified);
  }

  /** Keeps classes named like one of {@code names} (fields, parameters) qualified in this file. */
  void reserve(java.util.Collection<String> names) {
    imports.reserve(names);
  }

  /** The Java type of a value of {@code type}; primitive where one exists. */
  String javaType(ThriftType type) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case BOOL -> "boolean";
        case I8 -> "byte";
        case I16 -> "short";
        case I32 -> "int";
        case I64 -> "long";
        case DOUBLE -> "double";
        case STRING -> "String";
        case BINARY -> use("io.parley.runtime.Bytes");
        case UUID -> use("java.util.UUID");
      };
    }
    if (t instanceof ThriftType.ListOf l) {
      return use("java.util.List") + "<" + boxed(l.element()) + ">";
    }
    if (t instanceof ThriftType.SetOf s) {
      return use("java.util.Set") + "<" + boxed(s.element()) + ">";
    }
    if (t instanceof ThriftType.MapOf m) {
      return use("java.util.Map") + "<" + boxed(m.key()) + ", " + boxed(m.value()) + ">";
    }
    if (t instanceof ThriftType.EnumRef e) {
      return className(e.symbol());
    }
    return className(((ThriftType.StructRef) t).symbol());
  }

  /** The Java type usable as a type argument or a nullable field. */
  String boxed(ThriftType type) {
    String java = javaType(type);
    return switch (java) {
      case "boolean" -> "Boolean";
      case "byte" -> "Byte";
      case "short" -> "Short";
      case "int" -> "Integer";
      case "long" -> "Long";
      case "double" -> "Double";
      default -> java;
    };
  }

  /** Whether values of {@code type} are Java primitives. */
  boolean isPrimitive(ThriftType type) {
    return !javaType(type).equals(boxed(type));
  }

  /** The generated class of a named type, imported or qualified as the file allows. */
  String className(Symbol symbol) {
    return imports.use(qualifiedName(symbol, ""));
  }

  /** The fully qualified name of the class generated for {@code symbol}, plus {@code suffix}. */
  String qualifiedName(Symbol symbol, String suffix) {
    return JavaNames.packageOf(schema.fileOf(symbol)) + "." + JavaNames.identifier(symbol.name()) + suffix;
  }

  /** The wire type constant of {@code type}, e.g. {@code TType.I32}. */
  static String wireType(ThriftType type) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base b) {
      return "TType." + switch (b.kind()) {
        case BOOL -> "BOOL";
        case I8 -> "BYTE";
        case I16 -> "I16";
        case I32 -> "I32";
        case I64 -> "I64";
        case DOUBLE -> "DOUBLE";
        case STRING, BINARY -> "STRING";
        case UUID -> "UUID";
      };
    }
    if (t instanceof ThriftType.ListOf) {
      return "TType.LIST";
    }
    if (t instanceof ThriftType.SetOf) {
      return "TType.SET";
    }
    if (t instanceof ThriftType.MapOf) {
      return "TType.MAP";
    }
    return t instanceof ThriftType.EnumRef ? "TType.I32" : "TType.STRUCT";
  }

  /** The value a primitive field has when unset. */
  String zero(ThriftType type) {
    return switch (javaType(type)) {
      case "boolean" -> "false";
      case "byte" -> "(byte) 0";
      case "short" -> "(short) 0";
      case "int" -> "0";
      case "long" -> "0L";
      case "double" -> "0.0";
      default -> "null";
    };
  }
}
