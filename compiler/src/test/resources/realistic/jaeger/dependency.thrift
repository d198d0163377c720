# Service dependency graph reported by the jaeger fixture's collector.

include "jaeger.thrift"

namespace cpp example.jaegertracing.thrift
namespace java com.example.jaegertracing.thriftjava.deps
namespace netstd Example.Jaeger.Thrift.Deps
namespace lua jaeger_dependency
namespace go dependency

struct DependencyLink {
  1: required string parent
  2: required string child
  4: required i64 callCount
}

struct Dependencies {
  1: required list<DependencyLink> links
}

# Validates span aggregation end-to-end in integration tests.
service AggregationValidator {
  jaeger.BatchSubmitResponse validateTrace(1: required string traceId)
}

service Dependency {
    Dependencies getDependenciesForTrace(1: required string traceId)
    oneway void saveDependencies(1: Dependencies dependencies)
}
