/*
 * uuid (a base type added in Apache Thrift 0.19) in typedefs, fields,
 * containers (element, map key and value), constants, defaults, arguments,
 * return types, unions and exceptions.  Kept in its own file because older
 * compilers (e.g. Debian's thrift 0.17) reject `uuid`.  NOT verified with
 * 0.17; compile with Thrift >= 0.19:  thrift -r --gen java uuid.thrift
 */

include "common/shared.thrift"

namespace java com.example.misc.uuid
namespace py example.misc.uuid

typedef uuid ObjectId
typedef ObjectId DocumentId

const uuid NIL_UUID = "00000000-0000-0000-0000-000000000000"
const list<uuid> RESERVED_IDS = ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"]
const map<uuid, string> ID_NAMES = {"6ba7b810-9dad-11d1-80b4-00c04fd430c8": "dns"}

struct Document {
  1: required DocumentId id,
  2: optional uuid parentId,
  3: optional ObjectId ownerId = "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  4: list<uuid> revisions = [],
  5: set<ObjectId> readers,
  6: map<uuid, shared.EpochMillis> lastSeenBy,
  7: map<string, uuid> aliases = {"root": "6ba7b810-9dad-11d1-80b4-00c04fd430c8"},
}

union Reference { 1: uuid byId, 2: string byPath }

exception DocumentMissing { 1: required uuid id, 2: optional string message }

service DocumentService extends shared.SharedService {
  Document getDocument(1: uuid id) throws (1: DocumentMissing missing),
  uuid createDocument(1: string title, 2: uuid parentId),
  map<uuid, Document> batchGet(1: set<uuid> ids),
  Document resolve(1: Reference ref = {"byId": "00000000-0000-0000-0000-000000000000"})
    throws (1: DocumentMissing missing, 2: shared.NotFound notFound),
  oneway void touch(1: uuid id),
}
