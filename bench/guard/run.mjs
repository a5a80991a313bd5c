// Guard load benchmark: starts a sink and Guard on loopback, drives /v1/track (64 connections) and
// /v1/batch (100 events per call) with autocannon and unique messageIds, then PRINTS the figures.
// Usage (repository root): dotnet build -c Release src/Trackboard.Guard && npm ci --prefix tools &&
//   node bench/guard/run.mjs [seconds]
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
const dll = path.join(root, 'artifacts/bin/Trackboard.Guard/release/trackboard-guard.dll');

let sinkEvents = 0;
const sink = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
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
async function run(title, pathName, connections, body) {
  const result = await autocannon({
    url: url + pathName, connections, duration: seconds, method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return { title, total: result.requests.total, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

// Guard's own CPU time (user + system, from /proc) per request: unlike req/s it hardly depends on what else
// the machine runs, and 2 cores / (CPU per request) bounds what Guard alone could do.
const cpuMs = () => readFileSync(`/proc/${guard.pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0) * 10;
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${guard.pid}/status`, 'utf8'))[1]) / 1024;
const outbox = async () => Number(/trackboard_guard_outbox_depth (\d+)/.exec(await (await fetch(url + '/metrics')).text())[1]);

const cpuBeforeTrack = cpuMs();
const track = await run('/v1/track', '/v1/track', 64, event);
const cpuTrack = cpuMs() - cpuBeforeTrack;
const sinkAfterTrack = sinkEvents;
const backlogAfterTrack = await outbox();
const cpuBeforeBatch = cpuMs();
const batch = await run('/v1/batch x100', '/v1/batch', 16, () => `{"batch":[${Array.from({ length: 100 }, event).join(',')}]}`);
const backlogAfterBatch = await outbox();
const cpuBatch = cpuMs() - cpuBeforeBatch;
const peakRss = rss();
const drainStart = Date.now();
while ((await outbox()) > 0 && Date.now() - drainStart < 120000) await new Promise((r) => setTimeout(r, 200));
const drainSeconds = (Date.now() - drainStart) / 1000;

console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`/v1/track  64 connections: ${track.rps.toFixed(0)} req/s, p99 ${track.p99} ms, non-2xx ${track.non2xx}, errors ${track.errors}; forwarded during run ${sinkAfterTrack}, backlog after ${backlogAfterTrack}`);
console.log(`/v1/batch 100 events, 16 connections: ${batch.rps.toFixed(0)} req/s = ${(batch.rps * 100).toFixed(0)} events/s, p99 ${batch.p99} ms, non-2xx ${batch.non2xx}; backlog after ${backlogAfterBatch}, drained in ${drainSeconds.toFixed(1)} s`);
console.log(`Guard CPU (user+system, forwarding included): ${(cpuTrack * 1000 / track.total).toFixed(0)} µs per /v1/track request, ${(cpuBatch * 1000 / (batch.total * 100)).toFixed(1)} µs per event in /v1/batch`);
console.log(`Guard RSS after load: ${peakRss.toFixed(0)} MB; sink received ${sinkEvents} events`);
guard.kill('SIGTERM');
sink.close();
