package io.parley.compiler.check;

import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.FileElement;
import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.ast.ServiceElement;
import io.parley.compiler.ast.StructElement;
import java.util.ArrayList;
import java.util.List;

/** The members of a file that rules walk over: methods with their service, and field lists. */
final class Members {
  private Members() {}

  /** A method and the service that declares it. */
  record Method(ServiceElement service, FunctionElement function) {
    String qualifiedName() {
      return service.name() + "." + function.name();
    }
  }

  /** Every method of every service of {@code file}, in source order. */
  static List<Method> methods(FileElement file) {
    List<Method> methods = new ArrayList<>();
    for (DefinitionElement d : file.definitions()) {
      if (d instanceof ServiceElement s) {
        s.functions().forEach(f -> methods.add(new Method(s, f)));
      }
    }
    return methods;
  }

  /** Every field list of {@code file}: struct bodies, parameter lists and throws lists. */
  static List<List<FieldElement>> fieldLists(FileElement file) {
    List<List<FieldElement>> lists = new ArrayList<>();
    for (DefinitionElement d : file.definitions()) {
      if (d instanceof StructElement s) {
        lists.add(s.fields());
      }
    }
    for (Method m : methods(file)) {
      lists.add(m.function().parameters());
      lists.add(m.function().exceptions());
    }
    return lists;
  }
}
