package io.parley.compiler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The Python interpreter that runs generated Python in tests ({@code python3} on the PATH, or
 * {@code PARLEY_PYTHON}), with the Parley Python runtime from this repository on its path.
 */
public final class PythonPeer {
  /** The repository's Python runtime, relative to the compiler module. */
  public static final Path RUNTIME = Path.of("../runtime-python").toAbsolutePath().normalize();

  private PythonPeer() {}

  /**
   * Runs {@code command} with {@code pythonPath} and returns its output; fails the test with that
   * output when it does not exit 0 within {@code seconds}.
   */
  public static String run(java.util.List<String> command, String pythonPath, int seconds) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PYTHONPATH", pythonPath);
    Path log = Files.createTempFile("python", ".log");
    pb.redirectOutput(log.toFile());
    Process process = pb.start();
    try {
      if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " timed out:\n" + Files.readString(log));
      }
      String output = Files.readString(log);
      if (process.exitValue() != 0) {
        fail(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + output);
      }
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** An executable found by an environment variable or on the PATH; skips or fails when absent. */
  public static String requireTool(String envVar, String name, String why) {
    String configured = System.getenv(envVar);
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return configured;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    String message = name + " not found (set " + envVar + " or put it on the PATH; ./run-tests installs it): " + why;
    if ("1".equals(System.getenv("PARLEY_REQUIRE_PEERS"))) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    return null;
  }

  /**
   * An interpreter that has Apache Thrift's Python library: {@code PARLEY_THRIFT_PYTHON}, else
   * Debian's {@code /usr/bin/python3} with python3-thrift; skips or fails the test when there is none.
   */
  public static String requireWithThrift() throws Exception {
    for (String candidate : new String[] {System.getenv("PARLEY_THRIFT_PYTHON"), "/usr/bin/python3"}) {
      if (candidate != null && Files.isExecutable(Path.of(candidate))) {
        Process p = new ProcessBuilder(candidate, "-c", "import thrift").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() == 0) {
          return candidate;
        }
      }
    }
    String message = "no Python with Apache Thrift's library (Debian package python3-thrift, or set "
        + "PARLEY_THRIFT_PYTHON); ./run-tests installs it";
    if ("1".equals(System.getenv("PARLEY_REQUIRE_PEERS"))) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    return null;
  }

  /**
   * Every Python 3.10-3.13 this machine has (the newest of each minor version from pyenv, or
   * {@code python3.X} on the PATH), so that generated code is run on each; at least the default one.
   */
  public static java.util.List<String> interpreters() throws IOException {
    java.util.List<String> found = new java.util.ArrayList<>();
    Path pyenv = Path.of(System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv"), "versions");
    for (int minor = 10; minor <= 13; minor++) {
      String prefix = "3." + minor + ".";
      Path best = null;
      if (Files.isDirectory(pyenv)) {
        try (var versions = Files.list(pyenv)) {
          best = versions.filter(v -> v.getFileName().toString().matches(java.util.regex.Pattern.quote(prefix) + "\\d+"))
              .filter(v -> Files.isExecutable(v.resolve("bin/python")))
              .max(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().substring(prefix.length()))))
              .orElse(null);
        }
      }
      if (best != null) {
        found.add(best.resolve("bin/python").toString());
      }
    }
    if (found.isEmpty()) {
      found.add(require());
    }
    return found;
  }

  /** The interpreter; skips or fails the calling test when there is none. */
  public static String require() {
    String configured = System.getenv("PARLEY_PYTHON");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return configured;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "python3");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    String message = "python3 not found on PATH; cross-language tests need Python 3.10+";
    if ("1".equals(System.getenv("PARLEY_REQUIRE_PEERS"))) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    return null;
  }
}
