// Times Ajv 8 (JSON.parse + a compiled draft 2020-12 schema with ajv-formats) on the events the .NET
// benchmarks use. Usage: node bench.mjs <dir written by `Trackboard.Benchmarks export-ajv-inputs`>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "..", "tools", "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const dir = process.argv[2];
const schema = JSON.parse(readFileSync(path.join(dir, "bundle.schema.json"), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(schema);

for (const name of ["reference", "nested-2kb"]) {
  const text = readFileSync(path.join(dir, `${name}.json`), "utf8");
  if (!validate(JSON.parse(text))) {
    throw new Error(`${name} must be valid: ${JSON.stringify(validate.errors)}`);
  }

  const run = (n) => {
    let valid = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      if (validate(JSON.parse(text))) valid++;
    }
    return [Number(process.hrtime.bigint() - start), valid];
  };

  run(200_000);
  const n = name === "reference" ? 2_000_000 : 200_000;
  const [elapsed] = run(n);
  const ns = elapsed / n;
  console.log(`ajv ${name}: ${ns.toFixed(1)} ns/event, ${Math.round(1e9 / ns).toLocaleString("en-US")} events/s (${text.length} bytes)`);
}
