package io.parley.compiler.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file a compilation reads, each after the files it includes, and the ones the user named.
 */
public final class SourceSet {
  private final List<SourceFile> files;
  private final List<String> rootIds;
  private final Map<String, SourceFile> byId = new LinkedHashMap<>();
  private final Map<String, SourceFile> byPath = new LinkedHashMap<>();

  SourceSet(List<SourceFile> files, List<String> rootIds) {
    this.files = List.copyOf(files);
    this.rootIds = List.copyOf(rootIds);
    for (SourceFile file : this.files) {
      byId.put(file.id(), file);
      byPath.putIfAbsent(file.path(), file);
    }
  }

  /** All files in dependency order. */
  public List<SourceFile> files() {
    return files;
  }

  /** The ids of the files named by the user. */
  public List<String> rootIds() {
    return rootIds;
  }

  /** The file with {@code id}. */
  public SourceFile byId(String id) {
    return byId.get(id);
  }

  /** The lines of the file shown as {@code path}, or none when it is not part of this set. */
  public List<String> lines(String path) {
    SourceFile file = byPath.get(path);
    return file == null ? List.of() : file.lines();
  }
}
