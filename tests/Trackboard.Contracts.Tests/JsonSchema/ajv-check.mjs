// Validates payloads against Trackboard's exported JSON Schemas with Ajv 8 (draft 2020-12) and ajv-formats.
// Used by AjvDifferentialTests; ajv and ajv-formats are resolved from <tools-dir>/node_modules.
//
// Usage: node ajv-check.mjs <tools-dir> <schemas.ndjson> <payloads.ndjson>
//   schemas.ndjson:  one line per contract: {"bundle": <schema>, "events": {"<event name>": <schema>, ...}}
//   payloads.ndjson: one line per payload:  {"c": <contract line index>, "e": "<event name>", "p": <payload>}
// Prints one line per payload, in order: "<bundle verdict> <event schema verdict>", 1 = valid, 0 = invalid.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [toolsDir, schemasFile, payloadsFile] = process.argv.slice(2);
if (!payloadsFile) {
  console.error("usage: node ajv-check.mjs <tools-dir> <schemas.ndjson> <payloads.ndjson>");
  process.exit(64);
}

const require = createRequire(path.join(path.resolve(toolsDir), "package.json"));
const ajvModule = require("ajv/dist/2020");
const Ajv2020 = ajvModule.default ?? ajvModule;
const formatsModule = require("ajv-formats");
const addFormats = formatsModule.default ?? formatsModule;

const lines = (file) => readFileSync(file, "utf8").split("\n").filter((line) => line.length > 0);

// One Ajv instance per contract: two contracts may share a plan id, hence schema ids.
const contracts = lines(schemasFile).map((line, index) => {
  const { bundle, events } = JSON.parse(line);
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv, { mode: "full" });
  try {
    return {
      bundle: ajv.compile(bundle),
      events: Object.fromEntries(Object.entries(events).map(([name, schema]) => [name, ajv.compile(schema)])),
    };
  } catch (error) {
    console.error(`contract ${index}: schema does not compile: ${error.message}`);
    process.exit(2);
  }
});

const out = [];
for (const line of lines(payloadsFile)) {
  const { c, e, p } = JSON.parse(line);
  const contract = contracts[c];
  const perEvent = contract.events[e];
  if (!perEvent) {
    console.error(`no schema for event ${JSON.stringify(e)} in contract ${c}`);
    process.exit(2);
  }
  out.push(`${contract.bundle(p) ? 1 : 0} ${perEvent(p) ? 1 : 0}`);
}
process.stdout.write(out.join("\n") + "\n");
