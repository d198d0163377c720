// The historic Zipkin query service: look traces up by service, span name,
// annotation or time.  Written from scratch for the test suite.
//
// Exercises: two includes, qualified types from both (zipkinCore.Span,
// zipkinDependencies.Dependencies), an enum whose first value is not 0, set
// and map members, optional members with list defaults, a struct default
// value written as a map literal, `// comments` inside argument lists,
// function arguments with defaults, and a long service where every method
// throws the same exception.

include "zipkinCore.thrift"
include "zipkinDependencies.thrift"

namespace java com.example.zipkin.gen
namespace rb Example.Zipkin
namespace py zipkin.query
namespace cpp example.zipkin.query

exception QueryException {
  1: string msg
}

/** Sort order for trace ids. */
enum Order {
  TIMESTAMP_DESC = 1,
  TIMESTAMP_ASC = 2,
  DURATION_ASC = 3,
  DURATION_DESC = 4,
  NONE = 5
}

/** Transformations the server may apply to a trace before returning it. */
enum Adjust {
  NOTHING = 0,
  TIME_SKEW = 1
}

/** A trace: every span that shares a trace id. */
struct Trace {
  1: list<zipkinCore.Span> spans
}

/** Counts of spans for one trace, keyed by service name. */
struct TraceSummary {
  1: i64 trace_id
  2: i64 start_timestamp
  3: i64 end_timestamp
  4: i32 duration_micro
  5: map<string, i32> service_counts = {}
  6: list<zipkinCore.Endpoint> endpoints
}

/** One annotation on a timeline. */
struct TimelineAnnotation {
  1: i64 timestamp
  2: string value
  3: zipkinCore.Endpoint host
  4: i64 span_id
  5: optional i64 parent_id
  6: string service_name
  7: string span_name
}

struct TraceTimeline {
  1: i64 trace_id
  2: i64 root_most_span_id
  6: list<TimelineAnnotation> annotations
  7: list<zipkinCore.BinaryAnnotation> binary_annotations
}

/** Everything the UI needs for one trace. */
struct TraceCombo {
  1: Trace trace
  2: optional TraceSummary summary
  3: optional TraceTimeline timeline
  4: optional map<i64, i32> span_depths
}

/** Search criteria; unset members do not constrain the result. */
struct QueryRequest {
  1: string service_name
  2: optional string span_name
  3: optional list<string> annotations = []
  4: optional list<zipkinCore.BinaryAnnotation> binary_annotations
  5: i64 end_ts
  6: i32 limit = 10
  7: Order order = Order.DURATION_DESC
  8: optional i64 min_duration
  9: optional i64 max_duration
}

struct QueryResponse {
  1: list<i64> trace_ids
  2: i64 start_ts
  3: i64 end_ts
}

/** Default request used by the UI's landing page. */
const QueryRequest LANDING_PAGE_QUERY = {
  "service_name": "",
  "annotations": [],
  "end_ts": 0,
  "limit": 10,
  "order": Order.TIMESTAMP_DESC,
}

const i32 MAX_LIMIT = 1000
const i64 DEFAULT_LOOKBACK_MICROS = 86400000

service ZipkinQuery {

  QueryResponse getTraceIds(1: QueryRequest request) throws (1: QueryException qe);

  list<i64> getTraceIdsBySpanName(1: string service_name, 2: string span_name,
    4: i64 end_ts, 5: i32 limit = 100, 6: Order order = Order.TIMESTAMP_DESC)  // id 3 skipped
    throws (1: QueryException qe);

  list<i64> getTraceIdsByServiceName(1: string service_name,
    3: i64 end_ts, 4: i32 limit, 5: Order order) throws (1: QueryException qe);

  list<i64> getTraceIdsByAnnotation(1: string service_name, 2: string annotation, 3: binary value,
    5: i64 end_ts, 6: i32 limit, 7: Order order) throws (1: QueryException qe);

  set<i64> tracesExist(1: list<i64> trace_ids) throws (1: QueryException qe);

  list<Trace> getTracesByIds(1: list<i64> trace_ids, 2: list<Adjust> adjust)
    throws (1: QueryException qe);

  list<TraceTimeline> getTraceTimelinesByIds(1: list<i64> trace_ids, 2: list<Adjust> adjust)
    throws (1: QueryException qe);

  list<TraceSummary> getTraceSummariesByIds(1: list<i64> trace_ids, 2: list<Adjust> adjust)
    throws (1: QueryException qe);

  list<TraceCombo> getTraceCombosByIds(1: list<i64> trace_ids, 2: list<Adjust> adjust)
    throws (1: QueryException qe);

  set<string> getServiceNames() throws (1: QueryException qe);

  set<string> getSpanNames(1: string service_name) throws (1: QueryException qe);

  //************** System related calls **************

  void setTraceTimeToLive(1: i64 trace_id, 2: i32 ttl_seconds) throws (1: QueryException qe);

  i32 getTraceTimeToLive(1: i64 trace_id) throws (1: QueryException qe);

  i32 getDataTimeToLive() throws (1: QueryException qe);

  zipkinDependencies.Dependencies getDependencies(
    1: i64 start_time,   // microseconds, inclusive
    2: i64 end_time      // microseconds, exclusive
  ) throws (1: QueryException qe);

  list<string> getTopAnnotations(1: string service_name) throws (1: QueryException qe);

  list<string> getTopKeyValueAnnotations(1: string service_name) throws (1: QueryException qe);

  /** Fire-and-forget hint that a trace was viewed in the UI. */
  oneway void traceViewed(1: i64 trace_id);
}
