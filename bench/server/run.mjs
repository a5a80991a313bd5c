// Server load benchmark: starts the Server (Release build) on a fresh SQLite file on loopback, makes a
// 500-event plan (imported into a branch, merged, published) and an API key, then drives
// POST /api/v1/validate with X-API-Key and GET /api/v1/plans/{id} (the 500-event plan) with autocannon,
// 32 connections each, and PRINTS the figures with the machine's load.
// Usage (repository root): dotnet build -c Release src/Trackboard.Server && npm ci --prefix tools &&
//   node bench/server/run.mjs [seconds] [all|validate|read] [autocannon|wrk] [sqlite|postgres]
// The fourth picks the database: postgres starts a throwaway PostgreSQL cluster (initdb as user postgres, default
// durability settings: fsync and synchronous_commit on) on a free loopback port for the run.
// The second argument runs one of the two loads only (e.g. to profile it). The third picks the load client:
// autocannon (npm, the default) is one node thread; wrk (apt `wrk`) is C with one thread per core, so on a
// 2-core machine it takes less of the cores the Server needs. Both print the client's own CPU use.
import { createRequire } from 'node:module';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'tools', 'package.json'));
const autocannon = require('autocannon');
const seconds = Number(process.argv[2] ?? 10);
const only = process.argv[3];
const client = process.argv[4] ?? 'autocannon';
if (!['autocannon', 'wrk'].includes(client)) throw new Error(`unknown load client ${client}: autocannon or wrk`);
const dll = path.join(root, 'artifacts/bin/Trackboard.Server/release/Trackboard.Server.dll');
const dir = mkdtempSync(path.join(os.tmpdir(), 'server-bench-'));
const database = process.argv[5] ?? 'sqlite';
if (!['sqlite', 'postgres'].includes(database)) throw new Error(`unknown database ${database}: sqlite or postgres`);

// PostgreSQL: initdb and pg_ctl from Debian's package, run as user postgres (they refuse root), stopped at exit.
let stopPostgres = () => {};
const databaseEnv = {};
if (database === 'postgres') {
  const bin = readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`).find((b) => existsSync(`${b}/initdb`));
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const pgDir = mkdtempSync(path.join(os.tmpdir(), 'server-bench-pg-'));
  chmodSync(pgDir, 0o777);
  const port = await new Promise((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
  const asPostgres = (file, args) => execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  asPostgres(`${bin}/initdb`, ['-D', `${pgDir}/data`, '-U', 'postgres', '-A', 'trust']);
  asPostgres(`${bin}/pg_ctl`, ['-D', `${pgDir}/data`, '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${pgDir} -c max_connections=200`, '-l', `${pgDir}/log`, '-w', 'start']);
  stopPostgres = () => asPostgres(`${bin}/pg_ctl`, ['-D', `${pgDir}/data`, '-m', 'fast', 'stop']);
  process.on('exit', () => { try { stopPostgres(); } catch { /* already stopped */ } });
  Object.assign(databaseEnv, {
    Trackboard__Database__Provider: 'postgres',
    ConnectionStrings__Trackboard: `Host=127.0.0.1;Port=${port};Username=postgres;Database=postgres;Maximum Pool Size=100`,
  });
}

const server = spawn('dotnet', [dll, '--urls', 'http://127.0.0.1:0'], {
  cwd: path.dirname(dll),
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: 'Production',
    Trackboard__DataDirectory: dir,
    ...databaseEnv,
    Trackboard__Auth__AuthRequestsPerMinute: '100000',
    Logging__LogLevel__Default: 'Warning',
    'Logging__LogLevel__Microsoft.Hosting.Lifetime': 'Information',
  },
});
const url = await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => {
    const m = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error('server exited ' + code)));
});

let token;
async function api(method, pathName, body) {
  const response = await fetch(url + '/api/v1/' + pathName, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${pathName}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

token = (await api('POST', 'auth/register', { email: 'bench@example.test', password: 'correct horse battery', name: 'Bench', org_name: 'Bench' })).access_token;
const plan = await api('POST', 'plans', { name: 'Bench plan' });
const methods = ['email', 'google', 'github'];
const events = Array.from({ length: 500 }, (_, i) => ({
  event_name: `event_${String(i).padStart(3, '0')}_completed`,
  description: `Benchmark event ${i}`,
  category: `area_${i % 10}`,
  properties: [
    { name: 'method', type: 'string', required: true, constraints: { enum_values: methods } },
    { name: 'amount', type: 'float', constraints: { min: 0 } },
    { name: 'count', type: 'integer', required: true, constraints: { min: 1, max: 1000 } },
    { name: 'label', type: 'string', constraints: { max_length: 80 } },
  ],
  global_properties: ['user_id'],
}));
const imported = await api('POST', `plans/${plan.id}/import`, {
  format: 'structured', global_properties: [{ name: 'user_id', type: 'string', required: true }], events,
});
const mr = await api('POST', `plans/${imported.branch.id}/merge-requests`, { title: 'Bench import' });
const merged = await api('POST', `merge-requests/${mr.id}/merge`, { draft_revision: plan.draft_revision });
await api('POST', `plans/${plan.id}/publish`, { draft_revision: merged.draft_revision, allow_breaking: false });
const key = await api('POST', `plans/${plan.id}/keys`, { label: 'bench' });
const apiKey = key.full_key;

const event = JSON.stringify({ event: 'event_042_completed', userId: 'u1', properties: { user_id: 'u1', method: 'google', count: 3, amount: 9.5 } });
// CPU seconds the Server process used (user + system), so figures can be judged on a machine that other work shares.
const ticks = os.constants?.CLK_TCK ?? 100;
const cpuParts = () => { const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' '); return [Number(f[11]) / ticks, Number(f[12]) / ticks]; };
const cpu = () => cpuParts().reduce((a, b) => a + b);
async function run(title, options, connections = 32) {
  const [userBefore, sysBefore] = cpuParts();
  const result = client === 'wrk' ? runWrk(options, connections) : await runAutocannon(options, connections);
  const [userAfter, sysAfter] = cpuParts();
  const done = result.done;
  const cpuMs = done > 0 ? ((userAfter - userBefore + sysAfter - sysBefore) * 1000) / done : NaN;
  const sysMs = done > 0 ? ((sysAfter - sysBefore) * 1000) / done : NaN;
  return { title, ...result, cpuMs, sysMs };
}
async function runAutocannon(options, connections) {
  const before = process.cpuUsage();
  const result = await autocannon({ url: url + options.path, connections, duration: seconds, ...options });
  const used = process.cpuUsage(before);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, done: result.requests.total, clientCores: (used.user + used.system) / 1e6 / seconds };
}
// wrk takes the method, headers and body from a Lua script; its own CPU time comes from the shell's `times`.
function runWrk(options, connections) {
  const script = path.join(dir, 'wrk.lua');
  const lua = (v) => JSON.stringify(v);
  writeFileSync(script, [`wrk.method = ${lua(options.method)}`, ...Object.entries(options.headers).map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`),
    ...(options.body ? [`wrk.body = ${lua(options.body)}`] : []),
    'done = function(summary, latency, requests) io.write(string.format("TB %d %d %d %f %f\\n", summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000)) end'].join('\n'));
  const threads = Math.min(os.cpus().length, connections);
  const out = spawnSync('bash', ['-c', 'wrk -t"$1" -c"$2" -d"$3"s -s "$4" "$5" && times', 'wrk', String(threads), String(connections), String(seconds), script, url + options.path], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`wrk failed (${out.status}): ${out.stderr}`);
  const [, requests, non2xx, errors, p50, p99] = /TB (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)/.exec(out.stdout).map(Number);
  const toSeconds = (t) => { const m = /(\d+)m([\d.]+)s/.exec(t); return Number(m[1]) * 60 + Number(m[2]); };
  const childTimes = out.stdout.trim().split('\n').at(-1).split(/\s+/).map(toSeconds);
  return { rps: requests / seconds, p50: Number(p50.toFixed(1)), p99: Number(p99.toFixed(1)), non2xx, errors, done: requests, clientCores: (childTimes[0] + childTimes[1]) / seconds };
}
const capacity = (r) => `${r.done} done, ${r.cpuMs.toFixed(2)} ms Server CPU per request (${r.sysMs.toFixed(2)} of it in the kernel; ≈ ${(os.cpus().length * 1000 / r.cpuMs).toFixed(0)} req/s if the Server had all ${os.cpus().length} cores); ${client} used ${r.clientCores.toFixed(2)} cores`;

const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
const validateOptions = { path: '/api/v1/validate', method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body: event };
const planBytes = (await (await fetch(url + `/api/v1/plans/${plan.id}`, { headers: { authorization: 'Bearer ' + token } })).arrayBuffer()).byteLength;
// Accept-Encoding as every browser and most HTTP clients send it; the Server keeps a gzip copy of the cached answer.
const readOptions = { path: `/api/v1/plans/${plan.id}`, method: 'GET', headers: { authorization: 'Bearer ' + token, 'accept-encoding': 'gzip' } };
const planGzipBytes = Number((await fetch(url + `/api/v1/plans/${plan.id}`, { headers: readOptions.headers })).headers.get('content-length') ?? NaN);
const skipped = { rps: NaN, p50: NaN, p99: NaN, non2xx: 0, errors: 0, done: 0, cpuMs: NaN, sysMs: NaN, clientCores: NaN };
const loadBefore = load();
const validateOne = only === 'read' ? skipped : await run('validate, 1 connection', validateOptions, 1);
const validate = only === 'read' ? skipped : await run('validate', validateOptions);
const loadAfterValidate = load();
const readOne = only === 'validate' ? skipped : await run('plan read, 1 connection', readOptions, 1);
const read = only === 'validate' ? skipped : await run('plan read', readOptions);
const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;

console.log(`database: ${database}; load client: ${client}; machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average before ${loadBefore}, after validate ${loadAfterValidate}, after read ${load()}`);
console.log(`POST /api/v1/validate (X-API-Key, ${database === 'postgres' ? 'PostgreSQL' : 'SQLite'}), 32 connections, ${seconds} s: ${validate.rps.toFixed(0)} req/s, p50 ${validate.p50} ms, p99 ${validate.p99} ms, non-2xx ${validate.non2xx}, errors ${validate.errors}; ${capacity(validate)}  [target >= 5000 req/s, p99 < 20 ms]`);
console.log(`GET /api/v1/plans/{id} (500 events, ${(planBytes / 1024).toFixed(0)} KiB JSON, ${(planGzipBytes / 1024).toFixed(0)} KiB gzip, bearer), 32 connections, ${seconds} s: ${read.rps.toFixed(0)} req/s, p50 ${read.p50} ms, p99 ${read.p99} ms, non-2xx ${read.non2xx}, errors ${read.errors}; ${capacity(read)}  [target p99 < 50 ms]`);
console.log(`1 connection (latency without queueing): validate ${validateOne.rps.toFixed(0)} req/s, p50 ${validateOne.p50} ms, p99 ${validateOne.p99} ms; plan read ${readOne.rps.toFixed(0)} req/s, p50 ${readOne.p50} ms, p99 ${readOne.p99} ms`);
console.log(`Server RSS after load: ${rss.toFixed(0)} MB`);
server.kill('SIGTERM');
