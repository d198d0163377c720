package io.parley.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.compiler.ast.BaseKind;
import io.parley.compiler.ast.Requiredness;
import io.parley.compiler.ast.StructKind;
import io.parley.compiler.diag.Diagnostic;
import io.parley.compiler.diag.Severity;
import io.parley.compiler.schema.ConstDef;
import io.parley.compiler.schema.ConstValue;
import io.parley.compiler.schema.ConstValue.EnumValue;
import io.parley.compiler.schema.ConstValue.IntValue;
import io.parley.compiler.schema.ConstValue.ListValue;
import io.parley.compiler.schema.ConstValue.MapValue;
import io.parley.compiler.schema.ConstValue.StringValue;
import io.parley.compiler.schema.ConstValue.StructValue;
import io.parley.compiler.schema.Definition;
import io.parley.compiler.schema.EnumDef;
import io.parley.compiler.schema.Field;
import io.parley.compiler.schema.Method;
import io.parley.compiler.schema.Schema;
import io.parley.compiler.schema.ServiceDef;
import io.parley.compiler.schema.StructDef;
import io.parley.compiler.schema.ThriftFile;
import io.parley.compiler.schema.ThriftType;
import io.parley.compiler.schema.TypedefDef;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles {@code valid/everything.thrift}, which uses every construct, and checks the schema. */
class ValidFixturesTest {
  static final Path DIR = Path.of("src/test/resources/valid");
  static Compilation compilation;
  static Schema schema;
  static ThriftFile file;

  @BeforeAll
  static void compile() {
    compilation = new Compiler(List.of(), false).compile(List.of(DIR.resolve("everything.thrift")));
    assertTrue(compilation.succeeded(), compilation.formattedDiagnostics());
    schema = compilation.schema().orElseThrow();
    file = schema.rootFiles().get(0);
  }

  @Test
  void warnsAboutDeprecatedSyntaxAndImplicitIdsOnly() {
    List<String> warnings = compilation.diagnostics().stream().map(Diagnostic::toString).toList();
    assertEquals(List.of(
        DIR + "/everything.thrift:70:6: warning: 'byte' is deprecated; use 'i8'",
        DIR + "/everything.thrift:97:10: warning: field 'first' has no id and gets -1;"
            + " give it an explicit id so that reordering fields cannot break compatibility",
        DIR + "/everything.thrift:99:10: warning: field 'third' has no id and gets -2;"
            + " give it an explicit id so that reordering fields cannot break compatibility",
        DIR + "/everything.thrift:108:3: warning: 'async' is deprecated; use 'oneway'"), warnings);
    assertTrue(compilation.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
  }

  @Test
  void filesComeAfterTheirIncludesAndOneFileReachedTwiceIsLoadedOnce() {
    List<String> names = schema.files().stream().map(ThriftFile::name).toList();
    assertEquals(List.of("shared", "common", "extra", "everything"), names);
    assertEquals(3, file.includes().size());
    ThriftFile extra = schema.files().get(2);
    assertEquals(schema.files().get(1).id(), extra.includes().get(0), "sub/../sub/common.thrift is sub/common.thrift");
  }

  @Test
  void headersAndDocs() {
    assertEquals("io.parley.fixtures", file.namespace("java").orElseThrow());
    assertEquals("fixtures.everything", file.namespace("py").orElseThrow());
    assertEquals("fixtures.twisted", file.namespace("py.twisted").orElseThrow());
    assertEquals("fixtures.all", file.namespace("go").orElseThrow(), "'*' applies to every language");
    assertEquals(List.of("<vector>"), file.cppIncludes());
    assertEquals("Every construct of the Thrift IDL, checked against the linked schema.", file.doc().text());
    assertEquals("Types shared by the other fixtures.", schema.files().get(0).doc().text());
    assertEquals("A point; declared after the constants that use it.", def("Point").doc().text());
    assertEquals("Gets a node.", service("Store").methods().get(0).doc().text());
    EnumDef color = (EnumDef) schema.files().get(0).definitions().get(0);
    assertEquals("Implicit value: previous plus one.", color.constant("GREEN").orElseThrow().doc().text());
  }

  @Test
  void enumValuesAreNumberedLikeThrift() {
    EnumDef color = (EnumDef) schema.files().get(0).definitions().get(0);
    assertEquals(List.of("RED=1", "GREEN=2", "BLUE=16", "NEGATIVE=-3", "AFTER_NEGATIVE=-2"),
        color.constants().stream().map(c -> c.name() + "=" + c.value()).toList());
  }

  @Test
  void typedefChainsResolveAcrossFiles() {
    TypedefDef moment = (TypedefDef) def("Moment");
    ThriftType.TypedefRef when = assertInstanceOf(ThriftType.TypedefRef.class, moment.target());
    assertEquals("When", when.symbol().name());
    assertEquals(ThriftType.Base.of(BaseKind.I64), moment.target().trueType());
    assertEquals("x", moment.annotation("moment.annotation").orElseThrow());
    TypedefDef moments = (TypedefDef) def("Moments");
    assertEquals("list<Moment>", moments.target().displayName());
  }

  @Test
  void constantsAreEvaluatedAgainstTheirTypes() {
    assertEquals(new IntValue(-128), value("SMALL"));
    assertEquals(new IntValue(32767), value("MEDIUM"));
    assertEquals(new IntValue(1), value("WITH_TRUE"));
    assertEquals(new IntValue(Long.MAX_VALUE), value("BIG"));
    assertEquals(new ConstValue.DoubleValue(1500), value("RATIO"));
    assertEquals(new ConstValue.DoubleValue(2), value("WHOLE"));
    assertEquals(new ConstValue.BoolValue(true), value("YES"));
    assertEquals(new ConstValue.BoolValue(false), value("NO"));
    assertEquals(new StringValue("it's \"quoted\"\n"), value("GREETING"));
    assertEquals(new StringValue("raw"), value("BYTES"));
    assertEquals(new ConstValue.UuidValue(UUID.fromString("01234567-89ab-cdef-0123-456789abcdef")), value("THE_ID"));
    assertEquals(new ListValue(List.of(new StringValue("a"), new StringValue("b"), new StringValue("c"))), value("NAMES"));
    assertEquals(4, ((ListValue) value("PRIMES")).values().size());
    MapValue nested = (MapValue) value("NESTED");
    assertEquals(new ListValue(List.of(new IntValue(1), new IntValue(2))), nested.entries().get(1).value());
  }

  @Test
  void enumReferencesQualifiedBareAndNumeric() {
    assertEquals("BLUE", ((EnumValue) value("FAVOURITE")).name());
    assertEquals("shared", schema.fileOf(((EnumValue) value("FAVOURITE")).enumSymbol()).name());
    assertEquals("GREEN", ((EnumValue) value("BARE")).name());
    MapValue names = (MapValue) value("COLOR_NAMES");
    assertEquals("RED", ((EnumValue) names.entries().get(0).key()).name());
    assertEquals("BLUE", ((EnumValue) names.entries().get(1).key()).name(), "16 is BLUE");
    assertEquals(new IntValue(100), value("FROM_SHARED"));
    assertEquals(new IntValue(2), value("FROM_ENUM"));
    assertEquals(new IntValue(100), value("COPY"));
  }

  @Test
  void structLiteralsBeforeTheStructIsDeclared() {
    StructValue origin = (StructValue) value("ORIGIN");
    assertEquals("Point", origin.symbol().name());
    assertEquals(List.of("x#1=DoubleValue[value=0.0]", "y#2=DoubleValue[value=0.5]", "label#3=StringValue[value=origin]"),
        origin.fields().stream().map(f -> f.name() + "#" + f.id() + "=" + f.value()).toList());
    ListValue corners = (ListValue) value("CORNERS");
    assertEquals(origin, corners.values().get(1), "a reference to a constant is its value");
    StructValue circle = (StructValue) value("UNIT_CIRCLE");
    assertEquals(List.of("circle"), circle.fields().stream().map(ConstValue.FieldValue::name).toList());
  }

  @Test
  void structFieldsWithEveryTypeRequirednessAndDefault() {
    StructDef node = (StructDef) def("Node");
    assertEquals(StructKind.STRUCT, node.kind());
    assertEquals(24, node.fields().size());
    Field name = node.field("name").orElseThrow();
    assertEquals(Requiredness.REQUIRED, name.requiredness());
    assertEquals(1, name.id());
    assertFalse(name.implicitId());
    ThriftType.ListOf children = (ThriftType.ListOf) node.field("children").orElseThrow().type();
    assertEquals("Node", ((ThriftType.StructRef) children.element()).symbol().name(), "recursive");
    assertEquals(new ListValue(List.of()), node.field("children").orElseThrow().defaultValue());
    assertEquals(Requiredness.OPTIONAL, node.field("parent").orElseThrow().requiredness());
    assertEquals(Requiredness.DEFAULT, node.field("text").orElseThrow().requiredness());
    assertNull(node.field("text").orElseThrow().defaultValue());
    assertEquals(BaseKind.I8, ((ThriftType.Base) node.field("legacy").orElseThrow().type()).kind());
    assertEquals(BaseKind.UUID, ((ThriftType.Base) node.field("id").orElseThrow().type()).kind());
    assertEquals(new ConstValue.BoolValue(true), node.field("flag").orElseThrow().defaultValue());
    assertEquals(List.of("RED"), ((ListValue) node.field("colors").orElseThrow().defaultValue()).values()
        .stream().map(v -> ((EnumValue) v).name()).toList());
    StructValue price = (StructValue) node.field("price").orElseThrow().defaultValue();
    assertEquals("Money", price.symbol().name());
    assertEquals("Extra", node.field("extra").orElseThrow().type().displayName());
    assertEquals("service", node.field("service").orElseThrow().name(), "keywords as field names");
    assertEquals("field", node.field("list").orElseThrow().annotation("keyword.named").orElseThrow());
    assertEquals("list<map<string, set<i32>>>", node.field("deep").orElseThrow().type().displayName());
  }

  @Test
  void unionsExceptionsAndImplicitIds() {
    assertEquals(StructKind.UNION, ((StructDef) def("Shape")).kind());
    StructDef notFound = (StructDef) def("NotFound");
    assertEquals(StructKind.EXCEPTION, notFound.kind());
    assertEquals("e", notFound.annotation("exception.annotation").orElseThrow());
    StructDef legacy = (StructDef) def("Legacy");
    assertEquals(List.of(-1, 2, -2), legacy.fields().stream().map(Field::id).toList());
    assertTrue(legacy.fields().get(0).implicitId());
  }

  @Test
  void servicesMethodsAndInheritanceAcrossFiles() {
    ServiceDef store = service("Store");
    assertEquals("BaseService", store.extended().orElseThrow().name());
    assertEquals("shared", schema.fileOf(store.extended().orElseThrow()).name());
    assertEquals("s", store.annotation("service.annotation").orElseThrow());
    Method get = store.methods().get(0);
    assertEquals("Node", get.result().orElseThrow().displayName());
    assertEquals(List.of("notFound", "shared"), get.exceptions().stream().map(Field::name).toList());
    Method put = store.methods().get(1);
    assertTrue(put.result().isEmpty());
    assertEquals(new StructValue(put.parameters().get(1).type() instanceof ThriftType.StructRef s ? s.symbol() : null,
        List.of(new ConstValue.FieldValue("name", 1, new StringValue("default")))), put.parameters().get(1).defaultValue());
    assertTrue(store.methods().get(2).oneway());
    assertTrue(store.methods().get(3).oneway(), "async is oneway");
    assertEquals("m", store.methods().get(4).annotation("method.annotation").orElseThrow());
    assertEquals("Store", service("Admin").extended().orElseThrow().name());
  }

  @Test
  void locationsPointAtNames() {
    Definition point = def("Point");
    assertEquals(DIR + "/everything.thrift:49:8", point.location().toString());
    assertEquals(DIR + "/shared.thrift", schema.files().get(0).path());
  }

  private static Definition def(String name) {
    return file.definitions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  private static ServiceDef service(String name) {
    return (ServiceDef) def(name);
  }

  private static ConstValue value(String name) {
    return ((ConstDef) def(name)).value();
  }
}
