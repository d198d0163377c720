package io.parley.compiler.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The linked, checked model of a set of IDL files: what generators consume.
 *
 * <p>Files come in dependency order (a file after everything it includes); every name is resolved
 * and every constant evaluated. Immutable.
 */
public final class Schema {
  private final List<ThriftFile> files;
  private final List<String> roots;
  private final Map<String, ThriftFile> filesById = new LinkedHashMap<>();
  private final Map<Symbol, Definition> definitions = new LinkedHashMap<>();

  /**
   * @param files every file, in dependency order
   * @param roots the ids of the files the user named, in the order given
   */
  public Schema(List<ThriftFile> files, List<String> roots) {
    this.files = List.copyOf(files);
    this.roots = List.copyOf(roots);
    for (ThriftFile file : this.files) {
      filesById.put(file.id(), file);
      file.definitions().forEach(d -> definitions.put(d.symbol(), d));
    }
  }

  /** Every file, each after the files it includes. */
  public List<ThriftFile> files() {
    return files;
  }

  /** The files the user asked for, before includes. */
  public List<ThriftFile> rootFiles() {
    return roots.stream().map(this::file).toList();
  }

  /** The file with {@code id}. */
  public ThriftFile file(String id) {
    ThriftFile file = filesById.get(id);
    if (file == null) {
      throw new NoSuchElementException("no file " + id);
    }
    return file;
  }

  /** The definition a symbol names. */
  public Definition definition(Symbol symbol) {
    Definition definition = definitions.get(symbol);
    if (definition == null) {
      throw new NoSuchElementException("no definition " + symbol.name() + " in " + symbol.file());
    }
    return definition;
  }

  /** The struct, union or exception a symbol names. */
  public StructDef struct(Symbol symbol) {
    return (StructDef) definition(symbol);
  }

  /** The enum a symbol names. */
  public EnumDef enumDef(Symbol symbol) {
    return (EnumDef) definition(symbol);
  }

  /** The service a symbol names. */
  public ServiceDef service(Symbol symbol) {
    return (ServiceDef) definition(symbol);
  }

  /** The file that defines {@code symbol}. */
  public ThriftFile fileOf(Symbol symbol) {
    return file(symbol.file());
  }
}
