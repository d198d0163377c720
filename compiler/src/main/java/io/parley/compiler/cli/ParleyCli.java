package io.parley.compiler.cli;

import io.parley.compiler.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command: {@code parley check} and {@code parley gen}.
 *
 * <p>Exit codes: 0 when the IDL is clean (warnings allowed), 1 when it has errors, 2 on bad usage.
 */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyCli.VersionProvider.class,
    description = "Compiles Apache Thrift IDL to Java and Python.",
    subcommands = {CheckCommand.class, GenCommand.class, CommandLine.HelpCommand.class})
public final class ParleyCli implements Runnable {
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // picocli registers converters for java.time and java.sql types by reflection as it starts,
    // which initializes java.time's formatters: tens of milliseconds of a short run, for types no
    // option here takes. Set in this process's entry point only, unless set already.
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output going to {@code out} and {@code err}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ParleyCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("parley: internal error: " + e);
      e.printStackTrace(commandLine.getErr());
      return 3;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'check' or 'gen'");
  }

  /** Supplies {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parley " + Version.get()};
    }
  }
}
