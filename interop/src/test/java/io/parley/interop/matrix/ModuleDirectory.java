package io.parley.interop.matrix;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The interop module's directory, found from where the test classes load (target/test-classes). */
final class ModuleDirectory {
  private ModuleDirectory() {}

  static Path get() {
    try {
      Path classes = Path.of(ModuleDirectory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path module = classes.toAbsolutePath().getParent().getParent();
      if (!Files.isRegularFile(module.resolve("test-server"))) {
        throw new IllegalStateException("no test-server launcher in " + module);
      }
      return module;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the interop module", e);
    }
  }

  /** Where the matrix writes its report and the output of every process. */
  static Path target() {
    return get().resolve("target");
  }
}
