// Span ingestion for the zipkin fixture.  The collector speaks a scribe-like
// protocol: spans arrive base64-encoded in log entries.  The collector
// service also stores dependency aggregates computed offline.

include "zipkinCore.thrift"
include "zipkinDependencies.thrift"

namespace java com.example.zipkin.gen.collector
namespace rb Example.Zipkin
namespace py zipkin.collector
namespace cpp example.zipkin.collector

enum ResultCode {
  OK,
  TRY_LATER
}

struct LogEntry {
  1: string category,
  2: string message
}

exception AdjustableRateException {
  1: string msg
}

exception StoreAggregatesException {
  1: string msg
}

const string SPAN_CATEGORY = "zipkin"
const double DEFAULT_SAMPLE_RATE = 1.0
const double MIN_SAMPLE_RATE = 1e-4

service ZipkinCollector {
  ResultCode Log(1: list<LogEntry> messages);

  /** Store aggregated dependencies computed from spans. */
  void storeDependencies(1: zipkinDependencies.Dependencies dependencies)
    throws (1: StoreAggregatesException e);

  /** Store the spans directly, bypassing scribe encoding. */
  void storeSpans(1: list<zipkinCore.Span> spans) throws (1: StoreAggregatesException e);

  double getSampleRate() throws (1: AdjustableRateException qe);

  void setSampleRate(1: double sample_rate = DEFAULT_SAMPLE_RATE) throws (1: AdjustableRateException qe);
}
