package io.parley.compiler.gen;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts generated files under an output directory without ever leaving a half-written source file
 * there, whatever happens (a full disk, a crash, an interrupt), and without touching a file whose
 * content is unchanged, so build tools see no change.
 *
 * <p>When the output directory does not exist yet (a clean build), every file is written into a
 * fresh hidden staging directory beside it, which is then renamed into place in one step: a single
 * create and write per file. Otherwise each changed file is written to a temporary file beside it
 * and renamed over the old one.
 */
public final class OutputWriter {
  private final Path root;
  /** Part of every temporary name this writer makes, so that concurrent runs never share one. */
  private final String token = Long.toUnsignedString(new SecureRandom().nextLong(), 36);
  /** The directories known to exist, to create each one once. */
  private final Set<Path> directories = new HashSet<>();

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
    if (!files.isEmpty() && Files.notExists(root, LinkOption.NOFOLLOW_LINKS) && writeStaged(files)) {
      return files.size();
    }
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

  /**
   * Writes every file into a staging directory and renames it to {@link #root}.
   *
   * @return false, having left no trace, when the root appeared meanwhile (so it must be merged into)
   */
  private boolean writeStaged(List<GeneratedFile> files) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      return false;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IOException("cannot write " + root + ": " + reason(e), e);
    }
    // Created with the default permissions (not createTempDirectory's owner-only ones), as the
    // renamed directory becomes the output directory itself.
    Path staging = parent.resolve("." + absolute.getFileName() + "." + token + ".parley-tmp");
    try {
      Files.createDirectory(staging);
    } catch (IOException e) {
      throw new IOException("cannot write " + root + ": " + reason(e), e);
    }
    boolean moved = false;
    try {
      directories.add(staging);
      for (GeneratedFile file : files) {
        Path target = staging.resolve(file.path());
        try {
          createParent(target);
          writeNew(target, file.content().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new IOException("cannot write " + root.resolve(file.path()) + ": " + reason(e, staging), e);
        }
      }
      try {
        Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
        return true;
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        return false;
      } catch (FileSystemException e) {
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
          return false; // created meanwhile (rename reports a non-empty directory in the way this way)
        }
        throw new IOException("cannot write " + root + ": " + reason(e, staging), e);
      }
    } finally {
      directories.clear();
      if (!moved) {
        deleteTree(staging);
      }
    }
  }

  private boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    try {
      if (Arrays.equals(Files.readAllBytes(target), bytes)) {
        return false;
      }
    } catch (NoSuchFileException e) {
      // a new file
    } catch (IOException e) {
      // not a readable file (a directory, say): replacing it below fails with the real reason
    }
    createParent(target);
    Path temp = target.resolveSibling("." + target.getFileName() + "." + token + ".tmp");
    try {
      writeNew(temp, bytes);
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

  private void createParent(Path file) throws IOException {
    Path dir = file.getParent();
    if (directories.add(dir)) {
      Files.createDirectories(dir);
    }
  }

  /** One create, one write, one close: the fewest system calls a new file can take. */
  private static void writeNew(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = new FileOutputStream(file.toFile())) {
      out.write(bytes);
    } catch (IOException e) {
      // FileOutputStream says only "(Permission denied)"; the checks below name the cause properly.
      Path dir = file.getParent();
      if (Files.isDirectory(file)) {
        throw new FileAlreadyExistsException(file.toString(), null, "a directory is in the way");
      }
      if (!Files.isDirectory(dir)) {
        throw new NoSuchFileException(dir.toString());
      }
      if (!Files.isWritable(dir)) {
        throw new AccessDeniedException(dir.toString());
      }
      throw e;
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: a hidden staging directory is all that can remain
    }
  }

  private String reason(IOException e, Path staging) {
    return reason(e).replace(staging.toString(), root.toAbsolutePath().normalize().toString());
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
