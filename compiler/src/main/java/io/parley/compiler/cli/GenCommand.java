package io.parley.compiler.cli;

import io.parley.compiler.Compilation;
import io.parley.compiler.gen.EagerOutput;
import io.parley.compiler.gen.Generator;
import io.parley.compiler.gen.Generators;
import io.parley.compiler.gen.TemplateEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Severity;
import io.parley.compiler.gen.GeneratedFile;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley gen}: checks IDL files, then generates code for them and everything they include. */
@Command(name = "gen", mixinStandardHelpOptions = true,
    description = "Generate code for IDL files and everything they include.")
final class GenCommand implements Callable<Integer> {
  @Mixin
  CompileOptions options;

  @Option(names = "--java", paramLabel = "DIR", description = "Write Java sources under DIR.")
  Path java;

  @Option(names = "--python", paramLabel = "DIR", description = "Write Python modules under DIR.")
  Path python;

  @Option(names = {"-o", "--output"}, paramLabel = "TARGET=DIR",
      description = "Write the output of any installed generator TARGET under DIR (repeatable).")
  Map<String, Path> extraOutputs = new LinkedHashMap<>();

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Use the templates in DIR (e.g. DIR/java/struct.ftl) before the built-in ones.")
  Path templatesDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, Path> outputs = new LinkedHashMap<>();
    if (java != null) {
      outputs.put("java", java);
    }
    if (python != null) {
      outputs.put("python", python);
    }
    outputs.putAll(extraOutputs);
    if (outputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "name at least one target: --java DIR or --python DIR");
    }
    PrintWriter err = spec.commandLine().getErr();
    Generators generators = Generators.load(GenCommand.class.getClassLoader());
    for (String target : outputs.keySet()) {
      if (generators.forTarget(target).isEmpty()) {
        err.println("parley: error: no " + target + " generator is installed in this build"
            + (generators.targets().isEmpty() ? "" : " (installed: " + String.join(", ", generators.targets()) + ")"));
        return 1;
      }
    }
    Compilation compilation = options.compile(err);
    if (compilation.schema().isEmpty()) {
      return 1;
    }
    // Generate every target in memory first: nothing is written when any target reports an error.
    // Each file is written early into a hidden staging directory, in the background while the
    // generator goes on (see EagerOutput), and moved into place only once every target succeeded.
    Map<String, List<GeneratedFile>> generated = new LinkedHashMap<>();
    Map<String, EagerOutput> early = new LinkedHashMap<>();
    Diagnostics problems = new Diagnostics();
    try {
      for (Map.Entry<String, Path> output : outputs.entrySet()) {
        String target = output.getKey();
        Generator generator = generators.forTarget(target).orElseThrow();
        if (templatesDir != null) {
          if (!Files.isDirectory(templatesDir)) {
            throw new ParameterException(spec.commandLine(), "--templates: no such directory: " + templatesDir);
          }
          generator = generator.withTemplates(new TemplateEngine(templatesDir));
        }
        EagerOutput eager = EagerOutput.start(output.getValue());
        early.put(target, eager);
        try {
          generated.put(target, generator.generate(compilation.schema().get(), problems));
        } finally {
          eager.stopListening();
        }
      }
      if (problems.hasErrors()) {
        List<Diagnostic> sorted = problems.sorted();
        err.print(compilation.format(sorted));
        err.println(CompileOptions.summary(count(sorted, Severity.ERROR), count(sorted, Severity.WARNING)));
        err.flush();
        return 1;
      }
      for (Map.Entry<String, Path> output : outputs.entrySet()) {
        try {
          EagerOutput eager = early.get(output.getKey());
          int changed = eager.finish(generated.get(output.getKey()));
          int removed = eager.removed();
          spec.commandLine().getOut().println(output.getKey() + ": " + changed + " files written to " + output.getValue()
              + (removed == 0 ? "" : " (" + removed + " stale " + (removed == 1 ? "file" : "files") + " removed)"));
        } catch (IOException e) {
          err.println("parley: error: " + e.getMessage());
          return 1;
        }
      }
    } finally {
      // The last opened first: an earlier one may have made a parent directory both share.
      List<EagerOutput> opened = new ArrayList<>(early.values());
      Collections.reverse(opened);
      opened.forEach(EagerOutput::close);
    }
    return 0;
  }

  private static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
