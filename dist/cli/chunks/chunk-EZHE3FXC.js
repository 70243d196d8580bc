import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  gate_result_schema_default
} from "./chunk-JL64HKLZ.js";
import {
  compileSchema,
  errorSegments,
  formatFieldPath
} from "./chunk-4QX27BN3.js";
import {
  splitList
} from "./chunk-IRNOS7YX.js";
import {
  GateError,
  VERSION,
  deriveStatus,
  readRunContext,
  toGateError
} from "./chunk-RXZDSDLI.js";

// packages/cli/src/registry.ts
var GATES = {
  "art12-log-gates": async () => (await import("./art12-log-gates-CSHXEE4Z.js")).gate,
  "art19-retention": async () => (await import("./art19-retention-4OIKBYX4.js")).gate,
  "audit-record": async () => (await import("./audit-record-6Q5BSPQX.js")).gate,
  "cosign-verify": async () => (await import("./cosign-verify-X67F6ZXC.js")).gate,
  "evidence-hash": async () => (await import("./evidence-hash-SYKOAIJP.js")).gate,
  "sbom-attest": async () => (await import("./sbom-attest-T4TSHMPQ.js")).gate,
  "log-export": async () => (await import("./log-export-JBGOAWTV.js")).gate,
  "verify-signed-commits": async () => (await import("./verify-signed-commits-RZLKK4FR.js")).gate
};
function hasGate(name) {
  return Object.hasOwn(GATES, name);
}

// packages/action-kit/src/run.ts
import * as path from "node:path";

// packages/action-kit/src/schema.ts
var validator;
function validateGateResult(result) {
  validator ??= compileSchema(gate_result_schema_default, void 0, { validateSchema: false });
  if (validator(result)) return;
  const problems = (validator.errors ?? []).map((e) => `${formatFieldPath(errorSegments(e))}: ${e.message}`);
  throw new GateError(
    "INTERNAL",
    `the gate produced a result that does not match gate-result.schema.json: ${problems.join("; ")}`
  );
}

// packages/action-kit/src/inputs.ts
var RawInputs = class {
  values;
  constructor(values) {
    const map = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(values)) if (v !== void 0) map.set(k, v.trim());
    this.values = map;
  }
  /** Every input with a non-empty value, for the record of what the gate ran with. */
  entries() {
    return [...this.values].filter(([, v]) => v !== "");
  }
  /** The value, or undefined when empty or absent. */
  optional(name) {
    const v = this.values.get(name);
    return v === void 0 || v === "" ? void 0 : v;
  }
  /** The value; an empty or absent input is INPUT_MISSING. */
  required(name, why) {
    const v = this.optional(name);
    if (v === void 0) {
      throw new GateError("INPUT_MISSING", `input '${name}' is required${why ? ` ${why}` : ""}`, { field: name });
    }
    return v;
  }
  /** One of the allowed values. */
  oneOf(name, allowed, fallback) {
    const v = this.optional(name) ?? fallback;
    if (v === void 0) return this.required(name);
    if (!allowed.includes(v)) {
      throw new GateError("INPUT_INVALID", `input '${name}' is '${v}'; use one of: ${allowed.join(", ")}`, {
        field: name
      });
    }
    return v;
  }
  /** A newline- or comma-separated list; empty gives []. */
  list(name) {
    const v = this.optional(name);
    return v === void 0 ? [] : splitList(v);
  }
  /** A newline-separated list (commas are kept, for values that contain them). */
  lines(name) {
    const v = this.optional(name);
    return v === void 0 ? [] : v.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
  }
  /** A YAML 1.2 boolean: true/True/TRUE or false/False/FALSE, as the Actions toolkit reads them. */
  boolean(name, fallback = false) {
    const v = this.optional(name);
    if (v === void 0) return fallback;
    if (["true", "True", "TRUE"].includes(v)) return true;
    if (["false", "False", "FALSE"].includes(v)) return false;
    throw new GateError("INPUT_INVALID", `input '${name}' is '${v}'; use true or false`, { field: name });
  }
  /** An integer within bounds. */
  integer(name, options = {}) {
    const v = this.optional(name);
    if (v === void 0) return options.fallback;
    if (!/^-?\d+$/.test(v)) {
      throw new GateError("INPUT_INVALID", `input '${name}' is '${v}'; expected a whole number`, { field: name });
    }
    const n = Number(v);
    if (!Number.isSafeInteger(n) || options.min !== void 0 && n < options.min || options.max !== void 0 && n > options.max) {
      const range = [
        options.min !== void 0 ? `at least ${options.min}` : "",
        options.max !== void 0 ? `at most ${options.max}` : ""
      ].filter(Boolean).join(" and ");
      throw new GateError("INPUT_INVALID", `input '${name}' is ${v}; it must be ${range || "a safe integer"}`, {
        field: name
      });
    }
    return n;
  }
};

// packages/action-kit/src/run.ts
var REPORT_DIR_INPUT = "report-dir";
var stderrLogger = {
  info: (m) => process.stderr.write(`${m}
`),
  warning: (m) => process.stderr.write(`warning: ${m}
`),
  debug: (m) => {
    if (process.env.AI_ACT_GATES_DEBUG) process.stderr.write(`debug: ${m}
`);
  }
};
function resolveWorkspace(options) {
  const env = options.env ?? process.env;
  return path.resolve(options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
}
async function executeGate(def, values, options = {}) {
  const env = options.env ?? process.env;
  const workspace = resolveWorkspace(options);
  const raw = new RawInputs(values);
  const secret = /* @__PURE__ */ new Set(["github-token", ...def.secretInputs ?? []]);
  const resources = [];
  const reportDirInput = raw.optional(REPORT_DIR_INPUT);
  const context = {
    workspace,
    env,
    run: readRunContext(env),
    reportDir: reportDirInput === void 0 ? void 0 : path.resolve(workspace, reportDirInput),
    log: options.log ?? stderrLogger,
    recordResource: (r) => resources.push({ ...r, at: r.at ?? (/* @__PURE__ */ new Date()).toISOString() }),
    signal: options.signal ?? new AbortController().signal
  };
  const started = /* @__PURE__ */ new Date();
  const result = {
    schemaVersion: 1,
    gate: def.name,
    version: VERSION,
    status: "error",
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    subject: {},
    checks: [],
    evidence: [],
    metrics: {},
    outputs: {},
    resources,
    inputs: Object.fromEntries(raw.entries().map(([k, v]) => [k, secret.has(k) ? "***" : v])),
    run: context.run
  };
  try {
    const inputs = await def.parseInputs(raw, context);
    const run = await def.run(inputs, context);
    result.subject = run.subject;
    result.checks = run.checks;
    result.evidence = run.evidence ?? [];
    result.metrics = run.metrics ?? {};
    result.outputs = run.outputs ?? {};
    result.status = deriveStatus(run.checks);
    if (run.checks.length === 0) {
      throw new GateError("EMPTY_INPUT", "the gate ran no checks; an empty result is never a pass");
    }
  } catch (error) {
    const e = toGateError(error);
    result.status = "error";
    result.error = {
      code: e.code,
      message: e.message,
      ...e.location.file !== void 0 ? { file: e.location.file } : {},
      ...e.location.line !== void 0 ? { line: e.location.line } : {},
      ...e.location.field !== void 0 ? { field: e.location.field } : {}
    };
    if (e.code === "INTERNAL" && error instanceof Error && error.stack) context.log.debug(error.stack);
  }
  const finished = /* @__PURE__ */ new Date();
  result.finishedAt = finished.toISOString();
  result.metrics.durationMs = finished.getTime() - started.getTime();
  result.outputs.status = result.status;
  try {
    validateGateResult(result);
  } catch (error) {
    const e = toGateError(error);
    result.status = "error";
    result.outputs = { status: "error" };
    result.error = { code: e.code, message: e.message };
  }
  return result;
}

export {
  REPORT_DIR_INPUT,
  executeGate,
  GATES,
  hasGate
};
