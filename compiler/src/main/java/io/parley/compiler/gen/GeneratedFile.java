package io.parley.compiler.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One output file of a generator, held in memory until the {@link OutputWriter} puts it on disk.
 * Making one tells an {@link EagerOutput} listening on this thread, which may write it early.
 *
 * <p>The text is held as pieces, written one after another: a large file (the Python module of a
 * big schema is tens of megabytes) is then never joined into one string just to be written. No
 * piece but the last ends inside a surrogate pair, so each piece encodes to UTF-8 on its own.
 *
 * @param path relative, with {@code /} separators, e.g. {@code com/example/User.java}
 * @param pieces the text, in order
 * @param supersedes files in this file's directory that belong with it (the parts of a Python
 *     module, say): any that this run does not write are left over from an earlier run, and are
 *     removed once the output is written; {@link Supersedes#NOTHING} for none
 */
public record GeneratedFile(String path, List<String> pieces, Supersedes supersedes) {
  /**
   * Files an earlier run may have written beside a file, recognized by their names and by a line
   * of their first kilobyte, so that nothing a user wrote is taken for one.
   *
   * @param names a regular expression that the whole file name matches
   * @param mark a regular expression that a whole line among the file's first 1,024 bytes matches
   */
  public record Supersedes(String names, String mark) {
    /** No files. */
    public static final Supersedes NOTHING = new Supersedes("", "");

    public Supersedes {
      Objects.requireNonNull(names, "names == null");
      Objects.requireNonNull(mark, "mark == null");
    }
  }

  public GeneratedFile(String path, List<String> pieces, Supersedes supersedes) {
    Objects.requireNonNull(path, "path == null");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("path must be relative and normalized: " + path);
    }
    this.path = path;
    this.pieces = wholeCharacters(pieces);
    this.supersedes = Objects.requireNonNull(supersedes, "supersedes == null");
    // Not a compact constructor: that would set the fields only after this call.
    EagerOutput.made(this); // after the fields are set: it may be handed to another thread
  }

  /** A file that supersedes nothing. */
  public GeneratedFile(String path, List<String> pieces) {
    this(path, pieces, Supersedes.NOTHING);
  }

  /** A file of one piece of text. */
  public GeneratedFile(String path, String content) {
    this(path, List.of(Objects.requireNonNull(content, "content == null")));
  }

  /** The whole text. */
  public String content() {
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
  }

  /** Equal when path, text and what it supersedes are, however the text is cut into pieces. */
  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedFile f && path.equals(f.path) && supersedes.equals(f.supersedes)
        && content().equals(f.content());
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + content().hashCode();
  }

  @Override
  public String toString() {
    return "GeneratedFile[" + path + "]";
  }

  /** {@code pieces}, with a high surrogate ending a piece moved to the start of the next. */
  private static List<String> wholeCharacters(List<String> pieces) {
    List<String> copy = new ArrayList<>(pieces.size());
    String carried = "";
    for (String piece : pieces) {
      Objects.requireNonNull(piece, "piece == null");
      String p = carried.isEmpty() ? piece : carried + piece;
      carried = "";
      if (!p.isEmpty() && Character.isHighSurrogate(p.charAt(p.length() - 1))) {
        carried = p.substring(p.length() - 1);
        p = p.substring(0, p.length() - 1);
      }
      copy.add(p);
    }
    if (!carried.isEmpty()) {
      copy.add(carried); // a lone surrogate at the very end: encoded as Java always encodes it
    }
    return List.copyOf(copy);
  }
}
