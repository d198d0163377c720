package io.parley.compiler.gen.java;

import java.util.List;

/**
 * One field as the Java templates print it; every string is ready to print.
 *
 * @param name the Java name of the field, accessor and builder setter
 * @param capitalized the name with a capital first letter, for {@code hasX}
 * @param constant the name in upper snake case, for a union's {@code Kind}
 * @param type the Java type the field is stored and returned as
 * @param primitive whether {@code type} is a Java primitive (never null)
 * @param required whether the IDL marks the field required
 * @param initial the value a builder or decoder starts with: the IDL default or zero/null
 * @param stored what a builder or union factory stores for the field: an immutable copy of a
 *     collection, else the field itself
 * @param writeLines statements writing the field, header and presence check included
 * @param compactWriteLines the same for the compact protocol's own writer, which prints the header
 *     byte itself (empty for union members)
 * @param local the decoder's local variable for the field ({@code name$}: a plain {@code io} would
 *     hide the package {@code io.parley})
 * @param valueLines statements reading a value of the field's type into {@code local}, without
 *     looking at the header (what the read lines wrap, and what the compact decoder's in-order path
 *     prints as it is)
 * @param readLines statements reading the field's value into {@code local}
 * @param compactReadLines the same for the compact protocol's decoder, which compares the type
 *     nibble of the header byte ({@code type$$}) and takes a bool's value from it
 * @param equalsExpression true when {@code this} and {@code that} hold the same value
 * @param doc Javadoc lines, without the comment markers
 */
public record FieldView(
    String idlName, String name, String capitalized, String constant, int id, String type, boolean primitive,
    boolean required, String initial, String stored, String wireType, List<String> writeLines,
    List<String> compactWriteLines, String local, List<String> valueLines,
    List<String> readLines, List<String> compactReadLines,
    String equalsExpression, List<String> doc) {
  public FieldView {
    writeLines = List.copyOf(writeLines);
    compactWriteLines = List.copyOf(compactWriteLines);
    valueLines = List.copyOf(valueLines);
    readLines = List.copyOf(readLines);
    compactReadLines = List.copyOf(compactReadLines);
    doc = List.copyOf(doc);
  }
}
