/*
 * A second level of inheritance across files: HealthMonitor extends scribe,
 * which itself extends fb303.FacebookService.  Also references types from
 * both included files by their qualified names.
 */

include "fb303.thrift"
include "scribe.thrift"

namespace java com.example.health
namespace py example.health

/** Severity of a health-check finding. */
enum Severity {
  INFO = 1,
  WARN = 2,
  CRITICAL = 3,
}

struct CheckResult {
  1: required string checkName,
  2: required Severity severity = Severity.INFO,
  3: optional string details,
  4: optional fb303.fb_status reportedStatus = fb303.fb_status.ALIVE,
  5: optional fb303.UnixTime checkedAt,
  6: optional fb303.CounterMap counters = {},
}

struct HealthReport {
  1: required string host,
  2: required i32 port,
  3: list<CheckResult> results = [],
  4: optional list<scribe.CategoryStats> categoryStats,
}

exception HealthCheckFailed {
  1: string message,
  2: optional list<CheckResult> failedChecks,
}

const Severity DEFAULT_ALERT_SEVERITY = Severity.WARN
const list<string> BUILTIN_CHECKS = ["disk", "memory", "scribe_queue", "fb303_status"]

service HealthMonitor extends scribe.scribe {
  HealthReport runChecks(1: list<string> checkNames) throws (1: HealthCheckFailed failure),
  CheckResult runCheck(1: string checkName) throws (1: HealthCheckFailed failure),
  map<string, Severity> lastSeverities(),
  oneway void resetCounters(1: set<string> counterNames),
}
