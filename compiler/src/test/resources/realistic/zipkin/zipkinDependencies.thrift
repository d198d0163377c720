// Aggregated call counts between services, computed from spans.

namespace java com.example.zipkin.thriftjava.deps
namespace rb Example.Zipkin
namespace py zipkin.dependencies
namespace cpp example.zipkin

/** Calls from one service to another in a time window. */
struct DependencyLink {
  /** Caller's service name. */
  1: string parent
  /** Callee's service name. */
  2: string child
  # 3: Moments duration_moments -- removed, field id reserved
  /** Number of calls observed. */
  4: i64 callCount
  /** Number of those calls that had an error. */
  5: optional i64 errorCount = 0
}

/** All links in a time window. */
struct Dependencies {
  /** Start of the window, microseconds since the epoch. */
  1: i64 start_ts
  /** End of the window, microseconds since the epoch. */
  2: i64 end_ts
  /** The links. */
  3: list<DependencyLink> links
}
