package io.parley.compiler.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
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
      try {
        if (writeIfChanged(target, file.content().getBytes(StandardCharsets.UTF_8))) {
          changed++;
        }
      } catch (IOException e) {
        throw new IOException("cannot write " + target + ": " + reason(e), e);
      }
    }
    return changed;
  }

  private static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      return false;
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
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }

  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException f) {
      return "a file is in the way at " + f.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied at " + a.getFile();
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    return e.getMessage();
  }
}
