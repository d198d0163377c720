package io.parley.interop.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether the Python the launchers use ({@code $PYTHON}, else {@code python3}) is 3.10 or newer. */
final class PythonCheck {
  private static Optional<String> result;

  private PythonCheck() {}

  /** Why the Python peers cannot run here, if so; asked once per run. */
  static synchronized Optional<String> unavailable() {
    if (result == null) {
      result = check();
    }
    return result;
  }

  private static Optional<String> check() {
    String python = System.getenv().getOrDefault("PYTHON", "python3");
    try {
      Process p = new ProcessBuilder(List.of(python, "-c",
          "import sys; print(sys.version.split()[0]); sys.exit(sys.version_info < (3, 10))"))
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of(python + " did not answer");
      }
      return p.exitValue() == 0 ? Optional.empty() : Optional.of(python + " is " + out + "; Parley needs Python 3.10+");
    } catch (IOException e) {
      return Optional.of(python + " not found: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while checking " + python);
    }
  }
}
