import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  IdIndex,
  KEY_CORRELATION,
  KEY_INPUT,
  PROFILES,
  checkRotation,
  keyHash,
  linkCanonical,
  linkHash,
  loadLogSchema,
  readChunks,
  readEntryRange,
  readRefs,
  resolveLogSet,
  scanLogs,
  storedOf
} from "./chunk-A7D5DJPB.js";
import {
  compileSchema,
  errorSegments,
  formatFieldPath
} from "./chunk-2RDYGR3Z.js";
import {
  resolveInside,
  sha256Hex,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  CanonicalScanner,
  GateError,
  SCAN_DECLINED,
  VERSION,
  makeCheck,
  parseCanonicalMode,
  parseJson,
  parseOptionsFor,
  plainDecimal,
  scanCapacity,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/export/src/time.ts
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
var MICROS_PER_DAY = 864e8;
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}
function daysInMonth(y, m) {
  return m === 2 ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28 : [4, 6, 9, 11].includes(m) ? 30 : 31;
}
function parseDateTime(text2, options = {}) {
  let m = DATE_TIME.exec(text2);
  if (!m && options.dateOnly) {
    const d2 = DATE_ONLY.exec(text2);
    if (d2) m = [text2, d2[1], d2[2], d2[3], "00", "00", "00", void 0, "Z"];
  }
  if (!m) return "not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ss[.fraction] with Z or ±hh:mm)";
  if (m[8] === void 0 && m[9] === void 0)
    return "the date-time has no UTC offset (Z or ±hh:mm), so its instant is ambiguous";
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return `${m[1]}-${m[2]}-${m[3]} is not a calendar date`;
  if (h > 23 || mi > 59 || s > 60) return `${m[4]}:${m[5]}:${m[6]} is not a time of day`;
  let offset = 0;
  if (m[9] !== void 0) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return `offset ${m[9]}${m[10]}:${m[11]} is out of range`;
    offset = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const frac = m[7] === void 0 ? 0 : Number((m[7] + "00000").slice(0, 6));
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset * 60;
  return seconds * 1e6 + frac;
}
function digitsAt(buf, i, n) {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const d = buf[k] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
function dateTimeBytes(buf, start, end) {
  if (end - start < 19) return void 0;
  const y = digitsAt(buf, start, 4);
  const mo = digitsAt(buf, start + 5, 2);
  const d = digitsAt(buf, start + 8, 2);
  const h = digitsAt(buf, start + 11, 2);
  const mi = digitsAt(buf, start + 14, 2);
  const s = digitsAt(buf, start + 17, 2);
  const t = buf[start + 10];
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0 || buf[start + 4] !== 45 || buf[start + 7] !== 45 || t !== 84 && t !== 116 && t !== 32 || buf[start + 13] !== 58 || buf[start + 16] !== 58) {
    return void 0;
  }
  let i = start + 19;
  let frac = 0;
  if (i < end && (buf[i] === 46 || buf[i] === 44)) {
    i++;
    let n = 0;
    while (i < end && buf[i] >= 48 && buf[i] <= 57) {
      if (n < 6) frac = frac * 10 + (buf[i] - 48);
      n++;
      i++;
    }
    if (n === 0) return void 0;
    for (let k = n; k < 6; k++) frac *= 10;
  }
  let offset = 0;
  const z = buf[i];
  if (i + 1 === end && (z === 90 || z === 122)) i++;
  else if (z === 43 || z === 45) {
    const oh = digitsAt(buf, i + 1, 2);
    const colon = buf[i + 3] === 58 ? 1 : 0;
    const om = digitsAt(buf, i + 3 + colon, 2);
    if (oh < 0 || om < 0 || i + 5 + colon !== end || oh > 23 || om > 59) return void 0;
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
    i = end;
  } else return void 0;
  if (i !== end) return void 0;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return void 0;
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset * 60;
  return seconds * 1e6 + frac;
}
function utcDay(micros) {
  const { y, m, d } = civilFromDays(Math.floor(micros / MICROS_PER_DAY));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function isoMicros(micros) {
  const day = Math.floor(micros / MICROS_PER_DAY);
  let rest = micros - day * MICROS_PER_DAY;
  const h = Math.floor(rest / 36e8);
  rest -= h * 36e8;
  const mi = Math.floor(rest / 6e7);
  rest -= mi * 6e7;
  const s = Math.floor(rest / 1e6);
  const us = rest - s * 1e6;
  const p = (n, w = 2) => String(n).padStart(w, "0");
  return `${utcDay(micros)}T${p(h)}:${p(mi)}:${p(s)}.${p(us, 6)}Z`;
}
function dateTimeInput(name, text2) {
  const r = parseDateTime(text2, { dateOnly: true });
  if (typeof r === "string") {
    throw new GateError("INPUT_INVALID", `input '${name}' is '${text2}': ${r}`, {
      field: name,
      hint: "Give an ISO 8601 date-time with an offset, such as 2026-01-01T00:00:00Z or 2026-01-01T01:00:00+01:00, or a date (midnight UTC)"
    });
  }
  return r;
}
function durationInput(name, text2) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(text2);
  if (!m || text2 === "P") {
    throw new GateError(
      "INPUT_INVALID",
      `input '${name}' is '${text2}'; give an ISO 8601 duration such as P3Y, P36M or P30D`,
      {
        field: name
      }
    );
  }
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), days: Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0), text: text2 };
}
function minusDuration(micros, d) {
  const day = Math.floor(micros / MICROS_PER_DAY);
  const within = micros - day * MICROS_PER_DAY;
  const { y, m, d: dd } = civilFromDays(day);
  let months = y * 12 + (m - 1) - (d.years * 12 + d.months);
  const ny = Math.floor(months / 12);
  const nm = months - ny * 12 + 1;
  months = 0;
  const nd = Math.min(dd, daysInMonth(ny, nm));
  return (daysFromCivil(ny, nm, nd) - d.days) * MICROS_PER_DAY + within;
}
function durationMicros(d) {
  return (d.years * 365 + d.months * 30 + d.days) * MICROS_PER_DAY;
}

// packages/export/src/split.ts
var KIND = {
  STRING: 1,
  /** A string containing escapes: decode it with JSON.parse. */
  ESCAPED: 2,
  NUMBER: 3,
  TRUE: 4,
  FALSE: 5,
  NULL: 6,
  OBJECT: 7,
  ARRAY: 8
};
var KIND_NAMES = ["", "string", "string", "number", "boolean", "boolean", "null", "object", "array"];
var Members = class {
  count = 0;
  /** Key span without quotes. */
  keyStart = new Int32Array(64);
  keyEnd = new Int32Array(64);
  keyEscaped = new Uint8Array(64);
  /** Value span as written (strings with their quotes). */
  valueStart = new Int32Array(64);
  valueEnd = new Int32Array(64);
  kind = new Uint8Array(64);
  grow() {
    const n = this.keyStart.length * 2;
    const g = (a) => {
      const b = new a.constructor(n);
      b.set(a);
      return b;
    };
    this.keyStart = g(this.keyStart);
    this.keyEnd = g(this.keyEnd);
    this.keyEscaped = g(this.keyEscaped);
    this.valueStart = g(this.valueStart);
    this.valueEnd = g(this.valueEnd);
    this.kind = g(this.kind);
  }
};
var SplitError = class extends Error {
  constructor(message, column) {
    super(message);
    this.column = column;
  }
  column;
};
function ws(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
var SHORT_STRING = 32;
function skipString(buf, i, end, state2, plain) {
  let p = i + 1;
  state2.escaped = false;
  const short = p + SHORT_STRING < end ? p + SHORT_STRING : end;
  while (p < short) {
    const c = buf[p];
    if (c === 34) return p + 1;
    if (c === 92) break;
    p++;
  }
  if (p === short && p < plain) {
    const q = buf.indexOf(34, p);
    if (q !== -1 && q < plain) return q + 1;
  }
  for (; ; ) {
    while (p < end) {
      const c = buf[p];
      if (c === 34 || c === 92) break;
      p++;
    }
    if (p >= end) throw new SplitError("unterminated string", i + 1);
    if (buf[p] === 34) return p + 1;
    state2.escaped = true;
    p += 2;
  }
}
var state = { escaped: false };
function splitObject(buf, start, end, out, escape) {
  if (escape === void 0) {
    const at = buf.subarray(start, end).indexOf(92);
    escape = at === -1 ? end : start + at;
  }
  const plain = escape < end ? escape : end;
  let i = start;
  const col = (p) => p - start + 1;
  while (i < end && ws(buf[i])) i++;
  if (buf[i] !== 123) throw new SplitError("the entry is not a JSON object", col(i));
  i++;
  out.count = 0;
  for (; ; ) {
    while (i < end && ws(buf[i])) i++;
    if (buf[i] === 125 && out.count === 0) return;
    if (buf[i] !== 34) throw new SplitError("expected a member name", col(i));
    const n = out.count;
    if (n === out.keyStart.length) out.grow();
    const keyEnd = skipString(buf, i, end, state, plain);
    out.keyStart[n] = i + 1;
    out.keyEnd[n] = keyEnd - 1;
    out.keyEscaped[n] = state.escaped ? 1 : 0;
    i = keyEnd;
    while (i < end && ws(buf[i])) i++;
    if (buf[i] !== 58) throw new SplitError("expected ':'", col(i));
    i++;
    while (i < end && ws(buf[i])) i++;
    const c = buf[i];
    const vs = i;
    let kind;
    if (c === 34) {
      i = skipString(buf, i, end, state, plain);
      kind = state.escaped ? KIND.ESCAPED : KIND.STRING;
    } else if (c === 123 || c === 91) {
      kind = c === 123 ? KIND.OBJECT : KIND.ARRAY;
      let depth = 0;
      for (; ; ) {
        if (i >= end) throw new SplitError("unterminated object or array", col(vs));
        const b = buf[i];
        if (b === 34) {
          i = skipString(buf, i, end, state, plain);
          continue;
        }
        if (b === 123 || b === 91) depth++;
        else if (b === 125 || b === 93) {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
        i++;
      }
    } else if (c === 116) {
      kind = KIND.TRUE;
      i += 4;
    } else if (c === 102) {
      kind = KIND.FALSE;
      i += 5;
    } else if (c === 110) {
      kind = KIND.NULL;
      i += 4;
    } else if (c === 78 || c === 73 || c === 45 && buf[i + 1] === 73) {
      kind = KIND.NUMBER;
      i += c === 78 ? 3 : c === 73 ? 8 : 9;
    } else {
      kind = KIND.NUMBER;
      while (i < end) {
        const b = buf[i];
        if (b >= 48 && b <= 57 || b === 45 || b === 43 || b === 46 || b === 101 || b === 69) i++;
        else break;
      }
      if (i === vs) throw new SplitError("expected a value", col(vs));
    }
    out.valueStart[n] = vs;
    out.valueEnd[n] = i;
    out.kind[n] = kind;
    out.count = n + 1;
    while (i < end && ws(buf[i])) i++;
    if (buf[i] === 44) {
      i++;
      continue;
    }
    if (buf[i] === 125) return;
    throw new SplitError("expected ',' or '}'", col(i));
  }
}
function keyText(buf, m, k) {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const s = m.keyStart[k];
  const e = m.keyEnd[k];
  return m.keyEscaped[k] ? JSON.parse(b.toString("utf8", s - 1, e + 1)) : b.toString("utf8", s, e);
}
function stringValue(buf, m, k) {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const s = m.valueStart[k];
  const e = m.valueEnd[k];
  return m.kind[k] === KIND.ESCAPED ? JSON.parse(b.toString("utf8", s, e)) : b.toString("utf8", s + 1, e - 1);
}

// packages/export/src/columns.ts
var PROVENANCE_COLUMNS = [
  { name: "log_entry_index", type: "int64", source: "entry-index" },
  { name: "log_file", type: "string", source: "file" },
  { name: "log_line", type: "int64", source: "line" }
];
var EXTRA_COLUMN = "extra_fields";
function collect(schema, byId, root, out, depth = 0) {
  if (depth > 32 || schema === null || typeof schema !== "object" || Array.isArray(schema)) return;
  const s = schema;
  if (typeof s.$ref === "string") {
    const ref = s.$ref;
    let target;
    if (ref.startsWith("#")) {
      target = ref.slice(1).split("/").filter(Boolean).reduce(
        (node, part) => node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")],
        root
      );
    } else target = byId.get(ref.split("#")[0]);
    collect(target, byId, target && !ref.startsWith("#") ? target : root, out, depth + 1);
  }
  const props = s.properties;
  if (props && typeof props === "object") {
    for (const [name, p] of Object.entries(props)) {
      const seen = out.get(name) ?? { types: /* @__PURE__ */ new Set(), formats: /* @__PURE__ */ new Set(), stringEnum: false, order: out.size };
      out.set(name, seen);
      if (p && typeof p === "object") {
        const ps = p;
        const types = Array.isArray(ps.type) ? ps.type : ps.type !== void 0 ? [ps.type] : [];
        for (const t of types) seen.types.add(String(t));
        if (typeof ps.format === "string") seen.formats.add(ps.format);
        const values = Array.isArray(ps.enum) ? ps.enum : "const" in ps ? [ps.const] : void 0;
        if (values && values.length > 0 && values.every((v) => typeof v === "string")) seen.stringEnum = true;
        else if (values) seen.types.add("mixed");
      }
    }
  }
  if (Array.isArray(s.required)) {
    for (const name of s.required) {
      if (typeof name === "string" && !out.has(name)) {
        out.set(name, { types: /* @__PURE__ */ new Set(), formats: /* @__PURE__ */ new Set(), stringEnum: false, order: out.size });
      }
    }
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list2 = s[key];
    if (Array.isArray(list2)) for (const sub of list2) collect(sub, byId, root, out, depth + 1);
  }
  for (const key of ["if", "then", "else"])
    if (key !== "if" || s.then || s.else) collect(s[key], byId, root, out, depth + 1);
}
function typeOf(seen) {
  const t = new Set(seen.types);
  t.delete("null");
  if (t.size === 0) return seen.stringEnum ? "string" : "json";
  if (t.size === 1 && t.has("string"))
    return seen.formats.has("date-time") && seen.formats.size === 1 ? "timestamp" : "string";
  if (t.size === 1 && t.has("integer")) return "int64";
  if ([...t].every((x) => x === "number" || x === "integer")) return "double";
  if (t.size === 1 && t.has("boolean")) return "boolean";
  return "json";
}
function columnsFromSchema(schema, options) {
  const byId = /* @__PURE__ */ new Map();
  for (const p of options.profiles) {
    const id = p?.$id;
    if (typeof id === "string") byId.set(id, p);
  }
  const seen = /* @__PURE__ */ new Map();
  collect(schema, byId, schema, seen);
  if (options.hashField && !seen.has(options.hashField)) {
    seen.set(options.hashField, { types: /* @__PURE__ */ new Set(["string"]), formats: /* @__PURE__ */ new Set(), stringEnum: false, order: seen.size });
  }
  const reserved = /* @__PURE__ */ new Set([...PROVENANCE_COLUMNS.map((c) => c.name), EXTRA_COLUMN]);
  const fields = [];
  for (const [name, s] of [...seen].sort((a, b) => a[1].order - b[1].order)) {
    if (reserved.has(name)) {
      throw new GateError(
        "INPUT_CONFLICT",
        `the schema declares '${name}', a name the export reserves for its own column`,
        {
          file: options.file,
          field: `properties.${name}`
        }
      );
    }
    fields.push({ name, type: typeOf(s), source: "field", field: name });
  }
  return [...PROVENANCE_COLUMNS, ...fields, { name: EXTRA_COLUMN, type: "json", source: "extra" }];
}

// packages/export/src/rows.ts
var CellTypeError = class extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
  field;
};
var RowShaper = class {
  constructor(columns) {
    this.columns = columns;
    this.memberOf = new Int32Array(columns.length);
    this.nameBytes = columns.map((c) => Buffer.from(c.field ?? "\0", "utf8"));
    this.sourceCode = Uint8Array.from(columns, (c) => SOURCE[c.source]);
    this.typeCode = Uint8Array.from(columns, (c) => TYPE[c.type]);
    columns.forEach((c, i) => {
      if (c.source === "field") this.byName.set(c.field, i);
    });
  }
  columns;
  /** Per column, the member index feeding it, or -1. */
  memberOf;
  /** Members that no column declares (they go into extra_fields). */
  extras = [];
  /** Per column, its source and type as small numbers (see {@link SOURCE} and {@link TYPE}). */
  sourceCode;
  typeCode;
  byName = /* @__PURE__ */ new Map();
  nameBytes;
  guess = new Int32Array(64).fill(-1);
  /** Per member position: the name of the undeclared key the previous line had there. */
  extraName = [];
  /** Column index of a field name, or -1. */
  columnOf(field) {
    return this.byName.get(field) ?? -1;
  }
  /** Maps the members of one line. */
  shape(buf, m) {
    this.memberOf.fill(-1);
    let extras = 0;
    if (m.count > this.guess.length) {
      const g = new Int32Array(m.count * 2).fill(-1);
      g.set(this.guess);
      this.guess = g;
    }
    for (let k = 0; k < m.count; k++) {
      let c = this.guess[k];
      const extra = this.extraName[k];
      const same = m.keyEscaped[k] ? false : c >= 0 ? sameBytes(buf, m, k, this.nameBytes[c]) : extra !== void 0 && sameBytes(buf, m, k, extra);
      if (!same) {
        c = this.byName.get(keyText(buf, m, k)) ?? -1;
        this.guess[k] = c;
        this.extraName[k] = c < 0 && !m.keyEscaped[k] ? Buffer.from(buf.subarray(m.keyStart[k], m.keyEnd[k])) : void 0;
      }
      if (c >= 0) this.memberOf[c] = k;
      else this.extras[extras++] = k;
    }
    if (this.extras.length !== extras) this.extras.length = extras;
  }
};
var SOURCE = { "entry-index": 0, file: 1, line: 2, field: 3, extra: 4 };
var TYPE = { string: 0, json: 1, timestamp: 2, double: 3, int64: 4, boolean: 5 };
function sameBytes(buf, m, k, name) {
  const s = m.keyStart[k];
  if (m.keyEnd[k] - s !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[s + i] !== name[i]) return false;
  return true;
}
function mismatch(col, kind) {
  return new CellTypeError(
    col.field ?? col.name,
    `the value is a ${KIND_NAMES[kind]}, but the profile declares '${col.field}' as ${col.type}`
  );
}
function extraText(buf, m, extras) {
  const parts = [Buffer.from("{")];
  extras.forEach((k, i) => {
    if (i > 0) parts.push(Buffer.from(","));
    parts.push(buf.subarray(m.keyStart[k] - 1, m.keyEnd[k] + 1), Buffer.from(":"));
    parts.push(buf.subarray(m.valueStart[k], m.valueEnd[k]));
  });
  parts.push(Buffer.from("}"));
  return Buffer.concat(parts);
}
var memoBuf;
var memoStart = -1;
var memoValue = 0;
function timestampOf(buf, m, k, field) {
  if (k < 0) throw new CellTypeError(field, "the entry has no such field");
  if (memoBuf === buf && memoStart === m.valueStart[k]) return memoValue;
  const v = parseTimestamp(buf, m, k, field);
  memoBuf = buf;
  memoStart = m.valueStart[k];
  memoValue = v;
  return v;
}
function parseTimestamp(buf, m, k, field) {
  const kind = m.kind[k];
  if (kind !== KIND.STRING && kind !== KIND.ESCAPED) {
    throw new CellTypeError(field, `the value is a ${KIND_NAMES[kind]}, not a date-time string`);
  }
  if (kind === KIND.STRING) {
    const fast = dateTimeBytes(buf, m.valueStart[k] + 1, m.valueEnd[k] - 1);
    if (fast !== void 0) return fast;
  }
  const text2 = kind === KIND.STRING ? buf.toString("latin1", m.valueStart[k] + 1, m.valueEnd[k] - 1) : stringValue(buf, m, k);
  const r = parseDateTime(text2);
  if (typeof r === "string") throw new CellTypeError(field, `'${text2}': ${r}`);
  return r;
}
function integerOf(text2) {
  if (/^-?\d+$/.test(text2)) return BigInt(text2);
  const n = Number(text2);
  return Number.isSafeInteger(n) ? BigInt(n) : void 0;
}
function writeExtra(sink, buf, m, extras) {
  sink.byte(123);
  for (let i = 0; i < extras.length; i++) {
    const k = extras[i];
    if (i > 0) sink.byte(44);
    sink.bytes(buf, m.keyStart[k] - 1, m.keyEnd[k] + 1);
    sink.byte(58);
    sink.bytes(buf, m.valueStart[k], m.valueEnd[k]);
  }
  sink.byte(125);
}
function plainInteger(buf, s, e) {
  let i = s;
  const negative = buf[i] === 45;
  if (negative) i++;
  if (i === e || e - i > 15) return void 0;
  let value = 0;
  for (; i < e; i++) {
    const b = buf[i];
    if (b < 48 || b > 57) return void 0;
    value = value * 10 + (b - 48);
  }
  return negative ? -value : value;
}
var lastFile = "";
var lastFileBytes = Buffer.alloc(0);
function appendParquetRow(w, shaper, line, m) {
  const buf = line.buf;
  const cols = shaper.columns;
  const sources = shaper.sourceCode;
  const types = shaper.typeCode;
  if (line.file !== lastFile) {
    lastFile = line.file;
    lastFileBytes = Buffer.from(line.file, "utf8");
  }
  for (let c = 0; c < cols.length; c++) {
    switch (sources[c]) {
      case SOURCE["entry-index"]:
        w.appendInt64Number(c, line.entryIndex);
        continue;
      case SOURCE.line:
        w.appendInt64Number(c, line.line);
        continue;
      case SOURCE.file:
        w.appendBytes(c, lastFileBytes, 0, lastFileBytes.length);
        continue;
      case SOURCE.extra:
        if (shaper.extras.length === 0) w.appendNull(c);
        else {
          writeExtra(w.beginValue(c), buf, m, shaper.extras);
          w.endValue(c);
        }
        continue;
    }
    const k = shaper.memberOf[c];
    const kind = k < 0 ? KIND.NULL : m.kind[k];
    if (kind === KIND.NULL) {
      w.appendNull(c);
      continue;
    }
    const vs = m.valueStart[k];
    const ve = m.valueEnd[k];
    switch (types[c]) {
      case TYPE.string:
        if (kind === KIND.STRING) w.appendBytes(c, buf, vs + 1, ve - 1);
        else if (kind === KIND.ESCAPED) w.appendString(c, stringValue(buf, m, k));
        else throw mismatch(cols[c], kind);
        break;
      case TYPE.json:
        w.appendBytes(c, buf, vs, ve);
        break;
      case TYPE.timestamp:
        w.appendTimestamp(c, timestampOf(buf, m, k, cols[c].field));
        break;
      case TYPE.double: {
        if (kind !== KIND.NUMBER) throw mismatch(cols[c], kind);
        w.appendDouble(c, plainDecimal(buf, vs, ve) ?? Number(buf.toString("latin1", vs, ve)));
        break;
      }
      case TYPE.int64: {
        if (kind !== KIND.NUMBER) throw mismatch(cols[c], kind);
        const fast = plainInteger(buf, vs, ve);
        if (fast !== void 0) {
          w.appendInt64Number(c, fast);
          break;
        }
        const col = cols[c];
        const v = integerOf(buf.toString("latin1", vs, ve));
        if (v === void 0 || v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
          throw new CellTypeError(col.field, `${buf.toString("latin1", vs, ve)} is not a 64-bit integer`);
        }
        w.appendInt64(c, v);
        break;
      }
      case TYPE.boolean:
        if (kind !== KIND.TRUE && kind !== KIND.FALSE) throw mismatch(cols[c], kind);
        w.appendBoolean(c, kind === KIND.TRUE);
        break;
    }
  }
  return w.endRow();
}
function needsQuote(buf, s, e) {
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b === 44 || b === 34 || b === 10 || b === 13) return true;
  }
  return false;
}
function csvField(out, buf, s, e) {
  if (!needsQuote(buf, s, e)) {
    out.bytes(buf, s, e);
    return;
  }
  out.byte(34);
  let from = s;
  for (let i = s; i < e; i++) {
    if (buf[i] === 34) {
      out.bytes(buf, from, i + 1);
      out.byte(34);
      from = i + 1;
    }
  }
  out.bytes(buf, from, e);
  out.byte(34);
}
function appendCsvRow(out, shaper, line, m) {
  const buf = line.buf;
  const cols = shaper.columns;
  for (let c = 0; c < cols.length; c++) {
    if (c > 0) out.byte(44);
    const col = cols[c];
    if (col.source !== "field") {
      const text2 = col.source === "entry-index" ? Buffer.from(String(line.entryIndex)) : col.source === "line" ? Buffer.from(String(line.line)) : col.source === "file" ? Buffer.from(line.file, "utf8") : shaper.extras.length === 0 ? void 0 : extraText(buf, m, shaper.extras);
      if (text2) csvField(out, text2, 0, text2.length);
      continue;
    }
    const k = shaper.memberOf[c];
    const kind = k < 0 ? KIND.NULL : m.kind[k];
    if (kind === KIND.NULL) continue;
    const vs = m.valueStart[k];
    const ve = m.valueEnd[k];
    switch (col.type) {
      case "string":
      case "timestamp":
        if (col.type === "timestamp") timestampOf(buf, m, k, col.field);
        if (kind === KIND.STRING) csvField(out, buf, vs + 1, ve - 1);
        else if (kind === KIND.ESCAPED) {
          const t = Buffer.from(stringValue(buf, m, k), "utf8");
          csvField(out, t, 0, t.length);
        } else throw mismatch(col, kind);
        break;
      case "json":
        csvField(out, buf, vs, ve);
        break;
      case "double":
      case "int64":
        if (kind !== KIND.NUMBER) throw mismatch(col, kind);
        if (col.type === "int64" && integerOf(buf.toString("latin1", vs, ve)) === void 0) {
          throw new CellTypeError(col.field, `${buf.toString("latin1", vs, ve)} is not an integer`);
        }
        out.bytes(buf, vs, ve);
        break;
      case "boolean":
        if (kind !== KIND.TRUE && kind !== KIND.FALSE) throw mismatch(col, kind);
        out.bytes(buf, vs, ve);
        break;
    }
  }
  out.byte(13);
  out.byte(10);
}

// packages/export/src/query.ts
var QUERY_KINDS = ["time-range", "trace", "cohort", "retrieval"];
function queryParameters(q, fields) {
  switch (q.kind) {
    case "time-range":
      return {
        from: q.fromText,
        to: q.toText,
        fromUtc: isoMicros(q.from),
        toUtc: isoMicros(q.to),
        interval: "[from, to): from inclusive, to exclusive",
        timestampField: fields.timestampField
      };
    case "trace":
      return { inputId: q.inputId, idField: fields.idField, correlationField: fields.correlationField };
    case "cohort":
      return { where: q.where, outcome: q.outcome };
    case "retrieval":
      return {
        age: q.age.text,
        tolerance: q.tolerance.text,
        asOf: isoMicros(q.asOf),
        target: isoMicros(q.target),
        window: [isoMicros(q.window[0]), isoMicros(q.window[1])],
        timestampField: fields.timestampField
      };
  }
}
function parseConditions(name, text2) {
  const out = [];
  for (const part of text2.split(/\r?\n|,/).map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0) {
      throw new GateError(
        "INPUT_INVALID",
        `input '${name}' has '${part}'; give field=value pairs such as region=Noord-Holland`,
        {
          field: name
        }
      );
    }
    out.push({ field: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() });
  }
  return out;
}
function compileConditions(conds, shaper, input) {
  return conds.map((c) => {
    const column = shaper.columnOf(c.field);
    if (column < 0) {
      const known = shaper.columns.filter((x) => x.source === "field" && x.type !== "json").map((x) => x.name);
      throw new GateError(
        "INPUT_INVALID",
        `input '${input}' names field '${c.field}', which the log profile does not declare; known fields: ${known.join(", ")}`,
        { field: input, hint: "Use a field of the profile, or give a schema that declares it" }
      );
    }
    const type = shaper.columns[column].type;
    if (type === "json" || type === "timestamp") {
      throw new GateError(
        "INPUT_INVALID",
        `input '${input}': field '${c.field}' is a ${type} column; compare scalar fields (string, number, boolean)`,
        {
          field: input
        }
      );
    }
    const number = Number(c.value);
    if ((type === "int64" || type === "double") && (c.value === "" || !Number.isFinite(number))) {
      throw new GateError(
        "INPUT_INVALID",
        `input '${input}': field '${c.field}' is a number, but '${c.value}' is not`,
        { field: input }
      );
    }
    if (type === "boolean" && c.value !== "true" && c.value !== "false") {
      throw new GateError("INPUT_INVALID", `input '${input}': field '${c.field}' is a boolean; give true or false`, {
        field: input
      });
    }
    return { column, type, bytes: Buffer.from(c.value, "utf8"), number, bool: c.value === "true" };
  });
}
function conditionsHold(conds, buf, m, shaper) {
  for (const c of conds) {
    const k = shaper.memberOf[c.column];
    if (k < 0) return false;
    const kind = m.kind[k];
    const vs = m.valueStart[k];
    const ve = m.valueEnd[k];
    switch (c.type) {
      case "string":
        if (kind === KIND.STRING) {
          if (ve - vs - 2 !== c.bytes.length) return false;
          for (let i = 0; i < c.bytes.length; i++) if (buf[vs + 1 + i] !== c.bytes[i]) return false;
        } else if (kind !== KIND.ESCAPED || stringValue(buf, m, k) !== c.bytes.toString("utf8")) return false;
        break;
      case "int64":
      case "double":
        if (kind !== KIND.NUMBER || Number(buf.toString("latin1", vs, ve)) !== c.number) return false;
        break;
      case "boolean":
        if (kind !== (c.bool ? KIND.TRUE : KIND.FALSE)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
function lineTime(buf, m, shaper, column, field) {
  const k = column >= 0 ? shaper.memberOf[column] : -1;
  if (k < 0) {
    for (const e of shaper.extras) {
      const s = m.keyStart[e];
      if (m.keyEnd[e] - s === Buffer.byteLength(field) && buf.toString("utf8", s, m.keyEnd[e]) === field) {
        return timestampOf(buf, m, e, field);
      }
    }
    return timestampOf(buf, m, -1, field);
  }
  return timestampOf(buf, m, k, field);
}

// packages/export/src/output.ts
import { randomBytes } from "node:crypto";
import { closeSync as closeSync2, fsyncSync as fsyncSync2, openSync as openSync2, writeSync as writeSync2 } from "node:fs";
import { link, mkdir, rm, unlink } from "node:fs/promises";
import * as path from "node:path";

// packages/parquet/src/thrift.ts
var CT = {
  TRUE: 1,
  FALSE: 2,
  BYTE: 3,
  I16: 4,
  I32: 5,
  I64: 6,
  DOUBLE: 7,
  BINARY: 8,
  LIST: 9,
  SET: 10,
  MAP: 11,
  STRUCT: 12
};
var i32 = (v) => ({ t: "i32", v });
var i64 = (v) => ({ t: "i64", v });
var bin = (v) => ({ t: "bin", v });
var bool = (v) => ({ t: "bool", v });
var struct = (v) => ({ t: "struct", v });
var list = (elem, v) => ({ t: "list", elem, v });
var ELEM = { i32: CT.I32, bin: CT.BINARY, struct: CT.STRUCT };
var Sink = class {
  buf = Buffer.allocUnsafe(256);
  n = 0;
  ensure(k) {
    if (this.n + k <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.n + k));
    this.buf.copy(next, 0, 0, this.n);
    this.buf = next;
  }
  byte(b) {
    this.ensure(1);
    this.buf[this.n++] = b;
  }
  varint(v) {
    this.ensure(10);
    while (v >= 0x80n) {
      this.buf[this.n++] = Number(v & 0x7fn) | 128;
      v >>= 7n;
    }
    this.buf[this.n++] = Number(v);
  }
  uvarint32(v) {
    this.ensure(5);
    while (v >= 128) {
      this.buf[this.n++] = v & 127 | 128;
      v >>>= 7;
    }
    this.buf[this.n++] = v;
  }
  zigzag(v) {
    const b = BigInt(v);
    this.varint(b >= 0n ? b << 1n : (-b << 1n) - 1n);
  }
  bytes(b) {
    this.ensure(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }
};
function typeOf2(v) {
  switch (v.t) {
    case "bool":
      return v.v ? CT.TRUE : CT.FALSE;
    case "i32":
      return CT.I32;
    case "i64":
      return CT.I64;
    case "bin":
      return CT.BINARY;
    case "struct":
      return CT.STRUCT;
    case "list":
      return CT.LIST;
  }
}
function writeValue(s, v) {
  switch (v.t) {
    case "bool":
      s.byte(v.v ? CT.TRUE : CT.FALSE);
      return;
    case "i32":
    case "i64":
      s.zigzag(v.v);
      return;
    case "bin": {
      const b = typeof v.v === "string" ? Buffer.from(v.v, "utf8") : v.v;
      s.uvarint32(b.length);
      s.bytes(b);
      return;
    }
    case "struct":
      writeStruct(s, v.v);
      return;
    case "list": {
      const et = ELEM[v.elem];
      if (v.v.length < 15) s.byte(v.v.length << 4 | et);
      else {
        s.byte(240 | et);
        s.uvarint32(v.v.length);
      }
      for (const e of v.v) writeValue(s, e);
    }
  }
}
function writeStruct(s, fields) {
  let last = 0;
  const ids = Object.keys(fields).map(Number).sort((a, b) => a - b);
  for (const id of ids) {
    const v = fields[id];
    if (v === void 0) continue;
    const type = typeOf2(v);
    const delta = id - last;
    if (delta > 0 && delta <= 15) s.byte(delta << 4 | type);
    else {
      s.byte(type);
      s.zigzag(id);
    }
    last = id;
    if (v.t !== "bool") writeValue(s, v);
  }
  s.byte(0);
}
function encodeStruct(fields) {
  const s = new Sink();
  writeStruct(s, fields);
  return Buffer.from(s.buf.subarray(0, s.n));
}
function decodeStruct(buf, offset = 0) {
  let p = offset;
  const fail = (what) => {
    throw new Error(`thrift: ${what} at byte ${p}`);
  };
  const byte = () => p < buf.length ? buf[p++] : fail("unexpected end");
  const uvarint = () => {
    let r = 0n;
    let shift = 0n;
    for (; ; ) {
      const b = byte();
      r |= BigInt(b & 127) << shift;
      if (b < 128) return r;
      shift += 7n;
      if (shift > 70n) fail("varint too long");
    }
  };
  const zig = () => {
    const u = uvarint();
    return u & 1n ? -(u + 1n >> 1n) : u >> 1n;
  };
  const value = (type) => {
    switch (type) {
      case CT.TRUE:
        return true;
      case CT.FALSE:
        return false;
      case CT.BYTE:
        return byte();
      case CT.I16:
      case CT.I32:
        return Number(zig());
      case CT.I64:
        return zig();
      case CT.DOUBLE: {
        if (p + 8 > buf.length) fail("unexpected end");
        const d = Buffer.from(buf.buffer, buf.byteOffset + p, 8).readDoubleLE(0);
        p += 8;
        return d;
      }
      case CT.BINARY: {
        const n = Number(uvarint());
        if (p + n > buf.length) fail("binary runs past the end");
        const b = buf.subarray(p, p + n);
        p += n;
        return b;
      }
      case CT.LIST:
      case CT.SET: {
        const h = byte();
        let n = h >> 4;
        if (n === 15) n = Number(uvarint());
        const et = h & 15;
        const out = [];
        for (let i = 0; i < n; i++) out.push(et === CT.TRUE || et === CT.FALSE ? byte() === CT.TRUE : value(et));
        return out;
      }
      case CT.STRUCT:
        return struct2();
      default:
        return fail(`unsupported type ${type}`);
    }
  };
  const struct2 = () => {
    const out = {};
    let last = 0;
    for (; ; ) {
      const h = byte();
      if (h === 0) return out;
      const delta = h >> 4;
      const id = delta === 0 ? Number(zig()) : last + delta;
      out[id] = value(h & 15);
      last = id;
    }
  };
  const v = struct2();
  return { value: v, end: p };
}

// packages/parquet/src/encoding.ts
var copyBytes = Buffer.prototype.copy;
var ByteSink = class _ByteSink {
  buf;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = Buffer.allocUnsafe(capacity);
  }
  /** A sink writing into `buf` from its start (until it needs more room). */
  static over(buf) {
    const sink = new _ByteSink(0);
    sink.buf = buf;
    return sink;
  }
  /** Makes room for `n` more bytes. */
  ensure(n) {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
  byte(b) {
    this.ensure(1);
    this.buf[this.length++] = b;
  }
  uvarint(v) {
    this.ensure(5);
    while (v >= 128) {
      this.buf[this.length++] = v & 127 | 128;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }
  /** Appends bytes[start, end). */
  bytes(src, start = 0, end = src.length) {
    const n = end - start;
    this.ensure(n);
    if (n < 32) for (let i = start; i < end; i++) this.buf[this.length++] = src[i];
    else {
      copyBytes.call(src, this.buf, this.length, start, end);
      this.length += n;
    }
  }
  int32LE(v) {
    this.ensure(4);
    this.buf.writeInt32LE(v, this.length);
    this.length += 4;
  }
  /** Little-endian 64-bit integer from a safe integer number. */
  int64FromNumber(v) {
    this.ensure(8);
    this.buf.writeUInt32LE(v >>> 0, this.length);
    this.buf.writeInt32LE(Math.floor(v / 4294967296) | 0, this.length + 4);
    this.length += 8;
  }
  int64(v) {
    this.ensure(8);
    this.buf.writeBigInt64LE(v, this.length);
    this.length += 8;
  }
  double(v) {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.length);
    this.length += 8;
  }
  /** The bytes written so far (a view, valid until the next write). */
  view() {
    return this.buf.subarray(0, this.length);
  }
  reset() {
    this.length = 0;
  }
};
function bitWidth(max) {
  let w = 1;
  while (w < 32 && max >= 2 ** w) w++;
  return w;
}
function bitPack(out, values, from, to, width) {
  const groups = Math.ceil((to - from) / 8);
  out.uvarint(groups << 1 | 1);
  out.ensure(groups * width);
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < groups * 8; i++) {
    const v = from + i < to ? values[from + i] : 0;
    acc += v * 2 ** bits;
    bits += width;
    while (bits >= 8) {
      out.buf[out.length++] = acc & 255;
      acc = Math.floor(acc / 256);
      bits -= 8;
    }
  }
}
function rleRun(out, value, count, width) {
  out.uvarint(count << 1);
  for (let b = 0; b < Math.ceil(width / 8); b++) out.byte(value >>> 8 * b & 255);
}
function encodeHybrid(out, values, from, to, width) {
  let litStart = from;
  let i = from;
  while (i < to) {
    const v = values[i];
    let j = i + 1;
    while (j < to && values[j] === v) j++;
    if (j - i >= 8) {
      const pending = i - litStart;
      let runStart = i;
      if (pending % 8 !== 0) runStart += 8 - pending % 8;
      if (j - runStart >= 8) {
        if (runStart > litStart) bitPack(out, values, litStart, runStart, width);
        rleRun(out, v, j - runStart, width);
        litStart = j;
      }
    }
    i = j;
  }
  if (litStart < to) bitPack(out, values, litStart, to, width);
}
function plainBooleans(out, values, from, to) {
  const n = to - from;
  out.ensure(Math.ceil(n / 8));
  for (let i = 0; i < n; i += 8) {
    let b = 0;
    for (let k = 0; k < 8 && i + k < n; k++) if (values[from + i + k]) b |= 1 << k;
    out.buf[out.length++] = b;
  }
}

// packages/parquet/src/writer.ts
import { closeSync, fsyncSync, openSync, writeSync } from "node:fs";
import { promisify } from "node:util";
import { constants, gzip, zstdCompress } from "node:zlib";
var ROW_GROUP_BYTES = 64 * 1024 * 1024;
var ZSTD_LEVEL = 1;
var PAGE_BYTES = 1024 * 1024;
var MAX_DICTIONARY_VALUES = 4096;
var MAX_STAT_BYTES = 128;
var MAGIC = Buffer.from("PAR1", "latin1");
var gzipAsync = promisify(gzip);
var zstdAsync = promisify(zstdCompress);
var SPARE_PAGE_BYTES = PAGE_BYTES + 64 * 1024;
var PHYSICAL = { boolean: 0, int64: 2, double: 5, string: 6, json: 6, timestamp: 2 };
var CODEC_ID = { none: 0, gzip: 2, zstd: 6 };
var ENC = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 };
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var compareBytes = Buffer.prototype.compare;
function hashBytes(src, start, end) {
  let h = 2166136261 | 0;
  const length = end - start;
  if (length <= 192) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ src[i], 16777619);
    return h;
  }
  for (let i = start; i < start + 64; i++) h = Math.imul(h ^ src[i], 16777619);
  const step = (length - 128) / 64 | 0;
  for (let i = start + 64; i < end - 64; i += step) h = Math.imul(h ^ src[i], 16777619);
  for (let i = end - 64; i < end; i++) h = Math.imul(h ^ src[i], 16777619);
  return Math.imul(h ^ length, 16777619);
}
var ByteDict = class {
  size = 0;
  bytes = new ByteSink(4096);
  offsets = new Int32Array(MAX_DICTIONARY_VALUES + 1);
  hashes = new Int32Array(MAX_DICTIONARY_VALUES);
  /** id + 1 per slot, 0 for an empty slot. */
  slots = new Int32Array(MAX_DICTIONARY_VALUES * 2);
  clear() {
    this.size = 0;
    this.last = -1;
    this.bytes.reset();
    this.slots.fill(0);
  }
  /** The id the previous value got, checked first: many columns repeat a value row after row. */
  last = -1;
  /** The id of src[start, end), added when new; -1 when it is new and the dictionary is full. */
  id(src, start, end) {
    const last = this.last;
    if (last >= 0 && this.holds(last, src, start, end)) return last;
    const id = this.find(src, start, end);
    this.last = id;
    return id;
  }
  /** Whether value `id` is src[start, end). */
  holds(id, src, start, end) {
    const s = this.offsets[id];
    const length = end - start;
    if (this.offsets[id + 1] - s !== length) return false;
    const buf = this.bytes.buf;
    if (length >= 64) return compareBytes.call(src, buf, s, s + length, start, end) === 0;
    let i = 0;
    while (i < length && buf[s + i] === src[start + i]) i++;
    return i === length;
  }
  find(src, start, end) {
    const h = hashBytes(src, start, end);
    const mask = this.slots.length - 1;
    for (let k = h & mask; ; k = k + 1 & mask) {
      const slot = this.slots[k];
      if (slot === 0) {
        if (this.size >= MAX_DICTIONARY_VALUES) return -1;
        const id2 = this.size++;
        this.slots[k] = id2 + 1;
        this.hashes[id2] = h;
        this.bytes.bytes(src, start, end);
        this.offsets[id2 + 1] = this.bytes.length;
        return id2;
      }
      const id = slot - 1;
      if (this.hashes[id] === h && this.holds(id, src, start, end)) return id;
    }
  }
  /** The values in id order, each in a buffer of its own. */
  list() {
    const out = [];
    for (let id = 0; id < this.size; id++) {
      out.push(Buffer.from(this.bytes.buf.subarray(this.offsets[id], this.offsets[id + 1])));
    }
    return out;
  }
};
var ColumnBuffer = class {
  constructor(def) {
    this.def = def;
    this.isString = def.type === "string" || def.type === "json";
    this.reset();
  }
  def;
  defs = new Uint8Array(1024);
  rows = 0;
  values = 0;
  /** Rows the arrays have room for (every value array holds at least as many values). */
  cap = 0;
  nums = new Float64Array(0);
  /** INT64 values as (low, high) 32-bit halves. */
  ints = new Int32Array(0);
  bools = new Uint8Array(0);
  /**
   * String values, each after its length (int32 little-endian), as a PLAIN page holds
   * them: value v's length is at offsets[v], its bytes at [offsets[v] + 4, offsets[v + 1]).
   */
  bytes = new ByteSink(0);
  offsets = new Int32Array(0);
  /** Dictionary state for string columns. */
  dict;
  dictIds = new Uint32Array(0);
  dictFailed = false;
  isString;
  /** Empties the buffer for the next row group; `keep` keeps the grown arrays. */
  reset(keep = false) {
    this.rows = 0;
    this.values = 0;
    const t = this.def.type;
    if (keep) {
      if (this.isString) {
        this.bytes.reset();
        if (this.dictFailed) this.dict = void 0;
        else if (this.dict) this.dict.clear();
        else this.dict = new ByteDict();
      }
      return;
    }
    if (t === "double" || t === "timestamp") this.nums = new Float64Array(1024);
    else if (t === "int64") this.ints = new Int32Array(2048);
    else if (t === "boolean") this.bools = new Uint8Array(1024);
    else {
      this.bytes = new ByteSink(64 * 1024);
      this.offsets = new Int32Array(1025);
      this.dictIds = new Uint32Array(1024);
      this.dict = this.dictFailed ? void 0 : new ByteDict();
    }
    this.cap = Math.min(this.defs.length, 1024);
  }
  /** Room for more rows: called when `rows` reaches `cap`. */
  grow() {
    const n = this.cap * 2;
    const more = (a, length) => {
      if (a.length >= length) return a;
      const b = new a.constructor(length);
      b.set(a);
      return b;
    };
    this.defs = more(this.defs, n);
    const t = this.def.type;
    if (t === "double" || t === "timestamp") this.nums = more(this.nums, n);
    else if (t === "int64") this.ints = more(this.ints, 2 * n);
    else if (t === "boolean") this.bools = more(this.bools, n);
    else {
      this.offsets = more(this.offsets, n + 1);
      this.dictIds = more(this.dictIds, n);
    }
    this.cap = n;
  }
  /** Approximate bytes held. */
  get size() {
    return this.rows + (this.isString ? this.bytes.length - this.values * 4 + this.values * 8 : this.values * 8);
  }
};
var ParquetWriter = class {
  constructor(path3, columns, options = {}) {
    this.path = path3;
    this.columns = columns;
    this.options = options;
    this.codec = options.codec ?? "zstd";
    this.limit = options.rowGroupBytes ?? ROW_GROUP_BYTES;
    this.cols = columns.map((c) => new ColumnBuffer(c));
    this.fd = openSync(path3, "wx", 420);
    this.write(MAGIC);
  }
  path;
  columns;
  options;
  fd;
  position = 0;
  cols;
  rowGroups = [];
  rows = 0;
  groupRows = 0;
  codec;
  limit;
  page = new ByteSink(PAGE_BYTES + 1024);
  levels = new ByteSink(1024);
  /** With reuseBuffers: page buffers already written, for the next pages (no new memory per page). */
  spares = [];
  pending = Promise.resolve();
  inFlight = 0;
  aborted = false;
  write(b) {
    let off = 0;
    while (off < b.length) off += writeSync(this.fd, b, off, b.length - off);
    this.position += b.length;
  }
  /** A null (or absent) value. */
  appendNull(c) {
    const col = this.cols[c];
    if (col.rows === col.cap) col.grow();
    col.defs[col.rows++] = 0;
  }
  /** A DOUBLE value. */
  appendDouble(c, v) {
    const col = this.cols[c];
    if (col.rows === col.cap) col.grow();
    col.defs[col.rows++] = 1;
    col.nums[col.values++] = v;
  }
  /** A TIMESTAMP value in microseconds since the epoch (a safe integer). */
  appendTimestamp(c, micros) {
    this.appendDouble(c, micros);
  }
  /** An INT64 value. */
  appendInt64(c, v) {
    const col = this.cols[c];
    if (col.rows === col.cap) col.grow();
    col.defs[col.rows++] = 1;
    const at = 2 * col.values++;
    col.ints[at] = Number(BigInt.asIntN(32, v));
    col.ints[at + 1] = Number(BigInt.asIntN(32, v >> 32n));
  }
  /** An INT64 value given as a safe integer. */
  appendInt64Number(c, v) {
    const col = this.cols[c];
    if (col.rows === col.cap) col.grow();
    col.defs[col.rows++] = 1;
    const at = 2 * col.values++;
    const high = Math.floor(v / 4294967296);
    col.ints[at] = v - high * 4294967296;
    col.ints[at + 1] = high;
  }
  /** A BOOLEAN value. */
  appendBoolean(c, v) {
    const col = this.cols[c];
    if (col.rows === col.cap) col.grow();
    col.defs[col.rows++] = 1;
    col.bools[col.values++] = v ? 1 : 0;
  }
  /** A string value given as UTF-8 bytes src[start, end). */
  appendBytes(c, src, start, end) {
    this.beginValue(c).bytes(src, start, end);
    this.endValue(c);
  }
  /** A string value written by `fill` straight into the column's buffer (no copy in between). */
  appendWith(c, fill) {
    fill(this.beginValue(c));
    this.endValue(c);
  }
  /**
   * Starts a string value written straight into the column's buffer: append its
   * bytes to the sink returned, then call {@link endValue}.
   */
  beginValue(c) {
    const col = this.cols[c];
    if (col.rows === col.cap) col.grow();
    col.defs[col.rows++] = 1;
    col.bytes.ensure(4);
    col.bytes.length += 4;
    return col.bytes;
  }
  /** Ends the value {@link beginValue} started. */
  endValue(c) {
    const col = this.cols[c];
    const at = col.offsets[col.values];
    const end = col.bytes.length;
    const buf = col.bytes.buf;
    const n = end - at - 4;
    buf[at] = n;
    buf[at + 1] = n >>> 8;
    buf[at + 2] = n >>> 16;
    buf[at + 3] = n >>> 24;
    col.offsets[col.values + 1] = end;
    if (col.dict) {
      const id = col.dict.id(buf, at + 4, end);
      if (id < 0) {
        col.dict = void 0;
        col.dictFailed = true;
      } else col.dictIds[col.values] = id;
    }
    col.values++;
  }
  /** A string value. */
  appendString(c, s) {
    const b = Buffer.from(s, "utf8");
    this.appendBytes(c, b, 0, b.length);
  }
  /** Ends a row; encodes the row group when it is full (a promise means: wait before the next row). */
  endRow() {
    this.rows++;
    this.groupRows++;
    if ((this.groupRows & 1023) === 0) {
      let size = 0;
      for (const col of this.cols) size += col.size;
      if (size >= this.limit) return this.flush();
    }
    return void 0;
  }
  /** Rows appended so far. */
  get rowCount() {
    return this.rows;
  }
  /** Approximate bytes buffered for the row group being built. */
  get bufferedBytes() {
    let size = 0;
    for (const col of this.cols) size += col.size;
    return size;
  }
  /**
   * Encodes the buffered rows as a row group. Its pages are compressed in libuv's
   * thread pool (the other core) while the caller goes on buffering the next group;
   * groups are written in order. Returns a promise to wait on when a group is
   * already in flight, so at most two groups are held (bounded memory).
   */
  flush() {
    if (this.groupRows === 0) return void 0;
    const chunks = [];
    for (const col of this.cols) {
      if (col.rows !== this.groupRows) {
        throw new Error(
          `parquet: column ${col.def.name} has ${col.rows} values in a row group of ${this.groupRows} rows`
        );
      }
      chunks.push(this.encodeChunk(col));
      col.reset(this.options.reuseBuffers === true);
    }
    const rows = this.groupRows;
    this.groupRows = 0;
    const compressed = Promise.all(chunks.map((c) => Promise.all(c.pages.map((p) => this.compress(p.body)))));
    compressed.catch(() => void 0);
    this.inFlight++;
    const done = this.pending.then(() => compressed).then((bodies) => this.writeGroup(chunks, bodies, rows)).finally(() => void this.inFlight--);
    done.catch(() => void 0);
    this.pending = done;
    return this.inFlight > 1 ? done : void 0;
  }
  compress(body) {
    if (this.codec === "none") return Promise.resolve(body);
    if (this.codec === "gzip") return gzipAsync(body);
    return zstdAsync(body, {
      params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL },
      pledgedSrcSize: body.length
    });
  }
  writeGroup(chunks, bodies, rows) {
    if (this.aborted) return;
    const start = this.position;
    let total = 0;
    let compressedTotal = 0;
    const metas = [];
    chunks.forEach((chunk, c) => {
      let dictionaryOffset;
      let dataOffset;
      let uncompressed = 0;
      let compressed = 0;
      chunk.pages.forEach((page, i) => {
        const body = bodies[c][i];
        if (page.dictionary) dictionaryOffset = this.position;
        else dataOffset ??= this.position;
        const h = encodeStruct({ ...page.header, 2: i32(page.body.length), 3: i32(body.length) });
        this.write(h);
        this.write(body);
        if (page.spare) this.spares.push(page.spare);
        uncompressed += h.length + page.body.length;
        compressed += h.length + body.length;
      });
      total += uncompressed;
      compressedTotal += compressed;
      const meta = struct({
        ...chunk.meta,
        6: i64(uncompressed),
        7: i64(compressed),
        9: i64(dataOffset),
        ...dictionaryOffset !== void 0 ? { 11: i64(dictionaryOffset) } : {}
      });
      metas.push(struct({ 2: i64(dictionaryOffset ?? dataOffset), 3: meta }));
    });
    this.rowGroups.push(
      struct({
        1: list("struct", metas),
        2: i64(total),
        3: i64(rows),
        5: i64(start),
        6: i64(compressedTotal),
        7: i32(this.rowGroups.length)
      })
    );
  }
  encodeChunk(col) {
    const t = col.def.type;
    const isString = col.isString;
    const useDict = isString && col.dict !== void 0 && col.values > 0;
    const pages = [];
    let dictOrder = [];
    if (useDict) {
      dictOrder = col.dict.list();
      const body = new ByteSink(1024);
      for (const v of dictOrder) {
        body.int32LE(v.length);
        body.bytes(v);
      }
      pages.push({
        dictionary: true,
        header: { 1: i32(2), 7: struct({ 1: i32(dictOrder.length), 2: i32(ENC.PLAIN) }) },
        body: Buffer.from(body.view())
      });
    }
    const width = useDict ? bitWidth(Math.max(1, dictOrder.length - 1)) : 0;
    let row = 0;
    let value = 0;
    while (row < col.rows) {
      let endRow = row;
      let endValue = value;
      let bytes = 0;
      while (endRow < col.rows && (bytes < PAGE_BYTES || endRow === row)) {
        if (col.defs[endRow]) {
          bytes += isString ? useDict ? 1 : col.offsets[endValue + 1] - col.offsets[endValue] : 8;
          endValue++;
        }
        endRow++;
      }
      const levels = this.levels;
      levels.reset();
      encodeHybrid(levels, col.defs, row, endRow, 1);
      const need = 4 + levels.length + bytes + 16;
      let spare;
      if (!useDict && this.options.reuseBuffers === true && need <= SPARE_PAGE_BYTES) {
        spare = this.spares.pop() ?? Buffer.allocUnsafeSlow(SPARE_PAGE_BYTES);
      }
      const page = useDict ? this.page : spare ? ByteSink.over(spare) : new ByteSink(need);
      page.reset();
      page.int32LE(levels.length);
      page.bytes(levels.buf, 0, levels.length);
      if (useDict) {
        page.byte(width);
        encodeHybrid(page, col.dictIds, value, endValue, width);
      } else if (isString) page.bytes(col.bytes.buf, col.offsets[value], col.offsets[endValue]);
      else if (t === "double") plainNumbers(page, col.nums, value, endValue);
      else if (t === "timestamp") plainTimestamps(page, col.nums, value, endValue);
      else if (t === "int64") plainInt64s(page, col.ints, value, endValue);
      else plainBooleans(page, col.bools, value, endValue);
      pages.push({
        dictionary: false,
        header: {
          1: i32(0),
          5: struct({
            1: i32(endRow - row),
            2: i32(useDict ? ENC.RLE_DICTIONARY : ENC.PLAIN),
            3: i32(ENC.RLE),
            4: i32(ENC.RLE)
          })
        },
        body: useDict ? Buffer.from(page.view()) : page.view(),
        ...spare ? { spare } : {}
      });
      row = endRow;
      value = endValue;
    }
    const encodings = useDict ? [ENC.PLAIN, ENC.RLE, ENC.RLE_DICTIONARY] : [ENC.PLAIN, ENC.RLE];
    return {
      pages,
      meta: {
        1: i32(PHYSICAL[t]),
        2: list(
          "i32",
          encodings.map((e) => i32(e))
        ),
        3: list("bin", [bin(col.def.name)]),
        4: i32(CODEC_ID[this.codec]),
        5: i64(col.rows),
        12: struct(statistics(col, dictOrder))
      }
    };
  }
  /** Writes the last row group and the footer, and closes the file (after fsync when `sync`). */
  async close(sync = false) {
    try {
      this.flush();
      await this.pending;
      const footer = encodeStruct({
        1: i32(1),
        2: list("struct", schemaElements(this.columns)),
        3: i64(this.rows),
        4: list("struct", this.rowGroups),
        5: list(
          "struct",
          Object.entries(this.options.metadata ?? {}).map(([k, v]) => struct({ 1: bin(k), 2: bin(v) }))
        ),
        6: bin(this.options.createdBy ?? "ai-act-gates"),
        7: list(
          "struct",
          this.columns.map(() => struct({ 1: struct({}) }))
        )
      });
      this.write(footer);
      const len = Buffer.alloc(4);
      len.writeUInt32LE(footer.length);
      this.write(len);
      this.write(MAGIC);
      if (sync) fsyncSync(this.fd);
    } finally {
      this.aborted = true;
      closeSync(this.fd);
    }
    return { rows: this.rows, rowGroups: this.rowGroups.length, bytes: this.position };
  }
  /** Closes the file without a footer (after an error); the caller removes it. */
  abort() {
    if (this.aborted) return;
    this.aborted = true;
    try {
      closeSync(this.fd);
    } catch {
    }
  }
  /** The path being written. */
  get file() {
    return this.path;
  }
};
function schemaElements(columns) {
  const root = struct({ 4: bin("schema"), 5: i32(columns.length) });
  return [
    root,
    ...columns.map((c) => {
      const f = { 1: i32(PHYSICAL[c.type]), 3: i32(1), 4: bin(c.name) };
      if (c.type === "string" || c.type === "json") {
        f[6] = i32(0);
        f[10] = struct({ 1: struct({}) });
      } else if (c.type === "timestamp") {
        f[6] = i32(10);
        f[10] = struct({ 8: struct({ 1: bool(true), 2: struct({ 2: struct({}) }) }) });
      }
      return struct(f);
    })
  ];
}
function int64Bytes(low, high) {
  const b = Buffer.alloc(8);
  b.writeInt32LE(low, 0);
  b.writeInt32LE(high, 4);
  return b;
}
function plainNumbers(page, nums, from, to) {
  if (LITTLE_ENDIAN) page.bytes(new Uint8Array(nums.buffer, nums.byteOffset + from * 8, (to - from) * 8));
  else for (let v = from; v < to; v++) page.double(nums[v]);
}
var timestampHalves = new Int32Array(2048);
function plainTimestamps(page, nums, from, to) {
  if (!LITTLE_ENDIAN) {
    for (let v = from; v < to; v++) page.int64FromNumber(nums[v]);
    return;
  }
  const halves = timestampHalves;
  for (let v = from; v < to; ) {
    const n = Math.min(to - v, halves.length / 2);
    for (let k = 0; k < n; k++) {
      const x = nums[v + k];
      halves[2 * k] = x >>> 0;
      halves[2 * k + 1] = Math.floor(x / 4294967296) | 0;
    }
    page.bytes(new Uint8Array(halves.buffer, 0, n * 8));
    v += n;
  }
}
function plainInt64s(page, ints, from, to) {
  if (LITTLE_ENDIAN) {
    page.bytes(new Uint8Array(ints.buffer, ints.byteOffset + from * 8, (to - from) * 8));
    return;
  }
  for (let v = from; v < to; v++) {
    page.int32LE(ints[2 * v]);
    page.int32LE(ints[2 * v + 1]);
  }
}
function statistics(col, dict) {
  const nulls = col.rows - col.values;
  const out = { 3: i64(nulls) };
  if (col.values === 0) return out;
  const t = col.def.type;
  let min;
  let max;
  if (t === "double" || t === "timestamp") {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < col.values; i++) {
      const v = col.nums[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo > hi) return out;
    if (t === "timestamp") {
      min = Buffer.alloc(8);
      max = Buffer.alloc(8);
      min.writeBigInt64LE(BigInt(lo));
      max.writeBigInt64LE(BigInt(hi));
    } else {
      min = Buffer.alloc(8);
      max = Buffer.alloc(8);
      min.writeDoubleLE(lo === 0 ? -0 : lo);
      max.writeDoubleLE(hi === 0 ? 0 : hi);
    }
  } else if (t === "int64") {
    const ints = col.ints;
    let minAt = 0;
    let maxAt = 0;
    for (let i = 1; i < col.values; i++) {
      const h = ints[2 * i + 1];
      const l = ints[2 * i] >>> 0;
      const mh = ints[2 * minAt + 1];
      if (h < mh || h === mh && l < ints[2 * minAt] >>> 0) minAt = i;
      const xh = ints[2 * maxAt + 1];
      if (h > xh || h === xh && l > ints[2 * maxAt] >>> 0) maxAt = i;
    }
    min = int64Bytes(ints[2 * minAt], ints[2 * minAt + 1]);
    max = int64Bytes(ints[2 * maxAt], ints[2 * maxAt + 1]);
  } else if (t === "boolean") {
    let any0 = false;
    let any1 = false;
    for (let i = 0; i < col.values; i++)
      if (col.bools[i]) any1 = true;
      else any0 = true;
    min = Buffer.from([any0 ? 0 : 1]);
    max = Buffer.from([any1 ? 1 : 0]);
  } else if (dict.length > 0) {
    for (const v of dict) {
      if (min === void 0 || Buffer.compare(v, min) < 0) min = v;
      if (max === void 0 || Buffer.compare(v, max) > 0) max = v;
    }
    if (min.length > MAX_STAT_BYTES || max.length > MAX_STAT_BYTES) return out;
  }
  if (min === void 0 || max === void 0) return out;
  return { ...out, 5: bin(max), 6: bin(min) };
}

// packages/parquet/src/footer.ts
import { open } from "node:fs/promises";
var text = (d) => d instanceof Uint8Array ? Buffer.from(d).toString("utf8") : "";
async function readParquetFooter(path3) {
  const handle = await open(path3, "r");
  try {
    const { size } = await handle.stat();
    if (size < 12) throw new Error("too small to be a Parquet file");
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    const tail = Buffer.alloc(8);
    await handle.read(tail, 0, 8, size - 8);
    if (head.toString("latin1") !== "PAR1" || tail.toString("latin1", 4) !== "PAR1") {
      throw new Error("missing the PAR1 magic at the start or end");
    }
    const length = tail.readUInt32LE(0);
    if (length + 12 > size) throw new Error("the footer length runs past the start of the file");
    const footer = Buffer.alloc(length);
    await handle.read(footer, 0, length, size - 8 - length);
    const meta = decodeStruct(footer).value;
    const schema = meta[2] ?? [];
    const groups = meta[4] ?? [];
    const kv = meta[5] ?? [];
    return {
      rows: Number(meta[3]),
      rowGroupRows: groups.map((g) => Number(g[3])),
      columns: schema.slice(1).map((s) => text(s[4])),
      metadata: Object.fromEntries(kv.map((e) => [text(e[1]), text(e[2])])),
      ...meta[6] !== void 0 ? { createdBy: text(meta[6]) } : {}
    };
  } finally {
    await handle.close();
  }
}

// packages/export/src/output.ts
var FORMATS = ["jsonl", "csv", "parquet"];
async function claimOutputDir(absolute, display) {
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
    await mkdir(absolute);
  } catch (error) {
    if (error.code === "EEXIST") {
      throw new GateError("FILE_EXISTS", "the output location already exists and will not be overwritten", {
        file: display,
        field: "out",
        hint: "Give a new directory for each export"
      });
    }
    throw toGateError(error, display);
  }
}
async function removeOutputDir(absolute) {
  await rm(absolute, { recursive: true, force: true });
}
function tempBeside(final) {
  return path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(6).toString("hex")}.tmp`);
}
async function place(tmp, final, display) {
  try {
    await link(tmp, final);
  } catch (error) {
    if (error.code === "EEXIST") {
      throw new GateError("FILE_EXISTS", "already exists and will not be overwritten", { file: display });
    }
    throw toGateError(error, display);
  }
  await unlink(tmp);
}
var FLUSH_BYTES = 1024 * 1024;
var TextFile = class {
  constructor(tmp) {
    this.tmp = tmp;
    this.fd = openSync2(tmp, "wx", 420);
  }
  tmp;
  sink = new ByteSink(FLUSH_BYTES + 64 * 1024);
  fd;
  maybeFlush() {
    if (this.sink.length >= FLUSH_BYTES) this.flush();
  }
  flush() {
    let off = 0;
    const view = this.sink.view();
    while (off < view.length) off += writeSync2(this.fd, view, off, view.length - off);
    this.sink.reset();
  }
  close() {
    this.flush();
    fsyncSync2(this.fd);
    closeSync2(this.fd);
  }
  abort() {
    try {
      closeSync2(this.fd);
    } catch {
    }
  }
};
var TextFileWriter = class {
  rows = 0;
  file;
  constructor(tmp) {
    this.file = new TextFile(tmp);
  }
  buffered() {
    return 0;
  }
  spill() {
    return void 0;
  }
  close() {
    this.file.close();
  }
  abort() {
    this.file.abort();
  }
};
var JsonlWriter = class extends TextFileWriter {
  write(line) {
    this.file.sink.bytes(line.buf, line.start, line.end);
    this.file.sink.byte(10);
    this.rows++;
    this.file.maybeFlush();
    return void 0;
  }
};
var CsvWriter = class extends TextFileWriter {
  constructor(tmp, columns) {
    super(tmp);
    this.file.sink.bytes(Buffer.from(columns.map((c) => c.name).join(",") + "\r\n", "utf8"));
  }
  write(line, shaper, m) {
    appendCsvRow(this.file.sink, shaper, line, m);
    this.rows++;
    this.file.maybeFlush();
    return void 0;
  }
};
var PqWriter = class {
  w;
  constructor(tmp, columns, codec, metadata, reuseBuffers) {
    this.w = new ParquetWriter(
      tmp,
      columns.map((c) => ({ name: c.name, type: c.type })),
      { codec, metadata, createdBy: metadata["created_by"] ?? "ai-act-gates", reuseBuffers }
    );
  }
  get rows() {
    return this.w.rowCount;
  }
  write(line, shaper, m) {
    return appendParquetRow(this.w, shaper, line, m);
  }
  buffered() {
    return this.w.bufferedBytes;
  }
  spill() {
    return this.w.flush();
  }
  async close() {
    await this.w.close(true);
  }
  abort() {
    this.w.abort();
  }
};
var MAX_OPEN_PARTITIONS = 64;
var MAX_BUFFERED_BYTES = 96 * 1024 * 1024;
var ExportSink = class {
  constructor(options) {
    this.options = options;
  }
  options;
  open = /* @__PURE__ */ new Map();
  parts = /* @__PURE__ */ new Map();
  closed = [];
  rowsSinceCheck = 0;
  /** The writers {@link writeOpen} used last, and their day; emptied whenever a writer is opened or closed. */
  lastWriters = [];
  lastDay = "";
  /** Writes a row to every format; `day` is its partition. */
  async write(line, shaper, m, day) {
    for (const format of this.options.formats) {
      const key = `${format}/${day ?? ""}`;
      let o = this.open.get(key);
      if (!o) o = await this.openWriter(format, day);
      else if (this.open.size > 1) {
        this.open.delete(key);
        this.open.set(key, o);
      }
      await o.writer.write(line, shaper, m);
    }
    this.rowsSinceCheck++;
    await this.check();
  }
  /**
   * Writes a row when its writers are open (the fast path of a pass): false when a
   * writer must be opened first (call {@link write}), a promise when the caller must
   * wait (back-pressure), true otherwise.
   */
  writeOpen(line, shaper, m, day) {
    if (this.open.size > this.options.formats.length) return false;
    const key = day ?? "";
    if (key !== this.lastDay || this.lastWriters.length === 0) {
      this.lastWriters.length = 0;
      for (const format of this.options.formats) {
        const o = this.open.get(`${format}/${key}`);
        if (!o) {
          this.lastWriters.length = 0;
          return false;
        }
        this.lastWriters.push(o.writer);
      }
      this.lastDay = key;
    }
    let wait;
    for (const writer of this.lastWriters) {
      const r = writer.write(line, shaper, m);
      if (r) (wait ??= []).push(r);
    }
    if (++this.rowsSinceCheck >= 4096) {
      const r = this.check();
      if (r) (wait ??= []).push(r);
    }
    return wait ? Promise.all(wait).then(() => void 0) : true;
  }
  /** Writes every buffer as a row group when the open files hold too much. */
  check() {
    if (this.rowsSinceCheck < 4096) return void 0;
    this.rowsSinceCheck = 0;
    let buffered = 0;
    for (const o of this.open.values()) buffered += o.writer.buffered();
    if (buffered <= MAX_BUFFERED_BYTES) return void 0;
    const wait = [];
    for (const o of this.open.values()) {
      const r = o.writer.spill();
      if (r) wait.push(r);
    }
    return wait.length > 0 ? Promise.all(wait).then(() => void 0) : void 0;
  }
  async openWriter(format, day) {
    this.lastWriters.length = 0;
    if (this.open.size >= MAX_OPEN_PARTITIONS * this.options.formats.length) {
      const [key, oldest] = this.open.entries().next().value;
      this.open.delete(key);
      await this.finish(oldest);
    }
    const ext = format;
    const partKey = `${format}/${day ?? ""}`;
    const n = this.parts.get(partKey) ?? 0;
    this.parts.set(partKey, n + 1);
    const rel = this.options.partition === "day" ? `${format}/day=${day}/part-${n}.${ext}` : `events${n > 0 ? `-${n}` : ""}.${ext}`;
    const final = path.join(this.options.dir, rel);
    await mkdir(path.dirname(final), { recursive: true });
    const tmp = tempBeside(final);
    const writer = format === "jsonl" ? new JsonlWriter(tmp) : format === "csv" ? new CsvWriter(tmp, this.options.columns) : (
      // One file per format without partitions: it may keep its row-group buffers.
      new PqWriter(
        tmp,
        this.options.columns,
        this.options.codec,
        this.options.metadata,
        this.options.partition === "none"
      )
    );
    const o = { writer, tmp, final, rel, format, ...day !== void 0 ? { day } : {} };
    this.open.set(partKey, o);
    return o;
  }
  async finish(o) {
    await o.writer.close();
    await place(o.tmp, o.final, `${this.options.display}/${o.rel}`);
    this.closed.push(o);
  }
  /**
   * Closes every writer and places the files. Without partitions an export with no
   * rows still writes one (empty) file per format, so the answer "none" is on disk.
   */
  async close() {
    if (this.options.partition === "none") {
      for (const f of this.options.formats) if (!this.parts.has(`${f}/`)) await this.openWriter(f, void 0);
    }
    for (const o of [...this.open.values()]) await this.finish(o);
    this.open.clear();
    this.lastWriters.length = 0;
    return this.closed.map((o) => ({
      path: o.rel,
      format: o.format,
      ...o.day !== void 0 ? { day: o.day } : {},
      rowsWritten: o.writer.rows
    })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  /** Closes and removes everything (after an error). */
  async abort() {
    for (const o of this.open.values()) {
      o.writer.abort();
      await unlink(o.tmp).catch(() => void 0);
    }
    this.open.clear();
    this.lastWriters.length = 0;
  }
};

// packages/export/src/scan.ts
function lineError(error, file, line) {
  if (error instanceof SplitError) {
    return new GateError("PARSE_ERROR", error.message, { file, line, column: error.column });
  }
  if (error instanceof CellTypeError) {
    return new GateError("SCHEMA_VIOLATION", error.message, {
      file,
      line,
      field: error.field,
      hint: "Check the log with art12-log-gates (gates: schema), or export it as jsonl, which keeps every entry as written"
    });
  }
  return error;
}
function checkCounts(set, counts, found) {
  for (const [i, f] of found.entries()) {
    const expected = counts[i]?.entries;
    if (f.entries !== expected) {
      throw new GateError(
        "INPUT_CONFLICT",
        `the file holds ${f.entries} entries now but ${expected} when its chain was checked: the log changed during the export`,
        { file: set.files[i].display, hint: "Export from files that are no longer written to (rotated, or a copy)" }
      );
    }
  }
}
var YIELD_LINES = 256;
var SAMPLE_BYTES = 256 * 1024;
function rarestNeedle(buf, needles, last) {
  const sample = buf.length > SAMPLE_BYTES ? buf.subarray(0, SAMPLE_BYTES) : buf;
  let best = -1;
  let bestHits = 0;
  for (let n = 0; n < needles.length; n++) {
    const j = n === 0 ? last : n === last ? 0 : n;
    const needle = needles[j];
    let hits = 0;
    for (let at = sample.indexOf(needle); at !== -1; at = sample.indexOf(needle, at + 1)) {
      hits++;
      if (best !== -1 && hits > bestHits) break;
    }
    if (best === -1 || hits < bestHits || hits === bestHits && needle.length > needles[best].length) {
      best = j;
      bestHits = hits;
    }
  }
  return best;
}
async function scanLines(set, counts, options, prev = {}) {
  const m = new Members();
  const found = [];
  let total = 0;
  const needles = options.needles && options.needles.length > 0 ? options.needles : void 0;
  const cursors = new Int32Array(needles?.length ?? 0);
  let pivot = 0;
  const misses = new Float64Array(needles?.length ?? 0);
  const order = [];
  const ref = { buf: Buffer.alloc(0), start: 0, end: 0, entryIndex: 0, file: "", line: 0 };
  let before = prev.line;
  const crlf = options.allowCrlf;
  for (const [fileIndex, file] of set.files.entries()) {
    const expect = counts?.[fileIndex] ?? { firstEntry: total, entries: -1 };
    let lineNo = 0;
    for await (const chunk of readChunks(file, {
      reuse: true,
      ...options.chunkBytes ? { chunkBytes: options.chunkBytes } : {}
    })) {
      if (options.signal?.aborted) throw new GateError("TIMEOUT", "the export was cancelled");
      const buf = chunk.buf;
      const ends = chunk.ends;
      const lines = chunk.lines;
      const firstLine = chunk.firstLine;
      let lineEscape = -1;
      const lineEnd = (i) => {
        const e = ends[i];
        return crlf && e > 0 && (i === 0 || e > ends[i - 1] + 1) && buf[e - 1] === 13 ? e - 1 : e;
      };
      const visit = (i) => {
        if (i > 0) {
          const p = prev.line ??= { buf, start: 0, end: 0 };
          p.buf = buf;
          p.start = i === 1 ? 0 : ends[i - 2] + 1;
          p.end = lineEnd(i - 1);
        }
        const start = i === 0 ? 0 : ends[i - 1] + 1;
        const end = lineEnd(i);
        const lineNumber = firstLine + i;
        ref.buf = buf;
        ref.start = start;
        ref.end = end;
        ref.entryIndex = expect.firstEntry + lineNumber - 1;
        ref.file = file.display;
        ref.line = lineNumber;
        if (lineEscape < start) {
          lineEscape = buf.indexOf(92, start);
          if (lineEscape === -1) lineEscape = buf.length;
        }
        try {
          splitObject(buf, start, end, m, lineEscape);
          const r = options.onLine(ref, m);
          if (r) return r.catch((error) => Promise.reject(lineError(error, file.display, lineNumber)));
        } catch (error) {
          throw lineError(error, file.display, lineNumber);
        }
      };
      if (!needles) {
        for (let i = 0; i < lines; i++) {
          const r = visit(i);
          if (r) await r;
          if ((i & YIELD_LINES - 1) === YIELD_LINES - 1) await new Promise((resolve) => setImmediate(resolve));
        }
      } else {
        const length = buf.length;
        const needle = needles[pivot = rarestNeedle(buf, needles, pivot)];
        cursors.fill(-1);
        order.length = 0;
        for (let j = 0; j < needles.length; j++) if (j !== pivot) order.push(j);
        order.sort((a, b) => misses[b] - misses[a]);
        let hit = buf.indexOf(needle);
        if (hit === -1) hit = length;
        let escape = buf.indexOf(92);
        if (escape === -1) escape = length;
        let i = 0;
        for (; ; ) {
          const at = hit < escape ? hit : escape;
          if (at >= length) break;
          while (ends[i] < at) i++;
          const start = i === 0 ? 0 : ends[i - 1] + 1;
          const nl = ends[i];
          let candidate = escape < nl;
          if (!candidate) {
            candidate = true;
            for (let q = 0; q < order.length; q++) {
              const j = order[q];
              let c = cursors[j];
              if (c < start) {
                c = buf.indexOf(needles[j], start);
                cursors[j] = c = c === -1 ? length : c;
              }
              if (c >= nl) {
                misses[j]++;
                candidate = false;
                break;
              }
            }
          }
          if (candidate) {
            lineEscape = escape;
            const r = visit(i);
            if (r) await r;
          }
          if (hit <= nl) {
            hit = buf.indexOf(needle, nl + 1);
            if (hit === -1) hit = length;
          }
          if (escape <= nl) {
            escape = buf.indexOf(92, nl + 1);
            if (escape === -1) escape = length;
          }
          i++;
        }
      }
      lineNo = firstLine + lines - 1;
      const lastStart = lines === 1 ? 0 : ends[lines - 2] + 1;
      const lastEnd = lineEnd(lines - 1);
      before = { buf: Buffer.from(buf.subarray(lastStart, lastEnd)), start: 0, end: lastEnd - lastStart };
      prev.line = before;
    }
    found.push({ firstEntry: expect.firstEntry, entries: lineNo });
    if (counts) checkCounts(set, counts, found);
    total += lineNo;
  }
  return found;
}

// packages/export/src/trace.ts
import { open as open2 } from "node:fs/promises";
function fieldText(text2, field) {
  const buf = Buffer.from(text2, "utf8");
  const m = new Members();
  splitObject(buf, 0, buf.length, m);
  let found;
  for (let k = 0; k < m.count; k++) {
    if (keyText(buf, m, k) !== field) continue;
    const kind = m.kind[k];
    found = kind === KIND.STRING || kind === KIND.ESCAPED ? stringValue(buf, m, k) : kind === KIND.NUMBER ? buf.toString("latin1", m.valueStart[k], m.valueEnd[k]) : void 0;
  }
  return found;
}
async function traceEntries(set, index, inputId, fields) {
  const lookup = async (kind, field, key) => {
    const refs = index.lookup(keyHash(kind, Buffer.from(key, "utf8")));
    const texts = await readRefs(set, refs, index.firstEntries);
    return texts.filter((t) => fieldText(t.text, field) === key);
  };
  const direct = await lookup(KEY_INPUT, fields.idField, inputId);
  const all = new Map(direct.map((e) => [e.entryIndex, e]));
  const correlationIds = [];
  if (fields.correlationField) {
    for (const e of direct) {
      const c = fieldText(e.text, fields.correlationField);
      if (c !== void 0 && !correlationIds.includes(c)) correlationIds.push(c);
    }
    for (const c of correlationIds)
      for (const e of await lookup(KEY_CORRELATION, fields.correlationField, c)) all.set(e.entryIndex, e);
  }
  return { entries: [...all.values()].sort((a, b) => a.entryIndex - b.entryIndex), correlationIds };
}
function stripCr(s) {
  return s.endsWith("\r") ? s.slice(0, -1) : s;
}
async function lineBefore(file, offset) {
  if (file.gzip) {
    let prev = "";
    for await (const chunk of readChunks(file)) {
      let start = 0;
      while (start < chunk.buf.length) {
        let nl = chunk.buf.indexOf(10, start);
        if (nl === -1) nl = chunk.buf.length;
        if (chunk.offset + start >= offset) return stripCr(prev);
        prev = chunk.buf.toString("utf8", start, nl);
        start = nl + 1;
      }
    }
    return stripCr(prev);
  }
  const handle = await open2(file.absolute, "r").catch((e) => {
    throw toGateError(e, file.display);
  });
  try {
    let window = 64 * 1024;
    for (; ; ) {
      const from = Math.max(0, offset - 1 - window);
      const buf = Buffer.alloc(offset - 1 - from);
      await handle.read(buf, 0, buf.length, from);
      const nl = buf.lastIndexOf(10);
      if (nl !== -1 || from === 0) return stripCr(buf.toString("utf8", nl + 1));
      window *= 4;
    }
  } finally {
    await handle.close();
  }
}
async function lastLine(file) {
  if (file.gzip) {
    let last;
    for await (const chunk of readChunks(file)) {
      const text2 = chunk.buf.toString("utf8").replace(/\r?\n$/, "");
      const nl = text2.lastIndexOf("\n");
      if (text2 !== "") last = text2.slice(nl + 1);
    }
    return last === void 0 ? void 0 : stripCr(last);
  }
  if (file.size === 0) return void 0;
  const handle = await open2(file.absolute, "r");
  try {
    const end = file.size;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, end - 1);
    const stop = last[0] === 10 ? end - 1 : end;
    return await lineBefore(file, stop + 1);
  } finally {
    await handle.close();
  }
}
async function verifyLinks(set, entries, firstEntries, options) {
  const parse = (text2) => parseJson(text2, parseOptionsFor(options.canonicalization));
  const breaks = [];
  for (const e of entries) {
    const file = set.files[e.fileIndex];
    const at = { entryIndex: e.entryIndex, file: file.display, line: e.line };
    let prev;
    if (e.entryIndex === (firstEntries[0] ?? 0)) prev = options.genesis;
    else {
      let prevText;
      if (e.line > 1) prevText = await lineBefore(file, e.offset);
      else for (let f = e.fileIndex - 1; f >= 0 && prevText === void 0; f--) prevText = await lastLine(set.files[f]);
      const stored2 = prevText === void 0 ? void 0 : storedOf(parse(prevText).get(options.hashField));
      prev = stored2 && (stored2.kind === "string" || stored2.kind === "other") ? stored2.value : void 0;
    }
    const value = parse(e.text);
    const stored = storedOf(value.get(options.hashField));
    if (prev === void 0) {
      breaks.push({ ...at, reason: `its predecessor has no ${options.hashField}` });
      continue;
    }
    const expected = linkHash(prev, linkCanonical(value, options.hashField, options.canonicalization));
    if (stored.kind !== "string" || stored.value !== expected) {
      breaks.push({
        ...at,
        reason: `the stored ${options.hashField} is not sha256(predecessor hash + ":" + canonical entry)`
      });
    }
  }
  return { verified: entries.length - breaks.length, breaks };
}

// packages/export/src/links.ts
import { hash } from "node:crypto";
var PREFIX_ROOM = 256;
var LinkVerifier = class {
  constructor(mode, hashField) {
    this.mode = mode;
    this.hashField = hashField;
    this.scanner = new CanonicalScanner(mode, { dropKey: hashField });
    this.hashKey = Buffer.from(hashField, "utf8");
  }
  mode;
  hashField;
  scanner;
  out = Buffer.allocUnsafe(PREFIX_ROOM + scanCapacity(64 * 1024));
  prevMembers = new Members();
  hashKey;
  /** The stored hash (a string) of an already split line, or undefined. */
  storedIn(buf, m) {
    let found;
    const key = this.hashKey;
    for (let k = 0; k < m.count; k++) {
      const s = m.keyStart[k];
      const e = m.keyEnd[k];
      let same;
      if (m.keyEscaped[k]) same = keyText(buf, m, k) === this.hashField;
      else {
        same = e - s === key.length;
        for (let i = 0; same && i < key.length; i++) same = buf[s + i] === key[i];
      }
      if (!same) continue;
      const kind = m.kind[k];
      found = kind === KIND.STRING || kind === KIND.ESCAPED ? stringValue(buf, m, k) : void 0;
      if (kind !== KIND.STRING && kind !== KIND.ESCAPED && kind !== KIND.NULL) {
        const v = storedOf(parseJson(buf.toString("utf8", m.valueStart[k], m.valueEnd[k]), { allowNonFinite: true }));
        found = v.kind === "other" ? v.value : void 0;
      }
    }
    return found === "" ? void 0 : found;
  }
  /** The stored hash of a line not yet split. */
  storedOfLine(buf, start, end) {
    splitObject(buf, start, end, this.prevMembers);
    return this.storedIn(buf, this.prevMembers);
  }
  /** True when the line's stored hash (`stored`) links it to `prev`. */
  verify(buf, start, end, prev, stored) {
    if (prev === void 0 || stored === void 0) return false;
    const need = PREFIX_ROOM + scanCapacity(end - start);
    if (this.out.length < need) this.out = Buffer.allocUnsafe(need * 2);
    const canonEnd = this.scanner.scan(buf, start, end, this.out, PREFIX_ROOM);
    if (canonEnd === SCAN_DECLINED) {
      const value = parseJson(buf.toString("utf8", start, end), parseOptionsFor(this.mode));
      return linkHash(prev, linkCanonical(value, this.hashField, this.mode)) === stored;
    }
    const prefix = Buffer.byteLength(prev, "utf8") + 1;
    if (prefix > PREFIX_ROOM) return linkHash(prev, this.out.subarray(PREFIX_ROOM, canonEnd)) === stored;
    const at = PREFIX_ROOM - prefix;
    this.out.write(prev, at, "utf8");
    this.out[PREFIX_ROOM - 1] = 58;
    return hash("sha256", this.out.subarray(at, canonEnd), "hex") === stored;
  }
};

// packages/export/src/manifest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

// schemas/export-manifest.schema.json
var export_manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/export-manifest.schema.json",
  title: "Log export manifest",
  description: "Written by log-export beside every export (manifest.json): the query and its parameters, when it ran, the event count, the sha256 and row count of every file written, the log profile and columns, the chain verification result for what was exported, and completeness (seed 000: the export's row count against the source's event count for the same query).",
  type: "object",
  required: [
    "manifestVersion",
    "generator",
    "status",
    "failures",
    "query",
    "startedAt",
    "finishedAt",
    "durationMs",
    "source",
    "profile",
    "chain",
    "eventCount",
    "completeness",
    "output",
    "files",
    "run"
  ],
  additionalProperties: false,
  $defs: {
    sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
    count: { type: "integer", minimum: 0 },
    format: { enum: ["jsonl", "csv", "parquet"] }
  },
  properties: {
    manifestVersion: { const: 1 },
    generator: {
      type: "object",
      required: ["name", "version"],
      additionalProperties: false,
      properties: { name: { type: "string" }, version: { type: "string" } }
    },
    status: {
      enum: ["pass", "fail"],
      description: "fail when the chain is broken (and the export was not told to go ahead anyway), a trace or retrieval found nothing, or a file's row count differs from the source's event count."
    },
    failures: {
      type: "array",
      items: { type: "string" },
      description: "Why the export failed; empty when it passed."
    },
    query: {
      type: "object",
      required: ["kind", "parameters"],
      additionalProperties: false,
      properties: {
        kind: { enum: ["time-range", "trace", "cohort", "retrieval"] },
        parameters: {
          type: "object",
          description: "The query's inputs as given, with the UTC instants they resolve to."
        }
      }
    },
    startedAt: { type: "string", format: "date-time" },
    finishedAt: { type: "string", format: "date-time" },
    durationMs: { type: "number", minimum: 0 },
    source: {
      type: "object",
      required: ["patterns", "entries", "files"],
      additionalProperties: false,
      properties: {
        patterns: { type: "array", items: { type: "string" } },
        entries: { $ref: "#/$defs/count", description: "Entries in the whole log set." },
        files: {
          type: "array",
          description: "The log files in rotation order, oldest first.",
          items: {
            type: "object",
            required: ["path", "size", "gzip", "firstEntry", "entries"],
            additionalProperties: false,
            properties: {
              path: { type: "string" },
              size: { $ref: "#/$defs/count" },
              gzip: { type: "boolean" },
              firstEntry: { $ref: "#/$defs/count" },
              entries: { $ref: "#/$defs/count" }
            }
          }
        }
      }
    },
    profile: {
      type: "object",
      required: ["file", "sha256", "columns"],
      additionalProperties: false,
      properties: {
        name: { type: "string", description: "The shipped profile's name, when one was used." },
        file: { type: "string" },
        sha256: { $ref: "#/$defs/sha256", description: "sha256 of the schema's JSON serialization as loaded." },
        columns: {
          type: "array",
          description: "The columns of the CSV and Parquet files, in order.",
          items: {
            type: "object",
            required: ["name", "type", "parquetType", "source"],
            additionalProperties: false,
            properties: {
              name: { type: "string" },
              type: { enum: ["int64", "double", "boolean", "string", "json", "timestamp"] },
              parquetType: { type: "string" },
              source: { enum: ["entry-index", "file", "line", "field", "extra"] },
              field: { type: "string" }
            }
          }
        }
      }
    },
    chain: {
      type: "object",
      required: [
        "scope",
        "status",
        "canonicalization",
        "hashField",
        "genesis",
        "entries",
        "brokenLinks",
        "brokenLinksInExport",
        "breaks",
        "rotation",
        "exportedDespiteFailure"
      ],
      additionalProperties: false,
      properties: {
        scope: {
          enum: ["log-set", "trace-links", "export-links"],
          description: "log-set: the whole rotation set was verified from genesis to head; trace-links: each exported entry's link to its predecessor (a trace through an existing index); export-links: the same, checked in the query pass (integrity: links)."
        },
        status: { enum: ["intact", "broken"] },
        canonicalization: { enum: ["python-json", "jcs"] },
        hashField: { type: "string" },
        genesis: { type: "string" },
        entries: { $ref: "#/$defs/count" },
        head: { type: "string" },
        brokenLinks: { $ref: "#/$defs/count" },
        brokenLinksInExport: { $ref: "#/$defs/count" },
        breaks: {
          type: "array",
          items: {
            type: "object",
            required: ["entryIndex", "file", "line"],
            additionalProperties: false,
            properties: {
              entryIndex: { $ref: "#/$defs/count" },
              file: { type: "string" },
              line: { type: "integer", minimum: 1 },
              inputId: { type: "string" },
              reason: { type: "string" }
            }
          }
        },
        rotation: {
          type: "array",
          items: {
            type: "object",
            required: ["kind", "file", "message"],
            additionalProperties: false,
            properties: {
              kind: { type: "string" },
              file: { type: "string" },
              line: { type: "integer" },
              entryIndex: { type: "integer" },
              message: { type: "string" }
            }
          }
        },
        exportedDespiteFailure: { type: "boolean" }
      }
    },
    eventCount: { $ref: "#/$defs/count", description: "Events the query selected from the source." },
    completeness: {
      description: "null when nothing was exported (a broken chain without export-on-integrity-failure).",
      oneOf: [
        { type: "null" },
        {
          type: "object",
          required: ["sourceCount", "exported", "complete"],
          additionalProperties: false,
          properties: {
            sourceCount: { $ref: "#/$defs/count" },
            exported: {
              type: "object",
              description: "Rows counted back from the written files, per format.",
              propertyNames: { $ref: "#/$defs/format" },
              additionalProperties: { $ref: "#/$defs/count" }
            },
            complete: { type: "boolean" }
          }
        }
      ]
    },
    output: {
      type: "object",
      required: ["directory", "formats", "partitioning", "compression"],
      additionalProperties: false,
      properties: {
        directory: { type: "string" },
        formats: { type: "array", items: { $ref: "#/$defs/format" } },
        partitioning: { enum: ["none", "day"] },
        compression: { enum: ["zstd", "gzip", "none"] }
      }
    },
    files: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "format", "rows", "size", "sha256"],
        additionalProperties: false,
        properties: {
          path: {
            type: "string",
            pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$)).+$",
            description: "POSIX path relative to the manifest's directory."
          },
          format: { $ref: "#/$defs/format" },
          day: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
          rows: { $ref: "#/$defs/count" },
          size: { $ref: "#/$defs/count" },
          sha256: { $ref: "#/$defs/sha256" }
        }
      }
    },
    run: {
      type: "object",
      required: ["provider"],
      properties: { provider: { enum: ["github-actions", "local"] } },
      additionalProperties: { type: "string" }
    }
  }
};

// packages/export/src/manifest.ts
var validator;
function validateManifest(manifest) {
  validator ??= compileSchema(export_manifest_schema_default);
  if (validator(manifest)) return;
  const problems = (validator.errors ?? []).map((e) => `${formatFieldPath(errorSegments(e))}: ${e.message}`);
  throw new GateError(
    "INTERNAL",
    `the export manifest does not match export-manifest.schema.json: ${problems.join("; ")}`
  );
}
async function digestFile(absolute, display, format) {
  const hash2 = createHash("sha256");
  let size = 0;
  let lines = 0;
  let records = 0;
  let inQuote = false;
  try {
    for await (const piece of createReadStream(absolute, { highWaterMark: 1024 * 1024 })) {
      const b = piece;
      hash2.update(b);
      size += b.length;
      if (format === "jsonl") for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
      else if (format === "csv") {
        for (let i = 0; i < b.length; i++) {
          const c = b[i];
          if (c === 34) inQuote = !inQuote;
          else if (c === 10 && !inQuote) records++;
        }
      }
    }
  } catch (error) {
    throw toGateError(error, display);
  }
  let rows;
  if (format === "jsonl") rows = lines;
  else if (format === "csv") {
    if (inQuote) throw new GateError("INTERNAL", "the CSV file ends inside a quoted field", { file: display });
    rows = records - 1;
  } else {
    const footer = await readParquetFooter(absolute).catch((e) => {
      throw new GateError("INTERNAL", `the written Parquet file cannot be read back: ${e.message}`, {
        file: display
      });
    });
    const sum = footer.rowGroupRows.reduce((a, b) => a + b, 0);
    if (sum !== footer.rows) {
      throw new GateError("INTERNAL", `the Parquet footer says ${footer.rows} rows but its row groups hold ${sum}`, {
        file: display
      });
    }
    rows = footer.rows;
  }
  return { sha256: hash2.digest("hex"), size, rows };
}

// packages/export/src/export.ts
import { existsSync } from "node:fs";
import * as path2 from "node:path";
var PARQUET_TYPES = {
  int64: "INT64",
  double: "DOUBLE",
  boolean: "BOOLEAN",
  string: "BYTE_ARRAY STRING (UTF8)",
  json: "BYTE_ARRAY STRING (UTF8), JSON text",
  timestamp: "INT64 TIMESTAMP(isAdjustedToUTC=true, MICROS)"
};
function chainFromReport(set, report, inputs) {
  const rotation = (inputs.anchorField ? checkRotation(report) : []).map((f) => ({
    kind: f.kind,
    file: f.file,
    ...f.line !== void 0 ? { line: f.line } : {},
    ...f.entryIndex !== void 0 ? { entryIndex: f.entryIndex } : {},
    message: f.message
  }));
  for (const gap of set.gaps) {
    rotation.push({
      kind: "numbering-gap",
      file: gap.stem,
      message: `rotated file(s) ${gap.missing.map((n) => `${gap.stem}.${n}`).join(", ")} missing from the numbering`
    });
  }
  const broken = report.breakCount > 0 || rotation.length > 0;
  return {
    scope: "log-set",
    status: broken ? "broken" : "intact",
    canonicalization: inputs.canonicalization,
    hashField: inputs.hashField,
    genesis: inputs.genesis,
    entries: report.entries,
    head: report.head,
    brokenLinks: report.breakCount,
    brokenLinksInExport: 0,
    breaks: report.breaks.slice(0, 100).map((b) => ({
      entryIndex: b.entryIndex,
      file: b.file,
      line: b.line,
      ...b.inputId !== void 0 ? { inputId: b.inputId } : {}
    })),
    rotation,
    exportedDespiteFailure: false
  };
}
function chainFromLinks(breaks, entries, inputs, broken = breaks.length) {
  return {
    scope: "export-links",
    status: broken > 0 ? "broken" : "intact",
    canonicalization: inputs.canonicalization,
    hashField: inputs.hashField,
    genesis: inputs.genesis,
    entries,
    brokenLinks: broken,
    brokenLinksInExport: broken,
    breaks,
    rotation: [],
    exportedDespiteFailure: false
  };
}
async function runExport(inputs, ctx) {
  const startedAt = /* @__PURE__ */ new Date();
  const ws2 = ctx.workspace;
  const set = await resolveLogSet(inputs.logs, ws2);
  const loaded = await loadLogSchema(inputs.schema, ws2);
  const columns = columnsFromSchema(loaded.schema, {
    file: loaded.file,
    profiles: Object.values(PROFILES),
    hashField: inputs.hashField
  });
  const shaper = new RowShaper(columns);
  const q = inputs.query;
  const conditions = q.kind === "cohort" ? compileConditions([...q.where, q.outcome], shaper, "cohort") : [];
  const tsColumn = shaper.columnOf(inputs.timestampField);
  const indexPath = inputs.index ? await resolveInside(ws2, inputs.index, { field: "index" }) : void 0;
  const outDir = await resolveInside(ws2, inputs.out, { field: "out" });
  const outDisplay = toPosixRelative(ws2, outDir);
  if (existsSync(outDir)) {
    throw new GateError("FILE_EXISTS", "the output location already exists and will not be overwritten", {
      file: outDisplay,
      field: "out",
      hint: "Give a new directory for each export"
    });
  }
  await claimOutputDir(outDir, outDisplay);
  let sink;
  try {
    let report;
    let chain;
    let traced;
    let fileCounts = [];
    let totalEntries = 0;
    const fastTrace = q.kind === "trace" && indexPath !== void 0 && existsSync(indexPath);
    if (fastTrace) {
      const read = await IdIndex.read(indexPath, toPosixRelative(ws2, indexPath));
      const h = read.header;
      const stale = h.files.length !== set.files.length || h.files.some((f, i) => f.path !== set.files[i].display || f.size !== set.files[i].size) || h.idField !== inputs.idField || h.correlationField !== inputs.correlationField;
      if (stale) {
        throw new GateError(
          "INPUT_CONFLICT",
          "the index was built from other log files or fields (names, sizes or id fields differ); give a new index path to rebuild it",
          { file: toPosixRelative(ws2, indexPath), field: "index" }
        );
      }
      fileCounts = h.files.map((f) => ({ firstEntry: f.firstEntry, entries: f.entries }));
      totalEntries = h.entries;
      traced = await traceEntries(set, read.index, q.inputId, inputs);
      const links = await verifyLinks(set, traced.entries, read.index.firstEntries, inputs);
      chain = {
        scope: "trace-links",
        status: links.breaks.length === 0 ? "intact" : "broken",
        canonicalization: inputs.canonicalization,
        hashField: inputs.hashField,
        genesis: inputs.genesis,
        entries: traced.entries.length,
        ...h.head ? { head: h.head } : {},
        brokenLinks: links.breaks.length,
        brokenLinksInExport: links.breaks.length,
        breaks: links.breaks,
        rotation: [],
        exportedDespiteFailure: false
      };
    } else {
      const overlap = q.kind === "time-range" || q.kind === "cohort";
      if (!overlap) {
        report = await chainPass();
        fileCounts = report.files.map((f) => ({ firstEntry: f.firstEntry, entries: f.entries }));
        totalEntries = report.entries;
        chain = chainFromReport(set, report, inputs);
        if (q.kind === "trace") await traceThroughPass(report);
      } else {
        chain = chainFromLinks([], 0, inputs);
      }
    }
    async function chainPass(beside = false) {
      const r = await scanLogs(
        set,
        {
          chain: true,
          canonicalization: inputs.canonicalization,
          hashField: inputs.hashField,
          anchorField: inputs.anchorField,
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          index: q.kind === "trace",
          allowCrlf: inputs.allowCrlf,
          maxViolationsPerChunk: 0
        },
        {
          genesis: inputs.genesis,
          ...inputs.threads !== void 0 ? { threads: inputs.threads } : {},
          ...beside ? { shareThisThread: false } : {},
          signal: ctx.signal
        }
      );
      if (r.entries === 0) {
        throw new GateError(
          "EMPTY_INPUT",
          `the log set (${set.files.map((f) => f.display).join(", ")}) holds no entries: there is nothing to export`,
          { field: "logs" }
        );
      }
      return r;
    }
    async function traceThroughPass(r) {
      traced = await traceEntries(set, r.index, q.inputId, inputs);
      if (indexPath === void 0) return;
      await r.index.write(
        indexPath,
        {
          version: 1,
          entries: r.entries,
          files: set.files.map((f, i) => ({
            path: f.display,
            size: f.size,
            mtimeMs: f.mtimeMs,
            gzip: f.gzip,
            firstEntry: r.files[i].firstEntry,
            entries: r.files[i].entries
          })),
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          head: chain.status === "intact" ? r.head : ""
        },
        toPosixRelative(ws2, indexPath)
      );
    }
    const failures = [];
    const integrityFailed = () => {
      if (chain.status !== "broken") return void 0;
      if (inputs.exportOnIntegrityFailure) {
        chain.exportedDespiteFailure = true;
        return void 0;
      }
      failures.push(
        `the hash chain is broken (${chain.brokenLinks} broken link(s), ${chain.rotation.length} rotation finding(s)); nothing was exported (set export-on-integrity-failure: true to export anyway)`
      );
      return void 0;
    };
    if (report || fastTrace) {
      integrityFailed();
      if (failures.length > 0) return await finish([], null, 0, {});
    }
    sink = new ExportSink({
      dir: outDir,
      display: outDisplay,
      formats: inputs.formats,
      partition: inputs.partition,
      columns,
      codec: inputs.codec,
      metadata: {
        "ai-act-gates.query": JSON.stringify({ kind: q.kind, ...queryParameters(q, inputs) }),
        "ai-act-gates.columns": JSON.stringify(columns),
        created_by: `ai-act-gates version ${VERSION}`
      }
    });
    const dayOf = (line, m) => inputs.partition === "day" ? utcDay(lineTime(line.buf, m, shaper, tsColumn, inputs.timestampField)) : void 0;
    let count = 0;
    let matched = new Uint32Array(1024);
    const emit = (line, m) => {
      if (count === matched.length) {
        const next = new Uint32Array(matched.length * 2);
        next.set(matched);
        matched = next;
      }
      matched[count++] = line.entryIndex;
      const day = dayOf(line, m);
      const r = sink.writeOpen(line, shaper, m, day);
      if (r === false) return sink.write(line, shaper, m, day);
      if (r !== true) return r;
    };
    const detail = {};
    if (q.kind === "time-range" || q.kind === "cohort") {
      const links = inputs.integrity === "links" ? new LinkVerifier(inputs.canonicalization, inputs.hashField) : void 0;
      const linkBreaks = [];
      let linkBroken = 0;
      const prev = {};
      const stop = new AbortController();
      let chainRun;
      if (inputs.integrity === "full") {
        chainRun = chainPass(true).then((r) => {
          if (chainFromReport(set, r, inputs).status === "broken" && !inputs.exportOnIntegrityFailure) stop.abort();
          return r;
        });
        chainRun.catch(() => stop.abort());
      }
      const needles = q.kind === "cohort" ? [...q.where, q.outcome].filter((c) => shaper.columns[shaper.columnOf(c.field)].type === "string" && c.value !== "").map((c) => Buffer.from(c.value, "utf8")) : [];
      let found = [];
      let queryError;
      try {
        found = await scanLines(
          set,
          void 0,
          {
            allowCrlf: inputs.allowCrlf,
            signal: chainRun ? AbortSignal.any([ctx.signal, stop.signal]) : ctx.signal,
            needles,
            onLine: (line, m) => {
              shaper.shape(line.buf, m);
              if (q.kind === "time-range") {
                const t = lineTime(line.buf, m, shaper, tsColumn, inputs.timestampField);
                if (t < q.from || t >= q.to) return;
              } else if (!conditionsHold(conditions, line.buf, m, shaper)) return;
              if (links) {
                const p = prev.line;
                const prevHash = line.entryIndex === 0 ? inputs.genesis : p ? links.storedOfLine(p.buf, p.start, p.end) : void 0;
                if (!links.verify(line.buf, line.start, line.end, prevHash, links.storedIn(line.buf, m))) {
                  linkBroken++;
                  if (linkBreaks.length < 100)
                    linkBreaks.push({ entryIndex: line.entryIndex, file: line.file, line: line.line });
                }
              }
              return emit(line, m);
            }
          },
          prev
        );
      } catch (error) {
        queryError = error;
      }
      if (chainRun) {
        report = await chainRun;
        chain = chainFromReport(set, report, inputs);
        fileCounts = report.files.map((f) => ({ firstEntry: f.firstEntry, entries: f.entries }));
        integrityFailed();
        if (failures.length > 0) {
          await sink.abort();
          sink = void 0;
          totalEntries = report.entries;
          return await finish([], null, 0, {});
        }
      }
      if (queryError !== void 0) throw queryError;
      if (report) checkCounts(set, report.files, found);
      fileCounts = found;
      totalEntries = found.reduce((n, f) => n + f.entries, 0);
      if (totalEntries === 0) {
        throw new GateError(
          "EMPTY_INPUT",
          `the log set (${set.files.map((f) => f.display).join(", ")}) holds no entries: there is nothing to export`,
          { field: "logs" }
        );
      }
      if (!report) {
        chain = chainFromLinks(linkBreaks, count, inputs, linkBroken);
        integrityFailed();
      }
      if (failures.length > 0) {
        await sink.abort();
        sink = void 0;
        return await finish([], null, 0, {});
      }
    } else if (q.kind === "trace") {
      detail.correlationIds = traced.correlationIds;
      await emitTexts(traced.entries, set, emit, shaper);
      if (traced.entries.length === 0)
        failures.push(`no log entry has ${inputs.idField} '${q.inputId}': the trace is empty`);
    } else {
      let best;
      let oldest;
      await scanLines(set, fileCounts, {
        allowCrlf: inputs.allowCrlf,
        signal: ctx.signal,
        onLine: (line, m) => {
          shaper.shape(line.buf, m);
          const t = lineTime(line.buf, m, shaper, tsColumn, inputs.timestampField);
          if (oldest === void 0 || t < oldest) oldest = t;
          if (t < q.window[0] || t > q.window[1]) return;
          const distance = Math.abs(t - q.target);
          if (best === void 0 || distance < best.distance) {
            best = {
              entryIndex: line.entryIndex,
              distance,
              time: t,
              sha256: sha256Hex(line.buf.subarray(line.start, line.end))
            };
          }
        }
      });
      if (best) {
        const [entry] = await readEntryRange(set, report.chunks, best.entryIndex, best.entryIndex);
        if (!entry || sha256Hex(Buffer.from(entry.text, "utf8")) !== best.sha256) {
          failures.push(`entry ${best.entryIndex} could not be read back by position`);
        } else {
          await emitTexts([entry], set, emit, shaper);
          detail.retrieved = {
            entryIndex: entry.entryIndex,
            file: set.files[entry.fileIndex].display,
            line: entry.line,
            ageDays: Math.floor((q.asOf - best.time) / 864e8)
          };
        }
      } else {
        failures.push(
          `no entry within ${q.tolerance.text} of ${new Date(q.target / 1e3).toISOString()} (${q.age.text} before the reference date)` + (oldest !== void 0 ? `: the oldest entry is from ${new Date(oldest / 1e3).toISOString()}` : "")
        );
      }
    }
    if (report) {
      const inExport = (k) => {
        let lo = 0;
        let hi = count - 1;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          if (matched[mid] === k) return true;
          if (matched[mid] < k) lo = mid + 1;
          else hi = mid - 1;
        }
        return false;
      };
      chain.brokenLinksInExport = report.breaks.filter((b) => inExport(b.entryIndex)).length;
    }
    const placed = await sink.close();
    sink = void 0;
    const files = [];
    const exported = {};
    for (const p of placed) {
      const d = await digestFile(path2.join(outDir, p.path), `${outDisplay}/${p.path}`, p.format);
      files.push({
        path: p.path,
        format: p.format,
        ...p.day !== void 0 ? { day: p.day } : {},
        rows: d.rows,
        size: d.size,
        sha256: d.sha256
      });
      exported[p.format] = (exported[p.format] ?? 0) + d.rows;
    }
    for (const f of inputs.formats) exported[f] ??= 0;
    const complete = inputs.formats.every((f) => exported[f] === count);
    if (!complete) {
      failures.push(
        `incomplete: the source holds ${count} event(s) for the query but the files hold ${inputs.formats.map((f) => `${exported[f]} (${f})`).join(", ")}`
      );
    }
    return await finish(files, { sourceCount: count, exported, complete }, count, detail);
    async function finish(files2, completeness, sourceCount, detail2) {
      const finishedAt = /* @__PURE__ */ new Date();
      const manifest = {
        manifestVersion: 1,
        generator: { name: "ai-act-gates log-export", version: VERSION },
        status: failures.length === 0 ? "pass" : "fail",
        failures,
        query: { kind: q.kind, parameters: queryParameters(q, inputs) },
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        source: {
          patterns: inputs.logs,
          entries: totalEntries,
          files: set.files.map((f, i) => ({
            path: f.display,
            size: f.size,
            gzip: f.gzip,
            firstEntry: fileCounts[i]?.firstEntry ?? 0,
            entries: fileCounts[i]?.entries ?? 0
          }))
        },
        profile: {
          ...loaded.profile !== void 0 ? { name: loaded.profile } : {},
          file: loaded.file,
          sha256: sha256Hex(JSON.stringify(loaded.schema)),
          columns: columns.map((c) => ({
            name: c.name,
            type: c.type,
            parquetType: PARQUET_TYPES[c.type],
            source: c.source,
            ...c.field !== void 0 ? { field: c.field } : {}
          }))
        },
        chain,
        eventCount: sourceCount,
        completeness,
        output: {
          directory: outDisplay,
          formats: inputs.formats,
          partitioning: inputs.partition,
          compression: inputs.codec
        },
        files: files2,
        run: ctx.run
      };
      validateManifest(manifest);
      const text2 = JSON.stringify(manifest, null, 2) + "\n";
      const manifestPath = path2.join(outDir, "manifest.json");
      await writeFileAtomic(manifestPath, text2, { displayPath: `${outDisplay}/manifest.json` });
      return {
        manifest,
        manifestPath: `${outDisplay}/manifest.json`,
        manifestSha256: sha256Hex(text2),
        outDir: outDisplay,
        sourceCount,
        detail: detail2
      };
    }
  } catch (error) {
    await sink?.abort();
    await removeOutputDir(outDir);
    throw error;
  }
}
async function emitTexts(entries, set, emit, shaper) {
  const m = new Members();
  for (const e of entries) {
    const buf = Buffer.from(e.text, "utf8");
    const file = set.files[e.fileIndex].display;
    try {
      splitObject(buf, 0, buf.length, m);
      shaper.shape(buf, m);
      await emit({ buf, start: 0, end: buf.length, entryIndex: e.entryIndex, file, line: e.line }, m);
    } catch (error) {
      throw lineError(error, file, e.line);
    }
  }
}

// packages/export/src/gate.ts
var ARTICLES = {
  integrity: ["Art.12(1)", "Art.19(1)"],
  query: ["Art.12(2)", "Art.19(1)"],
  completeness: ["Art.12(2)", "Art.19(1)"]
};
var QUERY_INPUTS = {
  from: ["time-range"],
  to: ["time-range"],
  "input-id": ["trace"],
  cohort: ["cohort"],
  outcome: ["cohort"],
  age: ["retrieval"],
  tolerance: ["retrieval"],
  "as-of": ["retrieval"]
};
function parseQuery(raw) {
  const kind = raw.oneOf("query", QUERY_KINDS);
  for (const [name, kinds] of Object.entries(QUERY_INPUTS)) {
    if (raw.optional(name) !== void 0 && !kinds.includes(kind)) {
      throw new GateError("INPUT_CONFLICT", `input '${name}' belongs to the ${kinds.join("/")} query, not ${kind}`, {
        field: name
      });
    }
  }
  switch (kind) {
    case "time-range": {
      const fromText = raw.required("from", "for a time-range query");
      const toText = raw.required("to", "for a time-range query");
      const from = dateTimeInput("from", fromText);
      const to = dateTimeInput("to", toText);
      if (from >= to) {
        throw new GateError(
          "INPUT_INVALID",
          `the time range is ${from === to ? "empty" : "inverted"}: 'from' (${fromText}) must be before 'to' (${toText})`,
          {
            field: "to"
          }
        );
      }
      return { kind, from, to, fromText, toText };
    }
    case "trace":
      return { kind, inputId: raw.required("input-id", "for a trace query") };
    case "cohort": {
      const where = parseConditions("cohort", raw.required("cohort", "for a cohort query"));
      const outcome = parseConditions("outcome", raw.required("outcome", "for a cohort query"));
      if (outcome.length !== 1) {
        throw new GateError(
          "INPUT_INVALID",
          "input 'outcome' takes one field=value pair, such as decision_outcome=reject",
          {
            field: "outcome"
          }
        );
      }
      return { kind, where, outcome: outcome[0] };
    }
    case "retrieval": {
      const age = durationInput("age", raw.required("age", "for a retrieval test"));
      const tolerance = durationInput("tolerance", raw.optional("tolerance") ?? "P30D");
      const asOfText = raw.optional("as-of");
      const asOf = asOfText === void 0 ? Date.now() * 1e3 : dateTimeInput("as-of", asOfText);
      const target = minusDuration(asOf, age);
      const t = durationMicros(tolerance);
      return { kind, age, tolerance, asOf, target, window: [target - t, target + t] };
    }
  }
}
async function parseInputs(raw) {
  const query = parseQuery(raw);
  const formats = raw.list("format");
  if (formats.length === 0)
    throw new GateError("INPUT_MISSING", "input 'format' is empty; give jsonl, csv or parquet", { field: "format" });
  for (const f of formats) {
    if (!FORMATS.includes(f)) {
      throw new GateError("INPUT_INVALID", `input 'format' names '${f}'; use any of: ${FORMATS.join(", ")}`, {
        field: "format"
      });
    }
  }
  const logs = raw.list("logs");
  if (logs.length === 0)
    throw new GateError("INPUT_MISSING", "input 'logs' is required: the log files to export from", { field: "logs" });
  const threads = raw.integer("threads", { min: 0, max: 64 });
  const integrity = raw.oneOf("integrity", ["full", "links"], "full");
  if (integrity === "links" && query.kind !== "time-range" && query.kind !== "cohort") {
    throw new GateError(
      "INPUT_CONFLICT",
      `integrity: links serves the time-range and cohort queries; a ${query.kind} verifies ${query.kind === "trace" ? "links through an existing index file, or the whole log" : "the whole log"}`,
      { field: "integrity" }
    );
  }
  const index = raw.optional("index");
  if (index !== void 0 && query.kind !== "trace") {
    throw new GateError("INPUT_CONFLICT", "input 'index' serves the trace query only", { field: "index" });
  }
  return {
    logs,
    query,
    formats: [...new Set(formats)],
    out: raw.required("out", "the new directory the export is written to"),
    partition: raw.oneOf("partition", ["none", "day"], "none"),
    schema: raw.optional("schema") ?? "base",
    timestampField: raw.optional("timestamp-field") ?? "timestamp",
    idField: raw.optional("id-field") ?? "input_id",
    correlationField: raw.optional("correlation-field") ?? "",
    canonicalization: parseCanonicalMode(raw.optional("canonicalization") ?? "python-json"),
    hashField: raw.optional("hash-field") ?? "chain_hash",
    genesis: raw.optional("genesis") ?? "genesis",
    anchorField: raw.optional("anchor-field") ?? "",
    ...index !== void 0 ? { index } : {},
    exportOnIntegrityFailure: raw.boolean("export-on-integrity-failure", false),
    integrity,
    codec: raw.oneOf("compression", ["zstd", "gzip", "none"], "zstd"),
    allowCrlf: raw.boolean("allow-crlf", false),
    ...threads !== void 0 ? { threads } : {}
  };
}
async function run(inputs, ctx) {
  const started = Date.now();
  const outcome = await runExport(inputs, {
    workspace: ctx.workspace,
    run: ctx.run,
    signal: ctx.signal,
    log: (m2) => ctx.log.info(m2)
  });
  const m = outcome.manifest;
  const chain = m.chain;
  const q = inputs.query;
  const checks = [];
  const firstBreak = chain.breaks[0];
  checks.push(
    makeCheck(
      "export-integrity",
      chain.scope === "log-set" ? "Hash chain of the log set verified" : "Hash chain links of the exported trace verified",
      ARTICLES.integrity,
      chain.status === "intact" || chain.exportedDespiteFailure ? "pass" : "fail",
      chain.status === "intact" ? chain.scope === "log-set" ? `${chain.entries} entries chain from '${chain.genesis}' to head ${chain.head?.slice(0, 16)}… (${chain.canonicalization})` : `each of the ${chain.entries} exported entries links to its predecessor in the log` : `the chain is BROKEN: ${chain.brokenLinks} broken link(s) (${chain.brokenLinksInExport} among the exported entries), ${chain.rotation.length} rotation finding(s)${firstBreak ? `; first at entry ${firstBreak.entryIndex} (${firstBreak.file}:${firstBreak.line})` : ""}` + (chain.exportedDespiteFailure ? "; exported anyway (export-on-integrity-failure), as the manifest records" : "; nothing was exported"),
      {
        locations: chain.breaks.slice(0, 100).map((b) => ({
          file: b.file,
          line: b.line,
          entryIndex: b.entryIndex,
          ...b.inputId !== void 0 ? { inputId: b.inputId } : {},
          field: chain.hashField
        })),
        evidence: {
          status: chain.status,
          scope: chain.scope,
          brokenLinks: chain.brokenLinks,
          rotation: chain.rotation.length
        }
      }
    )
  );
  if (m.completeness !== null) {
    const found = outcome.sourceCount;
    const queryFailed = q.kind === "trace" && found === 0 || q.kind === "retrieval" && outcome.detail.retrieved === void 0;
    checks.push(
      makeCheck(
        "export-query",
        q.kind === "retrieval" ? `An entry ${q.age.text} old is retrievable (annual retrieval test)` : `The ${q.kind} query ran`,
        ARTICLES.query,
        queryFailed ? "fail" : "pass",
        queryFailed ? m.failures.find((f) => !f.startsWith("incomplete")) ?? "the query found nothing" : q.kind === "retrieval" ? `retrieved entry ${JSON.stringify(outcome.detail.retrieved)} through the rotation set` : found === 0 ? `no event matches the ${q.kind} query: the export holds 0 rows, the source 0 events` : `${found} event(s) match the ${q.kind} query`,
        { evidence: { parameters: m.query.parameters, ...outcome.detail } }
      )
    );
    const c = m.completeness;
    checks.push(
      makeCheck(
        "export-completeness",
        "Every file holds exactly the source events for the query",
        ARTICLES.completeness,
        c.complete ? "pass" : "fail",
        c.complete ? `source ${c.sourceCount} event(s); counted back from the files: ${Object.entries(c.exported).map(([f, n]) => `${f} ${n}`).join(", ")}` : m.failures.find((f) => f.startsWith("incomplete")),
        { evidence: { sourceCount: c.sourceCount, exported: c.exported } }
      )
    );
  }
  const evidence = [
    {
      path: outcome.manifestPath,
      sha256: outcome.manifestSha256,
      size: Buffer.byteLength(JSON.stringify(m, null, 2) + "\n"),
      role: "output",
      category: "export-manifest"
    },
    ...m.files.map((f) => ({
      path: `${outcome.outDir}/${f.path}`,
      sha256: f.sha256,
      size: f.size,
      role: "output",
      category: `export-${f.format}`
    }))
  ];
  return {
    subject: { logs: inputs.logs.join(", "), query: q.kind, entries: m.source.entries },
    checks,
    evidence,
    metrics: { exportMs: Date.now() - started, events: m.eventCount, files: m.files.length },
    outputs: {
      "manifest-path": outcome.manifestPath,
      "manifest-sha256": outcome.manifestSha256,
      "out-dir": outcome.outDir,
      "event-count": String(m.eventCount),
      "chain-status": chain.status,
      files: m.files.map((f) => `${outcome.outDir}/${f.path}`).join("\n")
    }
  };
}
var logExportGate = {
  name: "log-export",
  parseInputs,
  run
};
export {
  logExportGate as gate
};
