import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  compileSchema,
  formatFieldPath,
  locateViolations,
  parseConfigText,
  violationError
} from "./chunk-2RDYGR3Z.js";
import {
  resolveInside,
  sha256File,
  sha256Hex,
  toPosixRelative
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  makeCheck,
  parseJson,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/retention/src/duration.ts
var DAYS_PER_YEAR = 365;
function days(n) {
  return { years: 0, days: n };
}
function years(n) {
  return { years: n, days: 0 };
}
function minDays(d) {
  return d.years * DAYS_PER_YEAR + Math.floor(d.years / 4) + d.days;
}
function maxDays(d) {
  return d.years * DAYS_PER_YEAR + Math.ceil(d.years / 4) + d.days;
}
function meets(retention, floor) {
  if (retention === "forever") return true;
  if (retention.years >= floor.years && retention.days >= floor.days) return true;
  return minDays(retention) >= maxDays(floor);
}
function formatRetention(r) {
  if (r === "forever") return "never expires";
  const parts = [];
  if (r.years > 0) parts.push(`${r.years} year${r.years === 1 ? "" : "s"}`);
  if (r.days > 0 || r.years === 0) parts.push(`${r.days} day${r.days === 1 ? "" : "s"}`);
  return parts.join(" and ");
}
function retentionJson(r) {
  return r === "forever" ? "forever" : { years: r.years, days: r.days };
}

// packages/retention/src/presets.ts
var AI_ACT = "Regulation (EU) 2024/1689 (AI Act)";
var ART19_FLOOR = [
  {
    instrument: AI_ACT,
    provision: "Art.19(1)",
    requires: "providers keep the automatically generated logs under their control for a period appropriate to the intended purpose, of at least six months, unless Union or national law provides otherwise"
  },
  {
    instrument: AI_ACT,
    provision: "Art.26(6)",
    requires: "deployers keep the automatically generated logs under their control for a period appropriate to the intended purpose, of at least six months, unless Union or national law provides otherwise"
  }
];
var DEFAULT_MIN_DAYS = 183;
var PRESETS = {
  finance: {
    name: "finance",
    title: "financial institutions: logs kept as financial-services documentation, five years",
    duration: years(5),
    articles: ["Art.19(2)", "Art.26(6)"],
    citations: [
      {
        instrument: AI_ACT,
        provision: "Art.19(2), Art.26(6) second subparagraph",
        requires: "providers and deployers that are financial institutions subject to internal-governance requirements under Union financial services law keep the logs as part of the documentation kept under that law"
      },
      {
        instrument: "Directive (EU) 2015/849 (fourth Anti-Money Laundering Directive)",
        provision: "Art.40(1)",
        requires: "customer due diligence documents and transaction records are kept for five years after the end of the business relationship or the date of an occasional transaction; Member States may allow or require further retention of up to five more years"
      },
      {
        instrument: "Regulation (EU) 2024/1624 (Anti-Money Laundering Regulation), applying from 10 July 2027",
        provision: "Art.77",
        requires: "the same records are kept for five years after the end of the business relationship or the date of the occasional transaction; competent authorities may require up to five more years"
      }
    ],
    limits: [
      "The five years run from the end of the business relationship or the date of the transaction, not from the day a log is written: for relationships that last, logs must be kept longer than the preset.",
      "Which financial services law governs the documentation, and so the period, depends on the institution and on the use of the AI system; national law and supervisors may require more."
    ]
  },
  health: {
    name: "health",
    title: "AI systems that are or are part of medical devices: ten years",
    duration: years(10),
    articles: ["Art.19(1)", "Art.26(6)"],
    citations: [
      {
        instrument: "Regulation (EU) 2017/745 (Medical Devices Regulation)",
        provision: "Art.10(8)",
        requires: "manufacturers keep the technical documentation, the EU declaration of conformity and certificates available to the competent authorities for at least ten years after the last device covered by the declaration has been placed on the market, fifteen years for implantable devices"
      }
    ],
    limits: [
      "The AI Act sets no health-specific log period; the preset takes the device documentation period of the Medical Devices Regulation as the floor.",
      "That period runs from when the last device is placed on the market, not from when a log is written.",
      "Implantable devices need fifteen years: set min-days to 5479.",
      "Where logs form part of a patient record, national law sets the period, often longer; it is not in the preset."
    ]
  },
  employment: {
    name: "employment",
    title: "employment and recruitment (Annex III point 4): six months unless national law requires more",
    duration: days(DEFAULT_MIN_DAYS),
    articles: ["Art.26(6)"],
    citations: [
      ART19_FLOOR[1],
      {
        instrument: "Regulation (EU) 2016/679 (GDPR)",
        provision: "Art.5(1)(e)",
        requires: "personal data is kept no longer than necessary for its purposes: an upper bound that a longer retention must justify"
      }
    ],
    limits: [
      "No Union instrument sets a longer period for the logs of AI systems used in recruitment or employment; the preset is the AI Act floor.",
      "National law decides any longer period (limitation periods for discrimination claims, employment record-keeping rules) and it differs between Member States: set min-days to the period your national law requires."
    ]
  }
};
var PRESET_NAMES = ["none", "finance", "health", "employment"];
var TEN_YEAR_HORIZON = {
  duration: years(10),
  citations: [
    {
      instrument: "Seed 000 (pipeline security and logging infrastructure)",
      provision: "Immutability",
      requires: "the WORM retention period is set to ten years from the date the system is placed on the market, plus a margin for administrative processing"
    },
    {
      instrument: AI_ACT,
      provision: "Art.18(1)",
      requires: "providers keep the technical documentation, quality management system documentation and declaration of conformity for ten years after the system has been placed on the market or put into service"
    }
  ],
  limits: [
    "The AI Act does not require logs to be kept ten years: Art.18(1) is about documentation. The horizon is the provider-side recommendation of seed 000.",
    "A store keeps each log for a fixed period from when it is written, so the gate requires ten years (plus the margin) from every log, which is stricter than ten years from placing on the market."
  ]
};

// packages/retention/src/floor.ts
function buildFloor(options) {
  const requirements = [
    {
      source: "min-days",
      label: "min-days",
      duration: days(options.minDays),
      citations: ART19_FLOOR,
      limits: ["Six calendar months span 181 to 184 days; 183 is the default. Set 184 for the longest six months."]
    }
  ];
  const articles = /* @__PURE__ */ new Set(["Art.19(1)", "Art.26(6)"]);
  if (options.preset) {
    const p = PRESETS[options.preset];
    requirements.push({
      source: "preset",
      label: `preset ${p.name}`,
      duration: p.duration,
      citations: p.citations,
      limits: p.limits
    });
    for (const a of p.articles) articles.add(a);
  }
  if (options.tenYearHorizon) {
    requirements.push({
      source: "ten-year-horizon",
      label: "ten-year horizon",
      duration: { years: TEN_YEAR_HORIZON.duration.years, days: options.horizonMarginDays },
      citations: TEN_YEAR_HORIZON.citations,
      limits: TEN_YEAR_HORIZON.limits
    });
  }
  return { requirements, articles: [...articles].sort(compareArticles) };
}
function compareArticles(a, b) {
  const na = Number(/\d+/.exec(a)?.[0] ?? 0);
  const nb = Number(/\d+/.exec(b)?.[0] ?? 0);
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}
function unmet(retention, floor) {
  return floor.requirements.filter((r) => !meets(retention, r.duration));
}
function binding(floor) {
  return floor.requirements.reduce((a, b) => maxDays(b.duration) >= maxDays(a.duration) ? b : a);
}
function floorDays(floor) {
  return Math.max(...floor.requirements.map((r) => maxDays(r.duration)));
}
function floorText(floor) {
  const b = binding(floor);
  return `${formatRetention(b.duration)} (${b.label})`;
}
function shortfallText(missed) {
  return `below ${missed.map((r) => `${formatRetention(r.duration)} (${r.label})`).join(" and ")}`;
}
function floorEvidence(floor) {
  return {
    floorDays: floorDays(floor),
    requirements: floor.requirements.map((r) => ({
      source: r.label,
      period: retentionJson(r.duration),
      citations: r.citations,
      limits: r.limits
    }))
  };
}

// packages/retention/src/categories.ts
var DEFAULT_LOG_TYPES = ["inference", "decision", "error", "model-version"];
var NAME_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function normalizeCategory(name) {
  const words = name.trim().toLowerCase().split(/[\s_-]+/).filter((w) => w !== "");
  if (words.length > 1 && (words.at(-1) === "logs" || words.at(-1) === "log")) words.pop();
  const out = words.join("-");
  return NAME_RE.test(out) ? out : void 0;
}
function requireCategory(name, where) {
  const out = normalizeCategory(name);
  if (out !== void 0) return out;
  const detail = `'${name}' is not a log category name (letters, digits, '-' or '_', starting with a letter)`;
  if (where.input) throw new GateError("INPUT_INVALID", `input '${where.input}': ${detail}`, { field: where.input });
  throw new GateError("SCHEMA_VIOLATION", detail, {
    ...where.file !== void 0 ? { file: where.file } : {},
    ...where.line !== void 0 ? { line: where.line } : {},
    ...where.field !== void 0 ? { field: where.field } : {}
  });
}

// packages/retention/src/policy.ts
import { readFile } from "node:fs/promises";

// schemas/retention-policy.schema.json
var retention_policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/retention-policy.schema.json",
  title: "Retention policy",
  description: "How long each category of automatically generated logs is kept (Art.19(1), Art.26(6)), where it is kept, how it is retrieved, and what a provider holding logs has agreed to. Seed 002's configuration (retention_days, covered_log_types, retrieval_runbook_url) is a valid policy as it is. Keys starting with x- are free for your own use.",
  type: "object",
  additionalProperties: false,
  patternProperties: { "^x-": {} },
  properties: {
    version: { const: 1, description: "Version of this format. Optional; seed 002's file has none." },
    system_id: { type: "string", minLength: 1, description: "Identifier of the high-risk AI system." },
    retention_days: {
      type: "integer",
      minimum: 0,
      description: "Days every covered category is kept, unless log_types gives its own period. 0 means zero days, not forever."
    },
    retention_years: {
      type: "integer",
      minimum: 1,
      description: "Calendar years every covered category is kept; instead of retention_days."
    },
    covered_log_types: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      description: "Categories the root retention period covers, such as inference_logs or model-version."
    },
    retrieval_runbook_url: {
      type: "string",
      minLength: 1,
      description: "Where the log retrieval runbook is: an http(s) URL, or a file path relative to this policy file."
    },
    log_types: {
      type: "object",
      description: "Categories with their own retention period. A category listed without a period takes the root one.",
      additionalProperties: { $ref: "#/$defs/logType" }
    },
    stores: {
      type: "array",
      description: "The stores that hold the logs, as Terraform resource addresses. When given, only these stores are judged in the plan, and each must be there.",
      items: { $ref: "#/$defs/store" }
    },
    retrieval: { $ref: "#/$defs/retrieval" },
    providers: {
      type: "array",
      description: "Providers that hold logs of the system on their own infrastructure (seed 002: the deployer needs a contractual right to retrieve them).",
      items: { $ref: "#/$defs/provider" }
    }
  },
  dependentSchemas: { retention_days: { properties: { retention_years: false } } },
  $defs: {
    logType: {
      type: "object",
      additionalProperties: false,
      patternProperties: { "^x-": {} },
      properties: {
        retention_days: { type: "integer", minimum: 0, description: "Days this category is kept." },
        retention_years: { type: "integer", minimum: 1, description: "Calendar years this category is kept." },
        description: { type: "string", description: "What the category holds." }
      },
      dependentSchemas: { retention_days: { properties: { retention_years: false } } }
    },
    store: {
      type: "object",
      required: ["resource", "log_types"],
      additionalProperties: false,
      patternProperties: { "^x-": {} },
      properties: {
        resource: {
          type: "string",
          minLength: 1,
          description: 'Terraform address of the store, such as aws_s3_bucket.audit, module.logs.aws_cloudwatch_log_group.this["error"], or a resource without an instance key to mean all its instances.'
        },
        log_types: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          description: "Categories this store holds."
        },
        prefix: {
          type: "string",
          description: "Object key prefix the logs are written under (S3, Google Cloud Storage; container-relative for Azure). Lifecycle rules whose filter cannot match it are not applied to the store."
        },
        description: { type: "string" }
      }
    },
    retrieval: {
      type: "object",
      additionalProperties: false,
      patternProperties: { "^x-": {} },
      description: "How logs are retrieved when a regulator or an affected person asks.",
      properties: {
        runbook: {
          type: "string",
          minLength: 1,
          description: "An http(s) URL, or a file path relative to this policy file."
        },
        tested_on: {
          type: "string",
          format: "date",
          description: "Date of the last retrieval test (seed 000: retrieve a log entry from years ago, annually)."
        },
        owner: { type: "string", description: "Who runs retrievals." }
      }
    },
    provider: {
      type: "object",
      required: ["name", "log_types"],
      additionalProperties: false,
      patternProperties: { "^x-": {} },
      properties: {
        name: { type: "string", minLength: 1 },
        log_types: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          description: "Categories the provider holds and the deployer does not."
        },
        contract: { $ref: "#/$defs/contract" }
      }
    },
    contract: {
      type: "object",
      additionalProperties: false,
      patternProperties: { "^x-": {} },
      properties: {
        reference: {
          type: "string",
          description: "The contract and clause, such as 'MSA 2025-014, schedule 3, clause 7.2'."
        },
        access_right: {
          type: "string",
          description: "The right the contract gives the deployer to obtain the logs, in the contract's terms."
        },
        retrieval_mechanism: {
          type: "string",
          description: "How logs are obtained under it: an export API, a support request with a deadline."
        },
        retention_days: {
          type: "integer",
          minimum: 0,
          description: "Days the provider keeps the logs under the contract."
        },
        retention_years: {
          type: "integer",
          minimum: 1,
          description: "Years the provider keeps the logs under the contract."
        },
        evidence: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Files that show the contract terms (a signed extract, an order form), relative to this policy file. Each is hashed into the result."
        }
      },
      dependentSchemas: { retention_days: { properties: { retention_years: false } } }
    }
  }
};

// packages/retention/src/plan/address.ts
var NAME_RE2 = /^[A-Za-z_][A-Za-z0-9_-]*/;
function parseAddress(text) {
  let pos = 0;
  const modules = [];
  const name = () => {
    const m = NAME_RE2.exec(text.slice(pos));
    if (!m) return void 0;
    pos += m[0].length;
    return m[0];
  };
  const key = () => {
    if (text[pos] !== "[") return void 0;
    const close = findClose(text, pos);
    if (close < 0) return ["unclosed ["];
    const inner = text.slice(pos + 1, close);
    pos = close + 1;
    if (/^(0|[1-9]\d*)$/.test(inner)) return Number(inner);
    if (inner.startsWith('"')) {
      try {
        const v = JSON.parse(inner);
        if (typeof v === "string") return v;
      } catch {
      }
    }
    return [`instance key [${inner}] is neither a number nor a quoted string`];
  };
  while (text.startsWith("module.", pos)) {
    pos += "module.".length;
    const n = name();
    if (n === void 0) return `expected a module name at character ${pos + 1}`;
    const k2 = key();
    if (Array.isArray(k2)) return k2[0];
    modules.push(k2 === void 0 ? { name: n } : { name: n, key: k2 });
    if (text[pos] !== ".") return `expected '.' after module ${n} at character ${pos + 1}`;
    pos++;
  }
  let mode = "managed";
  if (text.startsWith("data.", pos)) {
    mode = "data";
    pos += "data.".length;
  }
  const type = name();
  if (type === void 0) return `expected a resource type at character ${pos + 1}`;
  if (text[pos] !== ".") return `expected '.' after resource type ${type} at character ${pos + 1}`;
  pos++;
  const rname = name();
  if (rname === void 0) return `expected a resource name at character ${pos + 1}`;
  const k = key();
  if (Array.isArray(k)) return k[0];
  if (pos !== text.length) return `unexpected '${text.slice(pos)}' after the resource name`;
  const out = { modules, mode, type, name: rname };
  if (k !== void 0) out.key = k;
  return out;
}
function findClose(text, open) {
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "]") return i;
  }
  return -1;
}
function moduleConfigPath(modules) {
  return modules.map((m) => m.name).join(".");
}
function matchesAddress(pattern, address) {
  if (pattern.mode !== address.mode || pattern.type !== address.type || pattern.name !== address.name) return false;
  if (pattern.modules.length !== address.modules.length) return false;
  for (let i = 0; i < pattern.modules.length; i++) {
    const p = pattern.modules[i];
    const a = address.modules[i];
    if (p.name !== a.name) return false;
    if (p.key !== void 0 && p.key !== a.key) return false;
  }
  return pattern.key === void 0 || pattern.key === address.key;
}

// packages/retention/src/policy.ts
var SEED_KEYS = /* @__PURE__ */ new Set(["retention_days", "covered_log_types", "retrieval_runbook_url"]);
var validator;
function rewrite(error) {
  if (error.keyword === "false schema" && /retention_years$/.test(error.instancePath)) {
    return { ...error, message: "conflicts with retention_days: give retention_days or retention_years, not both" };
  }
  return error;
}
function validate(parsed, file) {
  validator ??= compileSchema(retention_policy_schema_default);
  if (validator(parsed.value)) return;
  throw violationError(locateViolations((validator.errors ?? []).map(rewrite), parsed), file);
}
function period(obj2) {
  if (typeof obj2.retention_days === "number") return days(obj2.retention_days);
  if (typeof obj2.retention_years === "number") return years(obj2.retention_years);
  return void 0;
}
function periodField(obj2) {
  return typeof obj2.retention_years === "number" ? "retention_years" : "retention_days";
}
function parsePolicy(text, file, absolute, digest = { sha256: sha256Hex(text), size: Buffer.byteLength(text) }) {
  if (text.trim() === "") throw new GateError("EMPTY_INPUT", "the policy file is empty", { file });
  const parsed = parseConfigText(text, file);
  if (typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
    throw new GateError(
      "SCHEMA_VIOLATION",
      "a retention policy is a mapping of keys such as retention_days and covered_log_types",
      { file, line: 1 }
    );
  }
  validate(parsed, file);
  const raw = parsed.value;
  const locate = (segments) => {
    const pos = parsed.locate(segments);
    return { file, ...pos ? { line: pos.line, column: pos.column } : {}, field: formatFieldPath(segments) };
  };
  const category = (name, segments) => {
    const at = locate(segments);
    return requireCategory(name, { file, ...at.line !== void 0 ? { line: at.line } : {}, field: at.field });
  };
  const rootRetention = period(raw);
  const rootAt = locate([periodField(raw)]);
  const categories = /* @__PURE__ */ new Map();
  const addCategory = (c) => {
    const prior = categories.get(c.name);
    if (prior) {
      throw new GateError(
        "SCHEMA_VIOLATION",
        `log category '${c.written}' is '${c.name}', which ${prior.at.field} already names`,
        {
          file,
          ...c.at.line !== void 0 ? { line: c.at.line } : {},
          field: c.at.field
        }
      );
    }
    categories.set(c.name, c);
  };
  const covered = Array.isArray(raw.covered_log_types) ? raw.covered_log_types : [];
  covered.forEach((written, i) => {
    addCategory({
      name: category(written, ["covered_log_types", i]),
      written,
      retention: rootRetention,
      retentionAt: rootAt,
      at: locate(["covered_log_types", i])
    });
  });
  for (const [written, entry] of Object.entries(raw.log_types ?? {})) {
    const own = period(entry);
    addCategory({
      name: category(written, ["log_types", written]),
      written,
      retention: own ?? rootRetention,
      retentionAt: own ? locate(["log_types", written, periodField(entry)]) : rootAt,
      at: locate(["log_types", written])
    });
  }
  const policy = {
    file,
    absolute,
    sha256: digest.sha256,
    size: digest.size,
    form: Object.keys(raw).every((k) => SEED_KEYS.has(k) || k.startsWith("x-")) ? "seed-002" : "full",
    categories,
    stores: void 0,
    providers: [],
    categoriesAt: raw.log_types !== void 0 ? locate(["log_types"]) : raw.covered_log_types !== void 0 ? locate(["covered_log_types"]) : { ...locate([]), field: "covered_log_types" },
    locate
  };
  if (typeof raw.system_id === "string") policy.systemId = raw.system_id;
  if (Array.isArray(raw.stores)) {
    policy.stores = raw.stores.map((s, i) => {
      const at = locate(["stores", i, "resource"]);
      const address = parseAddress(s.resource);
      if (typeof address === "string") {
        throw new GateError(
          "SCHEMA_VIOLATION",
          `'${s.resource}' is not a Terraform resource address: ${address}`,
          {
            file,
            ...at.line !== void 0 ? { line: at.line } : {},
            field: at.field
          }
        );
      }
      const store = {
        address,
        text: s.resource,
        logTypes: s.log_types.map((t, j) => category(t, ["stores", i, "log_types", j])),
        location: at
      };
      if (typeof s.prefix === "string") store.prefix = s.prefix;
      return store;
    });
  }
  const retrieval = raw.retrieval ?? {};
  const runbookRaw = retrieval.runbook ?? raw.retrieval_runbook_url;
  if (typeof retrieval.runbook === "string" && typeof raw.retrieval_runbook_url === "string" && retrieval.runbook !== raw.retrieval_runbook_url) {
    const at = locate(["retrieval", "runbook"]);
    throw new GateError(
      "SCHEMA_VIOLATION",
      "retrieval.runbook and retrieval_runbook_url name different runbooks; give one",
      {
        file,
        ...at.line !== void 0 ? { line: at.line } : {},
        field: at.field
      }
    );
  }
  if (typeof runbookRaw === "string") {
    policy.runbook = {
      value: runbookRaw,
      at: locate(typeof retrieval.runbook === "string" ? ["retrieval", "runbook"] : ["retrieval_runbook_url"])
    };
  }
  if (typeof retrieval.tested_on === "string")
    policy.testedOn = { value: retrieval.tested_on, at: locate(["retrieval", "tested_on"]) };
  if (Array.isArray(raw.providers)) {
    policy.providers = raw.providers.map((p, i) => {
      const c = p.contract;
      const field = (name) => c && typeof c[name] === "string" ? { value: c[name], at: locate(["providers", i, "contract", name]) } : void 0;
      let contract;
      if (c) {
        contract = {
          evidence: Array.isArray(c.evidence) ? c.evidence.map((e, j) => ({
            value: e,
            at: locate(["providers", i, "contract", "evidence", j])
          })) : []
        };
        const ref = field("reference");
        const right = field("access_right");
        const mech = field("retrieval_mechanism");
        if (ref) contract.reference = ref;
        if (right) contract.accessRight = right;
        if (mech) contract.retrievalMechanism = mech;
        const r = period(c);
        if (r) contract.retention = { value: r, at: locate(["providers", i, "contract", periodField(c)]) };
      }
      return {
        name: p.name,
        logTypes: p.log_types.map((t, j) => category(t, ["providers", i, "log_types", j])),
        at: locate(["providers", i, "name"]),
        contract,
        contractAt: locate(["providers", i, "contract"])
      };
    });
  }
  return policy;
}
async function readPolicy(absolute, display) {
  let bytes;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw toGateError(error, display);
  }
  return parsePolicy(bytes.toString("utf8"), display, absolute, { sha256: sha256Hex(bytes), size: bytes.length });
}

// packages/retention/src/retrieval.ts
import { stat } from "node:fs/promises";
import * as path from "node:path";
var SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
async function resolveDocument(value, policyAbsolute, workspace, where, options) {
  if (SCHEME_RE.test(value) && !/^[A-Za-z]:[\\/]/.test(value)) {
    let url;
    try {
      url = new URL(value);
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "https:" && url.protocol !== "http:") {
      throw new GateError("SCHEMA_VIOLATION", `'${value}' is neither an http(s) URL nor a file path`, where);
    }
    if (!options.allowUrl) {
      throw new GateError(
        "SCHEMA_VIOLATION",
        `'${value}' is a URL; give a file in the repository so its bytes can be hashed into the result`,
        where
      );
    }
    return { kind: "url", url: url.href };
  }
  const absolute = path.resolve(path.dirname(policyAbsolute), value);
  const rel = toPosixRelative(workspace, absolute);
  try {
    await resolveInside(workspace, absolute, { field: where.field });
  } catch (error) {
    const e = toGateError(error);
    throw new GateError(e.code, `${value}: ${e.detail}`, where);
  }
  let size;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return { kind: "missing", path: rel, reason: "is not a regular file" };
    size = info.size;
  } catch (error) {
    if (error.code === "ENOENT")
      return { kind: "missing", path: rel, reason: "does not exist" };
    throw toGateError(error, rel);
  }
  if (size === 0) return { kind: "missing", path: rel, reason: "is empty" };
  const digest = await sha256File(absolute, rel, size);
  return { kind: "file", path: rel, evidence: { path: rel, ...digest, role: "input", category: options.category } };
}

// packages/retention/src/plan/locate.ts
function segKey(s) {
  return typeof s === "number" ? `#${s}` : `.${s}`;
}
function formatPath(path2) {
  let out = "";
  for (const s of path2) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
function locatePaths(text, paths) {
  const root = { children: /* @__PURE__ */ new Map() };
  for (const p of paths) {
    let node = root;
    for (const s of p) {
      const k = segKey(s);
      let next = node.children.get(k);
      if (!next) node.children.set(k, next = { children: /* @__PURE__ */ new Map() });
      node = next;
    }
  }
  const scanner = new Scanner(text);
  try {
    scanner.skipWs();
    root.offset = scanner.pos;
    scanner.value(root);
  } catch {
  }
  const lines = lineStarts(text);
  const out = /* @__PURE__ */ new Map();
  for (const p of paths) {
    let node = root;
    let best = root.offset;
    for (const s of p) {
      node = node?.children.get(segKey(s));
      if (node?.offset === void 0) break;
      best = node.offset;
    }
    if (best !== void 0) out.set(formatPath(p), toPosition(lines, best));
  }
  return out;
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function toPosition(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  skipWs() {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else break;
    }
  }
  /** Reads a value; descends only where `node` has children to find. */
  value(node) {
    const c = this.text[this.pos];
    if (node && node.children.size > 0 && (c === "{" || c === "[")) {
      if (c === "{") this.object(node);
      else this.array(node);
      return;
    }
    this.skipValue();
  }
  object(node) {
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return;
    }
    while (true) {
      this.skipWs();
      const keyStart = this.pos;
      const key = this.string();
      this.skipWs();
      this.expect(":");
      this.skipWs();
      const child = node.children.get(segKey(key));
      if (child) child.offset = keyStart;
      this.value(child);
      this.skipWs();
      const c = this.text[this.pos++];
      if (c === "}") return;
      if (c !== ",") throw new Error("bad object");
    }
  }
  array(node) {
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      this.skipWs();
      const child = node.children.get(segKey(i));
      if (child) child.offset = this.pos;
      this.value(child);
      this.skipWs();
      const c = this.text[this.pos++];
      if (c === "]") return;
      if (c !== ",") throw new Error("bad array");
    }
  }
  expect(c) {
    if (this.text[this.pos] !== c) throw new Error(`expected ${c}`);
    this.pos++;
  }
  string() {
    const start = this.pos;
    this.skipString();
    return JSON.parse(this.text.slice(start, this.pos));
  }
  skipString() {
    const t = this.text;
    if (t[this.pos] !== '"') throw new Error("expected string");
    let i = this.pos + 1;
    while (i < t.length) {
      const q = t.indexOf('"', i);
      if (q === -1) throw new Error("unterminated string");
      let backslashes = 0;
      for (let j = q - 1; t[j] === "\\"; j--) backslashes++;
      if (backslashes % 2 === 0) {
        this.pos = q + 1;
        return;
      }
      i = q + 1;
    }
    throw new Error("unterminated string");
  }
  skipValue() {
    const t = this.text;
    const c = t[this.pos];
    if (c === '"') return this.skipString();
    if (c === "{" || c === "[") {
      let depth = 0;
      while (this.pos < t.length) {
        const ch = t[this.pos];
        if (ch === '"') {
          this.skipString();
          continue;
        }
        if (ch === "{" || ch === "[") depth++;
        else if (ch === "}" || ch === "]") {
          depth--;
          if (depth === 0) {
            this.pos++;
            return;
          }
        }
        this.pos++;
      }
      throw new Error("unterminated container");
    }
    while (this.pos < t.length && !/[,}\]\s]/.test(t[this.pos])) this.pos++;
  }
};

// packages/retention/src/plan/read.ts
import { readFile as readFile2 } from "node:fs/promises";

// packages/retention/src/plan/config.ts
var MAX_DEPTH = 16;
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
}
function readModuleConfig(raw) {
  const m = obj(raw);
  const resources = /* @__PURE__ */ new Map();
  for (const r of Array.isArray(m.resources) ? m.resources : []) {
    const rr = obj(r);
    if (typeof rr.address === "string" && rr.mode !== "data") {
      resources.set(rr.address, { expressions: obj(rr.expressions) });
    }
  }
  const calls = /* @__PURE__ */ new Map();
  for (const [name, c] of Object.entries(obj(m.module_calls))) {
    const cc = obj(c);
    calls.set(name, { expressions: obj(cc.expressions), module: readModuleConfig(cc.module) });
  }
  const outputs = /* @__PURE__ */ new Map();
  for (const [name, o] of Object.entries(obj(m.outputs))) outputs.set(name, { expression: obj(o).expression });
  return { resources, calls, outputs };
}
function moduleAt(root, path2) {
  let m = root;
  for (const name of path2) m = m?.calls.get(name)?.module;
  return m;
}
function expressionReferences(expr) {
  const out = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      const o = v;
      if (Array.isArray(o.references)) {
        for (const r of o.references) if (typeof r === "string") out.push(r);
      }
      for (const [k, child] of Object.entries(o)) if (k !== "references") walk(child);
    }
  };
  walk(expr);
  return out;
}
function parseTraversal(ref) {
  const steps = [];
  let pos = 0;
  while (pos < ref.length) {
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(ref.slice(pos));
    if (!m) return void 0;
    pos += m[0].length;
    const step = { name: m[0] };
    if (ref[pos] === "[") {
      const close = ref.indexOf("]", ref[pos + 1] === '"' ? ref.indexOf('"', pos + 2) : pos);
      if (close < 0) return void 0;
      const inner = ref.slice(pos + 1, close);
      if (/^\d+$/.test(inner)) step.key = Number(inner);
      else if (inner.startsWith('"')) {
        try {
          step.key = JSON.parse(inner);
        } catch {
          return void 0;
        }
      } else return void 0;
      pos = close + 1;
    }
    steps.push(step);
    if (pos < ref.length) {
      if (ref[pos] !== ".") return void 0;
      pos++;
    }
  }
  return steps;
}
function resolveReferences(root, modulePath, refs) {
  const found = /* @__PURE__ */ new Map();
  const visit = (path2, ref, depth) => {
    if (depth > MAX_DEPTH) return;
    const steps = parseTraversal(ref);
    if (!steps || steps.length < 2) return;
    const [head, second] = [steps[0], steps[1]];
    if (head.name === "module") {
      if (steps.length < 3) return;
      const call = moduleAt(root, path2)?.calls.get(second.name);
      const output = call?.module.outputs.get(steps[2].name);
      if (!output) return;
      for (const r of expressionReferences(output.expression)) visit([...path2, second.name], r, depth + 1);
      return;
    }
    if (head.name === "var") {
      if (path2.length === 0) return;
      const parent = moduleAt(root, path2.slice(0, -1));
      const call = parent?.calls.get(path2.at(-1));
      for (const r of expressionReferences(call?.expressions[second.name])) visit(path2.slice(0, -1), r, depth + 1);
      return;
    }
    if (["data", "local", "each", "count", "path", "terraform", "self"].includes(head.name)) return;
    const resource = `${head.name}.${second.name}`;
    if (!moduleAt(root, path2)?.resources.has(resource)) return;
    const id = `${path2.join(".")}|${resource}`;
    const existing = found.get(id);
    const target = { modulePath: path2, resource };
    if (second.key !== void 0) target.key = second.key;
    if (!existing || existing.key === void 0 && target.key !== void 0) found.set(id, target);
  };
  for (const r of refs) visit(modulePath, r, 0);
  return [...found.values()];
}

// packages/retention/src/plan/read.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var PlanReader = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  problems = [];
  fail(code, detail, path2, hint) {
    const pos = locatePaths(this.text, [path2]).get(formatPath(path2));
    throw new GateError(code, detail, {
      file: this.file,
      ...pos ? { line: pos.line, column: pos.column } : {},
      ...path2.length > 0 ? { field: formatPath(path2) } : {},
      ...hint ? { hint } : {}
    });
  }
  expect(cond, path2, detail) {
    if (!cond) this.problems.push({ path: path2, detail });
    return cond;
  }
  flush() {
    const first = this.problems[0];
    if (!first) return;
    const positions = locatePaths(
      this.text,
      this.problems.map((p) => p.path)
    );
    const where = (p) => {
      const pos2 = positions.get(formatPath(p));
      return `${this.file}${pos2 ? `:${pos2.line}:${pos2.column}` : ""}: ${formatPath(p)}`;
    };
    const rest = this.problems.slice(1, 20).map((p) => `
  ${where(p.path)}: ${p.detail}`).join("");
    const pos = positions.get(formatPath(first.path));
    throw new GateError("SCHEMA_VIOLATION", `${first.detail}${rest}`, {
      file: this.file,
      ...pos ? { line: pos.line, column: pos.column } : {},
      field: formatPath(first.path)
    });
  }
  parseAddressAt(value, path2) {
    if (!this.expect(typeof value === "string", path2, "must be a resource address string")) return void 0;
    const parsed = parseAddress(value);
    if (typeof parsed === "string") {
      this.expect(false, path2, `'${value}' is not a resource address: ${parsed}`);
      return void 0;
    }
    return parsed;
  }
  changes(plan) {
    const out = [];
    const rc = plan.resource_changes;
    if (rc === void 0) return out;
    if (!this.expect(Array.isArray(rc), ["resource_changes"], "must be an array")) return out;
    rc.forEach((item, i) => {
      const base = ["resource_changes", i];
      if (!this.expect(isObj(item), base, "must be an object")) return;
      const r = item;
      const parsed = this.parseAddressAt(r.address, [...base, "address"]);
      this.expect(typeof r.type === "string", [...base, "type"], "must be a string");
      if (!this.expect(isObj(r.change), [...base, "change"], "must be an object")) return;
      const change = r.change;
      const actions = change.actions;
      const okActions = this.expect(
        Array.isArray(actions) && actions.length > 0 && actions.every((a) => typeof a === "string"),
        [...base, "change", "actions"],
        "must be a non-empty array of strings"
      );
      const after = change.after;
      this.expect(
        after === null || after === void 0 || isObj(after),
        [...base, "change", "after"],
        "must be an object or null"
      );
      if (!parsed || !okActions || r.mode === "data" || parsed.mode === "data") return;
      const inst = {
        file: this.file,
        address: r.address,
        parsed,
        type: r.type,
        actions,
        after: isObj(after) ? after : null,
        afterUnknown: change.after_unknown ?? {},
        before: isObj(change.before) ? change.before : null,
        afterPath: [...base, "change", "after"],
        source: "resource_changes"
      };
      if (typeof r.deposed === "string") inst.deposed = r.deposed;
      out.push(inst);
    });
    return out;
  }
  planned(plan, seen) {
    const out = [];
    const pv = plan.planned_values;
    if (pv === void 0) return out;
    if (!this.expect(isObj(pv), ["planned_values"], "must be an object")) return out;
    const walk = (mod, path2) => {
      if (!this.expect(isObj(mod), path2, "must be a module object")) return;
      const m = mod;
      if (m.resources !== void 0 && this.expect(Array.isArray(m.resources), [...path2, "resources"], "must be an array")) {
        ;
        m.resources.forEach((item, i) => {
          const base = [...path2, "resources", i];
          if (!this.expect(isObj(item), base, "must be an object")) return;
          const r = item;
          const parsed = this.parseAddressAt(r.address, [...base, "address"]);
          const values = r.values;
          this.expect(values === void 0 || isObj(values), [...base, "values"], "must be an object");
          if (!parsed || parsed.mode === "data" || r.mode === "data" || seen.has(r.address)) return;
          out.push({
            file: this.file,
            address: r.address,
            parsed,
            type: parsed.type,
            actions: [],
            after: isObj(values) ? values : {},
            afterUnknown: {},
            before: null,
            afterPath: [...base, "values"],
            source: "planned_values"
          });
        });
      }
      if (m.child_modules !== void 0 && this.expect(Array.isArray(m.child_modules), [...path2, "child_modules"], "must be an array")) {
        ;
        m.child_modules.forEach((c, i) => walk(c, [...path2, "child_modules", i]));
      }
    };
    if (pv.root_module !== void 0) walk(pv.root_module, ["planned_values", "root_module"]);
    return out;
  }
};
function parsePlan(text, file, sha256 = sha256Hex(text), size = Buffer.byteLength(text)) {
  if (text.trim() === "")
    throw new GateError("EMPTY_INPUT", "the file is empty; expected the output of terraform show -json", { file });
  let plan;
  try {
    plan = JSON.parse(text);
  } catch {
    parseJson(text, { file });
    throw new GateError("PARSE_ERROR", "not valid JSON", { file });
  }
  const reader = new PlanReader(file, text);
  const howTo = "Give the output of terraform show -json <planfile>";
  if (!isObj(plan)) reader.fail("NOT_A_PLAN", "not a Terraform plan: the JSON is not an object", [], howTo);
  const p = plan;
  if (p.format_version === void 0) {
    reader.fail("NOT_A_PLAN", "not a Terraform plan: format_version is missing", [], howTo);
  }
  if (typeof p.format_version !== "string" || !/^\d+\.\d+$/.test(p.format_version)) {
    reader.fail(
      "NOT_A_PLAN",
      `not a Terraform plan: format_version is ${JSON.stringify(p.format_version)}`,
      ["format_version"],
      howTo
    );
  }
  const major = Number(p.format_version.split(".")[0]);
  if (major > 1) {
    reader.fail(
      "UNSUPPORTED",
      `format_version ${p.format_version} is a major version this gate does not know (it reads 0.x and 1.x)`,
      ["format_version"]
    );
  }
  if (p.planned_values === void 0 && p.resource_changes === void 0) {
    const what = p.values !== void 0 ? "a Terraform state, not a plan" : "not a Terraform plan";
    reader.fail("NOT_A_PLAN", `${what}: it has neither planned_values nor resource_changes`, [], howTo);
  }
  if (p.errored === true) {
    reader.fail("NOT_A_PLAN", "the plan is errored: Terraform could not finish planning, so it proves nothing", [
      "errored"
    ]);
  }
  const changes = reader.changes(p);
  const seen = new Set(changes.map((c) => c.address));
  const planned = reader.planned(p, seen);
  reader.flush();
  const out = {
    file,
    sha256,
    size,
    formatVersion: p.format_version,
    instances: [...changes, ...planned],
    config: readModuleConfig(isObj(p.configuration) ? p.configuration.root_module : void 0),
    locate: (paths) => locatePaths(text, paths)
  };
  if (typeof p.terraform_version === "string") out.terraformVersion = p.terraform_version;
  if (typeof p.complete === "boolean") out.complete = p.complete;
  return out;
}
async function readPlan(absolute, display) {
  let bytes;
  try {
    bytes = await readFile2(absolute);
  } catch (error) {
    throw toGateError(error, display);
  }
  return parsePlan(bytes.toString("utf8"), display, sha256Hex(bytes), bytes.length);
}

// packages/retention/src/plan/values.ts
var UNKNOWN = { state: "unknown" };
var ABSENT = { state: "absent" };
function attr(inst, path2) {
  let u = inst.afterUnknown;
  for (const seg of path2) {
    if (u === true) return UNKNOWN;
    u = typeof u === "object" && u !== null ? u[seg] : void 0;
  }
  if (u === true) return UNKNOWN;
  let v = inst.after;
  for (const [depth, seg] of path2.entries()) {
    if (typeof v !== "object" || v === null) return ABSENT;
    const container = v;
    if (!(seg in container)) return inst.source === "planned_values" && depth === 0 ? UNKNOWN : ABSENT;
    v = container[seg];
  }
  return { state: "known", value: v };
}
function blockIndexes(inst, path2) {
  const v = attr(inst, path2);
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent" || v.value === null) return [];
  if (Array.isArray(v.value)) return v.value.map((_, i) => i);
  return typeof v.value === "object" ? [-1] : [];
}
function elementPath(path2, i) {
  return i < 0 ? path2 : [...path2, i];
}
function numberAttr(inst, path2) {
  const v = attr(inst, path2);
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent" || v.value === null) return { n: null };
  if (typeof v.value === "number" && Number.isFinite(v.value)) return { n: v.value };
  if (typeof v.value === "string" && /^-?\d+$/.test(v.value)) return { n: Number(v.value) };
  return "invalid";
}
function stringAttr(inst, path2) {
  const v = attr(inst, path2);
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent" || v.value === null) return { s: null };
  return { s: typeof v.value === "string" ? v.value : JSON.stringify(v.value) };
}
function boolAttr(inst, path2) {
  const v = attr(inst, path2);
  if (v.state === "unknown") return "unknown";
  if (v.state === "absent" || v.value === null) return { b: null };
  if (typeof v.value === "boolean") return { b: v.value };
  if (v.value === "true" || v.value === "false") return { b: v.value === "true" };
  return { b: null };
}
function attributeName(path2) {
  let out = "";
  for (const s of path2) out += typeof s === "number" ? `[${s}]` : out === "" ? s : `.${s}`;
  return out;
}

// packages/retention/src/plan/link.ts
function survives(inst) {
  if (inst.deposed !== void 0) return false;
  if (inst.actions.length === 0) return true;
  return !(inst.actions.includes("delete") && !inst.actions.includes("create")) && !inst.actions.includes("forget");
}
function configOf(plan, inst) {
  const path2 = inst.parsed.modules.map((m) => m.name);
  return moduleAt(plan.config, path2)?.resources.get(`${inst.parsed.type}.${inst.parsed.name}`);
}
function configured(plan, inst, name) {
  const cfg = configOf(plan, inst);
  if (!cfg) return "unknown";
  return cfg.expressions[name] !== void 0;
}
function sameModuleKeys(a, b, depth) {
  for (let i = 0; i < depth; i++) {
    const x = a.modules[i];
    const y = b.modules[i];
    if (!x || !y || x.name !== y.name || x.key !== y.key) return false;
  }
  return true;
}
function commonModuleDepth(a, path2) {
  let i = 0;
  while (i < a.modules.length && i < path2.length && a.modules[i].name === path2[i]) i++;
  return i;
}
function linkSatellite(plan, satellite, argument, targetTypes, matchAttributes) {
  const candidates = plan.instances.filter((i) => targetTypes.includes(i.type) && survives(i));
  const value = stringAttr(satellite, [argument]);
  if (value !== "unknown" && value.s === null) return { state: "resolved", targets: [], by: "value" };
  if (value !== "unknown" && value.s !== null) {
    const known = candidates.filter(
      (c) => matchAttributes.some((m) => {
        const v = stringAttr(c, [m]);
        return v !== "unknown" && v.s === value.s;
      })
    );
    const undecided = candidates.some((c) => matchAttributes.every((m) => stringAttr(c, [m]) === "unknown"));
    if (known.length > 0 || !undecided) return { state: "resolved", targets: known, by: "value" };
  }
  const cfg = configOf(plan, satellite);
  if (!cfg)
    return {
      state: "unresolved",
      reason: `${argument} is unknown until apply and the plan has no configuration to follow`
    };
  const refs = expressionReferences(cfg.expressions[argument]);
  const modulePath = satellite.parsed.modules.map((m) => m.name);
  const targets = resolveReferences(plan.config, modulePath, refs).filter(
    (t) => targetTypes.includes(t.resource.split(".")[0])
  );
  if (targets.length === 0) {
    return {
      state: "unresolved",
      reason: `${argument} is unknown until apply and does not refer to a resource in the plan`
    };
  }
  const linked = [];
  for (const t of targets) {
    const path2 = t.modulePath.join(".");
    const depth = commonModuleDepth(satellite.parsed, t.modulePath);
    let found = candidates.filter(
      (c) => `${c.parsed.type}.${c.parsed.name}` === t.resource && moduleConfigPath(c.parsed.modules) === path2 && sameModuleKeys(c.parsed, satellite.parsed, depth)
    );
    if (t.key !== void 0) found = found.filter((c) => c.parsed.key === t.key);
    if (found.length > 1) {
      const sameKey = found.filter((c) => c.parsed.key === satellite.parsed.key);
      if (sameKey.length !== 1) {
        return {
          state: "unresolved",
          reason: `${argument} refers to ${t.resource}, which has ${found.length} instances, and the plan does not say which`
        };
      }
      found = sameKey;
    }
    linked.push(...found);
  }
  return { state: "resolved", targets: linked, by: "reference" };
}

// packages/retention/src/plan/findings.ts
var RESOURCE_ITSELF = "(resource)";
function shorter(a, b) {
  if (a === "unknown" || b === "unknown") return "unknown";
  if (a === "forever") return b;
  if (b === "forever") return a;
  return minDays(b) < minDays(a) ? b : a;
}
var FindingSink = class {
  constructor(plan, store, floor) {
    this.plan = plan;
    this.store = store;
    this.floor = floor;
  }
  plan;
  store;
  floor;
  findings = [];
  add(aspect, status, rule, inst, path2, message) {
    this.findings.push({
      aspect,
      status,
      rule,
      store: this.store.address,
      resource: inst.address,
      file: inst.file,
      attribute: path2.length === 0 ? RESOURCE_ITSELF : attributeName(path2),
      path: [...inst.afterPath, ...path2],
      message
    });
  }
  /** Adds a finding about the planned change itself (`change.actions`, `deposed`) rather than an attribute. */
  addChange(status, rule, inst, field, message) {
    const change = inst.source === "resource_changes";
    const entry = inst.afterPath.slice(0, -2);
    this.findings.push({
      aspect: "deletion",
      status,
      rule,
      store: this.store.address,
      resource: inst.address,
      file: inst.file,
      attribute: change ? field === "actions" ? "change.actions" : "deposed" : RESOURCE_ITSELF,
      path: change ? field === "actions" ? [...entry, "change", "actions"] : [...entry, "deposed"] : inst.afterPath,
      message
    });
  }
  /** Adds a pass or fail finding for a retention against the floor; returns whether it met it. */
  judge(aspect, rule, inst, path2, retention, what, hint = "") {
    return this.judgeAs(aspect, rule, inst, path2, retention, { pass: `${what}: meets the floor`, fail: what, hint });
  }
  /**
   * As `judge`, with the pass message given whole: a fail reads `text.fail`, then the
   * shortfall, then `text.hint`.
   */
  judgeAs(aspect, rule, inst, path2, retention, text) {
    const missed = unmet(retention, this.floor);
    if (missed.length === 0) {
      this.add(aspect, "pass", rule, inst, path2, text.pass);
      return true;
    }
    this.add(aspect, "fail", rule, inst, path2, `${text.fail}, ${shortfallText(missed)}${text.hint ?? ""}`);
    return false;
  }
};

// packages/retention/src/plan/cloudwatch.ts
var CLOUDWATCH_RETENTION_DAYS = [
  1,
  3,
  5,
  7,
  14,
  30,
  60,
  90,
  120,
  150,
  180,
  365,
  400,
  545,
  731,
  1096,
  1827,
  2192,
  2557,
  2922,
  3288,
  3653
];
function cloudwatchLogGroup(ctx) {
  const { sink, store } = ctx;
  let retention = "forever";
  const cls = stringAttr(store, ["log_group_class"]);
  if (cls === "unknown") {
    sink.add(
      "retention",
      "unknown",
      "cloudwatch.log_group_class",
      store,
      ["log_group_class"],
      "log_group_class is known only after apply; the DELIVERY class keeps events one day"
    );
    retention = "unknown";
  } else if (cls.s === "DELIVERY") {
    sink.add(
      "retention",
      "fail",
      "cloudwatch.log_group_class",
      store,
      ["log_group_class"],
      "log_group_class is DELIVERY: CloudWatch Logs keeps events of this class for one day, whatever retention_in_days says"
    );
    retention = days(1);
  }
  const n = numberAttr(store, ["retention_in_days"]);
  if (n === "unknown") {
    sink.add(
      "retention",
      "unknown",
      "cloudwatch.retention_in_days",
      store,
      ["retention_in_days"],
      "retention_in_days is known only after apply"
    );
    retention = "unknown";
  } else if (n === "invalid") {
    sink.add(
      "retention",
      "fail",
      "cloudwatch.retention_in_days",
      store,
      ["retention_in_days"],
      "retention_in_days is not a number"
    );
  } else if (n.n === null || n.n === 0) {
    sink.add(
      "retention",
      "pass",
      "cloudwatch.retention_in_days",
      store,
      ["retention_in_days"],
      `retention_in_days is ${n.n === null ? "unset" : "0"}: log events never expire`
    );
  } else if (!CLOUDWATCH_RETENTION_DAYS.includes(n.n)) {
    sink.add(
      "retention",
      "fail",
      "cloudwatch.retention_in_days",
      store,
      ["retention_in_days"],
      `retention_in_days is ${n.n}, which CloudWatch Logs does not accept (it takes ${CLOUDWATCH_RETENTION_DAYS.join(", ")}, or 0 for never)${cloudwatchHint(ctx)}`
    );
    retention = shorter(retention, days(n.n));
  } else {
    sink.judge(
      "retention",
      "cloudwatch.retention_in_days",
      store,
      ["retention_in_days"],
      days(n.n),
      `retention_in_days is ${n.n}: log events are deleted after ${n.n} days`,
      cloudwatchHint(ctx)
    );
    retention = shorter(retention, days(n.n));
  }
  const protection = boolAttr(store, ["deletion_protection_enabled"]);
  const note = protection !== "unknown" && protection.b === true ? "; deletion_protection_enabled blocks deleting the group but can be switched off and does not stop a shorter retention" : "";
  sink.add(
    "immutability",
    "fail",
    "cloudwatch.lock",
    store,
    [],
    `CloudWatch Logs cannot lock log events: a principal allowed logs:PutRetentionPolicy, logs:DeleteLogStream or logs:DeleteLogGroup can shorten or delete them${note}`
  );
  return { retention, lock: { mode: "not-lockable" } };
}
function cloudwatchHint(ctx) {
  const ok = CLOUDWATCH_RETENTION_DAYS.find((v) => unmet(days(v), ctx.floor).length === 0);
  return ok === void 0 ? "; no CloudWatch value meets the floor except 0 (never expire)" : `; the smallest CloudWatch value that meets the floor is ${ok}`;
}

// packages/retention/src/plan/rules.ts
function prefixOverlaps(rulePrefix, storePrefix) {
  if (rulePrefix === null || rulePrefix === "" || storePrefix === void 0 || storePrefix === "") return true;
  return storePrefix.startsWith(rulePrefix) || rulePrefix.startsWith(storePrefix);
}

// packages/retention/src/plan/s3-lifecycle.ts
function inlineLifecycle(store) {
  const idx = blockIndexes(store, ["lifecycle_rule"]);
  if (idx === "unknown") return "unknown";
  return idx.map((i) => {
    const base = elementPath(["lifecycle_rule"], i);
    return {
      inst: store,
      base,
      enabled: boolAttr(store, [...base, "enabled"]),
      prefixes: [stringAttr(store, [...base, "prefix"])],
      expirationDays: [...base, "expiration", 0, "days"],
      expirationDate: [...base, "expiration", 0, "date"],
      noncurrentDays: [...base, "noncurrent_version_expiration", 0, "days"],
      rule: "s3.lifecycle_rule"
    };
  });
}
function configurationLifecycle(inst) {
  const idx = blockIndexes(inst, ["rule"]);
  if (idx === "unknown") return "unknown";
  return idx.map((i) => {
    const base = elementPath(["rule"], i);
    const status = stringAttr(inst, [...base, "status"]);
    return {
      inst,
      base,
      enabled: status === "unknown" ? "unknown" : { b: status.s === "Enabled" },
      prefixes: [
        stringAttr(inst, [...base, "prefix"]),
        stringAttr(inst, [...base, "filter", 0, "prefix"]),
        stringAttr(inst, [...base, "filter", 0, "and", 0, "prefix"])
      ],
      expirationDays: [...base, "expiration", 0, "days"],
      expirationDate: [...base, "expiration", 0, "date"],
      noncurrentDays: [...base, "noncurrent_version_expiration", 0, "noncurrent_days"],
      rule: "s3.lifecycle_configuration"
    };
  });
}
function applies(view, prefix) {
  if (prefix === void 0) return "yes";
  let sawUnknown = false;
  for (const p of view.prefixes) {
    if (p === "unknown") sawUnknown = true;
    else if (p.s !== null && p.s !== "" && !prefixOverlaps(p.s, prefix)) return "no";
  }
  return sawUnknown ? "unknown" : "yes";
}
function judgeLifecycle(ctx, view) {
  const { sink } = ctx;
  const unknown = (path2, message) => {
    sink.add("retention", "unknown", view.rule, view.inst, path2, message);
    return "unknown";
  };
  if (view.enabled === "unknown")
    return unknown(view.base, `whether lifecycle rule ${attributeName(view.base)} is enabled is known only after apply`);
  if (view.enabled.b !== true) return "forever";
  const scope = applies(view, ctx.prefix);
  if (scope === "no") return "forever";
  let retention = "forever";
  const soften = (status) => scope === "unknown" ? "unknown" : status;
  const scopeNote = scope === "unknown" ? " (whether its filter matches the log prefix is known only after apply)" : "";
  const exp = numberAttr(view.inst, view.expirationDays);
  if (exp === "unknown") retention = unknown(view.expirationDays, "expiration days are known only after apply");
  else if (exp !== "invalid" && exp.n !== null && exp.n > 0) {
    const missed = unmet(days(exp.n), ctx.floor);
    if (missed.length > 0) {
      sink.add(
        "retention",
        soften("fail"),
        view.rule,
        view.inst,
        view.expirationDays,
        `a lifecycle rule expires objects after ${exp.n} days: a deletion schedule shorter than the floor, ${shortfallText(missed)}${scopeNote}`
      );
    } else {
      sink.add(
        "retention",
        "pass",
        view.rule,
        view.inst,
        view.expirationDays,
        `a lifecycle rule expires objects after ${exp.n} days: not before the floor (an expiration is a deletion schedule, not a retention guarantee)`
      );
    }
    retention = shorter(retention, days(exp.n));
  }
  const date = stringAttr(view.inst, view.expirationDate);
  if (date === "unknown") retention = unknown(view.expirationDate, "the expiration date is known only after apply");
  else if (date.s !== null && date.s !== "") {
    sink.add(
      "retention",
      soften("fail"),
      view.rule,
      view.inst,
      view.expirationDate,
      `a lifecycle rule expires every object on ${date.s}, however recently it was written${scopeNote}`
    );
    retention = shorter(retention, days(0));
  }
  const nc = numberAttr(view.inst, view.noncurrentDays);
  if (nc === "unknown")
    retention = unknown(view.noncurrentDays, "noncurrent version expiration is known only after apply");
  else if (nc !== "invalid" && nc.n !== null && nc.n > 0) {
    const missed = unmet(days(nc.n), ctx.floor);
    if (missed.length > 0) {
      sink.add(
        "retention",
        soften("fail"),
        view.rule,
        view.inst,
        view.noncurrentDays,
        `a lifecycle rule deletes noncurrent versions ${nc.n} days after they are replaced: a log deleted or overwritten is gone after ${nc.n} days, ${shortfallText(missed)}${scopeNote}`
      );
    }
  }
  return retention;
}

// packages/retention/src/plan/s3.ts
function lockEnabled(ctx, locks) {
  const { store, plan } = ctx;
  if (locks.some((l) => {
    const t = stringAttr(l, ["token"]);
    return t !== "unknown" && t.s !== null && t.s !== "";
  }))
    return true;
  const v4 = boolAttr(store, ["object_lock_enabled"]);
  if (v4 !== "unknown" && v4.b === true) return true;
  const v3 = stringAttr(store, ["object_lock_configuration", 0, "object_lock_enabled"]);
  if (v3 !== "unknown" && v3.s === "Enabled") return true;
  if (v4 === "unknown") {
    const set = configured(plan, store, "object_lock_enabled");
    if (set !== false || !store.actions.includes("create")) return "unknown";
  }
  return false;
}
function s3Bucket(ctx) {
  const { sink, store, plan } = ctx;
  let retention = "forever";
  const views = [];
  const satellites = (type) => plan.instances.filter((i) => i.type === type && survives(i)).map((i) => ({ inst: i, link: linkSatellite(plan, i, "bucket", ["aws_s3_bucket"], ["bucket", "id"]) }));
  let ownConfiguration = false;
  for (const { inst, link } of satellites("aws_s3_bucket_lifecycle_configuration")) {
    if (link.state === "unresolved") {
      sink.add(
        "retention",
        "unknown",
        "s3.lifecycle_configuration",
        inst,
        ["bucket"],
        `this lifecycle configuration may expire these logs: ${link.reason}`
      );
      retention = "unknown";
      continue;
    }
    if (!link.targets.includes(store)) continue;
    ownConfiguration = true;
    const rules = configurationLifecycle(inst);
    if (rules === "unknown") {
      sink.add(
        "retention",
        "unknown",
        "s3.lifecycle_configuration",
        inst,
        ["rule"],
        "its rules are known only after apply"
      );
      retention = "unknown";
    } else views.push(...rules);
  }
  const inlineIsComputed = configured(plan, store, "lifecycle_rule") === false;
  if (!(inlineIsComputed && ownConfiguration)) {
    const inline = inlineLifecycle(store);
    if (inline !== "unknown") views.push(...inline);
    else if (!inlineIsComputed) {
      sink.add(
        "retention",
        "unknown",
        "s3.lifecycle_rule",
        store,
        ["lifecycle_rule"],
        "lifecycle_rule is known only after apply"
      );
      retention = "unknown";
    }
  }
  const before2 = sink.findings.length;
  for (const v of views) retention = shorter(retention, judgeLifecycle(ctx, v));
  if (sink.findings.length === before2 && retention !== "unknown") {
    sink.add(
      "retention",
      "pass",
      "s3.lifecycle",
      store,
      [],
      "no enabled lifecycle rule expires objects in this bucket: they are kept until someone deletes them"
    );
  }
  const locks = [];
  const unresolvedLocks = [];
  for (const { inst, link } of satellites("aws_s3_bucket_object_lock_configuration")) {
    if (link.state === "unresolved") unresolvedLocks.push(inst);
    else if (link.targets.includes(store))
      locks.push({ inst, base: ["rule", 0, "default_retention", 0], rule: "s3.object_lock_configuration" });
  }
  if (locks.length === 0) {
    const inlineRule = blockIndexes(store, ["object_lock_configuration", 0, "rule"]);
    if (inlineRule !== "unknown" && inlineRule.length > 0) {
      locks.push({
        inst: store,
        base: ["object_lock_configuration", 0, "rule", 0, "default_retention", 0],
        rule: "s3.object_lock_configuration"
      });
    } else if (inlineRule === "unknown" && configured(plan, store, "object_lock_configuration") !== false) {
      sink.add(
        "immutability",
        "unknown",
        "s3.object_lock_configuration",
        store,
        ["object_lock_configuration"],
        "object_lock_configuration is known only after apply"
      );
      return { retention, lock: { mode: "unknown" } };
    }
  }
  if (unresolvedLocks.length > 0 && locks.length === 0) {
    for (const u of unresolvedLocks)
      sink.add(
        "immutability",
        "unknown",
        "s3.object_lock_configuration",
        u,
        ["bucket"],
        "whether this Object Lock configuration locks the bucket is known only after apply"
      );
    return { retention, lock: { mode: "unknown" } };
  }
  const enabled = lockEnabled(
    ctx,
    locks.map((l) => l.inst)
  );
  if (enabled === "unknown") {
    sink.add(
      "immutability",
      "unknown",
      "s3.object_lock_enabled",
      store,
      ["object_lock_enabled"],
      "whether Object Lock is enabled on the bucket is known only after apply"
    );
    return { retention, lock: { mode: "unknown" } };
  }
  if (!enabled) {
    sink.add(
      "immutability",
      "fail",
      "s3.object_lock_enabled",
      store,
      ["object_lock_enabled"],
      "Object Lock is not enabled on the bucket: any principal allowed s3:DeleteObject can delete logs before the floor"
    );
    return { retention, lock: { mode: "none" } };
  }
  if (locks.length > 1) {
    sink.add(
      "immutability",
      "unknown",
      "s3.object_lock_configuration",
      locks[1].inst,
      ["bucket"],
      `${locks.length} Object Lock configurations target this bucket; which one applies last is not in the plan`
    );
    return { retention, lock: { mode: "unknown" } };
  }
  const lock = locks[0];
  if (!lock) {
    sink.add(
      "immutability",
      "fail",
      "s3.object_lock_default_retention",
      store,
      ["object_lock_configuration"],
      "Object Lock is enabled but sets no default retention: objects are locked only if every writer sets a retention period on each object"
    );
    return { retention, lock: { mode: "none" } };
  }
  return { retention, lock: judgeDefaultRetention(ctx, lock) };
}
function judgeDefaultRetention(ctx, lock) {
  const { sink } = ctx;
  const mode = stringAttr(lock.inst, [...lock.base, "mode"]);
  const d = numberAttr(lock.inst, [...lock.base, "days"]);
  const y = numberAttr(lock.inst, [...lock.base, "years"]);
  const modePath = [...lock.base, "mode"];
  if (mode === "unknown" || d === "unknown" || y === "unknown") {
    sink.add(
      "immutability",
      "unknown",
      lock.rule,
      lock.inst,
      mode === "unknown" ? modePath : [...lock.base, d === "unknown" ? "days" : "years"],
      "the default retention is known only after apply"
    );
    return { mode: "unknown" };
  }
  const dn = d === "invalid" ? null : d.n;
  const yn = y === "invalid" ? null : y.n;
  if (mode.s === null || mode.s === "") {
    sink.add(
      "immutability",
      "fail",
      "s3.object_lock_default_retention",
      lock.inst,
      lock.base,
      "Object Lock sets no default retention: objects are locked only if every writer sets a retention period on each object"
    );
    return { mode: "none" };
  }
  let period2;
  if (yn !== null && yn > 0 && dn !== null && dn > 0) {
    sink.add(
      "immutability",
      "fail",
      lock.rule,
      lock.inst,
      lock.base,
      "the default retention sets both days and years; S3 accepts exactly one"
    );
    return { mode: "unknown" };
  }
  if (yn !== null && yn > 0) period2 = years(yn);
  else if (dn !== null && dn > 0) period2 = days(dn);
  const periodPath = [...lock.base, yn !== null && yn > 0 ? "years" : "days"];
  if (!period2) {
    sink.add(
      "immutability",
      "fail",
      lock.rule,
      lock.inst,
      periodPath,
      "the default retention gives neither days nor years"
    );
    return { mode: "none" };
  }
  if (mode.s === "GOVERNANCE") {
    sink.add(
      "immutability",
      "fail",
      lock.rule,
      lock.inst,
      modePath,
      `Object Lock mode is GOVERNANCE (${formatRetention(period2)}): principals allowed s3:BypassGovernanceRetention can delete or shorten the lock; use COMPLIANCE`
    );
    return { mode: "bypassable", retention: period2 };
  }
  if (mode.s !== "COMPLIANCE") {
    sink.add(
      "immutability",
      "fail",
      lock.rule,
      lock.inst,
      modePath,
      `Object Lock mode is '${mode.s}', neither COMPLIANCE nor GOVERNANCE`
    );
    return { mode: "none" };
  }
  sink.judgeAs("immutability", lock.rule, lock.inst, periodPath, period2, {
    fail: `Object Lock COMPLIANCE locks new objects for only ${formatRetention(period2)}`,
    pass: `Object Lock COMPLIANCE locks every new object for ${formatRetention(period2)}: no one, the root user included, can delete it sooner`
  });
  return { mode: "worm", retention: period2 };
}

// packages/retention/src/plan/azure-lifecycle.ts
function judgeManagementPolicies(ctx, account, scope) {
  const { sink, plan } = ctx;
  let retention = "forever";
  const policies = plan.instances.filter((i) => i.type === "azurerm_storage_management_policy" && survives(i));
  for (const p of policies) {
    const link = linkSatellite(plan, p, "storage_account_id", ["azurerm_storage_account"], ["id"]);
    if (link.state === "unresolved" || account === "unknown") {
      sink.add(
        "retention",
        "unknown",
        "azure.management_policy",
        p,
        ["storage_account_id"],
        `this management policy may delete these logs: ${link.state === "unresolved" ? link.reason : "the storage account is known only after apply"}`
      );
      retention = "unknown";
      continue;
    }
    if (!account || !link.targets.includes(account)) continue;
    const rules = blockIndexes(p, ["rule"]);
    if (rules === "unknown") {
      sink.add("retention", "unknown", "azure.management_policy", p, ["rule"], "its rules are known only after apply");
      retention = "unknown";
      continue;
    }
    for (const i of rules) retention = shorter(retention, judgeManagementRule(ctx, p, elementPath(["rule"], i), scope));
  }
  return retention;
}
function judgeManagementRule(ctx, p, base, scope) {
  const { sink } = ctx;
  const enabled = boolAttr(p, [...base, "enabled"]);
  if (enabled === "unknown") {
    sink.add(
      "retention",
      "unknown",
      "azure.management_policy",
      p,
      [...base, "enabled"],
      "whether the rule is enabled is known only after apply"
    );
    return "unknown";
  }
  if (enabled.b !== true) return "forever";
  const prefixes = attr(p, [...base, "filters", 0, "prefix_match"]);
  let soft = false;
  if (prefixes.state === "unknown") soft = true;
  else if (prefixes.state === "known" && Array.isArray(prefixes.value) && prefixes.value.length > 0) {
    if (scope === "unknown") soft = true;
    else if (!prefixes.value.some((x) => prefixOverlaps(typeof x === "string" ? x : null, scope))) return "forever";
  }
  let retention = "forever";
  for (const block of ["base_blob", "version"]) {
    const blockPath = [...base, "actions", 0, block, 0];
    const v = attr(p, blockPath);
    if (v.state === "unknown") {
      sink.add(
        "retention",
        "unknown",
        "azure.management_policy",
        p,
        blockPath,
        `the ${block} actions are known only after apply`
      );
      retention = "unknown";
      continue;
    }
    if (v.state !== "known" || typeof v.value !== "object" || v.value === null) continue;
    for (const key of Object.keys(v.value).filter((k) => k.startsWith("delete_after_days_since_")).sort()) {
      const n = numberAttr(p, [...blockPath, key]);
      if (n === "unknown") {
        sink.add(
          "retention",
          "unknown",
          "azure.management_policy",
          p,
          [...blockPath, key],
          `${key} is known only after apply`
        );
        retention = "unknown";
        continue;
      }
      if (n === "invalid" || n.n === null || n.n < 0) continue;
      const what = block === "version" ? `previous versions ${n.n} days after they are created` : `blobs once ${key.replace("delete_after_days_since_", "").replace(/_greater_than$/, "").replace(/_/g, " ")} is more than ${n.n} days ago`;
      const missed = unmet(days(n.n), ctx.floor);
      if (missed.length > 0) {
        sink.add(
          "retention",
          soft ? "unknown" : "fail",
          "azure.management_policy",
          p,
          [...blockPath, key],
          `deletes ${what}, ${shortfallText(missed)}${soft ? " (whether its prefix filter matches the logs is known only after apply)" : ""}`
        );
      } else {
        sink.add(
          "retention",
          "pass",
          "azure.management_policy",
          p,
          [...blockPath, key],
          `deletes ${what}: not before the floor`
        );
      }
      if (block === "base_blob") retention = shorter(retention, days(n.n));
    }
  }
  return retention;
}

// packages/retention/src/plan/azure.ts
function accountOf(ctx, container) {
  const byId = attr(container, ["storage_account_id"]);
  const link = byId.state !== "absent" && !(byId.state === "known" && byId.value === null) ? linkSatellite(ctx.plan, container, "storage_account_id", ["azurerm_storage_account"], ["id"]) : linkSatellite(ctx.plan, container, "storage_account_name", ["azurerm_storage_account"], ["name"]);
  if (link.state === "unresolved") return "unknown";
  return link.targets[0];
}
function blobPrefix(ctx, container) {
  if (!container) return ctx.prefix;
  const name = stringAttr(container, ["name"]);
  if (name === "unknown" || name.s === null) return "unknown";
  return `${name.s}/${ctx.prefix ?? ""}`;
}
function judgeLock(ctx, inst, periodPath, lockPath, period2, state, rule) {
  const { sink } = ctx;
  if (state === "Disabled") {
    sink.add(
      "immutability",
      "fail",
      rule,
      inst,
      lockPath,
      "the immutability policy is Disabled: blobs can be deleted at any time"
    );
    return { mode: "none" };
  }
  if (state === "Unlocked") {
    sink.add(
      "immutability",
      "fail",
      rule,
      inst,
      lockPath,
      `the immutability policy (${formatRetention(period2)}) is not locked: it can be shortened or deleted`
    );
    return { mode: "unlocked", retention: period2 };
  }
  sink.judgeAs("immutability", rule, inst, periodPath, period2, {
    fail: `the locked immutability policy keeps blobs for only ${formatRetention(period2)}`,
    pass: `a locked immutability policy keeps every blob unmodifiable and undeletable for ${formatRetention(period2)}`
  });
  return { mode: "worm", retention: period2 };
}
function accountLock(ctx, account) {
  const { sink, store } = ctx;
  if (account === "unknown") {
    sink.add(
      "immutability",
      "unknown",
      "azure.immutability_policy",
      store,
      ["storage_account_id"],
      "the storage account is known only after apply, so its immutability policy is too"
    );
    return { mode: "unknown" };
  }
  if (!account) {
    sink.add(
      "immutability",
      "fail",
      "azure.immutability_policy",
      store,
      [],
      "no immutability policy protects this container (none on it, and its storage account is not in the plan)"
    );
    return { mode: "none" };
  }
  const idx = blockIndexes(account, ["immutability_policy"]);
  if (idx === "unknown") {
    sink.add(
      "immutability",
      "unknown",
      "azure.immutability_policy",
      account,
      ["immutability_policy"],
      "immutability_policy is known only after apply"
    );
    return { mode: "unknown" };
  }
  if (idx.length === 0) {
    sink.add(
      "immutability",
      "fail",
      "azure.immutability_policy",
      account,
      ["immutability_policy"],
      "no immutability policy protects these blobs: they can be deleted at any time"
    );
    return { mode: "none" };
  }
  const base = elementPath(["immutability_policy"], idx[0]);
  const state = stringAttr(account, [...base, "state"]);
  const period2 = numberAttr(account, [...base, "period_since_creation_in_days"]);
  if (state === "unknown" || period2 === "unknown" || period2 === "invalid" || period2.n === null) {
    sink.add(
      "immutability",
      "unknown",
      "azure.immutability_policy",
      account,
      [...base, "state"],
      "the immutability policy is known only after apply"
    );
    return { mode: "unknown" };
  }
  const s = state.s === "Locked" || state.s === "Unlocked" ? state.s : "Disabled";
  return judgeLock(
    ctx,
    account,
    [...base, "period_since_creation_in_days"],
    [...base, "state"],
    days(period2.n),
    s,
    "azure.immutability_policy"
  );
}
function storageContainer(ctx) {
  const { sink, store, plan } = ctx;
  const account = accountOf(ctx, store);
  const retention = judgeManagementPolicies(ctx, account, blobPrefix(ctx, store));
  if (retention !== "unknown" && retention === "forever") {
    sink.add(
      "retention",
      "pass",
      "azure.management_policy",
      store,
      [],
      "no management policy deletes blobs in this container: they are kept until someone deletes them"
    );
  }
  const policies = plan.instances.filter((i) => i.type === "azurerm_storage_container_immutability_policy" && survives(i));
  let mine;
  for (const p of policies) {
    const link = linkSatellite(
      plan,
      p,
      "storage_container_resource_manager_id",
      ["azurerm_storage_container"],
      ["resource_manager_id", "id"]
    );
    if (link.state === "unresolved") {
      sink.add(
        "immutability",
        "unknown",
        "azure.container_immutability_policy",
        p,
        ["storage_container_resource_manager_id"],
        `whether this immutability policy protects the container is known only after apply: ${link.reason}`
      );
      return { retention, lock: { mode: "unknown" } };
    }
    if (link.targets.includes(store)) mine = p;
  }
  if (!mine) return { retention, lock: accountLock(ctx, account) };
  const period2 = numberAttr(mine, ["immutability_period_in_days"]);
  const locked = boolAttr(mine, ["locked"]);
  if (period2 === "unknown" || locked === "unknown" || period2 === "invalid" || period2.n === null) {
    sink.add(
      "immutability",
      "unknown",
      "azure.container_immutability_policy",
      mine,
      [period2 === "unknown" ? "immutability_period_in_days" : "locked"],
      "the immutability policy is known only after apply"
    );
    return { retention, lock: { mode: "unknown" } };
  }
  return {
    retention,
    lock: judgeLock(
      ctx,
      mine,
      ["immutability_period_in_days"],
      ["locked"],
      days(period2.n),
      locked.b === true ? "Locked" : "Unlocked",
      "azure.container_immutability_policy"
    )
  };
}
function storageAccount(ctx) {
  const { sink, store } = ctx;
  const retention = judgeManagementPolicies(ctx, store, ctx.prefix);
  if (retention === "forever") {
    sink.add(
      "retention",
      "pass",
      "azure.management_policy",
      store,
      [],
      "no management policy deletes blobs in this account: they are kept until someone deletes them"
    );
  }
  return { retention, lock: accountLock(ctx, store) };
}

// packages/retention/src/plan/gcs.ts
var SECONDS_PER_DAY = 86400;
function storageBucket(ctx) {
  const { sink, store } = ctx;
  let retention = "forever";
  const rules = blockIndexes(store, ["lifecycle_rule"]);
  if (rules === "unknown") {
    sink.add(
      "retention",
      "unknown",
      "gcs.lifecycle_rule",
      store,
      ["lifecycle_rule"],
      "lifecycle_rule is known only after apply"
    );
    retention = "unknown";
  } else {
    let deleting = 0;
    for (const i of rules) {
      const r = judgeDeleteRule(ctx, elementPath(["lifecycle_rule"], i));
      if (r !== void 0) {
        deleting++;
        retention = shorter(retention, r);
      }
    }
    if (deleting === 0)
      sink.add(
        "retention",
        "pass",
        "gcs.lifecycle_rule",
        store,
        ["lifecycle_rule"],
        "no lifecycle rule deletes objects in this bucket: they are kept until someone deletes them"
      );
  }
  const policy = blockIndexes(store, ["retention_policy"]);
  if (policy === "unknown") {
    sink.add(
      "immutability",
      "unknown",
      "gcs.retention_policy",
      store,
      ["retention_policy"],
      "retention_policy is known only after apply"
    );
    return { retention, lock: { mode: "unknown" } };
  }
  if (policy.length === 0) {
    sink.add(
      "immutability",
      "fail",
      "gcs.retention_policy",
      store,
      ["retention_policy"],
      "the bucket has no retention policy: objects can be deleted at any time"
    );
    return { retention, lock: { mode: "none" } };
  }
  const base = elementPath(["retention_policy"], policy[0]);
  const seconds = numberAttr(store, [...base, "retention_period"]);
  const locked = boolAttr(store, [...base, "is_locked"]);
  if (seconds === "unknown" || locked === "unknown" || seconds === "invalid" || seconds.n === null) {
    sink.add(
      "immutability",
      "unknown",
      "gcs.retention_policy",
      store,
      [...base, seconds === "unknown" ? "retention_period" : "is_locked"],
      "the retention policy is known only after apply"
    );
    return { retention, lock: { mode: "unknown" } };
  }
  const period2 = days(Math.floor(seconds.n / SECONDS_PER_DAY));
  const what = `retention_period is ${seconds.n} seconds (${formatRetention(period2)})`;
  if (locked.b !== true) {
    sink.add(
      "immutability",
      "fail",
      "gcs.retention_policy",
      store,
      [...base, "is_locked"],
      `${what} but the policy is not locked: it can be shortened or removed`
    );
    return { retention, lock: { mode: "unlocked", retention: period2 } };
  }
  sink.judgeAs("immutability", "gcs.retention_policy", store, [...base, "retention_period"], period2, {
    fail: `${what}, locked`,
    pass: `${what}, locked: no object can be deleted or replaced sooner`
  });
  return { retention, lock: { mode: "worm", retention: period2 } };
}
function judgeDeleteRule(ctx, base) {
  const { sink, store } = ctx;
  const unknown = (path2, message) => {
    sink.add("retention", "unknown", "gcs.lifecycle_rule", store, path2, message);
    return "unknown";
  };
  const type = stringAttr(store, [...base, "action", 0, "type"]);
  if (type === "unknown")
    return unknown([...base, "action", 0, "type"], "the lifecycle action is known only after apply");
  if (type.s !== "Delete") return void 0;
  const cond = [...base, "condition", 0];
  const prefixes = attr(store, [...cond, "matches_prefix"]);
  if (prefixes.state === "known" && Array.isArray(prefixes.value) && prefixes.value.length > 0) {
    if (!prefixes.value.some((p) => prefixOverlaps(typeof p === "string" ? p : null, ctx.prefix))) return void 0;
  }
  const age = numberAttr(store, [...cond, "age"]);
  if (age === "unknown") return unknown([...cond, "age"], "the age of a Delete rule is known only after apply");
  if (age !== "invalid" && age.n !== null && age.n > 0) {
    sink.judge(
      "retention",
      "gcs.lifecycle_rule",
      store,
      [...cond, "age"],
      days(age.n),
      `a Delete rule removes objects ${age.n} days after they are written`
    );
    return days(age.n);
  }
  const before2 = stringAttr(store, [...cond, "created_before"]);
  if (before2 === "unknown") return unknown([...cond, "created_before"], "created_before is known only after apply");
  if (before2.s !== null && before2.s !== "") {
    const cutoff = Date.parse(`${before2.s}T00:00:00Z`);
    const newestAgeDays = Math.floor((ctx.now.getTime() - cutoff) / 864e5);
    if (Number.isNaN(cutoff) || newestAgeDays < floorDays(ctx.floor)) {
      sink.add(
        "retention",
        "fail",
        "gcs.lifecycle_rule",
        store,
        [...cond, "created_before"],
        `a Delete rule removes every object created before ${before2.s}, some of them younger than the floor`
      );
      return days(Math.max(0, newestAgeDays));
    }
    sink.add(
      "retention",
      "pass",
      "gcs.lifecycle_rule",
      store,
      [...cond, "created_before"],
      `a Delete rule removes objects created before ${before2.s}, all older than the floor`
    );
    return "forever";
  }
  const noncurrent = numberAttr(store, [...cond, "days_since_noncurrent_time"]);
  if (noncurrent === "unknown")
    return unknown([...cond, "days_since_noncurrent_time"], "days_since_noncurrent_time is known only after apply");
  if (noncurrent !== "invalid" && noncurrent.n !== null && noncurrent.n > 0) {
    sink.judge(
      "retention",
      "gcs.lifecycle_rule",
      store,
      [...cond, "days_since_noncurrent_time"],
      days(noncurrent.n),
      `a Delete rule removes noncurrent versions ${noncurrent.n} days after they are replaced, so a deleted or overwritten log is gone after ${noncurrent.n} days`
    );
    return "forever";
  }
  const custom = numberAttr(store, [...cond, "days_since_custom_time"]);
  if (custom !== "unknown" && custom !== "invalid" && custom.n !== null && custom.n > 0)
    return unknown(
      [...cond, "days_since_custom_time"],
      `a Delete rule removes objects ${custom.n} days after a custom time that each writer sets; the plan cannot show it is not sooner than the floor`
    );
  sink.add("retention", "fail", "gcs.lifecycle_rule", store, cond, "a Delete rule removes objects with no minimum age");
  return days(0);
}

// packages/retention/src/plan/logging.ts
var LOGGING_DEFAULT_RETENTION_DAYS = 30;
function loggingBucket(ctx) {
  const { sink, store } = ctx;
  const n = numberAttr(store, ["retention_days"]);
  let retention;
  if (n === "unknown") {
    sink.add(
      "retention",
      "unknown",
      "logging.retention_days",
      store,
      ["retention_days"],
      "retention_days is known only after apply"
    );
    retention = "unknown";
  } else if (n === "invalid") {
    sink.add("retention", "fail", "logging.retention_days", store, ["retention_days"], "retention_days is not a number");
    retention = "unknown";
  } else {
    const value = n.n === null || n.n === 0 ? LOGGING_DEFAULT_RETENTION_DAYS : n.n;
    const why = n.n === null || n.n === 0 ? `retention_days is ${n.n === null ? "unset" : "0"}, so Cloud Logging applies its default of ${value} days` : `retention_days is ${value}`;
    sink.judge(
      "retention",
      "logging.retention_days",
      store,
      ["retention_days"],
      days(value),
      `${why}: log entries are deleted after ${value} days`
    );
    retention = days(value);
  }
  const locked = boolAttr(store, ["locked"]);
  if (locked === "unknown") {
    sink.add("immutability", "unknown", "logging.locked", store, ["locked"], "locked is known only after apply");
    return { retention, lock: { mode: "unknown" } };
  }
  if (locked.b !== true) {
    sink.add(
      "immutability",
      "fail",
      "logging.locked",
      store,
      ["locked"],
      "the bucket is not locked: its retention can be shortened and the bucket deleted with its logs"
    );
    return { retention, lock: { mode: "unlocked", ...retention !== "unknown" ? { retention } : {} } };
  }
  if (retention === "unknown") {
    sink.add(
      "immutability",
      "unknown",
      "logging.locked",
      store,
      ["locked"],
      "the bucket is locked, for a retention known only after apply"
    );
    return { retention, lock: { mode: "unknown" } };
  }
  sink.judgeAs("immutability", "logging.locked", store, ["locked"], retention, {
    fail: `the bucket is locked, but for only ${formatRetention(retention)}`,
    pass: `the bucket is locked: its ${formatRetention(retention)} retention cannot be shortened and it cannot be deleted while it holds logs`
  });
  return { retention, lock: { mode: "worm", retention } };
}

// packages/retention/src/plan/stores.ts
var LOG_ONLY_TYPES = [
  "aws_cloudwatch_log_group",
  "google_logging_project_bucket_config",
  "google_logging_folder_bucket_config",
  "google_logging_organization_bucket_config",
  "google_logging_billing_account_bucket_config"
];
var DECLARABLE_TYPES = [
  "aws_s3_bucket",
  "azurerm_storage_account",
  "azurerm_storage_container",
  "google_storage_bucket"
];
var RULES = {
  aws_cloudwatch_log_group: cloudwatchLogGroup,
  aws_s3_bucket: s3Bucket,
  azurerm_storage_account: storageAccount,
  azurerm_storage_container: storageContainer,
  google_storage_bucket: storageBucket,
  google_logging_project_bucket_config: loggingBucket,
  google_logging_folder_bucket_config: loggingBucket,
  google_logging_organization_bucket_config: loggingBucket,
  google_logging_billing_account_bucket_config: loggingBucket
};
function checkDeclaredTypes(declared) {
  for (const d of declared) {
    const t = d.address.type;
    if (!(t in RULES)) {
      throw new GateError(
        "SCHEMA_VIOLATION",
        `${t} is not a store type this gate can judge; it knows ${Object.keys(RULES).join(", ")}`,
        {
          file: d.location.file,
          ...d.location.line !== void 0 ? { line: d.location.line } : {},
          ...d.location.column !== void 0 ? { column: d.location.column } : {},
          field: d.location.field
        }
      );
    }
  }
}
function selectStores(plans, declared) {
  const stores = [];
  const missing = [];
  const undeclared = [];
  const all = plans.flatMap((plan) => plan.instances.map((instance) => ({ plan, instance })));
  if (declared && declared.length > 0) {
    const byKey = /* @__PURE__ */ new Map();
    for (const d of declared) {
      const hits = all.filter((x) => matchesAddress(d.address, x.instance.parsed));
      if (hits.length === 0) missing.push(d);
      for (const h of hits) {
        const s = byKey.get(h.instance);
        if (s) {
          for (const t of d.logTypes) if (!s.logTypes.includes(t)) s.logTypes.push(t);
          s.prefix ??= d.prefix;
        } else {
          const sel = { plan: h.plan, instance: h.instance, logTypes: [...d.logTypes], prefix: d.prefix };
          byKey.set(h.instance, sel);
          stores.push(sel);
        }
      }
    }
    for (const x of all) {
      if (LOG_ONLY_TYPES.includes(x.instance.type) && !byKey.has(x.instance)) {
        undeclared.push(x.instance.address);
      }
    }
  } else {
    for (const x of all) {
      if (LOG_ONLY_TYPES.includes(x.instance.type)) {
        stores.push({ plan: x.plan, instance: x.instance, logTypes: [], prefix: void 0 });
      }
    }
  }
  stores.sort(
    (a, b) => cmp(a.instance.file, b.instance.file) || cmp(a.instance.address, b.instance.address) || cmp(a.instance.deposed ?? "", b.instance.deposed ?? "")
  );
  return { stores, missing, undeclared: [...new Set(undeclared)].sort(cmp) };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function before(inst, name) {
  return inst.before ? inst.before[name] : void 0;
}
function evaluateStore(sel, floor, now) {
  const { plan, instance } = sel;
  const sink = new FindingSink(plan, instance, floor);
  const out = {
    address: instance.deposed ? `${instance.address} (deposed ${instance.deposed})` : instance.address,
    type: instance.type,
    file: instance.file,
    path: instance.afterPath,
    logTypes: sel.logTypes,
    retention: "unknown",
    lock: { mode: "unknown" },
    deleted: false,
    findings: sink.findings
  };
  const actions = instance.actions;
  const shown = `actions: ${actions.join(", ")}`;
  if (instance.deposed !== void 0) {
    sink.addChange(
      "fail",
      "plan.deposed",
      instance,
      "deposed",
      `the plan destroys a deposed object of this store (${instance.deposed}), and the logs in it`
    );
    out.deleted = true;
    return out;
  }
  if (actions.includes("forget")) {
    sink.addChange(
      "unknown",
      "plan.forget",
      instance,
      "actions",
      "the plan removes this store from Terraform state without destroying it: the logs stay, but this plan no longer shows how long"
    );
    out.deleted = true;
    return out;
  }
  if (actions.includes("delete")) {
    if (instance.type === "aws_cloudwatch_log_group" && before(instance, "skip_destroy") === true && !actions.includes("create")) {
      sink.addChange(
        "unknown",
        "plan.delete",
        instance,
        "actions",
        `the plan removes this log group from Terraform state (${shown}); skip_destroy keeps the group and its events, but this plan no longer shows how long`
      );
      out.deleted = true;
      return out;
    }
    const s3 = instance.type === "aws_s3_bucket" ? before(instance, "force_destroy") === true ? "; force_destroy deletes every object in it" : "; the delete fails while the bucket holds objects, but the plan intends to remove the store" : "";
    const verb = actions.includes("create") ? "replaces" : "destroys";
    sink.addChange(
      "fail",
      "plan.delete",
      instance,
      "actions",
      `the plan ${verb} this store (${shown}): the logs it holds are destroyed with it${s3}`
    );
    if (!actions.includes("create")) {
      out.deleted = true;
      return out;
    }
  } else {
    sink.addChange(
      "pass",
      "plan.delete",
      instance,
      "actions",
      `the plan keeps this store (${actions.length > 0 ? shown : "planned_values"})`
    );
  }
  const rule = RULES[instance.type];
  if (!rule) throw new GateError("INTERNAL", `no rule for ${instance.type}`);
  const outcome = rule({ plan, floor, now, prefix: sel.prefix, sink, store: instance });
  out.retention = outcome.retention;
  out.lock = outcome.lock;
  return out;
}

// packages/retention/src/checks-plan.ts
function locateFindings(plans, evaluations) {
  const out = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const paths = evaluations.flatMap((e) => e.findings).filter((f) => f.file === plan.file).map((f) => f.path);
    out.set(plan.file, plan.locate(paths));
  }
  return out;
}
function findingLocation(f, positions) {
  const pos = positions.get(f.file)?.get(formatPath(f.path));
  return {
    file: f.file,
    ...pos ? { line: pos.line, column: pos.column } : {},
    resource: f.resource,
    field: f.attribute
  };
}
function findingJson(f) {
  return { status: f.status, rule: f.rule, resource: f.resource, attribute: f.attribute, message: f.message };
}
function statusOf(findings) {
  if (findings.some((f) => f.status === "fail")) return "fail";
  if (findings.some((f) => f.status === "unknown")) return "unknown";
  return "pass";
}
function summarize(findings, positions) {
  const bad = findings.filter((f) => f.status !== "pass");
  return {
    message: bad.map((f) => {
      const who = f.store === f.resource ? f.resource : `${f.store} via ${f.resource}`;
      const what = f.attribute === RESOURCE_ITSELF ? "" : ` ${f.attribute}`;
      return `${who}${what}: ${f.message}${f.status === "unknown" ? " [unknown]" : ""}`;
    }).join("; "),
    locations: bad.map((f) => findingLocation(f, positions))
  };
}
function storesCheck(selection, evaluations, plans, floor) {
  const title = "The log stores are in the plan";
  const stores = evaluations.map((e) => ({ address: e.address, type: e.type, file: e.file, logTypes: e.logTypes }));
  const evidence = {
    plans: plans.map((p) => ({
      file: p.file,
      sha256: p.sha256,
      formatVersion: p.formatVersion,
      terraformVersion: p.terraformVersion ?? null
    })),
    stores,
    undeclared: selection.undeclared
  };
  if (selection.missing.length > 0) {
    return makeCheck(
      "plan-log-stores",
      title,
      floor.articles,
      "fail",
      `${selection.missing.length} store(s) the policy names are not in the plan: ${selection.missing.map((m) => m.text).join(", ")}`,
      {
        locations: selection.missing.map((m) => ({
          file: m.location.file,
          ...m.location.line !== void 0 ? { line: m.location.line } : {},
          field: m.location.field,
          resource: m.text
        })),
        evidence
      }
    );
  }
  const incomplete = plans.filter((p) => p.complete === false);
  if (incomplete.length > 0) {
    return makeCheck(
      "plan-log-stores",
      title,
      floor.articles,
      "unknown",
      `${incomplete.map((p) => p.file).join(", ")}: Terraform marks the plan incomplete (complete: false), so stores outside it were not planned`,
      {
        locations: incomplete.map((p) => ({ file: p.file, field: "complete" })),
        evidence
      }
    );
  }
  const ignored = selection.undeclared.length > 0 ? `; ${selection.undeclared.length} other log resource(s) not named by the policy are not judged` : "";
  return makeCheck(
    "plan-log-stores",
    title,
    floor.articles,
    "pass",
    `${evaluations.length} store(s): ${evaluations.map((e) => e.address).join(", ")}${ignored}`,
    { evidence }
  );
}
function addPolicyConsistency(evaluations, policy) {
  for (const e of evaluations) {
    if (e.deleted || e.retention === "unknown") continue;
    if (e.findings.some((f) => f.aspect === "retention" && f.status !== "pass")) continue;
    const retention = e.retention;
    const short = e.logTypes.map((t) => policy.categories.get(t)).filter((c) => c?.retention !== void 0 && !meets(retention, c.retention));
    if (short.length === 0) continue;
    const claims = short.map(
      (c) => `${c.name} ${formatRetention(c.retention)} (${c.retentionAt.file}:${c.retentionAt.line ?? 1} ${c.retentionAt.field})`
    );
    e.findings.push({
      aspect: "retention",
      status: "fail",
      rule: "policy.retention",
      store: e.address,
      resource: e.address,
      file: e.file,
      attribute: RESOURCE_ITSELF,
      path: e.path,
      message: `keeps logs ${formatRetention(retention)}, shorter than the policy says for the categories it holds: ${claims.join(", ")}`
    });
  }
}
function planRetentionCheck(evaluations, floor, positions) {
  const title = "Every log store keeps logs at least the floor";
  const live = evaluations.filter((e) => !e.deleted);
  const findings = live.flatMap((e) => e.findings.filter((f) => f.aspect === "retention"));
  const status = statusOf(findings);
  const rows = live.map((e) => ({
    store: e.address,
    retention: e.retention === "unknown" ? "unknown" : retentionJson(e.retention),
    findings: e.findings.filter((f) => f.aspect === "retention").map(findingJson)
  }));
  if (status === "pass") {
    const list = live.map((e) => `${e.address} ${e.retention === "unknown" ? "unknown" : formatRetention(e.retention)}`);
    return makeCheck(
      "plan-retention",
      title,
      floor.articles,
      "pass",
      `${list.join(", ")}: every store meets ${floorText(floor)}`,
      {
        evidence: { stores: rows }
      }
    );
  }
  const { message, locations } = summarize(findings, positions);
  return makeCheck("plan-retention", title, floor.articles, status, message, { locations, evidence: { stores: rows } });
}
function immutabilityCheck(evaluations, required, floor, positions) {
  const title = "Every log store is write-once for the floor";
  const live = evaluations.filter((e) => !e.deleted);
  const findings = live.flatMap((e) => e.findings.filter((f) => f.aspect === "immutability"));
  const rows = live.map((e) => ({
    store: e.address,
    lock: e.lock.mode,
    ...e.lock.retention ? { lockedFor: retentionJson(e.lock.retention) } : {},
    findings: e.findings.filter((f) => f.aspect === "immutability").map(findingJson)
  }));
  const status = statusOf(findings);
  const { message, locations } = summarize(findings, positions);
  if (status === "pass") {
    return makeCheck(
      "plan-immutability",
      title,
      floor.articles,
      "pass",
      `${live.map((e) => `${e.address} locked for ${formatRetention(e.lock.retention ?? "forever")}`).join(", ")}`,
      { evidence: { required, stores: rows } }
    );
  }
  if (!required) {
    const weak = live.filter(
      (e) => e.lock.mode !== "worm" || e.findings.some((f) => f.aspect === "immutability" && f.status !== "pass")
    );
    return makeCheck(
      "plan-immutability",
      title,
      floor.articles,
      "skipped",
      `not required (require-immutable is false); ${weak.length} of ${live.length} store(s) are not write-once for the floor: ${weak.map((e) => `${e.address} (${e.lock.mode})`).join(", ")}`,
      { evidence: { required, stores: rows } }
    );
  }
  return makeCheck("plan-immutability", title, floor.articles, status, message, {
    locations,
    evidence: { required, stores: rows }
  });
}
function deletionCheck(evaluations, floor, positions) {
  const title = "The plan destroys no log store";
  const findings = evaluations.flatMap((e) => e.findings.filter((f) => f.aspect === "deletion"));
  const status = statusOf(findings);
  if (status === "pass")
    return makeCheck(
      "plan-deletion",
      title,
      floor.articles,
      "pass",
      `no store is destroyed or replaced (${evaluations.length} checked)`
    );
  const { message, locations } = summarize(findings, positions);
  return makeCheck("plan-deletion", title, floor.articles, status, message, {
    locations,
    evidence: { findings: findings.filter((f) => f.status !== "pass").map(findingJson) }
  });
}

// packages/retention/src/checks-policy.ts
function loc(at) {
  return {
    file: at.file,
    ...at.line !== void 0 ? { line: at.line } : {},
    ...at.column !== void 0 ? { column: at.column } : {},
    field: at.field
  };
}
function policyFloorCheck(policy, floor) {
  const failures = [];
  const rows = [];
  for (const c of policy.categories.values()) {
    if (!c.retention) {
      failures.push({
        message: `${c.name}: no retention period (set retention_days or retention_years)`,
        at: c.retentionAt
      });
      rows.push({ category: c.name, retention: null });
      continue;
    }
    const missed = unmet(c.retention, floor);
    rows.push({
      category: c.name,
      retention: retentionJson(c.retention),
      field: c.retentionAt.field,
      meetsFloor: missed.length === 0
    });
    if (missed.length > 0)
      failures.push({
        message: `${c.name}: ${formatRetention(c.retention)}, ${shortfallText(missed)}`,
        at: c.retentionAt
      });
  }
  if (policy.categories.size === 0) {
    const at = policy.locate(["retention_days"]);
    failures.push({ message: "the policy names no log category with a retention period", at });
  }
  const title = "Every log category is kept at least the floor";
  if (failures.length > 0) {
    return makeCheck(
      "retention-floor",
      title,
      floor.articles,
      "fail",
      `${failures.length} shortfall(s) against ${floorText(floor)}: ${failures.map((f) => f.message).join("; ")}`,
      {
        locations: failures.map((f) => loc(f.at)),
        evidence: { categories: rows }
      }
    );
  }
  const list = [...policy.categories.values()].map((c) => `${c.name} ${formatRetention(c.retention)}`).join(", ");
  return makeCheck(
    "retention-floor",
    title,
    floor.articles,
    "pass",
    `${list}: every category meets ${floorText(floor)}`,
    { evidence: { categories: rows } }
  );
}
function coverageCheck(policy, required, floor, plan) {
  const title = "Every log category is covered";
  if (!policy) {
    return makeCheck(
      "categories-covered",
      title,
      floor.articles,
      "fail",
      `no policy names the log categories (${required.join(", ")}); a plan alone does not show which store holds which category`,
      { evidence: { required, uncovered: required } }
    );
  }
  const missing = [];
  const rows = [];
  for (const name of required) {
    const inPolicy = policy.categories.has(name);
    const providers = policy.providers.filter((p) => p.logTypes.includes(name)).map((p) => p.name);
    const stores = plan?.held.get(name) ?? [];
    rows.push({ category: name, policy: inPolicy, providers, stores });
    if (!inPolicy && providers.length === 0) {
      missing.push({ category: name, why: "the policy gives it no retention and names no provider that holds it" });
    } else if (plan?.storesDeclared && providers.length === 0 && stores.length === 0) {
      missing.push({ category: name, why: "no store the policy names holds it in the plan" });
    }
  }
  const extra = [...policy.categories.keys()].filter((c) => !required.includes(c));
  if (missing.length > 0) {
    const at = policy.categoriesAt;
    return makeCheck(
      "categories-covered",
      title,
      floor.articles,
      "fail",
      `${missing.length} of ${required.length} categories not covered: ${missing.map((m) => `${m.category} (${m.why})`).join("; ")}`,
      {
        locations: [loc(at)],
        evidence: { required, uncovered: missing.map((m) => m.category), categories: rows, alsoCovered: extra }
      }
    );
  }
  return makeCheck("categories-covered", title, floor.articles, "pass", `${required.join(", ")}: all covered`, {
    evidence: { required, categories: rows, alsoCovered: extra }
  });
}

// packages/retention/src/checks-retrieval.ts
async function runbookCheck(policy, workspace, floor) {
  const title = "Logs can be retrieved: a runbook exists";
  if (!policy) {
    return {
      check: makeCheck("retrieval-runbook", title, floor.articles, "fail", "no policy names a retrieval runbook"),
      files: []
    };
  }
  if (!policy.runbook) {
    const at2 = policy.locate(policy.form === "seed-002" ? [] : ["retrieval"]);
    return {
      check: makeCheck(
        "retrieval-runbook",
        title,
        floor.articles,
        "fail",
        "the policy names no retrieval runbook: add retrieval_runbook_url (or retrieval.runbook) with a URL or a file in the repository",
        {
          locations: [{ ...loc(at2), field: policy.form === "seed-002" ? "retrieval_runbook_url" : "retrieval.runbook" }]
        }
      ),
      files: []
    };
  }
  const { value, at } = policy.runbook;
  const ref = await resolveDocument(
    value,
    policy.absolute,
    workspace,
    { file: at.file, ...at.line !== void 0 ? { line: at.line } : {}, field: at.field },
    { allowUrl: true, category: "retrieval-runbook" }
  );
  if (ref.kind === "url") {
    return {
      check: makeCheck(
        "retrieval-runbook",
        title,
        floor.articles,
        "pass",
        `runbook at ${ref.url} (a URL is recorded, not fetched: keep a copy in the repository to have its bytes hashed)`,
        { locations: [{ ...loc(at), url: ref.url }], evidence: { runbook: { url: ref.url } } }
      ),
      files: []
    };
  }
  if (ref.kind === "missing") {
    return {
      check: makeCheck("retrieval-runbook", title, floor.articles, "fail", `the runbook ${ref.path} ${ref.reason}`, {
        locations: [loc(at)],
        evidence: { runbook: { path: ref.path } }
      }),
      files: []
    };
  }
  return {
    check: makeCheck(
      "retrieval-runbook",
      title,
      floor.articles,
      "pass",
      `runbook ${ref.path} (${ref.evidence.size} bytes, sha256 ${ref.evidence.sha256})`,
      { evidence: { runbook: { path: ref.path, sha256: ref.evidence.sha256, size: ref.evidence.size } } }
    ),
    files: [ref.evidence]
  };
}
async function providerCheck(policy, workspace, floor) {
  const title = "Logs held by a provider can be obtained under contract";
  if (policy.providers.length === 0) {
    return {
      check: makeCheck(
        "provider-access",
        title,
        floor.articles,
        "skipped",
        "the policy names no provider that holds logs: every category is under the deployer's own control"
      ),
      files: []
    };
  }
  const failures = [];
  const files = [];
  const rows = [];
  for (const p of policy.providers) {
    const row = { name: p.name, logTypes: p.logTypes };
    rows.push(row);
    const c = p.contract;
    if (!c) {
      failures.push({
        message: `${p.name} holds ${p.logTypes.join(", ")} but the policy records no contract`,
        at: p.at
      });
      continue;
    }
    if (c.reference) row.reference = c.reference.value;
    if (!c.accessRight || c.accessRight.value.trim() === "") {
      failures.push({
        message: `${p.name}: no contractual right to obtain the logs recorded (contract.access_right)`,
        at: c.accessRight?.at ?? { ...p.contractAt, field: `${p.contractAt.field}.access_right` }
      });
    } else row.accessRight = c.accessRight.value;
    if (!c.retrievalMechanism || c.retrievalMechanism.value.trim() === "") {
      failures.push({
        message: `${p.name}: no retrieval mechanism recorded (contract.retrieval_mechanism)`,
        at: c.retrievalMechanism?.at ?? { ...p.contractAt, field: `${p.contractAt.field}.retrieval_mechanism` }
      });
    } else row.retrievalMechanism = c.retrievalMechanism.value;
    if (!c.retention) {
      failures.push({
        message: `${p.name}: the contract states no retention period (contract.retention_days)`,
        at: { ...p.contractAt, field: `${p.contractAt.field}.retention_days` }
      });
    } else {
      row.retention = retentionJson(c.retention.value);
      const missed = unmet(c.retention.value, floor);
      if (missed.length > 0)
        failures.push({
          message: `${p.name}: the contract keeps logs ${formatRetention(c.retention.value)}, ${shortfallText(missed)}`,
          at: c.retention.at
        });
    }
    if (c.evidence.length === 0) {
      failures.push({
        message: `${p.name}: no contract evidence file (contract.evidence)`,
        at: { ...p.contractAt, field: `${p.contractAt.field}.evidence` }
      });
    }
    const hashed = [];
    for (const e of c.evidence) {
      const ref = await resolveDocument(
        e.value,
        policy.absolute,
        workspace,
        { file: e.at.file, ...e.at.line !== void 0 ? { line: e.at.line } : {}, field: e.at.field },
        { allowUrl: false, category: "provider-contract" }
      );
      if (ref.kind === "missing")
        failures.push({ message: `${p.name}: contract evidence ${ref.path} ${ref.reason}`, at: e.at });
      else if (ref.kind === "file") {
        files.push(ref.evidence);
        hashed.push({ path: ref.path, sha256: ref.evidence.sha256, size: ref.evidence.size });
      }
    }
    row.evidence = hashed;
  }
  if (failures.length > 0) {
    return {
      check: makeCheck("provider-access", title, floor.articles, "fail", failures.map((f) => f.message).join("; "), {
        locations: failures.map((f) => loc(f.at)),
        evidence: { providers: rows }
      }),
      files
    };
  }
  return {
    check: makeCheck(
      "provider-access",
      title,
      floor.articles,
      "pass",
      policy.providers.map(
        (p) => `${p.name} (${p.logTypes.join(", ")}): access right, retrieval mechanism and ${p.contract.evidence.length} evidence file(s) recorded`
      ).join("; "),
      { evidence: { providers: rows } }
    ),
    files
  };
}
function retrievalTestCheck(policy, maxAgeDays, now, floor) {
  const title = "Retrieval was tested recently";
  if (!policy.testedOn) {
    const at2 = policy.locate(["retrieval"]);
    return makeCheck(
      "retrieval-tested",
      title,
      floor.articles,
      "fail",
      `no retrieval test is recorded (retrieval.tested_on); the gate asks for one within ${maxAgeDays} days`,
      { locations: [{ ...loc(at2), field: "retrieval.tested_on" }] }
    );
  }
  const { value, at } = policy.testedOn;
  const tested = Date.parse(`${value}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const age = Math.round((today - tested) / 864e5);
  if (age < 0)
    return makeCheck(
      "retrieval-tested",
      title,
      floor.articles,
      "fail",
      `retrieval.tested_on is ${value}, a date in the future`,
      { locations: [loc(at)] }
    );
  if (age > maxAgeDays)
    return makeCheck(
      "retrieval-tested",
      title,
      floor.articles,
      "fail",
      `the last retrieval test was on ${value}, ${age} days ago, more than ${maxAgeDays}`,
      { locations: [loc(at)], evidence: { testedOn: value, ageDays: age } }
    );
  return makeCheck("retrieval-tested", title, floor.articles, "pass", `retrieval tested on ${value}, ${age} days ago`, {
    evidence: { testedOn: value, ageDays: age }
  });
}

// packages/retention/src/gate.ts
var MAX_MIN_DAYS = 36525;
async function inputPath(ctx, value, field) {
  const absolute = await resolveInside(ctx.workspace, value, { field, mustExist: true });
  return { absolute, display: toPosixRelative(ctx.workspace, absolute) };
}
async function parseInputs(raw, ctx) {
  const policyInput = raw.optional("policy");
  const planInputs = raw.lines("terraform-plan");
  if (policyInput === void 0 && planInputs.length === 0) {
    throw new GateError("INPUT_MISSING", "give input 'policy', input 'terraform-plan', or both", { field: "policy" });
  }
  const typesText = raw.optional("log-types");
  const logTypes = typesText === void 0 ? DEFAULT_LOG_TYPES : raw.list("log-types").map((t) => requireCategory(t, { input: "log-types" }));
  if (logTypes.length === 0)
    throw new GateError("INPUT_INVALID", "input 'log-types' names no category", { field: "log-types" });
  const preset = raw.oneOf("preset", PRESET_NAMES, "none");
  const tenYearHorizon = raw.boolean("ten-year-horizon", false);
  const horizonMarginDays = raw.integer("horizon-margin-days", { min: 0, max: 3653, fallback: 0 });
  if (horizonMarginDays > 0 && !tenYearHorizon) {
    throw new GateError(
      "INPUT_CONFLICT",
      "input 'horizon-margin-days' is a margin on the ten-year horizon; set ten-year-horizon to true or remove it",
      { field: "horizon-margin-days" }
    );
  }
  const retrievalTestMaxAgeDays = raw.integer("retrieval-test-max-age-days", { min: 0, max: 3653, fallback: 0 });
  if (retrievalTestMaxAgeDays > 0 && policyInput === void 0) {
    throw new GateError(
      "INPUT_CONFLICT",
      "input 'retrieval-test-max-age-days' needs a policy that records retrieval.tested_on",
      { field: "retrieval-test-max-age-days" }
    );
  }
  const inputs = {
    plans: [],
    minDays: raw.integer("min-days", { min: DEFAULT_MIN_DAYS, max: MAX_MIN_DAYS, fallback: DEFAULT_MIN_DAYS }),
    preset: preset === "none" ? void 0 : preset,
    tenYearHorizon,
    horizonMarginDays,
    logTypes: [...new Set(logTypes)],
    requireImmutable: raw.boolean("require-immutable", true),
    retrievalTestMaxAgeDays,
    now: /* @__PURE__ */ new Date()
  };
  if (policyInput !== void 0) inputs.policy = await inputPath(ctx, policyInput, "policy");
  for (const p of planInputs) inputs.plans.push(await inputPath(ctx, p, "terraform-plan"));
  return inputs;
}
function nothingFound(plans, policy) {
  const where = plans.length > 1 ? ` in ${plans.map((p) => p.file).join(", ")}` : "";
  if (policy?.stores && policy.stores.length > 0) {
    return new GateError(
      "EMPTY_INPUT",
      `no logging resources found${where}: none of the ${policy.stores.length} store(s) the policy names (${policy.stores.map((s) => s.text).join(", ")}) is in the plan`,
      { file: plans[0].file, hint: "An empty plan proves nothing about retention" }
    );
  }
  return new GateError(
    "EMPTY_INPUT",
    `no logging resources found${where}: no ${LOG_ONLY_TYPES.join(", ")}; ${DECLARABLE_TYPES.join(", ")} count as log stores only when the policy names them under stores`,
    { file: plans[0].file, hint: "An empty plan proves nothing about retention" }
  );
}
async function runRetention(inputs, workspace) {
  const floor = buildFloor(inputs);
  const policy = inputs.policy ? await readPolicy(inputs.policy.absolute, inputs.policy.display) : void 0;
  if (policy?.stores) checkDeclaredTypes(policy.stores);
  const plans = [];
  for (const p of inputs.plans) plans.push(await readPlan(p.absolute, p.display));
  const checks = [];
  const files = [];
  if (policy) {
    files.push({
      path: policy.file,
      sha256: policy.sha256,
      size: policy.size,
      role: "input",
      category: "retention-policy"
    });
    checks.push(policyFloorCheck(policy, floor));
  }
  let evaluations = [];
  let coverage;
  if (plans.length > 0) {
    for (const p of plans)
      files.push({ path: p.file, sha256: p.sha256, size: p.size, role: "input", category: "terraform-plan" });
    const selection = selectStores(plans, policy?.stores);
    if (selection.stores.length === 0) throw nothingFound(plans, policy);
    evaluations = selection.stores.map((s) => evaluateStore(s, floor, inputs.now));
    if (policy) addPolicyConsistency(evaluations, policy);
    const positions = locateFindings(plans, evaluations);
    coverage = { storesDeclared: (policy?.stores?.length ?? 0) > 0, held: /* @__PURE__ */ new Map() };
    for (const e of evaluations) {
      if (e.deleted) continue;
      for (const t of e.logTypes) coverage.held.set(t, [...coverage.held.get(t) ?? [], e.address]);
    }
    checks.push(coverageCheck(policy, inputs.logTypes, floor, coverage));
    checks.push(storesCheck(selection, evaluations, plans, floor));
    checks.push(planRetentionCheck(evaluations, floor, positions));
    checks.push(immutabilityCheck(evaluations, inputs.requireImmutable, floor, positions));
    checks.push(deletionCheck(evaluations, floor, positions));
  } else {
    checks.push(coverageCheck(policy, inputs.logTypes, floor, void 0));
  }
  const runbook = await runbookCheck(policy, workspace, floor);
  checks.push(runbook.check);
  files.push(...runbook.files);
  if (policy) {
    const provider = await providerCheck(policy, workspace, floor);
    checks.push(provider.check);
    files.push(...provider.files);
    if (inputs.retrievalTestMaxAgeDays > 0)
      checks.push(retrievalTestCheck(policy, inputs.retrievalTestMaxAgeDays, inputs.now, floor));
  }
  const carrier = checks.find((c) => c.id === "retention-floor") ?? checks.find((c) => c.id === "plan-retention") ?? checks[0];
  carrier.evidence = { floor: floorEvidence(floor), ...carrier.evidence ?? {} };
  const counted = (f) => inputs.requireImmutable || f.aspect !== "immutability";
  const failed = evaluations.filter((e) => e.findings.some((f) => counted(f) && f.status === "fail")).map((e) => e.address);
  const unknown = evaluations.filter((e) => e.findings.some((f) => counted(f) && f.status === "unknown")).map((e) => e.address);
  const coverageResult = checks.find((c) => c.id === "categories-covered");
  const uncovered = coverageResult?.evidence?.uncovered ?? [];
  const subject = { floorDays: floorDays(floor) };
  if (policy?.systemId) subject.systemId = policy.systemId;
  if (policy) {
    subject.policy = policy.file;
    subject.policySha256 = policy.sha256;
  }
  if (plans.length > 0) subject.terraformPlans = plans.map((p) => p.file).join("\n");
  const findings = evaluations.flatMap((e) => e.findings);
  return {
    subject,
    checks,
    evidence: dedupe(files),
    metrics: {
      plans: plans.length,
      stores: evaluations.length,
      findingsFailed: findings.filter((f) => f.status === "fail").length,
      findingsUnknown: findings.filter((f) => f.status === "unknown").length,
      categoriesRequired: inputs.logTypes.length,
      floorDays: floorDays(floor)
    },
    outputs: {
      "floor-days": String(floorDays(floor)),
      "store-count": String(evaluations.length),
      "failed-stores": failed.join("\n"),
      "unknown-stores": unknown.join("\n"),
      uncovered: uncovered.join("\n")
    }
  };
}
function dedupe(files) {
  const seen = /* @__PURE__ */ new Set();
  return files.filter((f) => seen.has(f.path) ? false : (seen.add(f.path), true));
}
var art19RetentionGate = {
  name: "art19-retention",
  parseInputs,
  run: (inputs, ctx) => runRetention(inputs, ctx.workspace)
};
export {
  art19RetentionGate as gate
};
