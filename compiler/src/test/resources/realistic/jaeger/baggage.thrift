# Baggage restrictions served by the jaeger agent.  Written from scratch for
# the test suite.

namespace cpp example.jaegertracing.thrift
namespace java com.example.jaegertracing.thriftjava
namespace netstd Example.Jaeger.Thrift
namespace lua jaeger_baggage
namespace go baggage

# Which baggage keys a service may set, and how large values may be.
struct BaggageRestriction {
   1: required string baggageKey
   2: required i32 maxValueLength = 2048
}

service BaggageRestrictionManager  {
  /** Restrictions that apply to the given service. */
  list<BaggageRestriction> getBaggageRestrictions(1: string serviceName)
}
