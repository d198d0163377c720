# Test fixture modelled on the Jaeger tracing data model (jaeger.thrift).
# Written from scratch for the test suite.
#
# Exercises: a tagged-value struct whose type is an enum plus one optional
# member per type, required/optional mixing, i64 ids split into low/high
# halves, binary values, and a service with a list-in/list-out method.

namespace cpp example.jaegertracing.thrift
namespace java com.example.jaegertracing.thriftjava
namespace php Example.Jaeger.Thrift
namespace netstd Example.Jaeger.Thrift
namespace lua jaeger
namespace rb Example.Jaeger.Thrift
namespace go jaeger

# Which of Tag's value members is populated.
enum TagType { STRING, DOUBLE, BOOL, LONG, BINARY }

# A key with exactly one typed value.
struct Tag {
  1: required string  key
  2: required TagType vType
  3: optional string  vStr
  4: optional double  vDouble
  5: optional bool    vBool
  6: optional i64     vLong
  7: optional binary  vBinary
}

# A timestamped set of fields attached to a span.
struct Log {
  1: required i64       timestamp
  2: required list<Tag> fields
}

enum SpanRefType { CHILD_OF, FOLLOWS_FROM }

# Causal link from one span to another.
struct SpanRef {
  1: required SpanRefType refType
  2: required i64         traceIdLow
  3: required i64         traceIdHigh
  4: required i64         spanId
}

# One timed operation.
struct Span {
  1:  required i64           traceIdLow   # low 64 bits of the 128-bit trace id
  2:  required i64           traceIdHigh  # high 64 bits, 0 for 64-bit ids
  3:  required i64           spanId       # unique within the trace
  4:  required i64           parentSpanId # 0 for a root span
  5:  required string        operationName
  6:  optional list<SpanRef> references   # links besides the parent
  7:  required i32           flags        # bit 1 = sampled, bit 2 = debug
  8:  required i64           startTime    # microseconds since the epoch
  9:  required i64           duration     # microseconds
  10: optional list<Tag>     tags
  11: optional list<Log>     logs
}

# The emitting service and its tags (hostname, client version, ...).
struct Process {
  1: required string    serviceName
  2: optional list<Tag> tags
}

# Client-side drop counters, reported with each batch.
struct ClientStats {
  1: required i64 fullQueueDroppedSpans
  2: required i64 tooLargeDroppedSpans
  3: required i64 failedToEmitSpans
}

# Spans from one process, sent together.
struct Batch {
  1: required Process       process
  2: required list<Span>    spans
  3: optional i64           seqNo
  4: optional ClientStats   stats
}

struct BatchSubmitResponse {
  1: required bool ok
}

service Collector {
  list<BatchSubmitResponse> submitBatches(1: list<Batch> batches)
}
