/*
 * Content service of the note-taking fixture: synchronisation, notebooks,
 * notes, tags and searches.  Includes all three other files and refers to
 * their definitions by qualified name (Types.Note, Errors.EDAMUserException,
 * UserStore.PublicUserInfo); defines typedefs of included typedefs
 * (a cross-file typedef chain) and uses them as argument and field types.
 */

include "Types.thrift"
include "Errors.thrift"
include "UserStore.thrift"

namespace java com.example.notes.edam.notestore
namespace py notes.edam.notestore
namespace cpp notes.edam
namespace rb Notes.EDAM.NoteStore
namespace php EDAM.NoteStore
namespace perl EDAMNoteStore
namespace js NotesNoteStore

/** Cross-file typedef chain: NoteGuid -> Types.Guid -> string. */
typedef Types.Guid NoteGuid

/** And one more level: the note a conflict copy was made from. */
typedef NoteGuid ConflictSourceGuid

/** Typedef of an included typedef that is itself a typedef. */
typedef Types.DefaultNotebookGuid TargetNotebookGuid

/** Selects which kinds of object a sync chunk contains. */
struct SyncChunkFilter {
  /** Include notes. */ 1: optional bool includeNotes = true,
  /** Include resources inside notes. */ 2: optional bool includeNoteResources,
  /** Include note attributes. */ 3: optional bool includeNoteAttributes,
  /** Include notebooks. */ 4: optional bool includeNotebooks = true,
  /** Include tags. */ 5: optional bool includeTags = true,
  /** Include saved searches. */ 6: optional bool includeSearches,
  /** Include expunged object ids. */ 8: optional bool includeExpunged,
  /** Only objects in this notebook. */ 15: optional TargetNotebookGuid notebookGuid
}

/** A block of changed objects, in sequence-number order. */
struct SyncChunk {
  /** Server time. */ 1: required Types.Timestamp currentTime,
  /** Highest sequence number in this chunk. */ 2: optional i32 chunkHighUSN,
  /** Highest sequence number in the account. */ 3: required i32 updateCount,
  /** Changed notes. */ 4: optional list<Types.Note> notes,
  /** Changed notebooks. */ 5: optional list<Types.Notebook> notebooks,
  /** Changed tags. */ 6: optional list<Types.Tag> tags,
  /** Changed searches. */ 7: optional list<Types.SavedSearch> searches,
  /** Changed resources. */ 8: optional list<Types.Resource> resources,
  /** Ids of permanently deleted notes. */ 9: optional list<NoteGuid> expungedNotes,
  /** Ids of permanently deleted notebooks. */ 10: optional list<Types.NotebookGuid> expungedNotebooks,
  /** Ids of permanently deleted tags. */ 11: optional list<Types.Guid> expungedTags
}

/** Criteria for findNotesMetadata. */
struct NoteFilter {
  /** Sort key. */ 1: optional i32 order = 2,
  /** Sort ascending. */ 2: optional bool ascending = false,
  /** Search grammar query. */ 3: optional string words,
  /** Restrict to one notebook. */ 4: optional TargetNotebookGuid notebookGuid,
  /** Restrict to notes carrying all of these tags. */ 5: optional list<Types.Guid> tagGuids,
  /** Time zone for relative dates in `words`. */ 6: optional string timeZone,
  /** Search the trash instead of live notes. */ 7: optional bool inactive = false,
  /** Emphasize matches of these words in results. */ 8: optional string emphasized
}

/** The parts of a note findNotesMetadata returns. */
struct NoteMetadata {
  /** Identifier. */ 1: required NoteGuid guid,
  /** Title. */ 2: optional string title,
  /** Content length. */ 5: optional i32 contentLength,
  /** Creation time. */ 6: optional Types.Timestamp created,
  /** Last update time. */ 7: optional Types.ModifiedTime updated,
  /** Sequence number of the last change. */ 10: optional Types.USN updateSequenceNum,
  /** Notebook. */ 11: optional Types.NotebookGuid notebookGuid,
  /** Tags. */ 12: optional list<Types.Guid> tagGuids,
  /** Attributes. */ 14: optional Types.NoteAttributes attributes
}

/** One page of findNotesMetadata results. */
struct NotesMetadataList {
  /** Index of the first result in this page. */ 1: required i32 startIndex,
  /** Total number of matches. */ 2: required i32 totalNotes,
  /** This page of results. */ 3: required list<NoteMetadata> notes,
  /** Words that did not match anything. */ 4: optional list<string> stoppedWords,
  /** Search terms echoed back. */ 5: optional list<string> searchedWords,
  /** Account update count at query time. */ 6: optional i32 updateCount,
  /** Matches per notebook (typedef-keyed map). */ 7: optional map<Types.NotebookGuid, i32> notebookCounts
}

/** Information about a conflict copy created during sync. */
struct NoteConflict {
  /** The copy. */ 1: required NoteGuid copyGuid,
  /** The note it was copied from. */ 2: required ConflictSourceGuid sourceGuid,
  /** Who made the conflicting change. */ 3: optional UserStore.PublicUserInfo modifiedBy
}

/**
 * Content service.  Every call takes an authentication token first and
 * declares the three standard exceptions unless noted otherwise.
 */
service NoteStore {


  /**
   * Changed objects after afterUSN, at most maxEntries of them.
   */
  SyncChunk getFilteredSyncChunk(1: string authenticationToken,
                                 2: i32 afterUSN,
                                 3: i32 maxEntries,
                                 4: SyncChunkFilter filter)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),

  /** Every notebook in the account. */
  list<Types.Notebook> listNotebooks(1: string authenticationToken)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),

  /** One notebook. */
  Types.Notebook getNotebook(1: string authenticationToken, 2: Types.NotebookGuid guid)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),


  /** Create a notebook; returns it with server-assigned fields filled in. */
  Types.Notebook createNotebook(1: string authenticationToken, 2: Types.Notebook notebook)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),


  /** Every tag in the account. */
  list<Types.Tag> listTags(1: string authenticationToken)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),




  /** A page of note metadata matching a filter. */
  NotesMetadataList findNotesMetadata(1: string authenticationToken,
                                      2: NoteFilter filter,
                                      3: i32 offset,
                                      4: i32 maxNotes)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),


  /** One note, optionally with its content and resource bodies. */
  Types.Note getNote(1: string authenticationToken,
                     2: NoteGuid guid,
                     3: bool withContent,
                     4: bool withResourcesData,
                     5: bool withResourcesRecognition,
                     6: bool withResourcesAlternateData)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),


  /** Create a note. */
  Types.Note createNote(1: string authenticationToken, 2: Types.Note note)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),

  /** Update a note. */
  Types.Note updateNote(1: string authenticationToken, 2: Types.Note note)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),

  /** Move a note to the trash; returns the new sequence number. */
  Types.USN deleteNote(1: string authenticationToken, 2: NoteGuid guid)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),

  /** Copy a note into another notebook. */
  Types.Note copyNote(1: string authenticationToken,
                      2: NoteGuid noteGuid,
                      3: TargetNotebookGuid toNotebookGuid)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),

  /** Conflict copies created for a note. */
  list<NoteConflict> listNoteConflicts(1: string authenticationToken, 2: NoteGuid guid)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMNotFoundException notFoundException),


  /** Email a note to recipients. */
  void emailNote(1: string authenticationToken, 2: NoteGuid guid, 3: list<string> toAddresses)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMNotFoundException notFoundException,
            3: Errors.EDAMSystemException systemException,
            4: Errors.EDAMInvalidContactsException invalidContactsException),
}
