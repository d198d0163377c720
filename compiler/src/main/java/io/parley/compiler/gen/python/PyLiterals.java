package io.parley.compiler.gen.python;

import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/** Python expressions for evaluated IDL constants. */
final class PyLiterals {
  private final Schema schema;
  private final PyTypes types;

  PyLiterals(Schema schema, PyTypes types) {
    this.schema = schema;
    this.types = types;
  }

  String expression(ConstValue value, ThriftType type) {
    ThriftType t = type.trueType();
    if (value instanceof ConstValue.BoolValue b) {
      return b.value() ? "True" : "False";
    }
    if (value instanceof ConstValue.IntValue i) {
      return types.hint(t).equals("float") ? i.value() + ".0" : String.valueOf(i.value());
    }
    if (value instanceof ConstValue.DoubleValue d) {
      return Double.toString(d.value());
    }
    if (value instanceof ConstValue.StringValue s) {
      boolean binary = t instanceof ThriftType.Base b && b.kind() == io.parley.compiler.ast.BaseKind.BINARY;
      return binary ? PyNames.quote(s.value()) + ".encode(\"utf-8\")" : PyNames.quote(s.value());
    }
    if (value instanceof ConstValue.UuidValue u) {
      return types.uuidClass() + "(\"" + u.value() + "\")";
    }
    if (value instanceof ConstValue.EnumValue e) {
      return types.className(e.enumSymbol()) + "." + PyNames.member(e.name());
    }
    if (value instanceof ConstValue.ListValue list) {
      ThriftType element = t instanceof ThriftType.ListOf l ? l.element() : ((ThriftType.SetOf) t).element();
      List<String> items = new ArrayList<>();
      list.values().forEach(v -> items.add(expression(v, element)));
      if (t instanceof ThriftType.ListOf) {
        return "[" + String.join(", ", items) + "]";
      }
      return items.isEmpty() ? "set()" : "{" + String.join(", ", items) + "}";
    }
    if (value instanceof ConstValue.MapValue map) {
      ThriftType.MapOf m = (ThriftType.MapOf) t;
      List<String> items = new ArrayList<>();
      map.entries().forEach(e -> items.add(expression(e.key(), m.key()) + ": " + expression(e.value(), m.value())));
      return "{" + String.join(", ", items) + "}";
    }
    ConstValue.StructValue struct = (ConstValue.StructValue) value;
    StructDef def = schema.struct(struct.symbol());
    List<String> args = new ArrayList<>();
    for (ConstValue.FieldValue f : struct.fields()) {
      args.add(PyNames.member(f.name()) + "=" + expression(f.value(), def.field(f.name()).orElseThrow().type()));
    }
    return types.className(struct.symbol()) + "(" + String.join(", ", args) + ")";
  }

  /** Whether a default must be built per instance ({@code default_factory}): containers and structs. */
  static boolean needsFactory(ThriftType type) {
    ThriftType t = type.trueType();
    return !(t instanceof ThriftType.Base) && !(t instanceof ThriftType.EnumRef);
  }
}
