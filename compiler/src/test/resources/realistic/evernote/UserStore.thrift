/*
 * Account-level service of the note-taking fixture: version checks,
 * authentication and user lookup.  Refers to Types and Errors by qualified
 * name and uses i16 constants as default argument values.
 */

include "Types.thrift"
include "Errors.thrift"

namespace java com.example.notes.edam.userstore
namespace py notes.edam.userstore
namespace cpp notes.edam
namespace rb Notes.EDAM.UserStore
namespace php EDAM.UserStore
namespace perl EDAMUserStore
namespace js NotesUserStore

/** Major protocol version implemented by this IDL. */
const i16 EDAM_VERSION_MAJOR = 1

/** Minor protocol version implemented by this IDL. */
const i16 EDAM_VERSION_MINOR = 28

/** URLs a client needs once it knows which shard an account lives on. */
struct UserUrls {
  /** Endpoint of the NoteStore service. */ 1: optional string noteStoreUrl,
  /** Prefix for web links into the account. */ 2: optional string webApiUrlPrefix,
  /** Endpoint for long-polling change notifications. */ 3: optional string userStoreUrl,
  /** Endpoint of the messaging service. */ 4: optional string messageStoreUrl
}

/** Returned by a successful authentication. */
struct AuthenticationResult {
  /** Server time when the token was issued. */ 1: required Types.Timestamp currentTime,
  /** Token to pass to subsequent calls. */ 2: required string authenticationToken,
  /** When the token stops working. */ 3: required Types.Timestamp expiration,
  /** The authenticated user. */ 4: optional Types.User user,
  /** Public information about the user. */ 5: optional PublicUserInfo publicUserInfo,
  /** Service endpoints for this account. */ 6: optional UserUrls urls,
  /** True if a second factor is still required. */ 7: optional bool secondFactorRequired,
  /** Hint about where the second factor code was sent. */ 8: optional string secondFactorDeliveryHint
}

/**
 * The subset of User that anyone may see.  Note that this struct is defined
 * after AuthenticationResult, which refers to it (forward reference).
 */
struct PublicUserInfo {
  /** Account id. */ 1: required Types.UserID userId,
  /** Service level, if visible. */ 2: optional Types.ServiceLevel serviceLevel,
  /** Login name. */ 3: optional string username,
  /** Endpoint of this user's NoteStore. */ 4: optional string noteStoreUrl,
  /** Prefix for web links. */ 5: optional string webApiUrlPrefix
}

/** Per-service configuration handed to a client before login. */
struct BootstrapSettings {
  /** Host name of the service. */ 1: required string serviceHost,
  /** URL of the marketing site. */ 2: required string marketingUrl,
  /** URL of the support site. */ 3: required string supportUrl,
  /** Domain for the account's email-in address. */ 4: required string accountEmailDomain,
  /** Whether support tickets can be filed from the client. */ 7: optional bool enableSupportTickets = true,
  /** Whether shared notebooks are enabled. */ 8: optional bool enableSharedNotebooks = true,
  /** Whether single-note sharing is enabled. */ 9: optional bool enableSingleNoteSharing = true,
}

/** One named service configuration. */
struct BootstrapProfile {
  /** Profile name, unique within a BootstrapInfo. */ 1: required string name,
  /** The settings. */ 2: required BootstrapSettings settings
}

/** All profiles a client may choose from, most preferred first. */
struct BootstrapInfo {
  /** The profiles. */ 1: required list<BootstrapProfile> profiles
}

/**
 * Account-level service.
 */
service UserStore {

  /**
   * Asks the server whether this client speaks a compatible protocol.
   *
   * @param clientName
   *   Application name and version, e.g. "Notes Clipper/1.2.3".
   * @param edamVersionMajor
   *   Major version the client was built against.
   * @param edamVersionMinor
   *   Minor version the client was built against.
   */
  bool checkVersion(1: string clientName,
                    2: i16 edamVersionMajor = EDAM_VERSION_MAJOR,
                    3: i16 edamVersionMinor = EDAM_VERSION_MINOR),

  /** Service profiles for the given locale. */
  BootstrapInfo getBootstrapInfo(1: string locale),

  /** Exchange a username and password for a token. */
  AuthenticationResult authenticateLongSession(1: string username,
                                               2: string password,
                                               3: string consumerKey,
                                               4: string consumerSecret,
                                               5: string deviceIdentifier,
                                               6: string deviceDescription,
                                               7: bool supportsTwoFactor)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),



  /** The user the token belongs to. */
  Types.User getUser(1: string authenticationToken)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),

  /** Public information about any user, by login name. */
  PublicUserInfo getPublicUserInfo(1: string username)
    throws (1: Errors.EDAMNotFoundException notFoundException,
            2: Errors.EDAMSystemException systemException,
            3: Errors.EDAMUserException userException),

  /** Service endpoints for the token's account. */
  UserUrls getUserUrls(1: string authenticationToken)
    throws (1: Errors.EDAMUserException userException,
            2: Errors.EDAMSystemException systemException),
}
