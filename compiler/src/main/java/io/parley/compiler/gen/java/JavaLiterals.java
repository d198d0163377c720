package io.parley.compiler.gen.java;

import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/** Java expressions for evaluated IDL constants: defaults, and the values of {@code const}s. */
final class JavaLiterals {
  /**
   * The most fields a struct literal sets in one chain of builder calls: javac attributes a chain
   * recursively, and a few hundred calls overflow its stack. Wider literals set their fields as
   * statements ({@code Values.fill}).
   */
  static final int MAX_CHAIN = 64;

  private final Schema schema;
  private final JavaTypes types;

  JavaLiterals(Schema schema, JavaTypes types) {
    this.schema = schema;
    this.types = types;
  }

  /** An expression of Java type {@code types.javaType(type)} with the value {@code value}. */
  String expression(ConstValue value, ThriftType type) {
    return expression(value, type, 0);
  }

  /** {@link #expression(ConstValue, ThriftType)} inside {@code depth} builders set as statements. */
  private String expression(ConstValue value, ThriftType type, int depth) {
    ThriftType t = type.trueType();
    if (value instanceof ConstValue.BoolValue b) {
      return String.valueOf(b.value());
    }
    if (value instanceof ConstValue.IntValue i) {
      return switch (types.javaType(t)) {
        case "byte" -> "(byte) " + i.value();
        case "short" -> "(short) " + i.value();
        case "long" -> i.value() + "L";
        case "double" -> i.value() + ".0";
        default -> String.valueOf(i.value());
      };
    }
    if (value instanceof ConstValue.DoubleValue d) {
      return Double.toString(d.value());
    }
    if (value instanceof ConstValue.StringValue s) {
      return t instanceof ThriftType.Base b && b.kind() == io.parley.compiler.ast.BaseKind.BINARY
          ? types.use("io.parley.runtime.Bytes") + ".utf8(" + JavaNames.quote(s.value()) + ")" : JavaNames.quote(s.value());
    }
    if (value instanceof ConstValue.UuidValue u) {
      return types.use("java.util.UUID") + ".fromString(\"" + u.value() + "\")";
    }
    if (value instanceof ConstValue.EnumValue e) {
      return types.className(e.enumSymbol()) + "." + JavaNames.identifier(e.name());
    }
    if (value instanceof ConstValue.ListValue list) {
      ThriftType element = t instanceof ThriftType.ListOf l ? l.element() : ((ThriftType.SetOf) t).element();
      List<String> items = new ArrayList<>();
      list.values().forEach(v -> items.add(expression(v, element, depth)));
      String factory = types.use("io.parley.runtime.Values")
          + (t instanceof ThriftType.ListOf ? ".listOf(" : ".setOf(");
      return factory + String.join(", ", items) + ")";
    }
    if (value instanceof ConstValue.MapValue map) {
      ThriftType.MapOf m = (ThriftType.MapOf) t;
      List<String> items = new ArrayList<>();
      map.entries().forEach(e -> items.add(expression(e.key(), m.key(), depth) + ", " + expression(e.value(), m.value(), depth)));
      return types.use("io.parley.runtime.Values") + ".<" + types.boxed(m.key()) + ", " + types.boxed(m.value()) + ">mapOf("
          + String.join(", ", items) + ")";
    }
    ConstValue.StructValue struct = (ConstValue.StructValue) value;
    StructDef def = schema.struct(struct.symbol());
    if (def.kind() == io.parley.compiler.ast.StructKind.UNION && struct.fields().size() == 1) {
      ConstValue.FieldValue f = struct.fields().get(0);
      return types.className(struct.symbol()) + "." + JavaNames.unionMember(f.name()) + "("
          + expression(f.value(), def.field(f.name()).orElseThrow().type(), depth) + ")";
    }
    String className = types.className(struct.symbol());
    if (struct.fields().size() > MAX_CHAIN) {
      // Values.fill(W.builder(), (W.Builder b$0) -> { b$0.f1(1); ... }).build(): the '$' keeps the
      // lambda's name clear of the IDL's names, the depth clear of an enclosing literal's.
      String builder = "b$" + depth;
      StringBuilder out = new StringBuilder(types.use("io.parley.runtime.Values")).append(".fill(")
          .append(className).append(".builder(), (").append(className).append(".Builder ").append(builder)
          .append(") -> {");
      for (ConstValue.FieldValue f : struct.fields()) {
        ThriftType fieldType = def.field(f.name()).orElseThrow().type();
        out.append(' ').append(builder).append('.').append(JavaNames.member(f.name())).append('(')
            .append(expression(f.value(), fieldType, depth + 1)).append(");");
      }
      return out.append(" }).build()").toString();
    }
    StringBuilder out = new StringBuilder(className + ".builder()");
    for (ConstValue.FieldValue f : struct.fields()) {
      ThriftType fieldType = def.field(f.name()).orElseThrow().type();
      out.append('.').append(JavaNames.member(f.name())).append('(').append(expression(f.value(), fieldType, depth)).append(')');
    }
    return out.append(".build()").toString();
  }
}
