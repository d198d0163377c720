/*
 * Exceptions for the note-taking service fixture.  Other files refer to
 * them as Errors.EDAMUserException etc.
 */

include "Types.thrift"

namespace java com.example.notes.edam.error
namespace py notes.edam.error
namespace cpp notes.edam
namespace rb Notes.EDAM.Error
namespace php EDAM.Error
namespace perl EDAMErrors
namespace js NotesErrors

/** Numeric reason codes carried by the exceptions below. */
enum EDAMErrorCode {
  /** Reason unknown. */
  UNKNOWN = 1,
  /** A value had the wrong format. */
  BAD_DATA_FORMAT = 2,
  /** The caller lacks the needed permission. */
  PERMISSION_DENIED = 3,
  /** Unexpected server problem. */
  INTERNAL_ERROR = 4,
  /** A required field was missing. */
  DATA_REQUIRED = 5,
  /** Too many objects of some kind. */
  LIMIT_REACHED = 6,
  /** Storage quota exceeded. */
  QUOTA_REACHED = 7,
  /** Authentication token is invalid. */
  INVALID_AUTH = 8,
  /** Authentication token has expired. */
  AUTH_EXPIRED = 9,
  /** A unique value was already taken. */
  DATA_CONFLICT = 10,
  /** The content markup failed validation. */
  ENML_VALIDATION = 11,
  /** The caller exceeded the call-rate limit. */
  RATE_LIMIT_REACHED = 19,
  /** The object was taken down and can no longer be read. */
  TAKEN_DOWN = 20
}

/**
 * Caller error: the request was not acceptable.  `parameter` names the
 * offending argument or field, e.g. "Note.title".
 */
exception EDAMUserException {
  /** Why the request was rejected. */
  1: required EDAMErrorCode errorCode,
  /** Offending parameter. */
  2: optional string parameter
}

/** Server-side failure not caused by the caller. */
exception EDAMSystemException {
  /** Reason code. */
  1: required EDAMErrorCode errorCode,
  /** Free-form message for logs. */
  2: optional string message,
  /** For RATE_LIMIT_REACHED: seconds until the caller may retry. */
  3: optional i32 rateLimitDuration
}

/**
 * A referenced object does not exist.  `identifier` names the kind of
 * reference (e.g. "Note.notebookGuid") and `key` the value that was not found.
 */
exception EDAMNotFoundException {
  /** Which reference could not be resolved. */
  1: optional string identifier,
  /** The value that was looked up. */
  2: optional string key
}

/** Some of the supplied contact addresses were rejected. */
exception EDAMInvalidContactsException {
  /** The contacts that could not be used. */
  1: required list<string> contacts,
  /** Optional detail. */
  2: optional string parameter
}

