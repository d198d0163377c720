/*
 * Core data types for the note-taking service fixture, in the style of the
 * Evernote EDAM API.  Written from scratch for the test suite.
 *
 * Every definition, field and enum value carries a doc comment (field docs
 * are written on the same line, in front of the field id), and the file
 * defines typedef chains (DefaultNotebookGuid -> NotebookGuid -> Guid ->
 * string) that the other files in this folder use through qualified names
 * such as Types.Guid.
 */

namespace java com.example.notes.edam.type
namespace py notes.edam.type
namespace cpp notes.edam
namespace rb Notes.EDAM.Type
namespace php EDAM.Types
namespace perl EDAMTypes
namespace js NotesTypes

/**
 * Every object is identified by a globally unique identifier in the
 * canonical 8-4-4-4-12 hexadecimal text form.
 */
typedef string Guid

/** Milliseconds since the epoch, UTC. */
typedef i64 Timestamp

/** Numeric account identifier. */
typedef i32 UserID

/** Sequence number of a change in an account's update stream. */
typedef i32 USN

/** A typedef of a typedef: the identifier of a notebook. */
typedef Guid NotebookGuid

/** Three levels deep: the notebook new notes go to by default. */
typedef NotebookGuid DefaultNotebookGuid

/** Timestamp of the last modification; chained through Timestamp. */
typedef Timestamp ModifiedTime

/** Hex-encoded MD5 of a resource body. */
typedef binary BodyHash

/** Privilege level of an account. */
enum PrivilegeLevel {
  /** An ordinary user. */
  NORMAL = 1,
  /** A paying user. */
  PREMIUM = 3,
  /** Staff allowed to change other accounts. */
  MANAGER = 7,
  /** Full administrative access. */
  ADMIN = 9
}

/** Service level of an account. */
enum ServiceLevel {
  /** Free tier. */
  BASIC = 1,
  /** Mid tier. */
  PLUS = 2,
  /** Top tier. */
  PREMIUM = 3
}

/** Sort order for note queries. */
enum NoteSortOrder {
  /** By creation time. */
  CREATED = 1,
  /** By last update time. */
  UPDATED = 2,
  /** By relevance to the search words. */
  RELEVANCE = 3,
  /** By update sequence number. */
  UPDATE_SEQUENCE_NUMBER = 4,
  /** By title. */
  TITLE = 5
}

/** Kind of query stored in a saved search. */
enum QueryFormat {
  /** The service's own search grammar. */
  USER = 1,
  /** An s-expression query. */
  SEXP = 2
}

/**
 * Bytes plus their length and hash.  Used for resource bodies and
 * recognition data.
 */
struct Data {
  /** MD5 of the body. */ 1: optional BodyHash bodyHash,
  /** Body length in bytes. */ 2: optional i32 size,
  /** The bytes themselves; omitted when only metadata was requested. */ 3: optional binary body
}

/** A user account. */
struct User {
  /** Numeric identifier. */ 1: optional UserID id,
  /** Login name. */ 2: optional string username,
  /** Contact address. */ 3: optional string email,
  /** Display name. */ 4: optional string name,
  /** IANA time zone name. */ 6: optional string timezone,
  /** Privilege level. */ 7: optional PrivilegeLevel privilege = PrivilegeLevel.NORMAL,
  /** Service level. */ 21: optional ServiceLevel serviceLevel,
  /** Creation time. */ 9: optional Timestamp created,
  /** Last update time. */ 10: optional ModifiedTime updated,
  /** Deletion time, if the account is closed. */ 11: optional Timestamp deleted,
  /** False once the account is deactivated. */ 13: optional bool active = true
}

/** A label that can be attached to notes. */
struct Tag {
  /** Identifier. */ 1: optional Guid guid,
  /** Name, unique per account (case-insensitive). */ 2: optional string name,
  /** Parent tag, for hierarchical tags. */ 3: optional Guid parentGuid,
  /** Sequence number of the last change. */ 4: optional USN updateSequenceNum
}

/** An attachment (image, PDF, audio...) embedded in a note. */
struct Resource {
  /** Identifier. */ 1: optional Guid guid,
  /** Owning note. */ 2: optional Guid noteGuid,
  /** Content. */ 3: optional Data data,
  /** MIME type, e.g. "image/png". */ 4: optional string mime,
  /** False if the resource is soft-deleted. */ 8: optional bool active,
  /** Sequence number of the last change. */ 12: optional USN updateSequenceNum
}

/** Extra attributes of a note. */
struct NoteAttributes {
  /** When the event described by the note took place. */ 1: optional Timestamp subjectDate,
  /** Latitude. */ 10: optional double latitude,
  /** Longitude. */ 11: optional double longitude,
  /** Author name. */ 13: optional string author,
  /** How the note was created, e.g. "mobile.android". */ 14: optional string source,
  /** Web page the note was clipped from. */ 15: optional string sourceURL
}

/** A note. */
struct Note {
  /** Identifier. */ 1: optional Guid guid,
  /** Title. */ 2: optional string title,
  /** Body in the service's XML markup. */ 3: optional string content,
  /** Creation time. */ 6: optional Timestamp created,
  /** Last update time. */ 7: optional ModifiedTime updated,
  /** Deletion time, if in the trash. */ 8: optional Timestamp deleted,
  /** False if in the trash. */ 9: optional bool active = true,
  /** Sequence number of the last change. */ 10: optional USN updateSequenceNum,
  /** Containing notebook. */ 11: optional NotebookGuid notebookGuid,
  /** Attached tags. */ 12: optional list<Guid> tagGuids,
  /** Attachments. */ 13: optional list<Resource> resources,
  /** Extra attributes. */ 14: optional NoteAttributes attributes,
  /** Tag names, for creating tags by name. */ 15: optional list<string> tagNames
}

/** A notebook. */
struct Notebook {
  /** Identifier. */ 1: optional NotebookGuid guid,
  /** Name, unique per account. */ 2: optional string name,
  /** Sequence number of the last change. */ 5: optional USN updateSequenceNum,
  /** True for the account's default notebook. */ 6: optional bool defaultNotebook,
  /** Creation time. */ 7: optional Timestamp serviceCreated,
  /** Last update time. */ 8: optional ModifiedTime serviceUpdated,
}

/** A named, stored query. */
struct SavedSearch {
  /** Identifier. */ 1: optional Guid guid,
  /** Name. */ 2: optional string name,
  /** The query string. */ 3: optional string query,
  /** Query grammar. */ 4: optional QueryFormat format = QueryFormat.USER,
  /** Sequence number of the last change. */ 5: optional USN updateSequenceNum
}

/** Length, in characters, of a Guid's text form. */
const i32 GUID_LENGTH = 36
