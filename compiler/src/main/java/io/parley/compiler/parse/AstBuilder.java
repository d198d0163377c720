package io.parley.compiler.parse;

import io.parley.compiler.ast.Annotation;
import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.ast.ConstElement;
import io.parley.compiler.ast.ConstValueElement;
import io.parley.compiler.ast.DefinitionElement;
import io.parley.compiler.ast.Doc;
import io.parley.compiler.ast.EnumConstantElement;
import io.parley.compiler.ast.EnumElement;
import io.parley.compiler.ast.FieldElement;
import io.parley.compiler.ast.FileElement;
import io.parley.compiler.ast.FunctionElement;
import io.parley.compiler.ast.IncludeElement;
import io.parley.compiler.ast.NamespaceElement;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.ServiceElement;
import io.parley.compiler.ast.StructElement;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.ast.TypeElement;
import io.parley.compiler.ast.TypedefElement;
import io.parley.compiler.diag.Diagnostics;
import io.parley.compiler.diag.Location;
import io.parley.grammar.ThriftParser;
import io.parley.grammar.ThriftParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the immutable {@link FileElement} from syntactically valid parse trees, one header or
 * definition at a time, attaching doc comments and reporting deprecated or removed syntax.
 */
final class AstBuilder {
  private final String path;
  private final DocCommentFilter docs;
  private final Diagnostics diagnostics;
  private final List<Location> byteUses = new ArrayList<>();
  private final List<IncludeElement> includes = new ArrayList<>();
  private final List<String> cppIncludes = new ArrayList<>();
  private final List<NamespaceElement> namespaces = new ArrayList<>();
  private final List<DefinitionElement> definitions = new ArrayList<>();
  private Doc fileDoc = Doc.NONE;
  private Location firstDefinition;

  AstBuilder(String path, DocCommentFilter docs, Diagnostics diagnostics) {
    this.path = path;
    this.docs = docs;
    this.diagnostics = diagnostics;
  }

  /** Builds a whole file from its tree. */
  FileElement file(DocumentContext document) {
    for (ParserRuleContext child : document.getRuleContexts(ParserRuleContext.class)) {
      add(child);
    }
    return finish();
  }

  /** Adds the next header or definition of the file. */
  void item(ItemContext item) {
    add(item.getChild(ParserRuleContext.class, 0));
  }

  private void add(ParserRuleContext child) {
    if (child instanceof HeaderContext header) {
      if (includes.isEmpty() && cppIncludes.isEmpty() && namespaces.isEmpty() && firstDefinition == null) {
        fileDoc = docBefore(header.start);
      }
      if (firstDefinition != null) {
        diagnostics.add(io.parley.compiler.diag.Diagnostic.error(at(header.start),
                "'" + header.start.getText() + "' must come before the first definition")
            .withNote(firstDefinition, "the first definition is here"));
      }
      header(header);
    } else if (child instanceof DefinitionContext definitionContext) {
      DefinitionElement definition = definition(definitionContext);
      if (definition != null) {
        definitions.add(definition);
        if (firstDefinition == null) {
          firstDefinition = at(definitionContext.start);
        }
      }
    }
  }

  /** The file built from every item added. */
  FileElement finish() {
    if (!byteUses.isEmpty()) {
      // Old IDL uses byte everywhere: say it once a file rather than at every use.
      diagnostics.warning(byteUses.get(0), "'byte' is deprecated; use 'i8'"
          + (byteUses.size() == 1 ? "" : " (" + byteUses.size() + " uses in this file)"));
    }
    return new FileElement(path, includes, cppIncludes, namespaces, definitions, fileDoc);
  }

  private void header(HeaderContext header) {
    if (header.include() != null) {
      Token literal = header.include().LITERAL().getSymbol();
      includes.add(new IncludeElement(at(literal), string(literal)));
    } else if (header.cppInclude() != null) {
      cppIncludes.add(string(header.cppInclude().LITERAL().getSymbol()));
    } else {
      NamespaceContext ns = header.namespace();
      String scope = ns.namespaceScope().getText();
      namespaces.add(new NamespaceElement(
          at(ns.name().start), scope, ns.name().getText(), annotations(ns.annotations())));
    }
  }

  private DefinitionElement definition(DefinitionContext ctx) {
    if (ctx.constDefinition() != null) {
      ConstDefinitionContext c = ctx.constDefinition();
      return new ConstElement(at(c.name().start), c.name().getText(), type(c.fieldType()),
          value(c.constValue()), annotations(c.annotations()), docBefore(c.start));
    }
    if (ctx.typedefDefinition() != null) {
      TypedefDefinitionContext t = ctx.typedefDefinition();
      return new TypedefElement(at(t.name().start), t.name().getText(), type(t.fieldType()),
          annotations(t.annotations()), docBefore(t.start));
    }
    if (ctx.enumDefinition() != null) {
      return enumDefinition(ctx.enumDefinition());
    }
    if (ctx.senumDefinition() != null) {
      diagnostics.error(at(ctx.start),
          "'senum' is no longer supported by Thrift; use an enum or string constants");
      return null;
    }
    if (ctx.structDefinition() != null) {
      return structDefinition(ctx.structDefinition());
    }
    return serviceDefinition(ctx.serviceDefinition());
  }

  private EnumElement enumDefinition(EnumDefinitionContext e) {
    List<EnumConstantElement> constants = new ArrayList<>();
    for (EnumValueContext v : e.enumValue()) {
      Long value = v.integer() == null ? null : integer(v.integer());
      constants.add(new EnumConstantElement(at(v.name().start), v.name().getText(), value,
          annotations(v.annotations()), docBefore(v.start)));
    }
    return new EnumElement(at(e.name().start), e.name().getText(), constants,
        annotations(e.annotations()), docBefore(e.start));
  }

  private StructElement structDefinition(StructDefinitionContext s) {
    StructKind kind = switch (s.kind.getText()) {
      case "union" -> StructKind.UNION;
      case "exception" -> StructKind.EXCEPTION;
      default -> StructKind.STRUCT;
    };
    deprecatedXsd(s.xsdAll);
    return new StructElement(at(s.name().start), kind, s.name().getText(), fields(s.field()),
        annotations(s.annotations()), docBefore(s.start));
  }

  private ServiceElement serviceDefinition(ServiceDefinitionContext s) {
    List<FunctionElement> functions = new ArrayList<>();
    for (FunctionContext f : s.function()) {
      functions.add(function(f));
    }
    NameContext base = s.name().size() > 1 ? s.name(1) : null;
    return new ServiceElement(at(s.name(0).start), s.name(0).getText(),
        base == null ? null : base.getText(), base == null ? null : at(base.start), functions,
        annotations(s.annotations()), docBefore(s.start));
  }

  private FunctionElement function(FunctionContext f) {
    boolean oneway = f.modifier != null;
    if (oneway && f.modifier.getText().equals("async")) {
      diagnostics.warning(at(f.modifier), "'async' is deprecated; use 'oneway'");
    }
    FunctionTypeContext result = f.functionType();
    TypeElement returnType = result.fieldType() == null ? null : type(result.fieldType());
    List<FieldElement> exceptions = f.throwsList() == null ? List.of() : fields(f.throwsList().field());
    return new FunctionElement(at(f.name().start), f.name().getText(), oneway, returnType,
        at(result.start), fields(f.field()), exceptions, annotations(f.annotations()),
        docBefore(f.start));
  }

  private List<FieldElement> fields(List<FieldContext> contexts) {
    List<FieldElement> fields = new ArrayList<>();
    for (FieldContext f : contexts) {
      fields.add(field(f));
    }
    return fields;
  }

  private FieldElement field(FieldContext f) {
    Location nameAt = at(f.fieldName().start);
    Long id = f.fieldId() == null ? null : integer(f.fieldId().integer());
    Location idAt = f.fieldId() == null ? nameAt : at(f.fieldId().start);
    Requiredness requiredness = f.requiredness == null ? Requiredness.DEFAULT
        : f.requiredness.getText().equals("required") ? Requiredness.REQUIRED : Requiredness.OPTIONAL;
    XsdFieldOptionsContext xsd = f.xsdFieldOptions();
    if (xsd.start != null && xsd.getChildCount() > 0) {
      deprecatedXsd(xsd.start);
    }
    ConstValueElement defaultValue = f.constValue() == null ? null : value(f.constValue());
    return new FieldElement(nameAt, idAt, id, requiredness, type(f.fieldType()), f.fieldName().getText(),
        defaultValue, annotations(f.annotations()), docBefore(f.start));
  }

  private TypeElement type(FieldTypeContext t) {
    if (t.name() != null) {
      return new TypeElement.Named(at(t.start), t.name().getText());
    }
    List<Annotation> annotations = annotations(t.annotations());
    if (t.baseType() != null) {
      return baseType(t.baseType(), annotations);
    }
    ContainerTypeContext container = t.containerType();
    if (container instanceof ListTypeContext list) {
      list.cppType().forEach(this::deprecatedCppType);
      return new TypeElement.ListOf(at(t.start), type(list.fieldType()), annotations);
    }
    if (container instanceof SetTypeContext set) {
      deprecatedCppType(set.cppType());
      return new TypeElement.SetOf(at(t.start), type(set.fieldType()), annotations);
    }
    MapTypeContext map = (MapTypeContext) container;
    deprecatedCppType(map.cppType());
    return new TypeElement.MapOf(at(t.start), type(map.fieldType(0)), type(map.fieldType(1)), annotations);
  }

  private TypeElement baseType(BaseTypeContext b, List<Annotation> annotations) {
    String keyword = b.getText();
    BaseKind kind = switch (keyword) {
      case "bool" -> BaseKind.BOOL;
      case "byte", "i8" -> BaseKind.I8;
      case "i16" -> BaseKind.I16;
      case "i32" -> BaseKind.I32;
      case "i64" -> BaseKind.I64;
      case "double" -> BaseKind.DOUBLE;
      case "binary" -> BaseKind.BINARY;
      case "uuid" -> BaseKind.UUID;
      default -> BaseKind.STRING;
    };
    if (keyword.equals("byte")) {
      byteUses.add(at(b.start));
    } else if (keyword.equals("slist")) {
      diagnostics.error(at(b.start), "'slist' is no longer supported by Thrift; use 'string'");
    }
    return new TypeElement.Base(at(b.start), kind, keyword, annotations);
  }

  private ConstValueElement value(ConstValueContext v) {
    Location where = at(v.start);
    if (v instanceof IntValueContext i) {
      Long value = integer(i.integer());
      return new ConstValueElement.IntLiteral(where, value == null ? 0 : value, i.getText());
    }
    if (v instanceof DoubleValueContext d) {
      return new ConstValueElement.DoubleLiteral(where, Double.parseDouble(d.getText()), d.getText());
    }
    if (v instanceof StringValueContext s) {
      return new ConstValueElement.StringLiteral(where, string(s.LITERAL().getSymbol()));
    }
    if (v instanceof BoolValueContext b) {
      return new ConstValueElement.BoolLiteral(where, b.getText().equals("true"));
    }
    if (v instanceof IdentifierValueContext id) {
      return new ConstValueElement.Identifier(where, id.getText());
    }
    if (v instanceof ListValueContext list) {
      List<ConstValueElement> values = new ArrayList<>();
      list.constValue().forEach(c -> values.add(value(c)));
      return new ConstValueElement.ListLiteral(where, values);
    }
    MapValueContext map = (MapValueContext) v;
    List<ConstValueElement.Entry> entries = new ArrayList<>();
    List<ConstValueContext> items = map.constValue();
    for (int i = 0; i + 1 < items.size(); i += 2) {
      entries.add(new ConstValueElement.Entry(value(items.get(i)), value(items.get(i + 1))));
    }
    return new ConstValueElement.MapLiteral(where, entries);
  }

  private List<Annotation> annotations(AnnotationsContext ctx) {
    if (ctx == null) {
      return List.of();
    }
    List<Annotation> annotations = new ArrayList<>();
    for (AnnotationContext a : ctx.annotation()) {
      String value = a.LITERAL() == null ? "1" : string(a.LITERAL().getSymbol());
      annotations.add(new Annotation(at(a.start), a.name().getText(), value));
    }
    return annotations;
  }

  private void deprecatedCppType(CppTypeContext cppType) {
    if (cppType != null) {
      diagnostics.warning(at(cppType.start), "'cpp_type' is deprecated and ignored");
    }
  }

  private void deprecatedXsd(Token token) {
    if (token != null) {
      diagnostics.warning(at(token), "'" + token.getText() + "' is deprecated and ignored");
    }
  }

  private Long integer(IntegerContext ctx) {
    return Literals.integer(ctx.getText(), at(ctx.start), diagnostics);
  }

  private String string(Token literal) {
    return Literals.unquote(literal.getText(), at(literal), diagnostics);
  }

  /** The doc comment standing right before {@code token}, with only blanks and comments between. */
  private Doc docBefore(Token token) {
    return docs.docBefore(token);
  }

  private Location at(Token token) {
    return new Location(path, token.getLine(), token.getCharPositionInLine() + 1);
  }
}
