package io.parley.compiler.gen.python;

import java.util.List;

/** The view records the Python templates print; every string is ready to print. */
public final class PyViews {
  private PyViews() {}

  /**
   * One field. {@code declaration} follows the name in the dataclass body (type and default);
   * {@code local} is the decoder's variable, {@code localInit} its declaration.
   */
  public record Field(String name, String idlName, int id, String declaration, String parameter, String initValue,
      String local, String localInit, boolean required, String readCondition, List<String> readLines,
      List<String> writeLines, List<String> doc) {}

  /**
   * A struct, union or exception. The fast codec bodies are ready to print in their methods:
   * {@code compactWrite}/{@code binaryWrite} in {@code _write_*(self, buf)}, {@code compactRead}/
   * {@code binaryRead} in {@code _read_*(cls, buf, pos, depth, lim)}, the field locals first.
   * {@code decorator} is the arguments of the dataclass decorator (printed as {@code _dataclass},
   * which type checkers see as {@code dataclasses.dataclass}); {@code valueMethods}
   * the {@code __init__}, {@code __repr__}, {@code __eq__} and {@code __hash__} it then leaves to
   * the class, at class-body indentation (empty when the decorator makes them). {@code
   * stringTables} are the field ids whose module-level string header tables {@code binaryWrite}
   * names (see {@code PyBinaryCodec.stringTable}).
   */
  public record Struct(String name, String idlName, boolean exception, boolean union, List<Field> fields,
      List<String> doc, String decorator, List<String> valueMethods, List<String> compactWrite,
      List<String> compactRead, List<String> binaryWrite, List<String> binaryRead, List<Integer> stringTables) {}

  /** One enum value. */
  public record EnumConstant(String name, int value, List<String> doc) {}

  /** An enum. */
  public record Enum(String name, List<EnumConstant> constants, List<String> doc) {}

  /** A constant. */
  public record Constant(String name, String hint, String expression, List<String> doc) {}

  /** A service method; the line lists are bodies ready to print at their indentation. */
  public record Method(String name, String idlName, boolean oneway, String parameters, String result,
      List<String> clientLines, List<String> asyncClientLines, List<String> processorLines,
      List<String> asyncProcessorLines, List<String> doc) {}

  /**
   * A service: handler protocols, clients, processor factories and the wire structs.
   *
   * @param base the extended service's class name as seen from this module, or empty
   * @param baseProcessor the extended service's processor factory as seen from this module, or empty
   */
  public record Service(String name, String idlName, String functionPrefix, String base, String baseProcessor,
      List<Method> methods, List<Struct> wireStructs, List<String> doc) {}

  /**
   * A struct, union or exception rendered by {@code python/dataclass.ftl}, with the name the module
   * exports, the field ids whose string header tables its code names, the names of its own
   * module's other definitions its code may use ({@link PyTypes#named}), and whether it uses the
   * {@code uuid} module.
   */
  public record StructCode(String name, String code, List<Integer> stringTables, List<String> uses,
      boolean usesUuid) {}

  /**
   * A service rendered by {@code python/service.ftl}, with what the module exports of it: the
   * class names derive from {@code name}, the processor factories from {@code functionPrefix};
   * the field ids whose string header tables its wire structs name, the names of its own
   * module's other definitions its code may use, and whether it uses the {@code uuid} module.
   */
  public record ServiceCode(String name, String functionPrefix, String code, List<Integer> stringTables,
      List<String> uses, boolean usesUuid) {}

  /** A module-level table of string headers: {@code name = _fw.bh_string_table(id)}. */
  public record StringTable(String name, int id) {}

  /**
   * One generated file of a module; its structs and services come rendered, in the order of the
   * IDL. A module too large to compile well as one file is a main file that runs its parts
   * ({@code parts}: their dotted names; nothing of it is printed but its header, {@code __all__}
   * and, for type checkers, {@code partImports}), and the parts themselves ({@code part}: "part 2
   * of 9"; {@code partImports}: the other parts' definitions that this one uses). {@code
   * importsUuid}: whether its code needs the {@code uuid} module at run time, which costs a few
   * milliseconds to import.
   */
  public record Module(String name, String source, List<String> imports, boolean importsUuid, List<Enum> enums,
      List<StructCode> structs, List<ServiceCode> services, List<Constant> constants, List<String> doc,
      List<StringTable> stringTables, List<String> parts, String part, List<PartImport> partImports) {

    /** A module printed whole, in one file. */
    public Module(String name, String source, List<String> imports, boolean importsUuid, List<Enum> enums,
        List<StructCode> structs, List<ServiceCode> services, List<Constant> constants, List<String> doc,
        List<StringTable> stringTables) {
      this(name, source, imports, importsUuid, enums, structs, services, constants, doc, stringTables, List.of(),
          "", List.of());
    }
  }

  /** Names a file of a module in parts imports from one of the parts, for type checkers, as printed. */
  public record PartImport(String module, List<String> names) {}
}
