package io.parley.compiler.schema;

import io.parley.compiler.diag.Location;

/**
 * Every place a schema uses a type that generated code spells out: struct, union and exception
 * fields, method results and parameters, and (if asked) constants. Typedefs are not uses: they
 * generate nothing of their own.
 */
public final class TypeUses {
  /** Receives one use: the type and where the IDL writes it. */
  public interface Visitor {
    void use(ThriftType type, Location at);
  }

  private TypeUses() {}

  /** Calls {@code visitor} for each use in {@code schema}, file by file in the IDL's order. */
  public static void forEach(Schema schema, boolean constants, Visitor visitor) {
    for (ThriftFile file : schema.files()) {
      for (Definition d : file.definitions()) {
        if (d instanceof StructDef s) {
          s.fields().forEach(f -> visitor.use(f.type(), f.location()));
        } else if (d instanceof ConstDef c && constants) {
          visitor.use(c.type(), c.location());
        } else if (d instanceof ServiceDef s) {
          for (Method m : s.methods()) {
            m.result().ifPresent(r -> visitor.use(r, m.location()));
            m.parameters().forEach(p -> visitor.use(p.type(), p.location()));
          }
        }
      }
    }
  }
}
