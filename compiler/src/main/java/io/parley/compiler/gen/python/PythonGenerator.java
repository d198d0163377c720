package io.parley.compiler.gen.python;

import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.gen.GeneratedFile;
import io.parley.compiler.gen.Generator;
import io.parley.compiler.gen.InOrder;
import io.parley.compiler.gen.TemplateEngine;
import io.parley.compiler.schema.ConstDef;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.EnumConstant;
import io.parley.compiler.schema.EnumDef;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates one typed Python module per IDL file (the module named by {@code namespace py}):
 * IntEnums that keep unknown values, frozen dataclasses with straight-line codecs, exceptions,
 * constants, and per service typing.Protocols to implement, sync and asyncio clients and
 * processor factories. Package {@code __init__.py} files are generated for every parent package.
 *
 * <p>Structs and services, nearly all of a module's text, are rendered each on its own and on
 * several threads; each module's template then prints them in the order of the IDL. A module whose
 * structs and services come to more than {@link #PART_CHARS} characters is written as a main file
 * and parts of about that size beside it, which the main file runs in its namespace ({@code
 * parley.parts}): CPython compiles a file whole, and a file of tens of megabytes took it minutes
 * and gigabytes where its parts take seconds and megabytes.
 */
public final class PythonGenerator implements Generator {
  /**
   * Fewer structs and services than this (in all modules) are rendered on the calling thread
   * alone, as for Java files: a small schema gains nothing from more threads.
   */
  private static final int MIN_PARALLEL_PARTS = 200;

  /**
   * A module's structs and services longer than this go to parts of about this size: up to a
   * megabyte or two CPython compiles source in time proportional to its size (3.10 to 3.13).
   */
  public static final int PART_CHARS = 1_000_000;

  private final TemplateEngine templates;
  private final int threads;
  private final int minParallelParts;
  private final int partChars;

  public PythonGenerator() {
    this(TemplateEngine.standard());
  }

  public PythonGenerator(TemplateEngine templates) {
    this(templates, Runtime.getRuntime().availableProcessors(), MIN_PARALLEL_PARTS, PART_CHARS);
  }

  /**
   * Splits modules into parts of about {@code partChars} characters instead of {@link
   * #PART_CHARS}, so that tests can split small ones.
   */
  public static PythonGenerator withPartsOf(int partChars) {
    return new PythonGenerator(TemplateEngine.standard(), Runtime.getRuntime().availableProcessors(),
        MIN_PARALLEL_PARTS, partChars);
  }

  /** Renders on up to {@code threads} threads when there are at least {@code minParallelParts} parts. */
  PythonGenerator(TemplateEngine templates, int threads, int minParallelParts) {
    this(templates, threads, minParallelParts, PART_CHARS);
  }

  private PythonGenerator(TemplateEngine templates, int threads, int minParallelParts, int partChars) {
    this.templates = templates;
    this.threads = threads;
    this.minParallelParts = minParallelParts;
    this.partChars = partChars;
  }

  @Override
  public String target() {
    return "python";
  }

  @Override
  public Generator withTemplates(TemplateEngine engine) {
    return new PythonGenerator(engine, threads, minParallelParts, partChars);
  }

  @Override
  public List<GeneratedFile> generate(Schema schema, Diagnostics diagnostics) {
    PyNesting.check(schema, diagnostics);
    Map<String, ThriftFile> modules = new HashMap<>();
    for (ThriftFile file : schema.files()) {
      ThriftFile earlier = modules.putIfAbsent(PyNames.moduleOf(file), file);
      if (earlier != null) {
        diagnostics.add(Diagnostic.error(Location.ofFile(file.path()), "the Python module "
            + PyNames.moduleOf(file) + " would hold two files; give one of them another 'namespace py'")
            .withNote(Location.ofFile(earlier.path()), "the other file"));
      }
    }
    Set<String> packages = new TreeSet<>();
    modules.keySet().forEach(m -> {
      for (int dot = m.indexOf('.'); dot > 0; dot = m.indexOf('.', dot + 1)) {
        packages.add(m.substring(0, dot));
      }
    });
    // Each module's structs and services, then the module itself (definition null): the parts are
    // rendered on several threads and collected, and each module made, in this order on this thread.
    List<Part> parts = new ArrayList<>();
    int rendered = 0;
    for (ThriftFile file : schema.files()) {
      String module = PyNames.moduleOf(file);
      if (modules.get(module) != file) {
        continue;
      }
      String path = module.replace('.', '/') + (packages.contains(module) ? "/__init__.py" : ".py");
      PendingModule pending = new PendingModule(schema, file, module, path);
      for (Definition d : file.definitions()) {
        if (d instanceof StructDef || d instanceof ServiceDef) {
          parts.add(new Part(pending, d));
          rendered++;
        }
      }
      parts.add(new Part(pending, null));
    }
    List<GeneratedFile> files = new ArrayList<>();
    InOrder.forEach(parts, p -> p.definition() == null ? null : p.module().render(p.definition()),
        rendered < minParallelParts ? 1 : threads, (p, code) -> {
          if (p.definition() == null) {
            files.addAll(p.module().make());
          } else {
            p.module().add(code);
          }
        });
    for (String pkg : packages) {
      if (!modules.containsKey(pkg)) {
        files.add(new GeneratedFile(pkg.replace('.', '/') + "/__init__.py", "# Generated by Parley. Do not edit.\n"));
      }
    }
    return files;
  }

  /** A struct or service of a module to render, or (with no definition) the module to make. */
  private record Part(PendingModule module, Definition definition) {}

  /** A module being generated: the text of its structs and services as they come, in order. */
  private final class PendingModule {
    private final Schema schema;
    private final ThriftFile file;
    private final String module;
    private final String path;
    private final List<PyViews.StructCode> structs = new ArrayList<>();
    private final List<PyViews.ServiceCode> services = new ArrayList<>();
    /** What the module's constants use of its definitions, once {@link #view} made them. */
    private List<String> constantUses = List.of();

    PendingModule(Schema schema, ThriftFile file, String module, String path) {
      this.schema = schema;
      this.file = file;
      this.module = module;
      this.path = path;
    }

    /**
     * Builds the view of a struct or service and renders it; runs on any thread. The schema is
     * immutable and the view builders are made for this call alone, so nothing is shared.
     */
    Object render(Definition d) {
      PyTypes types = new PyTypes(schema, file);
      PyLiterals literals = new PyLiterals(schema, types);
      PyStructs structViews = new PyStructs(types, literals);
      if (d instanceof StructDef s) {
        PyViews.Struct view = structViews.struct(s);
        return new PyViews.StructCode(view.name(), templates.renderPart("python/dataclass.ftl", Map.of("s", view)),
            view.stringTables(), types.named(), types.usesUuid());
      }
      PyViews.Service view = new PyServices(schema, types, structViews, literals).service((ServiceDef) d);
      List<Integer> tables = view.wireStructs().stream().flatMap(s -> s.stringTables().stream()).toList();
      List<String> uses = new ArrayList<>(types.named());
      if (!view.base().isEmpty() && !view.base().contains(".")) {
        uses.addAll(PyServices.definedNames(view.base(), view.baseProcessor())); // an extended service of this module
      }
      return new PyViews.ServiceCode(view.name(), view.functionPrefix(),
          templates.renderPart("python/service.ftl", Map.of("service", view)), tables, uses, types.usesUuid());
    }

    /** Takes the next rendered struct or service; on the calling thread. */
    void add(Object code) {
      if (code instanceof PyViews.StructCode s) {
        structs.add(s);
      } else {
        services.add((PyViews.ServiceCode) code);
      }
    }

    /** The module's files, once all its structs and services were added; on the calling thread. */
    List<GeneratedFile> make() {
      PyViews.Module whole = view();
      List<List<Object>> groups = ModuleParts.group(structs, services, partChars);
      if (groups.size() < 2) {
        return List.of(file(path, whole));
      }
      ModuleParts parts = new ModuleParts(module, path, whole, groups, constantUses);
      List<GeneratedFile> files = new ArrayList<>();
      files.add(file(path, parts.main(whole)));
      for (int i = 0; i < groups.size(); i++) {
        files.add(file(parts.path(i), parts.part(whole, i)));
      }
      return files;
    }

    /** One of the module's files, which also claims any parts an earlier run gave the module. */
    private GeneratedFile file(String at, PyViews.Module view) {
      return new GeneratedFile(at, templates.renderPieces("python/module.ftl", Map.of("module", view)),
          ModuleParts.partsOf(module));
    }

    private PyViews.Module view() {
      PyTypes types = new PyTypes(schema, file);
      PyLiterals literals = new PyLiterals(schema, types);
      List<String> imports = new ArrayList<>();
      for (String id : file.includes()) {
        ThriftFile included = schema.file(id);
        imports.add("import " + PyNames.moduleOf(included) + " as " + PyTypes.alias(included));
      }
      List<PyViews.Enum> enums = new ArrayList<>();
      List<PyViews.Constant> constants = new ArrayList<>();
      for (Definition d : file.definitions()) {
        if (d instanceof EnumDef e) {
          List<PyViews.EnumConstant> values = new ArrayList<>();
          for (EnumConstant c : e.constants()) {
            values.add(new PyViews.EnumConstant(PyNames.member(c.name()), c.value(), PyStructs.docLines(c.doc())));
          }
          enums.add(new PyViews.Enum(PyNames.global(e.name()), values, PyStructs.docLines(e.doc())));
        } else if (d instanceof ConstDef c) {
          constants.add(new PyViews.Constant(PyNames.global(c.name()), types.hint(c.type()),
              literals.expression(c.value(), c.type()), PyStructs.docLines(c.doc())));
        }
      }
      constantUses = types.named();
      Set<Integer> ids = new TreeSet<>(); // in order of id
      structs.forEach(s -> ids.addAll(s.stringTables()));
      services.forEach(s -> ids.addAll(s.stringTables()));
      List<PyViews.StringTable> tables =
          ids.stream().map(id -> new PyViews.StringTable(PyBinaryCodec.stringTable(id), id)).toList();
      boolean uuid = types.usesUuid() || structs.stream().anyMatch(PyViews.StructCode::usesUuid)
          || services.stream().anyMatch(PyViews.ServiceCode::usesUuid);
      return new PyViews.Module(PyNames.moduleOf(file), file.name() + ".thrift", imports, uuid, enums, structs,
          services, constants, PyStructs.docLines(file.doc()), tables);
    }
  }
}
