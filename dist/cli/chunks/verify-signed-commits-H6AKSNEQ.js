import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-SB65L5LJ.js";
import {
  parseConfigText,
  validateConfig
} from "./chunk-2RDYGR3Z.js";
import {
  resolveInside,
  sha256Hex,
  toPosixRelative
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  makeCheck,
  toGateError
} from "./chunk-MNDZ67NB.js";
import {
  __toESM
} from "./chunk-UGZ2PGRM.js";

// packages/commits/src/commit.ts
import { createHash } from "node:crypto";
var ARMOR = [
  ["-----BEGIN PGP SIGNATURE-----", "openpgp"],
  ["-----BEGIN PGP MESSAGE-----", "openpgp"],
  ["-----BEGIN SSH SIGNATURE-----", "ssh"],
  ["-----BEGIN SIGNED MESSAGE-----", "x509"]
];
function signatureTypeOf(signature) {
  const first = signature.trimStart().split("\n", 1)[0].trim();
  return ARMOR.find(([armor]) => first === armor)?.[1] ?? "unknown";
}
function parseIdentity(line) {
  const m = /^(.*?) ?<([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: "", date: "" };
  const seconds = Number(m[3]);
  const date = Number.isSafeInteger(seconds) ? new Date(seconds * 1e3).toISOString() : "";
  return { name: m[1], email: m[2], date };
}
function parseCommit(sha, raw, signatureHeader = "gpgsig") {
  const text = raw.toString("latin1");
  const end = text.indexOf("\n\n");
  const headerText = end === -1 ? text : text.slice(0, end + 1);
  const lines = headerText.split("\n");
  const parents = [];
  let author = parseIdentity("");
  let committer = parseIdentity("");
  const sigLines = [];
  const kept = [];
  let inSignature = false;
  for (const line of lines.slice(0, -1)) {
    if (line.startsWith(" ")) {
      if (inSignature) sigLines.push(line.slice(1));
      else kept.push(line);
      continue;
    }
    inSignature = false;
    if (line.startsWith(`${signatureHeader} `)) {
      inSignature = true;
      sigLines.push(line.slice(signatureHeader.length + 1));
      continue;
    }
    kept.push(line);
    const space = line.indexOf(" ");
    const key = line.slice(0, space);
    const value = Buffer.from(line.slice(space + 1), "latin1").toString("utf8");
    if (key === "parent") parents.push(value);
    else if (key === "author") author = parseIdentity(value);
    else if (key === "committer") committer = parseIdentity(value);
  }
  const body = end === -1 ? "" : text.slice(end + 1);
  const payload = Buffer.from(kept.map((l) => `${l}
`).join("") + body, "latin1");
  const message = Buffer.from(body.slice(1), "latin1").toString("utf8");
  const commit = {
    sha,
    parents,
    author,
    committer,
    subject: message.split("\n", 1)[0] ?? "",
    payload
  };
  if (sigLines.length > 0) {
    commit.signature = Buffer.from(sigLines.join("\n") + "\n", "latin1").toString("utf8");
    commit.signatureType = signatureTypeOf(commit.signature);
  }
  return commit;
}
function commitObjectId(raw, algorithm = "sha1") {
  return createHash(algorithm).update(`commit ${raw.length}\0`).update(raw).digest("hex");
}
function insertSignature(payload, signature, afterLine) {
  const text = payload.toString("latin1");
  const end = text.indexOf("\n\n");
  if (end === -1) return payload;
  const headerLines = text.slice(0, end).split("\n");
  const sig = Buffer.from(signature, "utf8").toString("latin1");
  const body = sig.endsWith("\n") ? sig.slice(0, -1) : sig;
  const header = `gpgsig ${body.split("\n").join("\n ")}`;
  const at2 = afterLine === void 0 ? headerLines.length : afterLine;
  const withSig = [...headerLines.slice(0, at2), header, ...headerLines.slice(at2)];
  return Buffer.from(withSig.join("\n") + text.slice(end), "latin1");
}
function rebuildSignedCommit(sha, payload, signature) {
  const bytes = Buffer.from(payload, "utf8");
  const text = bytes.toString("latin1");
  const end = text.indexOf("\n\n");
  if (end === -1) return void 0;
  const headerCount = text.slice(0, end).split("\n").length;
  const variants = [signature, signature.endsWith("\n") ? signature : `${signature}
`, signature.replace(/\n+$/, "")];
  const positions = [headerCount, ...Array.from({ length: headerCount }, (_, i) => headerCount - 1 - i)];
  for (const variant of new Set(variants)) {
    for (const at2 of positions) {
      const raw = insertSignature(bytes, variant, at2);
      if (commitObjectId(raw) === sha) return raw;
    }
  }
  return void 0;
}

// packages/commits/src/ssh.ts
import { createHash as createHash2 } from "node:crypto";
var SSH_KEY_TYPES = [
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ecdsa-sha2-nistp256@openssh.com",
  "sk-ssh-ed25519@openssh.com"
];
function sshFingerprint(blob) {
  return `SHA256:${createHash2("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
}
function readString(buf, offset) {
  if (offset + 4 > buf.length) return void 0;
  const len = buf.readUInt32BE(offset);
  if (offset + 4 + len > buf.length) return void 0;
  return { value: buf.subarray(offset + 4, offset + 4 + len), next: offset + 4 + len };
}
function decodeSshPublicKey(keyType, base64) {
  if (!SSH_KEY_TYPES.includes(keyType)) {
    return { problem: `'${keyType}' is not an SSH signing key type; use one of ${SSH_KEY_TYPES.join(", ")}` };
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return { problem: "the key is not base64" };
  const blob = Buffer.from(base64, "base64");
  const inner = readString(blob, 0);
  if (!inner || inner.value.toString("latin1") !== keyType) {
    return { problem: `the key data does not hold a ${keyType} key` };
  }
  return { blob };
}
function readSshSignature(armored) {
  const body = armored.replace(/-----(BEGIN|END) SSH SIGNATURE-----/g, "").replace(/\s+/g, "");
  const buf = Buffer.from(body, "base64");
  if (buf.subarray(0, 6).toString("latin1") !== "SSHSIG") return void 0;
  const key = readString(buf, 10);
  if (!key) return void 0;
  const namespace = readString(buf, key.next);
  const keyType = readString(key.value, 0);
  if (!namespace || !keyType) return void 0;
  return {
    fingerprint: sshFingerprint(key.value),
    keyType: keyType.value.toString("latin1"),
    namespace: namespace.value.toString("utf8")
  };
}

// packages/commits/src/signers-file.ts
var PASSED_OPTIONS = ["namespaces", "valid-after", "valid-before"];
function tokenize(line) {
  const tokens = [];
  let current = "";
  let quoted = false;
  let started = false;
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted;
      current += ch;
      started = true;
    } else if (!quoted && (ch === " " || ch === "	")) {
      if (started) tokens.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quoted) throw new Error("unbalanced double quote");
  if (started) tokens.push(current);
  return tokens;
}
function splitOptions(text) {
  const out = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}
function unquote(text) {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}
function parseOptions(text, file, line) {
  const options = {};
  for (const option of splitOptions(text)) {
    const eq = option.indexOf("=");
    const name = (eq === -1 ? option : option.slice(0, eq)).toLowerCase();
    const value = eq === -1 ? "" : unquote(option.slice(eq + 1));
    if (name === "cert-authority") {
      throw new GateError("UNSUPPORTED", "cert-authority lines are not supported: list each signer’s own key", {
        file,
        line,
        field: "options"
      });
    }
    if (!PASSED_OPTIONS.includes(name)) {
      throw new GateError(
        "SCHEMA_VIOLATION",
        `unknown option '${name}'; allowed_signers options are ${PASSED_OPTIONS.join(", ")}`,
        { file, line, field: "options" }
      );
    }
    if ((name === "valid-after" || name === "valid-before") && !/^\d{8}(\d{4}(\d{2})?)?Z?$/.test(value)) {
      throw new GateError("SCHEMA_VIOLATION", `${name} must be YYYYMMDD[HHMM[SS]][Z], not '${value}'`, {
        file,
        line,
        field: name
      });
    }
    options[name] = value;
  }
  return options;
}
function parseSignersFile(text, file) {
  const lines = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    let tokens;
    try {
      tokens = tokenize(trimmed);
    } catch (error) {
      throw new GateError("PARSE_ERROR", error.message, { file, line });
    }
    const typeAt = tokens.findIndex((t) => SSH_KEY_TYPES.includes(t));
    if (typeAt === -1 || typeAt > 2) {
      throw new GateError(
        "PARSE_ERROR",
        'expected "principals [options] keytype base64 [comment]" with a key type such as ssh-ed25519',
        { file, line, field: "key" }
      );
    }
    if (typeAt === 0)
      throw new GateError("PARSE_ERROR", "the line names no principal", { file, line, field: "principals" });
    const keyType = tokens[typeAt];
    const base64 = tokens[typeAt + 1];
    if (base64 === void 0)
      throw new GateError("PARSE_ERROR", "the key data is missing", { file, line, field: "key" });
    const decoded = decodeSshPublicKey(keyType, base64);
    if ("problem" in decoded) throw new GateError("SCHEMA_VIOLATION", decoded.problem, { file, line, field: "key" });
    lines.push({
      line,
      principals: unquote(tokens[0]),
      options: typeAt === 2 ? parseOptions(tokens[1], file, line) : {},
      keyType,
      base64,
      blob: decoded.blob
    });
  });
  if (lines.length === 0) throw new GateError("EMPTY_INPUT", "the allowed_signers file lists no key", { file });
  return lines;
}

// packages/commits/src/allowlist.ts
import { readFile } from "node:fs/promises";
import * as path from "node:path";

// schemas/allowed-signers.schema.json
var allowed_signers_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/allowed-signers.schema.json",
  title: "Allowed commit signers",
  description: "The people (and platform or bot identities) whose signatures verify-signed-commits accepts, each with the keys or certificate identities that sign for them. YAML or JSON.",
  type: "object",
  required: ["version", "signers"],
  additionalProperties: false,
  properties: {
    version: {
      const: 1,
      description: "Version of this format."
    },
    signers: {
      type: "array",
      minItems: 1,
      description: "Who may sign. A commit passes only when its signature verifies with one of these keys.",
      items: {
        $ref: "#/$defs/signer"
      }
    }
  },
  $defs: {
    signer: {
      type: "object",
      required: ["name", "keys"],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          minLength: 1,
          description: "The person's name, as reports should show it (or the platform's, for kind platform or bot)."
        },
        id: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._@+-]*$",
          description: "A short unique handle, such as an employee id or login. Defaults to the position in the list."
        },
        kind: {
          enum: ["person", "platform", "bot"],
          default: "person",
          description: "person: attributable to an individual. platform (such as GitHub's web-flow key) and bot: verified but not an individual; allow-platform-signed decides whether they pass."
        },
        emails: {
          type: "array",
          items: {
            type: "string",
            minLength: 3,
            pattern: "^[^\\s<>]+@[^\\s<>]+$"
          },
          description: "Committer emails that belong to this signer, for signer-must-be-committer."
        },
        keys: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["type"],
            properties: {
              type: {
                enum: ["openpgp", "ssh", "x509"],
                description: "openpgp (gpg), ssh (ssh-keygen) or x509 (gitsign: a Sigstore Fulcio certificate identity)."
              }
            },
            allOf: [
              {
                if: {
                  properties: {
                    type: {
                      const: "openpgp"
                    }
                  },
                  required: ["type"]
                },
                then: {
                  $ref: "#/$defs/openpgpKey"
                }
              },
              {
                if: {
                  properties: {
                    type: {
                      const: "ssh"
                    }
                  },
                  required: ["type"]
                },
                then: {
                  $ref: "#/$defs/sshKey"
                }
              },
              {
                if: {
                  properties: {
                    type: {
                      const: "x509"
                    }
                  },
                  required: ["type"]
                },
                then: {
                  $ref: "#/$defs/x509Identity"
                }
              }
            ]
          }
        }
      }
    },
    openpgpKey: {
      type: "object",
      required: ["type", "fingerprint"],
      additionalProperties: false,
      oneOf: [
        {
          required: ["publicKey"]
        },
        {
          required: ["publicKeyFile"]
        }
      ],
      properties: {
        type: {
          const: "openpgp"
        },
        fingerprint: {
          type: "string",
          pattern: "^(0x)?([0-9A-Fa-f]{4} {0,2}){9}[0-9A-Fa-f]{4}$|^(0x)?[0-9A-Fa-f]{64}$",
          description: "Full fingerprint of the primary key or of the signing subkey (40 hex digits, spaces allowed; 64 for v5 keys)."
        },
        publicKey: {
          type: "string",
          pattern: "-----BEGIN PGP PUBLIC KEY BLOCK-----",
          description: "The ASCII-armored public key, with its revocations and expiry as published."
        },
        publicKeyFile: {
          type: "string",
          minLength: 1,
          description: "Path of a file holding the armored public key, relative to this file, inside the workspace."
        },
        revoked: {
          type: "boolean",
          default: false,
          description: "Reject every signature by this key, whatever the key itself says."
        },
        comment: {
          type: "string"
        }
      }
    },
    sshKey: {
      type: "object",
      required: ["type", "publicKey"],
      additionalProperties: false,
      properties: {
        type: {
          const: "ssh"
        },
        publicKey: {
          type: "string",
          pattern: "^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ecdsa-sha2-nistp256@openssh\\.com|sk-ssh-ed25519@openssh\\.com) [A-Za-z0-9+/]+={0,2}( .*)?$",
          description: "The public key line, as in id_ed25519.pub."
        },
        validAfter: {
          type: "string",
          pattern: "^[0-9]{8}([0-9]{4}([0-9]{2})?)?Z?$",
          description: "As git's allowed_signers valid-after: YYYYMMDD[HHMM[SS]][Z]; compared with the commit's committer date."
        },
        validBefore: {
          type: "string",
          pattern: "^[0-9]{8}([0-9]{4}([0-9]{2})?)?Z?$",
          description: "As git's allowed_signers valid-before; a key past it is expired."
        },
        revoked: {
          type: "boolean",
          default: false,
          description: "Reject every signature by this key (passed to git as gpg.ssh.revocationFile)."
        },
        comment: {
          type: "string"
        }
      }
    },
    x509Identity: {
      type: "object",
      required: ["type", "identity", "issuer"],
      additionalProperties: false,
      properties: {
        type: {
          const: "x509"
        },
        identity: {
          type: "string",
          minLength: 1,
          description: "The certificate's subject alternative name exactly: an email (gitsign with a personal account) or a URI (a workload identity)."
        },
        issuer: {
          type: "string",
          pattern: "^https?://",
          description: "The OIDC issuer in the Fulcio certificate (OID 1.3.6.1.4.1.57264.1.8 or .1.1), such as https://github.com/login/oauth."
        },
        revoked: {
          type: "boolean",
          default: false,
          description: "Reject every signature by this identity."
        },
        comment: {
          type: "string"
        }
      }
    }
  }
};

// packages/commits/src/allowlist.ts
function isStructuredAllowList(file) {
  return /\.(ya?ml|json)$/i.test(file);
}
function normalizeFingerprint(fpr) {
  return fpr.replace(/^0x/i, "").replace(/\s+/g, "").toUpperCase();
}
function sourceOf(parsed, file, segments) {
  const pos = parsed.locate(segments);
  const field2 = segments.reduce(
    (acc, s) => typeof s === "number" ? `${acc}[${s}]` : acc === "" ? s : `${acc}.${s}`,
    ""
  );
  return { file, field: field2, ...pos ? { line: pos.line } : {} };
}
async function readArmoredKey(key, source, allowListDir, workspace) {
  if (key.publicKey !== void 0) return key.publicKey;
  const where2 = {
    file: source.file,
    ...source.line ? { line: source.line } : {},
    field: `${source.field}.publicKeyFile`
  };
  const absolute = await resolveInside(workspace, path.resolve(allowListDir, key.publicKeyFile), {
    field: where2.field,
    mustExist: true
  }).catch((error) => {
    throw new GateError(
      "FILE_NOT_FOUND",
      `cannot read the key file '${key.publicKeyFile}': ${toGateError(error).detail}`,
      where2
    );
  });
  const text = await readFile(absolute, "utf8").catch((error) => {
    throw new GateError(
      "FILE_UNREADABLE",
      `cannot read the key file '${key.publicKeyFile}': ${toGateError(error).detail}`,
      where2
    );
  });
  if (!text.includes("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
    throw new GateError("SCHEMA_VIOLATION", `'${key.publicKeyFile}' holds no ASCII-armored OpenPGP public key`, where2);
  }
  return text;
}
async function loadStructured(absolute, display, text, workspace, list) {
  const parsed = parseConfigText(text, display);
  const doc = validateConfig(parsed, allowed_signers_schema_default, display);
  for (const [i, s] of doc.signers.entries()) {
    const signer = {
      name: s.name,
      id: s.id ?? `${path.basename(display)}#${i + 1}`,
      kind: s.kind ?? "person",
      emails: (s.emails ?? []).map((e) => e.toLowerCase())
    };
    list.signers.push(signer);
    for (const [j, key] of s.keys.entries()) {
      const source = sourceOf(parsed, display, ["signers", i, "keys", j]);
      const revoked = key.revoked ?? false;
      if (key.type === "openpgp") {
        const armored = await readArmoredKey(key, source, path.dirname(absolute), workspace);
        list.openpgp.push({
          type: "openpgp",
          signer,
          fingerprint: normalizeFingerprint(key.fingerprint),
          armored,
          revoked,
          source
        });
      } else if (key.type === "ssh") {
        const [keyType, base64] = key.publicKey.split(/\s+/);
        const decoded = decodeSshPublicKey(keyType, base64);
        if ("problem" in decoded) {
          throw new GateError("SCHEMA_VIOLATION", decoded.problem, {
            file: display,
            ...source.line ? { line: source.line } : {},
            field: `${source.field}.publicKey`
          });
        }
        const options = {};
        if (key.validAfter) options["valid-after"] = key.validAfter;
        if (key.validBefore) options["valid-before"] = key.validBefore;
        list.ssh.push({
          type: "ssh",
          signer,
          keyType,
          base64,
          fingerprint: sshFingerprint(decoded.blob),
          options,
          revoked,
          source
        });
      } else {
        list.x509.push({ type: "x509", signer, identity: key.identity, issuer: key.issuer, revoked, source });
      }
    }
  }
}
function loadSignersFile(display, text, list) {
  const bySigner = /* @__PURE__ */ new Map();
  for (const l of parseSignersFile(text, display)) {
    let signer = bySigner.get(l.principals);
    if (!signer) {
      const principals = l.principals.split(",").map((p) => p.trim());
      signer = {
        name: l.principals,
        id: principals[0],
        kind: "person",
        emails: principals.filter((p) => p.includes("@") && !/[*?]/.test(p)).map((p) => p.toLowerCase())
      };
      bySigner.set(l.principals, signer);
      list.signers.push(signer);
    }
    list.ssh.push({
      type: "ssh",
      signer,
      keyType: l.keyType,
      base64: l.base64,
      fingerprint: sshFingerprint(l.blob),
      options: l.options,
      revoked: false,
      source: { file: display, line: l.line, field: "key" }
    });
  }
}
function where(s) {
  return `${s.file}${s.line ? `:${s.line}` : ""} (${s.field})`;
}
function checkUnique(list) {
  const seen = /* @__PURE__ */ new Map();
  const keyOf = (e) => e.type === "openpgp" ? `openpgp:${e.fingerprint}` : e.type === "ssh" ? `ssh:${e.fingerprint}` : `x509:${e.identity}
${e.issuer}`;
  for (const e of [...list.openpgp, ...list.ssh, ...list.x509]) {
    const k = keyOf(e);
    const first = seen.get(k);
    if (first && first.signer !== e.signer) {
      throw new GateError(
        "SCHEMA_VIOLATION",
        `this key is also listed for '${first.signer.name}' at ${where(first.source)}; a key must name one signer`,
        { file: e.source.file, ...e.source.line ? { line: e.source.line } : {}, field: e.source.field }
      );
    }
    seen.set(k, e);
  }
  const ids = /* @__PURE__ */ new Map();
  for (const s of list.signers) {
    const other = ids.get(s.id);
    if (other && other !== s) {
      throw new GateError("SCHEMA_VIOLATION", `signer id '${s.id}' is used by '${other.name}' and '${s.name}'`, {
        field: "id"
      });
    }
    ids.set(s.id, s);
  }
}
async function loadAllowList(files, workspace) {
  const list = { signers: [], openpgp: [], ssh: [], x509: [], files: [] };
  for (const absolute of files) {
    const display = toPosixRelative(workspace, absolute);
    let bytes;
    try {
      bytes = await readFile(absolute);
    } catch (error) {
      throw toGateError(error, display);
    }
    const text = bytes.toString("utf8");
    if (text.trim() === "") throw new GateError("EMPTY_INPUT", "the allow-list file is empty", { file: display });
    if (isStructuredAllowList(absolute)) await loadStructured(absolute, display, text, workspace, list);
    else loadSignersFile(display, text, list);
    list.files.push({
      path: display,
      sha256: sha256Hex(bytes),
      size: bytes.length,
      role: "input",
      category: "allowed-signers"
    });
  }
  checkUnique(list);
  return list;
}

// packages/commits/src/truststore.ts
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path2 from "node:path";

// packages/commits/src/git.ts
import { spawn } from "node:child_process";
var PROCESS_TIMEOUT_MS = 10 * 60 * 1e3;
function runProcess(program, args, options = {}) {
  return new Promise((resolve3, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      signal: options.signal
    });
    const out = [];
    let err = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? PROCESS_TIMEOUT_MS);
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err += d.toString("utf8"));
    child.on("error", (error) => {
      clearTimeout(timer);
      if (error.code === "ENOENT") {
        reject(
          new GateError("TOOL_MISSING", `${program} is not installed or not on the PATH`, {
            hint: `Install ${program} on the runner`,
            cause: error
          })
        );
      } else reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(
          new GateError(
            "TIMEOUT",
            `${program} ${args[0] ?? ""} did not finish in ${options.timeoutMs ?? PROCESS_TIMEOUT_MS} ms`
          )
        );
        return;
      }
      resolve3({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
var Git = class _Git {
  constructor(dir, options = {}) {
    this.dir = dir;
    this.options = options;
  }
  dir;
  options;
  /** A copy with more `-c` settings and environment variables. */
  with(config, env = {}) {
    return new _Git(this.dir, {
      ...this.options,
      config: { ...this.options.config, ...config },
      env: { ...this.options.env ?? process.env, ...env }
    });
  }
  /** Runs `git <args>`; returns the result whatever the exit code. */
  async run(args, input) {
    const config = Object.entries(this.options.config ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]);
    const env = { ...this.options.env ?? process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
    const result = await runProcess("git", [...config, ...args], {
      cwd: this.dir,
      env,
      ...input === void 0 ? {} : { input },
      ...this.options.signal ? { signal: this.options.signal } : {}
    });
    this.options.record?.(`git ${args.filter((a) => !a.startsWith("--format=")).join(" ")}`, result.code);
    return result;
  }
  /** Runs `git <args>` and returns stdout as text; a non-zero exit is TOOL_FAILED with git's message. */
  async text(args, input) {
    const r = await this.run(args, input);
    if (r.code !== 0) {
      throw new GateError("TOOL_FAILED", `git ${args[0]} failed in ${this.dir}: ${firstLines(r.stderr)}`);
    }
    return r.stdout.toString("utf8");
  }
  /** The full object id of `rev` as a commit, or undefined when the repository does not have it. */
  async resolveCommit(rev) {
    const r = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
    return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
  }
};
function firstLines(text, lines = 3) {
  const kept = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  return kept.slice(0, lines).join(" / ") || "(no message)";
}

// packages/commits/src/truststore.ts
async function fingerprintsOf(gnupgHome, armored) {
  const r = await runProcess(
    "gpg",
    ["--homedir", gnupgHome, "--batch", "--no-tty", "--with-colons", "--import-options", "show-only", "--import"],
    { input: armored }
  );
  const fprs = [];
  const primaries = [];
  let last = "";
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const f = line.split(":");
    if (f[0] === "pub" || f[0] === "sub") last = f[0];
    if (f[0] === "fpr" && f[9]) {
      fprs.push(f[9]);
      if (last === "pub") primaries.push(f[9]);
    }
  }
  return { fprs, primaries };
}
async function importKey(gnupgHome, entry) {
  const where2 = {
    file: entry.source.file,
    ...entry.source.line ? { line: entry.source.line } : {},
    field: `${entry.source.field}.fingerprint`
  };
  const { fprs } = await fingerprintsOf(gnupgHome, entry.armored);
  if (fprs.length === 0) {
    throw new GateError("SCHEMA_VIOLATION", "gpg finds no OpenPGP public key in the key given for this entry", where2);
  }
  if (!fprs.includes(entry.fingerprint)) {
    throw new GateError(
      "SCHEMA_VIOLATION",
      `fingerprint ${entry.fingerprint} is not a key of the public key given (it holds ${fprs.join(", ")})`,
      where2
    );
  }
  const r = await runProcess("gpg", ["--homedir", gnupgHome, "--batch", "--no-tty", "--import"], {
    input: entry.armored
  });
  if (r.code !== 0 && r.code !== 2) {
    throw new GateError("TOOL_FAILED", `gpg could not import the key: ${firstLines(r.stderr)}`, where2);
  }
}
function principalOf(id) {
  return id.replace(/[^A-Za-z0-9._@+-]/g, "_") || "signer";
}
function optionsText(options) {
  const parts = Object.entries(options).map(([k, v]) => `${k}="${v}"`);
  return parts.length === 0 ? "" : `${parts.join(",")} `;
}
async function createTrustStore(list) {
  const dir = await mkdtemp(path2.join(tmpdir(), "aag-signers-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const gnupgHome = path2.join(dir, "gnupg");
    await mkdir(gnupgHome, { mode: 448 });
    for (const entry of list.openpgp) await importKey(gnupgHome, entry);
    const allowed = list.ssh.filter((e) => !e.revoked).map((e) => `${principalOf(e.signer.id)} ${optionsText(e.options)}${e.keyType} ${e.base64}
`);
    const allowedSignersFile = path2.join(dir, "allowed_signers");
    await writeFile(allowedSignersFile, allowed.join(""), { mode: 384 });
    const store = { gnupgHome, allowedSignersFile, dispose };
    const revoked = list.ssh.filter((e) => e.revoked).map((e) => `${e.keyType} ${e.base64}
`);
    if (revoked.length > 0) {
      store.revocationFile = path2.join(dir, "revoked_keys");
      await writeFile(store.revocationFile, revoked.join(""), { mode: 384 });
    }
    return store;
  } catch (error) {
    await dispose();
    throw error;
  }
}

// packages/commits/src/verdict.ts
function describeSigner(s) {
  if (s.kind !== "person") return `${s.kind} signer '${s.name}'`;
  return s.name === s.id ? s.name : `${s.name} (${s.id})`;
}
function decide(commit, check, policy, github) {
  const base = {
    ...commit,
    verdict: check.status === "good" ? "verified" : check.status,
    pass: false,
    reason: check.detail
  };
  if (check.keyId) base.keyId = check.keyId;
  if (check.signedAt) base.signedAt = check.signedAt;
  if (github) base.github = github;
  const signer = check.entry?.signer;
  if (signer) base.signer = { name: signer.name, id: signer.id, kind: signer.kind };
  if (check.status !== "good" || !signer) return base;
  const who = describeSigner(signer);
  if (signer.kind !== "person") {
    base.verdict = "platform-signed";
    base.reason = `${check.detail}; signed by ${who}, not attributable to an individual${policy.allowPlatformSigned ? " (allowed by allow-platform-signed)" : "; set allow-platform-signed to accept it"}`;
    base.pass = policy.allowPlatformSigned;
  } else {
    base.reason = `${check.detail}; signed by ${who}`;
    base.pass = true;
  }
  if (base.pass && policy.signerMustBeCommitter && !signer.emails.includes(commit.committer.email.toLowerCase())) {
    base.verdict = "signer-not-committer";
    base.pass = false;
    base.reason = `signed by ${who}, but the committer is ${commit.committer.name} <${commit.committer.email}>, not an email of the signer (${signer.emails.join(", ") || "the allow-list lists none"})`;
  }
  if (base.pass && policy.requireGitHubVerified && github && !github.verified) {
    base.verdict = "github-unverified";
    base.pass = false;
    base.reason = `${base.reason}; but GitHub reports verified: false (${github.reason}) and require-github-verified is set`;
  }
  return base;
}

// packages/commits/src/gitverify.ts
var GITHUB_WEB_FLOW_KEY_IDS = ["4AEE18F83AFDEB23", "B5690EEEBB952194"];
var FORMAT = "--format=%H%x1f%G?%x1f%GK%x1f%GF%x1f%GP%x1f%GS%x1f%GG%x1e";
function verifierConfig(store) {
  return {
    "gpg.program": "gpg",
    "gpg.openpgp.program": "gpg",
    "gpg.ssh.program": "ssh-keygen",
    "gpg.x509.program": "false",
    "gpg.ssh.allowedSignersFile": store.allowedSignersFile,
    "gpg.ssh.revocationFile": store.revocationFile ?? "",
    "gpg.minTrustLevel": "undefined",
    "log.showSignature": "false"
  };
}
async function gitSignatureFields(git, store, shas) {
  const out = /* @__PURE__ */ new Map();
  if (shas.length === 0) return out;
  const verifier = git.with(verifierConfig(store), { GNUPGHOME: store.gnupgHome });
  const text = await verifier.text(
    ["log", "--no-walk=unsorted", "--no-color", "--stdin", FORMAT],
    shas.join("\n") + "\n"
  );
  for (const record of text.split("")) {
    const f = record.replace(/^\n/, "").split("");
    if (f.length < 7) continue;
    out.set(f[0], {
      code: f[1],
      key: f[2],
      fingerprint: f[3],
      primary: f[4],
      signer: f[5],
      message: f.slice(6).join("").trim()
    });
  }
  return out;
}
function at(e) {
  return `${e.source.file}${e.source.line ? `:${e.source.line}` : ""}`;
}
function gitSays(fields) {
  return fields.message === "" ? `git reports %G? = ${fields.code}` : `git reports: ${firstLines(fields.message, 2)}`;
}
function classifyOpenPgp(fields, list) {
  const named = /using \S+ key ([0-9A-F]{40}|[0-9A-F]{64})\b/.exec(fields.message)?.[1];
  const keyId = fields.fingerprint || named || fields.key || void 0;
  const entry = list.openpgp.find(
    (e) => e.fingerprint === fields.fingerprint || fields.primary !== "" && e.fingerprint === fields.primary
  );
  const withKey = (c) => ({
    ...c,
    ...keyId ? { keyId } : {},
    ...entry ? { entry } : {}
  });
  switch (fields.code) {
    case "G":
    case "U":
      if (!entry) {
        return withKey({
          status: "unknown-key",
          detail: `good OpenPGP signature by key ${keyId}, which no allow-list entry names (the key block that holds it lists other fingerprints)`
        });
      }
      if (entry.revoked) {
        return withKey({
          status: "revoked-key",
          detail: `OpenPGP key ${keyId} is marked revoked in the allow-list (${at(entry)})`
        });
      }
      return withKey({ status: "good", detail: `good OpenPGP signature by key ${keyId}` });
    case "X":
      return withKey({ status: "expired-signature", detail: `the OpenPGP signature by key ${keyId} has expired` });
    case "Y":
      return withKey({
        status: "expired-key",
        detail: `the OpenPGP signature was made by key ${keyId}, which has expired; ${gitSays(fields)}`
      });
    case "R":
      return withKey({
        status: "revoked-key",
        detail: `the OpenPGP signature was made by key ${keyId}, which has been revoked; ${gitSays(fields)}`
      });
    case "B":
      return withKey({
        status: "bad-signature",
        detail: `the OpenPGP signature by key ${keyId} does not match the commit: the commit was changed after it was signed, or the signature is corrupt`
      });
    case "E": {
      const id = (keyId ?? "").toUpperCase();
      const webFlow = GITHUB_WEB_FLOW_KEY_IDS.some((k) => id.endsWith(k));
      return withKey({
        status: "unknown-key",
        detail: webFlow ? `signed by GitHub's web-flow key ${id}, which the allow-list does not list (add it as a signer of kind platform to verify it)` : `signed by OpenPGP key ${id || "(no key id)"}, which the allow-list does not list; ${gitSays(fields)}`
      });
    }
    default:
      return withKey({
        status: "unverifiable",
        detail: `git could not verify the OpenPGP signature; ${gitSays(fields)}`
      });
  }
}
function classifySsh(fields, commit, list) {
  const info = readSshSignature(commit.signature ?? "");
  if (!info) return { status: "unverifiable", detail: "the SSH signature cannot be decoded" };
  const keyId = info.fingerprint;
  const entry = list.ssh.find((e) => e.fingerprint === keyId);
  const base = { keyId, ...entry ? { entry } : {} };
  if (entry?.revoked && fields.code !== "G") {
    return { ...base, status: "revoked-key", detail: `SSH key ${keyId} is revoked in the allow-list (${at(entry)})` };
  }
  if (info.namespace !== "git" && fields.code !== "G") {
    return {
      ...base,
      status: "bad-signature",
      detail: `the SSH signature was made for namespace '${info.namespace}', not 'git'`
    };
  }
  switch (fields.code) {
    case "G":
      if (!entry || fields.key !== keyId) {
        return {
          ...base,
          status: "unverifiable",
          detail: `git accepted SSH key ${fields.key}, which is not the key in the signature (${keyId})`
        };
      }
      return { ...base, status: "good", detail: `good SSH signature by key ${keyId}` };
    case "U":
      if (!entry) {
        return {
          ...base,
          status: "unknown-key",
          detail: `signed by SSH key ${keyId} (${info.keyType}), which the allow-list does not list`
        };
      }
      if (/expired|not yet valid/i.test(fields.message)) {
        return {
          ...base,
          status: "expired-key",
          detail: `SSH key ${keyId} was not valid at the commit's committer date (${at(entry)}); ${gitSays(fields)}`
        };
      }
      return {
        ...base,
        status: "unverifiable",
        detail: `SSH key ${keyId} is listed (${at(entry)}) but git did not accept it; ${gitSays(fields)}`
      };
    case "B":
      return {
        ...base,
        status: "bad-signature",
        detail: `the SSH signature by key ${keyId} does not match the commit: the commit was changed after it was signed, or the signature is corrupt`
      };
    default:
      return { ...base, status: "unverifiable", detail: `git could not verify the SSH signature; ${gitSays(fields)}` };
  }
}

// packages/commits/src/trustedroot.ts
var import_core5 = __toESM(require_dist(), 1);
import { createPublicKey } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
function inWindow(w, date) {
  return w.start <= date && (w.end === void 0 || date <= w.end);
}
async function loadTrustedRoot(absolute, display) {
  let bytes;
  try {
    bytes = await readFile2(absolute);
  } catch (error) {
    throw toGateError(error, display);
  }
  const parsed = parseConfigText(bytes.toString("utf8"), display);
  const fail = (segments, detail) => {
    const pos = parsed.locate(segments);
    const field2 = segments.map((s) => typeof s === "number" ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
    throw new GateError("SCHEMA_VIOLATION", detail, { file: display, field: field2, ...pos ? { line: pos.line } : {} });
  };
  const root = parsed.value;
  if (typeof root !== "object" || root === null || !String(root.mediaType ?? "").startsWith("application/vnd.dev.sigstore.trustedroot")) {
    fail(["mediaType"], "not a Sigstore trusted root: mediaType must be application/vnd.dev.sigstore.trustedroot+json");
  }
  const window = (w, at2) => {
    const v = w ?? {};
    const start = new Date(String(v.start ?? ""));
    if (Number.isNaN(start.getTime())) fail([...at2, "start"], "validFor.start must be an RFC 3339 time");
    if (v.end === void 0) return { start };
    const end = new Date(String(v.end));
    if (Number.isNaN(end.getTime())) fail([...at2, "end"], "validFor.end must be an RFC 3339 time");
    return { start, end };
  };
  const authorities = (root.certificateAuthorities ?? []).map((ca, i) => {
    const certs = (ca.certChain ?? {}).certificates ?? [];
    if (certs.length === 0) fail(["certificateAuthorities", i, "certChain"], "the certificate chain is empty");
    const chain = certs.map((c, j) => {
      try {
        return import_core5.X509Certificate.parse(Buffer.from(String(c.rawBytes ?? ""), "base64"));
      } catch {
        return fail(["certificateAuthorities", i, "certChain", "certificates", j, "rawBytes"], "not a DER certificate");
      }
    });
    return {
      uri: String(ca.uri ?? ""),
      chain,
      validFor: window(ca.validFor, ["certificateAuthorities", i, "validFor"])
    };
  });
  const ctlogs = (root.ctlogs ?? []).map((log, i) => {
    const pk = log.publicKey ?? {};
    let key;
    try {
      key = createPublicKey({ key: Buffer.from(String(pk.rawBytes ?? ""), "base64"), format: "der", type: "spki" });
    } catch {
      return fail(["ctlogs", i, "publicKey", "rawBytes"], "not a DER public key");
    }
    const logId = Buffer.from(String((log.logId ?? {}).keyId ?? ""), "base64");
    if (logId.length !== 32) fail(["ctlogs", i, "logId", "keyId"], "the log id must be 32 bytes of base64");
    return {
      baseUrl: String(log.baseUrl ?? ""),
      logId,
      key,
      validFor: window(pk.validFor, ["ctlogs", i, "publicKey", "validFor"])
    };
  });
  if (authorities.length === 0) fail(["certificateAuthorities"], "the trusted root lists no certificate authority");
  return { file: display, sha256: sha256Hex(bytes), size: bytes.length, authorities, ctlogs };
}

// packages/commits/src/x509.ts
var import_core7 = __toESM(require_dist(), 1);
import { createHash as createHash3, verify as verifySignature } from "node:crypto";
var OID = {
  signedData: "1.2.840.113549.1.7.2",
  data: "1.2.840.113549.1.7.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  extKeyUsage: "2.5.29.37",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  fulcioIssuerV1: "1.3.6.1.4.1.57264.1.1",
  fulcioIssuerV2: "1.3.6.1.4.1.57264.1.8",
  sct: "1.3.6.1.4.1.11129.2.4.2"
};
var DIGESTS = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512"
};
var SIGNATURE_DIGESTS = {
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512"
};
var CmsError = class extends Error {
};
function need(value, what) {
  if (value === void 0) throw new CmsError(what);
  return value;
}
function parseCms(armored) {
  const der = Buffer.from(armored.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, "").replace(/\s+/g, ""), "base64");
  const root = import_core7.ASN1Obj.parseBuffer(der);
  if (root.subs[0]?.toOID() !== OID.signedData) throw new CmsError("not a CMS SignedData");
  const sd = need(root.subs[1]?.subs[0], "no SignedData content");
  const encap = need(sd.subs[2], "no encapsulated content info");
  if (encap.subs[0]?.toOID() !== OID.data) throw new CmsError("the signed content type is not id-data");
  if (encap.subs.length > 1) throw new CmsError("the signature is not detached: it embeds content");
  const certSet = sd.subs.find((s) => s.tag.isContextSpecific(0));
  const certificates = (certSet?.subs ?? []).map((c) => new import_core7.X509Certificate(c));
  const signerInfos = need(sd.subs[sd.subs.length - 1], "no signer infos");
  if (signerInfos.subs.length !== 1) throw new CmsError(`expected one signer, found ${signerInfos.subs.length}`);
  const si = signerInfos.subs[0];
  const sid = need(si.subs[1], "no signer identifier");
  if (sid.tag.isContextSpecific(0)) throw new CmsError("signer identified by key id, not issuer and serial number");
  const serial = need(sid.subs[1], "no signer serial number").value;
  const digestAlgorithm = need(
    DIGESTS[need(si.subs[2]?.subs[0], "no digest algorithm").toOID()],
    "unsupported digest algorithm"
  );
  const signedAttrs = need(si.subs[3], "no signed attributes");
  if (!signedAttrs.tag.isContextSpecific(0)) throw new CmsError("no signed attributes");
  const sigAlgOid = need(si.subs[4]?.subs[0], "no signature algorithm").toOID();
  const signatureDigest = SIGNATURE_DIGESTS[sigAlgOid] ?? digestAlgorithm;
  const signature = need(si.subs[5], "no signature value").value;
  const attributes = /* @__PURE__ */ new Map();
  for (const attr of signedAttrs.subs) attributes.set(attr.subs[0].toOID(), attr.subs[1]?.subs ?? []);
  return { certificates, serial, digestAlgorithm, signedAttrs, signatureDigest, signature, attributes };
}
function fulcioIssuer(cert) {
  const v2 = cert.extension(OID.fulcioIssuerV2);
  if (v2) {
    const inner = import_core7.ASN1Obj.parseBuffer(v2.value);
    return inner.value.toString("utf8");
  }
  return cert.extension(OID.fulcioIssuerV1)?.value.toString("utf8");
}
function certificateIdentity(cert) {
  const san = cert.extSubjectAltName;
  return san?.rfc822Name ?? san?.uri;
}
function verifyChain(leaf, authorities, time) {
  const candidates = authorities.filter((a) => inWindow(a.validFor, time));
  if (candidates.length === 0) return { problem: `no Fulcio CA of the trusted root is valid at ${time.toISOString()}` };
  for (const ca of candidates) {
    const [issuer, ...rest] = ca.chain;
    if (!issuer || !leaf.verify(issuer)) continue;
    const path7 = [issuer, ...rest];
    const linked = path7.every((c, i) => i + 1 < path7.length ? c.verify(path7[i + 1]) : c.verify());
    if (linked && path7.every((c) => c.isCA && c.validForDate(time))) return { ca };
  }
  return { problem: `the certificate does not chain to a Fulcio CA of the trusted root valid at ${time.toISOString()}` };
}
function verifyScts(leaf, issuer, trust) {
  const ext = leaf.extSCT;
  if (!ext || ext.signedCertificateTimestamps.length === 0) {
    return { problem: "the certificate carries no SCT, so nothing shows it was logged in certificate transparency" };
  }
  const precert = leaf.clone();
  const exts = precert.extensions;
  exts.splice(
    exts.findIndex((e) => e.subs[0].toOID() === OID.sct),
    1
  );
  const tbs = precert.tbsCertificate.toDER();
  const length = Buffer.alloc(3);
  length.writeUIntBE(tbs.length, 0, 3);
  const signed = Buffer.concat([createHash3("sha256").update(issuer.publicKey).digest(), length, tbs]);
  const logs = [];
  for (const sct of ext.signedCertificateTimestamps) {
    const log = trust.ctlogs.find((l) => l.logId.equals(sct.logID) && inWindow(l.validFor, sct.datetime));
    if (!log) continue;
    if (!sct.verify(signed, log.key)) return { problem: `the SCT from ${log.baseUrl || "a CT log"} does not verify` };
    logs.push(log.baseUrl || sct.logID.toString("base64"));
  }
  if (logs.length === 0) return { problem: "no SCT of the certificate comes from a CT log of the trusted root" };
  return { logs };
}
function hasCodeSigning(cert) {
  const eku = cert.extension(OID.extKeyUsage);
  if (!eku) return false;
  const seq = import_core7.ASN1Obj.parseBuffer(eku.value);
  return seq.subs.some((s) => s.toOID() === OID.codeSigning);
}
function verifyX509(commit, list, options) {
  let cms;
  try {
    cms = parseCms(commit.signature ?? "");
  } catch (error) {
    return {
      status: "unverifiable",
      detail: `the x509 signature is not a readable CMS signature: ${error.message}`
    };
  }
  const leaf = cms.certificates.find((c) => c.serialNumber.equals(cms.serial));
  if (!leaf) return { status: "unverifiable", detail: "the CMS signature does not include its signing certificate" };
  const identity = certificateIdentity(leaf) ?? "(no email or URI subject alternative name)";
  const issuer = fulcioIssuer(leaf) ?? "(no Fulcio issuer extension)";
  const keyId = `${identity} (${issuer})`;
  const entry = list.x509.find((e) => e.identity === identity && e.issuer === issuer);
  const base = { keyId, ...entry ? { entry } : {} };
  const contentType = cms.attributes.get(OID.contentType)?.[0];
  const digest = cms.attributes.get(OID.messageDigest)?.[0];
  const time = cms.attributes.get(OID.signingTime)?.[0];
  if (!contentType || contentType.toOID() !== OID.data || !digest) {
    return {
      ...base,
      status: "unverifiable",
      detail: "the CMS signed attributes lack the content type or message digest"
    };
  }
  if (!time) {
    return {
      ...base,
      status: "unverifiable",
      detail: "the CMS signature has no signingTime, so the certificate cannot be checked at signing time"
    };
  }
  const signedAt = time.toDate();
  const at2 = { signedAt: signedAt.toISOString() };
  if (!createHash3(cms.digestAlgorithm).update(commit.payload).digest().equals(digest.value)) {
    return {
      ...base,
      ...at2,
      status: "bad-signature",
      detail: `the x509 signature by ${keyId} does not match the commit: the commit was changed after it was signed`
    };
  }
  const signedBytes = Buffer.from(cms.signedAttrs.toDER());
  signedBytes[0] = 49;
  let good = false;
  try {
    good = verifySignature(
      cms.signatureDigest,
      signedBytes,
      { key: Buffer.from(leaf.publicKey), format: "der", type: "spki" },
      cms.signature
    );
  } catch {
    good = false;
  }
  if (!good) {
    return {
      ...base,
      ...at2,
      status: "bad-signature",
      detail: `the CMS signature does not verify with the key of the certificate of ${keyId}`
    };
  }
  if (!options.trust) {
    return {
      ...base,
      ...at2,
      status: "unverifiable",
      detail: `x509 signature by ${keyId}: no Sigstore trusted root was given (input sigstore-trusted-root), so the Fulcio certificate cannot be checked`
    };
  }
  if (!leaf.validForDate(signedAt)) {
    return {
      ...base,
      ...at2,
      status: "untrusted-certificate",
      detail: `signed at ${at2.signedAt}, outside the certificate's validity ${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()}`
    };
  }
  if (!hasCodeSigning(leaf) || leaf.extKeyUsage?.digitalSignature !== true) {
    return {
      ...base,
      ...at2,
      status: "untrusted-certificate",
      detail: "the certificate is not a code-signing certificate (key usage or extended key usage)"
    };
  }
  const chain = verifyChain(leaf, options.trust.authorities, signedAt);
  if ("problem" in chain) return { ...base, ...at2, status: "untrusted-certificate", detail: chain.problem };
  const scts = verifyScts(leaf, chain.ca.chain[0], options.trust);
  if ("problem" in scts) return { ...base, ...at2, status: "untrusted-certificate", detail: scts.problem };
  if (!entry) {
    return {
      ...base,
      ...at2,
      status: "unknown-key",
      detail: `x509 certificate for ${identity} issued by ${issuer}, which the allow-list does not list`
    };
  }
  if (entry.revoked) {
    return {
      ...base,
      ...at2,
      status: "revoked-key",
      detail: `certificate identity ${keyId} is marked revoked in the allow-list`
    };
  }
  const verified = `CMS signature, Fulcio chain (${chain.ca.uri || "trusted root"}) at the signing time ${at2.signedAt} and SCT (${scts.logs.join(", ")}) verified`;
  if (options.requireTransparencyLog) {
    return {
      ...base,
      ...at2,
      status: "unverifiable",
      detail: `x509 signature by ${keyId}: ${verified}, but its Rekor transparency-log entry cannot be verified offline (the commit carries no inclusion proof); set require-transparency-log: false to accept gitsign signatures without it`
    };
  }
  return {
    ...base,
    ...at2,
    status: "good",
    detail: `good x509 signature by ${keyId}: ${verified}; Rekor inclusion not checked (require-transparency-log: false)`
  };
}

// packages/commits/src/event.ts
import { readFile as readFile3 } from "node:fs/promises";
var ZERO_SHA = /^0+$/;
function parseRangeInput(value) {
  if (value.includes("...")) {
    throw new GateError(
      "INPUT_INVALID",
      `input 'range' is '${value}'; use BASE..HEAD (two dots), not a symmetric difference`,
      {
        field: "range"
      }
    );
  }
  const m = /^([^.\s]\S*?)\.\.([^.\s]\S*)$/.exec(value);
  if (!m) {
    throw new GateError(
      "INPUT_INVALID",
      `input 'range' is '${value}'; expected BASE..HEAD, such as origin/main..HEAD`,
      {
        field: "range"
      }
    );
  }
  return { kind: "range", base: m[1], head: m[2], origin: `input range ${value}` };
}
async function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME;
  const file = env.GITHUB_EVENT_PATH;
  if (!name) return void 0;
  if (!file) {
    throw new GateError("INPUT_MISSING", `GITHUB_EVENT_NAME is '${name}' but GITHUB_EVENT_PATH is not set`, {
      field: "GITHUB_EVENT_PATH"
    });
  }
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    throw toGateError(error, file);
  }
  const parsed = parseConfigText(text, file);
  if (typeof parsed.value !== "object" || parsed.value === null) {
    throw new GateError("PARSE_ERROR", "the event payload is not a JSON object", { file });
  }
  return { name, path: file, payload: parsed.value, locate: parsed.locate };
}
function field(event, segments) {
  let v = event.payload;
  for (const s of segments) v = v && typeof v === "object" ? v[s] : void 0;
  if (typeof v !== "string" || v === "") {
    const pos = event.locate(segments);
    throw new GateError("SCHEMA_VIOLATION", `the ${event.name} event payload has no ${segments.join(".")}`, {
      file: event.path,
      field: segments.join("."),
      ...pos ? { line: pos.line } : {}
    });
  }
  return v;
}
function optionalField(event, segments) {
  let v = event.payload;
  for (const s of segments) v = v && typeof v === "object" ? v[s] : void 0;
  return typeof v === "string" && v !== "" ? v : void 0;
}
function fromPush(event) {
  const ref = field(event, ["ref"]);
  const after = field(event, ["after"]);
  const before = field(event, ["before"]);
  if (event.payload.deleted === true || ZERO_SHA.test(after)) {
    throw new GateError("EMPTY_INPUT", `the push deleted ${ref}: there is no commit to verify`, {
      file: event.path,
      field: "after",
      hint: "Run the gate only on pushes that add commits (on: push with branches, or if: github.event.deleted == false)"
    });
  }
  if (ref.startsWith("refs/tags/")) {
    return { kind: "commits", revs: [after], origin: `push of tag ${ref.slice(10)} (the tagged commit)` };
  }
  const branch = ref.replace(/^refs\/heads\//, "");
  if (ZERO_SHA.test(before)) {
    const defaultBranch = optionalField(event, ["repository", "default_branch"]);
    return {
      kind: "new-branch",
      head: after,
      branch,
      ...defaultBranch ? { defaultBranch } : {},
      origin: `push creating branch ${branch} (commits on no other branch or tag)`,
      push: true
    };
  }
  const forced = event.payload.forced === true;
  return {
    kind: "range",
    base: before,
    head: after,
    forced,
    push: true,
    origin: `${forced ? "force push" : "push"} to ${branch} (before..after)`
  };
}
function rangeFromEvent(event) {
  switch (event.name) {
    case "push":
      return fromPush(event);
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review":
    case "pull_request_review_comment": {
      const base = field(event, ["pull_request", "base", "sha"]);
      const head = field(event, ["pull_request", "head", "sha"]);
      const n = event.payload.pull_request.number;
      return { kind: "range", base, head, origin: `${event.name} #${String(n ?? "?")} (base..head)` };
    }
    case "merge_group": {
      const base = field(event, ["merge_group", "base_sha"]);
      const head = field(event, ["merge_group", "head_sha"]);
      return { kind: "range", base, head, origin: "merge_group (base_sha..head_sha)" };
    }
    default:
      throw new GateError(
        "INPUT_MISSING",
        `the ${event.name} event carries no commit range; set input 'range' (BASE..HEAD) or 'commits'`,
        {
          field: "range"
        }
      );
  }
}
async function resolveRangeSpec(inputs, env) {
  if (inputs.range !== void 0 && inputs.commits.length > 0) {
    throw new GateError("INPUT_CONFLICT", "inputs 'range' and 'commits' exclude each other; give one", {
      field: "commits"
    });
  }
  if (inputs.commits.length > 0) return { kind: "commits", revs: inputs.commits, origin: "input commits" };
  if (inputs.range !== void 0) return parseRangeInput(inputs.range);
  const event = await readEvent(env);
  if (!event) {
    throw new GateError(
      "INPUT_MISSING",
      "no range to verify: set input 'range' (BASE..HEAD) or 'commits', or run in a workflow",
      {
        field: "range"
      }
    );
  }
  return rangeFromEvent(event);
}

// packages/commits/src/gitrange.ts
import { readFile as readFile4 } from "node:fs/promises";
import * as path3 from "node:path";
var FIX_CHECKOUT = "Check out the full history (actions/checkout with fetch-depth: 0), or set fetch-missing: true";
async function isShallow(git) {
  return (await git.text(["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function shallowCommits(git) {
  const file = (await git.text(["rev-parse", "--git-path", "shallow"])).trim();
  const text = await readFile4(path3.resolve(git.dir, file), "utf8").catch(() => "");
  return new Set(text.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}
async function fetch2(git, remote, args) {
  const r = await git.run(["fetch", "--no-tags", "--no-write-fetch-head", "--quiet", ...args, remote]);
  if (r.code !== 0) {
    throw new GateError("TOOL_FAILED", `git fetch from ${remote} failed: ${firstLines(r.stderr)}`, {
      hint: FIX_CHECKOUT
    });
  }
}
async function need2(git, rev, role, options, shallow) {
  const found = await git.resolveCommit(rev);
  if (found) return found;
  if (options.fetchMissing && /^[0-9a-f]{7,64}$/i.test(rev)) {
    const r = await git.run(["fetch", "--no-tags", "--no-write-fetch-head", "--quiet", options.remote, rev]);
    if (r.code === 0) {
      const fetched = await git.resolveCommit(rev);
      if (fetched) return fetched;
    }
  }
  throw new GateError(
    "COMMIT_MISSING",
    `commit ${rev} (${role}) is not in the repository at ${git.dir}${shallow ? ", a shallow clone" : ""}${options.fetchMissing ? `, and fetching it from ${options.remote} did not bring it` : ""}`,
    { field: role.startsWith("input") ? role.replace(/^input /, "") : "range", hint: FIX_CHECKOUT }
  );
}
async function revList(git, stdin) {
  const out = await git.text(["rev-list", "--reverse", "--topo-order", "--stdin"], stdin.join("\n") + "\n");
  return out.split("\n").filter((l) => l !== "");
}
async function walk(git, spec, options, shallow) {
  if (spec.kind === "commits") {
    const shas = [];
    for (const rev of spec.revs) shas.push(await need2(git, rev, "input commits", options, shallow));
    return { shas: [...new Set(shas)], notes: [] };
  }
  if (spec.kind === "range") {
    const head2 = await need2(git, spec.head, "the head of the range", options, shallow);
    const base = await need2(git, spec.base, "the base of the range", options, shallow);
    return { shas: await revList(git, [head2, `^${base}`]), notes: [], base, head: head2 };
  }
  const head = await need2(git, spec.head, "the new branch head", options, shallow);
  const refs = await git.text(["for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes", "refs/tags"]);
  const own = (ref) => ref === `refs/heads/${spec.branch}` || ref.startsWith("refs/remotes/") && ref.split("/").slice(3).join("/") === spec.branch;
  const others = refs.split("\n").filter((r) => r !== "" && !own(r) && !r.endsWith("/HEAD"));
  const tips = [];
  for (const ref of others) {
    const sha = await git.resolveCommit(ref);
    if (sha) tips.push(`^${sha}`);
  }
  const notes = [
    others.length === 0 ? "no other branch or tag is in the checkout, so every commit of the branch is verified" : `commits of ${spec.branch} on none of ${others.length} other branch(es) and tag(s)`
  ];
  return { shas: await revList(git, [head, ...tips]), notes, head };
}
async function listCommits(git, spec, options) {
  const inside = await git.run(["rev-parse", "--git-dir"]);
  if (inside.code !== 0) {
    throw new GateError("INPUT_INVALID", `${git.dir} is not a git repository: ${firstLines(inside.stderr, 1)}`, {
      field: "repository-path",
      hint: "Check the repository out first (actions/checkout with fetch-depth: 0)"
    });
  }
  let shallow = await isShallow(git);
  let listing = await walk(git, spec, options, shallow);
  if (shallow && spec.kind !== "commits") {
    const boundary = await shallowCommits(git);
    const cut = listing.shas.filter((s) => boundary.has(s));
    if (cut.length > 0) {
      if (!options.fetchMissing) {
        throw new GateError(
          "SHALLOW_CHECKOUT",
          `the checkout at ${git.dir} is shallow and its history ends inside the range (at ${cut[0].slice(0, 12)}), so some commits of the range are missing`,
          { field: "range", hint: FIX_CHECKOUT }
        );
      }
      await fetch2(git, options.remote, ["--unshallow"]);
      shallow = await isShallow(git);
      listing = await walk(git, spec, options, shallow);
      listing.notes.push(`the shallow checkout was deepened from ${options.remote} (fetch-missing)`);
    }
  }
  if (listing.shas.length === 0 && listing.head && options.emptyMeansHead) {
    listing.shas = [listing.head];
    listing.notes.push("the push adds no commit of its own, so the commit the branch now points to is verified");
  }
  if (listing.shas.length === 0) {
    throw new GateError("EMPTY_INPUT", `${spec.origin} holds no commit: an empty range is never a pass`, {
      field: "range",
      hint: "Check the range: BASE must not contain HEAD"
    });
  }
  if (listing.shas.length > options.maxCommits) {
    throw new GateError(
      "INPUT_INVALID",
      `${spec.origin} holds ${listing.shas.length} commits, more than max-commits (${options.maxCommits})`,
      { field: "max-commits", hint: "Raise max-commits, or give a narrower range" }
    );
  }
  return listing;
}

// packages/commits/src/github.ts
var PER_PAGE = 100;
var MAX_PAGES = 1e3;
var REQUEST_TIMEOUT_MS = 3e4;
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
function identityOf(p) {
  return { name: p?.name ?? "", email: p?.email ?? "", date: p?.date ?? "" };
}
function toApiCommit(item, url) {
  const v = item.commit?.verification;
  if (typeof item.sha !== "string" || !/^[0-9a-f]{40}$/.test(item.sha) || !v || typeof v.verified !== "boolean") {
    throw new GateError("PARSE_ERROR", `GitHub returned a commit without sha or verification object from ${url}`, {
      field: "commits[].commit.verification"
    });
  }
  const verification = {
    verified: v.verified,
    reason: typeof v.reason === "string" ? v.reason : "unknown",
    signature: typeof v.signature === "string" ? v.signature : null,
    payload: typeof v.payload === "string" ? v.payload : null
  };
  if (typeof v.verified_at === "string") verification.verifiedAt = v.verified_at;
  return {
    sha: item.sha,
    author: identityOf(item.commit?.author),
    committer: identityOf(item.commit?.committer),
    subject: (item.commit?.message ?? "").split("\n", 1)[0] ?? "",
    verification
  };
}
var GitHubClient = class {
  constructor(source, ctx) {
    this.source = source;
    this.ctx = ctx;
  }
  source;
  ctx;
  url(pathAndQuery) {
    return `${this.source.apiUrl.replace(/\/+$/, "")}/repos/${this.source.repository}${pathAndQuery}`;
  }
  /** GETs a URL and returns the JSON and the next page's URL. */
  async get(url) {
    let response;
    try {
      response = await fetch(url, {
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${this.source.token}`,
          "x-github-api-version": "2022-11-28",
          "user-agent": "ai-act-gates"
        },
        signal: AbortSignal.any([this.ctx.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
      });
    } catch (error) {
      this.ctx.recordResource({ kind: "github-api", uri: url, method: "GET", status: "network-error" });
      throw new GateError("NETWORK", `GET ${url} failed: ${error.message}`, { cause: error });
    }
    this.ctx.recordResource({ kind: "github-api", uri: url, method: "GET", status: String(response.status) });
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 200);
      try {
        message = String(JSON.parse(text).message ?? message);
      } catch {
      }
      const hint = response.status === 401 ? "The github-token is missing or invalid" : response.status === 403 || response.status === 404 ? `Give the token read access to ${this.source.repository} (permissions: contents: read), and check the repository name` : void 0;
      throw new GateError("NETWORK", `GET ${url} returned ${response.status}: ${message}`, hint ? { hint } : {});
    }
    try {
      return { json: JSON.parse(text), next: nextLink(response.headers.get("link")) };
    } catch (error) {
      throw new GateError("PARSE_ERROR", `GET ${url} did not return JSON`, { cause: error });
    }
  }
  /** Follows the Link headers from `first`, collecting `pick(json)` of every page. */
  async paginate(first, pick) {
    const items = [];
    const pages = [];
    let url = first;
    for (let page = 0; url !== void 0; page++) {
      if (page >= MAX_PAGES) throw new GateError("INPUT_INVALID", `more than ${MAX_PAGES} pages from ${first}`);
      const { json, next } = await this.get(url);
      items.push(...pick(json, url));
      pages.push(json);
      url = next;
    }
    return { items, pages };
  }
  /** Commits reachable from head and not from base, every page, checked against total_commits. */
  async compare(base, head) {
    const first = this.url(
      `/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}?per_page=${PER_PAGE}&page=1`
    );
    const { items, pages } = await this.paginate(first, (json, url) => {
      const commits = json.commits;
      if (!Array.isArray(commits)) throw new GateError("PARSE_ERROR", `GET ${url} returned no commits array`);
      return commits.map((c) => toApiCommit(c, url));
    });
    const total = pages[0].total_commits;
    if (typeof total !== "number" || total !== items.length) {
      throw new GateError(
        "INPUT_INVALID",
        `GitHub's comparison ${base}...${head} reports total_commits ${String(total)} but its pages listed ${items.length}; refusing a partial range`
      );
    }
    return items;
  }
  /** One commit. */
  async commit(rev) {
    const url = this.url(`/commits/${encodeURIComponent(rev)}`);
    return toApiCommit((await this.get(url)).json, url);
  }
  /** Every commit reachable from `head`, oldest first. */
  async history(head) {
    const first = this.url(`/commits?sha=${encodeURIComponent(head)}&per_page=${PER_PAGE}`);
    const { items } = await this.paginate(first, (json, url) => {
      if (!Array.isArray(json)) throw new GateError("PARSE_ERROR", `GET ${url} did not return a list of commits`);
      return json.map((c) => toApiCommit(c, url));
    });
    return items.reverse();
  }
};
async function listApiCommits(client, spec, emptyMeansHead) {
  const notes = [];
  let commits;
  if (spec.kind === "commits") {
    commits = [];
    for (const rev of spec.revs) commits.push(await client.commit(rev));
  } else if (spec.kind === "range") {
    commits = await client.compare(spec.base, spec.head);
  } else if (spec.defaultBranch && spec.defaultBranch !== spec.branch) {
    commits = await client.compare(spec.defaultBranch, spec.head);
    notes.push(`commits of ${spec.branch} not on the default branch ${spec.defaultBranch}`);
  } else {
    commits = await client.history(spec.head);
    notes.push(`the whole history of ${spec.branch}, as the payload names no other default branch`);
  }
  if (commits.length === 0 && emptyMeansHead && spec.kind !== "commits") {
    commits = [await client.commit(spec.head)];
    notes.push("the push adds no commit of its own, so the commit the branch now points to is verified");
  }
  return { commits, notes };
}

// packages/commits/src/signatures.ts
async function signatureHeaderOf(git) {
  const format = (await git.text(["rev-parse", "--show-object-format"])).trim();
  return format === "sha256" ? "gpgsig-sha256" : "gpgsig";
}
async function readCommits(git, shas) {
  if (shas.length === 0) return [];
  const header = await signatureHeaderOf(git);
  const r = await git.run(["cat-file", "--batch"], shas.join("\n") + "\n");
  if (r.code !== 0) throw new GateError("TOOL_FAILED", `git cat-file failed: ${r.stderr.trim()}`);
  const out = r.stdout;
  const commits = [];
  let pos = 0;
  for (const sha of shas) {
    const nl = out.indexOf(10, pos);
    const line = out.subarray(pos, nl).toString("utf8");
    const [id, type, size] = line.split(" ");
    if (type !== "commit" || id !== sha) {
      throw new GateError("COMMIT_MISSING", `object ${sha} is not a commit in the repository at ${git.dir} (${line})`);
    }
    const start = nl + 1;
    const end = start + Number(size);
    commits.push(parseCommit(sha, out.subarray(start, end), header));
    pos = end + 1;
  }
  return commits;
}
async function checkSignatures(git, store, commits, list, x509) {
  const viaGit = commits.filter((c) => c.signatureType === "openpgp" || c.signatureType === "ssh").map((c) => c.sha);
  const fields = await gitSignatureFields(git, store, viaGit);
  const checks = /* @__PURE__ */ new Map();
  for (const c of commits) {
    if (c.signature === void 0) {
      checks.set(c.sha, { status: "unsigned", detail: "the commit carries no signature" });
      continue;
    }
    if (c.signatureType === "x509") {
      checks.set(c.sha, verifyX509(c, list, x509));
      continue;
    }
    if (c.signatureType === "unknown") {
      checks.set(c.sha, {
        status: "unsupported-signature",
        detail: "the commit carries a signature of a kind git does not know"
      });
      continue;
    }
    const f = fields.get(c.sha);
    if (!f) {
      checks.set(c.sha, { status: "unverifiable", detail: "git printed no verification result for this commit" });
      continue;
    }
    checks.set(c.sha, c.signatureType === "openpgp" ? classifyOpenPgp(f, list) : classifySsh(f, c, list));
  }
  return checks;
}

// packages/commits/src/sources.ts
import { mkdtemp as mkdtemp2, rm as rm2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import * as path4 from "node:path";
async function fromGit(git, spec, options, store, list, x509) {
  const listing = await listCommits(git, spec, options);
  const commits = await readCommits(git, listing.shas);
  const checks = await checkSignatures(git, store, commits, list, x509);
  return {
    checked: commits.map((c) => ({ commit: c, check: checks.get(c.sha) })),
    notes: listing.notes,
    ...listing.base ? { base: listing.base } : {},
    ...listing.head ? { head: listing.head } : {}
  };
}
async function fromGitHub(client, spec, options, store, list, x509, record) {
  const { commits, notes } = await listApiCommits(client, spec, options.emptyMeansHead);
  if (commits.length > options.maxCommits) {
    throw new GateError(
      "INPUT_INVALID",
      `${spec.origin} holds ${commits.length} commits, more than max-commits (${options.maxCommits})`,
      {
        field: "max-commits",
        hint: "Raise max-commits, or give a narrower range"
      }
    );
  }
  const dir = await mkdtemp2(path4.join(tmpdir2(), "aag-api-objects-"));
  try {
    const git = new Git(dir, { record });
    await git.text(["init", "--bare", "--quiet", "--object-format=sha1"]);
    const rebuilt = [];
    const early = /* @__PURE__ */ new Map();
    for (const c of commits) {
      const { signature, payload, reason } = c.verification;
      if (signature === null || payload === null) {
        early.set(
          c.sha,
          reason === "unsigned" ? { status: "unsigned", detail: "the commit carries no signature (GitHub: unsigned)" } : {
            status: "unverifiable",
            detail: `GitHub returned no signature and payload for this commit (reason: ${reason})`
          }
        );
        continue;
      }
      const raw = rebuildSignedCommit(c.sha, payload, signature);
      if (!raw) {
        early.set(c.sha, {
          status: "unverifiable",
          detail: "the signature and payload GitHub returned do not rebuild a commit object with this id, so they cannot be trusted"
        });
        continue;
      }
      const written = (await git.text(["hash-object", "-t", "commit", "-w", "--stdin"], raw)).trim();
      if (written !== c.sha) throw new GateError("INTERNAL", `rebuilt commit ${c.sha} was stored as ${written}`);
      rebuilt.push(parseCommit(c.sha, raw));
    }
    const checks = await checkSignatures(git, store, rebuilt, list, x509);
    const byId = new Map(rebuilt.map((r) => [r.sha, r]));
    return {
      checked: commits.map((c) => {
        const r = byId.get(c.sha);
        const github = { verified: c.verification.verified, reason: c.verification.reason };
        if (c.verification.verifiedAt) github.verifiedAt = c.verification.verifiedAt;
        return {
          commit: r ?? {
            sha: c.sha,
            subject: c.subject,
            author: c.author,
            committer: c.committer,
            signatureType: c.verification.signature === null ? void 0 : signatureTypeOf(c.verification.signature)
          },
          check: early.get(c.sha) ?? checks.get(c.sha),
          github
        };
      }),
      notes,
      ...spec.kind === "range" ? { base: spec.base, head: spec.head } : spec.kind === "new-branch" ? { head: spec.head } : {}
    };
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}

// packages/commits/src/gate.ts
import * as path6 from "node:path";

// packages/commits/src/bundle.ts
import { mkdtemp as mkdtemp3, rm as rm3, stat } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import * as path5 from "node:path";
async function isFile(p) {
  return (await stat(p)).isFile();
}
async function openRepository(repositoryPath, display, options = {}) {
  if (!await isFile(repositoryPath)) return { dir: repositoryPath, close: async () => void 0 };
  const env = { ...options.env ?? process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
  const run2 = async (args, cwd) => {
    const r = await runProcess("git", args, { cwd, env, ...options.signal ? { signal: options.signal } : {} });
    options.record?.(`git ${args[0]} ${args[1] ?? ""}`.trim(), r.code);
    return r;
  };
  const dir = await mkdtemp3(path5.join(tmpdir3(), "aag-bundle-"));
  const repo = path5.join(dir, "repo.git");
  try {
    const init = await run2(["init", "--bare", "--quiet", repo], dir);
    if (init.code !== 0) throw new GateError("TOOL_FAILED", `git init failed: ${init.stderr.trim()}`);
    const verify = await run2(["bundle", "verify", "--quiet", repositoryPath], repo);
    if (verify.code !== 0) {
      throw new GateError("PARSE_ERROR", `not a git bundle git can read: ${verify.stderr.trim().split("\n")[0]}`, {
        file: display,
        field: "repository-path"
      });
    }
    const fetch3 = await run2(["fetch", "--quiet", "--no-tags", repositoryPath, "refs/*:refs/*"], repo);
    if (fetch3.code !== 0) {
      throw new GateError("TOOL_FAILED", `git could not read the bundle: ${fetch3.stderr.trim()}`, {
        file: display,
        field: "repository-path"
      });
    }
  } catch (error) {
    await rm3(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir: repo,
    bundle: display,
    close: () => rm3(dir, { recursive: true, force: true })
  };
}

// packages/commits/src/gate.ts
var COMMIT_ARTICLES = ["Art.15(5)", "Art.17(1)(b)"];
var DEFAULT_MAX_COMMITS = 1e4;
async function parseInputs(raw, ctx) {
  const source = raw.oneOf("source", ["git", "github-api"], "git");
  const files = raw.lines("allowed-signers");
  if (files.length === 0) {
    throw new GateError("INPUT_MISSING", "input 'allowed-signers' is required: the allow-list of who may sign", {
      field: "allowed-signers"
    });
  }
  const allowedSigners = [];
  for (const f of files)
    allowedSigners.push(await resolveInside(ctx.workspace, f, { field: "allowed-signers", mustExist: true }));
  const trustedRootInput = raw.optional("sigstore-trusted-root");
  const policy = {
    allowPlatformSigned: raw.boolean("allow-platform-signed", false),
    signerMustBeCommitter: raw.boolean("signer-must-be-committer", false),
    requireGitHubVerified: raw.boolean("require-github-verified", false)
  };
  const fetchMissing = raw.boolean("fetch-missing", false);
  if (source === "git" && policy.requireGitHubVerified) {
    throw new GateError("INPUT_CONFLICT", "input 'require-github-verified' needs source: github-api", {
      field: "require-github-verified"
    });
  }
  if (source === "github-api" && fetchMissing) {
    throw new GateError("INPUT_CONFLICT", "input 'fetch-missing' applies to source: git only", {
      field: "fetch-missing"
    });
  }
  const inputs = {
    commits: raw.list("commits"),
    allowedSigners,
    source,
    repositoryPath: await resolveInside(ctx.workspace, raw.optional("repository-path") ?? ".", {
      field: "repository-path",
      mustExist: source === "git"
    }),
    policy,
    requireTransparencyLog: raw.boolean("require-transparency-log", true),
    fetchMissing,
    remote: remoteName(raw.optional("remote") ?? "origin"),
    maxCommits: raw.integer("max-commits", { min: 1, fallback: DEFAULT_MAX_COMMITS })
  };
  const range = raw.optional("range");
  if (range !== void 0) inputs.range = range;
  if (trustedRootInput !== void 0) {
    inputs.trustedRoot = await resolveInside(ctx.workspace, trustedRootInput, {
      field: "sigstore-trusted-root",
      mustExist: true
    });
  }
  if (source === "github-api") {
    const repository = raw.optional("repository") ?? ctx.env.GITHUB_REPOSITORY;
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw new GateError(
        "INPUT_MISSING",
        `input 'repository' must be owner/name with source github-api, not '${repository ?? ""}'`,
        {
          field: "repository"
        }
      );
    }
    inputs.github = {
      token: raw.required("github-token", "with source github-api"),
      repository,
      apiUrl: raw.optional("github-api-url") ?? ctx.env.GITHUB_API_URL ?? "https://api.github.com"
    };
  }
  return inputs;
}
function remoteName(value) {
  if (value.startsWith("-") || /\s/.test(value)) {
    throw new GateError("INPUT_INVALID", `input 'remote' is '${value}'; give a remote name such as origin`, {
      field: "remote"
    });
  }
  return value;
}
function shortTitle(v) {
  const subject = v.subject.length > 72 ? `${v.subject.slice(0, 71)}…` : v.subject;
  return `${v.sha.slice(0, 12)} ${subject || "(no message)"}`.trim();
}
function commitCheck(v) {
  return makeCheck(
    `commit-${v.sha}`,
    shortTitle(v),
    COMMIT_ARTICLES,
    v.pass ? "pass" : "fail",
    `${v.verdict}: ${v.reason}`,
    {
      locations: [{ commit: v.sha }],
      evidence: { ...v }
    }
  );
}
function listCheck(spec, result, source, count) {
  const ends = result.base ? ` ${result.base.slice(0, 12)}..${(result.head ?? "").slice(0, 12)}` : "";
  const notes = result.notes.length > 0 ? `; ${result.notes.join("; ")}` : "";
  return makeCheck(
    "commits-listed",
    "Commits to verify",
    COMMIT_ARTICLES,
    "pass",
    `${count} commit(s) from ${spec.origin}${ends} via ${source}${notes}`,
    {
      evidence: {
        origin: spec.origin,
        source,
        ...result.base ? { base: result.base } : {},
        ...result.head ? { head: result.head } : {},
        ...spec.kind === "range" && spec.forced !== void 0 ? { forced: spec.forced } : {},
        notes: result.notes
      }
    }
  );
}
async function run(inputs, ctx) {
  const spec = await resolveRangeSpec(
    { ...inputs.range ? { range: inputs.range } : {}, commits: inputs.commits },
    ctx.env
  );
  const list = await loadAllowList(inputs.allowedSigners, ctx.workspace);
  let trust;
  if (inputs.trustedRoot) {
    trust = await loadTrustedRoot(
      inputs.trustedRoot,
      path6.relative(ctx.workspace, inputs.trustedRoot).split(path6.sep).join("/")
    );
  }
  const x509 = { trust, requireTransparencyLog: inputs.requireTransparencyLog };
  const record = (command, code) => ctx.recordResource({ kind: "process", uri: command, status: String(code) });
  const emptyMeansHead = spec.kind !== "commits" && spec.push === true;
  const store = await createTrustStore(list);
  let result;
  try {
    if (inputs.source === "git") {
      const display = path6.relative(ctx.workspace, inputs.repositoryPath).split(path6.sep).join("/") || ".";
      const repo = await openRepository(inputs.repositoryPath, display, { env: ctx.env, signal: ctx.signal, record });
      try {
        const git = new Git(repo.dir, { env: ctx.env, signal: ctx.signal, record });
        result = await fromGit(git, spec, { ...inputs, emptyMeansHead }, store, list, x509);
        if (repo.bundle) result.notes.push(`read from the git bundle ${repo.bundle}`);
      } finally {
        await repo.close();
      }
    } else {
      const client = new GitHubClient(inputs.github, ctx);
      result = await fromGitHub(
        client,
        spec,
        { emptyMeansHead, maxCommits: inputs.maxCommits },
        store,
        list,
        x509,
        record
      );
    }
  } finally {
    await store.dispose();
  }
  if (result.checked.length === 0)
    throw new GateError("EMPTY_INPUT", `${spec.origin} holds no commit: an empty range is never a pass`);
  const verdicts = result.checked.map(
    (c) => decide({ ...c.commit, signatureType: c.commit.signatureType ?? "none" }, c.check, inputs.policy, c.github)
  );
  const failed = verdicts.filter((v) => !v.pass);
  const evidence = [...list.files];
  if (trust)
    evidence.push({
      path: trust.file,
      sha256: trust.sha256,
      size: trust.size,
      role: "input",
      category: "sigstore-trusted-root"
    });
  const count = (pred) => verdicts.filter(pred).length;
  const shas = (pred) => verdicts.filter(pred).map((v) => v.sha).join("\n");
  return {
    subject: {
      ...ctx.run.repository ? { repository: ctx.run.repository } : inputs.github ? { repository: inputs.github.repository } : {},
      range: spec.origin,
      ...result.base ? { base: result.base } : {},
      ...result.head ? { head: result.head } : {},
      source: inputs.source,
      commits: verdicts.length
    },
    checks: [listCheck(spec, result, inputs.source, verdicts.length), ...verdicts.map(commitCheck)],
    evidence,
    metrics: {
      commits: verdicts.length,
      verified: count((v) => v.verdict === "verified" && v.pass),
      platformSigned: count((v) => v.verdict === "platform-signed"),
      unsigned: count((v) => v.verdict === "unsigned"),
      failed: failed.length
    },
    outputs: {
      "commit-count": String(verdicts.length),
      "failed-count": String(failed.length),
      "failed-commits": failed.map((v) => v.sha).join("\n"),
      "unsigned-commits": shas((v) => v.verdict === "unsigned"),
      "platform-signed-commits": shas((v) => v.verdict === "platform-signed"),
      signers: [...new Set(verdicts.filter((v) => v.pass && v.signer).map((v) => v.signer.name))].join("\n")
    }
  };
}
var signedCommitsGate = {
  name: "verify-signed-commits",
  parseInputs,
  run
};
export {
  signedCommitsGate as gate
};
