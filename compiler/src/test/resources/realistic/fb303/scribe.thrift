/*
 * Test fixture modelled on the old scribe log-aggregation service: a service
 * in one file that extends the fb303 base service defined in another file.
 */

include "fb303.thrift"

namespace java com.example.scribe
namespace cpp example.scribe
namespace py example.scribe
namespace perl Example.Scribe
namespace rb Example.Scribe

/** Result of a Log() call. */
enum ResultCode {
  OK = 0,
  TRY_LATER = 1,
}

/** A single log line destined for a category. */
struct LogEntry {
  1: string category,
  2: string message,
}

/** Per-category throughput statistics reported by the server. */
struct CategoryStats {
  1: required string category,
  2: optional i64 messagesReceived = 0,
  3: optional i64 messagesDropped = 0,
  4: optional double avgMessageBytes = 0.0,
  5: optional fb303.UnixTime lastMessageAt,
}

const string DEFAULT_CATEGORY = "default"
const i32 MAX_BATCH_SIZE = 10000

/**
 * Scribe extends fb303.FacebookService, so every scribe server also answers
 * the fb303 status calls.
 */
service scribe extends fb303.FacebookService {
  /** Submit a batch of log entries. */
  ResultCode Log(1: list<LogEntry> messages);

  /** Per-category statistics since the server started. */
  list<CategoryStats> getCategoryStats();

  /** Flush buffered messages for one category. */
  oneway void flushCategory(1: string category);
}
