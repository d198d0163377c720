package io.parley.maven;

import io.parley.compiler.Compilation;
import io.parley.compiler.Compiler;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Severity;
import io.parley.compiler.gen.GeneratedFile;
import io.parley.compiler.gen.Generator;
import io.parley.compiler.gen.Generators;
import io.parley.compiler.gen.OutputWriter;
import io.parley.compiler.gen.TemplateEngine;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ThriftFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * One generation step of the plugin, independent of the Maven project model: skip when nothing
 * changed, else compile, generate every target in memory, write, remove stale outputs and record
 * the new state. All compiling and generating is the compiler library's.
 */
final class IdlGeneration {
  /** The message logged when there is nothing to do. */
  static final String UP_TO_DATE = "Nothing to generate: all IDL files are up to date";

  /**
   * What to generate.
   *
   * @param idlFiles the IDL files to compile, absolute
   * @param includeDirs where included files are looked up after the including file's directory
   * @param strict whether warnings are errors
   * @param templatesDir user templates searched before the built-in ones, or {@code null}
   * @param outputs target name ({@code java}, {@code python}) to output directory, in order
   * @param stateFile where the state of this execution is kept between builds
   * @param extraFingerprint anything else that shapes the output (plugin version, dependency IDL)
   */
  record Request(
      List<Path> idlFiles, List<Path> includeDirs, boolean strict, Path templatesDir,
      Map<String, Path> outputs, Path stateFile, String extraFingerprint) {}

  /** What a run did. */
  enum Outcome { UP_TO_DATE, GENERATED, NO_IDL_FILES }

  private final Generators generators;
  private final Log log;

  /**
   * @param generatorLoader the class loader whose {@code ServiceLoader} finds the generators
   * @param log where diagnostics and progress go
   */
  IdlGeneration(ClassLoader generatorLoader, Log log) {
    this.generators = Generators.load(generatorLoader);
    this.log = log;
  }

  /**
   * Runs {@code request}.
   *
   * @throws MojoFailureException when the IDL has errors (each is logged first)
   * @throws MojoExecutionException for an unknown target, unwritable output or a broken template
   */
  Outcome run(Request request) throws MojoExecutionException, MojoFailureException {
    Map<String, Generator> targets = generatorsFor(request);
    BuildState previous = BuildState.read(request.stateFile());
    try {
      String fingerprint = fingerprint(request);
      Optional<String> staleness = previous.staleness(fingerprint);
      if (staleness.isEmpty() && !request.idlFiles().isEmpty()) {
        log.info(UP_TO_DATE);
        return Outcome.UP_TO_DATE;
      }
      log.debug("Generating: " + staleness.orElse("no IDL files"));
      if (request.idlFiles().isEmpty()) {
        if (!previous.outputs().isEmpty()) {
          finish(previous, new BuildState(fingerprint, Map.of(), Map.of()), request.stateFile());
        }
        return Outcome.NO_IDL_FILES;
      }
      Compilation compilation = new Compiler(request.includeDirs(), request.strict()).compile(request.idlFiles());
      report(compilation, compilation.diagnostics(), previous, request.stateFile());
      Schema schema = compilation.schema().orElseThrow();

      Diagnostics problems = new Diagnostics();
      Map<String, List<GeneratedFile>> generated = new LinkedHashMap<>();
      for (Map.Entry<String, Generator> target : targets.entrySet()) {
        try {
          generated.put(target.getKey(), target.getValue().generate(schema, problems));
        } catch (RuntimeException e) { // a broken user template, say
          throw new MojoExecutionException("Cannot generate " + target.getKey() + ": " + e.getMessage(), e);
        }
      }
      report(compilation, problems.sorted(), previous, request.stateFile());

      Map<String, BuildState.Output> outputs = new TreeMap<>();
      for (Map.Entry<String, List<GeneratedFile>> entry : generated.entrySet()) {
        Path dir = request.outputs().get(entry.getKey());
        int written = new OutputWriter(dir).write(entry.getValue());
        TreeSet<String> names = new TreeSet<>();
        entry.getValue().forEach(f -> names.add(f.path()));
        outputs.put(entry.getKey(), new BuildState.Output(dir, names));
        log.info(String.format("%s: %d %s generated in %s (%d written, %d unchanged)", entry.getKey(),
            names.size(), names.size() == 1 ? "file" : "files", dir, written, entry.getValue().size() - written));
      }
      Map<Path, String> inputs = new TreeMap<>();
      for (ThriftFile file : schema.files()) {
        Path path = Path.of(file.id());
        inputs.put(path, Fingerprint.ofFile(path));
      }
      finish(previous, new BuildState(fingerprint, inputs, outputs), request.stateFile());
      return Outcome.GENERATED;
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private Map<String, Generator> generatorsFor(Request request) throws MojoExecutionException {
    Map<String, Generator> targets = new LinkedHashMap<>();
    for (String target : request.outputs().keySet()) {
      Generator generator = generators.forTarget(target).orElseThrow(() -> new MojoExecutionException(
          "No generator for language '" + target + "' (installed: " + String.join(", ", generators.targets()) + ")"));
      if (request.templatesDir() != null) {
        try {
          generator = generator.withTemplates(new TemplateEngine(request.templatesDir()));
        } catch (RuntimeException e) {
          throw new MojoExecutionException("Cannot use the templates in " + request.templatesDir() + ": " + e.getMessage(), e);
        }
      }
      targets.put(target, generator);
    }
    return targets;
  }

  /** Logs {@code diagnostics}; when any is an error, records the failure and throws. */
  private void report(Compilation compilation, List<Diagnostic> diagnostics, BuildState previous, Path stateFile)
      throws MojoFailureException, IOException {
    long errors = 0;
    for (Diagnostic d : diagnostics) {
      boolean error = d.severity() == Severity.ERROR;
      errors += error ? 1 : 0;
      for (String line : compilation.format(List.of(d)).split("\n")) {
        if (error) {
          log.error(line);
        } else {
          log.warn(line);
        }
      }
    }
    if (errors > 0) {
      previous.failed().write(stateFile);
      throw new MojoFailureException(errors + (errors == 1 ? " error" : " errors") + " in IDL files");
    }
  }

  private void finish(BuildState previous, BuildState current, Path stateFile) throws IOException {
    List<Path> deleted = StaleOutputs.remove(previous.outputs().values(), current.outputs().values());
    if (!deleted.isEmpty()) {
      log.info("Removed " + deleted.size() + " stale generated " + (deleted.size() == 1 ? "file" : "files"));
      deleted.forEach(p -> log.debug("Removed " + p));
    }
    current.write(stateFile);
  }

  private static String fingerprint(Request request) throws IOException {
    Fingerprint f = new Fingerprint().add("strict=" + request.strict());
    f.add("files");
    request.idlFiles().forEach(p -> f.add(p.toString()));
    f.add("includes");
    request.includeDirs().forEach(p -> f.add(p.toString()));
    f.add("outputs");
    request.outputs().forEach((target, dir) -> f.add(target + "=" + dir));
    if (request.templatesDir() != null) {
      f.add("templates=" + request.templatesDir()).addTree(request.templatesDir());
    }
    return f.add(request.extraFingerprint()).hex();
  }
}
