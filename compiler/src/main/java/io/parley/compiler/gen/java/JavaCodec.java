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
  /** Sets start no larger than this, however large the size a peer announces. */
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
        case BINARY -> "out.writeBinary(" + expr + ");";
        case UUID -> "out.writeUuid(" + expr + ");";
      });
    } else if (t instanceof ThriftType.EnumRef) {
      lines.add("out.writeI32(" + expr + ".value());");
    } else if (t instanceof ThriftType.StructRef) {
      lines.add(expr + ".write(out);");
    } else if (t instanceof ThriftType.MapOf m) {
      // Walked by position: no iterator and no entry objects.
      String map = "m" + depth;
      String i = "i" + depth;
      String n = "n" + depth;
      String decoded = types.use("io.parley.runtime.protocol.DecodedMap");
      lines.add(decoded + "<" + types.boxed(m.key()) + ", " + types.boxed(m.value()) + "> " + map + " = "
          + decoded + ".of(" + expr + ");");
      lines.add("out.mapBegin(" + JavaTypes.wireType(m.key()) + ", " + JavaTypes.wireType(m.value())
          + ", " + map + ".size());");
      lines.add("for (int " + i + " = 0, " + n + " = " + map + ".size(); " + i + " < " + n + "; " + i + "++) {");
      // A map key in braces: its own map local would clash with the value's.
      List<String> key = write(m.key(), map + ".keyAt(" + i + ")", depth + 1);
      if (m.key().trueType() instanceof ThriftType.MapOf) {
        block(key, lines);
      } else {
        indent(key, lines);
      }
      indent(write(m.value(), map + ".valueAt(" + i + ")", depth + 1), lines);
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
        case BINARY -> "in.readBytes()";
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
      String i = "i" + depth;
      // Keys and values alternate in an array of the announced size, which mapBegin checked
      // against the bytes present; the immutable map takes it over without copying.
      lines.add("int " + n + " = in.mapBegin();");
      lines.add("Object[] " + map + " = new Object[2 * " + n + "];");
      lines.add("for (int " + i + " = 0; " + i + " < " + n + "; " + i + "++) {");
      // Key and value each decode in a block of their own: both may declare locals of depth + 1.
      lines.add("  " + types.boxed(m.key()) + " " + k + ";");
      block(read(m.key(), k, depth + 1), lines);
      lines.add("  " + types.boxed(m.value()) + " " + v + ";");
      block(read(m.value(), v, depth + 1), lines);
      lines.add("  " + map + "[2 * " + i + "] = " + k + ";");
      lines.add("  " + map + "[2 * " + i + " + 1] = " + v + ";");
      lines.add("}");
      lines.add(target + " = " + types.use("io.parley.runtime.protocol.DecodedMap") + ".own(" + map + ");");
    } else {
      boolean list = t instanceof ThriftType.ListOf;
      ThriftType element = element(t);
      String n = "n" + depth;
      String c = "c" + depth;
      String v = "v" + depth;
      String i = "i" + depth;
      lines.add("int " + n + " = in." + (list ? "listBegin" : "setBegin") + "();");
      String primitive = list ? primitiveElement(element) : null;
      if (primitive != null) {
        // i32 and i64 lists stay unboxed: a primitive array the list boxes from on access.
        String kind = primitive.equals("int") ? "Ints" : "Longs";
        String readCall = primitive.equals("int") ? "in.readI32()" : "in.readI64()";
        lines.add(primitive + "[] " + c + " = new " + primitive + "[" + n + "];");
        lines.add("for (int " + i + " = 0; " + i + " < " + n + "; " + i + "++) {");
        lines.add("  " + c + "[" + i + "] = " + readCall + ";");
        lines.add("}");
        lines.add(target + " = " + types.use("io.parley.runtime.protocol.DecodedList") + ".of" + kind + "(" + c + ");");
        return lines;
      }
      // A list fills an array of the announced size, which listBegin checked against the bytes
      // present, and hands it to an immutable list without copying.
      lines.add(list ? "Object[] " + c + " = new Object[" + n + "];"
          : types.use("java.util.LinkedHashSet") + "<" + types.boxed(element) + "> " + c + " = new "
              + types.use("java.util.LinkedHashSet") + "<>(" + types.use("java.lang.Math") + ".min("
              + n + ", " + MAX_INITIAL_CAPACITY + ") * 4 / 3 + 1);");
      lines.add("for (int " + i + " = 0; " + i + " < " + n + "; " + i + "++) {");
      lines.add("  " + types.boxed(element) + " " + v + ";");
      indent(read(element, v, depth + 1), lines);
      lines.add("  " + (list ? c + "[" + i + "] = " + v + ";" : c + ".add(" + v + ");"));
      lines.add("}");
      lines.add(target + " = " + (list ? types.use("io.parley.runtime.protocol.DecodedList") + ".own(" + c + ");"
          : types.use("io.parley.runtime.protocol.DecodedSet") + ".own(" + c + ");"));
    }
    return lines;
  }

  /** {@code int} or {@code long} for i32 and i64 elements, which decode into primitive arrays; else null. */
  private static String primitiveElement(ThriftType element) {
    if (element.trueType() instanceof ThriftType.Base b) {
      return switch (b.kind()) {
        case I32 -> "int";
        case I64 -> "long";
        default -> null;
      };
    }
    return null;
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
