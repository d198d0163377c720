package io.parley.compiler.gen.python;

import io.parley.compiler.gen.GeneratedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a large Python module is written as a main file and its parts: the parts are files beside
 * the module's file, {@code _<module>_part<N>.py}, holding its structs and services in the order of
 * the IDL (its enums go to the first, its constants, which may name any struct, to the last). The
 * main file names them and runs them in its namespace at import. For type checkers, which see
 * each part as a module of its own, each part imports the other parts' definitions it uses (as the
 * views its code was made from named them), and the main file all their public ones.
 */
final class ModuleParts {
  private final String module;
  private final String path;
  private final List<List<Object>> groups;
  /** What each part defines that others may use, in order. */
  private final List<List<String>> defined = new ArrayList<>();
  /** The part that defines each of those names. */
  private final Map<String, Integer> definedIn = new HashMap<>();
  /** The definitions the module's constants use. */
  private final List<String> constantUses;

  /**
   * {@code whole}, the module {@code module} whose file is at {@code path}, in {@code groups}; its
   * constants use {@code constantUses}.
   */
  ModuleParts(String module, String path, PyViews.Module whole, List<List<Object>> groups, List<String> constantUses) {
    this.module = module;
    this.path = path;
    this.groups = groups;
    this.constantUses = constantUses;
    for (int i = 0; i < groups.size(); i++) {
      List<String> names = new ArrayList<>();
      if (i == 0) {
        whole.enums().forEach(e -> names.addAll(List.of(e.name(), "_" + e.name() + "_members")));
      }
      groups.get(i).forEach(piece -> definitions(piece, names));
      if (i == groups.size() - 1) {
        whole.constants().forEach(c -> names.add(c.name()));
      }
      defined.add(names);
      for (String name : names) {
        definedIn.put(name, i);
      }
    }
  }

  /**
   * The structs, then the services, in consecutive groups of at least {@code chars} characters of
   * code each (the last may be shorter); one group when they are not longer than that together.
   */
  static List<List<Object>> group(List<PyViews.StructCode> structs, List<PyViews.ServiceCode> services, int chars) {
    List<Object> all = new ArrayList<>(structs);
    all.addAll(services);
    List<List<Object>> groups = new ArrayList<>();
    List<Object> current = new ArrayList<>();
    long size = 0;
    for (Object piece : all) {
      current.add(piece);
      size += code(piece).length();
      if (size >= chars) {
        groups.add(current);
        current = new ArrayList<>();
        size = 0;
      }
    }
    if (!current.isEmpty() || groups.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /** The file of part {@code i} (from 0), beside the module's own. */
  String path(int i) {
    int slash = path.lastIndexOf('/');
    return path.substring(0, slash + 1) + fileName(i) + ".py";
  }

  /**
   * The part files that {@code module} (a dotted name) may have had in an earlier run: any that a
   * run does not write again are stale. They are known by their names and their second line.
   */
  static GeneratedFile.Supersedes partsOf(String module) {
    String last = module.substring(module.lastIndexOf('.') + 1);
    return new GeneratedFile.Supersedes(Pattern.quote("_" + last + "_part") + "[1-9][0-9]*\\.py",
        "# Part [0-9]+ of [0-9]+ of module " + Pattern.quote(module) + ", .*");
  }

  /** The dotted name of part {@code i} (from 0): its file found as a module would be. */
  String name(int i) {
    // A package's __init__.py has its parts inside the package; a plain module, beside it.
    String parent = path.endsWith("/__init__.py") ? module
        : module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
    return (parent.isEmpty() ? "" : parent + ".") + fileName(i);
  }

  private String fileName(int i) {
    return "_" + module.substring(module.lastIndexOf('.') + 1) + "_part" + (i + 1);
  }

  /**
   * The main file: the whole module's {@code __all__}, and the parts to run. Type checkers see it
   * import the parts' public names and the maps of its enums' values, which modules that include
   * this one use.
   */
  PyViews.Module main(PyViews.Module whole) {
    Set<String> enumMaps = new HashSet<>();
    whole.enums().forEach(e -> enumMaps.add("_" + e.name() + "_members"));
    List<String> parts = new ArrayList<>();
    List<PyViews.PartImport> imports = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      parts.add(name(i));
      // Public names are exported by __all__; an enum's map by the "as" of an explicit re-export.
      List<String> exported = defined.get(i).stream().filter(n -> !n.startsWith("_") || enumMaps.contains(n))
          .map(n -> n.startsWith("_") ? n + " as " + n : n).toList();
      if (!exported.isEmpty()) {
        imports.add(new PyViews.PartImport(name(i), exported));
      }
    }
    return new PyViews.Module(whole.name(), whole.source(), whole.imports(), whole.importsUuid(), whole.enums(),
        whole.structs(), whole.services(), whole.constants(), whole.doc(), List.of(), parts, "", imports);
  }

  /** Part {@code i} (from 0). */
  PyViews.Module part(PyViews.Module whole, int i) {
    boolean last = i == groups.size() - 1;
    List<PyViews.Enum> enums = i == 0 ? whole.enums() : List.of();
    List<PyViews.Constant> constants = last ? whole.constants() : List.of();
    List<PyViews.StructCode> structs = new ArrayList<>();
    List<PyViews.ServiceCode> services = new ArrayList<>();
    Set<Integer> tableIds = new TreeSet<>();
    List<Set<String>> uses = new ArrayList<>();
    groups.forEach(g -> uses.add(new LinkedHashSet<>()));
    for (Object piece : groups.get(i)) {
      if (piece instanceof PyViews.StructCode s) {
        structs.add(s);
        tableIds.addAll(s.stringTables());
        use(s.uses(), i, uses);
      } else {
        PyViews.ServiceCode s = (PyViews.ServiceCode) piece;
        services.add(s);
        tableIds.addAll(s.stringTables());
        use(s.uses(), i, uses);
      }
    }
    if (last) {
      use(constantUses, i, uses);
    }
    List<PyViews.PartImport> imports = new ArrayList<>();
    for (int j = 0; j < groups.size(); j++) {
      if (j != i && !uses.get(j).isEmpty()) {
        imports.add(new PyViews.PartImport(name(j), List.copyOf(uses.get(j))));
      }
    }
    List<PyViews.StringTable> tables = whole.stringTables().stream().filter(t -> tableIds.contains(t.id())).toList();
    return new PyViews.Module(whole.name(), whole.source(), whole.imports(), whole.importsUuid(), enums, structs,
        services, constants, List.of(), tables, List.of(), "part " + (i + 1) + " of " + groups.size(), imports);
  }

  /** Adds each of {@code names} that another part than {@code self} defines to that part's set. */
  private void use(List<String> names, int self, List<Set<String>> byPart) {
    for (String name : names) {
      Integer part = definedIn.get(name);
      if (part != null && part != self) {
        byPart.get(part).add(name);
      }
    }
  }

  /**
   * Adds the names a struct or service defines that other code may use: its class, or a
   * service's protocols, clients and processor factories (its argument and result structs are
   * its own).
   */
  private static void definitions(Object piece, List<String> into) {
    if (piece instanceof PyViews.StructCode s) {
      into.add(s.name());
    } else {
      PyViews.ServiceCode s = (PyViews.ServiceCode) piece;
      into.addAll(PyServices.definedNames(s.name(), s.functionPrefix()));
    }
  }

  private static String code(Object piece) {
    return piece instanceof PyViews.StructCode s ? s.code() : ((PyViews.ServiceCode) piece).code();
  }
}
