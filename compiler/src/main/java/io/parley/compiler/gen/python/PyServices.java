package io.parley.compiler.gen.python;

import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.ThriftFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Builds the view of a service: protocols to implement, sync and async clients, processors. */
final class PyServices {
  private final Schema schema;
  private final PyTypes types;
  private final PyStructs structs;
  private final PyLiterals literals;

  PyServices(Schema schema, PyTypes types, PyStructs structs, PyLiterals literals) {
    this.schema = schema;
    this.types = types;
    this.structs = structs;
    this.literals = literals;
  }

  PyViews.Service service(ServiceDef service) {
    String name = PyNames.global(service.name());
    List<PyViews.Method> methods = new ArrayList<>();
    List<PyViews.Struct> wire = new ArrayList<>();
    for (Method m : service.methods()) {
      String prefix = "_" + service.name() + "_" + m.name();
      wire.add(structs.wire(prefix + "_args", service.name() + "." + m.name() + " arguments",
          m.parameters().stream().map(PyServices::asArgument).toList()));
      List<Field> result = new ArrayList<>();
      m.result().ifPresent(r -> result.add(
          new Field(0, false, "success", Requiredness.OPTIONAL, r, null, m.location(), List.of(), Doc.NONE)));
      m.exceptions().forEach(e -> result.add(new Field(e.id(), e.implicitId(), e.name(), Requiredness.OPTIONAL,
          e.type(), null, e.location(), List.of(), e.doc())));
      if (!m.oneway()) {
        wire.add(structs.wire(prefix + "_result", service.name() + "." + m.name() + " result", result));
      }
      methods.add(method(m, prefix));
    }
    String base = "";
    String baseProcessor = "";
    if (service.base() != null) {
      base = types.className(service.base());
      ThriftFile baseFile = schema.fileOf(service.base());
      String qualifier = base.contains(".") ? PyTypes.alias(baseFile) + "." : "";
      baseProcessor = qualifier + snake(service.base().name());
    }
    return new PyViews.Service(name, service.name(), snake(service.name()), base, baseProcessor, methods, wire,
        PyStructs.docLines(service.doc()));
  }

  private PyViews.Method method(Method m, String prefix) {
    String name = PyNames.member(m.name());
    List<String> params = new ArrayList<>();
    List<String> passed = new ArrayList<>();
    List<String> fromArgs = new ArrayList<>();
    // Python defaults must be trailing: only a run of defaulted parameters at the end keeps them.
    int firstDefault = m.parameters().size();
    while (firstDefault > 0 && (m.parameters().get(firstDefault - 1).defaultValue() != null
        || m.parameters().get(firstDefault - 1).requiredness() == Requiredness.OPTIONAL)) {
      firstDefault--;
    }
    for (int i = 0; i < m.parameters().size(); i++) {
      Field p = m.parameters().get(i);
      String pn = PyNames.member(p.name());
      boolean optional = p.requiredness() == Requiredness.OPTIONAL;
      String param = pn + ": " + (optional ? "typing.Optional[" + types.hint(p.type()) + "]" : types.hint(p.type()));
      if (optional && p.defaultValue() == null && i >= firstDefault) {
        param += " = None";
      } else if (i >= firstDefault && !PyLiterals.needsFactory(p.type())) {
        param += " = " + literals.expression(p.defaultValue(), p.type());
      }
      params.add(param);
      passed.add(pn + "=" + pn);
      fromArgs.add("args." + pn);
    }
    String result = m.result().map(types::hint).orElse("None");
    String newArgs = prefix + "_args(" + String.join(", ", passed) + ")";
    String call = "handler." + name + "(" + String.join(", ", fromArgs) + ")";
    List<String> client = clientLines(m, prefix, newArgs, "");
    List<String> asyncClient = clientLines(m, prefix, newArgs, "await ");
    List<String> processor = processorLines(m, prefix, call, "");
    List<String> asyncProcessor = processorLines(m, prefix, call, "await ");
    List<String> doc = new ArrayList<>(PyStructs.docLines(m.doc()));
    if (!m.exceptions().isEmpty()) {
      if (!doc.isEmpty()) {
        doc.add("");
      }
      doc.add("Raises: " + String.join(", ", m.exceptions().stream().map(e -> types.hint(e.type())).toList()));
    }
    return new PyViews.Method(name, m.name(), m.oneway(), String.join(", ", params), result, client, asyncClient,
        processor, asyncProcessor, doc);
  }

  private List<String> clientLines(Method m, String prefix, String newArgs, String await) {
    List<String> lines = new ArrayList<>();
    if (m.oneway()) {
      lines.add(await + "self._channel.send(\"" + m.name() + "\", " + newArgs + ".write)");
      return lines;
    }
    boolean used = m.result().isPresent() || !m.exceptions().isEmpty();
    lines.add((used ? "result = " : "") + await + "self._channel.call(\"" + m.name() + "\", " + newArgs
        + ".write, " + prefix + "_result.read)");
    for (Field e : m.exceptions()) {
      String attribute = "result." + PyNames.member(e.name());
      lines.add("if " + attribute + " is not None:");
      lines.add("    raise " + attribute);
    }
    if (m.result().isPresent()) {
      lines.add("if result.success is not None:");
      lines.add("    return result.success");
      lines.add("raise _errors.ApplicationError(_errors.ApplicationErrorType.MISSING_RESULT, \""
          + m.name() + " failed: unknown result\")");
    }
    return lines;
  }

  private List<String> processorLines(Method m, String prefix, String call, String await) {
    List<String> lines = new ArrayList<>();
    lines.add("args = " + prefix + "_args.read(r)");
    if (m.oneway()) {
      lines.add(await + call);
      return lines;
    }
    String indent = m.exceptions().isEmpty() ? "" : "    ";
    if (!m.exceptions().isEmpty()) {
      lines.add("try:");
    }
    lines.add(indent + (m.result().isPresent() ? "success = " : "") + await + call);
    for (Field e : m.exceptions()) {
      lines.add("except " + types.hint(e.type()) + " as e:");
      lines.add("    return " + prefix + "_result(" + PyNames.member(e.name()) + "=e).write");
    }
    lines.add("return " + prefix + "_result(" + (m.result().isPresent() ? "success=success" : "") + ").write");
    return lines;
  }

  /** Arguments without a default are required on the wire: a handler never sees a missing one as None. */
  private static Field asArgument(Field p) {
    Requiredness r = p.defaultValue() == null && p.requiredness() == Requiredness.DEFAULT
        ? Requiredness.REQUIRED : p.requiredness();
    return new Field(p.id(), p.implicitId(), p.name(), r, p.type(), p.defaultValue(), p.location(),
        p.annotations(), p.doc());
  }

  private static final Pattern WORD_END = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");

  /** {@code ThriftHiveMetastore} as {@code thrift_hive_metastore}. */
  /**
   * The module-level names service.ftl defines for a service named {@code name} whose processor
   * factories start with {@code functionPrefix}: its protocols, clients and processor factories.
   */
  static List<String> definedNames(String name, String functionPrefix) {
    return List.of(name, "Async" + name, name + "Client", name + "AsyncClient", functionPrefix + "_processor",
        functionPrefix + "_async_processor");
  }

  static String snake(String name) {
    String words = ACRONYM_END.matcher(WORD_END.matcher(name).replaceAll("$1_$2")).replaceAll("$1_$2");
    return PyNames.global(words.toLowerCase(java.util.Locale.ROOT));
  }
}
