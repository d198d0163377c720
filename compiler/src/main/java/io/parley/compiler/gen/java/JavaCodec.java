package io.parley.compiler.gen.java;

import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the straight-line Java statements that encode or decode one value of a type, nesting
 * loops for containers. Locals are named by depth ({@code e0}, {@code n1}), so each field's code
 * stands in its own block.
 */
final class JavaCodec {
  /** Containers start no larger than this, however large the size a peer announces. */
  private static final int MAX_INITIAL_CAPACITY = 4096;

  private final JavaTypes types;

  JavaCodec(JavaTypes types) {
    this.types = types;
  }

  /** Statements that write {@code expr}, of {@code type}, to {@code out}. */
  List<String> write(ThriftType type, String expr, int depth) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.Base b) {
      lines.add(switch (b.kind()) {
        case BOOL -> "out.writeBool(" + expr + ");";
        case I8 -> "out.writeByte(" + expr + ");";
        case I16 -> "out.writeI16(" + expr + ");";
        case I32 -> "out.writeI32(" + expr + ");";
        case I64 -> "out.writeI64(" + expr + ");";
        case DOUBLE -> "out.writeDouble(" + expr + ");";
        case STRING -> "out.writeString(" + expr + ");";
        case BINARY -> "out.writeBinary(" + expr + ".unsafeArray());";
        case UUID -> "out.writeUuid(" + expr + ");";
      });
    } else if (t instanceof ThriftType.EnumRef) {
      lines.add("out.writeI32(" + expr + ".value());");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(expr + ".write(out);");
    } else if (t instanceof ThriftType.MapOf m) {
      String e = "e" + depth;
      lines.add("out.mapBegin(" + JavaTypes.wireType(m.key()) + ", " + JavaTypes.wireType(m.value())
          + ", " + expr + ".size());");
      lines.add("for (" + types.use("java.util.Map") + ".Entry<" + types.boxed(m.key()) + ", " + types.boxed(m.value()) + "> "
          + e + " : " + expr + ".entrySet()) {");
      indent(write(m.key(), e + ".getKey()", depth + 1), lines);
      indent(write(m.value(), e + ".getValue()", depth + 1), lines);
      lines.add("}");
    } else {
      ThriftType element = element(t);
      String e = "e" + depth;
      String begin = t instanceof ThriftType.ListOf ? "listBegin" : "setBegin";
      lines.add("out." + begin + "(" + JavaTypes.wireType(element) + ", " + expr + ".size());");
      lines.add("for (" + types.boxed(element) + " " + e + " : " + expr + ") {");
      indent(write(element, e, depth + 1), lines);
      lines.add("}");
    }
    return lines;
  }

  /** Statements that read a value of {@code type} from {@code in} and assign it to {@code target}. */
  List<String> read(ThriftType type, String target, int depth) {
    ThriftType t = type.trueType();
    List<String> lines = new ArrayList<>();
    if (t instanceof ThriftType.Base b) {
      lines.add(target + " = " + switch (b.kind()) {
        case BOOL -> "in.readBool()";
        case I8 -> "in.readByte()";
        case I16 -> "in.readI16()";
        case I32 -> "in.readI32()";
        case I64 -> "in.readI64()";
        case DOUBLE -> "in.readDouble()";
        case STRING -> "in.readString()";
        case BINARY -> types.use("io.parley.runtime.Bytes") + ".wrap(in.readBinary())";
        case UUID -> "in.readUuid()";
      } + ";");
    } else if (t instanceof ThriftType.EnumRef) {
      lines.add(target + " = " + types.javaType(t) + ".of(in.readI32());");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(target + " = " + types.javaType(t) + ".read(in);");
    } else if (t instanceof ThriftType.MapOf m) {
      String n = "n" + depth;
      String map = "m" + depth;
      String k = "k" + depth;
      String v = "v" + depth;
      lines.add("int " + n + " = in.mapBegin();");
      lines.add(types.javaType(t) + " " + map + " = new " + types.use("java.util.LinkedHashMap") + "<>("
          + "Math.min(" + n + ", " + MAX_INITIAL_CAPACITY + ") * 4 / 3 + 1);");
      lines.add("for (int i" + depth + " = 0; i" + depth + " < " + n + "; i" + depth + "++) {");
      // Key and value each decode in a block of their own: both may declare locals of depth + 1.
      lines.add("  " + types.boxed(m.key()) + " " + k + ";");
      block(read(m.key(), k, depth + 1), lines);
      lines.add("  " + types.boxed(m.value()) + " " + v + ";");
      block(read(m.value(), v, depth + 1), lines);
      lines.add("  " + map + ".put(" + k + ", " + v + ");");
      lines.add("}");
      lines.add(target + " = " + types.use("java.util.Collections") + ".unmodifiableMap(" + map + ");");
    } else {
      boolean list = t instanceof ThriftType.ListOf;
      ThriftType element = element(t);
      String n = "n" + depth;
      String c = "c" + depth;
      String v = "v" + depth;
      lines.add("int " + n + " = in." + (list ? "listBegin" : "setBegin") + "();");
      lines.add(types.javaType(t) + " " + c + " = new "
          + (list ? types.use("java.util.ArrayList") + "<>(Math.min(" + n + ", " + MAX_INITIAL_CAPACITY + "));"
              : types.use("java.util.LinkedHashSet") + "<>(Math.min(" + n + ", " + MAX_INITIAL_CAPACITY + ") * 4 / 3 + 1);"));
      lines.add("for (int i" + depth + " = 0; i" + depth + " < " + n + "; i" + depth + "++) {");
      lines.add("  " + types.boxed(element) + " " + v + ";");
      indent(read(element, v, depth + 1), lines);
      lines.add("  " + c + ".add(" + v + ");");
      lines.add("}");
      lines.add(target + " = " + types.use("java.util.Collections") + ".unmodifiable" + (list ? "List" : "Set") + "(" + c + ");");
    }
    return lines;
  }

  private static ThriftType element(ThriftType t) {
    return t instanceof ThriftType.ListOf l ? l.element() : ((ThriftType.SetOf) t).element();
  }

  /** Adds {@code inner} one level in, in braces when it declares locals of its own. */
  private static void block(List<String> inner, List<String> into) {
    if (inner.size() == 1) {
      indent(inner, into);
      return;
    }
    into.add("  {");
    inner.forEach(line -> into.add("    " + line));
    into.add("  }");
  }

  private static void indent(List<String> inner, List<String> into) {
    inner.forEach(line -> into.add("  " + line));
  }
}
