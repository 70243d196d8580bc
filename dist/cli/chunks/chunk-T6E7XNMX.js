import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  TOOL_NAME,
  TOOL_URI,
  countChecks
} from "./chunk-MNDZ67NB.js";

// packages/report/src/junit.ts
function escapeXml(text) {
  return text.replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function formatLocation(loc) {
  const parts = [];
  if (loc.file !== void 0) parts.push(loc.line === void 0 ? loc.file : `${loc.file}:${loc.line}`);
  if (loc.entryIndex !== void 0) parts.push(`entry ${loc.entryIndex}`);
  if (loc.inputId !== void 0) parts.push(`input ${loc.inputId}`);
  if (loc.resource !== void 0) parts.push(loc.resource);
  if (loc.field !== void 0) parts.push(loc.field);
  if (loc.commit !== void 0) parts.push(`commit ${loc.commit}`);
  if (loc.url !== void 0) parts.push(loc.url);
  return parts.join(" ");
}
function seconds(result) {
  const ms = Date.parse(result.finishedAt) - Date.parse(result.startedAt);
  return (Math.max(0, ms) / 1e3).toFixed(3);
}
function testcase(result, check) {
  const name = escapeXml(`${check.id}: ${check.title}`);
  const classname = escapeXml(`ai-act-gates.${result.gate}`);
  const open = `    <testcase name="${name}" classname="${classname}" time="0"`;
  const body = [check.message, ...(check.locations ?? []).map(formatLocation)].join("\n");
  const articles = check.articles.length > 0 ? ` (${check.articles.join(", ")})` : "";
  switch (check.status) {
    case "pass":
      return `${open} />`;
    case "skipped":
      return `${open}>
      <skipped message="${escapeXml(check.message)}" />
    </testcase>`;
    case "error":
      return `${open}>
      <error message="${escapeXml(check.message + articles)}" type="error">${escapeXml(body)}</error>
    </testcase>`;
    default:
      return `${open}>
      <failure message="${escapeXml(check.message + articles)}" type="${check.status}">${escapeXml(body)}</failure>
    </testcase>`;
  }
}
function toJUnitXml(result) {
  const checks = result.checks.length > 0 ? result.checks : [
    {
      id: "gate",
      title: "gate ran",
      articles: [],
      status: "error",
      message: result.error?.message ?? "the gate produced no checks"
    }
  ];
  const failures = checks.filter((c) => c.status === "fail" || c.status === "unknown").length;
  const errors = checks.filter((c) => c.status === "error").length;
  const skipped = checks.filter((c) => c.status === "skipped").length;
  const attrs = `tests="${checks.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(result)}"`;
  const name = escapeXml(result.gate);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ai-act-gates" ${attrs}>`,
    `  <testsuite name="${name}" ${attrs} timestamp="${escapeXml(result.startedAt)}">`,
    "    <properties>",
    `      <property name="status" value="${result.status}" />`,
    `      <property name="version" value="${escapeXml(result.version)}" />`,
    "    </properties>",
    ...checks.map((c) => testcase(result, c)),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// packages/report/src/summary.ts
var SUMMARY_MAX_LOCATIONS = 10;
var ICON = {
  pass: "✅",
  fail: "❌",
  error: "⛔",
  skipped: "⏭️",
  unknown: "❓"
};
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function toMarkdown(result) {
  const counts = countChecks(result.checks);
  const lines = [
    `### ${ICON[result.status]} ${result.gate}: ${result.status}`,
    "",
    `${counts.pass} passed, ${counts.fail} failed, ${counts.unknown} unknown, ${counts.error} errors, ${counts.skipped} skipped`
  ];
  if (result.error) lines.push("", `**Could not run:** \`${result.error.code}\` ${escapeCell(result.error.message)}`);
  const subject = Object.entries(result.subject);
  if (subject.length > 0) {
    lines.push("", subject.map(([k, v]) => `**${k}**: \`${String(v)}\``).join(" · "));
  }
  if (result.checks.length > 0) {
    lines.push("", "| | check | articles | result |", "|---|---|---|---|");
    for (const c of result.checks) {
      lines.push(`| ${ICON[c.status]} | ${escapeCell(c.title)} | ${c.articles.join(", ")} | ${escapeCell(c.message)} |`);
    }
  }
  for (const c of result.checks.filter((c2) => c2.status !== "pass" && (c2.locations ?? []).length > 0)) {
    const locs = c.locations;
    lines.push("", `<details><summary>${escapeCell(c.title)}: ${locs.length} location(s)</summary>`, "");
    for (const loc of locs.slice(0, SUMMARY_MAX_LOCATIONS)) lines.push(`- \`${formatLocation(loc)}\``);
    if (locs.length > SUMMARY_MAX_LOCATIONS) {
      lines.push(`- … and ${locs.length - SUMMARY_MAX_LOCATIONS} more in the JUnit and JSON reports`);
    }
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}
function toText(result) {
  const mark = { pass: "ok  ", fail: "FAIL", error: "ERR ", skipped: "skip", unknown: "??  " };
  const lines = [`${result.gate}: ${result.status.toUpperCase()}`];
  if (result.error) lines.push(`  ${result.error.message}`);
  for (const c of result.checks) {
    lines.push(`  [${mark[c.status]}] ${c.title}: ${c.message}`);
    for (const loc of (c.status === "pass" ? [] : c.locations ?? []).slice(0, SUMMARY_MAX_LOCATIONS)) {
      lines.push(`         ${formatLocation(loc)}`);
    }
    const extra = (c.locations ?? []).length - SUMMARY_MAX_LOCATIONS;
    if (c.status !== "pass" && extra > 0) lines.push(`         … and ${extra} more (--json for all)`);
  }
  return lines.join("\n") + "\n";
}

// packages/report/src/annotations.ts
var MAX_ANNOTATIONS = 50;
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationFor(result, check, loc) {
  const where = loc === void 0 ? "" : formatLocation(loc);
  const a = {
    level: check.status === "unknown" || check.status === "skipped" ? "warning" : "error",
    title: `${result.gate}: ${check.title}`,
    message: where === "" ? check.message : `${check.message} (${where})`
  };
  if (loc?.file !== void 0) a.file = loc.file;
  if (loc?.line !== void 0) a.line = loc.line;
  if (loc?.column !== void 0) a.column = loc.column;
  if (loc?.endLine !== void 0) a.endLine = loc.endLine;
  return a;
}
function toAnnotations(result) {
  const out = [];
  if (result.error) {
    const a = { level: "error", title: `${result.gate}: could not run`, message: result.error.message };
    if (result.error.file !== void 0) a.file = result.error.file;
    if (result.error.line !== void 0) a.line = result.error.line;
    out.push(a);
  }
  for (const c of result.checks) {
    if (c.status === "pass" || c.status === "skipped") continue;
    const locs = (c.locations ?? []).length > 0 ? c.locations : [void 0];
    for (const l of locs) out.push(annotationFor(result, c, l));
  }
  return out.slice(0, MAX_ANNOTATIONS);
}
function toWorkflowCommand(a) {
  const props = [];
  if (a.file !== void 0) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line !== void 0) props.push(`line=${a.line}`);
  if (a.endLine !== void 0) props.push(`endLine=${a.endLine}`);
  if (a.column !== void 0) props.push(`col=${a.column}`);
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeData(a.message)}`;
}

// packages/report/src/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function level(check) {
  switch (check.status) {
    case "fail":
    case "error":
      return "error";
    case "unknown":
      return "warning";
    case "skipped":
      return "note";
    default:
      return "none";
  }
}
function sarifResult(result, check, loc) {
  const where = loc === void 0 ? "" : formatLocation(loc);
  const out = {
    ruleId: `${result.gate}/${check.id}`,
    level: level(check),
    kind: check.status === "pass" ? "pass" : "fail",
    message: { text: where === "" ? check.message : `${check.message} (${where})` }
  };
  if (loc?.file !== void 0) {
    const region = {};
    if (loc.line !== void 0) region.startLine = loc.line;
    if (loc.column !== void 0) region.startColumn = loc.column;
    if (loc.endLine !== void 0) region.endLine = loc.endLine;
    out.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: loc.file, uriBaseId: "%SRCROOT%" },
          ...Object.keys(region).length > 0 ? { region } : {}
        }
      }
    ];
  }
  const props = {};
  if (loc?.entryIndex !== void 0) props.entryIndex = loc.entryIndex;
  if (loc?.inputId !== void 0) props.inputId = loc.inputId;
  if (loc?.field !== void 0) props.field = loc.field;
  if (loc?.resource !== void 0) props.resource = loc.resource;
  if (loc?.commit !== void 0) props.commit = loc.commit;
  if (Object.keys(props).length > 0) out.properties = props;
  return out;
}
function hasFileFindings(result) {
  return result.checks.some((c) => c.status !== "pass" && (c.locations ?? []).some((l) => l.file !== void 0));
}
function toSarif(result) {
  const rules = result.checks.map((c) => ({
    id: `${result.gate}/${c.id}`,
    name: c.id,
    shortDescription: { text: c.title },
    properties: { articles: c.articles, tags: ["eu-ai-act", ...c.articles] }
  }));
  const results = result.checks.filter((c) => c.status !== "pass").flatMap((c) => ((c.locations ?? []).length > 0 ? c.locations : [void 0]).map((l) => sarifResult(result, c, l)));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: result.version,
            informationUri: TOOL_URI,
            rules
          }
        },
        automationDetails: { id: `${result.gate}/${result.run.runId ?? "local"}` },
        invocations: [
          {
            executionSuccessful: result.status !== "error",
            startTimeUtc: result.startedAt,
            endTimeUtc: result.finishedAt
          }
        ],
        results
      }
    ]
  };
}

// packages/report/src/write.ts
import { randomBytes } from "node:crypto";
import * as path from "node:path";
var LEDGER_DIR = "ledger";
function compactTime(iso) {
  return iso.replace(/[-:]/g, "").replace(".", "");
}
async function writeReports(result, reportDir) {
  const stem = result.run.step ? `${result.gate}.${result.run.step.replace(/[^\w.-]/g, "_")}` : result.gate;
  const json = JSON.stringify(result, null, 2) + "\n";
  const paths = {
    result: path.join(reportDir, `${stem}.result.json`),
    junit: path.join(reportDir, `${stem}.junit.xml`),
    summary: path.join(reportDir, `${stem}.summary.md`),
    ledger: path.join(
      reportDir,
      LEDGER_DIR,
      `${compactTime(result.startedAt)}-${result.gate}-${randomBytes(4).toString("hex")}.json`
    )
  };
  await writeFileAtomic(paths.result, json, { overwrite: true });
  await writeFileAtomic(paths.junit, toJUnitXml(result), { overwrite: true });
  await writeFileAtomic(paths.summary, toMarkdown(result), { overwrite: true });
  if (hasFileFindings(result)) {
    paths.sarif = path.join(reportDir, `${stem}.sarif`);
    await writeFileAtomic(paths.sarif, JSON.stringify(toSarif(result), null, 2) + "\n", { overwrite: true });
  }
  await writeFileAtomic(paths.ledger, json);
  return paths;
}

export {
  escapeXml,
  formatLocation,
  escapeCell,
  toText,
  toAnnotations,
  toWorkflowCommand,
  LEDGER_DIR,
  writeReports
};
