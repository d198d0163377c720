// Only reachable through an include directory: misc/services.thrift does
// `include "vendored.thrift"` and must be compiled with -I misc/idl_path.

namespace java com.example.vendor
namespace py example.vendor

const string VENDOR_NAME = "acme"

struct VendorInfo {
  1: required string name = VENDOR_NAME,
  2: optional map<string, string> capabilities = {"streaming": "no", "batch": "yes"},
}

exception VendorUnavailable { 1: string reason, 2: i32 retryAfterSeconds = 30 }

service VendorBase {
  VendorInfo vendorInfo(),
  void checkVendor() throws (1: VendorUnavailable unavailable),
}
