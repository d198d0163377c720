package io.parley.compiler.link;

import io.parley.compiler.ast.ConstElement;
import io.parley.compiler.ast.ConstValueElement;
import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.EnumConstant;
import io.parley.compiler.schema.EnumDef;
import io.parley.compiler.schema.Symbol;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates constant values against the type they must have: literals, lists, maps, struct
 * literals, enum values ({@code Color.RED}) and references to other constants, across files.
 * Reports every value that does not fit and returns {@code null} for it.
 */
final class ConstEvaluator {
  /** What a struct literal may set: a field's name, id and type. */
  record FieldShape(String name, int id, ThriftType type) {}

  private final Scopes scopes;
  private final TypeResolver types;
  private final Diagnostics diagnostics;
  private final Function<Symbol, EnumDef> enums;
  private final Function<Symbol, List<FieldShape>> structFields;
  private final ValueConverter converter;
  private final Map<Symbol, Optional<ConstValue>> constants = new HashMap<>();
  private final Set<Symbol> evaluating = new LinkedHashSet<>();

  ConstEvaluator(Scopes scopes, TypeResolver types, Diagnostics diagnostics,
      Function<Symbol, EnumDef> enums, Function<Symbol, List<FieldShape>> structFields) {
    this.scopes = scopes;
    this.types = types;
    this.diagnostics = diagnostics;
    this.enums = enums;
    this.structFields = structFields;
    this.converter = new ValueConverter(diagnostics, enums);
  }

  /** The value of the constant {@code symbol}, evaluated once against its declared type. */
  ConstValue constant(Symbol symbol, ConstElement element) {
    Optional<ConstValue> known = constants.get(symbol);
    if (known != null) {
      return known.orElse(null);
    }
    if (!evaluating.add(symbol)) {
      List<String> names = new ArrayList<>();
      evaluating.forEach(s -> names.add(s.name()));
      names.add(symbol.name());
      diagnostics.error(element.location(), "constant cycle: "
          + String.join(" -> ", names.subList(names.indexOf(symbol.name()), names.size())));
      constants.put(symbol, Optional.empty());
      return null;
    }
    ThriftType type = types.resolve(symbol.file(), element.type());
    ConstValue value = type == null ? null : evaluate(symbol.file(), element.value(), type);
    evaluating.remove(symbol);
    constants.put(symbol, Optional.ofNullable(value));
    return value;
  }

  /** The value {@code element}, written in file {@code fileId}, has as a {@code type}. */
  ConstValue evaluate(String fileId, ConstValueElement element, ThriftType type) {
    ThriftType t = type.trueType();
    if (element instanceof ConstValueElement.Identifier id) {
      return identifier(fileId, id, type);
    }
    if (element instanceof ConstValueElement.ListLiteral list) {
      return list(fileId, list, type, t);
    }
    if (element instanceof ConstValueElement.MapLiteral map) {
      if (t instanceof ThriftType.MapOf m) {
        List<ConstValue.Entry> entries = new ArrayList<>();
        for (ConstValueElement.Entry e : map.entries()) {
          ConstValue k = evaluate(fileId, e.key(), m.key());
          ConstValue v = evaluate(fileId, e.value(), m.value());
          if (k != null && v != null) {
            entries.add(new ConstValue.Entry(k, v));
          }
        }
        return new ConstValue.MapValue(entries);
      }
      if (t instanceof ThriftType.StructRef s) {
        return struct(fileId, map, s);
      }
      return mismatch(element.location(), "a map", type);
    }
    return converter.convert(literal(element), type, element.location(), describe(element));
  }

  private ConstValue list(String fileId, ConstValueElement.ListLiteral list, ThriftType type, ThriftType t) {
    ThriftType elementType;
    if (t instanceof ThriftType.ListOf l) {
      elementType = l.element();
    } else if (t instanceof ThriftType.SetOf s) {
      elementType = s.element();
    } else {
      return mismatch(list.location(), "a list", type);
    }
    List<ConstValue> values = new ArrayList<>();
    for (ConstValueElement v : list.values()) {
      ConstValue value = evaluate(fileId, v, elementType);
      if (value != null) {
        values.add(value);
      }
    }
    return new ConstValue.ListValue(values);
  }

  private ConstValue struct(String fileId, ConstValueElement.MapLiteral map, ThriftType.StructRef type) {
    List<FieldShape> fields = structFields.apply(type.symbol());
    List<ConstValue.FieldValue> values = new ArrayList<>();
    for (ConstValueElement.Entry e : map.entries()) {
      if (!(e.key() instanceof ConstValueElement.StringLiteral key)) {
        diagnostics.error(e.key().location(),
            "a field of " + type.displayName() + " is named by a quoted string, e.g. \"name\"");
        continue;
      }
      Optional<FieldShape> field = fields.stream().filter(f -> f.name().equals(key.value())).findFirst();
      if (field.isEmpty()) {
        diagnostics.error(key.location(), type.kind().keyword() + " " + type.displayName()
            + " has no field '" + key.value() + "'");
        continue;
      }
      ConstValue v = evaluate(fileId, e.value(), field.get().type());
      if (v != null) {
        values.add(new ConstValue.FieldValue(key.value(), field.get().id(), v));
      }
    }
    if (type.kind() == io.parley.compiler.ast.StructKind.UNION && values.size() > 1) {
      diagnostics.error(map.location(), "a value of union " + type.displayName()
          + " sets exactly one field, not " + values.size());
    }
    return new ConstValue.StructValue(type.symbol(), values);
  }

  private ConstValue identifier(String fileId, ConstValueElement.Identifier id, ThriftType type) {
    String name = id.name();
    var found = scopes.find(fileId, name);
    if (found.isPresent()) {
      if (found.get().element() instanceof ConstElement c) {
        ConstValue value = constant(found.get().symbol(), c);
        return value == null ? null : converter.convert(value, type, id.location(), "constant '" + name + "'");
      }
      diagnostics.error(id.location(),
          "'" + name + "' is " + Scopes.describe(found.get().element()) + ", not a value");
      return null;
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      var owner = scopes.find(fileId, name.substring(0, dot));
      if (owner.isPresent() && owner.get().element() instanceof EnumElement) {
        EnumDef def = enums.apply(owner.get().symbol());
        Optional<EnumConstant> constant = def.constant(name.substring(dot + 1));
        if (constant.isEmpty()) {
          diagnostics.error(id.location(), "enum " + def.name() + " has no value '" + name.substring(dot + 1) + "'");
          return null;
        }
        return converter.convert(enumValue(def, constant.get()), type, id.location(), "'" + name + "'");
      }
    }
    if (type.trueType() instanceof ThriftType.EnumRef e) {
      // Like Thrift, where an enum is expected the last part of the name may simply be one of its
      // values: RED, Color.RED from an included file, shared.RED.
      EnumDef expected = enums.apply(e.symbol());
      Optional<EnumConstant> constant = expected.constant(name.substring(dot + 1));
      if (constant.isPresent()) {
        return enumValue(expected, constant.get());
      }
    }
    diagnostics.error(id.location(), "unknown constant '" + name + "'" + scopes.whyMissing(fileId, name));
    return null;
  }

  private static ConstValue enumValue(EnumDef def, EnumConstant constant) {
    return new ConstValue.EnumValue(def.symbol(), constant.name(), constant.value());
  }

  private static ConstValue literal(ConstValueElement element) {
    if (element instanceof ConstValueElement.IntLiteral i) {
      return new ConstValue.IntValue(i.value());
    }
    if (element instanceof ConstValueElement.DoubleLiteral d) {
      return new ConstValue.DoubleValue(d.value());
    }
    if (element instanceof ConstValueElement.BoolLiteral b) {
      return new ConstValue.BoolValue(b.value());
    }
    return new ConstValue.StringValue(((ConstValueElement.StringLiteral) element).value());
  }

  private static String describe(ConstValueElement element) {
    if (element instanceof ConstValueElement.IntLiteral i) {
      return i.text();
    }
    if (element instanceof ConstValueElement.DoubleLiteral d) {
      return d.text();
    }
    if (element instanceof ConstValueElement.BoolLiteral b) {
      return String.valueOf(b.value());
    }
    return "the string \"" + ((ConstValueElement.StringLiteral) element).value() + "\"";
  }

  private ConstValue mismatch(Location at, String what, ThriftType type) {
    diagnostics.error(at, "expected a value of type " + type.displayName() + " but found " + what);
    return null;
  }
}
