package io.parley.compiler.gen.java;

import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.Symbol;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of a service: handler signatures, client bodies, processor bodies, wire structs. */
final class JavaServices {
  private final JavaTypes types;
  private final JavaStructs structs;

  JavaServices(JavaTypes types, JavaStructs structs) {
    this.types = types;
    this.structs = structs;
  }

  /**
   * The view of {@code service}; with {@code wireStructs} false, without its methods' argument and
   * result structs, which only the {@code Calls} file prints (they are most of the view's cost).
   */
  ServiceView service(String packageName, ServiceDef service, boolean wireStructs) {
    String name = JavaNames.identifier(service.name());
    String calls = name + "Calls";
    List<MethodView> methods = new ArrayList<>();
    List<StructView> wire = new ArrayList<>();
    for (Method m : service.methods()) {
      String prefix = m.name() + "_";
      if (wireStructs) {
        wire.add(structs.internal(packageName, prefix + "args", service.name() + "." + m.name() + " arguments",
            m.parameters()));
      }
      List<Field> resultFields = new ArrayList<>();
      m.result().ifPresent(r -> resultFields.add(
          new Field(0, false, "success", Requiredness.OPTIONAL, r, null, m.location(), List.of(), Doc.NONE)));
      resultFields.addAll(m.exceptions().stream().map(JavaServices::optional).toList());
      if (wireStructs && !m.oneway()) {
        wire.add(structs.internal(packageName, prefix + "result", service.name() + "." + m.name() + " result",
            resultFields));
      }
      methods.add(method(m, calls + "." + prefix, prefix, resultFields));
    }
    String baseInterface = "";
    String baseClient = "";
    String baseProcessor = "";
    if (service.base() != null) {
      Symbol base = service.base();
      baseInterface = types.className(base);
      baseClient = types.use(types.qualifiedName(base, "Client"));
      baseProcessor = baseInterface + ".processor(handler)";
    }
    return new ServiceView(packageName, name, service.name(), baseInterface, baseClient, baseProcessor,
        methods, wire, JavaDocs.lines(service.doc()));
  }

  private MethodView method(Method m, String qualifiedPrefix, String prefix, List<Field> resultFields) {
    String javaName = JavaNames.method(m.name());
    String returnType = m.result().map(types::javaType).orElse("void");
    List<String> params = new ArrayList<>();
    List<String> paramNames = new ArrayList<>();
    List<String> argAccessors = new ArrayList<>();
    for (Field p : m.parameters()) {
      String pn = JavaNames.member(p.name());
      params.add(types.javaType(p.type()) + " " + pn);
      paramNames.add(pn);
      argAccessors.add("args$." + pn + "()");
    }
    List<String> exceptionClasses = m.exceptions().stream().map(e -> types.javaType(e.type())).toList();
    String signature = returnType + " " + javaName + "(" + String.join(", ", params) + ")"
        + (exceptionClasses.isEmpty() ? "" : " throws " + String.join(", ", exceptionClasses));
    String newArgs = "new " + qualifiedPrefix + "args(" + String.join(", ", paramNames) + ")";
    String call = "handler." + javaName + "(" + String.join(", ", argAccessors) + ")";

    List<String> client = new ArrayList<>();
    List<String> processor = new ArrayList<>();
    processor.add(prefix + "args args$ = " + prefix + "args.read(in);");
    if (m.oneway()) {
      client.add("this.channel.send(\"" + m.name() + "\", out -> " + newArgs + ".write(out));");
      processor.add(call + ";");
      processor.add("return null;");
    } else {
      boolean resultUsed = m.result().isPresent() || !m.exceptions().isEmpty();
      client.add((resultUsed ? qualifiedPrefix + "result result$ = " : "") + "this.channel.call(\"" + m.name()
          + "\", out -> " + newArgs + ".write(out), " + qualifiedPrefix + "result::read);");
      for (Field e : m.exceptions()) {
        String accessor = "result$." + JavaNames.member(e.name()) + "()";
        client.add("if (" + accessor + " != null) {");
        client.add("  throw " + accessor + ";");
        client.add("}");
      }
      if (m.result().isPresent()) {
        client.add("if (result$.success() != null) {");
        client.add("  return result$.success();");
        client.add("}");
        String error = types.use("io.parley.runtime.ApplicationException");
        client.add("throw new " + error + "(" + error + ".Type.MISSING_RESULT, \"" + m.name()
            + " failed: unknown result\");");
      }
      String indent = m.exceptions().isEmpty() ? "" : "  ";
      if (!m.exceptions().isEmpty()) {
        processor.add("try {");
      }
      if (m.result().isPresent()) {
        processor.add(indent + returnType + " success$ = " + call + ";");
      } else {
        processor.add(indent + call + ";");
      }
      processor.add(indent + "return out -> new " + prefix + "result(" + resultArgs(resultFields, "success$", -1)
          + ").write(out);");
      for (int i = 0; i < m.exceptions().size(); i++) {
        processor.add("} catch (" + exceptionClasses.get(i) + " e$) {");
        processor.add("  return out -> new " + prefix + "result(" + resultArgs(resultFields, "e$", i) + ").write(out);");
      }
      if (!m.exceptions().isEmpty()) {
        processor.add("}");
      }
    }
    return new MethodView(m.name(), signature, m.oneway(), client, processor, JavaDocs.lines(m.doc()));
  }

  /** Constructor arguments of a result struct: {@code value} in the success slot or exception slot {@code index}. */
  private static String resultArgs(List<Field> fields, String value, int exceptionIndex) {
    List<String> args = new ArrayList<>();
    int exception = 0;
    for (Field f : fields) {
      if (f.id() == 0 && f.name().equals("success")) {
        args.add(exceptionIndex < 0 ? value : "null");
      } else {
        args.add(exception++ == exceptionIndex ? value : "null");
      }
    }
    return String.join(", ", args);
  }

  private static Field optional(Field f) {
    return new Field(f.id(), f.implicitId(), f.name(), Requiredness.OPTIONAL, f.type(), null, f.location(),
        f.annotations(), f.doc());
  }
}
