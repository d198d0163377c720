/*
 * Test fixture in the style of the Apache Aurora scheduler API.  Written
 * from scratch for the test suite.
 *
 * Exercises heavy use of constants: sets and lists of enum values written as
 * qualified enum references (ScheduleStatus.RUNNING), maps keyed by enum
 * values, constants that reference other constants, struct-valued and
 * union-valued constants written as map literals (including nested struct
 * literals and lists of struct literals), plus unions, enums with
 * non-sequential values, and a three-level service inheritance chain
 * (ReadOnlyScheduler <- AuroraSchedulerManager <- AuroraAdmin).
 */

namespace java com.example.aurora.gen
namespace py gen.example.aurora.api
namespace js ExampleAurora

// Bump when making client-visible changes.
const i32 THRIFT_API_VERSION = 3

/** Outcome of a call, carried in Response.responseCode. */
enum ResponseCode {
  INVALID_REQUEST = 0,
  OK              = 1,
  ERROR           = 2,
  WARNING         = 3,
  AUTH_FAILED     = 4,
  /** The request conflicted with an in-flight job update. */
  JOB_UPDATING_ERROR = 6,
  ERROR_TRANSIENT = 7,
}

/** Principal that owns a job. */
struct Identity {
  2: string user
}

/** Fully-qualified name of a job. */
struct JobKey {
  1: string role
  2: string environment
  3: string name
}

/** A contiguous range of integers, inclusive at both ends. */
struct Range {
  1: i32 first
  2: i32 last
}

/** A resource requested by a task.  Exactly one member is set. */
union Resource {
  1: double numCpus
  2: i64 ramMb
  3: i64 diskMb
  4: string namedPort
  5: i64 numGpus
}

/** Value-set constraint: attribute must (or must not) be one of the values. */
struct ValueConstraint {
  1: bool negated
  2: set<string> values
}

/** Limit constraint: at most `limit` tasks may share an attribute value. */
struct LimitConstraint {
  1: i32 limit
}

union TaskConstraint {
  1: ValueConstraint value
  2: LimitConstraint limit
}

struct Constraint {
  1: string name
  2: TaskConstraint constraint
}

/** Name/value pair passed through to the container runtime. */
struct DockerParameter {
  1: string name
  2: string value
}

struct MesosContainer {
  1: optional list<string> volumes
}

struct DockerContainer {
  1: string image
  2: optional list<DockerParameter> parameters
}

union Container {
  1: MesosContainer mesos
  2: DockerContainer docker
}

/** A blob fetched into the sandbox before the task starts. */
struct MesosFetcherURI {
  1: string value
  2: optional bool extract = true
  3: optional bool cache = false
}

/** Opaque configuration for the executor. */
struct ExecutorConfig {
  1: string name
  2: string data
}

/** Description of the tasks in a job. */
struct TaskConfig {
  28: JobKey job
  17: Identity owner
  7: bool isService
  11: i32 priority = 0
  13: i32 maxTaskFailures = 1
  18: optional bool production
  30: optional string tier
  32: set<Resource> resources
  20: set<Constraint> constraints
  22: set<string> requestedPorts = []
  33: optional set<MesosFetcherURI> mesosFetcherUris
  14: optional map<string, string> taskLinks
  16: optional string contactEmail
  25: optional ExecutorConfig executorConfig
  27: optional set<string> metadata
  29: optional Container container = {"mesos": {}}
}

struct ResourceAggregate {
  1: double numCpus
  2: i64 ramMb
  3: i64 diskMb
  4: set<Resource> resources
}

/** Cron collision policy. */
enum CronCollisionPolicy {
  KILL_EXISTING = 0,
  CANCEL_NEW    = 1,
  RUN_OVERLAP   = 2,
}

struct JobConfiguration {
  9: JobKey key
  7: Identity owner
  4: string cronSchedule
  5: CronCollisionPolicy cronCollisionPolicy = CronCollisionPolicy.KILL_EXISTING
  6: TaskConfig taskConfig
  8: i32 instanceCount
}

/** Lifecycle of a task.  Values are wire-stable, hence the gaps. */
enum ScheduleStatus {
  INIT             = 11,
  THROTTLED        = 16,
  PENDING          = 0,
  ASSIGNED         = 9,
  STARTING         = 1,
  RUNNING          = 2,
  FINISHED         = 3,
  PREEMPTING       = 13,
  RESTARTING       = 12,
  DRAINING         = 17,
  FAILED           = 4,
  KILLED           = 5,
  KILLING          = 6,
  LOST             = 7,
  PARTITIONED      = 18,
}

/** A status transition of a task. */
struct TaskEvent {
  1: i64 timestamp
  2: ScheduleStatus status
  3: optional string message
  4: optional string scheduler
}

struct AssignedTask {
  1: string taskId
  3: string slaveHost
  10: string slaveId
  4: TaskConfig task
  5: map<string, i32> assignedPorts
  6: i32 instanceId
}

struct ScheduledTask {
  1: AssignedTask assignedTask
  2: ScheduleStatus status
  3: i32 failureCount
  4: list<TaskEvent> taskEvents
  10: string ancestorId
}

/** Filter for task queries; unset members match everything. */
struct TaskQuery {
  14: string role
  9: string environment
  2: string jobName
  4: set<string> taskIds
  5: set<ScheduleStatus> statuses
  7: set<i32> instanceIds
  10: set<string> slaveHosts
  11: set<JobKey> jobKeys
  12: i32 offset
  13: i32 limit
}

enum MaintenanceMode {
  NONE      = 1,
  SCHEDULED = 2,
  DRAINING  = 3,
  DRAINED   = 4,
}

struct HostStatus {
  1: string host
  2: MaintenanceMode mode
}

struct Hosts {
  1: set<string> hostNames
}

/** Key of one instance of a job. */
struct InstanceKey {
  1: JobKey jobKey
  2: i32 instanceId
}

enum JobUpdateStatus {
  ROLLING_FORWARD = 0,
  ROLLING_BACK = 1,
  ROLL_FORWARD_PAUSED = 2,
  ROLL_BACK_PAUSED = 3,
  ROLLED_FORWARD = 4,
  ROLLED_BACK = 5,
  ABORTED = 6,
  ERROR = 7,
  FAILED = 8,
  ROLL_FORWARD_AWAITING_PULSE = 9,
  ROLL_BACK_AWAITING_PULSE = 10,
}

struct JobUpdateSettings {
  1: i32 updateGroupSize = 1
  2: i32 maxPerInstanceFailures = 0
  3: i32 maxFailedInstances = 0
  5: i32 minWaitInInstanceRunningMs = 30000
  6: bool rollbackOnFailure = true
  7: set<Range> updateOnlyTheseInstances
  8: bool waitForBatchCompletion
  9: optional i32 blockIfNoPulsesAfterMs
}

struct JobUpdateKey {
  1: JobKey job
  2: string id
}

struct JobUpdateRequest {
  1: TaskConfig taskConfig
  2: i32 instanceCount
  3: JobUpdateSettings settings
  4: optional map<string, string> metadata
}

struct JobUpdateQuery {
  2: string role
  3: JobUpdateKey key
  4: JobKey jobKey
  5: string user
  6: set<JobUpdateStatus> updateStatuses
  7: i32 offset
  8: i32 limit
}

struct ResponseDetail {
  1: string message
}

/** Union of every possible successful payload. */
union Result {
  1: list<ScheduledTask> scheduleStatusResult
  2: set<string> roleNames
  3: ResourceAggregate quota
  4: set<HostStatus> hostStatuses
  5: JobUpdateKey startJobUpdateResult
  6: list<JobConfiguration> jobConfigs
}

struct ServerInfo {
  1: string clusterName
  3: string statsUrlPrefix
}

struct Response {
  1: ResponseCode responseCode
  5: ServerInfo serverInfo
  3: optional Result result
  6: list<ResponseDetail> details
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/** States in which a task is still occupying (or about to occupy) resources. */
const set<ScheduleStatus> ACTIVE_STATES = [ScheduleStatus.ASSIGNED,
                                           ScheduleStatus.DRAINING,
                                           ScheduleStatus.KILLING,
                                           ScheduleStatus.PENDING,
                                           ScheduleStatus.PREEMPTING,
                                           ScheduleStatus.RESTARTING,
                                           ScheduleStatus.RUNNING,
                                           ScheduleStatus.STARTING,
                                           ScheduleStatus.THROTTLED]

const set<ScheduleStatus> LIVE_STATES = [ScheduleStatus.KILLING,
                                         ScheduleStatus.PREEMPTING,
                                         ScheduleStatus.RESTARTING,
                                         ScheduleStatus.DRAINING,
                                         ScheduleStatus.RUNNING]

/** Terminal states; a task never leaves them. */
const set<ScheduleStatus> TERMINAL_STATES = [ScheduleStatus.FAILED,
                                             ScheduleStatus.FINISHED,
                                             ScheduleStatus.KILLED,
                                             ScheduleStatus.LOST]

const set<JobUpdateStatus> ACTIVE_JOB_UPDATE_STATES = [JobUpdateStatus.ROLLING_FORWARD,
                                                       JobUpdateStatus.ROLLING_BACK,
                                                       JobUpdateStatus.ROLL_FORWARD_PAUSED,
                                                       JobUpdateStatus.ROLL_BACK_PAUSED,
                                                       JobUpdateStatus.ROLL_FORWARD_AWAITING_PULSE,
                                                       JobUpdateStatus.ROLL_BACK_AWAITING_PULSE]

/** Regular expression every role, environment and job name must match. */
const string GOOD_IDENTIFIER_PATTERN = "^[\\w\\-\\.]+$"
const string GOOD_IDENTIFIER_PATTERN_JVM = GOOD_IDENTIFIER_PATTERN

/** Name of the sandbox directory where a task filesystem image is mounted. */
const string TASK_FILESYSTEM_MOUNT_POINT = "taskfs"

/** Human-readable labels per status; keys are enum references. */
const map<ScheduleStatus, string> STATUS_LABELS = {
  ScheduleStatus.PENDING: "pending",
  ScheduleStatus.RUNNING: "running",
  ScheduleStatus.FINISHED: "finished",
  ScheduleStatus.FAILED: "failed",
  ScheduleStatus.KILLED: "killed",
  ScheduleStatus.LOST: "lost",
}

/** Struct-valued constant written as a map literal. */
const ResourceAggregate EMPTY_QUOTA = {
  "numCpus": 0.0,
  "ramMb": 0,
  "diskMb": 0,
  "resources": [],
}

/** Union-valued constants: exactly one member named in the literal. */
const Resource ONE_CPU = {"numCpus": 1.0}
const Resource HTTP_PORT = {"namedPort": "http"}

/** Nested struct literal with a set of union literals inside. */
const ResourceAggregate SMALL_TASK_QUOTA = {
  "numCpus": 0.25,
  "ramMb": 128,
  "diskMb": 256,
  "resources": [{"numCpus": 0.25}, {"ramMb": 128}, {"diskMb": 256}],
}

const JobUpdateSettings DEFAULT_UPDATE_SETTINGS = {
  "updateGroupSize": 1,
  "maxPerInstanceFailures": 0,
  "maxFailedInstances": 0,
  "minWaitInInstanceRunningMs": 45000,
  "rollbackOnFailure": true,
  "updateOnlyTheseInstances": [{"first": 0, "last": 9}, {"first": 20, "last": 29}],
  "waitForBatchCompletion": false,
}

/** List of struct literals containing nested union literals. */
const list<Constraint> DEFAULT_CONSTRAINTS = [
  {"name": "host", "constraint": {"limit": {"limit": 1}}},
  {"name": "rack", "constraint": {"limit": {"limit": 2}}},
  {"name": "dedicated", "constraint": {"value": {"negated": true, "values": ["*/*"]}}},
]

const TaskQuery ACTIVE_TASKS_QUERY = {
  "statuses": ACTIVE_STATES,
}

// ---------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------

/** Calls that never change scheduler state. */
service ReadOnlyScheduler {
  Response getRoleSummary()
  Response getJobSummary(1: string role)
  Response getTasksStatus(1: TaskQuery query)
  Response getPendingReason(1: TaskQuery query)
  Response getConfigSummary(1: JobKey job)
  Response getJobs(1: string ownerRole)
  Response getQuota(1: string ownerRole)
  Response populateJobConfig(1: JobConfiguration description)
  Response getJobUpdateSummaries(1: JobUpdateQuery jobUpdateQuery)
  Response getJobUpdateDetails(1: JobUpdateQuery query)
  Response getJobUpdateDiff(1: JobUpdateRequest request)
}

/** Calls available to job owners. */
service AuroraSchedulerManager extends ReadOnlyScheduler {
  Response createJob(1: JobConfiguration description)
  Response scheduleCronJob(1: JobConfiguration description)
  Response descheduleCronJob(4: JobKey job)
  Response startCronJob(4: JobKey job)
  Response restartShards(5: JobKey job, 3: set<i32> shardIds)
  Response killTasks(4: JobKey job, 5: set<i32> instances, 6: string message)
  Response addInstances(1: InstanceKey key, 2: i32 count)
  Response replaceCronTemplate(1: JobConfiguration config)
  Response startJobUpdate(1: JobUpdateRequest request, 3: string message)
  Response pauseJobUpdate(1: JobUpdateKey key, 3: string message)
  Response resumeJobUpdate(1: JobUpdateKey key, 3: string message)
  Response abortJobUpdate(1: JobUpdateKey key, 3: string message)
  Response rollbackJobUpdate(2: JobUpdateKey key, 3: string message)
  Response pulseJobUpdate(1: JobUpdateKey key)
}

/** Operator-only calls. */
service AuroraAdmin extends AuroraSchedulerManager {
  Response setQuota(1: string ownerRole, 2: ResourceAggregate quota)
  Response forceTaskState(1: string taskId, 2: ScheduleStatus status)
  Response performBackup()
  Response stageRecovery(1: string backupId)
  Response queryRecovery(1: TaskQuery query)
  Response deleteRecoveryTasks(1: TaskQuery query)
  Response commitRecovery()
  Response startMaintenance(1: Hosts hosts)
  Response drainHosts(1: Hosts hosts)
  Response maintenanceStatus(1: Hosts hosts)
  Response endMaintenance(1: Hosts hosts)
  Response triggerExplicitTaskReconciliation(1: i32 batchSize = 1000)
  Response pruneTasks(1: TaskQuery query)
}
