package io.parley.compiler.link;

import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.ast.TypeElement;
import io.parley.compiler.ast.TypedefElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.schema.Symbol;
import io.parley.compiler.schema.ThriftType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves written types to {@link ThriftType}s: names through the {@link Scopes}, typedef chains
 * followed to their end, typedef cycles reported. Returns {@code null} for a type it reported.
 */
final class TypeResolver {
  private final Scopes scopes;
  private final Diagnostics diagnostics;
  private final Map<Symbol, ThriftType> typedefTargets = new HashMap<>();
  private final Set<Symbol> resolving = new LinkedHashSet<>();

  TypeResolver(Scopes scopes, Diagnostics diagnostics) {
    this.scopes = scopes;
    this.diagnostics = diagnostics;
  }

  /** The type {@code element} denotes in file {@code fileId}, or {@code null} after an error. */
  ThriftType resolve(String fileId, TypeElement element) {
    if (element instanceof TypeElement.Base b) {
      return new ThriftType.Base(b.kind(), b.annotations());
    }
    if (element instanceof TypeElement.ListOf l) {
      ThriftType e = resolve(fileId, l.element());
      return e == null ? null : new ThriftType.ListOf(e, l.annotations());
    }
    if (element instanceof TypeElement.SetOf s) {
      ThriftType e = resolve(fileId, s.element());
      return e == null ? null : new ThriftType.SetOf(e, s.annotations());
    }
    if (element instanceof TypeElement.MapOf m) {
      ThriftType k = resolve(fileId, m.key());
      ThriftType v = resolve(fileId, m.value());
      return k == null || v == null ? null : new ThriftType.MapOf(k, v, m.annotations());
    }
    return named(fileId, (TypeElement.Named) element);
  }

  private ThriftType named(String fileId, TypeElement.Named n) {
    var found = scopes.find(fileId, n.name());
    if (found.isEmpty()) {
      diagnostics.error(n.location(), "unknown type '" + n.name() + "'" + scopes.whyMissing(fileId, n.name()));
      return null;
    }
    Symbol symbol = found.get().symbol();
    var element = found.get().element();
    if (element instanceof EnumElement) {
      return new ThriftType.EnumRef(symbol);
    }
    if (element instanceof StructElement s) {
      return new ThriftType.StructRef(symbol, s.kind());
    }
    if (element instanceof TypedefElement t) {
      ThriftType target = typedefTarget(symbol, t);
      return target == null ? null : new ThriftType.TypedefRef(symbol, target);
    }
    diagnostics.error(n.location(), "'" + n.name() + "' is " + Scopes.describe(element) + ", not a type");
    return null;
  }

  /** The type a typedef stands for, resolved once and remembered. */
  ThriftType typedefTarget(Symbol symbol, TypedefElement typedef) {
    if (typedefTargets.containsKey(symbol)) {
      return typedefTargets.get(symbol);
    }
    if (!resolving.add(symbol)) {
      List<String> names = new ArrayList<>();
      resolving.forEach(s -> names.add(s.name()));
      names.add(symbol.name());
      List<String> cycle = names.subList(names.indexOf(symbol.name()), names.size());
      diagnostics.error(typedef.location(), "typedef cycle: " + String.join(" -> ", cycle));
      typedefTargets.put(symbol, null);
      return null;
    }
    ThriftType target = resolve(symbol.file(), typedef.type());
    resolving.remove(symbol);
    typedefTargets.put(symbol, target);
    return target;
  }
}
