# Remote sampling configuration served by the jaeger agent.  Written from
# scratch for the test suite.
#
# Exercises: optional struct members that select a strategy, doubles with
# defaults, lists of structs, enum defaults, and a service whose methods
# take a single string argument.

namespace cpp example.jaegertracing.sampling_manager.thrift
namespace java com.example.jaegertracing.thrift.sampling_manager
namespace netstd Example.Jaeger.Sampling.Thrift
namespace lua sampling
namespace go sampling

enum SamplingStrategyType { PROBABILISTIC, RATE_LIMITING }

# Sample each trace with a fixed probability in [0, 1].
struct ProbabilisticSamplingStrategy {
    1: required double samplingRate = 0.001
}

# Sample at most maxTracesPerSecond traces.
struct RateLimitingSamplingStrategy {
    1: required i16 maxTracesPerSecond = 1
}

# Probabilistic sampling for one operation name.
struct OperationSamplingStrategy {
    1: required string operation
    2: required ProbabilisticSamplingStrategy probabilisticSampling
}

# Per-operation strategies with service-wide fallbacks.
struct PerOperationSamplingStrategies {
    1: required double defaultSamplingProbability = 1.0E-3
    2: required double defaultLowerBoundTracesPerSecond = 1.666e-2
    3: required list<OperationSamplingStrategy> perOperationStrategies
    4: optional double defaultUpperBoundTracesPerSecond
}

struct SamplingStrategyResponse {
    1: required SamplingStrategyType strategyType = SamplingStrategyType.PROBABILISTIC
    2: optional ProbabilisticSamplingStrategy probabilisticSampling
    3: optional RateLimitingSamplingStrategy rateLimitingSampling
    4: optional PerOperationSamplingStrategies operationSampling
}

const SamplingStrategyResponse DEFAULT_STRATEGY = {
    "strategyType": SamplingStrategyType.PROBABILISTIC,
    "probabilisticSampling": {"samplingRate": 0.001},
}

service SamplingManager {
    SamplingStrategyResponse getSamplingStrategy(1: string serviceName)
}
