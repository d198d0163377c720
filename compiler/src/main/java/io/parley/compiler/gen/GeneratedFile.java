package io.parley.compiler.gen;

import java.util.Objects;

/**
 * One output file of a generator, held in memory until the {@link OutputWriter} puts it on disk.
 * Making one tells an {@link EagerOutput} listening on this thread, which may write it early.
 *
 * @param path relative, with {@code /} separators, e.g. {@code com/example/User.java}
 */
public record GeneratedFile(String path, String content) {
  public GeneratedFile(String path, String content) {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(content, "content == null");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("path must be relative and normalized: " + path);
    }
    this.path = path;
    this.content = content;
    EagerOutput.made(this); // after the fields are set: it may be handed to another thread
  }
}
