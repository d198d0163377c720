package io.parley.compiler.gen.java;

import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.gen.WireTypes;
import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Builds the view of a struct, union, exception or method argument/result struct for one package. */
final class JavaStructs {
  private final JavaTypes types;
  private final JavaCodec codec;
  private final JavaLiterals literals;
  private final JavaCopies copies;

  JavaStructs(JavaTypes types, JavaLiterals literals) {
    this.types = types;
    this.codec = new JavaCodec(types);
    this.literals = literals;
    this.copies = new JavaCopies(types);
  }

  /** The view of a top-level struct, union or exception. */
  StructView struct(String packageName, StructDef def) {
    boolean union = def.kind() == StructKind.UNION;
    types.reserve(def.fields().stream().map(f -> union ? JavaNames.unionMember(f.name()) : JavaNames.member(f.name()))
        .toList());
    String superclass = def.kind() == StructKind.EXCEPTION ? types.use("io.parley.runtime.DeclaredException") : "";
    List<FieldView> views = union ? unionFields(def.name(), def.fields()) : fields(def.name(), def.fields());
    List<FieldRun> runs = FieldRun.of(views);
    return new StructView(packageName, JavaNames.identifier(def.name()), def.name(), "public final", "private ",
        superclass, true, def.kind() == StructKind.EXCEPTION, union, views, JavaDocs.lines(def.doc()), runs,
        union || runs.size() > 1 ? List.of() : CompactInOrder.lines(def.fields(), views));
  }

  /** The view of a struct that exists only on the wire, such as a method's arguments. */
  StructView internal(String packageName, String name, String idlName, List<Field> fields) {
    types.reserve(fields.stream().map(f -> JavaNames.member(f.name())).toList());
    List<FieldView> views = fields(idlName, fields);
    List<FieldRun> runs = FieldRun.of(views);
    return new StructView(packageName, name, idlName, "static final", "", "", false, false, false,
        views, List.of(), runs, runs.size() > 1 ? List.of() : CompactInOrder.lines(fields, views));
  }

  private List<FieldView> fields(String structName, List<Field> fields) {
    List<FieldView> views = new ArrayList<>();
    // The last field whose header depends on whether the one before it was written: up to there,
    // the compact writer keeps the id of the last field written in a local.
    int lastRuntimeHeader = -1;
    for (int i = 1; i < fields.size(); i++) {
      if (!alwaysWritten(fields.get(i - 1))) {
        lastRuntimeHeader = i;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Field previous = i == 0 ? null : fields.get(i - 1);
      // Before a field always written, which overwrites it, the local need not be kept.
      boolean keepLast = i < lastRuntimeHeader && (!alwaysWritten(f) || !alwaysWritten(fields.get(i + 1)));
      views.add(field(structName, f, previous, keepLast));
    }
    return views;
  }

  /**
   * The view of one field that follows {@code previous} (null for the first); {@code keepLast}
   * when a later field's compact header needs the id of the last field written.
   */
  private FieldView field(String structName, Field f, Field previous, boolean keepLast) {
    String name = JavaNames.member(f.name());
    boolean primitive = alwaysWritten(f);
    String type = primitive ? types.javaType(f.type()) : types.boxed(f.type());
    ConstValue defaultValue = f.defaultValue();
    String initial = defaultValue != null ? literals.expression(defaultValue, f.type())
        : primitive ? types.zero(f.type()) : "null";
    String id = "(short) " + f.id();
    String wire = JavaTypes.wireType(f.type());

    List<String> write = new ArrayList<>();
    String indent = primitive ? "" : "  ";
    if (!primitive) {
      write.add("if (this." + name + " != null) {");
    }
    if (isBool(f.type())) {
      write.add(indent + "out.fieldBool(" + id + ", this." + name + ");");
    } else {
      write.add(indent + "out.fieldBegin(" + wire + ", " + id + ");");
      codec.write(f.type(), "this." + name, 0).forEach(l -> write.add(indent + l));
    }
    if (!primitive) {
      write.add("}");
    }

    String local = name + "$";
    List<String> value = codec.read(f.type(), local, 0); // built once: three decoders print it
    List<String> read = new ArrayList<>();
    read.add("if (wireType$$ == " + wire + ") {");
    value.forEach(l -> read.add("  " + l));
    if (f.requiredness() == Requiredness.REQUIRED) {
      read.add("  " + local + "Set = true;");
    }
    read.add("} else {");
    read.add("  in.skip(wireType$$);");
    read.add("}");

    List<String> compact = new ArrayList<>();
    if (isBool(f.type())) {
      compact.add("if (type$$ == 1 || type$$ == 2) {");
      compact.add("  " + local + " = type$$ == 1;");
    } else {
      compact.add("if (type$$ == " + compactType(f.type()) + ") {");
      value.forEach(l -> compact.add("  " + l));
    }
    if (f.requiredness() == Requiredness.REQUIRED) {
      compact.add("  " + local + "Set = true;");
    }
    compact.add("} else {");
    compact.add("  in.skipField(type$$);");
    compact.add("}");

    List<String> compactWrite = compactWrite(f, name, primitive, previous, keepLast);

    String equals = !primitive ? types.use("java.util.Objects") + ".equals(this." + name + ", that." + name + ")"
        : type.equals("double") ? types.use("java.lang.Double") + ".compare(this." + name + ", that." + name + ") == 0"
        : "this." + name + " == that." + name;
    String stored = copies.stored(f.type(), name, structName + "." + f.name());
    return new FieldView(f.name(), name, JavaNames.capitalize(name), JavaNames.constant(f.name()), f.id(), type,
        primitive, f.requiredness() == Requiredness.REQUIRED, initial, stored, wire, write, compactWrite, local, value, read,
        compact, equals, docOf(f.doc()));
  }

  /**
   * Statements writing the field in the compact protocol, header byte included. The header holds
   * the id's distance from the last field written: known here when the field before is always
   * written (or this is the first), else kept at run time in {@code last$}.
   */
  private List<String> compactWrite(Field f, String name, boolean primitive, Field previous, boolean keepLast) {
    List<String> lines = new ArrayList<>();
    String indent = primitive ? "" : "  ";
    if (!primitive) {
      lines.add("if (this." + name + " != null) {");
    }
    boolean bool = isBool(f.type());
    String value = "this." + name;
    if (previous == null || alwaysWritten(previous)) {
      int lastId = previous == null ? 0 : previous.id();
      String header = bool
          ? value + " ? " + headerByte(f.id(), lastId, 1) + " : " + headerByte(f.id(), lastId, 2)
          : headerByte(f.id(), lastId, compactType(f.type()));
      lines.add(indent + "out.writeByte(" + header + ");");
      if (!shortHeader(f.id(), lastId)) {
        lines.add(indent + "out.writeI16((short) " + f.id() + ");");
      }
    } else {
      String type = bool ? value + " ? 1 : 2" : Integer.toString(compactType(f.type()));
      lines.add(indent + "out.writeFieldHeader(" + type + ", " + f.id() + ", last$);");
    }
    if (!bool) {
      codec.write(f.type(), value, 0).forEach(l -> lines.add(indent + l));
    }
    if (keepLast) {
      lines.add(indent + "last$ = " + f.id() + ";");
    }
    if (!primitive) {
      lines.add("}");
    }
    return lines;
  }

  /**
   * Whether a field is held in a Java primitive (a base type, not optional), so it is never null
   * and always written.
   */
  private boolean alwaysWritten(Field f) {
    return types.isPrimitive(f.type()) && f.requiredness() != Requiredness.OPTIONAL;
  }

  /** Whether field {@code id} after field {@code lastId} takes a one-byte header (the id as a delta). */
  private static boolean shortHeader(int id, int lastId) {
    return id > lastId && id - lastId <= 15;
  }

  /** The first header byte of field {@code id} after {@code lastId}, as a Java {@code byte} literal. */
  private static String headerByte(int id, int lastId, int nibble) {
    int b = shortHeader(id, lastId) ? (id - lastId) << 4 | nibble : nibble;
    return "(byte) 0x" + HexFormat.of().toHexDigits((byte) b);
  }

  /**
   * Union members: the value lives in one {@code Object} field, so the write lines cast it and the
   * read lines assign the local {@code value}.
   */
  private List<FieldView> unionFields(String unionName, List<Field> fields) {
    List<FieldView> views = new ArrayList<>();
    for (Field f : fields) {
      String name = JavaNames.unionMember(f.name());
      String boxed = types.boxed(f.type());
      String id = "(short) " + f.id();
      String wire = JavaTypes.wireType(f.type());
      String expr = "((" + boxed + ") this.value)";
      List<String> write = new ArrayList<>();
      if (isBool(f.type())) {
        write.add("out.fieldBool(" + id + ", " + expr + ");");
      } else {
        write.add("out.fieldBegin(" + wire + ", " + id + ");");
        write.addAll(codec.write(f.type(), expr, 0));
      }
      List<String> value = codec.read(f.type(), "v", 0);
      List<String> read = new ArrayList<>();
      read.add("if (wireType$$ == " + wire + ") {");
      read.add("  " + boxed + " v;");
      value.forEach(l -> read.add("  " + l));
      read.add("  kind = Kind." + JavaNames.constant(f.name()) + ";");
      read.add("  value = v;");
      read.add("} else {");
      read.add("  in.skip(wireType$$);");
      read.add("}");
      String stored = copies.stored(f.type(), name, unionName + "." + f.name());
      views.add(new FieldView(f.name(), name, JavaNames.capitalize(name), JavaNames.constant(f.name()), f.id(), boxed,
          false, false, "null", stored, wire, write, List.of(), "v", value, read, List.of(), "", docOf(f.doc())));
    }
    return views;
  }

  /** The compact protocol's type nibble of a value of {@code type} (bool excepted: 1 or 2). */
  static int compactType(ThriftType type) {
    return WireTypes.compact(type);
  }

  static boolean isBool(ThriftType type) {
    return type.trueType() instanceof ThriftType.Base b && b.kind() == io.parley.compiler.ast.BaseKind.BOOL;
  }

  private static List<String> docOf(Doc doc) {
    return JavaDocs.lines(doc);
  }
}
