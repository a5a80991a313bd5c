#!/usr/bin/env bash
# Times `trackboard validate` end to end over a generated NDJSON file (default 1,000,000 lines) against
# the seed contract, with the CLI built in Release. Prints events/s and peak RSS (GNU time -v when
# installed, else the kernel's VmHWM of the process, sampled from /proc).
# Usage: bench/cli/validate-ndjson.sh [LINES]. Run it once; do not loop it on a shared machine.
set -euo pipefail

lines="${1:-1000000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
contract="${TRACKBOARD_SEED_EXAMPLES:-$repo/../shared/seed-examples}/contracts/web-analytics.v1.json"
[ -f "$contract" ] || contract="$repo/examples/contracts/web-analytics.v1.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "==> building the CLI (Release)" >&2
dotnet build "$repo/src/Trackboard.Cli/Trackboard.Cli.csproj" -c Release --nologo -v quiet -o "$work/cli" >&2

echo "==> generating $lines NDJSON events" >&2
# Every 100th event is invalid (an enum value the contract does not allow), so the report path runs too.
awk -v n="$lines" 'BEGIN {
    for (i = 1; i <= n; i++) {
        method = (i % 100 == 0) ? "fax" : (i % 3 == 0 ? "google" : (i % 3 == 1 ? "email" : "github"));
        printf("{\"event\":\"signup_completed\",\"userId\":\"usr_%d\",\"messageId\":\"msg_%d\",\"properties\":{\"user_id\":\"usr_%d\",\"signup_method\":\"%s\"}}\n", i, i, i, method);
    }
}' >"$work/events.ndjson"
size_mb="$(( $(stat -c %s "$work/events.ndjson") / 1024 / 1024 ))"

echo "==> validating ($size_mb MB)" >&2
start="$(date +%s.%N)"
status=0
if /usr/bin/time -V >/dev/null 2>&1 || [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    /usr/bin/time -v -o "$work/time.txt" dotnet "$work/cli/trackboard.dll" validate --contract "$contract" \
        --event "$work/events.ndjson" --format json >"$work/report.json" || status=$?
    peak_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")"
else
    dotnet "$work/cli/trackboard.dll" validate --contract "$contract" --event "$work/events.ndjson" --format json >"$work/report.json" &
    pid=$!
    peak_kb=0
    while kill -0 "$pid" 2>/dev/null; do
        hwm="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
        [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb="$hwm"
        sleep 0.05
    done
    wait "$pid" || status=$?
fi
end="$(date +%s.%N)"

# Exit 1 is expected: 1% of the events are invalid.
[ "$status" -eq 1 ] || { echo "unexpected exit $status" >&2; exit 1; }
events="$(jq -r '.summary.events' "$work/report.json")"
invalid="$(jq -r '.summary.invalid' "$work/report.json")"
awk -v e="$events" -v i="$invalid" -v s="$start" -v t="$end" -v p="$peak_kb" -v mb="$size_mb" 'BEGIN {
    secs = t - s;
    printf("events: %d (%d invalid), file: %d MB\n", e, i, mb);
    printf("wall time: %.2f s (process start included)\n", secs);
    printf("throughput: %.0f events/s\n", e / secs);
    printf("peak RSS: %.1f MB\n", p / 1024);
}'
