package io.parley.compiler.load;

import io.parley.compiler.ast.FileElement;
import io.parley.compiler.ast.IncludeElement;
import java.util.List;
import java.util.Map;

/**
 * A loaded IDL file: its identity, its text, its parsed elements and where its includes lead.
 *
 * @param id the canonical path, one per file however it is reached
 * @param path the path shown to users
 * @param includes each include of the file mapped to the id of the file it found
 */
public record SourceFile(
    String id, String path, List<String> lines, FileElement element,
    Map<IncludeElement, String> includes) {
  public SourceFile {
    lines = List.copyOf(lines);
    includes = Map.copyOf(includes);
  }

  /** The name included definitions are qualified with: the file name without its extension. */
  public String programName() {
    String file = id.substring(id.lastIndexOf(java.io.File.separatorChar) + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
