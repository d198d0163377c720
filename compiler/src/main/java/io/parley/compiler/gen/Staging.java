package io.parley.compiler.gen;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hidden directory beside an output directory that does not exist yet, filled with generated
 * files and then renamed to the output directory in one step: a clean build costs one create per
 * file, and no half-written file is ever visible under the output directory. Not thread-safe.
 */
final class Staging {
  private final Path root;
  private final Path absolute;
  private final Path dir;
  /** The ancestors of the output directory this made, outermost first, to remove them if discarded. */
  private final List<Path> madeParents;
  private final Set<Path> directories = new HashSet<>();

  private Staging(Path root, Path absolute, Path dir, List<Path> madeParents) {
    this.root = root;
    this.absolute = absolute;
    this.dir = dir;
    this.madeParents = madeParents;
    directories.add(dir);
  }

  /** A fresh random part of temporary names, so that concurrent runs never share one. */
  static String token() {
    return Long.toUnsignedString(new SecureRandom().nextLong(), 36);
  }

  /**
   * A staging directory for {@code root}, or {@code null} when {@code root} exists (or is the file
   * system's root), so files must be merged into it one by one.
   */
  static Staging open(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || !Files.notExists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    List<Path> made = new ArrayList<>();
    for (Path p = parent; p != null && Files.notExists(p); p = p.getParent()) {
      made.add(0, p);
    }
    try {
      Files.createDirectories(parent);
      // Default permissions (not createTempDirectory's owner-only ones): this becomes the output directory.
      Path dir = parent.resolve("." + absolute.getFileName() + "." + token() + ".parley-tmp");
      Files.createDirectory(dir);
      return new Staging(root, absolute, dir, made);
    } catch (IOException e) {
      throw new IOException("cannot write " + root + ": " + reason(e), e);
    }
  }

  /** Writes {@code file} into the staging directory, replacing an earlier file of that path. */
  void write(GeneratedFile file) throws IOException {
    Path target = dir.resolve(file.path());
    try {
      Path parent = target.getParent();
      if (directories.add(parent)) {
        Files.createDirectories(parent);
      }
      writeNew(target, file.pieces());
    } catch (IOException e) {
      throw new IOException("cannot write " + root.resolve(file.path()) + ": "
          + reason(e).replace(dir.toString(), absolute.toString()), e);
    }
  }

  /** Removes a file written earlier. */
  void delete(String path) throws IOException {
    Files.deleteIfExists(dir.resolve(path));
  }

  /**
   * Renames the staging directory to the output directory; when that fails, the staging directory
   * is discarded.
   *
   * @return false when the output directory appeared meanwhile, so files must be merged into it
   */
  boolean moveIntoPlace() throws IOException {
    try {
      Files.move(dir, absolute, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      discard();
      return false;
    } catch (FileSystemException e) {
      boolean appeared = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS); // "directory not empty"
      discard();
      if (appeared) {
        return false;
      }
      throw new IOException("cannot write " + root + ": " + reason(e).replace(dir.toString(), absolute.toString()), e);
    }
  }

  /** Deletes the staging directory and the parents it made, leaving things as they were. */
  void discard() {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: a hidden staging directory is all that can remain
    }
    for (int i = madeParents.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(madeParents.get(i));
      } catch (DirectoryNotEmptyException e) {
        return; // something else uses it now
      } catch (IOException e) {
        return;
      }
    }
  }

  /**
   * Creates or replaces {@code file} with the text of {@code pieces} in UTF-8, a chunk at a time:
   * one create, a write per chunk, one close, the fewest system calls a new file can take. No
   * piece may end inside a surrogate pair (see {@link GeneratedFile}).
   */
  static void writeNew(Path file, List<String> pieces) throws IOException {
    try (OutputStream out = new FileOutputStream(file.toFile())) {
      TextChunks.write(pieces, out);
    } catch (IOException e) {
      throw explained(file, e);
    }
  }

  /** {@code e} from writing {@code file}, named properly: FileOutputStream says only "(Permission denied)". */
  private static IOException explained(Path file, IOException e) {
    Path parent = file.getParent();
    if (Files.isDirectory(file)) {
      return new FileAlreadyExistsException(file.toString());
    }
    if (!Files.isDirectory(parent)) {
      return new NoSuchFileException(parent.toString());
    }
    if (!Files.isWritable(parent)) {
      return new AccessDeniedException(parent.toString());
    }
    return e;
  }

  static String reason(IOException e) {
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
