/*
 * The Apache Thrift IDL, as accepted by Apache Thrift 0.17-0.24.
 *
 * The grammar is deliberately a little wider than Thrift's own parser where that lets the compiler
 * give a better message than "syntax error": removed constructs (senum, slist), headers after
 * definitions and out-of-range numbers are parsed here and reported by the compiler.
 */
grammar Thrift;

document
    : (header | definition)* EOF
    ;

// One header or definition: the compiler's fast path parses a file one item at a time and drops
// each item's tree once it is built, so a large IDL never holds its whole parse tree.
item
    : header
    | definition
    ;

// ---------------------------------------------------------------------------------------------
// Headers

header
    : include
    | cppInclude
    | namespace
    ;

include
    : 'include' LITERAL
    ;

cppInclude
    : 'cpp_include' LITERAL
    ;

namespace
    : 'namespace' namespaceScope name annotations?
    ;

namespaceScope
    : '*'
    | name
    ;

// ---------------------------------------------------------------------------------------------
// Definitions

definition
    : constDefinition
    | typedefDefinition
    | enumDefinition
    | senumDefinition
    | structDefinition
    | serviceDefinition
    ;

constDefinition
    : 'const' fieldType name '=' constValue annotations? separator?
    ;

typedefDefinition
    : 'typedef' fieldType name annotations? separator?
    ;

enumDefinition
    : 'enum' name '{' enumValue* '}' annotations?
    ;

enumValue
    : name ('=' integer)? annotations? separator?
    ;

// Removed from Thrift; parsed only to report it clearly.
senumDefinition
    : 'senum' name '{' (LITERAL separator?)* '}' annotations?
    ;

structDefinition
    : kind=('struct' | 'union' | 'exception') name xsdAll='xsd_all'? '{' field* '}' annotations?
    ;

serviceDefinition
    : 'service' name ('extends' name)? '{' function* '}' annotations?
    ;

function
    : modifier=('oneway' | 'async')? functionType name '(' field* ')' throwsList? annotations? separator?
    ;

functionType
    : 'void'
    | fieldType
    ;

throwsList
    : 'throws' '(' field* ')'
    ;

field
    : fieldId? requiredness=('required' | 'optional')? fieldType reference='&'? fieldName
      ('=' constValue)? xsdFieldOptions annotations? separator?
    ;

fieldId
    : integer ':'
    ;

// Deprecated XML schema options, accepted and ignored.
xsdFieldOptions
    : 'xsd_optional'? 'xsd_nillable'? xsdAttributes?
    ;

xsdAttributes
    : 'xsd_attrs' '{' field* '}'
    ;

// ---------------------------------------------------------------------------------------------
// Types

fieldType
    : baseType annotations?
    | containerType annotations?
    | name
    ;

baseType
    : 'bool' | 'byte' | 'i8' | 'i16' | 'i32' | 'i64' | 'double' | 'string' | 'binary' | 'uuid'
    | 'slist'
    ;

containerType
    : 'map' cppType? '<' fieldType ',' fieldType '>'     # mapType
    | 'set' cppType? '<' fieldType '>'                   # setType
    | 'list' cppType? '<' fieldType '>' cppType?         # listType
    ;

// Deprecated C++ container type override.
cppType
    : 'cpp_type' LITERAL
    ;

annotations
    : '(' annotation* ')'
    ;

annotation
    : name ('=' LITERAL)? separator?
    ;

// ---------------------------------------------------------------------------------------------
// Constant values

constValue
    : integer                                               # intValue
    | DOUBLE                                                # doubleValue
    | LITERAL                                               # stringValue
    | ('true' | 'false')                                    # boolValue
    | name                                                  # identifierValue
    | '[' (constValue separator?)* ']'                      # listValue
    | '{' (constValue ':' constValue separator?)* '}'       # mapValue
    ;

integer
    : INTEGER
    | HEX_INTEGER
    ;

separator
    : ','
    | ';'
    ;

name
    : IDENTIFIER
    ;

/*
 * Field, parameter and exception names may also be Thrift keywords, as Apache Thrift allows since
 * 0.18 (`1: i32 list`, `2: string service`); every other name must be an identifier. slist and senum
 * are no keywords since 0.18 either.
 */
fieldName
    : IDENTIFIER
    | 'namespace' | 'cpp_include' | 'include' | 'void' | 'bool' | 'byte' | 'i8' | 'i16' | 'i32'
    | 'i64' | 'double' | 'string' | 'binary' | 'uuid' | 'map' | 'list' | 'set' | 'oneway' | 'async'
    | 'typedef' | 'struct' | 'union' | 'exception' | 'extends' | 'throws' | 'service' | 'enum'
    | 'const' | 'required' | 'optional' | 'slist' | 'senum'
    ;

// ---------------------------------------------------------------------------------------------
// Lexer

INTEGER
    : [+-]? DIGIT+
    ;

HEX_INTEGER
    : [+-]? '0' [xX] HEX_DIGIT+
    ;

DOUBLE
    : [+-]? DIGIT* '.' DIGIT+ EXPONENT?
    | [+-]? DIGIT+ EXPONENT
    ;

LITERAL
    : '"' (ESCAPE | ~["\\\r\n])* '"'
    | '\'' (ESCAPE | ~['\\\r\n])* '\''
    ;

// A string that reaches the end of its line; reported by the compiler as unterminated.
UNTERMINATED_LITERAL
    : '"' (ESCAPE | ~["\\\r\n])*
    | '\'' (ESCAPE | ~['\\\r\n])*
    ;

IDENTIFIER
    : [a-zA-Z_] ('.' [a-zA-Z_0-9] | [a-zA-Z_0-9])*
    ;

DOC_COMMENT
    : '/**' ~'/' .*? '*/' -> channel(2)
    ;

BLOCK_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

// A comment that never closes: it cannot contain '*/', so it never outlasts a closed one.
UNTERMINATED_COMMENT
    : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF
    ;

LINE_COMMENT
    : ('//' | '#') ~[\r\n]* -> channel(HIDDEN)
    ;

WHITESPACE
    : [ \t\r\n\f]+ -> channel(HIDDEN)
    ;

// Any other character: the parser reports it where it stands.
UNEXPECTED_CHAR
    : .
    ;

fragment ESCAPE
    : '\\' .
    ;

fragment DIGIT
    : [0-9]
    ;

fragment HEX_DIGIT
    : [0-9a-fA-F]
    ;

fragment EXPONENT
    : [eE] [+-]? DIGIT+
    ;
