package io.parley.compiler.schema;

import io.parley.compiler.ast.Doc;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One linked IDL file.
 *
 * @param id the file's canonical path: the same file reached by two spellings has one id
 * @param path the path to show users
 * @param name the name other files use to qualify its definitions: the file name without {@code .thrift}
 * @param namespaces scope to namespace, in source order; the scope {@code *} applies to every language
 * @param includes the ids of the files it includes directly
 */
public record ThriftFile(
    String id, String path, String name, Map<String, String> namespaces, List<String> includes,
    List<String> cppIncludes, List<Definition> definitions, Doc doc) {
  public ThriftFile {
    namespaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
    includes = List.copyOf(includes);
    cppIncludes = List.copyOf(cppIncludes);
    definitions = List.copyOf(definitions);
  }

  /** The namespace for {@code scope} (e.g. {@code java}, {@code py}), falling back to {@code *}. */
  public Optional<String> namespace(String scope) {
    String value = namespaces.get(scope);
    return Optional.ofNullable(value != null ? value : namespaces.get("*"));
  }

  /** This file's definitions of one kind, in source order. */
  public <T extends Definition> List<T> definitions(Class<T> kind) {
    return definitions.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
