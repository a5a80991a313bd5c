#!/usr/bin/env bash
# Exports the benchmark schema and events, then times Ajv on them. Needs `npm ci --prefix tools`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
dotnet run -c Release --project "$root/bench/Trackboard.Benchmarks" -- export-ajv-inputs "$out" >/dev/null
node "$root/bench/ajv/bench.mjs" "$out"
