import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-2RDYGR3Z.js";
import {
  expandGlobs,
  isInside,
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
  makeCheck,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// schemas/evidence-manifest.schema.json
var evidence_manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/evidence-manifest.schema.json",
  title: "Evidence manifest",
  description: "The files of an evidence pack with their SHA-256 digests, written by evidence-hash in hash mode and checked in verify mode.",
  type: "object",
  required: [
    "manifestVersion",
    "generator",
    "createdAt",
    "algorithm",
    "root",
    "patterns",
    "category",
    "files",
    "totals"
  ],
  additionalProperties: false,
  properties: {
    manifestVersion: { const: 1 },
    generator: {
      type: "object",
      required: ["name", "version"],
      additionalProperties: false,
      properties: { name: { type: "string" }, version: { type: "string" } }
    },
    createdAt: { type: "string", format: "date-time", description: "When the manifest was written." },
    algorithm: { const: "sha256" },
    root: {
      type: "string",
      description: "The directory file paths are relative to, itself relative to the workspace (POSIX)."
    },
    patterns: {
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 },
      description: "The glob patterns that selected the files; verify re-expands them to find extra files."
    },
    category: {
      type: "string",
      minLength: 1,
      description: "Kind of evidence, such as test-report, metrics or model-card."
    },
    run: {
      type: "object",
      description: "The run that wrote the manifest, as in the GateResult's run field.",
      required: ["provider"],
      properties: { provider: { enum: ["github-actions", "local"] } },
      additionalProperties: { type: "string" }
    },
    files: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "sha256", "size", "category"],
        additionalProperties: false,
        properties: {
          path: {
            type: "string",
            minLength: 1,
            pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$",
            description: "POSIX path relative to root; never absolute, never climbing with '..'."
          },
          sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
          size: { type: "integer", minimum: 0 },
          category: { type: "string", minLength: 1 },
          createdAt: {
            type: "string",
            format: "date-time",
            description: "The file's birth time where the file system records it, else its last modification time."
          },
          modifiedAt: { type: "string", format: "date-time" },
          producer: {
            type: "object",
            description: "The run and step that produced the file, where known.",
            additionalProperties: false,
            properties: {
              repository: { type: "string" },
              runId: { type: "string" },
              runAttempt: { type: "string" },
              workflow: { type: "string" },
              job: { type: "string" },
              step: { type: "string" }
            }
          }
        }
      }
    },
    totals: {
      type: "object",
      required: ["files", "bytes"],
      additionalProperties: false,
      properties: { files: { type: "integer", minimum: 0 }, bytes: { type: "integer", minimum: 0 } }
    }
  }
};

// packages/evidence/src/manifest.ts
async function readManifest(absolute, display) {
  const manifest = await loadConfig(absolute, evidence_manifest_schema_default, display);
  const seen = /* @__PURE__ */ new Set();
  manifest.files.forEach((f, i) => {
    if (seen.has(f.path)) {
      throw new GateError("SCHEMA_VIOLATION", `path '${f.path}' is listed twice`, {
        file: display,
        field: `files[${i}].path`
      });
    }
    seen.add(f.path);
  });
  return manifest;
}

// packages/evidence/src/statement.ts
var EVIDENCE_PREDICATE_TYPE = "https://ai-act-gates.dev/attestations/evidence-manifest/v1";
function evidenceStatement(manifest, manifestPath, manifestSha256, run) {
  return {
    _type: "https://in-toto.io/Statement/v1",
    subject: manifest.files.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })),
    predicateType: EVIDENCE_PREDICATE_TYPE,
    predicate: {
      manifest: { path: manifestPath, digest: { sha256: manifestSha256 } },
      category: manifest.category,
      root: manifest.root,
      createdAt: manifest.createdAt,
      totals: manifest.totals,
      run
    }
  };
}

// packages/evidence/src/hash.ts
import { stat } from "node:fs/promises";
import * as path from "node:path";

// packages/evidence/src/pool.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// packages/evidence/src/hash.ts
var HASH_CONCURRENCY = 8;
var EVIDENCE_ARTICLES = ["Art.17(1)", "Art.18(1)"];
function producerOf(run) {
  const p = {};
  if (run.repository) p.repository = run.repository;
  if (run.runId) p.runId = run.runId;
  if (run.runAttempt) p.runAttempt = run.runAttempt;
  if (run.workflow) p.workflow = run.workflow;
  if (run.job) p.job = run.job;
  if (run.step) p.step = run.step;
  return Object.keys(p).length > 0 ? p : void 0;
}
async function describeFile(file, root, category, producer) {
  const info = await stat(file.absolute).catch((e) => {
    throw toGateError(e, file.relative);
  });
  const digest = await sha256File(file.absolute, file.relative, info.size);
  const born = info.birthtimeMs > 0 ? info.birthtime : info.mtime;
  const entry = {
    path: toPosixRelative(root, file.absolute),
    sha256: digest.sha256,
    size: digest.size,
    category,
    createdAt: born.toISOString(),
    modifiedAt: info.mtime.toISOString()
  };
  if (producer) entry.producer = producer;
  return entry;
}
async function hashEvidence(inputs, workspace, run) {
  const matched = await expandGlobs(inputs.patterns, {
    workspace: inputs.root,
    field: "paths",
    exclude: [inputs.manifest, inputs.statement, ...inputs.exclude]
  });
  const filtered = matched.filter((m) => !inputs.exclude.some((dir) => m.absolute.startsWith(dir + path.sep)));
  const producer = producerOf(run);
  const files = await mapLimit(filtered, HASH_CONCURRENCY, (f) => describeFile(f, inputs.root, inputs.category, producer));
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const manifest = {
    manifestVersion: 1,
    generator: { name: TOOL_NAME, version: VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    algorithm: "sha256",
    root: toPosixRelative(workspace, inputs.root) || ".",
    patterns: inputs.patterns,
    category: inputs.category,
    run,
    files,
    totals: { files: files.length, bytes }
  };
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  const manifestSha256 = sha256Hex(manifestText);
  const manifestRel = toPosixRelative(workspace, inputs.manifest);
  const statementRel = toPosixRelative(workspace, inputs.statement);
  await writeFileAtomic(inputs.manifest, manifestText, { displayPath: manifestRel });
  const statement = evidenceStatement(manifest, manifestRel, manifestSha256, run);
  const statementText = JSON.stringify(statement, null, 2) + "\n";
  await writeFileAtomic(inputs.statement, statementText, { displayPath: statementRel });
  return {
    subject: { manifest: manifestRel, manifestSha256, category: inputs.category },
    checks: [
      makeCheck(
        "files-matched",
        "Evidence files matched",
        EVIDENCE_ARTICLES,
        "pass",
        `${files.length} file(s) matched ${inputs.patterns.length} pattern(s)`,
        { evidence: { patterns: inputs.patterns } }
      ),
      makeCheck(
        "files-hashed",
        "Evidence files hashed",
        EVIDENCE_ARTICLES,
        "pass",
        `hashed ${files.length} file(s), ${bytes} bytes, into ${manifestRel}`,
        {
          evidence: { manifestSha256 }
        }
      )
    ],
    evidence: [
      {
        path: manifestRel,
        sha256: manifestSha256,
        size: Buffer.byteLength(manifestText),
        role: "output",
        category: "evidence-manifest"
      },
      {
        path: statementRel,
        sha256: sha256Hex(statementText),
        size: Buffer.byteLength(statementText),
        role: "output",
        category: "in-toto-statement"
      }
    ],
    metrics: { files: files.length, bytes },
    outputs: {
      "manifest-path": manifestRel,
      "manifest-sha256": manifestSha256,
      "statement-path": statementRel,
      "file-count": String(files.length),
      "total-bytes": String(bytes)
    }
  };
}

// packages/evidence/src/verify.ts
import { realpath, stat as stat2 } from "node:fs/promises";
import * as path2 from "node:path";
async function checkFile(root, realRoot, rootRel, file) {
  const display = rootRel === "." ? file.path : `${rootRel}/${file.path}`;
  const absolute = path2.resolve(root, file.path);
  let size;
  try {
    size = (await stat2(absolute)).size;
  } catch (error) {
    if (error.code === "ENOENT") return { kind: "missing", file };
    throw toGateError(error, display);
  }
  const real = await realpath(absolute);
  if (!isInside(realRoot, real)) {
    throw new GateError("SYMLINK_OUTSIDE_WORKSPACE", `symlink leads outside the evidence root, to ${real}`, {
      file: display
    });
  }
  const digest = await sha256File(absolute, display, size);
  if (digest.sha256 === file.sha256 && digest.size === file.size) return { kind: "ok", file };
  return { kind: "modified", file, ...digest };
}
async function verifyEvidence(inputs, workspace) {
  const manifestRel = toPosixRelative(workspace, inputs.manifest);
  const manifest = await readManifest(inputs.manifest, manifestRel);
  for (const [i, f] of manifest.files.entries()) {
    if (!isInside(inputs.root, path2.resolve(inputs.root, f.path))) {
      throw new GateError("PATH_OUTSIDE_WORKSPACE", `path '${f.path}' leads outside the evidence root`, {
        file: manifestRel,
        field: `files[${i}].path`
      });
    }
  }
  const rootRel = toPosixRelative(workspace, inputs.root) || ".";
  const realRoot = await realpath(inputs.root);
  const states = await mapLimit(manifest.files, HASH_CONCURRENCY, (f) => checkFile(inputs.root, realRoot, rootRel, f));
  const display = (p) => rootRel === "." ? p : `${rootRel}/${p}`;
  const missing = states.filter((s) => s.kind === "missing");
  const modified = states.filter((s) => s.kind === "modified");
  const patterns = inputs.patterns.length > 0 ? inputs.patterns : manifest.patterns;
  const found = await expandGlobs(patterns, {
    workspace: inputs.root,
    field: "paths",
    exclude: [inputs.manifest, ...inputs.exclude],
    allowEmpty: true
  });
  const listed = new Set(manifest.files.map((f) => f.path));
  const extra = found.filter((m) => !inputs.exclude.some((dir) => m.absolute.startsWith(dir + path2.sep))).map((m) => toPosixRelative(inputs.root, m.absolute)).filter((p) => !listed.has(p));
  const loc = (p) => ({ file: display(p) });
  const checks = [
    makeCheck(
      "manifest-valid",
      "Manifest is valid",
      EVIDENCE_ARTICLES,
      "pass",
      `${manifestRel} lists ${manifest.files.length} file(s) (${manifest.category})`
    ),
    makeCheck(
      "files-present",
      "Every listed file is present",
      EVIDENCE_ARTICLES,
      missing.length === 0 ? "pass" : "fail",
      missing.length === 0 ? "every listed file is present" : `${missing.length} listed file(s) missing: ${missing.map((s) => display(s.file.path)).join(", ")}`,
      { locations: missing.map((s) => loc(s.file.path)) }
    ),
    makeCheck(
      "files-unmodified",
      "Every file matches its digest",
      EVIDENCE_ARTICLES,
      modified.length === 0 ? "pass" : "fail",
      modified.length === 0 ? `${states.length - missing.length} file(s) match their SHA-256` : `${modified.length} file(s) modified: ${modified.map((s) => display(s.file.path)).join(", ")}`,
      {
        locations: modified.map((s) => loc(s.file.path)),
        evidence: modified.length === 0 ? {} : {
          modified: modified.map((s) => ({
            path: display(s.file.path),
            expectedSha256: s.file.sha256,
            actualSha256: s.sha256,
            expectedSize: s.file.size,
            actualSize: s.size
          }))
        }
      }
    ),
    makeCheck(
      "no-extra-files",
      "No file outside the manifest",
      EVIDENCE_ARTICLES,
      extra.length === 0 ? "pass" : "fail",
      extra.length === 0 ? `no unlisted file matches ${patterns.join(", ")}` : `${extra.length} extra file(s) not in the manifest: ${extra.map(display).join(", ")}`,
      { locations: extra.map(loc) }
    )
  ];
  return {
    subject: { manifest: manifestRel, category: manifest.category },
    checks,
    evidence: [
      {
        path: manifestRel,
        ...await sha256File(inputs.manifest, manifestRel),
        role: "input",
        category: "evidence-manifest"
      }
    ],
    metrics: { files: manifest.files.length, missing: missing.length, modified: modified.length, extra: extra.length },
    outputs: {
      "manifest-path": manifestRel,
      "file-count": String(manifest.files.length),
      modified: modified.map((s) => display(s.file.path)).join("\n"),
      missing: missing.map((s) => display(s.file.path)).join("\n"),
      extra: extra.map(display).join("\n")
    }
  };
}

// packages/evidence/src/gate.ts
function defaultStatementPath(manifest) {
  return manifest.replace(/(\.json)?$/i, ".intoto.json");
}
async function parseInputs(raw, ctx) {
  const mode = raw.oneOf("mode", ["hash", "verify"], "hash");
  const root = await resolveInside(ctx.workspace, raw.optional("root") ?? ".", { field: "root", mustExist: true });
  const manifest = await resolveInside(ctx.workspace, raw.required("manifest"), { field: "manifest" });
  const statementInput = raw.optional("statement");
  const statement = await resolveInside(
    ctx.workspace,
    statementInput ?? defaultStatementPath(raw.required("manifest")),
    {
      field: "statement"
    }
  );
  const exclude = ctx.reportDir ? [ctx.reportDir] : [];
  if (mode === "hash") {
    const patterns = raw.list("paths");
    if (patterns.length === 0)
      throw new GateError("INPUT_MISSING", "input 'paths' is required in hash mode", { field: "paths" });
    if (manifest === statement) {
      throw new GateError("INPUT_CONFLICT", "manifest and statement must be different files", { field: "statement" });
    }
    return { mode, patterns, root, manifest, statement, exclude, category: raw.optional("category") ?? "evidence" };
  }
  return { mode, patterns: raw.list("paths"), root, manifest, exclude: [...exclude, statement] };
}
var evidenceHashGate = {
  name: "evidence-hash",
  parseInputs,
  run: async (inputs, ctx) => inputs.mode === "hash" ? hashEvidence(inputs, ctx.workspace, ctx.run) : verifyEvidence(inputs, ctx.workspace)
};
export {
  evidenceHashGate as gate
};
