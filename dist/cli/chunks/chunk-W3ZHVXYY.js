import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-MNDZ67NB.js";

// packages/cli/src/args.ts
var CLI_FLAGS = /* @__PURE__ */ new Set(["json", "help", "quiet"]);
function parseFlags(argv) {
  const flags = /* @__PURE__ */ new Map();
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      if (arg === "-h") flags.set("help", ["true"]);
      else positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    else value = "true";
    flags.set(name, [...flags.get(name) ?? [], value]);
  }
  return { flags, positional };
}
function parseActionArgs(spec, argv, defaults) {
  const { flags, positional } = parseFlags(argv);
  const options = {
    json: flags.has("json"),
    help: flags.has("help"),
    quiet: flags.has("quiet")
  };
  if (options.help) return { inputs: {}, options };
  if (positional.length > 0) {
    throw new GateError("INPUT_INVALID", `unexpected argument '${positional[0]}'; inputs are given as --name value`, {
      hint: `Run: ai-act-gates ${spec.name} --help`
    });
  }
  const inputs = {};
  for (const [name, values] of flags) {
    if (CLI_FLAGS.has(name)) continue;
    if (!(name in spec.inputs)) {
      throw new GateError("INPUT_INVALID", `unknown flag --${name} for ${spec.name}`, {
        field: name,
        hint: `Known flags: ${Object.keys(spec.inputs).map((k) => `--${k}`).join(", ")}`
      });
    }
    inputs[name] = values.join("\n");
  }
  for (const [name, input] of Object.entries(spec.inputs)) {
    if (inputs[name] === void 0) {
      const d = defaults(input.default);
      if (d !== void 0) inputs[name] = d;
    }
    if (input.required && (inputs[name] ?? "") === "") {
      throw new GateError("INPUT_MISSING", `--${name} is required: ${input.description}`, { field: name });
    }
  }
  return { inputs, options };
}

// packages/cli/src/io.ts
function processIO() {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    env: process.env,
    cwd: process.cwd()
  };
}
var EXIT = { pass: 0, fail: 1, error: 2 };

export {
  parseFlags,
  parseActionArgs,
  processIO,
  EXIT
};
