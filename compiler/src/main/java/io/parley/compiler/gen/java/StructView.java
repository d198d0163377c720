package io.parley.compiler.gen.java;

import java.util.List;

/**
 * A struct, union or exception as the Java templates print it.
 *
 * @param name the class name
 * @param idlName the name in the IDL, for messages
 * @param modifiers how the class is declared, e.g. {@code public final} or {@code static final}
 * @param constructorModifier {@code private} for public values, empty (package access) for wire-only structs
 * @param superclass what it extends ({@code DeclaredException} for exceptions), or empty
 * @param builder whether the class has a builder (wire-only structs do not)
 * @param doc Javadoc lines
 * @param runs the fields in runs whose codecs fit one JVM method each: one run unless the struct
 *     is {@link #split}
 * @param compactInOrder the compact decoder's fast path for fields in declaration order (see
 *     {@link CompactInOrder}); empty for unions and split structs
 */
public record StructView(
    String packageName, String name, String idlName, String modifiers, String constructorModifier,
    String superclass, boolean builder, boolean exception, boolean union, List<FieldView> fields,
    List<String> doc, List<FieldRun> runs, List<String> compactInOrder) {
  public StructView {
    fields = List.copyOf(fields);
    doc = List.copyOf(doc);
    runs = List.copyOf(runs);
    compactInOrder = List.copyOf(compactInOrder);
  }

  /**
   * Whether the codecs are too large for one JVM method each (64 KiB of bytecode): the struct is
   * then read and written by a method per run of fields, a decoder keeping its fields in an object.
   */
  public boolean split() {
    return runs.size() > 1;
  }

  /**
   * Whether the compact writer keeps the id of the last field written: some field follows one that
   * may be left out (a field that can be null).
   */
  public boolean tracksLastField() {
    for (int i = 1; i < fields.size(); i++) {
      if (!fields.get(i - 1).primitive()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the fields need more parameter slots than a JVM method has (255, one of them
   * {@code this}; a long or double takes two), so the constructor takes them in a builder.
   */
  public boolean wide() {
    int slots = 1;
    for (FieldView f : fields) {
      slots += f.type().equals("long") || f.type().equals("double") ? 2 : 1;
    }
    return slots > MAX_PARAMETER_SLOTS;
  }

  /** Parameter slots of a JVM method, {@code this} included. */
  static final int MAX_PARAMETER_SLOTS = 255;

  /** Whether any field is required, so the decoder must track presence. */
  public boolean hasRequired() {
    return fields.stream().anyMatch(FieldView::required);
  }
}
