/*
 * Replicated-log storage format for the aurora fixture: every scheduler
 * state change is written as an Op inside a Transaction.  Written from
 * scratch for the test suite.
 *
 * Exercises: include + qualified references (api.TaskConfig), union of
 * structs used as a log record, binary payloads, constants of included enum
 * types with qualified enum values (api.ScheduleStatus.RUNNING), maps keyed
 * by included-enum values, struct constants with nested struct literals of
 * included types, and a union constant.
 */

include "api.thrift"

namespace java com.example.aurora.gen.storage
namespace py gen.example.aurora.storage

// Ops that can be written to the log.

struct SaveFrameworkId {
  1: string id
}

struct SaveCronJob {
  2: api.JobConfiguration jobConfig
}

struct RemoveJob {
  2: api.JobKey jobKey
}

struct SaveTasks {
  1: set<api.ScheduledTask> tasks
}

struct RemoveTasks {
  1: set<string> taskIds
}

struct SaveQuota {
  1: string role
  2: api.ResourceAggregate quota
}

struct RemoveQuota {
  1: string role
}

struct SaveHostMaintenance {
  1: string host
  2: api.MaintenanceMode mode = api.MaintenanceMode.NONE
}

struct SaveJobUpdate {
  1: api.JobUpdateKey key
  2: api.JobUpdateRequest request
  3: api.JobUpdateStatus status = api.JobUpdateStatus.ROLLING_FORWARD
}

struct SaveJobUpdateEvent {
  1: api.JobUpdateKey key
  2: api.JobUpdateStatus status
  3: i64 timestampMs
  4: optional string user
  5: optional string message
}

union Op {
  1: SaveFrameworkId saveFrameworkId
  2: SaveCronJob saveCronJob
  5: RemoveJob removeJob
  6: SaveTasks saveTasks
  8: RemoveTasks removeTasks
  9: SaveQuota saveQuota
  10: RemoveQuota removeQuota
  11: SaveHostMaintenance saveHostMaintenance
  12: SaveJobUpdate saveJobUpdate
  13: SaveJobUpdateEvent saveJobUpdateEvent
}

/** A batch of ops applied atomically. */
struct Transaction {
  1: list<Op> ops
  2: i32 schemaVersion = 1
}

struct StoredCronJob {
  3: api.JobConfiguration jobConfiguration
}

/** A full point-in-time dump of the scheduler's stores. */
struct Snapshot {
  1: i64 timestamp
  3: set<api.ScheduledTask> tasks
  5: set<StoredCronJob> cronJobs
  6: string frameworkId
  7: map<string, api.ResourceAggregate> quotaConfigurations
  8: optional list<binary> experimentalBlobs
}

/** A large entry split into frames: a header, then its chunks. */
struct FrameHeader {
  1: i32 chunkCount
  2: binary checksum
}

struct FrameChunk {
  1: binary data
}

union Frame {
  1: FrameHeader header
  2: FrameChunk chunk
}

/** One record in the replicated log. */
union LogEntry {
  1: Snapshot snapshot
  2: Transaction transaction
  3: i32 noop
  4: Frame frame
  5: binary deflatedEntry
}

const i32 CURRENT_SCHEMA_VERSION = 1

/** Statuses for which tasks are kept in snapshots (qualified enum refs). */
const set<api.ScheduleStatus> SNAPSHOT_STATES = [
  api.ScheduleStatus.PENDING,
  api.ScheduleStatus.RUNNING,
  api.ScheduleStatus.KILLING,
]

const map<api.ResponseCode, string> RESPONSE_CODE_NAMES = {
  api.ResponseCode.OK: "ok",
  api.ResponseCode.ERROR: "error",
  api.ResponseCode.WARNING: "warning",
}

const SaveQuota ZERO_QUOTA_FOR_ROOT = {"role": "root", "quota": {"numCpus": 0.0, "ramMb": 0, "diskMb": 0}}

const Transaction EMPTY_TRANSACTION = {"ops": [], "schemaVersion": CURRENT_SCHEMA_VERSION}

const LogEntry NOOP_ENTRY = {"noop": 0}
