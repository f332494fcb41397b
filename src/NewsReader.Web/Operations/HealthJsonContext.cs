using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsReader.Web.Operations;

/// <summary>
/// The health answers' JSON, with metadata generated at build time (web defaults: camelCase names,
/// nulls written). An orchestrator polls /readyz while the first load runs; its first answer through
/// the reflection-based serialiser emitted and compiled about 250 methods (property accessors,
/// converters for the nullable times and figures) while the load was using both cores. At 100,000
/// articles the app's restart compiled 598 methods at tier 0 instead of 861; the time to ready did
/// not move measurably (eight alternating pairs).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthEndpoints.ReadinessReport))]
[JsonSerializable(typeof(HealthEndpoints.AliveReport))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
