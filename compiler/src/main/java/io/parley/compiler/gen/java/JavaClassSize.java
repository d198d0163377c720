package io.parley.compiler.gen.java;

import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.ConstDef;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.EnumDef;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftFile;

/**
 * Refuses definitions whose Java class would need a method over the JVM's 64 KiB of code. A
 * struct's decoders and writers are split into methods per run of fields ({@link FieldRun}), but
 * its {@code equals} and {@code toString} take about 16 bytes of code a field, and an enum's
 * static initializer 24 bytes a value (60 KB at 2,500); past {@value #MAX_MEMBERS} fields or
 * values a definition is refused here, at its name, rather than by javac in generated code. A
 * service's server side is one class whose constant pool (at most 65,535 entries) takes about 26
 * entries a method, one more a parameter and six more an exception (measured on javac's output);
 * a service estimated past {@value #MAX_CONSTANTS} is refused the same way, and so is a constant
 * whose value one method cannot build ({@link ConstantCode}).
 */
final class JavaClassSize {
  /** The most fields of a struct, union or exception, or values of an enum, generated Java holds. */
  static final int MAX_MEMBERS = 2500;

  /** The constants a service's estimated server-side class may need: some room below 65,535. */
  static final int MAX_CONSTANTS = 60_000;

  private JavaClassSize() {}

  /** Reports every definition of {@code schema} too large for a Java class. */
  static void check(Schema schema, Diagnostics diagnostics) {
    for (ThriftFile file : schema.files()) {
      for (Definition d : file.definitions()) {
        if (d instanceof StructDef s && s.fields().size() > MAX_MEMBERS) {
          diagnostics.error(d.location(), "the " + s.kind().keyword() + " '" + d.name() + "' has " + s.fields().size()
              + " fields; generated Java holds at most " + MAX_MEMBERS + " (a JVM method holds 64 KiB of code); split it");
        } else if (d instanceof ServiceDef service) {
          int constants = constants(service);
          if (constants > MAX_CONSTANTS) {
            diagnostics.error(d.location(), "the service '" + d.name() + "' has too many methods for one Java class ("
                + service.methods().size() + "; its server side would need about " + constants
                + " of the 65,535 constants a class holds); split it into services, one extending another");
          }
        } else if (d instanceof ConstDef c) {
          long bytes = ConstantCode.bytes(c.value());
          if (bytes > ConstantCode.MAX_BYTES) {
            diagnostics.error(d.location(), "the constant '" + d.name() + "' is too large for Java: building it takes"
                + " about " + bytes + " bytes of code, and a JVM method holds 65,535; split it into several constants");
          }
        } else if (d instanceof EnumDef e && e.constants().size() > MAX_MEMBERS) {
          diagnostics.error(d.location(), "the enum '" + d.name() + "' has " + e.constants().size()
              + " values; generated Java holds at most " + MAX_MEMBERS + " (a JVM method holds 64 KiB of code); split it");
        }
      }
    }
  }

  /** The constants the class holding the server side of {@code service}'s own methods is estimated to need. */
  static int constants(ServiceDef service) {
    int constants = 20;
    for (Method m : service.methods()) {
      constants += 26 + m.parameters().size() + 6 * m.exceptions().size();
    }
    return constants;
  }
}
