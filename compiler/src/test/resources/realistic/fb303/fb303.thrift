/*
 * Test fixture modelled on the classic fb303 "base service" IDL.
 *
 * fb303 defines a small status/administration interface that long-running
 * daemons expose next to their real API.  Other services extend it, so this
 * file is included by several other fixtures in this directory tree
 * (fb303/scribe.thrift, fb303/health_monitor.thrift, hive/hive_metastore.thrift).
 */

namespace java com.example.fb303
namespace cpp example.fb303
namespace py example.fb303
namespace perl Example.Fb303
namespace rb Example.Fb303
namespace netstd Example.Fb303
namespace go example.fb303

/**
 * Coarse lifecycle state of a daemon.
 */
enum fb_status {
  DEAD = 0,
  STARTING = 1,
  ALIVE = 2,
  STOPPING = 3,
  STOPPED = 4,
  WARNING = 5,
}

/** Counter name -> current value. */
typedef map<string, i64> CounterMap

/** Option name -> option value. */
typedef map<string, string> OptionMap

/** Seconds since the unix epoch. */
typedef i64 UnixTime

/**
 * Standard base service for daemons.
 */
service FacebookService {

  /**
   * Returns a descriptive name of the service.
   */
  string getName(),

  /**
   * Returns the version of the service.
   */
  string getVersion(),

  /**
   * Gets the status of this service.
   */
  fb_status getStatus(),

  /**
   * User friendly description of status, such as why the service is in
   * the dead or warning state, or what is being started or stopped.
   */
  string getStatusDetails(),

  /**
   * Gets the counters for this service.
   */
  CounterMap getCounters(),

  /**
   * Gets the value of a single counter.
   */
  i64 getCounter(1: string key),

  /**
   * Sets an option.
   */
  void setOption(1: string key, 2: string value),

  /**
   * Gets an option.
   */
  string getOption(1: string key),

  /**
   * Gets all options.
   */
  OptionMap getOptions(),

  /**
   * Returns a CPU profile over the given time interval (client and server
   * must agree on the profile format).
   */
  string getCpuProfile(1: i32 profileDurationInSec),

  /**
   * Returns the unix time that the server has been running since.
   */
  UnixTime aliveSince(),

  /**
   * Tell the server to reload its configuration, reopen log files, etc.
   */
  oneway void reinitialize(),

  /**
   * Suggest a shutdown to the server.
   */
  oneway void shutdown(),
}
