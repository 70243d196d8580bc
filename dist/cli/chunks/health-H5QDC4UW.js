import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  freshReportDir
} from "./chunk-7M2HBYOV.js";
import {
  escapeCell,
  escapeXml
} from "./chunk-T6E7XNMX.js";
import {
  EXIT,
  parseFlags
} from "./chunk-W3ZHVXYY.js";
import {
  GitHubClient,
  RECORD_SCHEMA
} from "./chunk-A3CVUI5E.js";
import "./chunk-HCJRJJLJ.js";
import "./chunk-3MLGQUVG.js";
import "./chunk-SB65L5LJ.js";
import {
  loadConfig,
  parseConfigText,
  validateConfig
} from "./chunk-2RDYGR3Z.js";
import {
  expandGlobs,
  resolveInside,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  TOOL_NAME,
  VERSION,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/cli/src/health.ts
import { appendFile } from "node:fs/promises";
import * as path2 from "node:path";

// packages/health/src/stats.ts
function quantile(sorted, q) {
  if (sorted.length === 0) return void 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}
function distribution(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0 };
  return {
    count: sorted.length,
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length
  };
}
function runLabel(r) {
  const p = r.pipeline;
  if (p.runId)
    return `${p.repository ?? ""}#${p.runId}${p.runAttempt && p.runAttempt !== "1" ? `.${p.runAttempt}` : ""}`;
  return `local ${r.recordedAt}`;
}
function runSeconds(r) {
  return Math.max(0, Date.parse(r.pipeline.finishedAt) - Date.parse(r.pipeline.startedAt)) / 1e3;
}
function maxOverlap(intervals) {
  const events = [];
  for (const [s2, e] of intervals) if (e > s2) events.push([s2, 1], [e, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, d] of events) {
    open += d;
    most = Math.max(most, open);
  }
  return most;
}
function computeHealth(records) {
  const sorted = [...records].sort((a, b) => a.pipeline.startedAt.localeCompare(b.pipeline.startedAt));
  const byStatus = { pass: 0, fail: 0, error: 0 };
  for (const r of sorted) byStatus[r.status]++;
  const gates = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    for (const g of r.gates) {
      const key = `${g.id}\0${g.uses}`;
      const h = gates.get(key) ?? {
        id: g.id,
        uses: g.uses,
        expected: 0,
        passed: 0,
        failed: 0,
        errored: 0,
        missing: 0,
        passRate: 0
      };
      h.expected++;
      if (g.status === "pass") h.passed++;
      else if (g.status === "fail") h.failed++;
      else if (g.status === "error") h.errored++;
      else h.missing++;
      gates.set(key, h);
    }
  }
  for (const h of gates.values()) h.passRate = h.expected === 0 ? 0 : h.passed / h.expected;
  const waits = [];
  const queued = [];
  for (const r of sorted) {
    for (const j of r.jobs) {
      if (j.queueWaitMs !== void 0) waits.push(j.queueWaitMs / 1e3);
      if (j.createdAt && j.startedAt) queued.push([Date.parse(j.createdAt), Date.parse(j.startedAt)]);
    }
  }
  return {
    runs: sorted.length,
    ...sorted.length > 0 ? { from: sorted[0].pipeline.startedAt, to: sorted[sorted.length - 1].recordedAt } : {},
    byStatus,
    successRate: sorted.length === 0 ? 0 : byStatus.pass / sorted.length,
    durationSeconds: distribution(sorted.map(runSeconds)),
    queueWaitSeconds: distribution(waits),
    maxQueueDepth: maxOverlap(queued),
    gates: [...gates.values()],
    flagged: sorted.filter((r) => r.status !== "pass").map((r) => ({
      run: runLabel(r),
      recordedAt: r.recordedAt,
      status: r.status,
      checks: r.contract.filter((c) => c.status !== "pass").map((c) => c.id)
    }))
  };
}

// packages/health/src/chart.ts
var COLOUR = {
  pass: "#2da44e",
  fail: "#cf222e",
  error: "#7d1a1a",
  missing: "#8c959f",
  grid: "#d0d7de",
  text: "#24292f"
};
var WIDTH = 760;
var FONT = 'font-family="DejaVu Sans, Arial, sans-serif"';
function text(x, y, body, extra = "", size = 12) {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${FONT} font-size="${size}" fill="${COLOUR.text}" ${extra}>${escapeXml(body)}</text>`;
}
function niceMax(value) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((m) => m >= value);
}
function durationPanel(records, top) {
  const height = 220;
  const left = 60;
  const right = WIDTH - 20;
  const plotTop = top + 30;
  const plotBottom = top + height - 30;
  const runs = [...records].sort((a, b) => a.pipeline.startedAt.localeCompare(b.pipeline.startedAt));
  const max = niceMax(Math.max(0, ...runs.map(runSeconds)));
  const svg = [text(left, top + 16, "Run duration (s), by record status", 'font-weight="bold"')];
  for (let i = 0; i <= 4; i++) {
    const y = plotBottom - (plotBottom - plotTop) * i / 4;
    svg.push(
      `<line x1="${left}" y1="${y.toFixed(1)}" x2="${right}" y2="${y.toFixed(1)}" stroke="${COLOUR.grid}" stroke-width="1"/>`
    );
    svg.push(text(left - 8, y + 4, String(Number((max * i / 4).toPrecision(3))), 'text-anchor="end"'));
  }
  const slot = runs.length === 0 ? 0 : (right - left) / runs.length;
  const bar = Math.max(2, Math.min(40, slot * 0.7));
  runs.forEach((r, i) => {
    const h = (plotBottom - plotTop) * runSeconds(r) / max;
    const x = left + slot * i + (slot - bar) / 2;
    svg.push(
      `<rect x="${x.toFixed(1)}" y="${(plotBottom - h).toFixed(1)}" width="${bar.toFixed(1)}" height="${Math.max(1, h).toFixed(1)}" fill="${COLOUR[r.status]}"><title>${escapeXml(`${r.recordedAt}: ${r.status}, ${runSeconds(r).toFixed(1)} s`)}</title></rect>`
    );
  });
  if (runs.length > 0) {
    svg.push(text(left, plotBottom + 18, runs[0].pipeline.startedAt.slice(0, 10)));
    svg.push(text(right, plotBottom + 18, runs[runs.length - 1].pipeline.startedAt.slice(0, 10), 'text-anchor="end"'));
  }
  const legend = [
    ["pass", COLOUR.pass],
    ["fail", COLOUR.fail],
    ["error", COLOUR.error]
  ];
  legend.forEach(([label, colour], i) => {
    const x = right - 200 + i * 70;
    svg.push(`<rect x="${x}" y="${top + 6}" width="12" height="12" fill="${colour}"/>`, text(x + 16, top + 16, label));
  });
  return { svg, height };
}
function gatePanel(health, top) {
  const row2 = 24;
  const left = 200;
  const right = WIDTH - 70;
  const height = 40 + row2 * Math.max(1, health.gates.length);
  const svg = [
    text(20, top + 16, "Gate pass rate (passed / expected runs); grey: skipped or never ran", 'font-weight="bold"')
  ];
  health.gates.forEach((g, i) => {
    const y = top + 30 + row2 * i;
    const width = right - left;
    const pass = width * (g.expected === 0 ? 0 : g.passed / g.expected);
    const fail2 = width * (g.expected === 0 ? 0 : (g.failed + g.errored) / g.expected);
    const missing = width * (g.expected === 0 ? 0 : g.missing / g.expected);
    svg.push(text(left - 8, y + 14, g.id, 'text-anchor="end"'));
    svg.push(`<rect x="${left}" y="${y + 3}" width="${width}" height="16" fill="none" stroke="${COLOUR.grid}"/>`);
    svg.push(`<rect x="${left}" y="${y + 3}" width="${pass.toFixed(1)}" height="16" fill="${COLOUR.pass}"/>`);
    svg.push(
      `<rect x="${(left + pass).toFixed(1)}" y="${y + 3}" width="${fail2.toFixed(1)}" height="16" fill="${COLOUR.fail}"/>`
    );
    svg.push(
      `<rect x="${(left + pass + fail2).toFixed(1)}" y="${y + 3}" width="${missing.toFixed(1)}" height="16" fill="${COLOUR.missing}"/>`
    );
    svg.push(text(right + 8, y + 14, `${Math.round(g.passRate * 100)}%`));
  });
  return { svg, height };
}
function healthSvg(health, records) {
  const head = 62;
  const durations = durationPanel(records, head);
  const gates = gatePanel(health, head + durations.height);
  const total = head + durations.height + gates.height + 10;
  const pct = Math.round(health.successRate * 100);
  const p95 = health.durationSeconds.p95 === void 0 ? "n/a" : `${health.durationSeconds.p95.toFixed(1)} s`;
  const wait = health.queueWaitSeconds.p95 === void 0 ? "n/a" : `${health.queueWaitSeconds.p95.toFixed(1)} s`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${total}" viewBox="0 0 ${WIDTH} ${total}" role="img" aria-label="Pipeline health">`,
    `<rect width="${WIDTH}" height="${total}" fill="#ffffff"/>`,
    text(20, 26, `Pipeline health: ${health.runs} run(s), ${pct}% passed their audit record`, 'font-weight="bold"', 15),
    text(20, 46, `run duration p95 ${p95} · job queue wait p95 ${wait} · queue depth up to ${health.maxQueueDepth}`),
    ...durations.svg,
    ...gates.svg,
    "</svg>",
    ""
  ].join("\n");
}

// packages/health/src/markdown.ts
function s(value) {
  return value === void 0 ? "n/a" : `${value.toFixed(1)} s`;
}
function row(name, d) {
  return `| ${name} | ${d.count} | ${s(d.p50)} | ${s(d.p90)} | ${s(d.p95)} | ${s(d.max)} |`;
}
function healthMarkdown(h, chart) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    "# Pipeline health",
    "",
    `${h.runs} run(s)${h.from ? ` from ${h.from} to ${h.to}` : ""}: **${pct(h.successRate)}** passed their audit record (${h.byStatus.pass} pass, ${h.byStatus.fail} fail, ${h.byStatus.error} error).`,
    "",
    `![Pipeline health](${chart})`,
    "",
    "## Duration and queue",
    "",
    "| measure | count | p50 | p90 | p95 | max |",
    "|---|---|---|---|---|---|",
    row("run duration (start to record)", h.durationSeconds),
    row("job queue wait (created to started)", h.queueWaitSeconds),
    "",
    `Queue depth: at most ${h.maxQueueDepth} job(s) waited for a runner at the same time.`,
    "",
    "## Gate pass rates",
    "",
    "| gate | action | expected | passed | failed | error | skipped or missing | pass rate |",
    "|---|---|---|---|---|---|---|---|"
  ];
  for (const g of h.gates)
    lines.push(
      `| ${escapeCell(g.id)} | \`${g.uses}\` | ${g.expected} | ${g.passed} | ${g.failed} | ${g.errored} | ${g.missing} | ${pct(g.passRate)} |`
    );
  lines.push("", "## Runs flagged for investigation", "");
  if (h.flagged.length === 0) lines.push("None: every run ran every expected gate, in order, and passed.");
  for (const f of h.flagged) lines.push(`- ${escapeCell(f.run)} (${f.recordedAt}): ${f.status}: ${f.checks.join(", ")}`);
  return lines.join("\n") + "\n";
}

// packages/health/src/otlp-common.ts
import { createHash } from "node:crypto";
var SPAN_KIND = { INTERNAL: 1, SERVER: 2 };
var STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 };
var DURATION_BOUNDS_S = [1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];
function attr(key, value) {
  if (value === void 0 || value === "") return [];
  if (typeof value === "string") return [{ key, value: { stringValue: value } }];
  if (typeof value === "boolean") return [{ key, value: { boolValue: value } }];
  return Number.isInteger(value) ? [{ key, value: { intValue: String(value) } }] : [{ key, value: { doubleValue: value } }];
}
function nanos(iso) {
  return (BigInt(Date.parse(iso)) * 1000000n).toString();
}
function id(bytes, ...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, bytes * 2);
}
function pipelineResult(status) {
  return status === "pass" ? "success" : status === "fail" ? "failure" : "error";
}
function jobResult(conclusion) {
  switch (conclusion) {
    case "success":
      return "success";
    case "failure":
      return "failure";
    case "cancelled":
      return "cancellation";
    case "timed_out":
      return "timeout";
    case "skipped":
      return "skip";
    case null:
      return void 0;
    default:
      return "error";
  }
}
function gateResult(status) {
  return status === "pass" ? "success" : status === "fail" ? "failure" : status === "missing" ? "skip" : "error";
}
function pipelineName(r) {
  return r.pipeline.name ?? `ai-act-gates ${r.system.id}`;
}
function resource(serviceName, records) {
  const repo = records.find((r) => r.pipeline.repository)?.pipeline.repository;
  return {
    attributes: [
      ...attr("service.name", serviceName),
      ...attr("vcs.repository.url.full", repo ? `https://github.com/${repo}` : void 0),
      ...attr("ai_act_gates.system.id", records[0]?.system.id)
    ]
  };
}
var SCOPE = { name: TOOL_NAME, version: VERSION };

// packages/health/src/otlp-metrics.ts
function histogram(name, description, points, start, end) {
  return {
    name,
    description,
    unit: "s",
    histogram: {
      aggregationTemporality: 1,
      dataPoints: points.map((p) => {
        const counts = new Array(DURATION_BOUNDS_S.length + 1).fill(0);
        for (const v of p.values) {
          const i = DURATION_BOUNDS_S.findIndex((b) => v <= b);
          counts[i === -1 ? DURATION_BOUNDS_S.length : i]++;
        }
        return {
          attributes: p.attributes,
          startTimeUnixNano: start,
          timeUnixNano: end,
          count: String(p.values.length),
          sum: p.values.reduce((a, b) => a + b, 0),
          min: Math.min(...p.values),
          max: Math.max(...p.values),
          bucketCounts: counts.map(String),
          explicitBounds: DURATION_BOUNDS_S
        };
      })
    }
  };
}
function counter(name, description, unit, points, start, end) {
  return {
    name,
    description,
    unit,
    sum: {
      aggregationTemporality: 1,
      isMonotonic: true,
      dataPoints: points.map((p) => ({
        attributes: p.attributes,
        startTimeUnixNano: start,
        timeUnixNano: end,
        asInt: String(p.value)
      }))
    }
  };
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const i of items) out.set(key(i), [...out.get(key(i)) ?? [], i]);
  return out;
}
function metricsRequest(records, serviceName) {
  if (records.length === 0) return { resourceMetrics: [] };
  const start = nanos(records.map((r) => r.pipeline.startedAt).sort()[0]);
  const end = nanos(
    records.map((r) => r.recordedAt).sort().at(-1)
  );
  const executing = [...groupBy(records, (r) => `${pipelineName(r)}\0${pipelineResult(r.status)}`).values()].map((rs) => ({
    attributes: [
      ...attr("cicd.pipeline.name", pipelineName(rs[0])),
      ...attr("cicd.pipeline.run.state", "executing"),
      ...attr("cicd.pipeline.result", pipelineResult(rs[0].status))
    ],
    values: rs.map((r) => Math.max(0, Date.parse(r.pipeline.finishedAt) - Date.parse(r.pipeline.startedAt)) / 1e3)
  }));
  const pendingRuns = records.filter((r) => r.pipeline.createdAt);
  const pending = [...groupBy(pendingRuns, (r) => `${pipelineName(r)}\0${pipelineResult(r.status)}`).values()].map(
    (rs) => ({
      attributes: [
        ...attr("cicd.pipeline.name", pipelineName(rs[0])),
        ...attr("cicd.pipeline.run.state", "pending"),
        ...attr("cicd.pipeline.result", pipelineResult(rs[0].status))
      ],
      values: rs.map((r) => {
        const firstJob = r.jobs.map((j) => j.startedAt).filter((t) => t !== void 0).sort()[0] ?? r.pipeline.startedAt;
        return Math.max(0, Date.parse(firstJob) - Date.parse(r.pipeline.createdAt)) / 1e3;
      })
    })
  );
  const waits = records.flatMap((r) => r.jobs.filter((j) => j.queueWaitMs !== void 0).map((j) => ({ r, j })));
  const queue = [...groupBy(waits, (x) => pipelineName(x.r)).values()].map((xs) => ({
    attributes: attr("cicd.pipeline.name", pipelineName(xs[0].r)),
    values: xs.map((x) => x.j.queueWaitMs / 1e3)
  }));
  const failed = records.filter((r) => r.status !== "pass");
  const errors = [
    ...groupBy(failed, (r) => `${pipelineName(r)}\0${r.contract.find((c) => c.status !== "pass")?.id ?? r.status}`).values()
  ].map((rs) => ({
    attributes: [
      ...attr("cicd.pipeline.name", pipelineName(rs[0])),
      ...attr("error.type", rs[0].contract.find((c) => c.status !== "pass")?.id ?? rs[0].status)
    ],
    value: rs.length
  }));
  const gateRuns = records.flatMap((r) => r.gates.map((g) => ({ r, g })));
  const gates = [...groupBy(gateRuns, (x) => `${pipelineName(x.r)}\0${x.g.id}\0${gateResult(x.g.status)}`).values()].map(
    (xs) => ({
      attributes: [
        ...attr("cicd.pipeline.name", pipelineName(xs[0].r)),
        ...attr("cicd.pipeline.task.name", xs[0].g.id),
        ...attr("cicd.pipeline.task.run.result", gateResult(xs[0].g.status))
      ],
      value: xs.length
    })
  );
  const metrics = [
    histogram(
      "cicd.pipeline.run.duration",
      "Duration of a pipeline run grouped by pipeline, state and result.",
      [...pending, ...executing],
      start,
      end
    ),
    counter(
      "cicd.pipeline.run.errors",
      "Pipeline runs whose audit record failed or errored, by the first check that did not pass.",
      "{error}",
      errors,
      start,
      end
    ),
    counter(
      "ai_act_gates.gate.runs",
      "Expected gate runs by gate and result; skip means the gate was skipped or never ran.",
      "{run}",
      gates,
      start,
      end
    ),
    ...queue.length > 0 ? [
      histogram(
        "ai_act_gates.job.queue_wait",
        "Time jobs waited for a runner, from the jobs API created_at to started_at.",
        queue,
        start,
        end
      )
    ] : []
  ];
  return { resourceMetrics: [{ resource: resource(serviceName, records), scopeMetrics: [{ scope: SCOPE, metrics }] }] };
}

// packages/health/src/otlp-traces.ts
function jobSpan(r, traceId, parent, j) {
  if (!j.startedAt || !j.completedAt) return void 0;
  const result = jobResult(j.conclusion);
  return {
    traceId,
    spanId: id(8, traceId, "job", String(j.id ?? j.name)),
    parentSpanId: parent,
    name: j.name,
    kind: SPAN_KIND.INTERNAL,
    startTimeUnixNano: nanos(j.startedAt),
    endTimeUnixNano: nanos(j.completedAt),
    attributes: [
      ...attr("cicd.pipeline.task.name", j.name),
      ...attr("cicd.pipeline.task.run.id", j.id === void 0 ? void 0 : String(j.id)),
      ...attr("cicd.pipeline.task.run.url.full", j.url),
      ...attr("cicd.pipeline.task.run.result", result),
      ...attr("cicd.worker.name", j.runnerName),
      ...attr("ai_act_gates.queue_wait_ms", j.queueWaitMs)
    ],
    status: {
      code: result === "success" || result === "skip" ? STATUS_CODE.OK : result === void 0 ? STATUS_CODE.UNSET : STATUS_CODE.ERROR
    }
  };
}
function gateSpan(r, traceId, parent, g) {
  const start = g.startedAt ?? r.pipeline.finishedAt;
  const end = g.finishedAt ?? start;
  return {
    traceId,
    spanId: id(8, traceId, "gate", g.id),
    parentSpanId: parent,
    name: g.id,
    kind: SPAN_KIND.INTERNAL,
    startTimeUnixNano: nanos(start),
    endTimeUnixNano: nanos(end),
    attributes: [
      ...attr("cicd.pipeline.task.name", g.id),
      ...attr("cicd.pipeline.task.type", "test"),
      ...attr("cicd.pipeline.task.run.result", gateResult(g.status)),
      ...attr("ai_act_gates.gate.action", g.uses),
      ...attr("ai_act_gates.gate.position", g.position),
      ...g.error ? attr("error.type", g.error.code) : []
    ],
    status: {
      code: g.status === "pass" ? STATUS_CODE.OK : STATUS_CODE.ERROR,
      ...g.status !== "pass" ? { message: `gate ${g.status}` } : {}
    }
  };
}
function tracesRequest(records, serviceName) {
  const spans = records.flatMap((r) => {
    const traceId = id(16, r.pipeline.repository ?? "", r.pipeline.runId ?? r.recordedAt, r.pipeline.runAttempt ?? "");
    const root = id(8, traceId, "run");
    const result = pipelineResult(r.status);
    const failing = r.contract.filter((c) => c.status !== "pass").map((c) => c.id);
    const run = {
      traceId,
      spanId: root,
      name: `RUN ${pipelineName(r)}`,
      kind: SPAN_KIND.SERVER,
      startTimeUnixNano: nanos(r.pipeline.startedAt),
      endTimeUnixNano: nanos(r.pipeline.finishedAt),
      attributes: [
        ...attr("cicd.pipeline.name", pipelineName(r)),
        ...attr("cicd.pipeline.action.name", "RUN"),
        ...attr("cicd.pipeline.run.id", r.pipeline.runId ?? runLabel(r)),
        ...attr("cicd.pipeline.run.url.full", r.pipeline.url),
        ...attr("cicd.pipeline.result", result),
        ...result !== "success" ? attr("error.type", failing[0] ?? r.status) : [],
        ...attr("vcs.ref.head.revision", r.pipeline.trigger.sha),
        ...attr("vcs.ref.head.name", r.pipeline.trigger.ref),
        ...attr("ai_act_gates.trigger.event", r.pipeline.trigger.event),
        ...attr("ai_act_gates.record.failed_checks", failing.join(","))
      ],
      status: {
        code: result === "success" ? STATUS_CODE.OK : STATUS_CODE.ERROR,
        ...result !== "success" ? { message: r.summary } : {}
      }
    };
    const jobs = r.jobs.map((j) => jobSpan(r, traceId, root, j)).filter((s2) => s2 !== void 0);
    return [run, ...jobs, ...r.gates.map((g) => gateSpan(r, traceId, root, g))];
  });
  return { resourceSpans: [{ resource: resource(serviceName, records), scopeSpans: [{ scope: SCOPE, spans }] }] };
}

// packages/health/src/otlp.ts
async function postOtlp(url, body, headers = {}, signal) {
  let response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      ...signal ? { signal } : {}
    });
  } catch (error) {
    throw new GateError("NETWORK", `OTLP endpoint unreachable at ${url}: ${error.message}`, {
      field: "otlp-endpoint"
    });
  }
  const text2 = await response.text();
  if (!response.ok)
    throw new GateError("NETWORK", `OTLP endpoint answered ${response.status} for ${url}: ${text2.slice(0, 200)}`, {
      field: "otlp-endpoint"
    });
  return response.status;
}
async function exportOtlp(endpoint, records, options) {
  const base = endpoint.replace(/\/+$/, "");
  const traces = `${base}/v1/traces`;
  const metrics = `${base}/v1/metrics`;
  await postOtlp(traces, tracesRequest(records, options.serviceName), options.headers, options.signal);
  await postOtlp(metrics, metricsRequest(records, options.serviceName), options.headers, options.signal);
  return { traces, metrics };
}

// packages/health/src/read.ts
import { stat } from "node:fs/promises";
import * as path from "node:path";
async function recordPatterns(inputs, workspace) {
  const out = [];
  for (const input of inputs) {
    const info = await stat(path.resolve(workspace, input)).catch(() => void 0);
    out.push(info?.isDirectory() ? `${input.replace(/\/+$/, "")}/**/*audit-record.json` : input);
  }
  return out;
}
async function readRecords(inputs, workspace) {
  const files = await expandGlobs(await recordPatterns(inputs, workspace), { workspace, field: "records" });
  if (files.length === 0) throw new GateError("EMPTY_INPUT", "no audit record found", { field: "records" });
  const out = [];
  for (const f of files) {
    const display = toPosixRelative(workspace, f.absolute);
    out.push({ file: display, record: await loadConfig(f.absolute, RECORD_SCHEMA, display) });
  }
  return out;
}

// packages/health/src/zip.ts
import { crc32, inflateRawSync } from "node:zlib";
var EOCD = 101010256;
var CENTRAL = 33639248;
var LOCAL = 67324752;
function fail(archive, detail) {
  throw new GateError("PARSE_ERROR", `not a readable ZIP archive: ${detail}`, { file: archive });
}
function readZip(buf, archive) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail(archive, "no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 65535 || p === 4294967295) fail(archive, "ZIP64 archives are not supported");
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) fail(archive, `central directory entry ${n} is damaged`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extra + comment;
    if (name.endsWith("/")) continue;
    if (flags & 1) fail(archive, `${name} is encrypted`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      fail(archive, `local header of ${name} is damaged`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    if (raw.length !== compressed) fail(archive, `${name} is truncated`);
    let data;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = inflateRawSync(raw);
      } catch (error) {
        fail(archive, `${name} does not inflate: ${error.message}`);
      }
    } else fail(archive, `${name} uses compression method ${method}`);
    if (data.length !== size || crc32(data) >>> 0 !== crc) fail(archive, `${name} fails its CRC-32 check`);
    entries.push({ name, data });
  }
  return entries;
}

// packages/health/src/github.ts
async function fetchRecords(options) {
  if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) {
    throw new GateError("INPUT_INVALID", `'${options.repository}' is not owner/name`, { field: "github-repository" });
  }
  const client = new GitHubClient(options.apiUrl, options.token, options.record, options.signal);
  const artifacts = (await client.list(`/repos/${options.repository}/actions/artifacts?per_page=100`, "artifacts")).filter((a) => a.name.startsWith(options.prefix) && !a.expired).sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? "")).slice(0, options.limit);
  const out = [];
  for (const a of artifacts) {
    const zip = await client.download(`/repos/${options.repository}/actions/artifacts/${a.id}/zip`);
    for (const entry of readZip(zip, `${a.name}.zip`)) {
      if (!entry.name.endsWith("audit-record.json")) continue;
      const display = `${a.name}/${entry.name}`;
      const parsed = parseConfigText(entry.data.toString("utf8"), display);
      out.push({ file: display, record: validateConfig(parsed, RECORD_SCHEMA, display) });
    }
  }
  if (out.length === 0) {
    throw new GateError(
      "EMPTY_INPUT",
      `no audit record in the artifacts of ${options.repository} named ${options.prefix}*`,
      { field: "github-repository" }
    );
  }
  return out;
}

// packages/cli/src/health.ts
var HELP = `ai-act-gates health: success rate, duration, gate pass rates and queue wait over audit records

Usage: ai-act-gates health --records FOLDER|GLOB [--records ...] [options]
       ai-act-gates health --github-repository OWNER/NAME [options]

  --records X          a folder (every *audit-record.json below it) or a glob of records
  --github-repository R  also fetch the records uploaded as artifacts by R's runs (the
                       GitHub API at $GITHUB_API_URL; needs actions: read)
  --artifact-prefix P  artifact names to fetch (default: ai-act-gates-audit-record)
  --limit N            at most N artifacts, newest first (default: 100)
  --github-token TOK   token for the API (default: $GITHUB_TOKEN, then $GH_TOKEN)
  --out DIR            where health.md, health.svg and health.json go (default: a new
                       folder ai-act-gates-reports/health-<time>-<random>)
  --otlp-endpoint URL  also send OpenTelemetry CI/CD traces and metrics, OTLP/HTTP JSON,
                       to URL/v1/traces and URL/v1/metrics (such as http://localhost:4318)
  --otlp-header K=V    a header for the OTLP endpoint (repeatable), such as an API key
  --service-name NAME  service.name of the telemetry (default: ai-act-gates)
  --json               print the health figures as JSON

Exit codes: 0 the report was written (and sent), 2 a record is invalid (file, line and
field), none was found, or the OTLP endpoint refused the data.
`;
var FLAGS = [
  "records",
  "github-repository",
  "artifact-prefix",
  "limit",
  "github-token",
  "out",
  "otlp-endpoint",
  "otlp-header",
  "service-name",
  "json",
  "help"
];
async function runHealth(argv, io) {
  const { flags, positional } = parseFlags(argv);
  if (flags.has("help")) {
    io.stdout(HELP);
    return EXIT.pass;
  }
  const unknown = [...flags.keys()].find((k) => !FLAGS.includes(k)) ?? positional[0];
  if (unknown !== void 0) {
    io.stderr(`ai-act-gates health: unknown argument ${flags.has(unknown) ? `--${unknown}` : unknown}

${HELP}`);
    return EXIT.error;
  }
  try {
    const inputs = flags.get("records") ?? [];
    const repository = flags.get("github-repository")?.at(-1);
    if (inputs.length === 0 && !repository) {
      throw new GateError(
        "INPUT_MISSING",
        "--records or --github-repository is required: where the audit records are",
        { field: "records" }
      );
    }
    const loaded = inputs.length > 0 ? await readRecords(inputs, io.cwd) : [];
    if (repository) {
      const limit = Number(flags.get("limit")?.at(-1) ?? "100");
      if (!Number.isInteger(limit) || limit < 1)
        throw new GateError("INPUT_INVALID", "--limit must be a whole number of at least 1", { field: "limit" });
      loaded.push(
        ...await fetchRecords({
          apiUrl: io.env.GITHUB_API_URL ?? "https://api.github.com",
          token: flags.get("github-token")?.at(-1) ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? "",
          repository,
          prefix: flags.get("artifact-prefix")?.at(-1) ?? "ai-act-gates-audit-record",
          limit,
          record: () => void 0
        })
      );
    }
    const records = loaded.map((l) => l.record);
    const health = computeHealth(records);
    const out = await resolveInside(io.cwd, flags.get("out")?.at(-1) ?? freshReportDir().replace("/run-", "/health-"), {
      field: "out"
    });
    const rel = toPosixRelative(io.cwd, out);
    await writeFileAtomic(path2.join(out, "health.svg"), healthSvg(health, records), {
      displayPath: `${rel}/health.svg`
    });
    const markdown = healthMarkdown(health, "health.svg");
    await writeFileAtomic(path2.join(out, "health.md"), markdown, { displayPath: `${rel}/health.md` });
    await writeFileAtomic(path2.join(out, "health.json"), JSON.stringify(health, null, 2) + "\n", {
      displayPath: `${rel}/health.json`
    });
    const endpoint = flags.get("otlp-endpoint")?.at(-1);
    let sent = "";
    if (endpoint) {
      const headers = {};
      for (const h of flags.get("otlp-header") ?? []) {
        const eq = h.indexOf("=");
        if (eq < 1)
          throw new GateError("INPUT_INVALID", `--otlp-header '${h}' is not NAME=VALUE`, { field: "otlp-header" });
        headers[h.slice(0, eq).trim()] = h.slice(eq + 1).trim();
      }
      const urls = await exportOtlp(endpoint, records, {
        serviceName: flags.get("service-name")?.at(-1) ?? "ai-act-gates",
        headers
      });
      sent = `sent:      ${urls.traces}, ${urls.metrics}
`;
    }
    if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, markdown);
    if (flags.has("json")) io.stdout(JSON.stringify(health, null, 2) + "\n");
    else {
      io.stdout(
        `${health.runs} run(s), ${(health.successRate * 100).toFixed(1)}% passed; ${health.flagged.length} flagged for investigation
report:    ${rel}/health.md
chart:     ${rel}/health.svg
${sent}`
      );
    }
    return EXIT.pass;
  } catch (error) {
    io.stderr(`ai-act-gates health: ${toGateError(error).message}
`);
    return EXIT.error;
  }
}
export {
  runHealth
};
