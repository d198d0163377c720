# The local agent interface of the jaeger fixture: clients fire spans at it
# over UDP, so both methods are oneway.  Includes jaeger.thrift and
# zipkincore.thrift and uses their types by qualified name.

include "jaeger.thrift"
include "zipkincore.thrift"

namespace cpp example.jaegertracing.agent.thrift
namespace java com.example.jaegertracing.agent.thrift
namespace netstd Example.Jaeger.Agent.Thrift
namespace lua jaeger_agent
namespace go agent

service Agent {
    oneway void emitZipkinBatch(1: list<zipkincore.Span> spans)
    oneway void emitBatch(1: jaeger.Batch batch)
}
