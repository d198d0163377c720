package io.parley.compiler.testing;

import io.parley.compiler.cli.ParleyCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code parley} command line, with what it printed. */
public record CliRun(int exitCode, String out, String err) {
  /** Runs {@code parley args...} and captures both streams. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ParleyCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
