/*
 * Services extending services across files, throws clauses that mix local
 * and included exceptions, oneway void methods, and an include that is only
 * resolvable through an include directory:
 *
 *   thrift -r --gen java -I <this dir>/idl_path services.thrift
 *
 * Inheritance chains exercised:
 *   shared.SharedService <- base.BaseService <- AccountService <- AdminAccountService
 *   vendored.VendorBase <- VendorBridge
 */

include "base_service.thrift"
include "common/shared.thrift"
include "recursive.thrift"
include "vendored.thrift"   // found via -I idl_path

namespace java com.example.misc.services
namespace py example.misc.services
namespace netstd Example.Misc.Services

typedef string AccountId
typedef AccountId OwnerId

enum AccountState {
  ACTIVE = 1,
  SUSPENDED = 2,
  CLOSED = 3,
}

struct Account {
  1: required AccountId id,
  2: required string displayName,
  3: AccountState state = AccountState.ACTIVE,
  4: optional shared.EpochMillis createdAt,
  5: optional recursive.TreeNode orgUnit,
  6: optional list<string> emails = [],
}

struct AccountPage {
  1: list<Account> accounts,
  2: optional string nextCursor,
}

exception AccountLocked {
  1: required AccountId id,
  2: optional shared.EpochMillis lockedUntil,
}

exception QuotaExceeded {
  1: string resource,
  2: i64 limit,
  3: i64 requested,
}

service AccountService extends base_service.BaseService {
  Account getAccount(1: AccountId id)
    throws (1: shared.NotFound notFound, 2: shared.ServiceError error),

  AccountPage listAccounts(1: base_service.PageRequest page = {"offset": 0, "limit": 20})
    throws (1: shared.ServiceError error),

  Account createAccount(1: string displayName, 2: list<string> emails, 3: OwnerId owner)
    throws (1: QuotaExceeded quota, 2: shared.ServiceError error),

  void renameAccount(1: AccountId id, 2: string displayName)
    throws (1: shared.NotFound notFound, 2: AccountLocked locked, 3: shared.ServiceError error),

  /** Fire-and-forget audit ping. */
  oneway void recordLogin(1: AccountId id, 2: shared.EpochMillis at),

  /** Void method without throws. */
  void noop(),
}

service AdminAccountService extends AccountService {
  void suspend(1: AccountId id, 2: string reason)
    throws (1: shared.NotFound notFound, 2: AccountLocked locked),

  void closeAccount(1: AccountId id, 2: bool purge = false)
    throws (1: shared.NotFound notFound, 2: shared.ServiceError error, 3: QuotaExceeded quota),

  oneway void purgeCaches(),
  oneway void broadcast(1: string message, 2: set<AccountState> states = [AccountState.ACTIVE]),
}

/** Extends a service that lives in a file found through an include directory. */
service VendorBridge extends vendored.VendorBase {
  vendored.VendorInfo describe(1: bool verbose = true)
    throws (1: vendored.VendorUnavailable unavailable, 2: shared.ServiceError error),

  recursive.Tree vendorTree(1: recursive.RootId rootId)
    throws (1: recursive.ParseError parseError, 2: vendored.VendorUnavailable unavailable),

  oneway void notifyVendor(1: string event, 2: map<string, string> attributes = {}),
}

/** An empty service that only inherits. */
service AuditService extends base_service.BaseService {}
