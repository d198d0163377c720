package io.parley.compiler.link;

import io.parley.compiler.ast.ConstElement;
import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.EnumConstantElement;
import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.ast.NamespaceElement;
import io.parley.compiler.ast.ServiceElement;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.ast.TypedefElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.load.SourceFile;
import io.parley.compiler.load.SourceSet;
import io.parley.compiler.schema.ConstDef;
import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.EnumConstant;
import io.parley.compiler.schema.EnumDef;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.Symbol;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypedefDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed files into the {@link Schema}: resolves every name across includes, numbers enum
 * values and implicit field ids, evaluates constants and defaults, and follows {@code extends}.
 * Every problem is reported; the schema is complete only when none was an error.
 */
public final class Linker {
  private final SourceSet sources;
  private final Diagnostics diagnostics;
  private final Scopes scopes;
  private final TypeResolver types;
  private final ConstEvaluator constants;
  private final Map<Symbol, EnumDef> enums = new HashMap<>();
  private final Map<Symbol, List<ConstEvaluator.FieldShape>> shapes = new HashMap<>();

  public Linker(SourceSet sources, Diagnostics diagnostics) {
    this.sources = sources;
    this.diagnostics = diagnostics;
    this.scopes = new Scopes(sources);
    this.types = new TypeResolver(scopes, diagnostics);
    this.constants = new ConstEvaluator(scopes, types, diagnostics, enums::get, this::shape);
  }

  /** Links every loaded file. */
  public Schema link() {
    for (SourceFile file : sources.files()) {
      for (DefinitionElement d : uniqueDefinitions(file)) {
        if (d instanceof EnumElement e) {
          enums.put(symbol(file, d), enumDef(symbol(file, d), e));
        }
      }
    }
    List<ThriftFile> files = new ArrayList<>();
    for (SourceFile file : sources.files()) {
      files.add(file(file));
    }
    return new Schema(files, sources.rootIds());
  }

  private ThriftFile file(SourceFile file) {
    Map<String, String> namespaces = new LinkedHashMap<>();
    for (NamespaceElement ns : file.element().namespaces()) {
      namespaces.put(ns.scope(), ns.value());
    }
    List<String> includes = new ArrayList<>();
    file.element().includes().forEach(i -> {
      String id = file.includes().get(i);
      if (id != null && !includes.contains(id)) {
        includes.add(id);
      }
    });
    List<Definition> definitions = new ArrayList<>();
    for (DefinitionElement d : uniqueDefinitions(file)) {
      Definition linked = definition(file, d);
      if (linked != null) {
        definitions.add(linked);
      }
    }
    return new ThriftFile(file.id(), file.path(), file.programName(), namespaces, includes,
        file.element().cppIncludes(), definitions, file.element().doc());
  }

  private Definition definition(SourceFile file, DefinitionElement d) {
    Symbol symbol = symbol(file, d);
    if (d instanceof EnumElement) {
      return enums.get(symbol);
    }
    if (d instanceof TypedefElement t) {
      ThriftType target = types.typedefTarget(symbol, t);
      return target == null ? null : new TypedefDef(symbol, target, t.location(), t.annotations(), t.doc());
    }
    if (d instanceof ConstElement c) {
      ThriftType type = types.resolve(file.id(), c.type());
      ConstValue value = constants.constant(symbol, c);
      return type == null || value == null ? null
          : new ConstDef(symbol, type, value, c.location(), c.annotations(), c.doc());
    }
    if (d instanceof StructElement s) {
      return new StructDef(symbol, s.kind(), fields(file, s.fields(), false), s.location(),
          s.annotations(), s.doc());
    }
    return service(file, symbol, (ServiceElement) d);
  }

  private ServiceDef service(SourceFile file, Symbol symbol, ServiceElement s) {
    Symbol base = null;
    if (s.extendsName() != null) {
      var found = scopes.find(file.id(), s.extendsName());
      if (found.isEmpty()) {
        diagnostics.error(s.extendsLocation(), "unknown service '" + s.extendsName() + "'"
            + scopes.whyMissing(file.id(), s.extendsName()));
      } else if (!(found.get().element() instanceof ServiceElement)) {
        diagnostics.error(s.extendsLocation(), "'" + s.extendsName() + "' is "
            + Scopes.describe(found.get().element()) + ", not a service; 'extends' names a service");
      } else {
        base = found.get().symbol();
        checkInheritanceCycle(symbol, s);
      }
    }
    List<Method> methods = new ArrayList<>();
    for (FunctionElement f : s.functions()) {
      ThriftType result = f.returnType() == null ? null : types.resolve(file.id(), f.returnType());
      List<Field> exceptions = fields(file, f.exceptions(), true);
      methods.add(new Method(f.name(), f.oneway(), result, fields(file, f.parameters(), false),
          exceptions, f.location(), f.annotations(), f.doc()));
    }
    return new ServiceDef(symbol, base, methods, s.location(), s.annotations(), s.doc());
  }

  private void checkInheritanceCycle(Symbol start, ServiceElement service) {
    Set<Symbol> seen = new HashSet<>();
    List<String> chain = new ArrayList<>(List.of(start.name()));
    Symbol current = start;
    ServiceElement element = service;
    while (element.extendsName() != null) {
      var found = scopes.find(current.file(), element.extendsName());
      if (found.isEmpty() || !(found.get().element() instanceof ServiceElement next)) {
        return;
      }
      current = found.get().symbol();
      chain.add(current.name());
      if (current.equals(start)) {
        diagnostics.error(service.extendsLocation(), "service inheritance cycle: " + String.join(" extends ", chain));
        return;
      }
      if (!seen.add(current)) {
        return;
      }
      element = next;
    }
  }

  private List<Field> fields(SourceFile file, List<FieldElement> elements, boolean exceptions) {
    List<Field> fields = new ArrayList<>();
    int[] ids = FieldIds.assign(elements);
    for (int i = 0; i < elements.size(); i++) {
      FieldElement f = elements.get(i);
      ThriftType type = types.resolve(file.id(), f.type());
      if (type == null) {
        continue;
      }
      if (exceptions && !(type.trueType() instanceof ThriftType.StructRef s && s.kind() == StructKind.EXCEPTION)) {
        diagnostics.error(f.type().location(), "'" + type.displayName() + "' is not an exception;"
            + " 'throws' lists exceptions only");
        continue;
      }
      ConstValue defaultValue = f.defaultValue() == null ? null
          : constants.evaluate(file.id(), f.defaultValue(), type);
      fields.add(new Field(ids[i], f.id() == null, f.name(), f.requiredness(), type, defaultValue,
          f.location(), f.annotations(), f.doc()));
    }
    return fields;
  }

  private List<ConstEvaluator.FieldShape> shape(Symbol struct) {
    return shapes.computeIfAbsent(struct, s -> {
      StructElement element = (StructElement) scopes.find(s.file(), s.name()).orElseThrow().element();
      int[] ids = FieldIds.assign(element.fields());
      List<ConstEvaluator.FieldShape> list = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        FieldElement f = element.fields().get(i);
        ThriftType type = types.resolve(s.file(), f.type());
        if (type != null) {
          list.add(new ConstEvaluator.FieldShape(f.name(), ids[i], type));
        }
      }
      return list;
    });
  }

  private EnumDef enumDef(Symbol symbol, EnumElement e) {
    List<EnumConstant> constants = new ArrayList<>();
    long next = 0;
    for (EnumConstantElement c : e.constants()) {
      long value = c.value() == null ? next : c.value();
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        diagnostics.error(c.location(), "enum value " + c.name() + " = " + value
            + " is out of range for i32");
      }
      constants.add(new EnumConstant(c.name(), (int) value, c.location(), c.annotations(), c.doc()));
      next = value + 1;
    }
    return new EnumDef(symbol, constants, e.location(), e.annotations(), e.doc());
  }

  private List<DefinitionElement> uniqueDefinitions(SourceFile file) {
    Set<String> names = new HashSet<>();
    return file.element().definitions().stream().filter(d -> names.add(d.name())).toList();
  }

  private static Symbol symbol(SourceFile file, DefinitionElement d) {
    return new Symbol(file.id(), d.name());
  }
}
