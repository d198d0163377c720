package io.parley.compiler.gen;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts generated files under an output directory without ever leaving a half-written source file
 * there, whatever happens (a full disk, a crash, an interrupt), and without touching a file whose
 * content is unchanged, so build tools see no change.
 *
 * <p>When the output directory does not exist yet (a clean build), every file is written into a
 * fresh hidden staging directory beside it, which is then renamed into place in one step: a single
 * create and write per file. Otherwise each changed file is written to a temporary file beside it
 * and renamed over the old one, and files an earlier run wrote beside them that they supersede
 * ({@link GeneratedFile#supersedes}) are removed.
 */
public final class OutputWriter {
  private final Path root;
  /** Part of every temporary name this writer makes, so that concurrent runs never share one. */
  private final String token = Staging.token();
  /** The directories known to exist, to create each one once. */
  private final Set<Path> directories = new HashSet<>();
  private int removed;

  public OutputWriter(Path root) {
    this.root = root;
  }

  /** The output directory. */
  Path root() {
    return root;
  }

  /**
   * Writes {@code files}.
   *
   * @return how many files were created or changed
   * @throws IOException naming the file that could not be written
   */
  public int write(List<GeneratedFile> files) throws IOException {
    Staging staging = files.isEmpty() ? null : Staging.open(root);
    if (staging != null) {
      boolean moved = false;
      try {
        for (GeneratedFile file : files) {
          staging.write(file);
        }
        moved = staging.moveIntoPlace();
      } finally {
        if (!moved) {
          staging.discard();
        }
      }
      if (moved) {
        return files.size();
      }
    }
    return merge(files);
  }

  /**
   * Writes {@code files} one by one into the existing output directory, then removes what they
   * supersede.
   *
   * @return how many files were created or changed
   */
  int merge(List<GeneratedFile> files) throws IOException {
    int changed = 0;
    for (GeneratedFile file : files) {
      Path target = root.resolve(file.path());
      try {
        if (writeIfChanged(target, file.pieces())) {
          changed++;
        }
      } catch (IOException e) {
        throw new IOException("cannot write " + target + ": " + Staging.reason(e), e);
      }
    }
    // Last: until every file is in place, the old ones may still need what they superseded.
    removed += Superseded.remove(root, files);
    return changed;
  }

  /** How many files that written ones supersede were removed so far. */
  public int removed() {
    return removed;
  }

  private boolean writeIfChanged(Path target, List<String> pieces) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(target), 1 << 16)) {
      if (TextChunks.same(pieces, in)) {
        return false;
      }
    } catch (NoSuchFileException e) {
      // a new file
    } catch (IOException e) {
      // not a readable file (a directory, say): replacing it below fails with the real reason
    }
    Path parent = target.getParent();
    if (directories.add(parent)) {
      Files.createDirectories(parent);
    }
    Path temp = target.resolveSibling("." + target.getFileName() + "." + token + ".tmp");
    try {
      Staging.writeNew(temp, pieces);
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
}
