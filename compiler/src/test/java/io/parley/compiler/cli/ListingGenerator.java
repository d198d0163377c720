package io.parley.compiler.cli;

import io.parley.compiler.gen.GeneratedFile;
import io.parley.compiler.gen.Generator;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ThriftFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A small real generator, registered for tests only under the target {@code listing}: one listing
 * file per IDL file, naming its definitions. Lets tests drive {@code parley gen} end to end.
 */
public final class ListingGenerator implements Generator {
  @Override
  public String target() {
    return "listing";
  }

  @Override
  public List<GeneratedFile> generate(Schema schema, io.parley.compiler.diag.Diagnostics diagnostics) {
    List<GeneratedFile> files = new ArrayList<>();
    for (ThriftFile file : schema.files()) {
      StringBuilder text = new StringBuilder();
      for (Definition d : file.definitions()) {
        text.append(d.getClass().getSimpleName()).append(' ').append(d.name()).append('\n');
      }
      files.add(new GeneratedFile("listing/" + file.name() + ".txt", text.toString()));
    }
    return files;
  }
}
