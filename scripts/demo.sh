#!/usr/bin/env bash
# The Guard–Server loop on one machine, in about a minute:
#   a Server (SQLite in a temp dir, the demo plan published), a local sink standing in for the analytics destination,
#   a Guard pulling its contract from the Server and pushing its DLQ rows and counts back,
#   good and bad events sent with the real @segment/analytics-node SDK;
# then it prints what was forwarded, what Guard blocked and what the Server shows, and stops everything it started.
#
#   ./scripts/demo.sh            # builds Release first (skip with DEMO_NO_BUILD=1)
#   DEMO_KEEP=1 ./scripts/demo.sh  # leave the temp dir (logs, databases) in place
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/trackboard-demo.XXXXXX")"
PIDS=()

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ "${DEMO_KEEP:-0}" = "1" ]; then
        echo "Kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

for tool in dotnet node npm curl jq python3; do
    command -v "$tool" >/dev/null || { echo "demo.sh needs $tool on PATH" >&2; exit 1; }
done

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Polls a shell condition for up to $2 seconds (default 60).
wait_for() {
    local what="$1" seconds="${2:-60}" deadline
    deadline=$(( $(date +%s) + seconds ))
    until eval "$what" >/dev/null 2>&1; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "Timed out waiting for: $what" >&2
            echo "--- server log";  tail -n 30 "$WORK/server.log" >&2 || true
            echo "--- guard log";   tail -n 30 "$WORK/guard.log" >&2 || true
            exit 1
        fi
        sleep 0.3
    done
}

if [ "${DEMO_NO_BUILD:-0}" != "1" ]; then
    log "Building the Server and Guard (Release)"
    dotnet build -c Release -v quiet -nologo src/Trackboard.Server >/dev/null
    dotnet build -c Release -v quiet -nologo src/Trackboard.Guard >/dev/null
fi
if [ ! -f tools/node_modules/@segment/analytics-node/package.json ]; then
    log "Installing the pinned npm tools (tools/package-lock.json)"
    npm ci --prefix tools --no-audit --no-fund >/dev/null
fi

SERVER_PORT="$(free_port)"
GUARD_PORT="$(free_port)"
SINK_PORT="$(free_port)"
SERVER="http://127.0.0.1:$SERVER_PORT"
GUARD="http://127.0.0.1:$GUARD_PORT"

log "Starting the Server on $SERVER (SQLite in $WORK/server)"
# Run from the build output so its appsettings.json (quiet EF Core logs) is the content root's; --urls= overrides its Urls.
(cd artifacts/bin/Trackboard.Server/release && Trackboard__Database__Provider=sqlite Trackboard__DataDirectory="$WORK/server" \
    Trackboard__Demo=true Trackboard__DemoContract="$ROOT/examples/contracts/web-analytics.v1.json" \
    exec dotnet Trackboard.Server.dll --urls="$SERVER") >"$WORK/server.log" 2>&1 &
PIDS+=("$!")
wait_for "curl -fsS $SERVER/health/ready"

api() { # api METHOD PATH [JSON]
    curl -fsS -X "$1" "$SERVER/api/v1/$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+--data "$3"}
}
TOKEN="$(curl -fsS "$SERVER/api/v1/auth/login" -H 'Content-Type: application/json' \
    --data '{"email":"demo@trackboard.local","password":"trackboard-demo"}' | jq -r .access_token)"
PLAN="$(api GET plans | jq -r '.[0].id // .items[0].id')"
REVISION="$(api GET "plans/$PLAN" | jq -r .draft_revision)"
VERSION="$(api POST "plans/$PLAN/publish" "{\"draft_revision\":$REVISION,\"summary\":\"demo\",\"allow_breaking\":false}" | jq -r .version_number)"
READ_TOKEN="$(api POST auth/tokens '{"name":"guard-pull","scope":"read"}' | jq -r .token)"
WRITE_TOKEN="$(api POST auth/tokens '{"name":"guard-push","scope":"write"}' | jq -r .token)"
echo "Plan $PLAN published as version $VERSION; tokens for Guard: one read (contract pull), one write (push)."

log "Starting a local sink on 127.0.0.1:$SINK_PORT (stands in for the analytics destination)"
cat >"$WORK/sink.py" <<'PY'
import http.server, json, sys
out = sys.argv[2]
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with open(out, "a") as f:
            for event in json.loads(body).get("batch", []):
                f.write(json.dumps(event) + "\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
PY
: >"$WORK/sink.ndjson"
python3 "$WORK/sink.py" "$SINK_PORT" "$WORK/sink.ndjson" >"$WORK/sink.log" 2>&1 &
PIDS+=("$!")

log "Starting Guard on $GUARD (contract pulled from the Server, DLQ rows and counts pushed back)"
cat >"$WORK/guard.yaml" <<YAML
http_addr: "127.0.0.1:$GUARD_PORT"
contract_url: "$SERVER/api/v1/plans/$PLAN/contract"
contract_token: "$READ_TOKEN"
contract_poll_interval: 2s
store_file: "$WORK/guard/guard.db"
destination:
  url: "http://127.0.0.1:$SINK_PORT/v1/batch"
  write_key: "sink-key"
write_keys:
  demo-web-key: web
policy:
  mode: block
  unplanned_events: block
  unplanned_properties: block
push:
  enabled: true
  token: "$WRITE_TOKEN"
  guard_id: demo-guard
  dlq_interval: 1s
  counts_interval: 2s
YAML
dotnet artifacts/bin/Trackboard.Guard/release/trackboard-guard.dll serve --config "$WORK/guard.yaml" >"$WORK/guard.log" 2>&1 &
PIDS+=("$!")
wait_for "curl -fsS $GUARD/health/ready"

log "Sending 2 good and 3 bad events with @segment/analytics-node"
NODE_PATH="$ROOT/tools/node_modules" GUARD="$GUARD" node - <<'JS'
const { Analytics } = require('@segment/analytics-node');
const analytics = new Analytics({ writeKey: 'demo-web-key', host: process.env.GUARD, flushAt: 5, flushInterval: 500 });
const user = { userId: 'usr_demo1' };
const props = (p) => ({ user_id: 'usr_demo1', ...p });
const sent = [
  ['good', 'signup_completed', props({ signup_method: 'email' })],
  ['good', 'checkout_completed', props({ order_id: 'ord_1001', total: 42.5, currency: 'EUR', cart: { items: [{ sku: 'MUG-WHT', quantity: 2, price: 21.25 }] } })],
  ['bad ', 'signup_completed', props({ signup_method: 'facebook' })],
  ['bad ', 'checkout_completed', props({ order_id: 'ORDER-1001', total: -5, cart: {} })],
  ['bad ', 'newsletter_joined', props({ list: 'weekly' })],
];
for (const [kind, event, properties] of sent) {
  analytics.track({ ...user, event, properties });
  console.log(`${kind}  ${event}  ${JSON.stringify(properties)}`);
}
analytics.closeAndFlush({ timeout: 10000 }).then(() => console.log('flushed to Guard'));
JS

wait_for "[ \$(wc -l <'$WORK/sink.ndjson') -ge 2 ]"
wait_for "[ \"\$(api GET 'plans/$PLAN/dlq?origin=guard&limit=1' | jq .total)\" = 3 ]"
wait_for "[ \"\$(api GET 'plans/$PLAN/validate/stats' | jq .total_events)\" = 5 ]"

log "Forwarded by Guard to the sink"
jq -r '"  \(.event)  messageId=\(.messageId)"' "$WORK/sink.ndjson"

log "Blocked by Guard (trackboard-guard dlq list)"
dotnet artifacts/bin/Trackboard.Guard/release/trackboard-guard.dll dlq list --config "$WORK/guard.yaml" | sed 's/^/  /'

log "In the Server's DLQ (pushed by Guard, grouped by fingerprint)"
api GET "plans/$PLAN/dlq/groups" | jq -r '.items[] | "  \(.count) × \(.event) (contract version \(.contract_version), source \(.source)): \([.violations[] | "\(.code) at \(.path)"] | join(", "))"'

log "Compliance stats on the Server (Guard counts)"
api GET "plans/$PLAN/validate/stats" | jq -c '{total_events, valid_count, invalid_count, compliance_rate, by_origin}' | sed 's/^/  /'
api GET "plans/$PLAN/guard/counts" | jq -r '.by_source_version[] | "  source \(.source), version \(.contract_version): \(.valid_count) valid, \(.invalid_count) invalid"'

log "Triage of the largest group (deterministic)"
FP="$(api GET "plans/$PLAN/dlq/groups" | jq -r '.items[0].fingerprint')"
api GET "plans/$PLAN/dlq/groups/$FP" | jq -r '.triage.summary' | sed 's/^/  /'

log "Done: stopping Guard, the sink and the Server"
