#!/usr/bin/env bash
# The one test command. Installs what the suite needs (idempotently), builds with warnings as
# errors, runs every test project and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail

# Debian packages the suite needs, as "package" or "package:command". With a command, the package
# counts as present when the command is on PATH (node may come from a package other than Debian's
# nodejs); without one, `dpkg -s` decides. Add a package here when a test starts using it.
APT_PACKAGES=(
    "nodejs:node"
    "npm:npm"
    "python3:python3"
    "jq:jq"
    "git:git"
    "bsdutils:script"
    "postgresql:initdb"
    "golang-go:go"
    "mypy:mypy"
    "default-jdk-headless:javac"
    "kotlin:kotlinc"
    "nats-server:nats-server"
    "chromium:chromium"
)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

results_dir="$repo_root/artifacts/test-results"
configuration=Release

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Tests that need an external tool (node, ajv, a compiler) fail instead of skipping when it is missing.
export TRACKBOARD_CI=1

log() {
    printf '==> %s\n' "$*" >&2
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

install_apt_packages() {
    local missing=() entry package command
    for entry in "${APT_PACKAGES[@]}"; do
        package="${entry%%:*}"
        command=""
        if [[ "$entry" == *:* ]]; then
            command="${entry#*:}"
        fi

        if [ -n "$command" ]; then
            command -v "$command" >/dev/null 2>&1 && continue
        elif dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed'; then
            continue
        fi

        missing+=("$package")
    done

    if [ "${#missing[@]}" -eq 0 ]; then
        log "apt packages: all present"
        return
    fi

    log "apt packages: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

install_npm_tools() {
    local stamp=tools/node_modules/.trackboard-lock.sha256
    local wanted
    wanted="$(cat tools/package.json tools/package-lock.json | sha256sum | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        log "npm tools: up to date"
        return
    fi

    log "npm tools: npm ci --prefix tools"
    npm ci --prefix tools --no-audit --no-fund
    printf '%s\n' "$wanted" >"$stamp"
}

install_apt_packages
install_npm_tools

# Results of an earlier run must never be counted in this one.
rm -rf "$results_dir"
mkdir -p "$results_dir"

build_args=(Trackboard.slnx -c "$configuration" -warnaserror -nologo)
if [ -n "${CI:-}" ]; then
    # In CI nothing may outlive the run holding its output open.
    build_args+=(--disable-build-servers)
fi

log "dotnet build ${build_args[*]}"
if ! dotnet build "${build_args[@]}"; then
    log "build failed; no tests were run"
    exit 1
fi

# One run per test project, each writing its own TRX file, so a failing project does not stop the
# others and no two projects can write to the same file name.
mapfile -t test_projects < <(dotnet sln Trackboard.slnx list | tr -d '\r' | grep -E '^tests/.*\.csproj$' || true)
if [ "${#test_projects[@]}" -eq 0 ]; then
    log "no test project under tests/ in Trackboard.slnx"
    exit 1
fi

test_exit=0
for project in "${test_projects[@]}"; do
    name="$(basename "$project" .csproj)"
    log "dotnet test $project"
    # A hung test is killed (and reported as failed) instead of eating the whole CI budget.
    dotnet test "$project" --no-build -c "$configuration" \
        --blame-hang-timeout 15m --blame-hang-dump-type none \
        --logger "trx;LogFileName=$name.trx" \
        --results-directory "$results_dir" || test_exit=1
done

summary_exit=0
expected_names=()
for project in "${test_projects[@]}"; do
    expected_names+=("$(basename "$project" .csproj)")
done
python3 "$repo_root/scripts/trx-summary.py" "$results_dir" "${expected_names[@]}" || summary_exit=$?

if [ "$test_exit" -ne 0 ] || [ "$summary_exit" -ne 0 ]; then
    exit 1
fi
