package io.parley.compiler.load;

import io.parley.compiler.ast.FileElement;
import io.parley.compiler.ast.IncludeElement;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.compiler.parse.IdlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and parses the files a user names and everything they include, following includes relative
 * to the including file first and then through each include directory in order.
 *
 * <p>Reports unreadable files, missing includes and include cycles; each file is read once however
 * many spellings lead to it.
 */
public final class SourceLoader {
  private final List<Path> includeDirs;
  private final IdlParser parser = new IdlParser();
  private final Diagnostics diagnostics;
  private final Map<String, SourceFile> loaded = new LinkedHashMap<>();

  public SourceLoader(List<Path> includeDirs, Diagnostics diagnostics) {
    this.includeDirs = List.copyOf(includeDirs);
    this.diagnostics = diagnostics;
  }

  /** Loads {@code roots} and their includes. */
  public SourceSet load(List<Path> roots) {
    List<String> rootIds = new ArrayList<>();
    for (Path root : roots) {
      String shown = root.toString();
      Optional<String> id = canonical(root);
      if (id.isEmpty()) {
        diagnostics.error(Location.ofFile(shown), Files.isDirectory(root)
            ? "is a directory, not an IDL file" : "no such file");
        continue;
      }
      if (!rootIds.contains(id.get())) {
        rootIds.add(id.get());
      }
      load(id.get(), shown);
    }
    return new SourceSet(dependencyOrder(rootIds), rootIds);
  }

  private void load(String id, String shown) {
    Deque<String[]> pending = new ArrayDeque<>();
    pending.push(new String[] {id, shown});
    while (!pending.isEmpty()) {
      String[] next = pending.pop();
      if (loaded.containsKey(next[0])) {
        continue;
      }
      SourceFile source = read(next[0], next[1]);
      loaded.put(source.id(), source);
      source.includes().forEach((include, target) -> {
        if (!loaded.containsKey(target)) {
          pending.push(new String[] {target, includedPath(source, include)});
        }
      });
    }
  }

  private SourceFile read(String id, String shown) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(Path.of(id));
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      diagnostics.error(Location.ofFile(shown), "is not valid UTF-8 text");
      return new SourceFile(id, shown, List.of(), FileElement.empty(shown), Map.of());
    } catch (NoSuchFileException e) {
      diagnostics.error(Location.ofFile(shown), "no such file");
      return new SourceFile(id, shown, List.of(), FileElement.empty(shown), Map.of());
    } catch (IOException e) {
      diagnostics.error(Location.ofFile(shown), "cannot be read: " + e.getMessage());
      return new SourceFile(id, shown, List.of(), FileElement.empty(shown), Map.of());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    FileElement element = parser.parse(shown, text, diagnostics);
    Map<IncludeElement, String> includes = new LinkedHashMap<>();
    for (IncludeElement include : element.includes()) {
      resolve(Path.of(id).getParent(), shown, include).ifPresent(target -> includes.put(include, target));
    }
    return new SourceFile(id, shown, text.lines().toList(), element, includes);
  }

  private Optional<String> resolve(Path dir, String shown, IncludeElement include) {
    List<Path> candidates = new ArrayList<>();
    candidates.add(dir.resolve(include.path()));
    includeDirs.forEach(d -> candidates.add(d.resolve(include.path())));
    for (Path candidate : candidates) {
      Optional<String> id = canonical(candidate);
      if (id.isPresent()) {
        return id;
      }
    }
    Path shownDir = Path.of(shown).getParent();
    StringBuilder searched = new StringBuilder(shownDir == null ? "." : shownDir.toString());
    includeDirs.forEach(d -> searched.append(", ").append(d));
    diagnostics.error(include.location(),
        "cannot find included file '" + include.path() + "' (searched " + searched + ")");
    return Optional.empty();
  }

  /** The path to show for an included file: beside the includer, or under the include directory. */
  private String includedPath(SourceFile from, IncludeElement include) {
    Path beside = Path.of(from.path()).resolveSibling(include.path()).normalize();
    if (Path.of(from.id()).getParent().resolve(include.path()).toFile().isFile()) {
      return beside.toString();
    }
    for (Path dir : includeDirs) {
      if (dir.resolve(include.path()).toFile().isFile()) {
        return dir.resolve(include.path()).normalize().toString();
      }
    }
    return beside.toString();
  }

  private static Optional<String> canonical(Path path) {
    try {
      return Files.isRegularFile(path) ? Optional.of(path.toRealPath().toString()) : Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Orders files after their includes, reporting each include that closes a cycle. */
  private List<SourceFile> dependencyOrder(List<String> rootIds) {
    List<SourceFile> order = new ArrayList<>();
    Map<String, Boolean> done = new HashMap<>(); // false while on the current path
    for (String root : rootIds) {
      if (!done.containsKey(root)) { // also named by the user, but already reached through an include
        visit(root, done, new ArrayList<>(), order);
      }
    }
    return order;
  }

  private void visit(String id, Map<String, Boolean> done, List<String> trail, List<SourceFile> order) {
    SourceFile file = loaded.get(id);
    done.put(id, false);
    trail.add(file.path());
    for (Map.Entry<IncludeElement, String> include : orderedIncludes(file)) {
      String target = include.getValue();
      Boolean state = done.get(target);
      if (state == null) {
        visit(target, done, trail, order);
      } else if (!state) {
        String targetPath = loaded.get(target).path();
        List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(targetPath), trail.size()));
        cycle.add(targetPath);
        diagnostics.add(Diagnostic.error(include.getKey().location(),
            "include cycle: " + String.join(" -> ", cycle)));
      }
    }
    trail.remove(trail.size() - 1);
    done.put(id, true);
    order.add(file);
  }

  private static List<Map.Entry<IncludeElement, String>> orderedIncludes(SourceFile file) {
    List<Map.Entry<IncludeElement, String>> list = new ArrayList<>(file.includes().entrySet());
    list.sort(Map.Entry.comparingByKey(
        java.util.Comparator.comparing(IncludeElement::location)));
    return list;
  }
}
