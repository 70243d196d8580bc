import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  LEDGER_DIR,
  escapeCell,
  formatLocation,
  writeReports
} from "./chunk-HIWNLTL2.js";
import {
  RECORD_ACTION,
  actionSpecs,
  expandPlaceholders,
  gate_result_schema_default,
  loadGatesFile,
  localDefault
} from "./chunk-3VRPBZUW.js";
import {
  compileSchema,
  errorSegments,
  formatFieldPath
} from "./chunk-4QX27BN3.js";
import {
  resolveInside,
  splitList,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-IRNOS7YX.js";
import {
  GateError,
  VERSION,
  deriveStatus,
  readRunContext,
  toGateError
} from "./chunk-RXZDSDLI.js";

// packages/suite/src/report.ts
var ICON = {
  pass: "✅",
  fail: "❌",
  error: "⛔",
  missing: "🚫",
  skipped: "⏭️",
  unknown: "❓"
};
var ANNEX_III_AREAS = {
  "1": "Biometrics",
  "2": "Critical infrastructure",
  "3": "Education and vocational training",
  "4": "Employment, workers’ management and access to self-employment",
  "5": "Access to essential private and public services and benefits",
  "6": "Law enforcement",
  "7": "Migration, asylum and border control management",
  "8": "Administration of justice and democratic processes"
};
function seconds(ms) {
  return ms === void 0 ? "" : `${(ms / 1e3).toFixed(1)} s`;
}
function checksTable(checks) {
  const lines = ["| | check | result |", "|---|---|---|"];
  for (const c of checks)
    lines.push(`| ${ICON[c.status] ?? ""} ${c.status} | ${escapeCell(c.title)} | ${escapeCell(c.message)} |`);
  const located = checks.filter((c) => c.status !== "pass" && (c.locations ?? []).length > 0);
  for (const c of located) {
    lines.push("", `**${escapeCell(c.title)}**:`, "");
    for (const l of c.locations.slice(0, 20)) lines.push(`- \`${formatLocation(l)}\``);
  }
  return lines;
}
function recordSections(r) {
  const p = r.pipeline;
  const area = ANNEX_III_AREAS[r.system.annexIII.replace(/\(.*$/, "")] ?? "";
  const lines = [
    "## System",
    "",
    `- **${escapeCell(r.system.name)}** (\`${r.system.id}\`)${r.system.version ? `, version ${r.system.version}` : ""}${r.system.provider ? `, provided by ${escapeCell(r.system.provider)}` : ""}`,
    `- High-risk under Annex III point ${r.system.annexIII}${area ? ` (${area})` : ""}`,
    `- Intended purpose: ${escapeCell(r.system.intendedPurpose)}`,
    ...r.system.logProfile ? [`- Log profile: \`${r.system.logProfile}\``] : [],
    "",
    "## Run",
    "",
    `- Provider: ${p.provider}${p.repository ? `, repository \`${p.repository}\`` : ""}${p.runId ? `, run ${p.runId}${p.runAttempt ? ` attempt ${p.runAttempt}` : ""}` : ""}${p.url ? ` ([link](${p.url}))` : ""}`,
    `- Trigger: \`${p.trigger.event}\`${p.trigger.actor ? ` by ${p.trigger.actor}` : ""}${p.trigger.triggeringActor && p.trigger.triggeringActor !== p.trigger.actor ? ` (triggered by ${p.trigger.triggeringActor})` : ""}${p.trigger.schedule ? `, schedule \`${p.trigger.schedule}\`` : ""}`,
    ...p.trigger.sha ? [
      `- Commit: \`${p.trigger.sha}\`${p.trigger.ref ? ` on \`${p.trigger.ref}\`` : ""}${p.configuration.dirty ? " (with uncommitted changes)" : ""}`
    ] : [],
    `- Gates file: \`${r.gatesFile.path}\` sha256 \`${r.gatesFile.sha256}\`${p.configuration.gatesFileCommit ? `, last changed in \`${p.configuration.gatesFileCommit}\`` : ""}`,
    ...p.configuration.workflow ? [`- Workflow: \`${p.configuration.workflow.ref ?? ""}\` at \`${p.configuration.workflow.sha ?? ""}\``] : [],
    ...p.configuration.calledWorkflows.map(
      (w) => `- Called workflow (${w.source}): \`${w.ref ?? ""}\` at \`${w.sha ?? ""}\``
    ),
    `- From ${p.startedAt} to ${p.finishedAt}`,
    `- Signed: ${r.signing.kind}${r.signing.algorithm ? ` (${r.signing.algorithm})` : ""}${r.signing.keyId ? `, key id \`${r.signing.keyId}\`` : ""}${r.signing.identity ? `, identity ${r.signing.identity}` : ""}`,
    "",
    "## Expected gates",
    "",
    "| # | gate | action | status | started | duration | checks passed |",
    "|---|---|---|---|---|---|---|"
  ];
  for (const g of r.gates) {
    const passed = g.checks ? `${g.checks.pass}/${Object.values(g.checks).reduce((a, b) => a + b, 0)}` : "";
    lines.push(
      `| ${g.position} | ${escapeCell(g.name)} | \`${g.uses}\` | ${ICON[g.status] ?? ""} ${g.status} | ${g.startedAt ?? ""} | ${seconds(g.durationMs)} | ${passed} |`
    );
  }
  lines.push("", "## Contract", "", ...checksTable(r.contract), "");
  if (r.jobs.length > 0) {
    lines.push("## Jobs and steps", "");
    for (const j of r.jobs) {
      const wait = j.queueWaitMs !== void 0 ? `, waited ${seconds(j.queueWaitMs)} for a runner` : "";
      lines.push(
        `<details><summary>${escapeCell(j.name)}: ${j.conclusion ?? j.status}${j.durationMs !== void 0 ? `, ${seconds(j.durationMs)}` : ""}${wait}</summary>`,
        ""
      );
      for (const s of j.steps)
        lines.push(
          `- ${s.number}. ${escapeCell(s.name)}: ${s.conclusion ?? s.status}${s.startedAt ? ` (${s.startedAt} → ${s.completedAt ?? ""})` : ""}`
        );
      lines.push("", "</details>", "");
    }
  }
  lines.push("## People", "");
  for (const h of r.humans)
    lines.push(`- ${h.role}: **${escapeCell(h.login)}**${h.detail ? `, ${escapeCell(h.detail)}` : ""}`);
  if (r.humans.length === 0) lines.push("- none recorded");
  lines.push("", "## External resources", "");
  for (const res of r.resources)
    lines.push(
      `- ${res.gate}: ${res.kind} \`${res.method ? `${res.method} ` : ""}${res.uri}\`${res.status ? ` → ${res.status}` : ""}${res.digest ? ` ${res.digest}` : ""}`
    );
  if (r.resources.length === 0) lines.push("- none: no gate reached outside the workspace");
  lines.push("", "## Artefacts", "", "| file | sha256 | bytes | from |", "|---|---|---|---|");
  for (const a of r.artefacts)
    lines.push(`| \`${escapeCell(a.path)}\` | \`${a.sha256}\` | ${a.size} | ${a.gate ?? a.source} |`);
  return lines;
}
function gateSection(results) {
  const lines = ["## Gate results", ""];
  for (const { result } of results) {
    lines.push(`### ${ICON[result.status]} ${result.gate} (${result.run.step ?? ""}): ${result.status}`, "");
    if (result.error) lines.push(`Could not run: \`${result.error.code}\` ${escapeCell(result.error.message)}`, "");
    if (result.checks.length > 0) lines.push(...checksTable(result.checks), "");
  }
  return lines;
}
function toReportMarkdown(outcome) {
  const r = outcome.record;
  const status = outcome.status;
  const title = r ? `${r.system.name}` : outcome.gatesFile.file.system.name;
  const lines = [`# ${ICON[status]} Pipeline audit record: ${escapeCell(title)}: ${status.toUpperCase()}`, ""];
  if (r) {
    lines.push(
      r.summary,
      "",
      `Record: \`${outcome.paths.record}\`${outcome.paths.signature ? `, signature: \`${outcome.paths.signature}\`` : ""}`,
      ""
    );
    lines.push(...recordSections(r), "");
  } else if (outcome.recordResult) {
    lines.push(
      `No record was written: ${escapeCell(outcome.recordResult.error?.message ?? "the record gate failed")}`,
      ""
    );
  }
  lines.push(...gateSection(outcome.results));
  return lines.join("\n") + "\n";
}

// packages/suite/src/runner.ts
import { readdir, readFile } from "node:fs/promises";
import * as path2 from "node:path";

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

// packages/suite/src/html.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function inline(text) {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>").replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(
    /!\[([^\]]*)\]\(([^)\s]+)\)/g,
    (_m, alt, src) => /^(https?:\/\/|[\w./-]+$)/.test(src) ? `<img alt="${alt}" src="${src}">` : alt
  ).replace(
    /\[([^\]]+)\]\(([^)\s]+)\)/g,
    (_m, label, href) => /^(https?:\/\/|[\w./-]+$)/.test(href) ? `<a href="${href}">${label}</a>` : label
  );
}
function cells(row) {
  return row.replace(/^\|\s?/, "").replace(/\s?\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
}
function cellHtml(text) {
  return text.split("<br>").map((part) => inline(part)).join("<br>");
}
function markdownToHtml(markdown) {
  const lines = markdown.split("\n");
  const out = [];
  let list = false;
  const closeList = () => {
    if (list) out.push("</ul>");
    list = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    const details = /^<details><summary>(.*)<\/summary>$/.exec(line);
    if (heading) {
      closeList();
      out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
    } else if (details) {
      closeList();
      out.push(`<details><summary>${cellHtml(details[1])}</summary>`);
    } else if (line === "</details>") {
      closeList();
      out.push("</details>");
    } else if (line.startsWith("|") && lines[i + 1]?.startsWith("|---")) {
      closeList();
      const head = cells(line);
      out.push("<table>", `<thead><tr>${head.map((c) => `<th>${cellHtml(c)}</th>`).join("")}</tr></thead>`, "<tbody>");
      i += 2;
      for (; i < lines.length && lines[i].startsWith("|"); i++) {
        out.push(
          `<tr>${cells(lines[i]).map((c) => `<td>${cellHtml(c)}</td>`).join("")}</tr>`
        );
      }
      i--;
      out.push("</tbody>", "</table>");
    } else if (/^- /.test(line)) {
      if (!list) out.push("<ul>");
      list = true;
      out.push(`<li>${inline(line.slice(2))}</li>`);
    } else if (line.trim() === "") {
      closeList();
    } else {
      closeList();
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  closeList();
  return out.join("\n");
}
var STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1f2328;line-height:1.45}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#f6f8fa;padding:0 .2rem;border-radius:3px;font-size:90%;word-break:break-all}
h1{font-size:1.6rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:1.8rem}details{margin:.3rem 0}`;
function toReportHtml(markdown, title) {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    markdownToHtml(markdown),
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// packages/suite/src/runner.ts
function worst(statuses) {
  return statuses.includes("error") ? "error" : statuses.includes("fail") ? "fail" : "pass";
}
function selectGates(file, only) {
  if (!only || only.length === 0) return file.gates;
  for (const name of only) {
    if (!file.gates.some((g) => g.uses === name)) {
      throw new GateError("INPUT_INVALID", `no gate of ${file.path} uses '${name}'`, { field: "only" });
    }
  }
  return file.gates.filter((g) => only.includes(g.uses));
}
function gateInputs(gate, file, reportDir, env, workspace) {
  const spec = actionSpecs()[gate.uses];
  const inputs = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    const d = localDefault(input.default, env, workspace);
    if (d !== void 0) inputs[name] = d;
  }
  const values = {
    "report-dir": reportDir,
    node: process.execPath,
    "system-id": file.file.system.id,
    ...file.file.logProfile !== void 0 ? { "log-profile": file.file.logProfile } : {}
  };
  for (const [name, value] of Object.entries(gate.with)) {
    inputs[name] = expandPlaceholders(value, values, {
      file: file.path,
      ...gate.line !== void 0 ? { line: gate.line } : {},
      field: `gates[${gate.position}].with.${name}`
    });
  }
  if ("report-dir" in spec.inputs) inputs["report-dir"] = reportDir;
  return inputs;
}
async function refuseUsedLedger(reportDir, display) {
  const ledger = path2.join(reportDir, LEDGER_DIR);
  const files = await readdir(ledger).catch(() => []);
  if (files.some((f) => f.endsWith(".json"))) {
    throw new GateError(
      "FILE_EXISTS",
      `the ledger ${display}/${LEDGER_DIR} already holds gate results of another run`,
      {
        file: `${display}/${LEDGER_DIR}`,
        hint: "Give a new report directory for every run: results of two runs in one ledger fail the record"
      }
    );
  }
}
async function runSuite(options) {
  const { workspace, env, log } = options;
  const configAbs = await resolveInside(workspace, options.config, { field: "config", mustExist: true });
  const gatesFile = await loadGatesFile(configAbs, options.config, actionSpecs());
  for (const g of gatesFile.gates) {
    if (!options.gates[g.uses])
      throw new GateError("INPUT_INVALID", `no gate is registered for action '${g.uses}'`, {
        file: gatesFile.path,
        field: `gates[${g.position}].uses`
      });
  }
  const selected = selectGates(gatesFile, options.only);
  const reportAbs = await resolveInside(workspace, options.reportDir, { field: "report-dir" });
  const reportRel = toPosixRelative(workspace, reportAbs) || ".";
  await refuseUsedLedger(reportAbs, reportRel);
  const since = (/* @__PURE__ */ new Date()).toISOString();
  const planned = selected.map((gate) => ({ gate, inputs: gateInputs(gate, gatesFile, reportRel, env, workspace) }));
  const definitions = /* @__PURE__ */ new Map();
  for (const { gate } of planned) {
    if (!definitions.has(gate.uses)) definitions.set(gate.uses, await options.gates[gate.uses]());
  }
  const results = [];
  for (const { gate, inputs } of planned) {
    const result = await executeGate(definitions.get(gate.uses), inputs, {
      workspace,
      env: { ...env, GITHUB_ACTION: gate.id },
      log
    });
    await writeReports(result, reportAbs);
    results.push({ gate, result });
    options.onResult?.(gate, result);
  }
  const outcome = {
    gatesFile,
    results,
    paths: { reportDir: reportRel },
    status: worst(results.map((r) => r.result.status))
  };
  if (!options.record) return outcome;
  const ro = options.recordOptions ?? {};
  const recordRel = `${reportRel}/audit-record.json`;
  const loadRecordGate = options.gates[RECORD_ACTION];
  if (!loadRecordGate) throw new GateError("INTERNAL", `no gate is registered for ${RECORD_ACTION}`);
  const recordResult = await executeGate(
    await loadRecordGate(),
    {
      config: gatesFile.path,
      ledger: `${reportRel}/${LEDGER_DIR}/*.json`,
      record: recordRel,
      since,
      signing: ro.signing ?? "auto",
      "signing-key": ro.signingKey ?? "",
      "trusted-root": ro.trustedRoot ?? "",
      "github-token": ro.githubToken ?? env.GITHUB_TOKEN ?? "",
      "job-workflow-ref": ro.jobWorkflowRef ?? "",
      "job-workflow-sha": ro.jobWorkflowSha ?? "",
      "report-dir": reportRel
    },
    { workspace, env, log }
  );
  await writeReports(recordResult, reportAbs);
  outcome.recordResult = recordResult;
  outcome.status = recordResult.status;
  const written = recordResult.outputs["record-path"];
  if (written) {
    outcome.record = JSON.parse(await readFile(path2.resolve(workspace, written), "utf8"));
    outcome.paths.record = written;
    if (recordResult.outputs["signature-path"]) outcome.paths.signature = recordResult.outputs["signature-path"];
  }
  const markdown = toReportMarkdown(outcome);
  await writeFileAtomic(path2.join(reportAbs, "audit-report.md"), markdown, {
    displayPath: `${reportRel}/audit-report.md`
  });
  const title = `Pipeline audit record: ${gatesFile.file.system.name}: ${outcome.status}`;
  await writeFileAtomic(path2.join(reportAbs, "audit-report.html"), toReportHtml(markdown, title), {
    displayPath: `${reportRel}/audit-report.html`
  });
  outcome.paths.report = `${reportRel}/audit-report.md`;
  outcome.paths.html = `${reportRel}/audit-report.html`;
  return outcome;
}

// packages/cli/src/registry.ts
var GATES = {
  "art12-log-gates": async () => (await import("./art12-log-gates-CSHXEE4Z.js")).gate,
  "art19-retention": async () => (await import("./art19-retention-4OIKBYX4.js")).gate,
  "audit-record": async () => (await import("./audit-record-CMU5A23N.js")).gate,
  "cosign-verify": async () => (await import("./cosign-verify-X67F6ZXC.js")).gate,
  "evidence-hash": async () => (await import("./evidence-hash-SYKOAIJP.js")).gate,
  "sbom-attest": async () => (await import("./sbom-attest-T4TSHMPQ.js")).gate,
  "log-export": async () => (await import("./log-export-JBGOAWTV.js")).gate,
  "verify-signed-commits": async () => (await import("./verify-signed-commits-RZLKK4FR.js")).gate
};

export {
  resolveWorkspace,
  toReportMarkdown,
  runSuite,
  GATES
};
