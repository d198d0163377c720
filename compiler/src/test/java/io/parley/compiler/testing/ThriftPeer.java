package io.parley.compiler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Apache Thrift's own compiler ({@code thrift}, Debian's thrift-compiler), run as a separate process.
 * When it is missing, tests that need it are skipped loudly, or fail when
 * {@code PARLEY_REQUIRE_PEERS=1} (as in CI).
 */
public final class ThriftPeer {
  /** What one run printed and how it ended. */
  public record Result(int exitCode, String output) {}

  /** The exit code reported for a run that did not finish in time. */
  public static final int HUNG = -1;

  private static final long TIMEOUT_SECONDS = 5;

  private final Path executable;

  private ThriftPeer(Path executable) {
    this.executable = executable;
  }

  /** The installed compiler; skips or fails the calling test when there is none. */
  public static ThriftPeer require() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "thrift");
      if (Files.isExecutable(candidate)) {
        return new ThriftPeer(candidate);
      }
    }
    String message = "Apache Thrift compiler 'thrift' not found on PATH (Debian package thrift-compiler);"
        + " ./run-tests installs it";
    if ("1".equals(System.getenv("PARLEY_REQUIRE_PEERS"))) {
      fail(message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    return null;
  }

  /** Runs {@code thrift -r --gen java} on {@code file} into a scratch directory. */
  public Result generateJava(Path file, List<Path> includeDirs, Path outDir) throws IOException, InterruptedException {
    return generate(file, includeDirs, outDir, "java");
  }

  /** Runs {@code thrift -r --gen GENERATOR} (e.g. {@code java:generated_annotations=suppress}, {@code py}). */
  public Result generate(Path file, List<Path> includeDirs, Path outDir, String generator)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "-r", "--gen", generator, "-out", outDir.toString()));
    for (Path dir : includeDirs) {
      command.add("-I");
      command.add(dir.toString());
    }
    command.add(file.toString());
    Path log = Files.createTempFile("thrift-", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      // Thrift 0.17 loops forever on some inputs (a typedef cycle, an unterminated comment).
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      return finished ? new Result(process.exitValue(), output) : new Result(HUNG, output);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
