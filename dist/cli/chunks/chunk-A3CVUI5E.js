import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  actionSpecs
} from "./chunk-HCJRJJLJ.js";
import {
  PUBLIC_GOOD,
  fileInput,
  fulcioClaims,
  getIdentityToken,
  parseJsonText,
  pemInput,
  servicesOf,
  signPayload,
  sigstoreError,
  trustedRootFor,
  verifyBundle
} from "./chunk-3MLGQUVG.js";
import {
  compileSchema,
  errorSegments,
  formatFieldPath,
  loadConfig,
  parseConfigText,
  validateConfig
} from "./chunk-2RDYGR3Z.js";
import {
  expandGlobs,
  resolveInside,
  sha256File,
  sha256Hex,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  TOOL_NAME,
  VERSION,
  countChecks,
  makeCheck,
  toGateError
} from "./chunk-MNDZ67NB.js";

// packages/audit/src/gates-file.ts
import { readFile } from "node:fs/promises";

// schemas/gates-file.schema.json
var gates_file_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/gates-file.schema.json",
  title: "Gates file",
  description: "Kept in the repository of a high-risk AI system: the system, its log profile, and the gates every pipeline run must execute, in order, with their inputs. The suite runner, the root action, the reusable workflow and audit-record all read it; audit-record checks each run against it. Action names and input names are checked against each action's action.yml when the file is loaded.",
  type: "object",
  required: ["version", "system", "gates"],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: "Optional pointer to this schema, for editors."
    },
    version: {
      const: 1,
      description: "Version of the gates file format."
    },
    system: {
      type: "object",
      description: "The high-risk AI system the gates protect.",
      required: ["id", "name", "intendedPurpose", "annexIII"],
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          pattern: "^[a-z0-9]+([-_.][a-z0-9]+)*$",
          description: "Stable identifier of the system, as used in its logs and technical documentation."
        },
        name: {
          type: "string",
          minLength: 1,
          description: "Human-readable name."
        },
        intendedPurpose: {
          type: "string",
          minLength: 20,
          description: "The intended purpose (Art.3(12)), in the words of the technical documentation."
        },
        annexIII: {
          enum: [
            "1(a)",
            "1(b)",
            "1(c)",
            "2",
            "3(a)",
            "3(b)",
            "3(c)",
            "3(d)",
            "4(a)",
            "4(b)",
            "5(a)",
            "5(b)",
            "5(c)",
            "5(d)",
            "6(a)",
            "6(b)",
            "6(c)",
            "6(d)",
            "6(e)",
            "7(a)",
            "7(b)",
            "7(c)",
            "7(d)",
            "8(a)",
            "8(b)"
          ],
          description: "The point of Annex III that makes the system high-risk, such as 4(a) for recruitment and selection."
        },
        provider: {
          type: "string",
          minLength: 1,
          description: "The provider placing the system on the market."
        },
        version: {
          type: "string",
          minLength: 1,
          description: "Version of the system the pipeline builds."
        }
      }
    },
    logProfile: {
      type: "string",
      minLength: 1,
      description: "The log profile of the system's Art.12 logs: a profile name from schemas/log-profiles (such as recruitment) or the path of a JSON Schema file in the repository. Gate inputs can refer to it as ${log-profile}."
    },
    artefacts: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      description: "Glob patterns of the final artefacts of the pipeline; audit-record hashes every match into the record. A pattern that matches nothing fails the record."
    },
    gates: {
      type: "array",
      minItems: 1,
      description: "The expected gates, in the order they must run. A run that skips one, runs them in another order, or records an empty result fails its audit record.",
      items: {
        type: "object",
        required: ["uses"],
        additionalProperties: false,
        properties: {
          id: {
            type: "string",
            pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
            description: "Identifier of this gate, unique in the file; the step id when the action is called directly (GITHUB_ACTION). Defaults to the action name."
          },
          uses: {
            type: "string",
            pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
            description: "The action name, such as evidence-hash."
          },
          name: {
            type: "string",
            minLength: 1,
            description: "A title for reports."
          },
          with: {
            type: "object",
            description: "The action's inputs, by their action.yml names. Lists are joined with newlines. ${report-dir}, ${system-id}, ${log-profile} and ${node} (the Node.js running the suite) are replaced; $${ gives a literal ${.",
            propertyNames: {
              pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"
            },
            additionalProperties: {
              oneOf: [
                {
                  type: ["string", "number", "boolean"]
                },
                {
                  type: "array",
                  items: {
                    type: "string"
                  }
                }
              ]
            }
          },
          allowSkipped: {
            type: "object",
            description: "Checks of this gate (by check id) that may be skipped without failing the audit record, each with the reason the skip is acceptable. Every other skipped check fails the record; every waiver used is listed in the record.",
            propertyNames: {
              pattern: "^[a-z0-9]+([-.][a-z0-9]+)*$"
            },
            additionalProperties: {
              type: "string",
              minLength: 10,
              description: "Why skipping this check is acceptable, in words a reviewer can judge."
            }
          }
        }
      }
    }
  }
};

// packages/audit/src/placeholders.ts
var PLACEHOLDERS = ["report-dir", "system-id", "log-profile", "node"];
var PATTERN = /\$(\$?)\{([^}]*)\}/g;
function placeholdersIn(text) {
  const out = [];
  for (const m of text.matchAll(PATTERN)) if (m[1] === "") out.push(m[2].trim());
  return out;
}
function expandPlaceholders(text, values, location) {
  return text.replace(PATTERN, (_m, escape, name) => {
    if (escape === "$") return `\${${name}}`;
    const value = values[name.trim()];
    if (value === void 0) {
      throw new GateError("INPUT_INVALID", `placeholder \${${name}} has no value in this run`, {
        ...location,
        hint: name.trim() === "log-profile" ? "Set logProfile in the gates file" : void 0
      });
    }
    return value;
  });
}

// packages/audit/src/gates-file.ts
var RECORD_ACTION = "audit-record";
var SUITE_INPUTS = ["report-dir"];
function inputText(value) {
  return Array.isArray(value) ? value.join("\n") : String(value);
}
function at(parsed, file, segments) {
  const pos = parsed.locate(segments);
  return pos ? { file, line: pos.line, column: pos.column } : { file };
}
function fieldOf(segments) {
  return segments.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function checkAgainstSpecs(file, parsed, display, specs) {
  const seen = /* @__PURE__ */ new Map();
  return file.gates.map((entry, i) => {
    const where = (...rest) => ({
      ...at(parsed, display, ["gates", i, ...rest]),
      field: fieldOf(["gates", i, ...rest])
    });
    if (entry.uses === RECORD_ACTION) {
      throw new GateError(
        "INPUT_INVALID",
        `'${RECORD_ACTION}' writes the record of the run and is not a gate of the file`,
        {
          ...where("uses"),
          hint: "Remove this entry: the suite runner, the root action and the reusable workflow add the record themselves"
        }
      );
    }
    const spec = specs[entry.uses];
    if (!spec) {
      const known = Object.keys(specs).filter((n) => n !== RECORD_ACTION);
      throw new GateError(
        "INPUT_INVALID",
        `unknown action '${entry.uses}'; known actions: ${known.join(", ")}`,
        where("uses")
      );
    }
    const id = entry.id ?? entry.uses;
    const previous = seen.get(id);
    if (previous !== void 0) {
      throw new GateError("INPUT_INVALID", `gate id '${id}' is already used by gates[${previous}]`, {
        ...where(entry.id === void 0 ? "uses" : "id"),
        hint: "Give each entry its own id"
      });
    }
    seen.set(id, i);
    const inputs = {};
    for (const [name, value] of Object.entries(entry.with ?? {})) {
      if (SUITE_INPUTS.includes(name)) {
        throw new GateError("INPUT_INVALID", `input '${name}' is set by the suite for every gate`, where("with", name));
      }
      if (!(name in spec.inputs)) {
        const known = Object.keys(spec.inputs).filter((n) => !SUITE_INPUTS.includes(n));
        throw new GateError(
          "INPUT_INVALID",
          `${entry.uses} has no input '${name}'; its inputs are: ${known.join(", ")}`,
          where("with", name)
        );
      }
      const text = inputText(value);
      for (const p of placeholdersIn(text)) {
        if (!PLACEHOLDERS.includes(p)) {
          throw new GateError(
            "INPUT_INVALID",
            `unknown placeholder \${${p}}; known: ${PLACEHOLDERS.map((k) => `\${${k}}`).join(", ")}`,
            where("with", name)
          );
        }
      }
      inputs[name] = text;
    }
    for (const [name, input] of Object.entries(spec.inputs)) {
      if (input.required && (input.default ?? "") === "" && (inputs[name] ?? "") === "") {
        throw new GateError(
          "INPUT_MISSING",
          `${entry.uses} needs input '${name}': ${input.description}`,
          where(entry.with ? "with" : "uses")
        );
      }
    }
    const line = parsed.locate(["gates", i])?.line;
    return {
      position: i,
      id,
      uses: entry.uses,
      name: entry.name ?? id,
      with: inputs,
      allowSkipped: entry.allowSkipped ?? {},
      ...line !== void 0 ? { line } : {}
    };
  });
}
function parseGatesFile(text, display, specs) {
  if (text.trim() === "") throw new GateError("EMPTY_INPUT", "the gates file is empty", { file: display });
  const parsed = parseConfigText(text, display);
  const file = validateConfig(parsed, gates_file_schema_default, display);
  const gates = checkAgainstSpecs(file, parsed, display, specs);
  return { path: display, sha256: sha256Hex(text), file, gates };
}
async function loadGatesFile(absolute, display, specs) {
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  return parseGatesFile(text, display, specs);
}

// packages/audit/src/gate.ts
import { access as access2 } from "node:fs/promises";

// packages/audit/src/context.ts
import { spawnSync } from "node:child_process";
import * as os from "node:os";

// packages/audit/src/context-github.ts
import { readFile as readFile2 } from "node:fs/promises";

// packages/audit/src/contract.ts
var CONTRACT_ARTICLES = ["Art.12(1)", "Art.17(1)(d)"];
function foreignReason(entry, run2) {
  const r = entry.result.run;
  if (r.provider !== run2.provider) return `it ran on ${r.provider}, this record is for a ${run2.provider} run`;
  if (run2.repository !== void 0 && r.repository !== run2.repository) {
    return `it is from repository ${r.repository ?? "(none)"}, not ${run2.repository}`;
  }
  if (run2.runId !== void 0 && r.runId !== run2.runId) return `it is from run ${r.runId ?? "(none)"}, not ${run2.runId}`;
  if (run2.runAttempt !== void 0 && r.runAttempt !== void 0 && Number(r.runAttempt) > Number(run2.runAttempt)) {
    return `it is from attempt ${r.runAttempt}, later than this attempt ${run2.runAttempt}`;
  }
  if (run2.since !== void 0 && Date.parse(entry.result.startedAt) < Date.parse(run2.since)) {
    return `it started at ${entry.result.startedAt}, before this run began at ${run2.since}`;
  }
  return void 0;
}
function gateLocation(file, g) {
  return { file: file.path, ...g.line !== void 0 ? { line: g.line } : {}, field: `gates[${g.position}]` };
}
function label(g) {
  return `gates[${g.position}] '${g.id}' (${g.uses})`;
}
function match(expected, entries) {
  const outcomes = expected.map((g) => ({ expected: g, extra: [], superseded: [] }));
  const byKey = new Map(outcomes.map((o) => [`${o.expected.uses}\0${o.expected.id}`, o]));
  const unexpected = [];
  const stepless = [];
  const ordered = [...entries].sort((a, b) => a.result.startedAt.localeCompare(b.result.startedAt));
  for (const e of ordered) {
    const step = e.result.run.step;
    const o = step === void 0 ? void 0 : byKey.get(`${e.result.gate}\0${step}`);
    if (o && o.entry) o.extra.push(e);
    else if (o) o.entry = e;
    else if (step === void 0) stepless.push(e);
    else unexpected.push(e);
  }
  for (const e of stepless) {
    const candidates = outcomes.filter((o) => o.expected.uses === e.result.gate);
    const only = candidates.length === 1 ? candidates[0] : void 0;
    if (only && !only.entry) only.entry = e;
    else if (only) only.extra.push(e);
    else unexpected.push(e);
  }
  for (const o of outcomes) keepLatestAttempt(o);
  return { outcomes, unexpected };
}
function attemptOf(e) {
  return Number(e.result.run.runAttempt ?? "1");
}
function keepLatestAttempt(o) {
  if (!o.entry || o.extra.length === 0) return;
  const all = [o.entry, ...o.extra];
  const latest = Math.max(...all.map(attemptOf));
  const current = all.filter((e) => attemptOf(e) === latest);
  o.entry = current[0];
  o.extra = current.slice(1);
  o.superseded = all.filter((e) => attemptOf(e) !== latest);
}
function ledgerCheck(ledger) {
  if (ledger.problems.length === 0) {
    return makeCheck(
      "ledger-readable",
      "Every ledger file is a valid gate result",
      CONTRACT_ARTICLES,
      "pass",
      `${ledger.entries.length} gate result(s) read`
    );
  }
  const first = ledger.problems[0].error;
  return makeCheck(
    "ledger-readable",
    "Every ledger file is a valid gate result",
    CONTRACT_ARTICLES,
    "error",
    `${ledger.problems.length} ledger file(s) unreadable or not a gate result; first: ${first.message}`,
    {
      locations: ledger.problems.map((p) => {
        const l = p.error.location;
        return {
          file: l.file ?? p.file,
          ...l.line !== void 0 ? { line: l.line } : {},
          ...l.column !== void 0 ? { column: l.column } : {},
          ...l.field !== void 0 ? { field: l.field } : {}
        };
      }),
      evidence: { problems: ledger.problems.map((p) => ({ file: p.file, code: p.error.code, message: p.error.message })) }
    }
  );
}
function sequenceCheck(outcomes, file) {
  const ran = outcomes.filter((o) => o.entry).sort((a, b) => {
    const d = Date.parse(a.entry.result.startedAt) - Date.parse(b.entry.result.startedAt);
    return d !== 0 ? d : Date.parse(a.entry.result.finishedAt) - Date.parse(b.entry.result.finishedAt);
  });
  const title = "The gates ran in the order of the gates file";
  if (ran.length === 0)
    return makeCheck(
      "sequence-matches",
      title,
      CONTRACT_ARTICLES,
      "skipped",
      "no expected gate ran, so no order can be checked"
    );
  const problems = [];
  const locations = [];
  for (let i = 1; i < ran.length; i++) {
    const prev = ran[i - 1];
    const cur = ran[i];
    if (cur.expected.position < prev.expected.position) {
      problems.push(`${label(cur.expected)} ran after ${label(prev.expected)}, but the gates file puts it before`);
      locations.push(gateLocation(file, cur.expected));
    } else if (Date.parse(cur.entry.result.startedAt) < Date.parse(prev.entry.result.finishedAt)) {
      problems.push(
        `${label(cur.expected)} started at ${cur.entry.result.startedAt}, before ${label(prev.expected)} finished at ${prev.entry.result.finishedAt}`
      );
      locations.push(gateLocation(file, cur.expected));
    }
  }
  const order = ran.map((o) => o.expected.id).join(" → ");
  return problems.length === 0 ? makeCheck("sequence-matches", title, CONTRACT_ARTICLES, "pass", `ran in order: ${order}`) : makeCheck("sequence-matches", title, CONTRACT_ARTICLES, "fail", `${problems.join("; ")} (ran: ${order})`, {
    locations,
    evidence: {
      executed: ran.map((o) => ({
        id: o.expected.id,
        position: o.expected.position,
        startedAt: o.entry.result.startedAt,
        finishedAt: o.entry.result.finishedAt
      }))
    }
  });
}
function worst(statuses) {
  return statuses.includes("error") ? "error" : statuses.includes("fail") ? "fail" : "pass";
}
function checkContract(file, ledger, run2) {
  const foreign = [];
  const own = [];
  for (const e of ledger.entries) {
    const reason = foreignReason(e, run2);
    if (reason === void 0) own.push(e);
    else foreign.push({ entry: e, reason });
  }
  const { outcomes, unexpected } = match(file.gates, own);
  const checks = [ledgerCheck(ledger)];
  checks.push(
    foreign.length === 0 ? makeCheck(
      "results-from-this-run",
      "Every result belongs to this run",
      CONTRACT_ARTICLES,
      "pass",
      `${own.length} result(s) from this run`
    ) : makeCheck(
      "results-from-this-run",
      "Every result belongs to this run",
      CONTRACT_ARTICLES,
      "fail",
      `${foreign.length} result(s) from another run, not counted: ${foreign.map((f) => `${f.entry.file} (${f.entry.result.gate}): ${f.reason}`).join("; ")}`,
      { locations: foreign.map((f) => ({ file: f.entry.file, field: "run" })) }
    )
  );
  const missing = outcomes.filter((o) => !o.entry);
  const repeated = outcomes.filter((o) => o.extra.length > 0);
  const ranProblems = [
    ...missing.map((o) => `${label(o.expected)} has no result: it was skipped or never ran`),
    ...repeated.map((o) => `${label(o.expected)} ran ${o.extra.length + 1} times`)
  ];
  checks.push(
    makeCheck(
      "expected-gates-ran",
      "Every expected gate ran, once",
      CONTRACT_ARTICLES,
      ranProblems.length === 0 ? "pass" : "fail",
      ranProblems.length === 0 ? `all ${outcomes.length} expected gate(s) ran` : ranProblems.join("; "),
      {
        locations: [...missing, ...repeated].map((o) => gateLocation(file, o.expected)),
        evidence: missing.length > 0 ? { missing: missing.map((o) => o.expected.id) } : {}
      }
    )
  );
  checks.push(
    unexpected.length === 0 ? makeCheck(
      "no-unexpected-gates",
      "No result outside the gates file",
      CONTRACT_ARTICLES,
      "pass",
      "every result matches an expected gate"
    ) : makeCheck(
      "no-unexpected-gates",
      "No result outside the gates file",
      CONTRACT_ARTICLES,
      "fail",
      `${unexpected.length} result(s) match no gate of ${file.path}: ${unexpected.map((e) => `${e.result.gate} step '${e.result.run.step ?? "(none)"}' in ${e.file}`).join("; ")}`,
      {
        locations: unexpected.map((e) => ({ file: e.file, field: "run.step" })),
        evidence: { hint: "When calling an action directly, give its step the id of its gates-file entry" }
      }
    )
  );
  const ranOutcomes = outcomes.filter((o) => o.entry);
  const empty = ranOutcomes.filter((o) => o.entry.result.checks.length === 0);
  checks.push(
    makeCheck(
      "results-non-empty",
      "Every result is recorded and not empty",
      CONTRACT_ARTICLES,
      empty.length === 0 ? ranOutcomes.length === 0 ? "skipped" : "pass" : "fail",
      empty.length === 0 ? ranOutcomes.length === 0 ? "no result to inspect" : `${ranOutcomes.length} result(s) each hold at least one check` : empty.map((o) => {
        const err = o.entry.result.error;
        return `${label(o.expected)} recorded no check${err ? ` (it could not run: ${err.code} ${err.message})` : ""}`;
      }).join("; "),
      { locations: empty.map((o) => ({ file: o.entry.file, field: "checks" })) }
    )
  );
  const skippedIds = (o) => o.entry.result.checks.filter((c) => c.status === "skipped").map((c) => c.id);
  const skipping = ranOutcomes.filter((o) => skippedIds(o).some((id) => !(id in o.expected.allowSkipped)));
  const waived = ranOutcomes.flatMap(
    (o) => skippedIds(o).filter((id) => id in o.expected.allowSkipped).map((id) => ({ gate: o.expected.id, check: id, reason: o.expected.allowSkipped[id] }))
  );
  const waiverNote = waived.length === 0 ? "" : `; ${waived.length} skip(s) waived by the gates file: ${waived.map((w) => `${w.gate} ${w.check} (${w.reason})`).join("; ")}`;
  checks.push(
    makeCheck(
      "no-gate-skipped",
      "No gate skipped any of its checks",
      CONTRACT_ARTICLES,
      skipping.length === 0 && missing.length === 0 ? "pass" : "fail",
      (skipping.length === 0 && missing.length === 0 ? "no gate was skipped and no check was skipped without a waiver" : [
        ...missing.map((o) => `${label(o.expected)} was skipped`),
        ...skipping.map((o) => {
          const ids = skippedIds(o).filter((id) => !(id in o.expected.allowSkipped));
          return `${label(o.expected)} skipped ${ids.join(", ")}`;
        })
      ].join("; ")) + waiverNote,
      {
        locations: [
          ...missing.map((o) => gateLocation(file, o.expected)),
          ...skipping.map((o) => ({ file: o.entry.file, field: "checks" }))
        ],
        ...waived.length > 0 ? { evidence: { waived } } : {}
      }
    )
  );
  checks.push(sequenceCheck(outcomes, file));
  const statuses = ranOutcomes.map((o) => o.entry.result.status);
  const notPassed = ranOutcomes.filter((o) => o.entry.result.status !== "pass");
  const verdict = ranOutcomes.length === 0 ? "skipped" : worst(statuses);
  checks.push(
    makeCheck(
      "gates-passed",
      "Every gate that ran passed",
      CONTRACT_ARTICLES,
      verdict,
      ranOutcomes.length === 0 ? "no gate ran" : notPassed.length === 0 ? `${ranOutcomes.length} gate(s) passed` : notPassed.map((o) => `${label(o.expected)} ${o.entry.result.status === "error" ? "could not run" : "failed"}`).join("; "),
      { locations: notPassed.map((o) => ({ file: o.entry.file, field: "status" })) }
    )
  );
  return { checks, outcomes, unexpected, foreign };
}

// packages/audit/src/github.ts
import { createHash } from "node:crypto";
var MAX_PAGES = 100;
var GitHubClient = class {
  constructor(apiUrl, token, record, signal) {
    this.apiUrl = apiUrl;
    this.token = token;
    this.record = record;
    this.signal = signal;
  }
  apiUrl;
  token;
  record;
  signal;
  async request(url) {
    const headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "ai-act-gates"
    };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let response;
    try {
      response = await fetch(url, { headers, ...this.signal ? { signal: this.signal } : {} });
    } catch (error) {
      this.record({ kind: "github-api", uri: url, method: "GET", status: "unreachable" });
      throw new GateError("NETWORK", `GitHub API unreachable at ${url}: ${error.message}`, { cause: error });
    }
    this.record({ kind: "github-api", uri: url, method: "GET", status: String(response.status) });
    const text = await response.text();
    if (!response.ok) {
      const hint = response.status === 403 || response.status === 404 ? "Give the job `permissions: actions: read` and pass github-token" : void 0;
      throw new GateError(
        "NETWORK",
        `GitHub API answered ${response.status} for ${url}: ${text.slice(0, 200)}`,
        hint ? { hint } : {}
      );
    }
    try {
      return { body: JSON.parse(text), link: response.headers.get("link") };
    } catch (error) {
      throw new GateError("PARSE_ERROR", `GitHub API sent a body that is not JSON for ${url}`, { cause: error });
    }
  }
  /** GET raw bytes (an artifact archive), following GitHub's redirect to its storage. */
  async download(path2) {
    const url = this.url(path2);
    let response;
    try {
      response = await fetch(url, {
        headers: {
          authorization: `Bearer ${this.token}`,
          "x-github-api-version": "2022-11-28",
          "user-agent": "ai-act-gates"
        },
        redirect: "follow",
        ...this.signal ? { signal: this.signal } : {}
      });
    } catch (error) {
      this.record({ kind: "github-api", uri: url, method: "GET", status: "unreachable" });
      throw new GateError("NETWORK", `GitHub API unreachable at ${url}: ${error.message}`, { cause: error });
    }
    const body = Buffer.from(await response.arrayBuffer());
    this.record({
      kind: "github-api",
      uri: url,
      method: "GET",
      status: String(response.status),
      ...response.ok ? { digest: `sha256:${createHash("sha256").update(body).digest("hex")}` } : {}
    });
    if (!response.ok) throw new GateError("NETWORK", `GitHub API answered ${response.status} for ${url}`);
    return body;
  }
  /** GET one resource. */
  async get(path2) {
    return (await this.request(this.url(path2))).body;
  }
  /**
   * GET every page of a list. `key` names the array in an object response (such as
   * `jobs`), whose `total_count` must then match what the pages held.
   */
  async list(path2, key) {
    const items = [];
    let url = this.url(path2);
    let total;
    for (let page = 0; url !== void 0; page++) {
      if (page >= MAX_PAGES)
        throw new GateError("NETWORK", `GitHub API kept paginating past ${MAX_PAGES} pages at ${url}`);
      const { body, link } = await this.request(url);
      const array = key === void 0 ? body : body[key];
      if (!Array.isArray(array))
        throw new GateError("PARSE_ERROR", `GitHub API response for ${url} has no ${key ?? "array"}`);
      if (key !== void 0) total = body.total_count;
      items.push(...array);
      url = nextLink(link, this.apiUrl);
    }
    if (total !== void 0 && total !== items.length) {
      throw new GateError("NETWORK", `GitHub API reported ${total} ${key} but its pages held ${items.length}`, {
        hint: "The run changed while it was read, or pagination broke; run the record again"
      });
    }
    return items;
  }
  url(path2) {
    return `${this.apiUrl.replace(/\/+$/, "")}${path2}`;
  }
};
function nextLink(link, apiUrl) {
  if (!link) return void 0;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2].split(/\s+/).includes("next")) {
      const next = new URL(m[1], apiUrl);
      if (next.origin !== new URL(apiUrl).origin) {
        throw new GateError("NETWORK", `GitHub API pagination points to another origin: ${next.origin}`);
      }
      return next.toString();
    }
  }
  return void 0;
}
async function readRunFromApi(client, repository, runId) {
  const base = `/repos/${repository}/actions/runs/${encodeURIComponent(runId)}`;
  const run2 = await client.get(base);
  const jobs = await client.list(`${base}/jobs?filter=latest&per_page=100`, "jobs");
  const approvals = await client.list(`${base}/approvals`);
  const pendingDeployments = await client.list(`${base}/pending_deployments`);
  return { run: run2, jobs, approvals, pendingDeployments };
}

// packages/audit/src/context-github.ts
function utc(value) {
  if (value === null || value === void 0 || value === "") return void 0;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString();
}
function span(from, to) {
  if (from === void 0 || to === void 0) return void 0;
  const ms = Date.parse(to) - Date.parse(from);
  return ms >= 0 ? ms : void 0;
}
function toRecordJob(job) {
  const createdAt = utc(job.created_at);
  const startedAt = utc(job.started_at);
  const completedAt = utc(job.completed_at);
  const out = {
    id: job.id,
    name: job.name,
    status: job.status,
    conclusion: job.conclusion,
    steps: (job.steps ?? []).map((s) => {
      const started = utc(s.started_at);
      const completed = utc(s.completed_at);
      return {
        number: s.number,
        name: s.name,
        status: s.status,
        conclusion: s.conclusion,
        ...started ? { startedAt: started } : {},
        ...completed ? { completedAt: completed } : {}
      };
    })
  };
  if (createdAt) out.createdAt = createdAt;
  if (startedAt) out.startedAt = startedAt;
  if (completedAt) out.completedAt = completedAt;
  const wait = span(createdAt, startedAt);
  if (wait !== void 0) out.queueWaitMs = wait;
  const duration = span(startedAt, completedAt);
  if (duration !== void 0) out.durationMs = duration;
  if (job.html_url) out.url = job.html_url;
  if (job.runner_name) out.runnerName = job.runner_name;
  if (job.labels && job.labels.length > 0) out.labels = job.labels;
  return out;
}
async function readEvent(env, record) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    const event = JSON.parse(await readFile2(file, "utf8"));
    record({ kind: "file", uri: file, status: "read" });
    return event;
  } catch (error) {
    throw toGateError(error, file);
  }
}
function workflowFrom(ref, sha, source) {
  if (!ref && !sha) return void 0;
  return { ...ref ? { ref } : {}, ...sha ? { sha } : {}, source };
}
var BAD_CONCLUSIONS = ["failure", "cancelled", "timed_out", "action_required", "startup_failure"];
function jobsCheck(jobs) {
  const bad = jobs.filter((j) => j.conclusion !== null && BAD_CONCLUSIONS.includes(j.conclusion));
  const steps = jobs.reduce((n, j) => n + j.steps.length, 0);
  return bad.length === 0 ? makeCheck(
    "pipeline-jobs",
    "The run’s jobs and steps are recorded and none ended badly",
    CONTRACT_ARTICLES,
    "pass",
    `${jobs.length} job(s) and ${steps} step(s) recorded`
  ) : makeCheck(
    "pipeline-jobs",
    "The run’s jobs and steps are recorded and none ended badly",
    CONTRACT_ARTICLES,
    "fail",
    `${bad.length} job(s) ended badly: ${bad.map((j) => `${j.name} (${j.conclusion})`).join(", ")}`,
    { locations: bad.map((j) => ({ resource: j.name, ...j.url ? { url: j.url } : {} })) }
  );
}
function jobsUnreadCheck(message, extra) {
  return makeCheck("pipeline-jobs", "The run’s jobs and steps are recorded", CONTRACT_ARTICLES, "error", message, extra);
}
function humansFrom(api, env) {
  const humans = [];
  const actor = api?.run.actor?.login ?? env.GITHUB_ACTOR;
  const triggering = api?.run.triggering_actor?.login ?? env.GITHUB_TRIGGERING_ACTOR;
  if (actor) humans.push({ role: "actor", login: actor, ...api?.run.actor?.type ? { type: api.run.actor.type } : {} });
  if (triggering) {
    humans.push({
      role: "triggering-actor",
      login: triggering,
      ...api?.run.triggering_actor?.type ? { type: api.run.triggering_actor.type } : {},
      ...triggering !== actor ? { detail: "started or re-ran this run; differs from the actor" } : {}
    });
  }
  for (const a of api?.approvals ?? []) {
    humans.push({
      role: "approver",
      login: a.user.login,
      ...a.user.type ? { type: a.user.type } : {},
      detail: `${a.state ?? a.issue_state ?? "unknown"} ${a.environments.map((e) => e.name ?? String(e.id)).join(", ")}${a.comment ? `: ${a.comment}` : ""}`
    });
  }
  for (const p of api?.pendingDeployments ?? []) {
    for (const r of p.reviewers) {
      humans.push({
        role: "required-reviewer",
        login: r.reviewer.login ?? r.reviewer.slug ?? r.reviewer.name ?? String(r.reviewer.id),
        type: r.type,
        detail: `review pending for ${p.environment.name ?? String(p.environment.id)}`
      });
    }
  }
  return humans;
}
async function githubContext(options) {
  const { env } = options;
  const event = await readEvent(env, options.recordResource);
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  const checks = [];
  let api;
  if (!repository || !runId) {
    checks.push(jobsUnreadCheck("GITHUB_REPOSITORY or GITHUB_RUN_ID is not set: the run cannot be read"));
  } else if (!options.githubToken) {
    checks.push(
      jobsUnreadCheck("no github-token: the jobs, steps and approvals of the run cannot be read", {
        locations: [{ field: "github-token" }]
      })
    );
  } else {
    const client = new GitHubClient(
      env.GITHUB_API_URL ?? "https://api.github.com",
      options.githubToken,
      options.recordResource,
      options.signal
    );
    try {
      api = await readRunFromApi(client, repository, runId);
    } catch (error) {
      const e = toGateError(error);
      checks.push(jobsUnreadCheck(e.message));
    }
  }
  const jobs = (api?.jobs ?? []).map(toRecordJob);
  if (api) checks.push(jobsCheck(jobs));
  const called = [];
  const own = workflowFrom(options.jobWorkflowRef, options.jobWorkflowSha, "job-workflow");
  if (own) called.push(own);
  for (const w of api?.run.referenced_workflows ?? []) called.push({ ref: w.path, sha: w.sha, source: "api" });
  const schedule = typeof event.schedule === "string" ? event.schedule : void 0;
  const inputs = event.inputs && typeof event.inputs === "object" ? event.inputs : void 0;
  const run2 = api?.run;
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  const pipeline = {
    provider: "github-actions",
    ...run2?.name ?? env.GITHUB_WORKFLOW ? { name: run2?.name ?? env.GITHUB_WORKFLOW } : {},
    ...repository ? { repository } : {},
    ...runId ? { runId } : {},
    ...env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {},
    ...env.GITHUB_RUN_NUMBER ? { runNumber: env.GITHUB_RUN_NUMBER } : run2?.run_number ? { runNumber: String(run2.run_number) } : {},
    ...run2?.html_url ? { url: run2.html_url } : repository && runId ? { url: `${serverUrl}/${repository}/actions/runs/${runId}` } : {},
    trigger: {
      event: run2?.event ?? env.GITHUB_EVENT_NAME ?? "unknown",
      ...env.GITHUB_REF ? { ref: env.GITHUB_REF } : {},
      ...env.GITHUB_SHA ?? run2?.head_sha ? { sha: env.GITHUB_SHA ?? run2.head_sha } : {},
      ...run2?.actor?.login ?? env.GITHUB_ACTOR ? { actor: run2?.actor?.login ?? env.GITHUB_ACTOR } : {},
      ...run2?.triggering_actor?.login ?? env.GITHUB_TRIGGERING_ACTOR ? { triggeringActor: run2?.triggering_actor?.login ?? env.GITHUB_TRIGGERING_ACTOR } : {},
      ...schedule ? { schedule } : {},
      ...inputs ? { inputs } : {}
    },
    configuration: {
      ...workflowFrom(env.GITHUB_WORKFLOW_REF, env.GITHUB_WORKFLOW_SHA, "env") ? { workflow: workflowFrom(env.GITHUB_WORKFLOW_REF, env.GITHUB_WORKFLOW_SHA, "env") } : {},
      calledWorkflows: called
    },
    ...utc(run2?.created_at) ? { createdAt: utc(run2?.created_at) } : {},
    ...utc(run2?.run_started_at) ? { startedAt: utc(run2?.run_started_at) } : {}
  };
  return {
    pipeline,
    jobs,
    approvals: (api?.approvals ?? []).map((a) => ({
      environments: a.environments.map((e) => e.name ?? String(e.id)),
      state: a.state ?? a.issue_state ?? "unknown",
      comment: a.comment ?? "",
      user: { login: a.user.login, id: a.user.id, ...a.user.type ? { type: a.user.type } : {} }
    })),
    pendingDeployments: (api?.pendingDeployments ?? []).map((p) => ({
      environment: p.environment.name ?? String(p.environment.id),
      waitTimerMinutes: p.wait_timer,
      waitTimerStartedAt: utc(p.wait_timer_started_at) ?? null,
      reviewers: p.reviewers.map((r) => ({
        type: r.type,
        name: r.reviewer.login ?? r.reviewer.slug ?? r.reviewer.name ?? String(r.reviewer.id)
      }))
    })),
    humans: humansFrom(api, env),
    artefacts: [],
    signing: options.signing,
    checks
  };
}

// packages/audit/src/context.ts
function git(args, cwd, record) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  record({ kind: "process", uri: `git ${args.join(" ")}`, status: String(r.status ?? "not started") });
  return r.status === 0 ? r.stdout.trim() : void 0;
}
function localUser(env) {
  try {
    return os.userInfo().username;
  } catch {
    return env.USER ?? env.LOGNAME ?? "unknown";
  }
}
async function localContext(options) {
  const { workspace, recordResource } = options;
  const commit = git(["rev-parse", "HEAD"], workspace, recordResource);
  const status = commit === void 0 ? void 0 : git(["status", "--porcelain", "--untracked-files=no"], workspace, recordResource);
  const gatesFileCommit = commit === void 0 ? void 0 : git(["log", "-1", "--format=%H", "--", options.gatesFilePath], workspace, recordResource);
  const user = localUser(options.env);
  return {
    pipeline: {
      provider: "local",
      name: "ai-act-gates run",
      trigger: { event: "cli", actor: user, ...commit ? { sha: commit } : {} },
      configuration: {
        calledWorkflows: [],
        ...commit ? { commit } : {},
        ...status !== void 0 ? { dirty: status !== "" } : {},
        ...gatesFileCommit ? { gatesFileCommit } : {}
      }
    },
    jobs: [],
    approvals: [],
    pendingDeployments: [],
    humans: [{ role: "local-user", login: user, detail: "ran the suite from the command line" }],
    artefacts: [],
    signing: options.signing,
    checks: []
  };
}
async function collectContext(options) {
  return options.env.GITHUB_ACTIONS === "true" ? githubContext(options) : localContext(options);
}
function localJob(outcomes, status) {
  const ran = outcomes.filter((o) => o.entry);
  const startedAt = ran[0]?.entry?.result.startedAt;
  const completedAt = ran[ran.length - 1]?.entry?.result.finishedAt;
  const conclusion = status === "pass" ? "success" : "failure";
  return {
    name: "ai-act-gates run",
    status: "completed",
    conclusion,
    ...startedAt ? { startedAt } : {},
    ...completedAt ? { completedAt } : {},
    ...startedAt && completedAt ? { durationMs: Math.max(0, Date.parse(completedAt) - Date.parse(startedAt)) } : {},
    steps: outcomes.map((o, i) => {
      const r = o.entry?.result;
      return {
        number: i + 1,
        name: `${o.expected.id} (${o.expected.uses})`,
        status: r ? "completed" : "skipped",
        conclusion: r ? r.status === "pass" ? "success" : "failure" : "skipped",
        ...r ? { startedAt: r.startedAt, completedAt: r.finishedAt } : {}
      };
    })
  };
}

// packages/audit/src/ledger.ts
import { readFile as readFile3 } from "node:fs/promises";

// schemas/gate-result.schema.json
var gate_result_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/gate-result.schema.json",
  title: "GateResult",
  description: "The result of one ai-act-gates gate run, whichever front door (action, CLI, suite) ran it.",
  type: "object",
  required: [
    "schemaVersion",
    "gate",
    "version",
    "status",
    "startedAt",
    "finishedAt",
    "subject",
    "checks",
    "evidence",
    "metrics",
    "outputs",
    "resources",
    "inputs",
    "run"
  ],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1, description: "Version of this format." },
    gate: {
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: "The action name, such as evidence-hash."
    },
    version: { type: "string", minLength: 1, description: "Version of ai-act-gates that produced the result." },
    status: {
      enum: ["pass", "fail", "error"],
      description: "pass only when every check that ran passed and at least one ran; error when the gate could not run to the end."
    },
    startedAt: { type: "string", format: "date-time" },
    finishedAt: { type: "string", format: "date-time" },
    subject: {
      type: "object",
      description: "What the gate judged: repository, commit, image digest, system id, manifest.",
      additionalProperties: { type: ["string", "number", "boolean"] }
    },
    checks: { type: "array", items: { $ref: "#/$defs/check" } },
    evidence: { type: "array", items: { $ref: "#/$defs/evidenceFile" } },
    metrics: {
      type: "object",
      additionalProperties: { type: "number" },
      description: "Counts and durations; durationMs is always present."
    },
    outputs: { type: "object", additionalProperties: { type: "string" }, description: "The action outputs." },
    resources: {
      type: "array",
      items: { $ref: "#/$defs/resource" },
      description: "External resources the gate accessed."
    },
    inputs: {
      type: "object",
      additionalProperties: { type: "string" },
      description: "The inputs the gate ran with; secrets are replaced by ***."
    },
    run: { $ref: "#/$defs/run" },
    error: {
      type: "object",
      description: "Why the gate could not run, when status is error.",
      required: ["code", "message"],
      additionalProperties: false,
      properties: {
        code: { type: "string", pattern: "^[A-Z][A-Z0-9_]*$" },
        message: { type: "string", minLength: 1 },
        file: { type: "string" },
        line: { type: "integer", minimum: 1 },
        field: { type: "string" }
      }
    }
  },
  allOf: [
    {
      if: { properties: { status: { const: "pass" } } },
      then: { properties: { checks: { minItems: 1 } }, not: { required: ["error"] } }
    }
  ],
  $defs: {
    check: {
      type: "object",
      required: ["id", "title", "articles", "status", "message"],
      additionalProperties: false,
      properties: {
        id: { type: "string", pattern: "^[a-z0-9]+([-.][a-z0-9]+)*$" },
        title: { type: "string", minLength: 1 },
        articles: {
          type: "array",
          items: { type: "string", pattern: "^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$" }
        },
        status: { enum: ["pass", "fail", "error", "skipped", "unknown"] },
        message: { type: "string", minLength: 1 },
        locations: { type: "array", items: { $ref: "#/$defs/location" } },
        evidence: { type: "object" }
      }
    },
    location: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        file: { type: "string" },
        line: { type: "integer", minimum: 1 },
        column: { type: "integer", minimum: 1 },
        endLine: { type: "integer", minimum: 1 },
        entryIndex: { type: "integer", minimum: 0 },
        inputId: { type: "string" },
        field: { type: "string" },
        resource: { type: "string" },
        commit: { type: "string" },
        url: { type: "string" }
      }
    },
    evidenceFile: {
      type: "object",
      required: ["path", "sha256", "size"],
      additionalProperties: false,
      properties: {
        path: { type: "string", minLength: 1 },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
        size: { type: "integer", minimum: 0 },
        role: { enum: ["input", "output", "report"] },
        category: { type: "string" }
      }
    },
    resource: {
      type: "object",
      required: ["kind", "uri", "at"],
      additionalProperties: false,
      properties: {
        kind: { enum: ["registry", "http", "github-api", "transparency-log", "oidc", "process", "file"] },
        uri: { type: "string", minLength: 1 },
        method: { type: "string" },
        status: { type: "string" },
        digest: { type: "string" },
        at: { type: "string", format: "date-time" }
      }
    },
    run: {
      type: "object",
      required: ["provider"],
      additionalProperties: false,
      properties: {
        provider: { enum: ["github-actions", "local"] },
        repository: { type: "string" },
        runId: { type: "string" },
        runAttempt: { type: "string" },
        workflow: { type: "string" },
        workflowRef: { type: "string" },
        job: { type: "string" },
        step: { type: "string" },
        event: { type: "string" },
        sha: { type: "string" },
        ref: { type: "string" },
        actor: { type: "string" },
        serverUrl: { type: "string" }
      }
    }
  }
};

// packages/audit/src/ledger.ts
async function readLedgerFile(absolute, display) {
  let text;
  try {
    text = await readFile3(absolute, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  if (text.trim() === "") {
    throw new GateError("EMPTY_INPUT", "the ledger file is empty: a gate recorded no result", { file: display });
  }
  const parsed = parseConfigText(text, display.endsWith(".json") ? display : `${display}.json`);
  const result = validateConfig(parsed, gate_result_schema_default, display);
  return { file: display, sha256: sha256Hex(text), result };
}
async function collectLedger(patterns, workspace) {
  const files = await expandGlobs(patterns, { workspace, field: "ledger", allowEmpty: true });
  const ledger = { entries: [], problems: [], recordResults: 0 };
  for (const f of files) {
    try {
      const entry = await readLedgerFile(f.absolute, f.relative);
      if (entry.result.gate === RECORD_ACTION) ledger.recordResults++;
      else ledger.entries.push(entry);
    } catch (error) {
      const e = toGateError(error, f.relative);
      ledger.problems.push({
        file: f.relative,
        error: e.location.file === void 0 ? new GateError(e.code, e.detail, { file: f.relative }) : e
      });
    }
  }
  return ledger;
}

// schemas/pipeline-audit-record.schema.json
var pipeline_audit_record_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/pipeline-audit-record.schema.json",
  title: "Pipeline audit record",
  description: "One per pipeline run, written by audit-record: the trigger, the pipeline configuration version, every job and step with times and outcomes, the humans who intervened, the external resources each gate accessed, the artefacts with their digests, and the verdict of the expected-gate contract. Signed as the predicate of an in-toto Statement v1.",
  type: "object",
  required: [
    "recordVersion",
    "generator",
    "recordedAt",
    "status",
    "summary",
    "system",
    "gatesFile",
    "pipeline",
    "jobs",
    "approvals",
    "pendingDeployments",
    "humans",
    "gates",
    "unexpectedResults",
    "foreignResults",
    "resources",
    "artefacts",
    "contract",
    "signing"
  ],
  additionalProperties: false,
  properties: {
    recordVersion: {
      const: 1
    },
    generator: {
      type: "object",
      required: ["name", "version"],
      additionalProperties: false,
      properties: {
        name: {
          type: "string"
        },
        version: {
          type: "string"
        }
      }
    },
    recordedAt: {
      type: "string",
      format: "date-time",
      description: "When the record was written: the end of the run."
    },
    status: {
      enum: ["pass", "fail", "error"],
      description: "pass only when every contract check passed; error when a gate or the record could not run."
    },
    summary: {
      type: "string",
      minLength: 1,
      description: "One sentence on the verdict."
    },
    system: {
      type: "object",
      required: ["id", "name", "intendedPurpose", "annexIII"],
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        name: {
          type: "string",
          minLength: 1
        },
        intendedPurpose: {
          type: "string",
          minLength: 1
        },
        annexIII: {
          type: "string",
          minLength: 1
        },
        provider: {
          type: "string"
        },
        version: {
          type: "string"
        },
        logProfile: {
          type: "string"
        }
      }
    },
    gatesFile: {
      type: "object",
      required: ["path", "sha256", "gates"],
      additionalProperties: false,
      description: "The pipeline definition the run was checked against.",
      properties: {
        path: {
          type: "string",
          minLength: 1
        },
        sha256: {
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        },
        gates: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["position", "id", "uses", "name", "with"],
            additionalProperties: false,
            properties: {
              position: {
                type: "integer",
                minimum: 0
              },
              id: {
                type: "string",
                minLength: 1
              },
              uses: {
                type: "string",
                minLength: 1
              },
              name: {
                type: "string",
                minLength: 1
              },
              with: {
                type: "object",
                additionalProperties: {
                  type: "string"
                }
              }
            }
          }
        }
      }
    },
    pipeline: {
      type: "object",
      required: ["provider", "trigger", "configuration", "startedAt", "finishedAt"],
      additionalProperties: false,
      properties: {
        provider: {
          enum: ["github-actions", "local"]
        },
        name: {
          type: "string"
        },
        repository: {
          type: "string"
        },
        runId: {
          type: "string"
        },
        runAttempt: {
          type: "string"
        },
        runNumber: {
          type: "string"
        },
        url: {
          type: "string"
        },
        trigger: {
          type: "object",
          required: ["event"],
          additionalProperties: false,
          description: "What started the run and who.",
          properties: {
            event: {
              type: "string",
              minLength: 1,
              description: "push, pull_request, workflow_dispatch, schedule, ... or cli for a local run."
            },
            ref: {
              type: "string"
            },
            sha: {
              type: "string"
            },
            actor: {
              type: "string"
            },
            triggeringActor: {
              type: "string"
            },
            schedule: {
              type: "string",
              description: "The cron expression of a scheduled run."
            },
            inputs: {
              type: "object",
              description: "The inputs of a manually dispatched run."
            }
          }
        },
        configuration: {
          type: "object",
          required: ["calledWorkflows"],
          additionalProperties: false,
          description: "The version of the pipeline configuration that ran.",
          properties: {
            workflow: {
              type: "object",
              required: ["source"],
              additionalProperties: false,
              properties: {
                ref: {
                  type: "string",
                  description: "owner/repo/.github/workflows/file.yml@ref"
                },
                sha: {
                  type: "string"
                },
                source: {
                  enum: ["env", "job-workflow", "api"]
                }
              }
            },
            calledWorkflows: {
              type: "array",
              items: {
                type: "object",
                required: ["source"],
                additionalProperties: false,
                properties: {
                  ref: {
                    type: "string",
                    description: "owner/repo/.github/workflows/file.yml@ref"
                  },
                  sha: {
                    type: "string"
                  },
                  source: {
                    enum: ["env", "job-workflow", "api"]
                  }
                }
              }
            },
            commit: {
              type: "string"
            },
            dirty: {
              type: "boolean"
            },
            gatesFileCommit: {
              type: "string"
            }
          }
        },
        createdAt: {
          type: "string",
          format: "date-time"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        finishedAt: {
          type: "string",
          format: "date-time"
        }
      }
    },
    jobs: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "status", "conclusion", "steps"],
        additionalProperties: false,
        properties: {
          id: {
            type: "integer"
          },
          name: {
            type: "string",
            minLength: 1
          },
          status: {
            type: "string",
            minLength: 1
          },
          conclusion: {
            type: ["string", "null"]
          },
          createdAt: {
            type: "string",
            format: "date-time"
          },
          startedAt: {
            type: "string",
            format: "date-time"
          },
          completedAt: {
            type: "string",
            format: "date-time"
          },
          queueWaitMs: {
            type: "integer",
            minimum: 0,
            description: "startedAt - createdAt: time spent waiting for a runner."
          },
          durationMs: {
            type: "integer",
            minimum: 0
          },
          url: {
            type: "string"
          },
          runnerName: {
            type: "string"
          },
          labels: {
            type: "array",
            items: {
              type: "string"
            }
          },
          steps: {
            type: "array",
            items: {
              type: "object",
              required: ["number", "name", "status", "conclusion"],
              additionalProperties: false,
              properties: {
                number: {
                  type: "integer"
                },
                name: {
                  type: "string"
                },
                status: {
                  type: "string",
                  minLength: 1
                },
                conclusion: {
                  type: ["string", "null"]
                },
                startedAt: {
                  type: "string",
                  format: "date-time"
                },
                completedAt: {
                  type: "string",
                  format: "date-time"
                }
              }
            }
          }
        }
      }
    },
    approvals: {
      type: "array",
      items: {
        type: "object",
        required: ["environments", "state", "comment", "user"],
        additionalProperties: false,
        properties: {
          environments: {
            type: "array",
            items: {
              type: "string"
            }
          },
          state: {
            type: "string",
            minLength: 1
          },
          comment: {
            type: "string"
          },
          user: {
            type: "object",
            required: ["login", "id"],
            additionalProperties: false,
            properties: {
              login: {
                type: "string",
                minLength: 1
              },
              id: {
                type: "integer"
              },
              type: {
                type: "string"
              }
            }
          }
        }
      }
    },
    pendingDeployments: {
      type: "array",
      items: {
        type: "object",
        required: ["environment", "waitTimerMinutes", "waitTimerStartedAt", "reviewers"],
        additionalProperties: false,
        properties: {
          environment: {
            type: "string"
          },
          waitTimerMinutes: {
            type: "integer",
            minimum: 0
          },
          waitTimerStartedAt: {
            type: ["string", "null"]
          },
          reviewers: {
            type: "array",
            items: {
              type: "object",
              required: ["type", "name"],
              additionalProperties: false,
              properties: {
                type: {
                  type: "string"
                },
                name: {
                  type: "string"
                }
              }
            }
          }
        }
      }
    },
    humans: {
      type: "array",
      description: "Every person who started, re-ran or approved the run, or whose review it waits for.",
      items: {
        type: "object",
        required: ["role", "login"],
        additionalProperties: false,
        properties: {
          role: {
            enum: ["actor", "triggering-actor", "approver", "required-reviewer", "local-user"]
          },
          login: {
            type: "string",
            minLength: 1
          },
          type: {
            type: "string"
          },
          detail: {
            type: "string"
          }
        }
      }
    },
    gates: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["position", "id", "uses", "name", "status", "extraRuns"],
        additionalProperties: false,
        properties: {
          position: {
            type: "integer",
            minimum: 0
          },
          id: {
            type: "string",
            minLength: 1
          },
          uses: {
            type: "string",
            minLength: 1
          },
          name: {
            type: "string",
            minLength: 1
          },
          status: {
            enum: ["pass", "fail", "error", "missing"]
          },
          startedAt: {
            type: "string",
            format: "date-time"
          },
          finishedAt: {
            type: "string",
            format: "date-time"
          },
          durationMs: {
            type: "integer",
            minimum: 0
          },
          checks: {
            type: "object",
            required: ["pass", "fail", "error", "skipped", "unknown"],
            additionalProperties: false,
            properties: {
              pass: {
                type: "integer",
                minimum: 0
              },
              fail: {
                type: "integer",
                minimum: 0
              },
              error: {
                type: "integer",
                minimum: 0
              },
              skipped: {
                type: "integer",
                minimum: 0
              },
              unknown: {
                type: "integer",
                minimum: 0
              }
            }
          },
          ledgerFile: {
            type: "string"
          },
          ledgerSha256: {
            type: "string",
            pattern: "^[0-9a-f]{64}$"
          },
          job: {
            type: "string"
          },
          step: {
            type: "string"
          },
          runAttempt: {
            type: "string"
          },
          error: {
            type: "object",
            required: ["code", "message"],
            additionalProperties: false,
            properties: {
              code: {
                type: "string"
              },
              message: {
                type: "string"
              }
            }
          },
          extraRuns: {
            type: "integer",
            minimum: 0,
            description: "Results beyond the first for the same gate in the same attempt: the gate ran more than once, which fails the record."
          },
          supersededRuns: {
            type: "integer",
            minimum: 1,
            description: "Results of earlier attempts of the run, replaced by a re-run of the gate."
          }
        }
      }
    },
    unexpectedResults: {
      type: "array",
      items: {
        type: "object",
        required: ["file", "gate"],
        additionalProperties: false,
        properties: {
          file: {
            type: "string"
          },
          gate: {
            type: "string"
          },
          step: {
            type: "string"
          }
        }
      }
    },
    foreignResults: {
      type: "array",
      items: {
        type: "object",
        required: ["file", "gate", "reason"],
        additionalProperties: false,
        properties: {
          file: {
            type: "string"
          },
          gate: {
            type: "string"
          },
          reason: {
            type: "string"
          }
        }
      }
    },
    resources: {
      type: "array",
      description: "Every external resource each gate recorded: registry pulls, API calls, downloads.",
      items: {
        type: "object",
        required: ["gate", "kind", "uri", "at"],
        additionalProperties: false,
        properties: {
          gate: {
            type: "string"
          },
          kind: {
            enum: ["registry", "http", "github-api", "transparency-log", "oidc", "process", "file"]
          },
          uri: {
            type: "string",
            minLength: 1
          },
          method: {
            type: "string"
          },
          status: {
            type: "string"
          },
          digest: {
            type: "string"
          },
          at: {
            type: "string",
            format: "date-time"
          }
        }
      }
    },
    artefacts: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "sha256", "size", "source"],
        additionalProperties: false,
        properties: {
          path: {
            type: "string",
            minLength: 1
          },
          sha256: {
            type: "string",
            pattern: "^[0-9a-f]{64}$"
          },
          size: {
            type: "integer",
            minimum: 0
          },
          source: {
            enum: ["gate", "artefacts"]
          },
          gate: {
            type: "string"
          },
          role: {
            type: "string"
          },
          category: {
            type: "string"
          }
        }
      }
    },
    contract: {
      type: "array",
      minItems: 1,
      description: "The checks of the expected-gate contract and of the record itself, in the GateResult check format.",
      items: {
        $ref: "#/$defs/check"
      }
    },
    signing: {
      type: "object",
      required: ["kind"],
      additionalProperties: false,
      description: "Who signs the statement whose predicate is this record, stated before signing. A verifier compares it with the signer it verified; it never trusts it.",
      if: {
        properties: {
          kind: {
            const: "sigstore-keyless"
          }
        }
      },
      then: {
        required: ["identity", "issuer"]
      },
      else: {
        required: ["algorithm", "keyId", "publicKey"]
      },
      properties: {
        kind: {
          enum: ["key", "ephemeral", "sigstore-keyless"]
        },
        algorithm: {
          type: "string"
        },
        keyId: {
          type: "string"
        },
        publicKey: {
          type: "string"
        },
        identity: {
          type: "string",
          minLength: 1,
          description: "Keyless: the certificate identity Fulcio certifies, such as https://github.com/<job_workflow_ref> for a GitHub Actions job."
        },
        issuer: {
          type: "string",
          minLength: 1,
          description: "Keyless: the OIDC issuer of that identity, such as https://token.actions.githubusercontent.com."
        }
      }
    }
  },
  $defs: {
    check: {
      type: "object",
      required: ["id", "title", "articles", "status", "message"],
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          pattern: "^[a-z0-9]+([-.][a-z0-9]+)*$"
        },
        title: {
          type: "string",
          minLength: 1
        },
        articles: {
          type: "array",
          items: {
            type: "string",
            pattern: "^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$"
          }
        },
        status: {
          enum: ["pass", "fail", "error", "skipped", "unknown"]
        },
        message: {
          type: "string",
          minLength: 1
        },
        locations: {
          type: "array",
          items: {
            $ref: "#/$defs/location"
          }
        },
        evidence: {
          type: "object"
        }
      }
    },
    location: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        file: {
          type: "string"
        },
        line: {
          type: "integer",
          minimum: 1
        },
        column: {
          type: "integer",
          minimum: 1
        },
        endLine: {
          type: "integer",
          minimum: 1
        },
        entryIndex: {
          type: "integer",
          minimum: 0
        },
        inputId: {
          type: "string"
        },
        field: {
          type: "string"
        },
        resource: {
          type: "string"
        },
        commit: {
          type: "string"
        },
        url: {
          type: "string"
        }
      }
    }
  }
};

// packages/audit/src/record.ts
function worstStatus(checks) {
  if (checks.some((c) => c.status === "error")) return "error";
  if (checks.some((c) => c.status === "fail" || c.status === "unknown" || c.status === "skipped")) return "fail";
  return "pass";
}
function buildRecord(gatesFile, contract, context, recordedAt = /* @__PURE__ */ new Date()) {
  const checks = [...contract.checks, ...context.checks];
  const gates = contract.outcomes.map((o) => {
    const g = {
      position: o.expected.position,
      id: o.expected.id,
      uses: o.expected.uses,
      name: o.expected.name,
      status: "missing",
      extraRuns: o.extra.length
    };
    if (o.superseded.length > 0) g.supersededRuns = o.superseded.length;
    const e = o.entry;
    if (!e) return g;
    const r = e.result;
    Object.assign(g, {
      status: r.status,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      durationMs: Math.max(0, Date.parse(r.finishedAt) - Date.parse(r.startedAt)),
      checks: countChecks(r.checks),
      ledgerFile: e.file,
      ledgerSha256: e.sha256
    });
    if (r.run.job !== void 0) g.job = r.run.job;
    if (r.run.step !== void 0) g.step = r.run.step;
    if (r.run.runAttempt !== void 0) g.runAttempt = r.run.runAttempt;
    if (r.error) g.error = { code: r.error.code, message: r.error.message };
    return g;
  });
  const ran = contract.outcomes.filter((o) => o.entry);
  const resources = ran.flatMap((o) => o.entry.result.resources.map((res) => ({ ...res, gate: o.expected.id })));
  const gateArtefacts = ran.flatMap(
    (o) => o.entry.result.evidence.map((f) => ({
      path: f.path,
      sha256: f.sha256,
      size: f.size,
      source: "gate",
      gate: o.expected.id,
      ...f.role !== void 0 ? { role: f.role } : {},
      ...f.category !== void 0 ? { category: f.category } : {}
    }))
  );
  const starts = [
    context.pipeline.startedAt,
    ...context.jobs.map((j) => j.startedAt),
    ...gates.map((g) => g.startedAt)
  ].filter((t) => t !== void 0);
  const startedAt = starts.length > 0 ? starts.reduce((a, b) => Date.parse(a) <= Date.parse(b) ? a : b) : recordedAt.toISOString();
  const status = worstStatus(checks);
  const failing = checks.filter((c) => c.status !== "pass");
  const summary = status === "pass" ? `All ${gates.length} expected gate(s) of ${gatesFile.path} ran in order and passed.` : `${failing.length} check(s) of the record did not pass: ${failing.map((c) => c.id).join(", ")}.`;
  return {
    recordVersion: 1,
    generator: { name: TOOL_NAME, version: VERSION },
    recordedAt: recordedAt.toISOString(),
    status,
    summary,
    system: {
      ...gatesFile.file.system,
      ...gatesFile.file.logProfile !== void 0 ? { logProfile: gatesFile.file.logProfile } : {}
    },
    gatesFile: {
      path: gatesFile.path,
      sha256: gatesFile.sha256,
      gates: gatesFile.gates.map((g) => ({ position: g.position, id: g.id, uses: g.uses, name: g.name, with: g.with }))
    },
    pipeline: { ...context.pipeline, startedAt, finishedAt: recordedAt.toISOString() },
    jobs: context.jobs,
    approvals: context.approvals,
    pendingDeployments: context.pendingDeployments,
    humans: context.humans,
    gates,
    unexpectedResults: contract.unexpected.map((e) => ({
      file: e.file,
      gate: e.result.gate,
      ...e.result.run.step !== void 0 ? { step: e.result.run.step } : {}
    })),
    foreignResults: contract.foreign.map((f) => ({ file: f.entry.file, gate: f.entry.result.gate, reason: f.reason })),
    resources,
    artefacts: [...gateArtefacts, ...context.artefacts],
    contract: checks,
    signing: context.signing
  };
}
var RECORD_SCHEMA = pipeline_audit_record_schema_default;
var validator;
function validateRecord(record) {
  validator ??= compileSchema(pipeline_audit_record_schema_default);
  if (validator(record)) return;
  const problems = (validator.errors ?? []).map((e) => `${formatFieldPath(errorSegments(e))}: ${e.message}`);
  throw new GateError("INTERNAL", `the record does not match pipeline-audit-record.schema.json: ${problems.join("; ")}`);
}

// packages/audit/src/signer.ts
import {
  createHash as createHash2,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from "node:crypto";
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
function pae(payloadType, payload) {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, "utf8"),
    type,
    Buffer.from(` ${payload.length} `, "utf8"),
    Buffer.from(payload)
  ]);
}
function algorithmOf(key) {
  if (key.asymmetricKeyType === "ed25519") return "ed25519";
  if (key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1")
    return "ecdsa-p256-sha256";
  throw new GateError(
    "INPUT_INVALID",
    `unsupported signing key type ${key.asymmetricKeyType}${key.asymmetricKeyDetails?.namedCurve ? ` (${key.asymmetricKeyDetails.namedCurve})` : ""}`,
    {
      field: "signing-key",
      hint: "Use an ECDSA P-256 or Ed25519 private key in PKCS#8 PEM"
    }
  );
}
function keyIdOf(publicKey) {
  return createHash2("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}
var KeySigner = class _KeySigner {
  identity;
  key;
  algorithm;
  constructor(privateKey, kind = "key") {
    this.key = privateKey;
    this.algorithm = algorithmOf(privateKey);
    const publicKey = createPublicKey(privateKey);
    this.identity = {
      kind,
      algorithm: this.algorithm,
      keyId: keyIdOf(publicKey),
      publicKey: publicKey.export({ type: "spki", format: "pem" }).toString()
    };
  }
  /** Reads a PKCS#8 (or SEC1) PEM private key; a bad key is a GateError naming `field`. */
  static fromPem(pem, field = "signing-key", file) {
    try {
      return new _KeySigner(createPrivateKey({ key: pem, format: "pem" }));
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw new GateError("INPUT_INVALID", `not a usable PEM private key: ${error.message}`, {
        field,
        ...file ? { file } : {},
        hint: "Give an unencrypted ECDSA P-256 or Ed25519 private key in PEM"
      });
    }
  }
  /** A fresh P-256 key that exists for this run only. */
  static ephemeral() {
    return new _KeySigner(generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey, "ephemeral");
  }
  async sign(payload, payloadType) {
    const message = pae(payloadType, payload);
    const sig = this.algorithm === "ed25519" ? sign(null, message, this.key) : sign("sha256", message, this.key);
    const envelope = {
      payloadType,
      payload: Buffer.from(payload).toString("base64"),
      signatures: [{ keyid: this.identity.keyId, sig: sig.toString("base64") }]
    };
    return { extension: ".dsse.json", mediaType: "application/vnd.dsse.envelope.v1+json", document: envelope };
  }
};
function verifyEnvelope(envelope, publicKeyPem) {
  const publicKey = createPublicKey(publicKeyPem);
  const keyId = keyIdOf(publicKey);
  const payload = Buffer.from(envelope.payload, "base64");
  const message = pae(envelope.payloadType, payload);
  const algorithm = publicKey.asymmetricKeyType === "ed25519" ? null : "sha256";
  const good = envelope.signatures.some(
    (s) => (s.keyid === "" || s.keyid === keyId) && verify(algorithm, message, publicKey, Buffer.from(s.sig, "base64"))
  );
  if (!good) throw new GateError("SIGNATURE_INVALID", `no signature of the envelope verifies with key ${keyId}`);
  return payload;
}
var keylessFactory;
function registerKeylessSigner(factory) {
  keylessFactory = factory;
}
function keylessSignerFactory() {
  return keylessFactory;
}

// packages/audit/src/statement.ts
var RECORD_PREDICATE_TYPE = "https://ai-act-gates.dev/attestations/pipeline-audit-record/v1";
function recordStatement(record) {
  const subjects = [{ name: record.gatesFile.path, digest: { sha256: record.gatesFile.sha256 } }];
  for (const a of record.artefacts) subjects.push({ name: a.path, digest: { sha256: a.sha256 } });
  const commit = record.pipeline.trigger.sha;
  if (commit && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) {
    const repo = record.pipeline.repository ? `git+https://github.com/${record.pipeline.repository}` : "git+local";
    subjects.push({ name: repo, digest: { gitCommit: commit } });
  }
  const seen = /* @__PURE__ */ new Set();
  const subject = subjects.filter((s) => {
    const key = `${s.name}\0${JSON.stringify(s.digest)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { _type: "https://in-toto.io/Statement/v1", subject, predicateType: RECORD_PREDICATE_TYPE, predicate: record };
}

// packages/audit/src/verify.ts
import { createPublicKey as createPublicKey2 } from "node:crypto";
import { access, readFile as readFile4 } from "node:fs/promises";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
function isSigstoreBundlePath(file) {
  return /\.sigstore\.json$/i.test(file);
}
async function findSignature(record) {
  const stem = record.replace(/\.json$/i, "");
  for (const ext of [".intoto.dsse.json", ".intoto.sigstore.json"]) {
    const candidate = `${stem}${ext}`;
    if (await access(candidate).then(
      () => true,
      () => false
    ))
      return candidate;
  }
  return `${stem}.intoto.dsse.json`;
}
async function readEnvelope(file, display) {
  let text;
  try {
    text = await readFile4(file, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  const value = parseConfigText(text, display).value;
  const ok = value !== null && typeof value === "object" && typeof value.payloadType === "string" && typeof value.payload === "string" && Array.isArray(value.signatures) && value.signatures.every((s) => s && typeof s.sig === "string");
  if (!ok) {
    const field = typeof value?.payloadType !== "string" ? "payloadType" : typeof value?.payload !== "string" ? "payload" : "signatures";
    throw new GateError("SCHEMA_VIOLATION", "not a DSSE envelope (payloadType, payload and signatures[].sig)", {
      file: display,
      field
    });
  }
  return value;
}
async function artefactsCheck(record, workspace) {
  const changed = [];
  const messages = [];
  const seen = /* @__PURE__ */ new Set();
  for (const a of record.artefacts) {
    if (seen.has(`${a.path}\0${a.sha256}`)) continue;
    seen.add(`${a.path}\0${a.sha256}`);
    const absolute = path.resolve(workspace, a.path);
    try {
      const digest = await sha256File(absolute, a.path);
      if (digest.sha256 !== a.sha256) {
        changed.push({ file: a.path });
        messages.push(`${a.path} changed`);
      }
    } catch (error) {
      changed.push({ file: a.path });
      messages.push(`${a.path}: ${toGateError(error, a.path).detail}`);
    }
  }
  const title = "Every artefact still has its recorded digest";
  return changed.length === 0 ? makeCheck("artefacts-match", title, CONTRACT_ARTICLES, "pass", `${seen.size} artefact(s) match their SHA-256`) : makeCheck("artefacts-match", title, CONTRACT_ARTICLES, "fail", messages.join("; "), { locations: changed });
}
var SIGNATURE_TITLE = "The signature verifies for the trusted signer";
function envelopeSignature(inputs, envelope, signatureRel) {
  let payload;
  try {
    payload = verifyEnvelope(envelope, inputs.publicKey);
  } catch (error) {
    return {
      check: makeCheck("signature-verifies", SIGNATURE_TITLE, CONTRACT_ARTICLES, "fail", toGateError(error).detail, {
        locations: [{ file: signatureRel, field: "signatures" }]
      })
    };
  }
  const keyId = keyIdOf(createPublicKey2(inputs.publicKey));
  return {
    payload,
    check: makeCheck(
      "signature-verifies",
      SIGNATURE_TITLE,
      CONTRACT_ARTICLES,
      "pass",
      `${signatureRel} is signed by the given key`
    ),
    signer: {
      describe: `key ${keyId}`,
      matches: (signing) => signing.kind !== "key" && signing.kind !== "ephemeral" ? `the record says it was signed ${signing.kind}, not with a key` : signing.keyId !== keyId ? `the record names key ${signing.keyId ?? "(none)"}, not ${keyId}` : void 0
    }
  };
}
async function readBundle(file, display) {
  let text;
  try {
    text = await readFile4(file, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  const json = parseJsonText(text, display);
  const payload = json !== null && typeof json === "object" ? json.dsseEnvelope?.payload : void 0;
  if (typeof payload !== "string") {
    throw new GateError("SCHEMA_VIOLATION", "not a Sigstore bundle with a DSSE envelope (dsseEnvelope.payload)", {
      file: display,
      field: "dsseEnvelope.payload"
    });
  }
  let sha256;
  try {
    const statement = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    sha256 = statement.subject?.[0]?.digest?.sha256;
  } catch {
    sha256 = void 0;
  }
  if (typeof sha256 !== "string" || !/^[0-9a-f]{64}$/i.test(sha256)) {
    throw new GateError("SCHEMA_VIOLATION", "the signed payload is not an in-toto statement with a sha256 subject", {
      file: display,
      field: "dsseEnvelope.payload"
    });
  }
  return { json, digest: `sha256:${sha256}` };
}
async function bundleSignature(inputs, signatureRel, ctx) {
  const bundle = await readBundle(inputs.signature, signatureRel);
  const trust = await trustedRootFor(inputs.trustedRoot, (r) => ctx.recordResource(r));
  const policy = {
    certificateIdentity: inputs.certificateIdentity,
    certificateOidcIssuer: inputs.certificateOidcIssuer
  };
  let verified;
  try {
    verified = verifyBundle(bundle.json, { digest: bundle.digest }, { trust, policy });
  } catch (error) {
    const e = toGateError(error);
    if (e.code === "BUNDLE_INVALID") {
      const fields = error.cause?.fields;
      const field2 = Array.isArray(fields) && fields.length > 0 ? fields.join(", ") : void 0;
      throw new GateError(e.code, e.detail, { file: signatureRel, ...field2 ? { field: field2 } : {}, cause: error });
    }
    if (!["SIGNATURE_INVALID", "POLICY_MISMATCH", "SUBJECT_MISMATCH"].includes(e.code)) throw error;
    const field = e.code === "POLICY_MISMATCH" ? "verificationMaterial.certificate" : "verificationMaterial";
    return {
      check: makeCheck("signature-verifies", SIGNATURE_TITLE, CONTRACT_ARTICLES, "fail", e.detail, {
        locations: [{ file: signatureRel, field }]
      })
    };
  }
  const tlog = verified.tlogEntries[0];
  const describe = `${inputs.certificateIdentity} (issuer ${inputs.certificateOidcIssuer})`;
  return {
    payload: Buffer.from(bundle.json.dsseEnvelope.payload, "base64"),
    check: makeCheck(
      "signature-verifies",
      SIGNATURE_TITLE,
      CONTRACT_ARTICLES,
      "pass",
      `${signatureRel} is signed keyless by ${describe}, verified against ${trust.source}${tlog ? `, Rekor log index ${tlog.logIndex}` : ""}`,
      { evidence: { identity: inputs.certificateIdentity, issuer: inputs.certificateOidcIssuer } }
    ),
    signer: {
      describe,
      matches: (signing) => signing.kind !== "sigstore-keyless" ? `the record says it was signed with ${signing.kind}, not Sigstore keyless` : signing.identity !== inputs.certificateIdentity || signing.issuer !== inputs.certificateOidcIssuer ? `the record names ${signing.identity ?? "(no identity)"} (issuer ${signing.issuer ?? "(none)"}), not ${describe}` : void 0
    }
  };
}
function statementCheck(payload, record, recordRel) {
  const title = "The signed statement carries exactly this record";
  if (payload === void 0) {
    return makeCheck(
      "statement-matches-record",
      title,
      CONTRACT_ARTICLES,
      "skipped",
      "the signature did not verify, so its payload is not trusted"
    );
  }
  let statement;
  try {
    statement = JSON.parse(payload.toString("utf8"));
  } catch {
    statement = {};
  }
  const problems = [];
  if (statement._type !== "https://in-toto.io/Statement/v1") problems.push(`_type is ${String(statement._type)}`);
  if (statement.predicateType !== RECORD_PREDICATE_TYPE)
    problems.push(`predicateType is ${String(statement.predicateType)}`);
  if (!isDeepStrictEqual(statement.predicate, record))
    problems.push(`the predicate differs from ${recordRel}: the record was changed after signing`);
  const gates = statement.subject?.find((s) => s.name === record.gatesFile.path);
  if (gates?.digest.sha256 !== record.gatesFile.sha256)
    problems.push("the gates file subject does not match the record");
  return makeCheck(
    "statement-matches-record",
    title,
    CONTRACT_ARTICLES,
    problems.length === 0 ? "pass" : "fail",
    problems.length === 0 ? `the statement's predicate is ${recordRel}` : problems.join("; "),
    { locations: problems.length === 0 ? [] : [{ file: recordRel }] }
  );
}
function signerCheck(outcome, record, recordRel) {
  const title = "The record names the signer that signed it";
  if (!outcome.signer) {
    return makeCheck(
      "signer-matches-record",
      title,
      CONTRACT_ARTICLES,
      "skipped",
      "the signature did not verify, so there is no signer to compare"
    );
  }
  const problem = outcome.signer.matches(record.signing);
  return problem === void 0 ? makeCheck(
    "signer-matches-record",
    title,
    CONTRACT_ARTICLES,
    "pass",
    `the record names ${outcome.signer.describe}`
  ) : makeCheck("signer-matches-record", title, CONTRACT_ARTICLES, "fail", problem, {
    locations: [{ file: recordRel, field: "signing" }]
  });
}
async function verifyRecord(inputs, ctx) {
  const workspace = ctx.workspace;
  const recordRel = toPosixRelative(workspace, inputs.record);
  const signatureRel = toPosixRelative(workspace, inputs.signature);
  const record = await loadConfig(inputs.record, RECORD_SCHEMA, recordRel);
  const outcome = inputs.kind === "sigstore" ? await bundleSignature(inputs, signatureRel, ctx) : envelopeSignature(inputs, await readEnvelope(inputs.signature, signatureRel), signatureRel);
  const checks = [
    makeCheck(
      "record-valid",
      "The record matches its schema",
      CONTRACT_ARTICLES,
      "pass",
      `${recordRel} is a valid pipeline audit record`
    ),
    outcome.check,
    statementCheck(outcome.payload, record, recordRel),
    signerCheck(outcome, record, recordRel),
    makeCheck(
      "record-passed",
      "The record shows a run that passed",
      CONTRACT_ARTICLES,
      record.status === "pass" ? "pass" : "fail",
      record.status === "pass" ? record.summary : `the record says ${record.status}: ${record.summary}`,
      { locations: record.status === "pass" ? [] : [{ file: recordRel, field: "status" }] }
    )
  ];
  if (inputs.checkArtefacts) checks.push(await artefactsCheck(record, workspace));
  const recordText = await readFile4(inputs.record);
  return {
    subject: {
      system: record.system.id,
      record: recordRel,
      recordSha256: sha256Hex(recordText),
      signature: signatureRel
    },
    checks,
    evidence: [
      {
        path: recordRel,
        sha256: sha256Hex(recordText),
        size: recordText.length,
        role: "input",
        category: "pipeline-audit-record"
      },
      {
        path: signatureRel,
        ...await sha256File(inputs.signature, signatureRel),
        role: "input",
        category: inputs.kind === "sigstore" ? "sigstore-bundle" : "dsse-envelope"
      }
    ],
    metrics: { artefacts: record.artefacts.length, gates: record.gates.length },
    outputs: { "record-path": recordRel, "record-sha256": sha256Hex(recordText), "signature-path": signatureRel }
  };
}

// packages/audit/src/gate.ts
var SIGNATURE_EXTENSIONS = [".dsse.json", ".sigstore.json"];
function signaturePaths(record, extension) {
  const stem = record.replace(/\.json$/i, "");
  return { statement: `${stem}.intoto.json`, signature: `${stem}.intoto${extension}` };
}
async function readPublicKey(raw, ctx) {
  raw.required("public-key", "in verify mode for a DSSE envelope: the PEM public key you trust for the record");
  return (await pemInput(raw, ctx, "public-key")).pem;
}
function refuseInputs(raw, names, why) {
  const given = names.find((n) => raw.optional(n) !== void 0);
  if (given !== void 0) throw new GateError("INPUT_CONFLICT", `input '${given}' ${why}`, { field: given });
}
async function parseVerifyInputs(raw, ctx) {
  const record = await resolveInside(ctx.workspace, raw.required("record"), { field: "record", mustExist: true });
  const signatureInput = raw.optional("signature");
  const signature = signatureInput === void 0 ? await findSignature(record) : await resolveInside(ctx.workspace, signatureInput, { field: "signature", mustExist: true });
  const checkArtefacts = raw.boolean("check-artefacts");
  const shown = toPosixRelative(ctx.workspace, signature);
  if (isSigstoreBundlePath(signature)) {
    refuseInputs(
      raw,
      ["public-key"],
      `is for DSSE envelopes; ${shown} is a Sigstore bundle: give certificate-identity and certificate-oidc-issuer`
    );
    const trustedRoot = await fileInput(raw, ctx, "trusted-root");
    return {
      kind: "sigstore",
      record,
      signature,
      checkArtefacts,
      certificateIdentity: raw.required(
        "certificate-identity",
        `to verify the Sigstore bundle ${shown}: the exact identity you expect to have signed the record`
      ),
      certificateOidcIssuer: raw.required(
        "certificate-oidc-issuer",
        `to verify the Sigstore bundle ${shown}: the exact OIDC issuer of that identity`
      ),
      ...trustedRoot ? { trustedRoot } : {}
    };
  }
  refuseInputs(
    raw,
    ["certificate-identity", "certificate-oidc-issuer", "trusted-root"],
    `is for Sigstore bundles; ${shown} is a DSSE envelope: give public-key`
  );
  return { kind: "dsse", record, signature, publicKey: await readPublicKey(raw, ctx), checkArtefacts };
}
async function parseInputs(raw, ctx) {
  if (raw.oneOf("mode", ["record", "verify"], "record") === "verify")
    return { mode: "verify", ...await parseVerifyInputs(raw, ctx) };
  const configDisplay = raw.required("config");
  const config = await resolveInside(ctx.workspace, configDisplay, { field: "config", mustExist: true });
  const record = await resolveInside(ctx.workspace, raw.required("record"), { field: "record" });
  if (!/\.json$/i.test(record))
    throw new GateError("INPUT_INVALID", `input 'record' must name a .json file`, { field: "record" });
  const since = raw.optional("since");
  if (since !== void 0 && Number.isNaN(Date.parse(since))) {
    throw new GateError("INPUT_INVALID", `input 'since' is '${since}'; expected an ISO 8601 time`, { field: "since" });
  }
  const ledger = raw.list("ledger");
  if (ledger.length === 0) throw new GateError("INPUT_MISSING", "input 'ledger' is required", { field: "ledger" });
  const signing = raw.oneOf("signing", ["auto", "key", "keyless", "ephemeral"], "auto");
  if (signing === "key" || signing === "ephemeral")
    refuseInputs(raw, ["trusted-root"], `is for keyless signing; signing is ${signing}`);
  const trustedRoot = await fileInput(raw, ctx, "trusted-root");
  return {
    config,
    configDisplay,
    ledger,
    record,
    ...since !== void 0 ? { since: new Date(since).toISOString() } : {},
    signing,
    signingKey: await pemInput(raw, ctx, "signing-key"),
    ...trustedRoot ? { trustedRoot } : {},
    githubToken: raw.optional("github-token") ?? "",
    ...raw.optional("job-workflow-ref") !== void 0 ? { jobWorkflowRef: raw.optional("job-workflow-ref") } : {},
    ...raw.optional("job-workflow-sha") !== void 0 ? { jobWorkflowSha: raw.optional("job-workflow-sha") } : {}
  };
}
function hasIdentityToken(env) {
  return Boolean(env.SIGSTORE_ID_TOKEN || env.ACTIONS_ID_TOKEN_REQUEST_URL);
}
async function chooseSigner(inputs, ctx) {
  const inActions = ctx.env.GITHUB_ACTIONS === "true";
  const mode = inputs.signing;
  if (mode === "keyless" || mode === "auto" && inActions && hasIdentityToken(ctx.env)) {
    const factory = keylessSignerFactory();
    if (!factory) {
      throw new GateError("UNSUPPORTED", "Sigstore keyless signing is not connected in this build", {
        field: "signing",
        hint: "Pass signing-key (signing: key)"
      });
    }
    return factory({
      env: ctx.env,
      signal: ctx.signal,
      ...inputs.trustedRoot ? { trustedRoot: inputs.trustedRoot } : {},
      recordResource: ctx.recordResource
    });
  }
  if (inputs.trustedRoot)
    ctx.log.warning(`trusted-root ${inputs.trustedRoot.display} is not used: the record is not signed keyless`);
  if (mode === "key" || mode === "auto" && inputs.signingKey) {
    if (!inputs.signingKey)
      throw new GateError("INPUT_MISSING", "signing 'key' needs input 'signing-key'", { field: "signing-key" });
    return KeySigner.fromPem(inputs.signingKey.pem, "signing-key", inputs.signingKey.file);
  }
  if (mode === "ephemeral" || mode === "auto" && !inActions) {
    const signer = KeySigner.ephemeral();
    ctx.log.warning(
      `signing with an ephemeral key made for this run (keyid ${signer.identity.keyId}): the signature shows the record was not changed after signing only to someone who trusts this public key; pass signing-key for a key you hold
${signer.identity.publicKey}`
    );
    return signer;
  }
  throw new GateError("INPUT_MISSING", "no signer: the record of a GitHub Actions run must be signed", {
    field: "signing",
    hint: "Give the job `permissions: id-token: write` for Sigstore keyless signing, or pass signing-key"
  });
}
async function hashArtefacts(file, workspace) {
  const patterns = file.file.artefacts ?? [];
  if (patterns.length === 0) return { artefacts: [] };
  const title = "The final artefacts are hashed into the record";
  try {
    const matched = await expandGlobs(patterns, { workspace, field: "artefacts" });
    const artefacts = [];
    for (const m of matched)
      artefacts.push({ path: m.relative, ...await sha256File(m.absolute, m.relative), source: "artefacts" });
    return {
      artefacts,
      check: makeCheck("artefacts-hashed", title, CONTRACT_ARTICLES, "pass", `${artefacts.length} artefact(s) hashed`)
    };
  } catch (error) {
    const e = toGateError(error);
    return {
      artefacts: [],
      check: makeCheck("artefacts-hashed", title, CONTRACT_ARTICLES, "fail", e.message, {
        locations: [{ file: file.path, field: "artefacts" }]
      })
    };
  }
}
function runIdentity(ctx, since) {
  return {
    provider: ctx.run.provider,
    ...ctx.run.repository ? { repository: ctx.run.repository } : {},
    ...ctx.run.runId ? { runId: ctx.run.runId } : {},
    ...ctx.run.runAttempt ? { runAttempt: ctx.run.runAttempt } : {},
    ...since ? { since } : {}
  };
}
async function refuseExisting(record, workspace) {
  const { statement } = signaturePaths(record, "");
  const candidates = [record, statement, ...SIGNATURE_EXTENSIONS.map((e) => signaturePaths(record, e).signature)];
  for (const file of candidates) {
    const exists = await access2(file).then(
      () => true,
      () => false
    );
    if (exists) {
      throw new GateError("FILE_EXISTS", "already exists and will not be overwritten", {
        file: toPosixRelative(workspace, file),
        field: "record",
        hint: "Choose a new record path or remove the old record, statement and signature yourself"
      });
    }
  }
}
async function run(inputs, ctx) {
  await refuseExisting(inputs.record, ctx.workspace);
  const gatesFile = await loadGatesFile(inputs.config, inputs.configDisplay, actionSpecs());
  const ledger = await collectLedger(inputs.ledger, ctx.workspace);
  const contract = checkContract(gatesFile, ledger, runIdentity(ctx, inputs.since));
  const signer = await chooseSigner(inputs, ctx);
  const context = await collectContext({
    env: ctx.env,
    workspace: ctx.workspace,
    gatesFilePath: inputs.configDisplay,
    githubToken: inputs.githubToken,
    ...inputs.jobWorkflowRef ? { jobWorkflowRef: inputs.jobWorkflowRef } : {},
    ...inputs.jobWorkflowSha ? { jobWorkflowSha: inputs.jobWorkflowSha } : {},
    recordResource: ctx.recordResource,
    signal: ctx.signal,
    signing: signer.identity
  });
  const hashed = await hashArtefacts(gatesFile, ctx.workspace);
  context.artefacts.push(...hashed.artefacts);
  if (hashed.check) context.checks.push(hashed.check);
  const record = buildRecord(gatesFile, contract, context);
  if (record.pipeline.provider === "local") record.jobs = [localJob(contract.outcomes, record.status)];
  validateRecord(record);
  const recordRel = toPosixRelative(ctx.workspace, inputs.record);
  const recordText = JSON.stringify(record, null, 2) + "\n";
  const statementBytes = Buffer.from(JSON.stringify(recordStatement(record)) + "\n", "utf8");
  const signed = await signer.sign(statementBytes, IN_TOTO_PAYLOAD_TYPE);
  const paths = signaturePaths(inputs.record, signed.extension);
  const signatureText = JSON.stringify(signed.document, null, 2) + "\n";
  await writeFileAtomic(inputs.record, recordText, { displayPath: recordRel });
  await writeFileAtomic(paths.statement, statementBytes, {
    displayPath: toPosixRelative(ctx.workspace, paths.statement)
  });
  await writeFileAtomic(paths.signature, signatureText, {
    displayPath: toPosixRelative(ctx.workspace, paths.signature)
  });
  const recordSha256 = sha256Hex(recordText);
  const file = (p, text, category) => ({
    path: toPosixRelative(ctx.workspace, p),
    sha256: sha256Hex(text),
    size: Buffer.byteLength(text),
    role: "output",
    category
  });
  const missing = record.gates.filter((g) => g.status === "missing").map((g) => g.id);
  return {
    subject: { system: record.system.id, record: recordRel, recordSha256, gatesFile: gatesFile.path },
    checks: record.contract,
    evidence: [
      file(inputs.record, recordText, "pipeline-audit-record"),
      file(paths.statement, statementBytes, "in-toto-statement"),
      file(paths.signature, signatureText, signed.mediaType)
    ],
    metrics: {
      expectedGates: record.gates.length,
      gatesRan: record.gates.filter((g) => g.status !== "missing").length,
      gatesPassed: record.gates.filter((g) => g.status === "pass").length,
      ledgerFiles: ledger.entries.length + ledger.problems.length,
      jobs: record.jobs.length,
      artefacts: record.artefacts.length,
      resources: record.resources.length
    },
    outputs: {
      "record-path": recordRel,
      "record-sha256": recordSha256,
      "statement-path": toPosixRelative(ctx.workspace, paths.statement),
      "signature-path": toPosixRelative(ctx.workspace, paths.signature),
      "signing-kind": signer.identity.kind,
      "missing-gates": missing.join("\n")
    }
  };
}
var auditRecordGate = {
  name: RECORD_ACTION,
  secretInputs: ["signing-key"],
  parseInputs,
  run: (inputs, ctx) => inputs.mode === "verify" ? verifyRecord(inputs, ctx) : run(inputs, ctx)
};

// packages/audit/src/keyless.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var SIGSTORE_BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
var SIGSTORE_BUNDLE_EXTENSION = ".sigstore.json";
function tokenClaims(token) {
  const parts = token.split(".");
  let claims;
  try {
    if (parts.length !== 3) throw new Error(`${parts.length} part(s), not 3`);
    claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch (error) {
    throw sigstoreError("OIDC_UNAVAILABLE", `the OIDC identity token is not a JWT: ${error.message}`, {
      field: "signing"
    });
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) {
    throw sigstoreError("OIDC_UNAVAILABLE", "the OIDC identity token carries no claims object", { field: "signing" });
  }
  return claims;
}
function claim(claims, name) {
  const v = claims[name];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function fulcioIdentityOf(claims) {
  const issuer = claim(claims, "iss");
  if (!issuer)
    throw sigstoreError("OIDC_UNAVAILABLE", "the OIDC identity token has no issuer (iss)", { field: "signing" });
  if (issuer === GITHUB_ACTIONS_ISSUER) {
    const ref = claim(claims, "job_workflow_ref");
    if (!ref) {
      throw sigstoreError("OIDC_UNAVAILABLE", "the GitHub Actions token has no job_workflow_ref claim", {
        field: "signing"
      });
    }
    return { identity: `https://github.com/${ref}`, issuer };
  }
  const email = claim(claims, "email");
  if (email) {
    if (claims.email_verified === false) {
      throw sigstoreError(
        "OIDC_UNAVAILABLE",
        `the token's e-mail ${email} is not verified; Fulcio certifies only verified addresses`,
        {
          field: "signing"
        }
      );
    }
    return { identity: email, issuer };
  }
  const subject = claim(claims, "sub");
  if (!subject) {
    throw sigstoreError("OIDC_UNAVAILABLE", `the token from ${issuer} has neither an e-mail nor a subject`, {
      field: "signing"
    });
  }
  return { identity: subject, issuer };
}
function bundleCertificate(bundle) {
  const vm = bundle?.verificationMaterial;
  const single = vm?.certificate?.rawBytes;
  const chain = vm?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  const raw = typeof single === "string" ? single : typeof chain === "string" ? chain : void 0;
  return raw === void 0 ? void 0 : Buffer.from(raw, "base64");
}
function firstSubjectDigest(payload) {
  const statement = JSON.parse(Buffer.from(payload).toString("utf8"));
  const sha256 = statement.subject?.[0]?.digest?.sha256;
  if (!sha256) throw new GateError("INTERNAL", "the statement to sign has no sha256 subject");
  return `sha256:${sha256}`;
}
var SigstoreKeylessSigner = class {
  constructor(token, stated, services, trust, recordResource) {
    this.token = token;
    this.services = services;
    this.trust = trust;
    this.recordResource = recordResource;
    this.identity = { kind: "sigstore-keyless", identity: stated.identity, issuer: stated.issuer };
  }
  token;
  services;
  trust;
  recordResource;
  identity;
  async sign(payload, payloadType) {
    const s = this.services;
    this.recordResource({ kind: "http", uri: `${s.fulcioURL}/api/v2/signingCert`, method: "POST" });
    if (s.rekorURL)
      this.recordResource({ kind: "transparency-log", uri: `${s.rekorURL}/api/v1/log/entries`, method: "POST" });
    if (s.tsaURL) this.recordResource({ kind: "http", uri: `${s.tsaURL}/api/v1/timestamp`, method: "POST" });
    const bundle = await signPayload(Buffer.from(payload), payloadType, {
      mode: "keyless",
      identityToken: this.token.token,
      ...s
    });
    this.checkCertificate(bundle);
    this.checkBundle(bundle, payload);
    return { extension: SIGSTORE_BUNDLE_EXTENSION, mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, document: bundle };
  }
  /** The certificate must name exactly the identity and issuer the record states. */
  checkCertificate(bundle) {
    const leaf = bundleCertificate(bundle);
    if (!leaf)
      throw sigstoreError("SIGNING_FAILED", "the signed bundle carries no Fulcio certificate", { field: "signing" });
    const claims = fulcioClaims(leaf);
    const { identity, issuer } = this.identity;
    if (claims.subjectAlternativeName !== identity || claims.issuer !== issuer) {
      throw sigstoreError(
        "SIGNING_FAILED",
        `Fulcio at ${this.services.fulcioURL} certified '${claims.subjectAlternativeName ?? "(no identity)"}' (issuer '${claims.issuer ?? "(none)"}'), but the record states '${identity}' (issuer '${issuer}'); the signature is not written`,
        {
          field: "signing",
          hint: "The token is not one whose identity this signer can state; sign with signing: key instead"
        }
      );
    }
  }
  /** The bundle must verify against the trusted root, for the stated signer, over exactly these bytes. */
  checkBundle(bundle, payload) {
    let verified;
    try {
      verified = verifyBundle(
        bundle,
        { digest: firstSubjectDigest(payload) },
        {
          trust: this.trust,
          policy: { certificateIdentity: this.identity.identity, certificateOidcIssuer: this.identity.issuer }
        }
      );
    } catch (error) {
      throw sigstoreError(
        "SIGNING_FAILED",
        `the bundle Fulcio and Rekor returned does not verify against ${this.trust.source}: ${toGateError(error).detail}; the signature is not written`,
        { field: "signing", cause: error }
      );
    }
    const signed = bundle.dsseEnvelope?.payload;
    if (verified.kind !== "dsse" || signed !== Buffer.from(payload).toString("base64")) {
      throw sigstoreError("SIGNING_FAILED", "the signed bundle does not carry the statement that was signed", {
        field: "signing"
      });
    }
  }
};
async function sigstoreKeylessSigner(options) {
  const token = await getIdentityToken(options.env, options.signal);
  options.recordResource({ kind: "oidc", uri: token.url ?? token.source, method: "GET", status: "ok" });
  const stated = fulcioIdentityOf(tokenClaims(token.token));
  const trust = await trustedRootFor(options.trustedRoot, options.recordResource);
  const services = options.trustedRoot ? servicesOf(trust) : { fulcioURL: PUBLIC_GOOD.fulcioURL, rekorURL: PUBLIC_GOOD.rekorURL };
  return new SigstoreKeylessSigner(token, stated, services, trust, options.recordResource);
}
registerKeylessSigner(sigstoreKeylessSigner);

export {
  expandPlaceholders,
  RECORD_ACTION,
  loadGatesFile,
  GitHubClient,
  RECORD_SCHEMA,
  auditRecordGate
};
