package io.parley.compiler.link;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.EnumConstant;
import io.parley.compiler.schema.EnumDef;
import io.parley.compiler.schema.Symbol;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts a value to the type it is used as, the way Thrift does (an integer is a fine
 * {@code double}, {@code 0} and {@code 1} are booleans, an enum value is its number) and checks
 * ranges. Reports a value that does not fit, naming it, and returns {@code null}.
 */
final class ValueConverter {
  private static final Pattern UUID_TEXT = Pattern.compile(
      "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");

  private final Diagnostics diagnostics;
  private final Function<Symbol, EnumDef> enums;

  ValueConverter(Diagnostics diagnostics, Function<Symbol, EnumDef> enums) {
    this.diagnostics = diagnostics;
    this.enums = enums;
  }

  /**
   * @param what how to name the value in a message, e.g. {@code 300} or {@code constant 'MAX'}
   */
  ConstValue convert(ConstValue value, ThriftType type, Location at, String what) {
    ThriftType t = type.trueType();
    if (t instanceof ThriftType.Base base) {
      return base(value, base.kind(), type, at, what);
    }
    if (t instanceof ThriftType.EnumRef e) {
      return enumValue(value, e.symbol(), type, at, what);
    }
    if (t instanceof ThriftType.StructRef s) {
      if (value instanceof ConstValue.StructValue sv && sv.symbol().equals(s.symbol())) {
        return value;
      }
    } else if (t instanceof ThriftType.ListOf || t instanceof ThriftType.SetOf) {
      ThriftType element = t instanceof ThriftType.ListOf l ? l.element() : ((ThriftType.SetOf) t).element();
      if (value instanceof ConstValue.ListValue list) {
        List<ConstValue> out = new ArrayList<>();
        for (ConstValue v : list.values()) {
          ConstValue c = convert(v, element, at, what);
          if (c == null) {
            return null;
          }
          out.add(c);
        }
        return new ConstValue.ListValue(out);
      }
    } else if (t instanceof ThriftType.MapOf m && value instanceof ConstValue.MapValue map) {
      List<ConstValue.Entry> out = new ArrayList<>();
      for (ConstValue.Entry e : map.entries()) {
        ConstValue k = convert(e.key(), m.key(), at, what);
        ConstValue v = convert(e.value(), m.value(), at, what);
        if (k == null || v == null) {
          return null;
        }
        out.add(new ConstValue.Entry(k, v));
      }
      return new ConstValue.MapValue(out);
    }
    return mismatch(type, at, what);
  }

  private ConstValue base(ConstValue value, BaseKind kind, ThriftType type, Location at, String what) {
    switch (kind) {
      case BOOL -> {
        if (value instanceof ConstValue.BoolValue) {
          return value;
        }
        if (value instanceof ConstValue.IntValue i && (i.value() == 0 || i.value() == 1)) {
          return new ConstValue.BoolValue(i.value() == 1);
        }
      }
      case I8, I16, I32, I64 -> {
        Long n = integer(value);
        if (n != null) {
          long[] range = range(kind);
          if (n < range[0] || n > range[1]) {
            diagnostics.error(at, what + " is out of range for " + kind.idlName()
                + " (" + range[0] + " to " + range[1] + ")");
            return null;
          }
          return new ConstValue.IntValue(n);
        }
      }
      case DOUBLE -> {
        if (value instanceof ConstValue.DoubleValue) {
          return value;
        }
        if (value instanceof ConstValue.IntValue i) {
          return new ConstValue.DoubleValue(i.value());
        }
      }
      case STRING, BINARY -> {
        if (value instanceof ConstValue.StringValue) {
          return value;
        }
      }
      case UUID -> {
        if (value instanceof ConstValue.UuidValue) {
          return value;
        }
        if (value instanceof ConstValue.StringValue s) {
          if (!UUID_TEXT.matcher(s.value()).matches()) {
            diagnostics.error(at, what + " is not a uuid (expected 8-4-4-4-12 hexadecimal digits)");
            return null;
          }
          String plain = s.value().replace("{", "").replace("}", "");
          return new ConstValue.UuidValue(UUID.fromString(plain));
        }
      }
    }
    return mismatch(type, at, what);
  }

  private ConstValue enumValue(ConstValue value, Symbol symbol, ThriftType type, Location at, String what) {
    EnumDef def = enums.apply(symbol);
    if (value instanceof ConstValue.EnumValue e) {
      if (e.enumSymbol().equals(symbol)) {
        return value;
      }
      return mismatch(type, at, what);
    }
    if (value instanceof ConstValue.IntValue i) {
      Optional<EnumConstant> constant = def.constant(i.value());
      if (constant.isEmpty()) {
        diagnostics.error(at, what + " is not a value of enum " + def.name());
        return null;
      }
      return new ConstValue.EnumValue(symbol, constant.get().name(), constant.get().value());
    }
    return mismatch(type, at, what);
  }

  private static Long integer(ConstValue value) {
    if (value instanceof ConstValue.IntValue i) {
      return i.value();
    }
    if (value instanceof ConstValue.BoolValue b) {
      return b.value() ? 1L : 0L;
    }
    if (value instanceof ConstValue.EnumValue e) {
      return (long) e.value();
    }
    return null;
  }

  private static long[] range(BaseKind kind) {
    return switch (kind) {
      case I8 -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
      case I16 -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
      case I32 -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
      default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    };
  }

  private ConstValue mismatch(ThriftType type, Location at, String what) {
    diagnostics.error(at, what + " is not a valid " + type.displayName()
        + (type.trueType() == type ? "" : " (" + type.trueType().displayName() + ")"));
    return null;
  }
}
