import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  freshReportDir
} from "./chunk-7M2HBYOV.js";
import {
  GATES,
  runSuite,
  toReportMarkdown
} from "./chunk-D7OCNQCE.js";
import {
  toAnnotations,
  toText,
  toWorkflowCommand
} from "./chunk-T6E7XNMX.js";
import {
  EXIT,
  parseFlags
} from "./chunk-HOPIB6NT.js";
import {
  actionSpecs,
  loadGatesFile
} from "./chunk-ORJ35ECD.js";
import "./chunk-3MLGQUVG.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-2RDYGR3Z.js";
import {
  resolveInside,
  splitList
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/cli/src/run.ts
import { appendFile } from "node:fs/promises";
import * as path from "node:path";

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
    lines.push(`report:    ${outcome.paths.report} (and ${path.basename(outcome.paths.html ?? "")})`);
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
      await appendFile(path.resolve(io.env.GITHUB_OUTPUT), out.join("\n") + "\n");
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
