/**
 * A key-value store: the usual CRUD shape of a service, a typed NotFound error and a oneway call.
 */
namespace java io.parley.examples.kvstore
namespace py parley_examples.kvstore

/** Raised by get and delete when the key is absent; carries the key so callers can report it. */
exception NotFound {
  1: string key
}

/** What a put did, so that callers can tell an insert from an overwrite. */
enum PutResult {
  INSERTED = 1,
  REPLACED = 2
}

service KeyValueStore {
  /** The value under `key`. */
  binary get(1: string key) throws (1: NotFound notFound)

  /**
   * Stores `value` under `key`, replacing any previous value. (It is not called `set`: that is a
   * Thrift keyword, which may name fields but not methods.)
   */
  PutResult put(1: string key, 2: binary value)

  /** Removes `key`; a missing key is an error, so that typos do not go unnoticed. */
  void delete(1: string key) throws (1: NotFound notFound)

  /** Whether `key` is present. */
  bool exists(1: string key)

  /** Every key starting with `prefix`, sorted; at most `limit` of them. */
  list<string> keys(1: string prefix = "", 2: i32 limit = 1000)

  /** Fire and forget: the store drops every entry when it gets to it. */
  oneway void clear()
}
