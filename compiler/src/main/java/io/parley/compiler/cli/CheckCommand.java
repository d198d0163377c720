package io.parley.compiler.cli;

import io.parley.compiler.Compilation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley check}: parses, links and checks IDL files, printing every problem found. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check IDL files and everything they include; print every problem at once.")
final class CheckCommand implements Callable<Integer> {
  @Mixin
  CompileOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Compilation compilation = options.compile(spec.commandLine().getErr());
    if (!compilation.succeeded()) {
      return 1;
    }
    spec.commandLine().getOut().println("ok: " + compilation.fileCount()
        + (compilation.fileCount() == 1 ? " file" : " files") + " checked");
    return 0;
  }
}
