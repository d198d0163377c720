package io.parley.compiler.ast;

import java.util.List;

/**
 * One parsed IDL file: its headers and definitions in source order.
 *
 * @param path the path as the user gave it (or as derived from an include), used in messages
 * @param doc the file's leading doc comment, when it stands apart from the first definition
 */
public record FileElement(
    String path, List<IncludeElement> includes, List<String> cppIncludes,
    List<NamespaceElement> namespaces, List<DefinitionElement> definitions, Doc doc) {
  public FileElement {
    includes = List.copyOf(includes);
    cppIncludes = List.copyOf(cppIncludes);
    namespaces = List.copyOf(namespaces);
    definitions = List.copyOf(definitions);
  }

  /** A file with nothing in it, standing in for one that could not be parsed. */
  public static FileElement empty(String path) {
    return new FileElement(path, List.of(), List.of(), List.of(), List.of(), Doc.NONE);
  }
}
