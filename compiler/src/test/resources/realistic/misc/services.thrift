/*
 * Services extending services across files, throws clauses mixing local and
 * included exceptions, oneway void methods, and an include found only
 * through an include directory (compile with `-I <this dir>/idl_path`).
 *   shared.SharedService <- base_service.BaseService <- AccountService <- AdminAccountService
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

enum AccountState { ACTIVE = 1, SUSPENDED = 2, CLOSED = 3 }

struct Account {
  1: required AccountId id,
  2: required string displayName,
  3: AccountState state = AccountState.ACTIVE,
  4: optional shared.EpochMillis createdAt,
  5: optional recursive.TreeNode orgUnit,
}

exception AccountLocked {
  1: required AccountId id,
  2: optional shared.EpochMillis lockedUntil,
}

exception QuotaExceeded { 1: string resource, 2: i64 limit, 3: i64 requested }

service AccountService extends base_service.BaseService {
  Account getAccount(1: AccountId id)
    throws (1: shared.NotFound notFound, 2: shared.ServiceError error),

  list<Account> listAccounts(1: base_service.PageRequest page = {"offset": 0, "limit": 20})
    throws (1: shared.ServiceError error),

  Account createAccount(1: string displayName, 2: OwnerId owner)
    throws (1: QuotaExceeded quota, 2: shared.ServiceError error),

  void renameAccount(1: AccountId id, 2: string displayName)
    throws (1: shared.NotFound notFound, 2: AccountLocked locked, 3: shared.ServiceError error),

  /** Fire-and-forget audit ping. */
  oneway void recordLogin(1: AccountId id, 2: shared.EpochMillis at),
}

service AdminAccountService extends AccountService {
  void closeAccount(1: AccountId id, 2: bool purge = false)
    throws (1: shared.NotFound notFound, 2: AccountLocked locked, 3: QuotaExceeded quota),

  oneway void purgeCaches(),
  oneway void broadcast(1: string message, 2: set<AccountState> states = [AccountState.ACTIVE]),
}

/** Extends a service from a file found through an include directory. */
service VendorBridge extends vendored.VendorBase {
  recursive.Tree vendorTree(1: recursive.RootId rootId)
    throws (1: recursive.ParseError parseError, 2: vendored.VendorUnavailable unavailable),
}

/** An empty service that only inherits. */
service AuditService extends base_service.BaseService {}
