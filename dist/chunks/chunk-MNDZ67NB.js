import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);

// packages/core/src/errors.ts
var GateError = class extends Error {
  /** Machine-readable code, for tests and for the GateResult. */
  code;
  /** The message without its location prefix. */
  detail;
  /** Where the problem is. */
  location;
  /** How to fix it, when known. */
  hint;
  constructor(code, detail, options = {}) {
    const { cause, hint, ...location } = options;
    super(formatMessage(detail, location, hint), cause === void 0 ? void 0 : { cause });
    this.name = "GateError";
    this.code = code;
    this.detail = detail;
    this.location = location;
    if (hint !== void 0) this.hint = hint;
  }
};
function formatMessage(detail, location, hint) {
  let where = "";
  if (location.file !== void 0) {
    where = location.file;
    if (location.line !== void 0) {
      where += `:${location.line}`;
      if (location.column !== void 0) where += `:${location.column}`;
    }
  }
  const parts = [where, location.field ?? ""].filter((p) => p !== "");
  const prefix = parts.length > 0 ? `${parts.join(": ")}: ` : "";
  return hint ? `${prefix}${detail}. ${hint}` : `${prefix}${detail}`;
}
function isGateError(value, code) {
  return value instanceof GateError && (code === void 0 || value.code === code);
}
function toGateError(error, file) {
  if (error instanceof GateError) return error;
  const err = error;
  const target = file ?? err?.path;
  const loc = target === void 0 ? {} : { file: target };
  switch (err?.code) {
    case "ENOENT":
      return new GateError("FILE_NOT_FOUND", "no such file or directory", { ...loc, cause: error });
    case "EACCES":
    case "EPERM":
      return new GateError("FILE_UNREADABLE", "permission denied", { ...loc, cause: error });
    case "EISDIR":
      return new GateError("FILE_UNREADABLE", "is a directory, expected a file", {
        ...loc,
        cause: error
      });
    case "EEXIST":
      return new GateError("FILE_EXISTS", "already exists and will not be overwritten", {
        ...loc,
        cause: error
      });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new GateError("INTERNAL", message, { ...loc, cause: error });
}

// packages/core/src/result.ts
function deriveStatus(checks) {
  if (checks.length === 0) return "error";
  if (checks.some((c) => c.status === "error")) return "error";
  if (checks.every((c) => c.status === "skipped")) return "error";
  if (checks.some((c) => c.status === "fail" || c.status === "unknown")) return "fail";
  return "pass";
}
function makeCheck(id, title, articles, status, message, extra = {}) {
  const check = { id, title, articles, status, message };
  if (extra.locations && extra.locations.length > 0) check.locations = extra.locations;
  if (extra.evidence && Object.keys(extra.evidence).length > 0) check.evidence = extra.evidence;
  return check;
}
function countChecks(checks) {
  const counts = { pass: 0, fail: 0, error: 0, skipped: 0, unknown: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

// packages/core/src/context.ts
var ENV_FIELDS = [
  ["repository", "GITHUB_REPOSITORY"],
  ["runId", "GITHUB_RUN_ID"],
  ["runAttempt", "GITHUB_RUN_ATTEMPT"],
  ["workflow", "GITHUB_WORKFLOW"],
  ["workflowRef", "GITHUB_WORKFLOW_REF"],
  ["job", "GITHUB_JOB"],
  ["step", "GITHUB_ACTION"],
  ["event", "GITHUB_EVENT_NAME"],
  ["sha", "GITHUB_SHA"],
  ["ref", "GITHUB_REF"],
  ["actor", "GITHUB_ACTOR"],
  ["serverUrl", "GITHUB_SERVER_URL"]
];
function readRunContext(env) {
  const ctx = { provider: env.GITHUB_ACTIONS === "true" ? "github-actions" : "local" };
  for (const [field, name] of ENV_FIELDS) {
    const value = env[name];
    if (value !== void 0 && value !== "") ctx[field] = value;
  }
  return ctx;
}

// packages/core/src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "ai-act-gates";
var TOOL_URI = "https://github.com/ai-act-gates/ai-act-gates";

// packages/canonical-json/src/numbers.ts
var PYTHON_MAX_INT_DIGITS = 4300;
function shortestDigits(x) {
  const text = String(Math.abs(x));
  const e = text.indexOf("e");
  const mantissa = e === -1 ? text : text.slice(0, e);
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot === -1 ? "" : mantissa.slice(dot + 1);
  let digits = intPart + fracPart;
  let decpt = intPart.length + exponent;
  const lead = digits.search(/[1-9]/);
  digits = digits.slice(lead);
  decpt -= lead;
  digits = digits.replace(/0+$/, "");
  return { digits, decpt };
}
function pythonFloatRepr(x) {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits, decpt } = shortestDigits(x);
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const mantissa = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const exp = decpt - 1;
  return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
}
function pythonNumber(n) {
  const lexeme = n.lexeme;
  if (n.isInteger) {
    const digitCount = lexeme.length - (lexeme.startsWith("-") ? 1 : 0);
    if (digitCount > PYTHON_MAX_INT_DIGITS) {
      throw new GateError(
        "UNSUPPORTED",
        `integer with ${digitCount} digits exceeds Python's ${PYTHON_MAX_INT_DIGITS}-digit conversion limit; json.loads rejects it`
      );
    }
    return BigInt(lexeme).toString();
  }
  if (lexeme === "NaN" || lexeme === "Infinity" || lexeme === "-Infinity") return lexeme;
  return pythonFloatRepr(Number(lexeme));
}
function jcsNumber(n) {
  const x = Number(n.lexeme);
  if (!Number.isFinite(x)) {
    throw new GateError("UNSUPPORTED", `${n.lexeme} cannot be canonicalized: RFC 8785 allows only finite numbers`);
  }
  return String(x);
}
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
function plainDecimal(buf, s, e) {
  let i = s;
  const negative = buf[i] === 45;
  if (negative) i++;
  let digits = 0;
  let value = 0;
  let fraction = -1;
  for (; i < e; i++) {
    const b = buf[i];
    if (b >= 48 && b <= 57) {
      value = value * 10 + (b - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (b === 46 && fraction < 0 && digits > 0) fraction = 0;
    else return void 0;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return void 0;
  const v = fraction > 0 ? value / POWERS_OF_TEN[fraction] : value;
  return negative ? -v : v;
}

// packages/canonical-json/src/value.ts
var JsonNumber = class {
  /** The number exactly as written in the source. */
  lexeme;
  constructor(lexeme) {
    this.lexeme = lexeme;
  }
  /** True for a lexeme without fraction or exponent, which Python reads as an int. */
  get isInteger() {
    return /^-?\d+$/.test(this.lexeme);
  }
  /** The nearest IEEE-754 double (lossy beyond 2^53, as JavaScript numbers are). */
  toNumber() {
    return Number(this.lexeme);
  }
};
function toPlain(value) {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof JsonNumber) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  const out = {};
  for (const [k, v] of value) {
    Object.defineProperty(out, k, { value: toPlain(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// packages/canonical-json/src/parse.ts
var DEFAULT_MAX_DEPTH = 1e3;
var NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var Parser = class {
  constructor(text, options) {
    this.text = text;
    this.options = options;
  }
  text;
  options;
  pos = 0;
  depth = 0;
  parseDocument() {
    if (this.text.charCodeAt(0) === 65279) {
      this.fail("unexpected UTF-8 byte order mark; save the file without a BOM", 0);
    }
    this.skipWhitespace();
    if (this.pos >= this.text.length) this.fail("expected a JSON value, found end of input");
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail("unexpected data after the JSON value");
    return value;
  }
  parseValue() {
    const c = this.text.charCodeAt(this.pos);
    switch (c) {
      case 123:
        return this.parseObject();
      case 91:
        return this.parseArray();
      case 34:
        return this.parseString();
      case 116:
        return this.literal("true", true);
      case 102:
        return this.literal("false", false);
      case 110:
        return this.literal("null", null);
      case 78:
        return this.nonFinite("NaN");
      case 73:
        return this.nonFinite("Infinity");
      case 45:
        if (this.text.startsWith("-Infinity", this.pos)) return this.nonFinite("-Infinity");
        return this.parseNumber();
      default:
        if (c >= 48 && c <= 57) return this.parseNumber();
        if (Number.isNaN(c)) this.fail("expected a JSON value, found end of input");
        return this.fail(`unexpected character ${describe(this.text, this.pos)}`);
    }
  }
  enter() {
    if (++this.depth > (this.options.maxDepth ?? DEFAULT_MAX_DEPTH)) {
      this.fail(`nesting deeper than ${this.options.maxDepth ?? DEFAULT_MAX_DEPTH} levels`);
    }
  }
  parseObject() {
    this.enter();
    this.pos++;
    const obj = /* @__PURE__ */ new Map();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      this.depth--;
      return obj;
    }
    for (; ; ) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 34) this.fail("expected a property name in double quotes");
      const keyPos = this.pos;
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail("expected ':' after the property name");
      this.pos++;
      this.skipWhitespace();
      const value = this.parseValue();
      if (this.options.rejectDuplicateKeys && obj.has(key)) {
        this.fail(`duplicate property name ${JSON.stringify(key)}`, keyPos);
      }
      obj.set(key, value);
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 125) break;
      this.fail("expected ',' or '}' in the object", this.pos - 1);
    }
    this.depth--;
    return obj;
  }
  parseArray() {
    this.enter();
    this.pos++;
    const arr = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      this.depth--;
      return arr;
    }
    for (; ; ) {
      this.skipWhitespace();
      arr.push(this.parseValue());
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 44) continue;
      if (c === 93) break;
      this.fail("expected ',' or ']' in the array", this.pos - 1);
    }
    this.depth--;
    return arr;
  }
  parseString() {
    const start = ++this.pos;
    const text = this.text;
    let i = start;
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return text.slice(start, i);
      }
      if (c === 92 || c < 32 || Number.isNaN(c)) break;
      i++;
    }
    let out = text.slice(start, i);
    this.pos = i;
    for (; ; ) {
      const c = text.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail("unterminated string");
      if (c === 34) {
        this.pos++;
        return out;
      }
      if (c < 32) this.fail(`invalid control character U+${hex4(c)} in string; escape it`);
      if (c !== 92) {
        out += text[this.pos];
        this.pos++;
        continue;
      }
      const e = text[this.pos + 1];
      switch (e) {
        case '"':
          out += '"';
          break;
        case "\\":
          out += "\\";
          break;
        case "/":
          out += "/";
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case "u": {
          const digits = text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail("invalid \\u escape: expected four hex digits");
          out += String.fromCharCode(parseInt(digits, 16));
          this.pos += 6;
          continue;
        }
        default:
          this.fail(`invalid escape ${describe(text, this.pos + 1)} in string`);
      }
      this.pos += 2;
    }
  }
  parseNumber() {
    NUMBER_RE.lastIndex = this.pos;
    const m = NUMBER_RE.exec(this.text);
    if (!m) this.fail("invalid number");
    const lexeme = m[0];
    this.pos += lexeme.length;
    const next = this.text.charCodeAt(this.pos);
    if (next >= 48 && next <= 57 || next === 46 || next === 101 || next === 69) {
      this.fail("invalid number: leading zeros and bare fractions are not JSON");
    }
    return new JsonNumber(lexeme);
  }
  literal(word, value) {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected character ${describe(this.text, this.pos)}`);
    this.pos += word.length;
    return value;
  }
  nonFinite(word) {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected character ${describe(this.text, this.pos)}`);
    if (!this.options.allowNonFinite) this.fail(`${word} is not valid JSON`);
    this.pos += word.length;
    return new JsonNumber(word);
  }
  skipWhitespace() {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++this.pos);
  }
  fail(detail, at = this.pos) {
    const { line, column } = lineColumn(this.text, at);
    throw new GateError("PARSE_ERROR", detail, {
      ...this.options.file === void 0 ? {} : { file: this.options.file },
      line: line + (this.options.firstLine ?? 1) - 1,
      column
    });
  }
};
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function hex4(c) {
  return c.toString(16).toUpperCase().padStart(4, "0");
}
function describe(text, pos) {
  const c = text.codePointAt(pos);
  if (c === void 0) return "end of input";
  const ch = String.fromCodePoint(c);
  return c < 32 || c === 127 ? `U+${hex4(c)}` : `'${ch}'`;
}
function parseJson(text, options = {}) {
  return new Parser(text, options).parseDocument();
}

// packages/canonical-json/src/strings.ts
var SHORT_ESCAPES = {
  34: '\\"',
  92: "\\\\",
  8: "\\b",
  12: "\\f",
  10: "\\n",
  13: "\\r",
  9: "\\t"
};
var PYTHON_NEEDS_ESCAPE = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/;
var JCS_NEEDS_ESCAPE = /["\\\x00-\x1f\ud800-\udfff]/;
function pythonString(s) {
  if (!PYTHON_NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c <= 126 && c !== 34 && c !== 92) out += s[i];
    else out += SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, "0")}`;
  }
  return out + '"';
}
function jcsString(s) {
  if (!JCS_NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 57343) {
      const next = s.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
      throw new GateError(
        "UNSUPPORTED",
        `lone surrogate U+${c.toString(16).toUpperCase()} cannot be canonicalized: RFC 8785 input must be I-JSON`
      );
    }
    if (c === 34 || c === 92 || c < 32) out += SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, "0")}`;
    else out += s[i];
  }
  return out + '"';
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x < 55296 && y < 55296) return x - y;
  let j = i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i;
  for (; ; ) {
    const cx = a.codePointAt(j);
    const cy = b.codePointAt(j);
    if (cx === void 0 || cy === void 0) return (cx === void 0 ? 0 : 1) - (cy === void 0 ? 0 : 1);
    if (cx !== cy) return cx - cy;
    j += cx > 65535 ? 2 : 1;
  }
}
function isHighSurrogate(c) {
  return c >= 55296 && c <= 56319;
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/canonical-json/src/canonical.ts
var CANONICAL_MODES = ["python-json", "jcs"];
var DIALECTS = {
  "python-json": { string: pythonString, number: pythonNumber, compare: compareCodePoints },
  jcs: { string: jcsString, number: jcsNumber, compare: compareCodeUnits }
};
function parseCanonicalMode(mode, field = "canonicalization") {
  if (CANONICAL_MODES.includes(mode)) return mode;
  throw new GateError("INPUT_INVALID", `unknown canonicalization mode '${mode}'; use ${CANONICAL_MODES.join(" or ")}`, {
    field
  });
}
function parseOptionsFor(mode) {
  return mode === "python-json" ? { allowNonFinite: true } : { rejectDuplicateKeys: true };
}
function serializeCanonical(value, mode) {
  const dialect = DIALECTS[mode];
  const out = [];
  write(value, dialect, out);
  return out.join("");
}
function write(value, d, out) {
  if (value === null) out.push("null");
  else if (value === true) out.push("true");
  else if (value === false) out.push("false");
  else if (typeof value === "string") out.push(d.string(value));
  else if (value instanceof JsonNumber) out.push(d.number(value));
  else if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(",");
      write(value[i], d, out);
    }
    out.push("]");
  } else {
    const keys = [...value.keys()].sort(d.compare);
    out.push("{");
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) out.push(",");
      out.push(d.string(keys[i]), ":");
      write(value.get(keys[i]), d, out);
    }
    out.push("}");
  }
}
function canonicalize(text, mode, options = {}) {
  const value = parseJson(text, { ...parseOptionsFor(mode), ...options });
  return Buffer.from(serializeCanonical(value, mode), "utf8");
}

// packages/canonical-json/src/writer.ts
var MAX_DEPTH = 500;
var MAX_INT_DIGITS = 4300;
var MAX_FLOAT_TEXT = 32;
var NATIVE_COPY_MIN = 24;
var HEX = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);
var SHORT_ESCAPE = new Uint8Array(128);
SHORT_ESCAPE[8] = 98;
SHORT_ESCAPE[9] = 116;
SHORT_ESCAPE[10] = 110;
SHORT_ESCAPE[12] = 102;
SHORT_ESCAPE[13] = 114;
SHORT_ESCAPE[34] = 34;
SHORT_ESCAPE[92] = 92;
var Declined = class extends Error {
};
var DECLINED = new Declined();
var ValueWriter = class {
  python;
  src = new Uint8Array(0);
  out = new Uint8Array(0);
  /** True when `src` and `out` are the same array, so copies stay native and allocation-free. */
  same = false;
  pos = 0;
  end = 0;
  o = 0;
  depth = 0;
  /** Set by {@link keyEnd}: the key just read is all ASCII. */
  keyAscii = true;
  // Members of the nested objects being written: per member (keyStart, keyEnd, segStart, segEnd).
  members = new Int32Array(4096);
  top = 0;
  scratch = new Uint8Array(64 * 1024);
  order = new Int32Array(256);
  /** `src` as 32-bit words from its first 4-byte-aligned byte `align`, for scanning four bytes at a time. */
  words = null;
  align = 0;
  wordsOf = null;
  /** `out` as a DataView, for short copies. */
  view = new DataView(new ArrayBuffer(0));
  viewOf = null;
  constructor(python) {
    this.python = python;
  }
  reset(src, start, end, out, o) {
    this.src = src;
    this.out = out;
    this.same = src === out;
    if (out !== this.viewOf) {
      this.viewOf = out;
      this.view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    }
    if (src !== this.wordsOf) {
      this.wordsOf = src;
      this.align = 4 - (src.byteOffset & 3) & 3;
      const n = src.length - this.align >> 2;
      this.words = n > 0 ? new Int32Array(src.buffer, src.byteOffset + this.align, n) : null;
    }
    this.pos = start;
    this.end = end;
    this.o = o;
    this.depth = 0;
    this.top = 0;
  }
  skipWs() {
    const src = this.src;
    let p = this.pos;
    while (p < this.end) {
      const c = src[p];
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else break;
    }
    this.pos = p;
  }
  /**
   * The first position from `p` (at most `end`) of a byte that ends a run of plain
   * string bytes: `"`, `\\` or anything outside printable ASCII. Four bytes at a time:
   * the usual SWAR tests flag such bytes in a word (the lowest flag is always exact),
   * and bytes before `p` in the first word are masked off.
   */
  plainStop(p) {
    const words = this.words;
    const r = p - this.align;
    if (words === null || r < 0) return this.byteStop(p, true);
    let w = r >> 2;
    const lastWord = this.end - 1 - this.align >> 2;
    if (lastWord >= words.length) return this.byteStop(p, true);
    if (p >= this.end) return this.end;
    let keep = -1 << ((r & 3) << 3);
    for (; w <= lastWord; w++) {
      const x = words[w] & keep | 1094795585 & ~keep;
      const q = x ^ 572662306;
      const b = x ^ 1549556828;
      const flags = (x | (x + 16843009 | 0) | (x - 538976288 | 0) | (q - 16843009 | 0) | (b - 16843009 | 0)) & 2155905152;
      if (flags !== 0) return Math.min(this.end, this.align + (w << 2) + (31 - Math.clz32(flags & -flags) >> 3));
      keep = -1;
    }
    return this.end;
  }
  /**
   * Like {@link plainStop} for the bytes a jcs string keeps as they are: stops only at
   * `"`, `\\` and control characters (UTF-8 and DEL are copied raw).
   */
  rawStop(p) {
    const words = this.words;
    const r = p - this.align;
    if (words === null || r < 0) return this.byteStop(p, false);
    let w = r >> 2;
    const lastWord = this.end - 1 - this.align >> 2;
    if (lastWord >= words.length) return this.byteStop(p, false);
    let keep = -1 << ((r & 3) << 3);
    for (; w <= lastWord; w++) {
      const x = words[w] & keep | 1094795585 & ~keep;
      const q = x ^ 572662306;
      const b = x ^ 1549556828;
      const flags = ((x - 538976288 | 0) & ~x | (q - 16843009 | 0) & ~q | (b - 16843009 | 0) & ~b) & 2155905152;
      if (flags !== 0) return Math.min(this.end, this.align + (w << 2) + (31 - Math.clz32(flags & -flags) >> 3));
      keep = -1;
    }
    return this.end;
  }
  /** {@link plainStop} (`plain`) or {@link rawStop} byte by byte, where words do not apply. */
  byteStop(p, plain) {
    const src = this.src;
    for (; p < this.end; p++) {
      const c = src[p];
      if (c < 32 || c === 34 || c === 92 || plain && c > 126) return p;
    }
    return this.end;
  }
  /** The run of bytes a string of the mode keeps as they are: {@link plainStop} or {@link rawStop}. */
  stringStop(p) {
    return this.python ? this.plainStop(p) : this.rawStop(p);
  }
  /** Copies `src[s, e)` to `out` at `o`; returns the new `o`. */
  copySrc(s, e, o) {
    if (this.same) return this.copyOut(s, e, o);
    const n = e - s;
    if (n >= NATIVE_COPY_MIN) {
      this.out.set(this.src.subarray(s, e), o);
      return o + n;
    }
    const src = this.src;
    const out = this.out;
    for (let i = s; i < e; i++) out[o++] = src[i];
    return o;
  }
  /** Copies `out[s, e)` to `out` at `o` (regions apart); returns the new `o`. Short copies go four bytes at a time. */
  copyOut(s, e, o) {
    const n = e - s;
    if (n >= NATIVE_COPY_MIN) {
      this.out.copyWithin(o, s, e);
      return o + n;
    }
    const view = this.view;
    let i = s;
    for (; i + 4 <= e; i += 4, o += 4) view.setInt32(o, view.getInt32(i, true), true);
    const out = this.out;
    for (; i < e; i++) out[o++] = out[i];
    return o;
  }
  value() {
    if (this.pos >= this.end) throw DECLINED;
    const c = this.src[this.pos];
    if (c === 34) this.string();
    else if (c === 123) this.object();
    else if (c === 91) this.array();
    else if (c === 45 || c >= 48 && c <= 57) this.number();
    else if (c === 116) this.literal(TRUE);
    else if (c === 102) this.literal(FALSE);
    else if (c === 110) this.literal(NULL);
    else if (c === 78 && this.python) this.literal(NAN);
    else if (c === 73 && this.python) this.literal(INFINITY);
    else throw DECLINED;
  }
  literal(word) {
    const src = this.src;
    const out = this.out;
    const p = this.pos;
    if (p + word.length > this.end) throw DECLINED;
    let o = this.o;
    for (let i = 0; i < word.length; i++) {
      if (src[p + i] !== word[i]) throw DECLINED;
      out[o++] = word[i];
    }
    this.o = o;
    this.pos = p + word.length;
  }
  array() {
    if (++this.depth > MAX_DEPTH) throw DECLINED;
    const src = this.src;
    const out = this.out;
    this.pos++;
    out[this.o++] = 91;
    this.skipWs();
    if (src[this.pos] === 93 && this.pos < this.end) {
      this.pos++;
      out[this.o++] = 93;
      this.depth--;
      return;
    }
    for (; ; ) {
      this.skipWs();
      this.value();
      this.skipWs();
      if (this.pos >= this.end) throw DECLINED;
      const c = src[this.pos++];
      if (c === 44) {
        out[this.o++] = 44;
        continue;
      }
      if (c === 93) break;
      throw DECLINED;
    }
    out[this.o++] = 93;
    this.depth--;
  }
  /** A nested object: members written in source order, reordered when their keys are not sorted. */
  object() {
    if (++this.depth > MAX_DEPTH) throw DECLINED;
    const src = this.src;
    this.pos++;
    const objStart = this.o;
    this.out[this.o++] = 123;
    const first = this.top;
    let sorted = true;
    this.skipWs();
    if (src[this.pos] === 125 && this.pos < this.end) {
      this.pos++;
      this.out[this.o++] = 125;
      this.depth--;
      return;
    }
    for (; ; ) {
      this.skipWs();
      if (this.pos >= this.end || src[this.pos] !== 34) throw DECLINED;
      const keyStart = this.pos + 1;
      const keyEnd = this.keyEnd(keyStart);
      this.pos = keyEnd + 1;
      this.skipWs();
      if (this.pos >= this.end || src[this.pos] !== 58) throw DECLINED;
      this.pos++;
      this.skipWs();
      const m = this.top;
      if (m + 4 > this.members.length) this.growMembers();
      if (m > first) {
        this.out[this.o++] = 44;
        if (sorted && this.compareKeys(this.members[m - 4], this.members[m - 3], keyStart, keyEnd) >= 0) {
          sorted = false;
        }
      }
      const segStart = this.o;
      this.writeKey(keyStart, keyEnd, this.keyAscii);
      this.out[this.o++] = 58;
      this.value();
      this.members[m] = keyStart;
      this.members[m + 1] = keyEnd;
      this.members[m + 2] = segStart;
      this.members[m + 3] = this.o;
      this.top = m + 4;
      this.skipWs();
      if (this.pos >= this.end) throw DECLINED;
      const c = src[this.pos++];
      if (c === 44) continue;
      if (c === 125) break;
      throw DECLINED;
    }
    if (!sorted) this.reorder(first, objStart + 1);
    this.out[this.o++] = 125;
    this.top = first;
    this.depth--;
  }
  /**
   * The closing quote of a key starting at `p`: keys are plain strings (printable
   * ASCII or multi-byte UTF-8, no escapes, no DEL), compared by their bytes.
   */
  keyEnd(p) {
    const src = this.src;
    this.keyAscii = true;
    for (; ; ) {
      let c = src[p];
      while (c >= 32 && c < 127 && c !== 34 && c !== 92) c = src[++p];
      if (p >= this.end) throw DECLINED;
      if (c === 34) return p;
      if (c < 128) throw DECLINED;
      this.keyAscii = false;
      p++;
    }
  }
  /**
   * Compares two keys (raw UTF-8 bytes without escapes) in the mode's order: code
   * points for python-json (UTF-8 byte order is code point order), UTF-16 code units
   * for jcs (the same except a supplementary character against U+E000..U+FFFF).
   * Equal keys throw {@link DECLINED}: the exact path decides what a repeated key means.
   */
  compareKeys(aStart, aEnd, bStart, bEnd) {
    const src = this.src;
    const n = Math.min(aEnd - aStart, bEnd - bStart);
    for (let i = 0; i < n; i++) {
      const x = src[aStart + i];
      const y = src[bStart + i];
      if (x !== y) {
        if (!this.python && (x >= 240 && y >= 238 && y < 240 || y >= 240 && x >= 238 && x < 240)) {
          return y - x;
        }
        return x - y;
      }
    }
    const d = aEnd - aStart - (bEnd - bStart);
    if (d === 0) throw DECLINED;
    return d;
  }
  /** Rewrites the members from `first` (written at `regionStart`) in key order, joined by commas. */
  reorder(first, regionStart) {
    const members = this.members;
    const count = (this.top - first) / 4;
    if (this.order.length < count) this.order = new Int32Array(count * 2);
    const order = this.order;
    for (let i = 0; i < count; i++) {
      const m = first + i * 4;
      const ks = members[m];
      const ke = members[m + 1];
      let j = i - 1;
      while (j >= 0 && this.compareKeys(members[order[j]], members[order[j] + 1], ks, ke) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = m;
    }
    const length = this.o - regionStart;
    if (this.scratch.length < length) this.scratch = new Uint8Array(Math.max(length, this.scratch.length * 2));
    const scratch = this.scratch;
    const out = this.out;
    scratch.set(out.subarray(regionStart, this.o));
    let o = regionStart;
    for (let i = 0; i < count; i++) {
      const m = order[i];
      if (i > 0) out[o++] = 44;
      const segStart = members[m + 2] - regionStart;
      const segEnd = members[m + 3] - regionStart;
      if (segEnd - segStart > 64) {
        out.set(scratch.subarray(segStart, segEnd), o);
        o += segEnd - segStart;
      } else for (let k = segStart; k < segEnd; k++) out[o++] = scratch[k];
    }
    this.o = o;
  }
  growMembers() {
    const next = new Int32Array(this.members.length * 2);
    next.set(this.members);
    this.members = next;
  }
  /** Writes a key (no escapes in the source; `ascii` when it has no multi-byte character) as a canonical string. */
  writeKey(start, end, ascii) {
    if (this.python && !ascii) {
      this.writeEscapedKey(start, end);
      return;
    }
    this.o = this.copySrc(start - 1, end + 1, this.o);
  }
  /** python-json: a key with non-ASCII characters, escaped. */
  writeEscapedKey(start, end) {
    const src = this.src;
    const out = this.out;
    let o = this.o;
    out[o++] = 34;
    for (let p = start; p < end; ) {
      const c = src[p];
      if (c < 128) {
        out[o++] = c;
        p++;
      } else {
        this.o = o;
        p = this.escapeMultiByte(p);
        o = this.o;
      }
    }
    out[o++] = 34;
    this.o = o;
  }
  string() {
    const src = this.src;
    const end = this.end;
    let p = this.pos + 1;
    let o = this.o;
    this.out[o++] = 34;
    for (; ; ) {
      const q = this.stringStop(p);
      o = this.copySrc(p, q, o);
      p = q;
      if (p >= end) throw DECLINED;
      const c = src[p];
      if (c === 34) break;
      if (c === 92) {
        this.o = o;
        p = this.escape(p);
        o = this.o;
      } else if (c >= 128) {
        if (this.python) {
          this.o = o;
          p = this.escapeMultiByte(p);
          o = this.o;
        } else {
          this.out[o++] = c;
          p++;
        }
      } else if (c === 127) {
        if (this.python) {
          this.o = o;
          this.writeUnicodeEscape(127);
          o = this.o;
        } else this.out[o++] = c;
        p++;
      } else throw DECLINED;
    }
    this.out[o++] = 34;
    this.o = o;
    this.pos = p + 1;
  }
  /** Handles the escape at `p` (a backslash); returns the position after it. */
  escape(p) {
    const src = this.src;
    if (p + 1 >= this.end) throw DECLINED;
    const e = src[p + 1];
    let unit;
    switch (e) {
      case 34:
        unit = 34;
        break;
      case 92:
        unit = 92;
        break;
      case 47:
        unit = 47;
        break;
      case 98:
        unit = 8;
        break;
      case 102:
        unit = 12;
        break;
      case 110:
        unit = 10;
        break;
      case 114:
        unit = 13;
        break;
      case 116:
        unit = 9;
        break;
      case 117: {
        unit = this.hex4(p + 2);
        if (this.python) {
          this.writeUnit(unit);
          return p + 6;
        }
        if (unit >= 55296 && unit <= 57343) {
          if (unit > 56319 || src[p + 6] !== 92 || src[p + 7] !== 117) throw DECLINED;
          const low = this.hex4(p + 8);
          if (low < 56320 || low > 57343) throw DECLINED;
          this.writeUtf8(65536 + (unit - 55296 << 10) + (low - 56320));
          return p + 12;
        }
        this.writeJcsUnit(unit);
        return p + 6;
      }
      default:
        throw DECLINED;
    }
    if (this.python) this.writeUnit(unit);
    else this.writeJcsUnit(unit);
    return p + 2;
  }
  /** The four hex digits at `p` (either case) as a number. */
  hex4(p) {
    if (p + 4 > this.end) throw DECLINED;
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const c = this.src[p + i];
      let d;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 102) d = c - 87;
      else if (c >= 65 && c <= 70) d = c - 55;
      else throw DECLINED;
      v = v << 4 | d;
    }
    return v;
  }
  /** python-json: one UTF-16 code unit as Python's ensure_ascii writes it. */
  writeUnit(unit) {
    const out = this.out;
    if (unit < 128 && SHORT_ESCAPE[unit] !== 0) {
      out[this.o++] = 92;
      out[this.o++] = SHORT_ESCAPE[unit];
    } else if (unit >= 32 && unit < 127) out[this.o++] = unit;
    else this.writeUnicodeEscape(unit);
  }
  /** jcs: one BMP code unit (not a surrogate) as ECMAScript's JSON.stringify writes it. */
  writeJcsUnit(unit) {
    const out = this.out;
    if (unit < 128 && SHORT_ESCAPE[unit] !== 0) {
      out[this.o++] = 92;
      out[this.o++] = SHORT_ESCAPE[unit];
    } else if (unit < 32) this.writeUnicodeEscape(unit);
    else this.writeUtf8(unit);
  }
  writeUnicodeEscape(unit) {
    const out = this.out;
    let o = this.o;
    out[o++] = 92;
    out[o++] = 117;
    out[o++] = HEX[unit >> 12 & 15];
    out[o++] = HEX[unit >> 8 & 15];
    out[o++] = HEX[unit >> 4 & 15];
    out[o++] = HEX[unit & 15];
    this.o = o;
  }
  writeUtf8(cp) {
    const out = this.out;
    let o = this.o;
    if (cp < 128) out[o++] = cp;
    else if (cp < 2048) {
      out[o++] = 192 | cp >> 6;
      out[o++] = 128 | cp & 63;
    } else if (cp < 65536) {
      out[o++] = 224 | cp >> 12;
      out[o++] = 128 | cp >> 6 & 63;
      out[o++] = 128 | cp & 63;
    } else {
      out[o++] = 240 | cp >> 18;
      out[o++] = 128 | cp >> 12 & 63;
      out[o++] = 128 | cp >> 6 & 63;
      out[o++] = 128 | cp & 63;
    }
    this.o = o;
  }
  /** python-json: the UTF-8 character at `p` as `\uXXXX` (two escapes above U+FFFF). Returns the next position. */
  escapeMultiByte(p) {
    const src = this.src;
    const c = src[p];
    let cp;
    let n;
    if (c < 224) {
      cp = (c & 31) << 6 | src[p + 1] & 63;
      n = 2;
    } else if (c < 240) {
      cp = (c & 15) << 12 | (src[p + 1] & 63) << 6 | src[p + 2] & 63;
      n = 3;
    } else {
      cp = (c & 7) << 18 | (src[p + 1] & 63) << 12 | (src[p + 2] & 63) << 6 | src[p + 3] & 63;
      n = 4;
    }
    if (p + n > this.end) throw DECLINED;
    if (cp >= 65536) {
      cp -= 65536;
      this.writeUnicodeEscape(55296 + (cp >> 10));
      this.writeUnicodeEscape(56320 + (cp & 1023));
    } else this.writeUnicodeEscape(cp);
    return p + n;
  }
  number() {
    const src = this.src;
    const end = this.end;
    const start = this.pos;
    let p = start;
    const negative = src[p] === 45;
    if (negative) {
      p++;
      if (p < end && src[p] === 73) {
        if (!this.python) throw DECLINED;
        this.pos = p;
        this.out[this.o++] = 45;
        this.literal(INFINITY);
        return;
      }
    }
    const intStart = p;
    if (p >= end) throw DECLINED;
    let c = src[p];
    if (c === 48) p++;
    else if (c >= 49 && c <= 57) {
      p++;
      while (p < end && (c = src[p]) >= 48 && c <= 57) p++;
    } else throw DECLINED;
    const intEnd = p;
    let fracEnd = p;
    let isFloat = false;
    if (p < end && src[p] === 46) {
      isFloat = true;
      p++;
      const fracStart = p;
      while (p < end && (c = src[p]) >= 48 && c <= 57) p++;
      if (p === fracStart) throw DECLINED;
      fracEnd = p;
    }
    let hasExponent = false;
    if (p < end && (src[p] === 101 || src[p] === 69)) {
      isFloat = true;
      hasExponent = true;
      p++;
      if (p < end && (src[p] === 43 || src[p] === 45)) p++;
      const expStart = p;
      while (p < end && (c = src[p]) >= 48 && c <= 57) p++;
      if (p === expStart) throw DECLINED;
    }
    if (p < end && ((c = src[p]) === 46 || c >= 48 && c <= 57)) throw DECLINED;
    this.pos = p;
    if (!isFloat) this.integer(start, intStart, intEnd);
    else if (!hasExponent && this.plainFloat(start, intStart, intEnd, fracEnd, negative)) return;
    else this.computedFloat(start, p);
  }
  integer(start, intStart, intEnd) {
    const src = this.src;
    const digits = intEnd - intStart;
    if (digits === 1 && src[intStart] === 48) {
      this.out[this.o++] = 48;
      return;
    }
    if (this.python) {
      if (digits > MAX_INT_DIGITS) throw DECLINED;
      this.o = this.copySrc(start, intEnd, this.o);
      return;
    }
    if (digits <= 15) {
      this.o = this.copySrc(start, intEnd, this.o);
      return;
    }
    this.writeAscii(String(Number(latin1(src, start, intEnd))));
  }
  /**
   * A float written without exponent whose digits already are its shortest round-trip
   * form (at most 15 significant digits) and whose canonical layout is fixed-point:
   * the canonical text is the lexeme with trailing fraction zeros removed. Returns
   * false when the number needs the general route.
   */
  plainFloat(start, intStart, intEnd, fracEnd, negative) {
    const src = this.src;
    let lastNonZero = fracEnd - 1;
    while (lastNonZero > intEnd && src[lastNonZero] === 48) lastNonZero--;
    let firstSig = intStart;
    while (firstSig < fracEnd && (src[firstSig] === 48 || src[firstSig] === 46)) firstSig++;
    if (firstSig >= fracEnd) {
      if (this.python) {
        if (negative) this.out[this.o++] = 45;
        this.writeAscii("0.0");
      } else this.out[this.o++] = 48;
      return true;
    }
    const intDigits = intEnd - intStart;
    const intIsZero = intDigits === 1 && src[intStart] === 48;
    const sigEnd = lastNonZero + 1;
    const significant = sigEnd - firstSig - (firstSig < intEnd && sigEnd > intEnd + 1 ? 1 : 0);
    if (significant > 15) return false;
    if (intIsZero) {
      const zeros = firstSig - (intEnd + 1);
      if (zeros > (this.python ? 3 : 5)) return false;
    } else if (intDigits > (this.python ? 16 : 21)) return false;
    if (lastNonZero === intEnd) {
      this.o = this.copySrc(start, intEnd, this.o);
      if (this.python) this.writeAscii(".0");
      return true;
    }
    this.o = this.copySrc(start, lastNonZero + 1, this.o);
    return true;
  }
  computedFloat(start, end) {
    const x = Number(latin1(this.src, start, end));
    if (this.python) {
      const a = Math.abs(x);
      if (a >= 1e-4 && a < 1e16) {
        const text = String(x);
        this.writeAscii(text);
        if (text.indexOf(".") === -1) this.writeAscii(".0");
      } else this.writeAscii(pythonFloatRepr(x));
    } else {
      if (!Number.isFinite(x)) throw DECLINED;
      this.writeAscii(String(x));
    }
  }
  writeAscii(text) {
    if (text.length > MAX_FLOAT_TEXT + 8) throw DECLINED;
    const out = this.out;
    let o = this.o;
    for (let i = 0; i < text.length; i++) out[o++] = text.charCodeAt(i);
    this.o = o;
  }
};
function latin1(src, start, end) {
  if (end - start <= 64) return String.fromCharCode.apply(null, src.subarray(start, end));
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(src[i]);
  return s;
}
var TRUE = new Uint8Array([116, 114, 117, 101]);
var FALSE = new Uint8Array([102, 97, 108, 115, 101]);
var NULL = new Uint8Array([110, 117, 108, 108]);
var NAN = new Uint8Array([78, 97, 78]);
var INFINITY = new Uint8Array([73, 110, 102, 105, 110, 105, 116, 121]);

// packages/canonical-json/src/scanner.ts
var SCAN_DECLINED = -1;
var FIELD_ABSENT = 0;
var FIELD_PLAIN_STRING = 1;
var FIELD_OTHER = 2;
var MAX_SHAPES = 16;
var STRIDE = 8;
var CANONICAL_SHORT = new Uint8Array(256);
for (const c of [34, 92, 98, 102, 110, 114, 116]) CANONICAL_SHORT[c] = 1;
var CanonicalScanner = class extends ValueWriter {
  dropKey;
  wanted;
  /** The fields found by the last scan. */
  fields;
  /** Span of the dropped key's value in the last scan; `dropKind` says what it was. */
  dropStart = 0;
  dropEnd = 0;
  dropKind = FIELD_ABSENT;
  rec = new Int32Array(64 * STRIDE);
  shapes = [];
  shape = null;
  nextShape = 0;
  keyEscaped = false;
  /**
   * @param mode the canonical form to write
   * @param options.dropKey a top-level key left out of the output (the hash field); its
   *   value's span is reported in `dropStart`/`dropEnd`/`dropKind`
   * @param options.fields top-level keys whose value spans are reported in `fields`
   */
  constructor(mode, options = {}) {
    super(mode === "python-json");
    this.dropKey = Buffer.from(options.dropKey ?? "", "utf8");
    this.wanted = (options.fields ?? []).map((f) => Buffer.from(f, "utf8"));
    const n = this.wanted.length;
    this.fields = { kind: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n) };
  }
  /**
   * Writes the canonical form of the JSON object in `src[start, end)` into `out` from
   * `outStart`. Returns the end offset in `out`, or {@link SCAN_DECLINED}. `out` needs
   * {@link scanCapacity} bytes from `outStart`: the output, then a side region for
   * values that are rewritten. `src` and `out` may be the same array (with the line
   * outside that room), which keeps every copy native.
   */
  scan(src, start, end, out, outStart) {
    const room = scanCapacity(end - start);
    if (out.length - outStart < room) {
      throw new RangeError(`output buffer too small: ${out.length - outStart} bytes for ${end - start} input bytes`);
    }
    this.reset(src, start, end, out, outStart + room / 2);
    this.dropKind = 0;
    this.fields.kind.fill(0);
    try {
      this.skipWs();
      if (this.pos >= end || src[this.pos] !== 123) return SCAN_DECLINED;
      const count = this.readMembers();
      this.skipWs();
      if (this.pos !== end) return SCAN_DECLINED;
      return this.emit(outStart, count, count > 1 ? this.orderOf(count) : null);
    } catch (error) {
      if (error === DECLINED) return SCAN_DECLINED;
      throw error;
    }
  }
  /** Reads the top-level members into `rec`; returns how many there are. */
  readMembers() {
    const src = this.src;
    this.pos++;
    this.skipWs();
    if (this.pos < this.end && src[this.pos] === 125) {
      this.pos++;
      return 0;
    }
    const shape = this.shape;
    let matching = shape !== null;
    let dropSeen = false;
    let m = 0;
    for (; ; ) {
      this.skipWs();
      if (this.pos >= this.end || src[this.pos] !== 34) throw DECLINED;
      const keyStart = this.pos + 1;
      let keyEnd = matching && m < shape.count ? this.matchKey(keyStart, shape, m) : -1;
      const matched = keyEnd !== -1;
      if (matched) this.keyEscaped = shape.escaped[m] === 1;
      else keyEnd = this.scanKey(keyStart);
      this.pos = keyEnd + 1;
      this.skipWs();
      if (this.pos >= this.end || src[this.pos] !== 58) throw DECLINED;
      this.pos++;
      this.skipWs();
      if (!matched && this.isKey(keyStart, keyEnd, this.dropKey)) {
        if (dropSeen) throw DECLINED;
        dropSeen = true;
        this.captureDropped();
      } else {
        if (!matched) matching = false;
        this.member(m, keyStart, keyEnd, matched ? shape.field[m] : this.fieldIndex(keyStart, keyEnd));
        m++;
      }
      this.skipWs();
      if (this.pos >= this.end) throw DECLINED;
      const c = src[this.pos++];
      if (c === 44) continue;
      if (c === 125) break;
      throw DECLINED;
    }
    if (!matching || m !== shape.count) this.shape = null;
    return m;
  }
  /** Reads member `m`'s value (the key is read; it is wanted field `wanted`, or -1) and records where both are. */
  member(m, keyStart, keyEnd, wanted) {
    const r = m * STRIDE;
    if (r + STRIDE > this.rec.length) {
      const next = new Int32Array(this.rec.length * 2);
      next.set(this.rec);
      this.rec = next;
    }
    const rec = this.rec;
    rec[r] = keyStart;
    rec[r + 1] = keyEnd;
    if (this.keyEscaped) {
      rec[r + 2] = this.o;
      this.writeKey(keyStart, keyEnd, false);
      rec[r + 3] = this.o;
    } else rec[r + 2] = -1;
    const field = wanted === -1 ? -1 : this.captureField(wanted);
    const valueStart = this.pos;
    if (this.src[valueStart] === 34 && this.verbatimString()) {
      rec[r + 4] = valueStart;
      rec[r + 5] = this.pos;
      rec[r + 6] = 0;
    } else {
      this.pos = valueStart;
      rec[r + 4] = this.o;
      this.value();
      rec[r + 5] = this.o;
      rec[r + 6] = 1;
    }
    if (field !== -1) this.fields.end[field] = this.pos;
  }
  /**
   * True (and `pos` after the closing quote) when the string at `pos` is written
   * exactly as the mode writes it: python-json, printable ASCII with the short
   * escapes and lowercase `\uXXXX` for what Python escapes; jcs, raw text with the
   * short escapes and `\u00XX` for the other controls. Otherwise false, and the
   * string is rewritten.
   */
  verbatimString() {
    const src = this.src;
    const end = this.end;
    let p = this.pos + 1;
    for (; ; ) {
      p = this.stringStop(p);
      if (p >= end) return false;
      const c = src[p];
      if (c === 34) {
        this.pos = p + 1;
        return true;
      }
      if (c !== 92 || p + 1 >= end) return false;
      const e = src[p + 1];
      if (CANONICAL_SHORT[e] === 1) {
        p += 2;
        continue;
      }
      if (e !== 117 || p + 6 > end) return false;
      const unit = lowerHex4(src, p + 2);
      if (unit < 0) return false;
      const control = unit < 32 && SHORT_ESCAPE[unit] === 0;
      if (!(control || this.python && unit >= 127)) return false;
      p += 6;
    }
  }
  /** The end of key `m` of `shape` when the source key at `p` is the same, else -1. */
  matchKey(p, shape, m) {
    const src = this.src;
    const keys = shape.keys;
    const from = shape.offsets[m];
    const n = shape.offsets[m + 1] - from;
    if (p + n >= this.end) return -1;
    for (let i = 0; i < n; i++) if (src[p + i] !== keys[from + i]) return -1;
    return src[p + n] === 34 ? p + n : -1;
  }
  /** The closing quote of the key at `p`; notes in `keyEscaped` whether python-json escapes it. */
  scanKey(p) {
    const end = this.keyEnd(p);
    this.keyEscaped = this.python && !this.keyAscii;
    return end;
  }
  /** The sorted order of the `count` members just read: the cached shape's, or sorted now. */
  orderOf(count) {
    if (this.shape !== null) return this.shape.order;
    const rec = this.rec;
    for (const s of this.shapes) {
      if (s.count !== count) continue;
      let same = true;
      for (let m = 0; m < count && same; m++) {
        const r = m * STRIDE;
        same = this.matchKey(rec[r], s, m) === rec[r + 1];
      }
      if (same) {
        this.shape = s;
        return s.order;
      }
    }
    return this.remember(count).order;
  }
  /** Sorts the members just read (a repeated key declines) and caches the shape. */
  remember(count) {
    const rec = this.rec;
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const ks = rec[i * STRIDE];
      const ke = rec[i * STRIDE + 1];
      let j = i - 1;
      while (j >= 0 && this.compareKeys(rec[order[j] * STRIDE], rec[order[j] * STRIDE + 1], ks, ke) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
    }
    let total = 0;
    for (let i = 0; i < count; i++) total += rec[i * STRIDE + 1] - rec[i * STRIDE];
    const keys = new Uint8Array(total);
    const offsets = new Int32Array(count + 1);
    const escaped = new Uint8Array(count);
    const field = new Int8Array(count);
    let at = 0;
    for (let i = 0; i < count; i++) {
      const r = i * STRIDE;
      offsets[i] = at;
      keys.set(this.src.subarray(rec[r], rec[r + 1]), at);
      at += rec[r + 1] - rec[r];
      escaped[i] = rec[r + 2] === -1 ? 0 : 1;
      field[i] = this.fieldIndex(rec[r], rec[r + 1]);
    }
    offsets[count] = at;
    const shape = { count, keys, offsets, order, escaped, field };
    if (this.shapes.length < MAX_SHAPES) this.shapes.push(shape);
    else this.shapes[this.nextShape++ % MAX_SHAPES] = shape;
    this.shape = shape;
    return shape;
  }
  /** Writes `{`, the members in `order`, `}` at `o`; returns the end. */
  emit(o, count, order) {
    const out = this.out;
    const rec = this.rec;
    out[o++] = 123;
    for (let i = 0; i < count; i++) {
      const r = (order === null ? i : order[i]) * STRIDE;
      if (i > 0) out[o++] = 44;
      if (rec[r + 2] === -1) o = this.copySrc(rec[r] - 1, rec[r + 1] + 1, o);
      else o = this.copyOut(rec[r + 2], rec[r + 3], o);
      out[o++] = 58;
      if (rec[r + 6] === 0) o = this.copySrc(rec[r + 4], rec[r + 5], o);
      else o = this.copyOut(rec[r + 4], rec[r + 5], o);
    }
    out[o++] = 125;
    return o;
  }
  isKey(start, end, key) {
    if (end - start !== key.length || key.length === 0) return false;
    const src = this.src;
    for (let i = 0; i < key.length; i++) if (src[start + i] !== key[i]) return false;
    return true;
  }
  /** Parses the dropped member's value (writing nothing) and records its span. */
  captureDropped() {
    const mark = this.o;
    const valueStart = this.pos;
    if (this.src[valueStart] === 34) {
      const plainEnd = this.plainStringEnd(valueStart + 1);
      if (plainEnd !== -1) {
        this.dropKind = FIELD_PLAIN_STRING;
        this.dropStart = valueStart + 1;
        this.dropEnd = plainEnd;
        this.pos = plainEnd + 1;
        return;
      }
    }
    this.value();
    this.o = mark;
    this.dropKind = FIELD_OTHER;
    this.dropStart = valueStart;
    this.dropEnd = this.pos;
  }
  /** The index of the closing quote when the string from `p` holds only plain bytes, else -1. */
  plainStringEnd(p) {
    p = this.plainStop(p);
    return p < this.end && this.src[p] === 34 ? p : -1;
  }
  /** The number of the wanted field whose key is src[start, end), or -1. */
  fieldIndex(start, end) {
    const wanted = this.wanted;
    for (let i = 0; i < wanted.length; i++) if (this.isKey(start, end, wanted[i])) return i;
    return -1;
  }
  /**
   * Records where wanted field `i`'s value starts. Returns `i` when its end is known
   * only after the value is parsed (FIELD_OTHER), else -1.
   */
  captureField(i) {
    const f = this.fields;
    if (f.kind[i] !== FIELD_ABSENT) throw DECLINED;
    const valueStart = this.pos;
    const plainEnd = this.src[valueStart] === 34 ? this.plainStringEnd(valueStart + 1) : -1;
    if (plainEnd !== -1) {
      f.kind[i] = FIELD_PLAIN_STRING;
      f.start[i] = valueStart + 1;
      f.end[i] = plainEnd;
      return -1;
    }
    f.kind[i] = FIELD_OTHER;
    f.start[i] = valueStart;
    return i;
  }
};
function lowerHex4(src, p) {
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const c = src[p + i];
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else return -1;
    v = v << 4 | d;
  }
  return v;
}
function scanCapacity(inputBytes) {
  return 2 * (inputBytes * 6 + 64);
}

// packages/canonical-json/src/scan-wasm.generated.ts
var SCAN_WASM_BASE64 = "AGFzbQEAAAABRApgAAF/YAJ/fwF/YAF/AX9gBH9/f38Bf2ADf39/AX9gAX8AYAZ/f39/f38Bf2AFf39/f38Bf2AHf39/f39/fwF/YAAAAykoAgADBQYAAQcDBAEEAQIAAwECAAAAAQAAAAAAAAAAAAIAAAAIAAAJAAUGAQGgAaABBj0MfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUF/C38BQQALfwFBAAt/AUEAC38BQQALB9kBFAVpblB0cgAkBm91dFB0cgAeBnJlc1B0cgAUB2NvbmZQdHIAJwdtYXhMaW5lACIJcmVnaW9uUHRyABcKcmVnaW9uU2l6ZQAWB3Byb2pQdHIAGwlwcm9qTGltaXQAHQpwcm9qT3V0UHRyABwJY29uZmlndXJlACYEc2NhbgARBnNjYW5BdAAQDHByb2plY3RTcGFucwAZCHNwYW5zUHRyAA4HcHJvamVjdAAaB3NjYW5SdW4ADwtydW5UYWJsZVB0cgASCnJ1blByZXZQdHIAEwZtZW1vcnkCAAqzaSi2AQEFf0GA7gAgAC0ABUHAkLIBai0AACIFIAAtAAJBwJCyAWotAAAiAkEMdCAALQADQcCQsgFqLQAAIgNBCHRyIAAtAARBwJCyAWotAAAiBEEEdHJyIgF2QQFxRSABQSBJcSABQf8AT3IgAiADciAEciAFckEPTXEgAC0AASIAQcAASQR+QoCAgIDAACAArYgFQoCAgIDBiJAKIABBQGpBP3GtiAtCAYOnIABBgAFJcSAAQfUARhsL/wQBA38jACMBTwRAQQAPCyMALQAAIgBBIkYEQCMAIQEQBUUEQCABJAAQJQ8LIwIhACMAIAFrIgJBEE0EQCAAIAH9AAQA/QsEAAUgAkEgTQRAIAAgAf0ABAD9CwQAIAAgAf0ABBD9CwQQBSAAIAEgAvwKAAALCyMCIAJqJAJBAQ8LIABB+wBGBEAQIA8LIABB2wBGBEACfyMDQQFqJANBACMDQcAASg0AGiMAQQFqJAAjAkHbADoAACMCQQFqJAIjACEAA0AgACMBSQRAIAAtAAAiAUEJRiABQSBGciABQQpGciABQQ1GcgRAIABBAWohAAwCCwsLIAAkACMAIwFJBH8jAC0AAEHdAEYFQQALBEAjAEEBaiQAIwJB3QA6AAAjAkEBaiQCIwNBAWskA0EBDAELA0ACQCMAIQADQCAAIwFJBEAgAC0AACIBQQlGIAFBIEZyIAFBCkZyIAFBDUZyBEAgAEEBaiEADAILCwsgACQAQQAQAUUNAhojACEAA0AgACMBSQRAIAAtAAAiAUEJRiABQSBGciABQQpGciABQQ1GcgRAIABBAWohAAwCCwsLIAAkAEEAIwAjAU8NAhojACIAQQFqJAAgAC0AACIAQSxGBEAjAkEsOgAAIwJBAWokAgwCCyAAQd0ARg0AQQAMAgsLIwJB3QA6AAAjAkEBaiQCIwNBAWskA0EBCw8LIABBLUYEf0EBBSAAQTlNIABBME9xCwRAECEPCyAAQfQARgRAQfQAQfIAQfUAQeUAQQBBBBAEDwsgAEHmAEYEQEHmAEHhAEHsAEHzAEHlAEEFEAQPCyAAQe4ARgRAQe4AQfUAQewAQewAQQBBBBAEDwtBAAu/BQEDfwJAIAFBgIAgSw0AIAAkACAAIAFqJAFBgMjEACQCQQAkA0EAJARBACQJQQAhAANAIABBDEkEQCAAQQJ0QYCQsgFqQQA2AgAgAEEBaiEADAELCyMAIQADQCAAIwFJBEAgAC0AACIEQQlGIARBIEZyIARBCkZyIARBDUZyBEAgAEEBaiEADAILCwsgACQAIwAjAU8Ef0EBBSMALQAAQfsARwsNABAYIgBBAEgNACAAJAgjACEEA0AgBCMBSQRAIAQtAAAiBUEJRiAFQSBGciAFQQpGciAFQQ1GcgRAIARBAWohBAwCCwsLIAQkACMAIwFHBH9BAAUjAkGAyMQAayABakGAgCBNBH9BAQUgAEECaiEFQQAhBANAIAAgBEoEQCAFIARBBXRBgIiFAWoiBSgCDCAFKAIEIAUoAgBrQQNqaiAFKAIIa2ohBSAEQQFqIQQMAQsLIAVBgIAgTQsLRQ0AIAMEfyACIwJqIAFqIABqQb7HxABrIANLBUEACw0AQQAhASAAQQFKBEAgABAfIgFFDQELIAAhAyACQQFqIQAgAkH7ADoAAEEAIQUDQCADIAVKBEAgAQR/IAEgBUECdGooAgAFIAULQQV0QYCIhQFqIQQgBUEASgRAIABBLDoAACAAQQFqIQALIAQoAgRBAWogBCgCAEEBayIGayICQRBNBEAgACAG/QAEAP0LBAAFIAJBIE0EQCAAIAb9AAQA/QsEACAAIAb9AAQQ/QsEEAUgACAGIAL8CgAACwsgACACaiIAQQFqIQIgAEE6OgAAIAQoAgwgBCgCCCIAayIEQRBNBEAgAiAA/QAEAP0LBAAFIARBIE0EQCACIAD9AAQA/QsEACACIAD9AAQQ/QsEEAUgAiAAIAT8CgAACwsgAiAEaiEAIAVBAWohBQwBCwsgAEH9ADoAACAAQQFqDwtBfwuQAQEBfyMCQdwAOgAAIwJB9QA6AAEjAiAAQQx1QQ9xIgFBMGogAUHXAGogAUEKSRs6AAIjAiAAQQh1QQ9xIgFBMGogAUHXAGogAUEKSRs6AAMjAiAAQQR1QQ9xIgFBMGogAUHXAGogAUEKSRs6AAQjAiAAQQ9xIgBBMGogAEHXAGogAEEKSRs6AAUjAkEGaiQCC7kBAQF/IwEjACIGIAVqSQRAQQAPCyAGLQAAIABHBH9BAQUgBi0AASABRwsEf0EBBSAGLQACIAJHCwR/QQEFIAYtAAMgA0cLBEBBAA8LIAVBBUYEfyAGLQAEIARHBUEACwRAQQAPCyMCIQAgBUEQTQRAIAAgBv0ABAD9CwQABSAFQSBNBEAgACAG/QAEAP0LBAAgACAG/QAEEP0LBBAFIAAgBiAF/AoAAAsLIwIgBWokAiAFIAZqJABBAQvzEAMFfwV+BHsjAEEBaiIB/QAEACIK/QwiIiIiIiIiIiIiIiIiIiIi/SMgCv0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgCv0MICAgICAgICAgICAgICAgIP1x/QxfX19fX19fX19fX19fX19f/Sz9UP1kIgAEQCABIABoaiIAIwFJBH8gAC0AAEEiRgVBAAsEQCAAQQFqJABBAQ8LCwNAIAEjAUkEQCAB/QAEACIM/QwiIiIiIiIiIiIiIiIiIiIi/SP9ZK0gAf0ABBAiDf0MIiIiIiIiIiIiIiIiIiIiIv0j/WStQhCGhCAB/QAEICIK/QwiIiIiIiIiIiIiIiIiIiIi/SP9ZK1CIIaEIAH9AAQwIgv9DCIiIiIiIiIiIiIiIiIiIiL9I/1krUIwhoQhBiAM/QxcXFxcXFxcXFxcXFxcXFxc/SP9ZK0gDf0MXFxcXFxcXFxcXFxcXFxcXP0j/WStQhCGhCAK/QxcXFxcXFxcXFxcXFxcXFxc/SP9ZK1CIIaEIAv9DFxcXFxcXFxcXFxcXFxcXFz9I/1krUIwhoQhByAM/QwgICAgICAgICAgICAgICAg/XH9DF5eXl5eXl5eXl5eXl5eXl79Kv1krSAN/QwgICAgICAgICAgICAgICAg/XH9DF5eXl5eXl5eXl5eXl5eXl79Kv1krUIQhoQgCv0MICAgICAgICAgICAgICAgIP1x/QxeXl5eXl5eXl5eXl5eXl5e/Sr9ZK1CIIaEIAv9DCAgICAgICAgICAgICAgICD9cf0MXl5eXl5eXl5eXl5eXl5eXv0q/WStQjCGhEJ/hSEFIwEgAWsiAEHAAEkEQEIBIACthkIBfSIIIAaDIQYgByAIgyEHIAUgCIMhBQsgB1AEQCAFIAaEIgVQBEAgAUFAayEBDAMLIAYgBXoiBYhCAYNQBEBBAA8LIAEgBadqQQFqJABBAQ8LIAYgB0IBhkJ/hYMiCEIAUgR+QgEgCHqGQgF9BUJ/CyIGIAcgB0IBhoODQgBSBEACfwNAIAEjAUkEQCAB/QAEACIK/QwiIiIiIiIiIiIiIiIiIiIi/SMgCv0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgCv0MICAgICAgICAgICAgICAgIP1x/QxfX19fX19fX19fX19fX19f/Sz9UP1kIQMgAUEQaiEAA0AgAwRAAkBBACABIANoaiICIwFPDQUaIAItAAAiBEEiRgRAIAJBAWokAEEBDAYLQQAgBEHcAEcNBRpBACACEA0iBEUNBRogAiAEaiICIABPBEAgAiEADAELIANBASACIAFrdEEBa0F/c3EhAwwCCwsLIAAhAQwBCwtBAAsPCyAGIAeDQoCAgICAgICAfIMiCUIAUgR/IAZCASAJeiIJhkIBfYMhBiAJpwVBwAALIQIgBSAGg0IAUgRAQQAPCyAGIAeDIgZCAFIEfiAM/Qx1dXV1dXV1dXV1dXV1dXV1/SP9ZK0gDf0MdXV1dXV1dXV1dXV1dXV1df0j/WStQhCGhCAK/Qx1dXV1dXV1dXV1dXV1dXV1/SP9ZK1CIIaEIAv9DHV1dXV1dXV1dXV1dXV1dXX9I/1krUIwhoRCf4UgBkIBhoMFQgELUARAIAZCAoYgBkIDhoQgBkIEhoQgBkIFhoQgDP0MMDAwMDAwMDAwMDAwMDAwMP1x/QwJCQkJCQkJCQkJCQkJCQkJ/SogDP0MYWFhYWFhYWFhYWFhYWFhYf1x/QwFBQUFBQUFBQUFBQUFBQUF/Sr9UP1krSAN/QwwMDAwMDAwMDAwMDAwMDAw/XH9DAkJCQkJCQkJCQkJCQkJCQn9KiAN/QxhYWFhYWFhYWFhYWFhYWFh/XH9DAUFBQUFBQUFBQUFBQUFBQX9Kv1Q/WStQhCGhCAK/QwwMDAwMDAwMDAwMDAwMDAw/XH9DAkJCQkJCQkJCQkJCQkJCQn9KiAK/QxhYWFhYWFhYWFhYWFhYWFh/XH9DAUFBQUFBQUFBQUFBQUFBQX9Kv1Q/WStQiCGhCAL/QwwMDAwMDAwMDAwMDAwMDAw/XH9DAkJCQkJCQkJCQkJCQkJCQn9KiAL/QxhYWFhYWFhYWFhYWFhYWFh/XH9DAUFBQUFBQUFBQUFBQUFBQX9Kv1Q/WStQjCGhEJ/hYNCAFIEQEEADwsgBiAM/QwwMDAwMDAwMDAwMDAwMDAw/SP9ZK0gDf0MMDAwMDAwMDAwMDAwMDAwMP0j/WStQhCGhCAK/QwwMDAwMDAwMDAwMDAwMDAw/SP9ZK1CIIaEIAv9DDAwMDAwMDAwMDAwMDAwMDD9I/1krUIwhoQiBUICiIMgBUIDiIMiBUIAUgRAIAUgDP0MMDAwMDAwMDAwMDAwMDAwMP1x/QwHBwcHBwcHBwcHBwcHBwcH/Sr9ZK0gDf0MMDAwMDAwMDAwMDAwMDAwMP1x/QwHBwcHBwcHBwcHBwcHBwcH/Sr9ZK1CEIaEIAr9DDAwMDAwMDAwMDAwMDAwMDD9cf0MBwcHBwcHBwcHBwcHBwcHB/0q/WStQiCGhCAL/QwwMDAwMDAwMDAwMDAwMDAw/XH9DAcHBwcHBwcHBwcHBwcHBwf9Kv1krUIwhoRCBIiDIQUDQCAFQgBSBEAgASAFeqdqEABFBEBBAA8LIAUgBUIBfYMhBQwBCwsLBSAGQgBSBEAgBiAGQgF9gyIHQgF9IAeDIglCAX0gCYMhBSABIAl6pyAGeqciACAJQgBSG2oQACAAIAFqEAAgASAHeqcgACAHQgBSG2oQAHFxIQADQCAFQgBSBEAgASAFeqdqEAAgAHEhACAFIAVCAX2DIQUMAQsLIABFBEBBAA8LCwsgCEIAUgRAIAh6pyIAIAJJBEAgACABakEBaiQAQQEPCwsgASACaiEBDAELC0EAC7MBAQV/QcCSsgEoAgAhBiABIABrIQQDQCADIAZJBEAgA0EIdEHQkrIBaiIBKAIAIARGBH8gAUEEaiEFQQAhAQJ/A0AgAUEIaiICIARNBEBBACAAIAFqKQMAIAEgBWopAwBSDQIaIAIhAQwBCwsDQCABIARJBEBBACAAIAFqLQAAIAEgBWotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALBEAgA0EBag8LIANBAWohAwwBCwtBAAu6AwECfyADQQFrIQYDQCACIAZJBH8gBi0AAEEwRgVBAAsEQCAGQQFrIQYMAQsLIAEhBQNAIAMgBUsEfyAFLQAAQTBGBH9BAQUgBS0AAEEuRgsFQQALBEAgBUEBaiEFDAELCwJAIAMgBU0EQCAEBEAjAkEtOgAAIwJBAWokAgsjAkEwOgAAIwJBAWokAgwBCyACIAFrIgRBAUYiAwRAIAEtAABBMEYhAwsgBkEBaiIBIAVrIAEgAkEBaksgAiAFS3FrQQ9KBEBBAA8LIAMEQCAFIAJBAWprQQNKBEBBAA8LBSAEQRBKBEBBAA8LCyACIAZGBEAjAiEBIAIgAGsiAkEQTQRAIAEgAP0ABAD9CwQABSACQSBNBEAgASAA/QAEAP0LBAAgASAA/QAEEP0LBBAFIAEgACAC/AoAAAsLIwIgAmokAgwBCyMCIQEgBkEBaiAAayICQRBNBEAgASAA/QAEAP0LBAAFIAJBIE0EQCABIAD9AAQA/QsEACABIAD9AAQQ/QsEEAUgASAAIAL8CgAACwsjAiACaiQCQQEPCyMCQS46AAAjAkEBaiQCIwJBMDoAACMCQQFqJAJBAQvjAQEFfyABQQJ0IgYgAEEQamooAgAhByMBIAAoAgggACgCBCIEQQJqaiIFIAAgBmooAhQgB2siBmogBEEAIAMbIghrIgMgAmpNBH9BAAUgACAAKAIMaiAHaiABIAVsaiAIaiEFQQAhAAJ/A0AgAEEIaiIBIANNBEBBACAAIAJqKQMAIAAgBWopAwBSDQIaIAEhAAwBCwsDQCAAIANJBEBBACAAIAJqLQAAIAAgBWotAABHDQIaIABBAWohAAwBCwtBAQsLRQRAQQAPCyACIARqIAhrQQFqJAojCiAGaiQLIAIgA2oLsgEBAn8gAkECdCICIAFBEGpqKAIAIQQjASABIAJqKAIUIARrIgMgAGpNBEBBAA8LIAFBlCBqIARqIQRBACEBAn8DQCABQQhqIgIgA00EQEEAIAAgAWopAwAgASAEaikDAFINAhogAiEBDAELCwNAIAEgA0kEQEEAIAAgAWotAAAgASAEai0AAEcNAhogAUEBaiEBDAELC0EBC0UEQEEADwsgACADaiIAQQAgAC0AAEEiRhsLPAAgAUEBSiMHQQBOcQRAIwdBDnRBlKChAWogAEECdGooAgAPCyAAQQV0QYCIhQFqIgAoAgAgACgCBBAGC40BAQJ/IAJBCHRBgIiyAWoiAigCACIDIAEgAGtGQQAgAxsEfyACQQRqIQRBACEBAn8DQCABQQhqIgIgA00EQEEAIAAgAWopAwAgASAEaikDAFINAhogAiEBDAELCwNAIAEgA0kEQEEAIAAgAWotAAAgASAEai0AAEcNAhogAUEBaiEBDAELC0EBCwVBAAsLKwEBfwNAIAJBA0gEQCAAIAEgAkEBahALBEAgAg8LIAJBAWohAgwBCwtBfws3AQF/IwEgAEEBak0EQEEADwtBBkECIAAtAAFB9QBGGyIBQQAjASAAIAFqTwR/IAAQAAVBAAsbCwcAQdCSswEL3wQBCX9BgIC3ASEFIAMhBANAIAZBgAhJIAAgAUlxBEACQCAAIQMCfwNAIAEgA0sEQCAD/QAEAP0MCgoKCgoKCgoKCgoKCgoKCv0j/WQgA/0ABBD9DAoKCgoKCgoKCgoKCgoKCgr9I/1kQRB0ciIHBEAgAyAHaGoiAyABIAEgA0sbDAMLIANBIGohAwwBCwsgAQsiCyAARiABIAtNcgR/QQEFIAtBAWstAABBDUYLDQAgACALIABrIAQgBWpBAWpBgP7/ARACIgdBAEgNAEGEkLIBKAIAIgNBiJCyASgCACIIRkGAkLIBKAIAQQFHcg0AQZiQsgEoAgAiCUECRkGMkLIBKAIAIgpBAkZyBH9BAQVBpJCyASgCAAsNACAFIAIgBPwKAAAgBCAFakE6OgAAIAZBMGxBgIC0AWoiDCAANgIAIAwgCzYCBCAMIAU2AgggDCAHNgIMIAwgAzYCECAMIAg2AhQgDCAKNgIYIAoEQEGUkLIBKAIAIQJBxOuw4H4hBEGQkLIBKAIAIQADQCAAIAJJBEAgBCAALQAAc0GTg4AIbCEEIABBAWohAAwBCwsFQQAhBAsgDCAENgIcIAxBkJCyASgCADYCICAMQZSQsgEoAgA2AiQgDCAJNgIoIAkEQEGgkLIBKAIAIQRB0tiwsH4hAkGckLIBKAIAIQADQCAAIARJBEAgAiAALQAAc0GTg4AIbCECIABBAWohAAwBCwsFQQAhAgsgDCACNgIsIAggAyICayEEIAdBB2pBeHEhBSAGQQFqIQYgC0EBaiEADAILCwtBvJCyASAANgIAIAYLDgAgACABQYCoJEEAEAILEABBgIAEIABBgKgkQQAQAgsHAEGAgLQBCwcAQYD8swELBwBBgJCyAQvMAwEPfyMEIABrIQYDQCAFIAZIBEAgACAFaiILQQR0IgJBgIiNAWooAgAhByACQYSIjQFqKAIAIQwgBUEBayEEA0AgBEEATgRAAkAgBEECdEGAiJ0BaigCACINQQR0QYCIjQFqIgIoAgAhCCACKAIEIAhrIgkgDCAHayIKIAkgCkkbIQ5BACEDAkADQCADIA5JBEAgAyAIai0AACIPIAMgB2otAAAiEGshAiAPIBBHDQIgA0EBaiEDDAELCyAJIAprIQILIAJFBEBBAA8LIAJBAEgNACAEQQJ0QYSInQFqIA02AgAgBEEBayEEDAILCwsgBEECdEGEiJ0BaiALNgIAIAVBAWohBQwBCwtBgOjkACABIwIgAWv8CgAAIAEhAEEAIQIDQCACIAZIBEAgAkECdEGAiJ0BaigCAEEEdEGAiI0BaiEDIAJBAEoEQCAAQSw6AAAgAEEBaiEACyADKAIIIgQgAWtBgOjkAGohBSADKAIMIARrIgNBEE0EQCAAIAX9AAQA/QsEAAUgA0EgTQRAIAAgBf0ABAD9CwQAIAAgBf0ABBD9CwQQBSAAIAUgA/wKAAALCyAAIANqIQAgAkEBaiECDAELCyAAJAJBAQsHAEGA//8CCwcAQYCAgAILmQ0CDn8BeyMAQQFqJAAjACEAA0AgACMBSQRAIAAtAAAiAUEJRiABQSBGciABQQpGciABQQ1GcgRAIABBAWohAAwCCwsLIAAkACMAIwFJBH8jAC0AAEH9AEYFQQALBEAjAEEBaiQAQQAPCyMHIgBBDnRBgIihAWpBACAAQQBOIgEbIQcgAQR/IAcoAgAFQQALIQggAEEATiIEIgAEQCAHKAIEQX9HIQALQQEhAQJAA0ACQEEAIQZBACEDIABBACAFIAhIIARxGwR/IAcgBSMAIAEQCCICBH8jCiEGIwshAyACJAAjACECA0AgAiMBSQRAIAItAAAiCUEJRiAJQSBGciAJQQpGciAJQQ1GcgRAIAJBAWohAgwCCwsLIAIkAEEBBUEACwVBAAsiAkUEQCABRQRAIwAhAgNAIAIjAUkEQCACLQAAIgFBCUYgAUEgRnIgAUEKRnIgAUENRnIEQCACQQFqIQIMAgsLCyACJAAjACMBTw0EIwAiAUEBaiQAIAEtAAAiAUH9AEYNAiABQSxHDQQjACECA0AgAiMBSQRAIAItAAAiAUEJRiABQSBGciABQQpGciABQQ1GcgRAIAJBAWohAgwCCwsLIAIkAAsjACMBTwR/QQEFIwAtAABBIkcLDQMjAEEBaiEGIAUgCEggBHEEfyAGIAcgBRAJBUEACyIDQQBHIgJFBEACfyMAQQFqIQFBAAJ/A0AgASMBSQRAIAH9AAQAIg79DCIiIiIiIiIiIiIiIiIiIiL9IyAO/QxcXFxcXFxcXFxcXFxcXFxc/SP9UCAO/QwgICAgICAgICAgICAgICAg/XH9DF9fX19fX19fX19fX19fX1/9LP1Q/WQiAwRAIAEgA2hqIgEjASABIwFJGwwDCyABQRBqIQEMAQsLIwELIgEjAU8Ef0EBBSABLQAAQSJHCw0AGiABCyIDRQ0ECyADQQFqJAAjACEBA0AgASMBSQRAIAEtAAAiCUEJRiAJQSBGciAJQQpGciAJQQ1GcgRAIAFBAWohAQwCCwsLIAEkACMAIwFPBH9BAQUjAC0AAEE6RwsNAyMAQQFqJAAjACEBA0AgASMBSQRAIAEtAAAiCUEJRiAJQSBGciAJQQpGciAJQQ1GcgRAIAFBAWohAQwCCwsLIAEkAAtBACEBIAIEf0EABSAGIANBABALCwRAIAoNA0EBIQoCfyMAIgMtAABBIkYEQCADQQFqIQICfwNAIAIjAUkEQCAC/QAEACIO/QwiIiIiIiIiIiIiIiIiIiIi/SMgDv0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgDv0MICAgICAgICAgICAgICAgIP1x/QxfX19fX19fX19fX19fX19f/Sz9UP1kIgYEQCACIAZoaiICIwEgAiMBSRsMAwsgAkEQaiECDAELCyMBCyICIwFJBH8gAi0AAEEiRgVBAAsEQEGAkLIBQQE2AgBBhJCyASADQQFqNgIAQYiQsgEgAjYCACACQQFqJABBAQwCCwsjAkEAEAFFDQAaJAJBgJCyAUECNgIAQYSQsgEgAzYCAEGIkLIBIwA2AgBBAQtFDQMFIARBACACGyEEIAVBgCBODQMgAgR/IAdBlBBqIAVBAnRqKAIABSAGIAMQDAsiDUEATgR/An9BACANQQxsQYyQsgFqIgsoAgANABojACIJLQAAQSJGBEAgCUEBaiECAn8DQCACIwFJBEAgAv0ABAAiDv0MIiIiIiIiIiIiIiIiIiIiIv0jIA79DFxcXFxcXFxcXFxcXFxcXFz9I/1QIA79DCAgICAgICAgICAgICAgICD9cf0MX19fX19fX19fX19fX19fX/0s/VD9ZCIMBEAgAiAMaGoiAiMBIAIjAUkbDAMLIAJBEGohAgwBCwsjAQsiAiMBSQR/IAItAABBIkYFQQALBEAgC0EBNgIAIAsgCUEBajYCBCALIAI2AghBAQwCCwsgC0ECNgIAIAsgCTYCBCALQQA2AghBAQsFQQELRQ0DIAVBBXRBgIiFAWoiAiAGNgIAIAIgAzYCBCMAIgMtAABBIkYEfxAFBUEACwRAIAIgAzYCCCACIwA2AgwgAkEBNgIQBSADJAAgAiMCNgIIEAFFDQQgAiMCNgIMIAJBADYCEAsgAiADNgIUIAIjADYCGCANQQBOBH8gDUEMbEGMkLIBaigCAEECRgVBAAsEQCANQQxsQZSQsgFqIwA2AgALIAVBAWohBQsMAQsLIARFIAUgCEdyBEBBfyQHCyAFDwtBfwuwAQEEfyMIIQJB0JKzASEAA0AgASACSARAIAEgAhAKIgMEQCAAIAM2AgAgACABQQV0QYCIhQFqIgMoAhQ2AgQgACADKAIYNgIIIABBDGohAAsgAUEBaiEBDAELC0GAkLIBKAIAIgFBAEHEkrIBKAIAGwR/IABBADYCACAAQYSQsgEoAgAgAUEBRiIBazYCBCAAQYiQsgEoAgAgAWo2AgggAEEMagUgAAtB0JKzAWtBDG4L0QIBBn9BgejkACEAQYDo5ABB+wA6AAAjCCEDQQEhAgNAIAEgA0gEQCABQQV0QYCIhQFqIgQoAgAhBSABIAMQCgRAIAJFBEAgAEEsOgAAIABBAWohAAtBACECIAQoAhggBUEBayIEayEFIAAgBCAF/AoAACAAIAVqIQALIAFBAWohAQwBCwtBgJCyASgCACIBQQBBxJKyASgCABsEQCACRQRAIABBLDoAACAAQQFqIQALIABBIjoAACAAQQFqIgBBhIiyAUGAiLIBKAIAIgL8CgAAIAAgAmoiAEEBaiECIABBIjoAACACQQFqIQAgAkE6OgAAIAFBAUYiAQRAIABBIjoAACAAQQFqIQALQYiQsgEoAgBBhJCyASgCACICayEDIAAgAiAD/AoAACAAIANqIQAgAQRAIABBIjoAACAAQQFqIQALCyAAQf0AOgAAIABBAWoLBwBBwJKyAQsHAEGA6OQACwUAQcAACwYAQYCoJAvhCAEOfyMHQQBOBEAjB0EOdEGUkKEBag8LA0AgAiMFSARAAn9BACACQQ50QYCIoQFqIgEoAgAgAEcNABpBACEEA0AgACAESgRAQQAgBEEFdEGAiIUBaiIDKAIAIAEgBBAJIAMoAgRHDQIaIARBAWohBAwBCwtBAQsEQCACJAcgAkEOdEGUkKEBag8LIAJBAWohAgwBCwtBACECA0AgACACSgRAIAUgAkEFdEGAiIUBaiIBKAIEIAEoAgBraiEFIAJBAWohAgwBCwtBACEEA0AgACAESgRAIARBBXRBgIiFAWoiASgCACEIIAEoAgQhCSAEQQFrIQMDQCADQQBOBEACQCADQQJ0QYCIsQFqKAIAIgpBBXRBgIiFAWoiASgCACELIAEoAgQgC2siDCAJIAhrIg0gDCANSRshDkEAIQECQANAIAEgDkkEQCABIAtqLQAAIgYgASAIai0AACIHayECIAYgB0cNAiABQQFqIQEMAQsLIAwgDWshAgsgAkUEQEEADwsgAkEASA0AIANBAnRBhIixAWogCjYCACADQQFrIQMMAgsLCyADQQJ0QYSIsQFqIAQ2AgAgBEEBaiEEDAELCyAAQYACSiAFQezfAEtyBEBBfyQHQYCIsQEPCyMFQRBIBH8jBQUjBiIBQQFqJAYgAUEQbwsiBkEOdEGAiKEBaiIHQZQIakGAiLEBIABBAnT8CgAAQQAhA0EAIQIDQCAAIAJKBEAgAkEFdEGAiIUBaiIBKAIAIQQgASgCBCAEayEBIAJBAnQiBSAHQRBqaiADNgIAIAdBlCBqIANqIAQgAfwKAAAgASADaiEDIAdBlBBqIAVqIAQgASAEaiIBEAw2AgAgB0GUGGogBWogBCABEAY2AgAgAkEBaiECDAELCyAHQRBqIABBAnRqIAM2AgBBfyEEQZSIhQEoAgBBhIiFASgCAEEBaiIIayEJQQAhAgNAIAJBAWogAEgEQAJAIAJBBXQiAUGgiIUBaigCAEEBayEKQQAhBSABQZiIhQFqKAIAIgshAQJ/A0AgASAKSQRAIAEtAAAiDEEsRgRAIAVBAWohBQVBACAMQQlHIAxBIEdxIAxBCkdxIAxBDUdxDQMaCyABQQFqIQEMAQsLIAVBAUYLBEAgCiALayIBQQJqIAlqIQIgCUEITSABQQhNcQR/IAAgAmwgA0EBdGpB7N8ATQVBAAsEQCAKIAtrIQQgB0GUIGogA2ohAkEAIQUDQCAAIAVKBEAgBUEFdEGAiIUBaiIBKAIAIQogASgCBCEBIAIgCyAE/AoAACACIARqIgJBAWohDCACQSI6AAAgDCAKIAEgCmsiAfwKAAAgASAMaiIBQQFqIQIgAUEiOgAAIAIgCCAJ/AoAACACIAlqIQIgBUEBaiEFDAELCwsMAQsgAkEBaiECDAILCwsgByAENgIEIAcgCTYCCCAHIANBlCBqNgIMIAcgADYCACMFQRBIBEAjBUEBaiQFCyAGJAcgB0GUCGoLqgoCGn8BeyMDQQFqJAMCQAJAIwNBwABKDQAjAiINQfsAOgAAIA1BAWohA0EBIQEjAEEBaiEAA0AgACMBSQRAIAAtAAAiBkEJRiAGQSBGciAGQQpGciAGQQ1GcgRAIABBAWohAAwCCwsLIAAjAUkEfyAALQAAQf0ARgVBAAsEQCAAQQFqJAAgA0H9ADoAACADQQFqJAIMAgsjBCEMIwkiBkEBaiQJIAZBCEgEfyAGQYAKbEHQmrMBagVBAAsiCwR/IAsoAgAFQQALIg5BAEohDwNAAkBBACEIQQAhCiAAIQYgCSAOSAR/IAsgCSAAIAlFEAgiBwR/IwohCCMLIQogByEAA0AgACMBSQRAIAAtAAAiB0EJRiAHQSBGciAHQQpGciAHQQ1GcgRAIABBAWohAAwCCwsLQQEFQQALBUEACyIHRQRAIAlBAEoEQANAIAAjAUkEQCAALQAAIghBCUYgCEEgRnIgCEEKRnIgCEENRnIEQCAAQQFqIQAMAgsLCyAAIwFPDQQgACIIQQFqIQAgCC0AACIIQf0ARg0CIAhBLEcNBANAIAAjAUkEQCAALQAAIghBCUYgCEEgRnIgCEEKRnIgCEENRnIEQCAAQQFqIQAMAgsLCwtBACEPIAAjAU8Ef0EBBSAALQAAQSJHCw0DAn8gAEEBaiEIQQACfwNAIAgjAUkEQCAI/QAEACIa/QwiIiIiIiIiIiIiIiIiIiIi/SMgGv0MXFxcXFxcXFxcXFxcXFxcXP0j/VAgGv0MICAgICAgICAgICAgICAgIP1x/QxfX19fX19fX19fX19fX19f/Sz9UP1kIgoEQCAIIApoaiIIIwEgCCMBSRsMAwsgCEEQaiEIDAELCyMBCyIIIwFPBH9BAQUgCC0AAEEiRwsNABogCAsiCkUNAyAAQQFqIQggCkEBaiEAA0AgACMBSQRAIAAtAAAiEEEJRiAQQSBGciAQQQpGciAQQQ1GcgRAIABBAWohAAwCCwsLIAAjAU8Ef0EBBSAALQAAQTpHCw0DIABBAWohAANAIAAjAUkEQCAALQAAIhBBCUYgEEEgRnIgEEEKRnIgEEENRnIEQCAAQQFqIQAMAgsLCwsgCQRAIAlBAUYEQCAIQQFrIREgBiECCwUgCkEBaiESIAAhBQsjBCIZQYCAAU4NAiAZQQR0QYCIjQFqIRcgDCAZSARAIAMiBkEBaiEDIAZBLDoAACAEQQAgBxtFBEAgF0EMaygCACAXQRBrKAIAIhNrIhggCiAIayIQIBAgGEsbIRRBACEGAkADQCAGIBRJBEAgBiATai0AACIVIAYgCGotAAAiFmshBCAVIBZHDQIgBkEBaiEGDAELCyAYIBBrIQQLIARFDQQgAUEAIARBAEwbIQELCyAHIQQgCEEBayEGIAogCGtBAmoiB0EQTQRAIAMgBv0ABAD9CwQABSAHQSBNBEAgAyAG/QAEAP0LBAAgAyAG/QAEEP0LBBAFIAMgBiAH/AoAAAsLIAMgB2oiBkE6OgAAIBlBAWokBCAAJAAgBkEBaiQCEAFFDQIjACEAIBcgCDYCACAXIAo2AgQgFyADNgIIIBcjAiIDNgIMIAlBAWohCQwBCwsgACQAIAMkAiAJIA5GIA9xQQEgCxtFBEAgCyAJQQJOIAFxIAlBIExxBH8gCyAMIAkgAiARIBIgBRAjBUEACzYCAAsgAQR/QQEFIAwgDUEBahAVC0UNACMCQf0AOgAAIwJBAWokAiAMJAQMAQtBAA8LIwNBAWskA0EBC+wFAQh/IwAhByMAIgEtAABBLUYiBQRAIAFBAWohAQsCQAJAAkAjASABTQ0AIAH9AAQA/QwwMDAwMDAwMDAwMDAwMDAw/XH9DAkJCQkJCQkJCQkJCQkJCQn9Kv1kQX9zIgRoIgJBD0kjASABIAJqS3EEQCACBH8gAkEBSwR/IAEtAABBMEYFQQALBUEBCw0BIAEgAmoiAy0AACIAQS5HBEAgAEHFAEYgAEHlAEZyDQIgAyQAIAJBAUYEfyABLQAAQTBGBUEACw0DIwIhACADIAdrIgJBEE0EQCAAIAf9AAQA/QsEAAUgAkEgTQRAIAAgB/0ABAD9CwQAIAAgB/0ABBD9CwQQBSAAIAcgAvwKAAALCwwECyAEIAJBAWp2aCIAIANBAWpqIgIgAWtBEEkgAiMBSXEEQCAARQ0CIAItAAAiAEHFAEYgAEHlAEZyIABBLkZyDQIgAiQAIAcgASADIAIgBRAHDwsLIAEtAAAiAEEwRgRAIAFBAWohAgUgAEE5TSAAQTFPcQRAIAFBAWohAgNAIAIjAUkEfyACLQAAIgBBOU0gAEEwT3EFQQALBEAgAkEBaiECDAELCwUMAgsLIAIhACACIwFJBH8gAi0AAEEuRgVBAAsEQEEBIQYgAkEBaiICIQQDQCACIwFJBH8gAi0AACIDQTlNIANBME9xBUEACwRAIAJBAWohAgwBCwsgAiAERg0BCyACIwFJBEAgAi0AACIDQcUARiADQeUARnIgA0EuRnIEf0EBBSADQTlNIANBME9xCw0BCyACJAAgBkUEQCAAIAFrIgJBAUYEfyABLQAAQTBGBUEACw0CIAJBzCFKDQEjAiEBIAAgB2siAkEQTQRAIAEgB/0ABAD9CwQABSACQSBNBEAgASAH/QAEAP0LBAAgASAH/QAEEP0LBBAFIAEgByAC/AoAAAsLDAMLIAcgASAAIAIgBRAHDwtBAA8LIwJBMDoAACMCQQFqJAJBAQ8LIwIgAmokAkEBCwYAQYCAIAv3AwEGfyADIQcCfwNAIAQgB0sEQCAHLQAAIglBLEYEQCAIQQFqIQgFQQAgCUEJRyAJQSBHcSAJQQpHcSAJQQ1HcQ0DGgsgB0EBaiEHDAELCyAIQQFGCwR/QQAhCCAFIQcCfwNAIAYgB0sEQCAHLQAAIglBOkYEQCAIQQFqIQgFQQAgCUEJRyAJQSBHcSAJQQpHcSAJQQ1HcQ0DGgsgB0EBaiEHDAELCyAIQQFGCwVBAAtFBEBBAA8LIAYgBWsiCUEISyAEIANrIghBCEtyBEBBAA8LIAhBAmogCWohB0EAIQZBACEEA0AgAiAESgRAIAYgASAEakEEdEGAiI0BaiIGKAIEIAYoAgBraiEGIARBAWohBAwBCwsgBkGUAWogAiAHbGpBgApLBEBBAA8LQQAhBiAAQZQBaiEEQQAhBwNAIAIgB0oEQCABIAdqQQR0QYCIjQFqIgooAgAhCyAKKAIEIABBEGogB0ECdGogBjYCACALayIKIAZqIQYgBCADIAj8CgAAIAQgCGoiBEEBaiEMIARBIjoAACAMIAsgCvwKAAAgCiAMaiIEQQFqIQogBEEiOgAAIAogBSAJ/AoAACAJIApqIQQgB0EBaiEHDAELCyAAQRBqIAJBAnRqIAY2AgAgACAINgIEIAAgCTYCCCAAQZQBNgIMIAILBgBBgIAEC9YGAgV/AXsjAEEBaiEAIwJBIjoAACMCQQFqJAIDQAJAIAAhAQJ/A0AgASMBSQRAIAH9AAQAIgX9DCIiIiIiIiIiIiIiIiIiIiL9IyAF/QxcXFxcXFxcXFxcXFxcXFxc/SP9UCAF/QwgICAgICAgICAgICAgICAg/XH9DF9fX19fX19fX19fX19fX1/9LP1Q/WQiAgRAIAEgAmhqIgEjASABIwFJGwwDCyABQRBqIQEMAQsLIwELIgMjAU8NACADIABrIgIjAmpBEGpBgMjkAEsNACMCIQEgAkEQTQRAIAEgAP0ABAD9CwQABSACQSBNBEAgASAA/QAEAP0LBAAgASAA/QAEEP0LBBAFIAEgACAC/AoAAAsLIwIgAmokAiADLQAAIgBBIkYEQCMCQSI6AAAjAkEBaiQCIANBAWokAEEBDwsgAEHcAEYEQCADEA0iAUUNASMCIQAgAUEQTQRAIAAgA/0ABAD9CwQABSABQSBNBEAgACAD/QAEAP0LBAAgACAD/QAEEP0LBBAFIAAgAyAB/AoAAAsLIwIgAWokAiABIANqIQAMAgsgAEEgSQ0AIABB/wBGBH9BAQUgAEHgAUkgAEHCAU9xBH8jASADQQJqSQ0CQX8gAy0AASIBQT9xIAFBwAFxQYABRxsiAUEASA0CIABBH3FBBnQgAXIhAEECBSAAQfABSSAAQeABT3EEfyMBIANBA2pJDQNBfyADLQABIgFBP3EgAUHAAXFBgAFHGyICQX8gAy0AAiIBQT9xIAFBwAFxQYABRxsiAXJBAEgNAyAAQQ9xQQx0IAJBBnRyIAFyIgBBgBBIBH9BAQUgAEGAwANIIABBgLADTnELDQNBAwUgAEH1AUkgAEHwAU9xRQ0DIwEgA0EEakkNA0F/IAMtAAMiAUE/cSABQcABcUGAAUcbIgRBfyADLQABIgFBP3EgAUHAAXFBgAFHGyICQX8gAy0AAiIBQT9xIAFBwAFxQYABRxsiAXJyQQBIDQMgAEEHcUESdCACQQx0ciABQQZ0ciAEciIAQYCABEggAEH//8MASnINA0EECwsLIABBgIAETgRAIABBgIAEayIAQQp1QYCwA3IQAyAAQf8HcUGAuANyEAMFIAAQAwsgA2ohAAwBCwtBAAuaAQEBf0HAkLIBQf8BQYAC/AsAQTAhAANAIABBOU0EQCAAQcCQsgFqIABBMGs6AAAgAEEBaiEADAELC0HhACEAA0AgAEHmAE0EQCAAQcCQsgFqIABB1wBrOgAAIABBAWohAAwBCwtBACQFQQAkBkF/JAdBACEAA0AgAEEISARAIABBgApsQdCaswFqQQA2AgAgAEEBaiEADAELCwsHAEGAiLIBCw==";

// packages/canonical-json/src/wasm-scanner.ts
function wasmApi() {
  return globalThis.WebAssembly;
}
var compiled;
function module() {
  if (compiled === void 0) {
    try {
      const wasm = wasmApi();
      compiled = wasm ? new wasm.Module(Buffer.from(SCAN_WASM_BASE64, "base64")) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}
var PREFIX_ROOM = 1024;
var RUN_FIELDS = 12;
var MAX_RUN = 1024;
var MAX_KEY = 252;
var WasmScanner = class _WasmScanner {
  /** The module's memory; the canonical bytes of the last scan are at {@link outStart}. */
  bytes;
  /** Where the canonical bytes start in {@link bytes}. */
  outStart;
  /** Free bytes before {@link outStart}. */
  prefixRoom = PREFIX_ROOM;
  /** The fields found by the last scan, as offsets in the line's source. */
  fields;
  /** Longest line (in bytes) the module handles; longer lines are declined. */
  maxLineBytes;
  dropStart = 0;
  dropEnd = 0;
  dropKind = 0;
  /**
   * A region of the module's memory the caller may read its lines into: {@link scan}
   * of a buffer that views this memory scans the line where it is, without copying it.
   */
  region;
  /**
   * The rows of the last {@link scanRun}, {@link RUN_FIELDS} each: line start and end,
   * `prev:` start and canonical end (in {@link bytes}), stored hash start and end, then
   * per id field its kind, key hash, and (input id only) start and end. Line and span
   * positions are offsets in the buffer given to scanRun.
   */
  runRows;
  /** Where scanRun stopped (an offset in the buffer given to it). */
  runStop = 0;
  runPrev;
  /** Where {@link project} writes (in {@link bytes}). */
  projectionStart;
  /** The rows of the last {@link projectSpans}. */
  spans;
  /** What turns the module's addresses of the last line scanned into offsets in its `src`. */
  shift = 0;
  exports;
  inStart;
  res;
  dropKey;
  constructor(instance, dropKey, fields) {
    const x = instance.exports;
    this.exports = x;
    this.bytes = Buffer.from(x.memory.buffer);
    this.inStart = x.inPtr();
    this.outStart = x.outPtr();
    this.maxLineBytes = x.maxLine();
    this.region = Buffer.from(x.memory.buffer, x.regionPtr(), x.regionSize());
    this.res = new Int32Array(x.memory.buffer, x.resPtr(), 16);
    this.projectionStart = x.projOutPtr();
    this.runRows = new Int32Array(x.memory.buffer, x.runTablePtr(), MAX_RUN * RUN_FIELDS);
    this.spans = new Int32Array(x.memory.buffer, x.spansPtr(), (x.projLimit() + 1) * 3);
    this.runPrev = x.runPrevPtr();
    this.dropKey = dropKey;
    const conf = x.confPtr();
    const keys = [dropKey, ...fields];
    keys.forEach((key, i) => {
      const bytes = Buffer.from(key, "utf8");
      const slot = conf + i * 256;
      this.bytes.writeUInt32LE(bytes.length, slot);
      this.bytes.set(bytes, slot + 4);
    });
    x.configure();
    this.fields = { kind: new Int32Array(3), start: new Int32Array(3), end: new Int32Array(3) };
  }
  /**
   * A scanner dropping `dropKey` and reporting up to three `fields`, or null where
   * WebAssembly SIMD is not available or a key is too long to configure (the caller
   * then uses {@link CanonicalScanner} alone).
   */
  static create(options = {}) {
    const fields = options.fields ?? [];
    const dropKey = options.dropKey ?? "";
    if (fields.length > 3) return null;
    const keys = [dropKey, ...fields];
    if (keys.some((k) => Buffer.byteLength(k, "utf8") > MAX_KEY)) return null;
    const m = module();
    if (m === null) return null;
    const padded = [...fields, "", "", ""].slice(0, 3);
    return new _WasmScanner(new (wasmApi()).Instance(m, {}), dropKey, padded);
  }
  /**
   * Writes the python-json canonical bytes of the JSON object in `src[start, end)`
   * into {@link bytes} from {@link outStart}. Returns their end, or
   * {@link SCAN_DECLINED} when the line needs another path.
   */
  scan(src, start, end) {
    const length = end - start;
    if (length > this.maxLineBytes) return SCAN_DECLINED;
    if (src.buffer === this.region.buffer) {
      const at = src.byteOffset + start;
      const region = this.region;
      if (at < region.byteOffset || at + length + 16 > region.byteOffset + region.length) {
        throw new RangeError("a line scanned in place must lie inside the region, 16 bytes before its end");
      }
      return this.answer(this.exports.scanAt(at, length), -src.byteOffset);
    }
    src.copy(this.bytes, this.inStart, start, end);
    return this.answer(this.exports.scan(length), start - this.inStart);
  }
  /**
   * Sets the top-level keys {@link project} keeps (replacing earlier ones). Returns
   * false, keeping none, when there are more than 64 or one is longer than 252 bytes.
   */
  configureProjection(keys) {
    const x = this.exports;
    const table = x.projPtr();
    const bytes = [...new Set(keys)].map((k) => Buffer.from(k, "utf8"));
    const fits = bytes.length <= x.projLimit() && bytes.every((b) => b.length <= MAX_KEY);
    const kept = fits ? bytes : [];
    this.bytes.writeUInt32LE(kept.length, table);
    this.bytes.writeUInt32LE(fits && this.dropKey !== "" && keys.includes(this.dropKey) ? 1 : 0, table + 4);
    kept.forEach((b, i) => {
      const slot = table + 16 + i * 256;
      this.bytes.writeUInt32LE(b.length, slot);
      this.bytes.set(b, slot + 4);
    });
    x.configure();
    return fits;
  }
  /**
   * After a {@link scan} that did not decline: writes the line's projection at
   * {@link projectionStart} in {@link bytes} and returns its end. The projection is a
   * JSON object of the line's top-level members whose keys were configured with
   * {@link configureProjection}, each in the line's own bytes: parsed, it holds the same
   * values as the whole line parsed, for those keys (the scan found the line valid JSON
   * without repeated keys).
   */
  project() {
    return this.exports.project();
  }
  /**
   * After a {@link scan} that did not decline: the values of the members {@link project}
   * would keep, as rows of {@link spans}, three numbers each: 1 + the index of the
   * member's key among the keys given to {@link configureProjection} (after repeated
   * ones are dropped), or 0 for the dropped key when it is kept; then the start and end
   * of the value in the `src` the line was scanned from. Returns the number of rows, in
   * the line's order (the dropped key last).
   */
  projectSpans() {
    const n = this.exports.projectSpans();
    const rows = this.spans;
    for (let i = 0; i < n; i++) {
      rows[i * 3 + 1] += this.shift;
      rows[i * 3 + 2] += this.shift;
    }
    return n;
  }
  /**
   * Scans the ordinary lines of `src[start, stop)` (src must view {@link region}) in one
   * call: whole lines ending in LF, answered by the scan, with a non-empty plain string
   * as stored hash, id fields absent or plain strings, no rotation anchor. Each line's
   * canonical bytes are written with its `prev:` in front: the first line's `prev` is
   * `prev` (a string, or a span of src as [start, end]), the next ones' the stored hash
   * of the line before, as seed 002 chains. Returns how many lines it did (their rows
   * in {@link runRows}); {@link runStop} is where the next line starts. The caller takes
   * the line it stopped at by itself.
   */
  scanRun(src, start, stop, prev) {
    if (src.buffer !== this.region.buffer || src.byteOffset < this.region.byteOffset) {
      throw new RangeError("scanRun reads lines in the region only");
    }
    const base = src.byteOffset;
    if (base + stop > this.region.byteOffset + this.region.length) throw new RangeError("past the region");
    let prevAt;
    let prevLen;
    if (typeof prev === "string") {
      prevLen = this.bytes.write(prev, this.runPrev, 512, "utf8");
      if (prevLen !== Buffer.byteLength(prev, "utf8")) return 0;
      prevAt = this.runPrev;
    } else {
      prevAt = base + prev[0];
      prevLen = prev[1] - prev[0];
    }
    const n = this.exports.scanRun(base + start, base + stop, prevAt, prevLen);
    const rows = this.runRows;
    for (let i = 0; i < n; i++) {
      const r = i * RUN_FIELDS;
      rows[r] = rows[r] - base;
      rows[r + 1] = rows[r + 1] - base;
      rows[r + 4] = rows[r + 4] - base;
      rows[r + 5] = rows[r + 5] - base;
      rows[r + 8] = rows[r + 8] - base;
      rows[r + 9] = rows[r + 9] - base;
    }
    this.runStop = this.res[15] - base;
    return n;
  }
  /** Reads the results of a scan; `shift` turns the module's addresses into offsets in the caller's buffer. */
  answer(r, shift) {
    if (r < 0) return SCAN_DECLINED;
    this.shift = shift;
    const res = this.res;
    this.dropKind = res[0];
    this.dropStart = res[1] + shift;
    this.dropEnd = res[2] + shift;
    const f = this.fields;
    for (let i = 0; i < 3; i++) {
      f.kind[i] = res[3 + i * 3];
      f.start[i] = res[4 + i * 3] + shift;
      f.end[i] = res[5 + i * 3] + shift;
    }
    return r;
  }
};

export {
  GateError,
  isGateError,
  toGateError,
  deriveStatus,
  makeCheck,
  countChecks,
  readRunContext,
  VERSION,
  TOOL_NAME,
  TOOL_URI,
  JsonNumber,
  toPlain,
  parseJson,
  pythonNumber,
  plainDecimal,
  CANONICAL_MODES,
  parseCanonicalMode,
  parseOptionsFor,
  serializeCanonical,
  canonicalize,
  SCAN_DECLINED,
  FIELD_ABSENT,
  FIELD_PLAIN_STRING,
  CanonicalScanner,
  scanCapacity,
  RUN_FIELDS,
  WasmScanner
};
