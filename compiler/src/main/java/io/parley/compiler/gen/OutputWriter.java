package io.parley.compiler.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Puts generated files under an output directory. Each file is written to a temporary file beside
 * it and moved into place, so a full disk or a crash never leaves a half-written source file; a
 * file whose content is unchanged is not touched, so build tools see no change.
 */
public final class OutputWriter {
  private final Path root;

  public OutputWriter(Path root) {
    this.root = root;
  }

  /**
   * Writes {@code files}.
   *
   * @return how many files were created or changed
   * @throws IOException naming the file that could not be written
   */
  public int write(List<GeneratedFile> files) throws IOException {
    int changed = 0;
    for (GeneratedFile file : files) {
      Path target = root.resolve(file.path());
      byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".parley-", ".tmp");
      try {
        Files.write(temp, bytes);
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
      }
      changed++;
    }
    return changed;
  }
}
