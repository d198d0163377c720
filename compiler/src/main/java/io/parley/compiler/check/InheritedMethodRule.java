package io.parley.compiler.check;

import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.ThriftFile;

/**
 * A service cannot redeclare a method of a service it extends: both would answer to one name on
 * the wire.
 */
final class InheritedMethodRule implements SchemaRule {
  @Override
  public void check(Schema schema, Diagnostics diagnostics) {
    for (ThriftFile file : schema.files()) {
      for (ServiceDef service : file.definitions(ServiceDef.class)) {
        for (Method method : service.methods()) {
          ServiceDef base = service.extended().map(schema::service).orElse(null);
          while (base != null) {
            for (Method inherited : base.methods()) {
              if (inherited.name().equals(method.name())) {
                diagnostics.add(Diagnostic.error(method.location(), "method '" + method.name()
                        + "' of service " + service.name() + " is already defined in base service " + base.name())
                    .withNote(inherited.location(), "the inherited method is here"));
              }
            }
            base = base.extended().map(schema::service).orElse(null);
          }
        }
      }
    }
  }
}
