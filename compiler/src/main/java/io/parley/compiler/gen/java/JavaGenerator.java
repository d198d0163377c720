package io.parley.compiler.gen.java;

import io.parley.compiler.ast.StructKind;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Generates Java for every file of a schema: one class per enum, struct, union and exception; for
 * each service an interface, a client and a package-private class of wire structs; one class of
 * constants per file. Reports definitions whose Java files would collide.
 */
public final class JavaGenerator implements Generator {
  private static final String PROTOCOL_EXCEPTION = "io.parley.runtime.ProtocolException";
  private static final String READER = "io.parley.runtime.protocol.ProtocolReader";
  private static final String COMPACT_READER = "io.parley.runtime.protocol.CompactProtocolReader";
  private static final String COMPACT_WRITER = "io.parley.runtime.protocol.CompactProtocolWriter";
  private static final String WRITER = "io.parley.runtime.protocol.ProtocolWriter";
  private static final String TTYPE = "io.parley.runtime.protocol.TType";
  private static final String CHANNEL = "io.parley.runtime.rpc.RpcChannel";
  private static final String PROCESSOR = "io.parley.runtime.rpc.ServiceProcessor";

  /**
   * Fewer files than this are rendered on the calling thread alone: at 141 files (a 1,000-line IDL)
   * more threads measured no faster, at 554 files about 5% faster.
   */
  private static final int MIN_PARALLEL_FILES = 200;

  private final TemplateEngine templates;
  private final int threads;
  private final int minParallelFiles;

  public JavaGenerator() {
    this(TemplateEngine.standard());
  }

  public JavaGenerator(TemplateEngine templates) {
    this(templates, Runtime.getRuntime().availableProcessors(), MIN_PARALLEL_FILES);
  }

  /** Renders on up to {@code threads} threads when there are at least {@code minParallelFiles} files. */
  JavaGenerator(TemplateEngine templates, int threads, int minParallelFiles) {
    this.templates = templates;
    this.threads = threads;
    this.minParallelFiles = minParallelFiles;
  }

  @Override
  public String target() {
    return "java";
  }

  @Override
  public Generator withTemplates(TemplateEngine templates) {
    return new JavaGenerator(templates, threads, minParallelFiles);
  }

  @Override
  public List<GeneratedFile> generate(Schema schema, Diagnostics diagnostics) {
    JavaParameterSlots.check(schema, diagnostics);
    JavaClassSize.check(schema, diagnostics);
    List<Pending> files = new ArrayList<>();
    Map<String, Location> claimed = new HashMap<>();
    Map<String, Set<String>> classesByPackage = classesByPackage(schema);
    for (ThriftFile file : schema.files()) {
      Context context = new Context(schema, JavaNames.packageOf(file), file.name() + ".thrift",
          classesByPackage.get(JavaNames.packageOf(file)));
      String dir = context.pkg().replace('.', '/') + "/";
      for (Definition d : file.definitions()) {
        if (d instanceof EnumDef e) {
          add(files, claimed, diagnostics, d.location(), dir + JavaNames.identifier(e.name()) + ".java",
              context.render("java/enum.ftl", "e", types -> enumView(context.pkg(), e)));
        } else if (d instanceof StructDef s) {
          String template = s.kind() == StructKind.UNION ? "java/union.ftl" : "java/struct.ftl";
          add(files, claimed, diagnostics, d.location(), dir + JavaNames.identifier(s.name()) + ".java",
              context.render(template, "s", types -> structs(schema, types).struct(context.pkg(), s)));
        } else if (d instanceof ServiceDef s) {
          String name = JavaNames.identifier(s.name());
          for (String part : List.of("", "Client", "Calls")) {
            String template = "java/" + (part.isEmpty() ? "service" : part.toLowerCase(java.util.Locale.ROOT)) + ".ftl";
            boolean wireStructs = part.equals("Calls");
            add(files, claimed, diagnostics, d.location(), dir + name + part + ".java", context.render(template, "s",
                types -> new JavaServices(types, structs(schema, types)).service(context.pkg(), s, wireStructs)));
          }
        }
      }
      List<ConstDef> consts = file.definitions(ConstDef.class);
      if (!consts.isEmpty()) {
        add(files, claimed, diagnostics, consts.get(0).location(), dir + constantsClass(file) + ".java",
            context.render("java/constants.ftl", "c", types -> constants(context.pkg(), file, consts, types,
                new JavaLiterals(schema, types))));
      }
    }
    // A file's view and text depend only on the schema (read-only here) and objects made for that
    // file, so files are rendered on several threads; they are claimed, reported and made (which may
    // write them early) one by one in this order on this thread, as a plain loop would.
    List<GeneratedFile> made = new ArrayList<>();
    InOrder.forEach(files, p -> p.content().get(), files.size() < minParallelFiles ? 1 : threads,
        (p, content) -> p.make().accept(made, content));
    return made;
  }

  /** A file to generate: how to render it (on any thread), then what to do with the text (on this one). */
  private record Pending(Supplier<String> content, BiConsumer<List<GeneratedFile>, String> make) {}

  /** What rendering one file needs: where it goes and which simple names are already taken there. */
  private final class Context {
    private final Schema schema;
    private final String pkg;
    private final String source;
    private final Set<String> taken;

    Context(Schema schema, String pkg, String source, Set<String> taken) {
      this.schema = schema;
      this.pkg = pkg;
      this.source = source;
      this.taken = taken;
    }

    String pkg() {
      return pkg;
    }

    /** The rendering of a file, done when asked and on any thread. */
    Supplier<String> render(String template, String key, java.util.function.Function<JavaTypes, Object> view) {
      return () -> renderNow(template, key, view);
    }

    /** Builds the view with a fresh import list, then renders it with those imports. */
    private String renderNow(String template, String key, java.util.function.Function<JavaTypes, Object> view) {
      JavaImports imports = new JavaImports(pkg, taken);
      JavaTypes types = new JavaTypes(schema, imports);
      for (String runtime : RUNTIME_IMPORTS.getOrDefault(template, List.of())) {
        imports.use(runtime);
      }
      Object model = view.apply(types);
      return JavaImports.pruneImports(
          templates.render(template, Map.of(key, model, "file", source, "imports", imports.imports())));
    }
  }

  /** The runtime classes each template names by their simple names. */
  private static final Map<String, List<String>> RUNTIME_IMPORTS = Map.of(
      "java/struct.ftl", List.of(PROTOCOL_EXCEPTION, READER, COMPACT_READER, COMPACT_WRITER, WRITER, TTYPE),
      "java/union.ftl", List.of(PROTOCOL_EXCEPTION, READER, WRITER, TTYPE),
      "java/service.ftl", List.of(CHANNEL, PROCESSOR),
      "java/client.ftl", List.of(CHANNEL),
      "java/calls.ftl", List.of(PROTOCOL_EXCEPTION, READER, COMPACT_READER, COMPACT_WRITER, WRITER, TTYPE, PROCESSOR));

  private static JavaStructs structs(Schema schema, JavaTypes types) {
    return new JavaStructs(types, new JavaLiterals(schema, types));
  }

  /**
   * Every simple name taken in each package (its generated classes and their nested ones), computed
   * once: large schemas have thousands of files per package.
   */
  private static Map<String, Set<String>> classesByPackage(Schema schema) {
    Map<String, Set<String>> classes = new HashMap<>();
    for (ThriftFile file : schema.files()) {
      Set<String> names = classes.computeIfAbsent(JavaNames.packageOf(file), k -> new HashSet<>());
      for (Definition d : file.definitions()) {
        String name = JavaNames.identifier(d.name());
        if (d instanceof ServiceDef s) {
          names.addAll(List.of(name, name + "Client", name + "Calls"));
          s.methods().forEach(m -> names.addAll(List.of(m.name() + "_args", m.name() + "_result")));
        } else if (!(d instanceof ConstDef) && !(d instanceof io.parley.compiler.schema.TypedefDef)) {
          names.add(name);
        }
      }
      if (!file.definitions(ConstDef.class).isEmpty()) {
        names.add(constantsClass(file));
      }
      names.addAll(List.of("Builder", "Kind")); // nested classes of the generated values
    }
    return classes;
  }

  private static String constantsClass(ThriftFile file) {
    return JavaNames.identifier(JavaNames.capitalize(file.name().replaceAll("[^A-Za-z0-9_]", "_")) + "Constants");
  }

  /**
   * Adds a file to generate: {@code content} renders it; in its turn the file claims {@code path} and
   * is made, unless an earlier file has that name (case aside), which is reported instead.
   */
  private static void add(List<Pending> files, Map<String, Location> claimed, Diagnostics diagnostics,
      Location at, String path, Supplier<String> content) {
    files.add(new Pending(content, (made, text) -> {
      Location earlier = claimed.putIfAbsent(path.toLowerCase(java.util.Locale.ROOT), at);
      if (earlier != null) {
        diagnostics.add(Diagnostic.error(at, "the Java code for this definition would overwrite " + path
            + " (file names differing only in case collide on some file systems); rename one of them")
            .withNote(earlier, "which is generated for this definition"));
        return;
      }
      made.add(new GeneratedFile(path, text));
    }));
  }

  private static EnumView enumView(String pkg, EnumDef e) {
    List<EnumView.Constant> constants = new ArrayList<>();
    List<EnumView.Constant> distinct = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (EnumConstant c : e.constants()) {
      EnumView.Constant view = new EnumView.Constant(JavaNames.identifier(c.name()), c.name(), c.value(),
          JavaDocs.lines(c.doc()));
      constants.add(view);
      if (seen.add(c.value())) {
        distinct.add(view);
      }
    }
    return new EnumView(pkg, JavaNames.identifier(e.name()), e.name(), constants, distinct, JavaDocs.lines(e.doc()));
  }

  private static ConstantsView constants(String pkg, ThriftFile file, List<ConstDef> consts, JavaTypes types,
      JavaLiterals literals) {
    String name = constantsClass(file);
    List<Boolean> own = ConstantCode.ownMethods(consts.stream().map(ConstDef::value).toList());
    List<ConstantsView.Constant> list = new ArrayList<>();
    for (int i = 0; i < consts.size(); i++) {
      ConstDef c = consts.get(i);
      list.add(new ConstantsView.Constant(types.javaType(c.type()), JavaNames.identifier(c.name()),
          literals.expression(c.value(), c.type()), own.get(i), JavaDocs.lines(c.doc())));
    }
    return new ConstantsView(pkg, name, list);
  }
}
