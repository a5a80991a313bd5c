#!/usr/bin/env bash
# The contract check behind action.yml, kept in a script so it runs (and is tested) outside GitHub too.
# Inputs: INPUT_BASE_CONTRACT or INPUT_AGAINST, INPUT_HEAD_CONTRACT, INPUT_FAIL_ON, INPUT_COMPAT.
# Writes the Markdown report to $GITHUB_STEP_SUMMARY, annotations to stdout (the log) and the outputs
# breaking, breaking-count and summary-json to $GITHUB_OUTPUT. Exits 2 when the check fails, 64/65 when
# the inputs are wrong (the CLI's exit codes, docs/cli.md).
# TRACKBOARD_CLI may name a CLI command to use (e.g. "dotnet /path/trackboard.dll"); otherwise the CLI is
# built once from this action's own checkout.
set -euo pipefail

action_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
head="${INPUT_HEAD_CONTRACT:?head-contract is required}"
base="${INPUT_BASE_CONTRACT:-}"
against="${INPUT_AGAINST:-}"
fail_on="${INPUT_FAIL_ON:-breaking}"
compat="${INPUT_COMPAT:-}"
summary_file="${GITHUB_STEP_SUMMARY:-/dev/null}"
output_file="${GITHUB_OUTPUT:-/dev/null}"

# The inputs are checked before anything is built or run.
case "$fail_on" in
    breaking | safe | none) ;;
    *)
        echo "::error::fail-on must be breaking, safe or none (got '$fail_on')."
        exit 64
        ;;
esac

if [ -n "$against" ] && [ -n "$base" ]; then
    echo "::error::Set either base-contract or against, not both."
    exit 64
fi

if [ -n "$against" ]; then
    args=(diff "$head" --against "$against")
elif [ -n "$base" ]; then
    args=(diff "$base" "$head")
else
    echo "::error::Set base-contract (a file) or against (a git ref)."
    exit 64
fi

if [ -n "$compat" ]; then
    args+=(--compat "$compat")
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${TRACKBOARD_CLI:-}" ]; then
    read -r -a cli <<<"$TRACKBOARD_CLI"
else
    echo "::group::Build the trackboard CLI"
    dotnet build "$action_dir/../../src/Trackboard.Cli/Trackboard.Cli.csproj" -c Release --nologo -v quiet -o "$work/cli" >&2
    echo "::endgroup::"
    cli=(dotnet "$work/cli/trackboard.dll")
fi

# The JSON verdict first: it also surfaces usage and input errors (64/65) before anything is written.
status=0
"${cli[@]}" "${args[@]}" --format json --fail-on none >"$work/diff.json" 2>"$work/stderr" || status=$?
cat "$work/stderr" >&2
if [ "$status" -ne 0 ]; then
    echo "::error title=trackboard diff failed (exit $status)::$(head -n 1 "$work/stderr")"
    exit "$status"
fi

if [ -n "$compat" ]; then
    summary="$(jq -c '{breaking: (.compatible | not), breaking_count: (.issues | length), mode: .mode}' "$work/diff.json")"
    safe_count=0
else
    summary="$(jq -c '{breaking: .breaking} + .summary' "$work/diff.json")"
    safe_count="$(jq -r '.summary.safe_count' "$work/diff.json")"
fi

breaking="$(jq -r '.breaking' <<<"$summary")"
breaking_count="$(jq -r '.breaking_count' <<<"$summary")"

"${cli[@]}" "${args[@]}" --format markdown --fail-on none >>"$summary_file" 2>/dev/null
"${cli[@]}" "${args[@]}" --format github --fail-on none 2>/dev/null

{
    echo "breaking=$breaking"
    echo "breaking-count=$breaking_count"
    echo "summary-json=$summary"
} >>"$output_file"

case "$fail_on" in
    breaking) [ "$breaking" = "true" ] && exit 2 ;;
    safe) { [ "$breaking" = "true" ] || [ "$safe_count" -gt 0 ]; } && exit 2 ;;
    none) ;;
esac
exit 0
