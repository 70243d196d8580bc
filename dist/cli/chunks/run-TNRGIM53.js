import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  freshReportDir
} from "./chunk-7M2HBYOV.js";
import {
  GATES,
  executeGate
} from "./chunk-GU66DKLP.js";
import {
  LEDGER_DIR,
  escapeCell,
  formatLocation,
  toAnnotations,
  toText,
  toWorkflowCommand,
  writeReports
} from "./chunk-T6E7XNMX.js";
import {
  EXIT,
  parseFlags
} from "./chunk-W3ZHVXYY.js";
import {
  RECORD_ACTION,
  expandPlaceholders,
  loadGatesFile
} from "./chunk-A3CVUI5E.js";
import {
  actionSpecs,
  localDefault
} from "./chunk-HCJRJJLJ.js";
import "./chunk-3MLGQUVG.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-2RDYGR3Z.js";
import {
  resolveInside,
  splitList,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/cli/src/run.ts
import { appendFile } from "node:fs/promises";
import * as path2 from "node:path";

// packages/suite/src/runner.ts
import { readdir, readFile } from "node:fs/promises";
import * as path from "node:path";

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
  const ledger = path.join(reportDir, LEDGER_DIR);
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
    outcome.record = JSON.parse(await readFile(path.resolve(workspace, written), "utf8"));
    outcome.paths.record = written;
    if (recordResult.outputs["signature-path"]) outcome.paths.signature = recordResult.outputs["signature-path"];
  }
  const markdown = toReportMarkdown(outcome);
  await writeFileAtomic(path.join(reportAbs, "audit-report.md"), markdown, {
    displayPath: `${reportRel}/audit-report.md`
  });
  const title = `Pipeline audit record: ${gatesFile.file.system.name}: ${outcome.status}`;
  await writeFileAtomic(path.join(reportAbs, "audit-report.html"), toReportHtml(markdown, title), {
    displayPath: `${reportRel}/audit-report.html`
  });
  outcome.paths.report = `${reportRel}/audit-report.md`;
  outcome.paths.html = `${reportRel}/audit-report.html`;
  return outcome;
}

// packages/suite/src/plan.ts
function planWorkflow(file, jobOrder) {
  const rank = new Map(jobOrder.map((name, i) => [name, i]));
  let previous;
  for (const g of file.gates) {
    const r = rank.get(g.uses);
    if (r === void 0) {
      throw new GateError("UNSUPPORTED", `the reusable workflow has no job for action '${g.uses}'`, {
        file: file.path,
        ...g.line !== void 0 ? { line: g.line } : {},
        field: `gates[${g.position}].uses`,
        hint: `Its jobs run: ${jobOrder.join(", ")}. Use the root action, which runs any gate, or add the job to the workflow`
      });
    }
    if (previous && r < previous.rank) {
      throw new GateError(
        "UNSUPPORTED",
        `gates[${g.position}] (${g.uses}) comes after gates[${previous.position}] (${previous.uses}), but the reusable workflow runs ${previous.uses} after ${g.uses}`,
        {
          file: file.path,
          ...g.line !== void 0 ? { line: g.line } : {},
          field: `gates[${g.position}]`,
          hint: `The workflow runs one job per action in this order: ${jobOrder.join(", ")}. Reorder the gates file, or use the root action, which runs any order`
        }
      );
    }
    previous = { rank: r, position: g.position, uses: g.uses };
  }
  const used = new Set(file.gates.map((g) => g.uses));
  return {
    actions: Object.fromEntries(jobOrder.map((name) => [name, used.has(name)])),
    gates: file.gates.map((g) => ({ position: g.position, id: g.id, uses: g.uses })),
    systemId: file.file.system.id
  };
}

// packages/cli/src/run.ts
var RUN_HELP = `ai-act-gates run: run every gate of a gates file and write the signed audit record

Usage: ai-act-gates run --config FILE [options]

  --config FILE        the gates file (schemas/gates-file.schema.json)
  --report-dir DIR     where the ledger, the reports, the record and its signature go;
                       must not hold a ledger yet (default: a new folder
                       ai-act-gates-reports/run-<time>-<random>)
  --only A,B           run only the gates that use these actions, and write no record
                       (one job of the reusable workflow)
  --no-record          run the gates and write no record
  --signing MODE       auto | key | keyless | ephemeral (default: auto: Sigstore
                       keyless in GitHub Actions with an OIDC token, else a key when
                       --signing-key is given, else an ephemeral key on a local run)
  --signing-key PEM    ECDSA P-256 or Ed25519 private key: a PEM file in the workspace
  --trusted-root FILE  a private Sigstore's trusted_root.json, for keyless signing
                       (default: public-good Sigstore)
  --github-token TOK   to read the run's jobs and approvals in Actions (default: $GITHUB_TOKEN)
  --job-workflow-ref R, --job-workflow-sha S
                       the reusable workflow's own ref and commit, when called from one
  --json               print the audit record as JSON on stdout
  --quiet              print only what did not pass

Exit codes: 0 the record passed, 1 a gate or the contract failed, 2 a gate or the
record could not run, or the gates file is invalid (with file, line and field).
`;
var RUN_FLAGS = [
  "config",
  "report-dir",
  "only",
  "no-record",
  "signing",
  "signing-key",
  "trusted-root",
  "github-token",
  "job-workflow-ref",
  "job-workflow-sha",
  "json",
  "quiet",
  "help"
];
function mark(result) {
  return { pass: "ok  ", fail: "FAIL", error: "ERR " }[result.status];
}
function printOutcome(outcome, io, quiet) {
  const lines = [];
  if (outcome.recordResult) {
    const record = outcome.recordResult;
    const text = toText(record);
    if (!quiet || record.status !== "pass") lines.push(text.replace(/^audit-record: /, "audit record: "));
  }
  if (outcome.paths.record) lines.push(`record:    ${outcome.paths.record}`);
  if (outcome.paths.signature) lines.push(`signature: ${outcome.paths.signature}`);
  if (outcome.paths.report)
    lines.push(`report:    ${outcome.paths.report} (and ${path2.basename(outcome.paths.html ?? "")})`);
  lines.push(`ledger:    ${outcome.paths.reportDir}/ledger/`, `status:    ${outcome.status.toUpperCase()}`);
  io.stdout(lines.join("\n") + "\n");
}
async function runRun(argv, io) {
  const { flags, positional } = parseFlags(argv);
  if (flags.has("help")) {
    io.stdout(RUN_HELP);
    return EXIT.pass;
  }
  const unknown = [...flags.keys()].find((k) => !RUN_FLAGS.includes(k)) ?? positional[0];
  if (unknown !== void 0) {
    io.stderr(`ai-act-gates run: unknown argument ${flags.has(unknown) ? `--${unknown}` : unknown}

${RUN_HELP}`);
    return EXIT.error;
  }
  const get = (name) => flags.get(name)?.at(-1);
  const config = get("config");
  if (config === void 0 || config === "true") {
    io.stderr("ai-act-gates run: --config is required: the gates file to run\n");
    return EXIT.error;
  }
  const quiet = flags.has("quiet");
  const only = splitList(get("only") ?? "");
  try {
    const outcome = await runSuite({
      config,
      workspace: io.cwd,
      env: io.env,
      reportDir: get("report-dir") ?? freshReportDir(),
      gates: GATES,
      only,
      record: only.length === 0 && !flags.has("no-record"),
      recordOptions: {
        ...get("signing") ? { signing: get("signing") } : {},
        ...get("signing-key") ? { signingKey: get("signing-key") } : {},
        ...get("trusted-root") ? { trustedRoot: get("trusted-root") } : {},
        ...get("github-token") ? { githubToken: get("github-token") } : {},
        ...get("job-workflow-ref") ? { jobWorkflowRef: get("job-workflow-ref") } : {},
        ...get("job-workflow-sha") ? { jobWorkflowSha: get("job-workflow-sha") } : {}
      },
      log: {
        info: (m) => quiet ? void 0 : io.stderr(`${m}
`),
        warning: (m) => io.stderr(`warning: ${m}
`),
        debug: (m) => io.env.AI_ACT_GATES_DEBUG ? io.stderr(`debug: ${m}
`) : void 0
      },
      onResult: (gate, result) => {
        if (!quiet || result.status !== "pass")
          io.stderr(`[${mark(result)}] ${gate.id} (${gate.uses}): ${result.status}
`);
        if (result.status !== "pass" && !quiet) io.stderr(toText(result).replace(/^/gm, "       "));
      }
    });
    if (io.env.GITHUB_ACTIONS === "true") {
      for (const r of [
        ...outcome.results.map((x) => x.result),
        ...outcome.recordResult ? [outcome.recordResult] : []
      ]) {
        for (const a of toAnnotations(r)) io.stdout(toWorkflowCommand(a) + "\n");
      }
      if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, toReportMarkdown(outcome));
    }
    if (flags.has("json")) io.stdout(JSON.stringify(outcome.record ?? null, null, 2) + "\n");
    else printOutcome(outcome, io, quiet);
    return EXIT[outcome.status];
  } catch (error) {
    io.stderr(`ai-act-gates run: ${toGateError(error).message}
`);
    return EXIT.error;
  }
}
var PLAN_HELP = `ai-act-gates plan: what the reusable workflow runs for a gates file

Usage: ai-act-gates plan --config FILE --job-order A,B,C

Prints {"actions": {...}, "gates": [...], "systemId": ...} as JSON and, in GitHub
Actions, writes the outputs actions, gates and system-id to $GITHUB_OUTPUT. Fails
(exit 2, with file, line and field) when the file is invalid or lists its actions in
an order the workflow's jobs (--job-order) cannot run.
`;
async function runPlan(argv, io) {
  const { flags } = parseFlags(argv);
  if (flags.has("help")) {
    io.stdout(PLAN_HELP);
    return EXIT.pass;
  }
  try {
    const config = flags.get("config")?.at(-1);
    if (!config) throw new GateError("INPUT_MISSING", "--config is required", { field: "config" });
    const order = splitList(flags.get("job-order")?.at(-1) ?? "");
    if (order.length === 0) {
      throw new GateError("INPUT_MISSING", "--job-order is required: the action jobs of the workflow, in order", {
        field: "job-order"
      });
    }
    const absolute = await resolveInside(io.cwd, config, { field: "config", mustExist: true });
    const plan = planWorkflow(await loadGatesFile(absolute, config, actionSpecs()), order);
    io.stdout(JSON.stringify(plan) + "\n");
    if (io.env.GITHUB_OUTPUT) {
      const out = [
        `actions=${JSON.stringify(plan.actions)}`,
        `gates=${JSON.stringify(plan.gates)}`,
        `system-id=${plan.systemId}`
      ];
      await appendFile(path2.resolve(io.env.GITHUB_OUTPUT), out.join("\n") + "\n");
    }
    return EXIT.pass;
  } catch (error) {
    const e = toGateError(error);
    if (io.env.GITHUB_ACTIONS === "true") {
      io.stdout(
        toWorkflowCommand({
          level: "error",
          title: "ai-act-gates plan",
          message: e.detail,
          ...e.location.file ? { file: e.location.file } : {},
          ...e.location.line ? { line: e.location.line } : {}
        }) + "\n"
      );
    }
    io.stderr(`ai-act-gates plan: ${e.message}
`);
    return EXIT.error;
  }
}
export {
  runPlan,
  runRun
};
