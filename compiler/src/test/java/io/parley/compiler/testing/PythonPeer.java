package io.parley.compiler.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
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
