// Guard load benchmark: starts a sink and Guard on loopback, drives /v1/track (64 connections) and
// /v1/batch (100 events per call) with autocannon and unique messageIds, then PRINTS the figures.
// Usage (repository root): dotnet build -c Release src/Trackboard.Guard && npm ci --prefix tools &&
//   node bench/guard/run.mjs [seconds] [warm-up seconds] [trace sample ratio]
// With a sample ratio (0-1) Guard exports OpenTelemetry traces over OTLP/HTTP to the sink, which counts them:
// the cost of tracing on, against a run without the argument (tracing off, the default).
// A warm-up round of both loads (default 5 s each, not counted) runs first, so the figures are of a JIT-compiled
// Guard rather than of its first seconds, when tiered compilation takes a third of its CPU.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'tools', 'package.json'));
const autocannon = require('autocannon');
const seconds = Number(process.argv[2] ?? 10);
const warmSeconds = Number(process.argv[3] ?? 5);
const traceRatio = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const dll = path.join(root, 'artifacts/bin/Trackboard.Guard/release/trackboard-guard.dll');

let sinkEvents = 0;
const traces = { requests: 0, bytes: 0 };
const sink = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.url.startsWith('/v1/traces')) {
      traces.requests++;
      traces.bytes += Buffer.concat(chunks).length;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      return;
    }
    sinkEvents += JSON.parse(Buffer.concat(chunks)).batch.length;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
await new Promise((r) => sink.listen(0, '127.0.0.1', r));

const dir = mkdtempSync(path.join(os.tmpdir(), 'guard-bench-'));
const config = path.join(dir, 'guard.yaml');
writeFileSync(config, [
  'http_addr: "127.0.0.1:0"',
  `contract_file: "${path.join(root, 'examples/contracts/web-analytics.v1.json')}"`,
  `store_file: "${path.join(dir, 'guard.db')}"`,
  `destination: "http://127.0.0.1:${sink.address().port}/v1/batch"`,
  'worker_count: 2',
  'durability: process',
  ...(traceRatio === undefined ? [] : ['tracing:', `  otlp_endpoint: "http://127.0.0.1:${sink.address().port}"`, `  sample_ratio: ${traceRatio}`]),
].join('\n'));
const guard = spawn('dotnet', [dll, 'serve', '--config', config], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  guard.stdout.on('data', (d) => {
    const m = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
    if (m) resolve(m[1]);
  });
  guard.on('exit', (code) => reject(new Error('guard exited ' + code)));
});

let seq = 0;
const event = () => `{"type":"track","event":"signup_completed","userId":"u1","messageId":"b-${process.pid}-${seq++}","properties":{"user_id":"u1","signup_method":"google"}}`;
async function run(title, pathName, connections, body, duration = seconds, rate = undefined) {
  const result = await autocannon({
    url: url + pathName, connections, duration, overallRate: rate, method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return { title, total: result.requests.total, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

// Guard's own CPU time (user + system, from /proc) per request: unlike req/s it hardly depends on what else
// the machine runs, and 2 cores / (CPU per request) bounds what Guard alone could do.
const cpuMs = () => readFileSync(`/proc/${guard.pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0) * 10;
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${guard.pid}/status`, 'utf8'))[1]) / 1024;
const histogram = async (name) => {
  const text = await (await fetch(url + '/metrics')).text();
  return { sum: Number(new RegExp(`${name}_sum ([0-9.e+-]+)`).exec(text)[1]), count: Number(new RegExp(`${name}_count (\\d+)`).exec(text)[1]) };
};
const meanMs = (a, b) => (b.count > a.count ? ((b.sum - a.sum) * 1000 / (b.count - a.count)).toFixed(1) : '-');
const outbox = async () => Number(/trackboard_guard_outbox_depth (\d+)/.exec(await (await fetch(url + '/metrics')).text())[1]);

const batchBody = () => `{"batch":[${Array.from({ length: 100 }, event).join(',')}]}`;
async function drain() {
  const start = Date.now();
  while ((await outbox()) > 0 && Date.now() - start < 120000) await new Promise((r) => setTimeout(r, 200));
  return (Date.now() - start) / 1000;
}
if (warmSeconds > 0) {
  await run('warm-up', '/v1/track', 64, event, warmSeconds);
  await run('warm-up', '/v1/batch', 16, batchBody, warmSeconds);
  await drain();
}

const sinkBeforeTrack = sinkEvents;
const cpuBeforeTrack = cpuMs();
const track = await run('/v1/track', '/v1/track', 64, event);
const cpuTrack = cpuMs() - cpuBeforeTrack;
const sinkAfterTrack = sinkEvents - sinkBeforeTrack;
const backlogAfterTrack = await outbox();
await drain();
const sinkBeforeBatch = sinkEvents;
const cpuBeforeBatch = cpuMs();
const batch = await run('/v1/batch x100', '/v1/batch', 16, batchBody);
const backlogAfterBatch = await outbox();
const forwardedDuringBatch = sinkEvents - sinkBeforeBatch;
const cpuBatch = cpuMs() - cpuBeforeBatch;
const peakRss = rss();
const drainSeconds = await drain();

// Steady load at the target rate (50,000 events/s as 500 batches of 100 per second): the backlog is sampled every
// second; a forwarder that keeps up holds it flat instead of growing it for the whole run.
const steadyRate = 500;
const samples = [];
const sampler = setInterval(async () => samples.push(await outbox()), 1000);
const sinkBeforeSteady = sinkEvents;
const [forwardBefore, commitBefore] = [await histogram('trackboard_guard_forward_seconds'), await histogram('trackboard_guard_commit_seconds')];
const steady = await run('/v1/batch steady', '/v1/batch', 16, batchBody, seconds, steadyRate);
clearInterval(sampler);
const forwardedSteady = sinkEvents - sinkBeforeSteady;
const [forwardAfter, commitAfter] = [await histogram('trackboard_guard_forward_seconds'), await histogram('trackboard_guard_commit_seconds')];
await drain();

console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`/v1/track  64 connections: ${track.rps.toFixed(0)} req/s, p99 ${track.p99} ms, non-2xx ${track.non2xx}, errors ${track.errors}; forwarded during run ${sinkAfterTrack}, backlog after ${backlogAfterTrack}`);
console.log(`/v1/batch 100 events, 16 connections: ${batch.rps.toFixed(0)} req/s = ${(batch.rps * 100).toFixed(0)} events/s, p99 ${batch.p99} ms, non-2xx ${batch.non2xx}; forwarded during run ${(forwardedDuringBatch / seconds).toFixed(0)} events/s, backlog after ${backlogAfterBatch}, drained in ${drainSeconds.toFixed(1)} s`);
console.log(`/v1/batch steady ${steadyRate * 100} events/s offered: ${(steady.rps * 100).toFixed(0)} events/s accepted, p99 ${steady.p99} ms, non-2xx ${steady.non2xx}; forwarded ${(forwardedSteady / seconds).toFixed(0)} events/s (mean send ${meanMs(forwardBefore, forwardAfter)} ms, mean group commit ${meanMs(commitBefore, commitAfter)} ms); backlog each second ${samples.join(' ')}`);
console.log(`Guard CPU (user+system, forwarding included): ${(cpuTrack * 1000 / track.total).toFixed(0)} µs per /v1/track request, ${(cpuBatch * 1000 / (batch.total * 100)).toFixed(1)} µs per event in /v1/batch`);
console.log(`Guard RSS after load: ${peakRss.toFixed(0)} MB; sink received ${sinkEvents} events`);
console.log(traceRatio === undefined ? 'tracing: off' : `tracing: on, sample_ratio ${traceRatio}; ${traces.requests} OTLP exports, ${(traces.bytes / 1048576).toFixed(1)} MiB of spans received`);
guard.kill('SIGTERM');
sink.close();
