package io.parley.compiler.link;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.load.SourceFile;
import io.parley.compiler.load.SourceSet;
import io.parley.compiler.schema.Symbol;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names each file can see: its own definitions, and those of the files it includes directly,
 * qualified by the included file's name ({@code shared.Thing}).
 */
final class Scopes {
  /** A definition found by name, with the file that defines it. */
  record Found(SourceFile file, DefinitionElement element) {
    Symbol symbol() {
      return new Symbol(file.id(), element.name());
    }
  }

  private final SourceSet sources;
  private final Map<String, Map<String, DefinitionElement>> definitions = new HashMap<>();
  private final Map<String, Map<String, String>> includeNames = new HashMap<>();

  Scopes(SourceSet sources) {
    this.sources = sources;
    for (SourceFile file : sources.files()) {
      Map<String, DefinitionElement> own = new LinkedHashMap<>();
      // The first definition of a name wins; the duplicate rule reports the others.
      file.element().definitions().forEach(d -> own.putIfAbsent(d.name(), d));
      definitions.put(file.id(), own);
      Map<String, String> names = new LinkedHashMap<>();
      file.includes().values().forEach(id -> names.putIfAbsent(sources.byId(id).programName(), id));
      includeNames.put(file.id(), names);
    }
  }

  /** The definition that {@code name} denotes in {@code fileId}, if any. */
  Optional<Found> find(String fileId, String name) {
    DefinitionElement own = definitions.get(fileId).get(name);
    if (own != null) {
      return Optional.of(new Found(sources.byId(fileId), own));
    }
    // Included file names may themselves contain dots, so try every split point.
    for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
      String included = includeNames.get(fileId).get(name.substring(0, dot));
      if (included != null) {
        DefinitionElement element = definitions.get(included).get(name.substring(dot + 1));
        if (element != null) {
          return Optional.of(new Found(sources.byId(included), element));
        }
      }
    }
    return Optional.empty();
  }

  /** Why {@code name} found nothing in {@code fileId}, as the end of a message. */
  String whyMissing(String fileId, String name) {
    int dot = name.indexOf('.');
    if (dot < 0) {
      return "";
    }
    for (; dot > 0; dot = name.indexOf('.', dot + 1)) {
      String included = includeNames.get(fileId).get(name.substring(0, dot));
      if (included != null) {
        return " ('" + sources.byId(included).path() + "' defines no '" + name.substring(dot + 1) + "')";
      }
    }
    String prefix = name.substring(0, name.indexOf('.'));
    return " (no included file is called '" + prefix + "'; add include \"" + prefix + ".thrift\")";
  }

  /** A word for what an element is, for messages such as "'X' is a service, not a type". */
  static String describe(DefinitionElement element) {
    return switch (element.keyword()) {
      case "const" -> "a constant";
      case "exception" -> "an exception";
      case "enum" -> "an enum";
      case "union" -> "a union";
      default -> "a " + element.keyword();
    };
  }
}
