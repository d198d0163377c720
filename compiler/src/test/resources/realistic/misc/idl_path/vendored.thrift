// A "vendored" IDL that is only found through an include directory:
// misc/services.thrift does `include "vendored.thrift"`, so it must be
// compiled with `-I misc/idl_path` (relative to this fixture tree).

namespace java com.example.vendor
namespace py example.vendor
namespace netstd Example.Vendor

const string VENDOR_NAME = "acme"
const i32 VENDOR_API_LEVEL = 7

struct VendorInfo {
  1: required string name = VENDOR_NAME,
  2: required i32 apiLevel = VENDOR_API_LEVEL,
  3: optional map<string, string> capabilities = {"streaming": "no", "batch": "yes"},
}

exception VendorUnavailable {
  1: string reason,
  2: i32 retryAfterSeconds = 30,
}

service VendorBase {
  VendorInfo vendorInfo(),
  void checkVendor() throws (1: VendorUnavailable unavailable),
}
