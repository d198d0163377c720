# Zipkin v1 span model as vendored by the jaeger fixture (a trimmed, lower-case
# named copy; see ../zipkin for the full zipkin project).  Written from
# scratch for the test suite.
#
# Exercises: string constants, an enum whose values are wire-stable, i16
# ports, optional i64 fields, binary annotation values, a doc-commented
# service with a list argument, and `#`-style comments after fields.

namespace java com.example.zipkin.thriftjava
namespace py zipkin_thrift.zipkincore
namespace go zipkincore
namespace netstd Example.Zipkin.Thrift

/** Annotation values of the core RPC lifecycle. */
const string CLIENT_SEND = "cs"
const string CLIENT_RECV = "cr"
const string SERVER_SEND = "ss"
const string SERVER_RECV = "sr"
const string MESSAGE_SEND = "ms"
const string MESSAGE_RECV = "mr"
const string WIRE_SEND = "ws"
const string WIRE_RECV = "wr"
const string CLIENT_SEND_FRAGMENT = "csf"
const string CLIENT_RECV_FRAGMENT = "crf"
const string SERVER_SEND_FRAGMENT = "ssf"
const string SERVER_RECV_FRAGMENT = "srf"

/** Binary annotation keys. */
const string LOCAL_COMPONENT = "lc"
const string CLIENT_ADDR = "ca"
const string SERVER_ADDR = "sa"
const string MESSAGE_ADDR = "ma"

/** Network location of a service instance. */
struct Endpoint {
  1: i32 ipv4     # packed IPv4 address
  2: i16 port     # 0 if unknown
  3: string service_name
  4: optional binary ipv6
}

/** A timestamped event. */
struct Annotation {
  1: i64 timestamp    # microseconds since the epoch
  2: string value
  3: optional Endpoint host
}

/** Type of a binary annotation's value. */
enum AnnotationType { BOOL, BYTES, I16, I32, I64, DOUBLE, STRING }

/** A tagged key/value pair. */
struct BinaryAnnotation {
  1: string key,
  2: binary value,
  3: AnnotationType annotation_type,
  4: optional Endpoint host
}

struct Span {
  1: i64 trace_id
  3: string name
  4: i64 id
  5: optional i64 parent_id
  6: list<Annotation> annotations
  8: list<BinaryAnnotation> binary_annotations
  9: optional bool debug = 0
  10: optional i64 timestamp
  11: optional i64 duration
  12: optional i64 trace_id_high
}

struct Response {
  1: required bool ok
}

service ZipkinCollector {
  /** Accepts a batch of v1 spans. */
  list<Response> submitZipkinBatch(1: list<Span> spans)
}
