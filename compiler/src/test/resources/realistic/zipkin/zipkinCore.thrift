// Test fixture modelled on the Zipkin v1 span model (zipkinCore.thrift).
// Written from scratch for the test suite.
//
// Exercises: many documented string constants, an enum with explicit
// values, i16/i32/i64/binary/double members, optional members with defaults,
// C++/Java/Ruby/Python namespaces, and `//`-style comments.

namespace java com.example.zipkin.thriftjava
#@namespace scala com.example.zipkin.thriftscala
namespace rb Example.Zipkin
namespace py zipkin.core
namespace cpp example.zipkin

//************** Annotation.value **************

/**
 * The client sent ("cs") a request to a server.  Marks the start of a span
 * on the client side.
 */
const string CLIENT_SEND = "cs"
/** The client received ("cr") the response; the end of the client span. */
const string CLIENT_RECV = "cr"
/** The server sent ("ss") its response; the end of the server span. */
const string SERVER_SEND = "ss"
/** The server received ("sr") the request; the start of the server span. */
const string SERVER_RECV = "sr"
/** A message producer sent ("ms") a message to a broker. */
const string MESSAGE_SEND = "ms"
/** A message consumer received ("mr") a message from a broker. */
const string MESSAGE_RECV = "mr"
/** The first byte of a request went onto the wire. */
const string WIRE_SEND = "ws"
/** The last byte of a request came off the wire. */
const string WIRE_RECV = "wr"
/** A fragment of a streamed request was sent. */
const string CLIENT_SEND_FRAGMENT = "csf"
/** A fragment of a streamed response was received. */
const string CLIENT_RECV_FRAGMENT = "crf"
/** A fragment of a streamed response was sent. */
const string SERVER_SEND_FRAGMENT = "ssf"
/** A fragment of a streamed request was received. */
const string SERVER_RECV_FRAGMENT = "srf"

//***** BinaryAnnotation.key ******

/** HTTP host header, e.g. "mybucket.s3.amazonaws.com". */
const string HTTP_HOST = "http.host"
/** HTTP method, e.g. "GET". */
const string HTTP_METHOD = "http.method"
/** Path of the request, without the query string. */
const string HTTP_PATH = "http.path"
/** Route template that matched the request, e.g. "/users/{id}". */
const string HTTP_ROUTE = "http.route"
/** Entire request URL. */
const string HTTP_URL = "http.url"
/** Response status code, when not 2xx. */
const string HTTP_STATUS_CODE = "http.status_code"
/** Request body size in bytes. */
const string HTTP_REQUEST_SIZE = "http.request.size"
/** Response body size in bytes. */
const string HTTP_RESPONSE_SIZE = "http.response.size"
/** Local component that produced an in-process span. */
const string LOCAL_COMPONENT = "lc"
/** Error message, present when the operation failed. */
const string ERROR = "error"

//***** BinaryAnnotation.key where value = [1] and annotation_type = BOOL ******

/** The remote client address, for spans recorded by a server. */
const string CLIENT_ADDR = "ca"
/** The remote server address, for spans recorded by a client. */
const string SERVER_ADDR = "sa"
/** The broker address, for messaging spans. */
const string MESSAGE_ADDR = "ma"

/** Every annotation value above, for validation. */
const set<string> CORE_ANNOTATIONS = [
  CLIENT_SEND, CLIENT_RECV, SERVER_SEND, SERVER_RECV,
  MESSAGE_SEND, MESSAGE_RECV, WIRE_SEND, WIRE_RECV,
]

/**
 * Network context of a node in the service graph.
 */
struct Endpoint {
  /** IPv4 host address packed into 4 bytes, e.g. 0xC0A80101 for 192.168.1.1. */
  1: i32 ipv4
  /** Port, 0 if unknown.  Stored in an i16, so values above 32767 wrap. */
  2: i16 port
  /** Lower-case service name, e.g. "memcache". */
  3: string service_name
  /** IPv6 host address packed into 16 bytes. */
  4: optional binary ipv6
}

/** Something that happened at one instant. */
struct Annotation {
  /** Microseconds since the epoch. */
  1: i64 timestamp
  /** Usually one of the constants above, e.g. "cs". */
  2: string value
  /** Host that recorded this annotation. */
  3: optional Endpoint host
  // 4: optional i32 duration -- removed, field id reserved
}

/** Type of a BinaryAnnotation's value. */
enum AnnotationType {
  BOOL = 0,
  BYTES = 1,
  I16 = 2,
  I32 = 3,
  I64 = 4,
  DOUBLE = 5,
  STRING = 6,
}

/** A key with a typed, binary-encoded value. */
struct BinaryAnnotation {
  1: string key,
  2: binary value,
  3: AnnotationType annotation_type = AnnotationType.STRING,
  4: optional Endpoint host
}

/** One RPC or local operation, identified within a trace. */
struct Span {
  1: i64 trace_id                   # low 64 bits of the trace id
  3: string name                    # span name, lower case
  4: i64 id                         # unique within the trace
  5: optional i64 parent_id         # absent for a root span
  6: list<Annotation> annotations
  8: list<BinaryAnnotation> binary_annotations
  9: optional bool debug = 0        # force sampling
  10: optional i64 timestamp        # microseconds
  11: optional i64 duration         # microseconds
  12: optional i64 trace_id_high    # high 64 bits, for 128-bit trace ids
}
