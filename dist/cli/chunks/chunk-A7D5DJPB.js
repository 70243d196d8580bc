import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  createAjv,
  describeAjvError,
  draftOf,
  errorSegments,
  formatFieldPath,
  loadConfig,
  parseConfigText
} from "./chunk-2RDYGR3Z.js";
import {
  expandGlobs,
  resolveInside,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  CanonicalScanner,
  FIELD_ABSENT,
  FIELD_PLAIN_STRING,
  GateError,
  JsonNumber,
  RUN_FIELDS,
  SCAN_DECLINED,
  WasmScanner,
  isGateError,
  makeCheck,
  parseCanonicalMode,
  parseJson,
  parseOptionsFor,
  plainDecimal,
  pythonNumber,
  scanCapacity,
  serializeCanonical,
  toGateError,
  toPlain
} from "./chunk-MNDZ67NB.js";

// packages/art12/src/gate.ts
import { createWriteStream, existsSync as existsSync2 } from "node:fs";
import { mkdir } from "node:fs/promises";
import * as path3 from "node:path";

// packages/logs/src/rotation.ts
import * as path from "node:path";
var DATED = /^(.*?)[-._](\d{4})-?(\d{2})-?(\d{2})(?:[T_-]?(\d{2})[-:]?(\d{2})(?:[-:]?(\d{2}))?)?((?:\.[A-Za-z][A-Za-z0-9]*)*)$/;
var NUMBERED_LAST = /^(.*)\.(\d{1,6})$/;
var NUMBERED_BEFORE_EXT = /^(.*)\.(\d{1,6})(\.[A-Za-z][A-Za-z0-9]*)$/;
function parseRotationName(fileName) {
  const gzipName = /\.gz$/i.test(fileName);
  const name = gzipName ? fileName.slice(0, -3) : fileName;
  const dated = DATED.exec(name);
  if (dated && validDate(dated[2], dated[3], dated[4])) {
    const date = dated.slice(2, 8).map((d) => d ?? "").join("");
    return { stem: `${dated[1]}${dated[8] ?? ""}`, kind: "dated", date, gzipName };
  }
  const last = NUMBERED_LAST.exec(name);
  if (last) return { stem: last[1], kind: "numbered", number: Number(last[2]), gzipName };
  const before = NUMBERED_BEFORE_EXT.exec(name);
  if (before) return { stem: `${before[1]}${before[3]}`, kind: "numbered", number: Number(before[2]), gzipName };
  return { stem: name, kind: "live", gzipName };
}
function validDate(y, m, d) {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  return year >= 1970 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
function orderRotationSet(files, nameOf, field = "logs") {
  const rotated = files.map((file) => ({ file, rotation: parseRotationName(path.basename(nameOf(file))) }));
  const stems = [...new Set(rotated.map((r) => r.rotation.stem))];
  if (stems.length > 1) {
    throw new GateError(
      "INPUT_CONFLICT",
      `the log files form ${stems.length} rotation sets (${stems.join(", ")}); one chain needs one set`,
      { field, hint: "Give the files of one log per run, or name them so they share one stem" }
    );
  }
  const rank = (r) => r.kind === "dated" ? 0 : r.kind === "numbered" ? 1 : 2;
  rotated.sort((a, b) => {
    const ra = a.rotation;
    const rb = b.rotation;
    if (rank(ra) !== rank(rb)) return rank(ra) - rank(rb);
    if (ra.kind === "dated") return ra.date < rb.date ? -1 : ra.date > rb.date ? 1 : 0;
    if (ra.kind === "numbered") return rb.number - ra.number;
    return 0;
  });
  for (let i = 1; i < rotated.length; i++) {
    const a = rotated[i - 1].rotation;
    const b = rotated[i].rotation;
    if (a.kind === b.kind && a.number === b.number && a.date === b.date) {
      throw new GateError(
        "INPUT_CONFLICT",
        `${nameOf(rotated[i - 1].file)} and ${nameOf(rotated[i].file)} hold the same place in the rotation set`,
        { field }
      );
    }
  }
  const numbers = rotated.filter((r) => r.rotation.kind === "numbered").map((r) => r.rotation.number);
  const gaps = [];
  if (numbers.length > 0) {
    const have = new Set(numbers);
    const low = rotated.some((r) => r.rotation.kind === "live") ? 1 : Math.min(...numbers);
    const missing = [];
    for (let n = low; n < Math.max(...numbers); n++) if (!have.has(n)) missing.push(n);
    if (missing.length > 0) gaps.push({ stem: stems[0], missing });
  }
  return { ordered: rotated, gaps };
}

// packages/logs/src/source.ts
import { open, stat } from "node:fs/promises";
async function describeLogFile(absolute, display, rotation) {
  try {
    const info = await stat(absolute);
    const handle = await open(absolute, "r");
    const magic = Buffer.alloc(2);
    try {
      await handle.read(magic, 0, 2, 0);
    } finally {
      await handle.close();
    }
    const gzip = info.size >= 2 && magic[0] === 31 && magic[1] === 139;
    if (rotation.gzipName && !gzip && info.size > 0) {
      throw new GateError("PARSE_ERROR", "the name ends in .gz but the content is not gzip", { file: display });
    }
    return { absolute, display, gzip, size: info.size, mtimeMs: info.mtimeMs, rotation };
  } catch (error) {
    throw toGateError(error, display);
  }
}
async function resolveLogSet(patterns, workspace, field = "logs") {
  const matched = await expandGlobs(patterns, { workspace, field });
  const { ordered, gaps } = orderRotationSet(matched, (m) => m.relative, field);
  const files = await Promise.all(ordered.map((o) => describeLogFile(o.file.absolute, o.file.relative, o.rotation)));
  return { files, gaps };
}

// packages/logs/src/chunks.ts
import { createReadStream } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { createGunzip } from "node:zlib";

// packages/logs/src/lines.ts
import { closeSync, openSync, readSync } from "node:fs";
var PREFIX_ROOM = 1024;
var READ_AHEAD = 64 * 1024;
var WORK_LINE_BYTES = 256 * 1024;
var MAX_LINE_BYTES = 16 * 1024 * 1024;
var LoadError = class extends Error {
  constructor(chunkError) {
    super(chunkError.message);
    this.chunkError = chunkError;
  }
  chunkError;
};
var LineMemory = class {
  /**
   * `backing`: memory to use while the buffer fits in it (the WebAssembly scanner's
   * region, where it scans lines without copying them); a larger buffer is allocated.
   */
  constructor(inputBytes, backing) {
    this.backing = backing;
    this.inputCap = inputBytes;
    this.mem = this.alloc(inputBytes + PREFIX_ROOM + scanCapacity(WORK_LINE_BYTES));
  }
  backing;
  /** The buffer; replaced when it grows, so read it again after {@link work} or {@link input}. */
  mem;
  /** Bytes of the input region. */
  inputCap;
  /** A buffer of `size` bytes: the start of the backing memory when it fits (16 bytes to spare), else new memory. */
  alloc(size) {
    if (this.backing && size + 16 <= this.backing.length) return this.backing.subarray(0, size);
    return Buffer.allocUnsafeSlow(size);
  }
  /** Start of the work region: `prev:` goes right before `workStart + PREFIX_ROOM`. */
  get workStart() {
    return this.inputCap;
  }
  /** Replaces the buffer with one of `size` bytes holding its first `keep` (no copy when both start the backing memory). */
  grow(size, keep) {
    const next = this.alloc(size);
    if (next.buffer !== this.mem.buffer || next.byteOffset !== this.mem.byteOffset) this.mem.copy(next, 0, 0, keep);
    this.mem = next;
  }
  /** Makes the input region hold at least `bytes`, keeping its first `keep` bytes. */
  input(bytes, keep = 0) {
    if (bytes <= this.inputCap) return this.mem;
    const cap = Math.max(bytes, Math.ceil(this.inputCap * 1.5));
    this.grow(cap + this.mem.length - this.inputCap, keep);
    this.inputCap = cap;
    return this.mem;
  }
  /** Makes the work region hold a line of `lineBytes`; returns the buffer. */
  work(lineBytes) {
    const need = this.inputCap + PREFIX_ROOM + scanCapacity(lineBytes);
    if (need <= this.mem.length) return this.mem;
    this.grow(need, this.inputCap);
    return this.mem;
  }
  /**
   * Gives back the room a very long line took, once its chunk is done; and goes back
   * to the backing memory after a line took the buffer out of it (else the next chunks
   * would lose the scanner's in-place path).
   */
  shrink(inputBytes) {
    const normal = inputBytes + PREFIX_ROOM + scanCapacity(WORK_LINE_BYTES);
    const away = this.backing !== void 0 && this.mem.buffer !== this.backing.buffer;
    if (this.mem.length > 2 * normal || away) {
      this.mem = this.alloc(normal);
      this.inputCap = inputBytes;
    }
  }
  /**
   * Copies a buffer of whole lines into the input region. A buffer transferred from
   * the reading thread (`release`) is freed at once rather than when the thread's
   * garbage collector gets to it, which keeps memory flat over gigabytes of gzip text.
   */
  loadBuffer(task, release = false) {
    const buf = task.buf;
    const length = buf.length;
    const mem = this.input(length);
    mem.set(buf, 0);
    if (release && buf.byteOffset === 0) {
      ;
      buf.buffer.transfer?.(0);
    }
    return { first: 0, stop: length, offset: task.offset ?? 0, unterminated: task.unterminated === true };
  }
  /** Reads the lines of a plain file's byte range. Throws a {@link LoadError} for bad input. */
  loadRange(task) {
    const start = task.start;
    const end = task.end;
    const size = task.fileSize;
    const from = start === 0 ? 0 : start - 1;
    const fd = openSync(task.path, "r");
    try {
      let got = this.read(fd, 0, Math.min(end + READ_AHEAD, size) - from, from, size);
      let mem = this.mem;
      let first = 0;
      if (start === 0) {
        if (got >= 3 && mem[0] === 239 && mem[1] === 187 && mem[2] === 191) {
          throw new LoadError({
            line: 0,
            column: 1,
            code: "PARSE_ERROR",
            message: "the file starts with a UTF-8 byte order mark; write it without a BOM"
          });
        }
      } else {
        const nl = mem.indexOf(10, 0);
        if (nl === -1 || nl >= got || from + nl + 1 >= end)
          return { first: 0, stop: 0, offset: start, unterminated: false };
        first = nl + 1;
      }
      let search = end - 1 - from;
      for (; ; ) {
        const nl = mem.indexOf(10, search);
        if (nl !== -1 && nl < got) return { first, stop: nl + 1, offset: from + first, unterminated: false };
        if (from + got >= size) return { first, stop: got, offset: from + first, unterminated: got > first };
        const before = end - 2 - from;
        const lineStart = Math.max(first, before >= 0 ? mem.lastIndexOf(10, before) + 1 : 0);
        if (got - lineStart > MAX_LINE_BYTES) {
          throw new LoadError({
            line: countLines(mem, first, lineStart),
            code: "PARSE_ERROR",
            message: `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`
          });
        }
        search = got;
        const more = Math.min(Math.max(READ_AHEAD, got), size - from - got);
        got += this.read(fd, got, more, from + got, size);
        mem = this.mem;
      }
    } finally {
      closeSync(fd);
    }
  }
  /** Reads exactly `length` bytes at `position` into the input region at `at`. */
  read(fd, at, length, position, size) {
    const mem = this.input(at + length, at);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, mem, at + done, length - done, position + done);
      if (n === 0) {
        throw new LoadError({
          line: 0,
          code: "PARSE_ERROR",
          message: `the file ended at byte ${position + done} while it was read, but it had ${size} bytes when the pass began: it changed during the check`
        });
      }
      done += n;
    }
    return done;
  }
};
function countLines(buf, from, to) {
  let n = 0;
  const b = buf;
  for (let i = b.indexOf(10, from); i !== -1 && i < to; i = b.indexOf(10, i + 1)) n++;
  return n;
}

// packages/logs/src/chunks.ts
var CHUNK_BYTES = 4 * 1024 * 1024;
function countLines2(buf, end) {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
async function* plainPieces(file, start, size) {
  const handle = await open2(file.absolute, "r");
  try {
    let position = start;
    for (; ; ) {
      const buf = Buffer.allocUnsafeSlow(size);
      const { bytesRead } = await handle.read(buf, 0, size, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield bytesRead === size ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
async function* gzipPieces(file, size) {
  const gunzip = createGunzip({ chunkSize: Math.max(64, Math.min(256 * 1024, size)) });
  const stream = createReadStream(file.absolute, { highWaterMark: 1024 * 1024 }).pipe(gunzip);
  let acc = Buffer.allocUnsafeSlow(size + 256 * 1024);
  let length = 0;
  for await (const piece of stream) {
    if (length + piece.length > acc.length) {
      const next = Buffer.allocUnsafeSlow(length + piece.length + 256 * 1024);
      acc.copy(next, 0, 0, length);
      acc = next;
    }
    piece.copy(acc, length);
    length += piece.length;
    if (length >= size) {
      yield acc.subarray(0, length);
      acc = Buffer.allocUnsafeSlow(size + 256 * 1024);
      length = 0;
    }
  }
  if (length > 0) yield acc.subarray(0, length);
}
async function* readChunks(file, options = {}) {
  if (options.reuse) {
    yield* readReused(file, options);
    return;
  }
  const size = options.chunkBytes ?? CHUNK_BYTES;
  let line = options.firstLine ?? 1;
  let offset = options.start ?? 0;
  let carry;
  let first = offset === 0;
  const pieces = file.gzip ? gzipPieces(file, size) : plainPieces(file, offset, size);
  try {
    for await (const piece of pieces) {
      let data2 = carry === void 0 ? piece : Buffer.concat([carry, piece]);
      carry = void 0;
      if (first && data2.length >= 3) {
        first = false;
        checkBom(file, data2);
      }
      const last = data2.lastIndexOf(10);
      if (last === -1) {
        if (data2.length > MAX_LINE_BYTES) throw tooLong(file, line);
        carry = data2.length === piece.length ? Buffer.from(data2) : data2;
        continue;
      }
      if (last + 1 < data2.length) {
        carry = Buffer.from(data2.subarray(last + 1));
        if (carry.length > MAX_LINE_BYTES) throw tooLong(file, line + countLines2(data2, last + 1));
        data2 = data2.subarray(0, last + 1);
      }
      const lines = countLines2(data2, data2.length);
      const bytes = data2.length;
      yield { buf: data2, firstLine: line, lines, offset, unterminated: false };
      line += lines;
      offset += bytes;
    }
  } catch (error) {
    throw readError(error, file, line);
  }
  if (carry !== void 0 && carry.length > 0) {
    if (first && carry.length >= 3) checkBom(file, carry);
    yield { buf: Buffer.from(carry), firstLine: line, lines: 1, offset, unterminated: true };
  }
}
function ensure(slot, need, keep) {
  if (slot.buf.length >= need) return;
  const next = Buffer.allocUnsafeSlow(Math.max(need, Math.ceil(slot.buf.length * 1.5)));
  slot.buf.copy(next, 0, 0, keep);
  slot.buf = next;
}
async function plainFiller(file, start, size) {
  const handle = await open2(file.absolute, "r");
  let position = start;
  return {
    async fill(slot, at) {
      ensure(slot, at + size, at);
      const { bytesRead } = await handle.read(slot.buf, at, size, position);
      position += bytesRead;
      return bytesRead;
    },
    close: () => handle.close()
  };
}
function gzipFiller(file, size) {
  const gunzip = createGunzip({ chunkSize: Math.max(64, Math.min(256 * 1024, size)) });
  const source = createReadStream(file.absolute, { highWaterMark: 1024 * 1024 });
  const stream = source.pipe(gunzip);
  const pieces = stream[Symbol.asyncIterator]();
  return {
    async fill(slot, at) {
      let length = 0;
      while (length < size) {
        const next = await pieces.next();
        if (next.done) break;
        const piece = next.value;
        ensure(slot, at + length + piece.length + 256 * 1024, at + length);
        piece.copy(slot.buf, at + length);
        length += piece.length;
      }
      return length;
    },
    async close() {
      source.destroy();
      await pieces.return?.();
    }
  };
}
async function* readReused(file, options) {
  const size = options.chunkBytes ?? CHUNK_BYTES;
  let line = options.firstLine ?? 1;
  let offset = options.start ?? 0;
  let first = offset === 0;
  const room = size + 256 * 1024;
  let cur = { buf: Buffer.allocUnsafeSlow(room) };
  let other = { buf: Buffer.allocUnsafeSlow(room) };
  let ends = new Int32Array(4096);
  let filler;
  let pending;
  let carry = 0;
  try {
    filler = file.gzip ? gzipFiller(file, size) : await plainFiller(file, offset, size);
    pending = filler.fill(cur, 0);
    for (; ; ) {
      const got = await pending;
      pending = void 0;
      const length = carry + got;
      const buf = cur.buf;
      if (got === 0) {
        if (length === 0) return;
        if (first && length >= 3) checkBom(file, buf);
        ends[0] = length;
        yield { buf: buf.subarray(0, length), firstLine: line, lines: 1, offset, unterminated: true, ends };
        return;
      }
      if (first && length >= 3) {
        first = false;
        checkBom(file, buf);
      }
      const last = length > carry ? buf.lastIndexOf(10, length - 1) : -1;
      if (last === -1) {
        if (length > MAX_LINE_BYTES) throw tooLong(file, line);
        carry = length;
        pending = filler.fill(cur, carry);
        pending.catch(() => void 0);
        continue;
      }
      let lines = 0;
      for (let i = -1; i < last; ) {
        i = buf.indexOf(10, i + 1);
        if (lines === ends.length) {
          const grown = new Int32Array(ends.length * 2);
          grown.set(ends);
          ends = grown;
        }
        ends[lines++] = i;
      }
      const tail = length - last - 1;
      if (tail > MAX_LINE_BYTES) throw tooLong(file, line + lines);
      ensure(other, tail + room, 0);
      buf.copy(other.buf, 0, last + 1, length);
      carry = tail;
      pending = filler.fill(other, carry);
      pending.catch(() => void 0);
      yield { buf: buf.subarray(0, last + 1), firstLine: line, lines, offset, unterminated: false, ends };
      line += lines;
      offset += last + 1;
      const t = cur;
      cur = other;
      other = t;
    }
  } catch (error) {
    throw readError(error, file, line);
  } finally {
    if (pending) await pending.catch(() => void 0);
    await filler?.close().catch(() => void 0);
  }
}
function checkBom(file, buf) {
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) {
    throw new GateError("PARSE_ERROR", "the file starts with a UTF-8 byte order mark; write it without a BOM", {
      file: file.display,
      line: 1,
      column: 1
    });
  }
}
function readError(error, file, line) {
  if (error instanceof GateError) return error;
  const code = error.code;
  if (code === "Z_BUF_ERROR" || code === "Z_DATA_ERROR" || code === "ERR_INVALID_ARG_VALUE") {
    const what = code === "Z_BUF_ERROR" ? "the gzip stream ends early: the archive is truncated" : "corrupt gzip data";
    return new GateError("PARSE_ERROR", `${what} (${error.message})`, { file: file.display, line });
  }
  return toGateError(error, file.display);
}
function tooLong(file, line) {
  return new GateError(
    "PARSE_ERROR",
    `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`,
    { file: file.display, line }
  );
}

// packages/logs/src/protocol.ts
function failedChunk(seq, error) {
  return {
    seq,
    lines: 0,
    offset: 0,
    bytes: 0,
    unterminated: false,
    pending: [],
    lastPrev: null,
    lastStored: null,
    broken: [],
    anchors: [],
    index: new Uint32Array(0),
    violations: [],
    violationCount: 0,
    exactPath: 0,
    wasmLines: 0,
    projectedLines: 0,
    quickLines: 0,
    runLines: 0,
    crlf: 0,
    error
  };
}

// packages/logs/src/process.ts
import { hash } from "node:crypto";
import { isUtf8 } from "node:buffer";

// packages/logs/src/validate.ts
var ON_VALUE = /* @__PURE__ */ new Set([
  "type",
  "format",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern"
]);
var ANNOTATION = /* @__PURE__ */ new Set([
  "$comment",
  "title",
  "description",
  "examples",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated"
]);
var INERT = /* @__PURE__ */ new Set([...ANNOTATION, "$schema", "$id", "id", "definitions", "$defs"]);
var KIND = new Uint8Array(256);
var STRING = 1;
var NUMBER = 2;
var BOOLEAN = 4;
var NULL = 8;
var OBJECT = 16;
var ARRAY = 32;
KIND[34] = STRING;
KIND[45] = NUMBER;
for (let c = 48; c <= 57; c++) KIND[c] = NUMBER;
KIND[116] = BOOLEAN;
KIND[102] = BOOLEAN;
KIND[110] = NULL;
KIND[123] = OBJECT;
KIND[91] = ARRAY;
var TYPE_KINDS = {
  string: STRING,
  number: NUMBER,
  boolean: BOOLEAN,
  null: NULL,
  object: OBJECT,
  array: ARRAY
};
function decode(src, start, end) {
  const c = src[start];
  if (c === 34) {
    const inner = src.indexOf(92, start + 1);
    return inner === -1 || inner >= end ? src.toString("utf8", start + 1, end - 1) : JSON.parse(src.toString("utf8", start, end));
  }
  if (c === 116) return true;
  if (c === 102) return false;
  if (c === 110) return null;
  if (c === 123 || c === 91) return void 0;
  return plainDecimal(src, start, end) ?? Number(src.toString("latin1", start, end));
}
function ruleOf(schema, compile) {
  if (schema === true) return { any: true };
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return null;
  const keywords = Object.keys(schema).filter((k) => !ANNOTATION.has(k));
  if (keywords.length === 0) return { any: true };
  if (!keywords.every((k) => ON_VALUE.has(k))) return null;
  const type = schema.type;
  if (keywords.length === 1 && type !== void 0) {
    const types = Array.isArray(type) ? type : [type];
    if (types.length > 0 && types.every((t) => typeof t === "string" && Object.hasOwn(TYPE_KINDS, t))) {
      return { kinds: types.reduce((mask, t) => mask | TYPE_KINDS[t], 0) };
    }
  }
  return { validate: compile(schema) };
}
function projectionKeys(schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const [keyword, value] of Object.entries(schema)) {
    if (INERT.has(keyword) || keyword === "type") continue;
    if (keyword === "required") {
      if (!Array.isArray(value) || !value.every((k) => typeof k === "string")) return void 0;
      for (const k of value) keys.add(k);
    } else if (keyword === "properties") {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
      for (const k of Object.keys(value)) keys.add(k);
    } else if (keyword === "additionalProperties") {
      const open5 = value === true || value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
      if (!open5) return void 0;
    } else return void 0;
  }
  return [...keys];
}
function createLogValidator(options) {
  const { schema, file } = options;
  if (typeof schema !== "boolean" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
    throw new GateError("SCHEMA_INVALID", "not a JSON Schema: expected an object", { file });
  }
  const draft = draftOf(schema, file);
  const ajv = createAjv(draft);
  const id = typeof schema === "object" ? schema.$id : void 0;
  for (const extra of options.extra) {
    const extraId = extra.$id;
    if (extraId !== void 0 && extraId !== id && draftOf(extra) === draft && !ajv.getSchema(extraId)) {
      ajv.addSchema(extra);
    }
  }
  let compiled;
  try {
    compiled = ajv.compile(schema);
  } catch (error) {
    throw new GateError("SCHEMA_INVALID", `not a valid JSON Schema: ${error.message}`, {
      file,
      cause: error
    });
  }
  const validate = compiled;
  const projection = projectionKeys(schema);
  const root = schema;
  const rootType = root.type === void 0 ? ["object"] : Array.isArray(root.type) ? root.type : [root.type];
  const quick = (keys, dropKey) => {
    if (!projection || !rootType.includes("object")) return void 0;
    const properties = root.properties ?? {};
    const required = new Set(Array.isArray(root.required) ? root.required : []);
    const kinds = new Uint8Array(keys.length + 1);
    const validators = [void 0];
    const needed = new Uint8Array(keys.length + 1);
    for (const [i, key] of keys.entries()) {
      const rule = Object.hasOwn(properties, key) ? ruleOf(properties[key], (s) => ajv.compile(s)) : { any: true };
      if (rule === null) return void 0;
      kinds[i + 1] = "kinds" in rule ? rule.kinds : 63;
      validators.push("validate" in rule ? rule.validate : void 0);
      needed[i + 1] = required.has(key) ? 1 : 0;
    }
    if ([...required].some((k) => !keys.includes(k))) return void 0;
    const requiredCount = needed.reduce((n, x) => n + x, 0);
    const dropNumber = keys.indexOf(dropKey) + 1;
    return {
      valid(src, rows, n) {
        let present = 0;
        for (let r = 0; r < n * 3; r += 3) {
          const number = rows[r] || dropNumber;
          if (number === 0) continue;
          const start = rows[r + 1];
          if ((kinds[number] & KIND[src[start]]) === 0) return false;
          const validate2 = validators[number];
          if (validate2 !== void 0) {
            const value = decode(src, start, rows[r + 2]);
            if (value === void 0 || !validate2(value)) return false;
          }
          present += needed[number];
        }
        return present === requiredCount;
      }
    };
  };
  return {
    ...projection ? { projection, quick } : {},
    validate(entry) {
      if (validate(entry)) return [];
      const seen = /* @__PURE__ */ new Set();
      const out = [];
      for (const e of validate.errors ?? []) {
        const field = formatFieldPath(errorSegments(e));
        const message = describeAjvError(e);
        const key = `${field}\0${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ field, message });
      }
      return out;
    }
  };
}

// packages/logs/src/process.ts
var INPUT_BYTES = 1024 * 1024 + 128 * 1024;
var KEY_INPUT = 105;
var KEY_CORRELATION = 99;
function keyHash(kind, bytes, start = 0, end = bytes.length) {
  let h = (2166136261 ^ kind) >>> 0;
  h = Math.imul(h, 16777619);
  for (let i = start; i < end; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function storedOf(value) {
  if (value === void 0 || value === null) return { kind: "missing", value: "" };
  if (typeof value === "string") return value === "" ? { kind: "falsy", value: "" } : { kind: "string", value };
  if (value === false) return { kind: "falsy", value: "" };
  if (value === true) return { kind: "other", value: "True" };
  if (value instanceof JsonNumber) {
    const text = pythonNumber(value);
    return /^-?0(\.0)?$/.test(text) ? { kind: "falsy", value: "" } : { kind: "other", value: text };
  }
  if (Array.isArray(value) ? value.length === 0 : value.size === 0) return { kind: "falsy", value: "" };
  return { kind: "other", value: serializeCanonical(value, "python-json") };
}
function nextPrev(stored, expected) {
  return stored.kind === "string" || stored.kind === "other" ? stored.value : expected;
}
function linkHash(prev, canonical) {
  const prefix = Buffer.from(`${prev}:`, "utf8");
  const data2 = Buffer.allocUnsafe(prefix.length + canonical.length);
  prefix.copy(data2, 0);
  data2.set(canonical, prefix.length);
  return hash("sha256", data2, "hex");
}
function linkCanonical(value, hashField, mode) {
  const copy = new Map(value);
  copy.delete(hashField);
  return Buffer.from(serializeCanonical(copy, mode), "utf8");
}
function defaultScanner() {
  return process.env.AI_ACT_GATES_SCANNER === "js" ? "js" : "wasm";
}
var ChunkProcessor = class {
  constructor(config) {
    this.config = config;
    const fields = [config.idField, config.correlationField, config.anchorField].map((f) => f || "\0none");
    this.scan = new CanonicalScanner(config.canonicalization, { dropKey: config.hashField, fields });
    this.schema = config.schema ? createLogValidator(config.schema) : void 0;
    const projection = config.projection !== false ? this.schema?.projection : void 0;
    const pythonJson = config.canonicalization === "python-json";
    const wasm = (config.scanner ?? defaultScanner()) === "wasm" && (pythonJson || projection) ? WasmScanner.create({ dropKey: config.hashField, fields }) : null;
    this.fast = pythonJson ? wasm : null;
    const keys = projection !== void 0 ? [.../* @__PURE__ */ new Set([...projection, config.idField])] : [];
    this.projector = wasm !== null && projection !== void 0 && wasm.configureProjection(keys) ? wasm : null;
    this.quick = this.projector && config.quickSchema !== false ? this.schema?.quick?.(keys, config.hashField) : void 0;
    this.memory = new LineMemory(INPUT_BYTES, wasm?.region);
  }
  config;
  /** @internal */
  scan;
  /** @internal The python-json fast path in WebAssembly, where it runs; lines it declines go to {@link scan}. */
  fast;
  /** @internal The chunk's lines and the work region; in the fast path's memory when it runs, so lines are scanned where they are read. */
  memory;
  /** @internal */
  schema;
  /**
   * @internal The WebAssembly scanner writing the projections of lines for the schema
   * (see LogValidator.projection), where the schema and the runtime allow; lines it
   * declines are parsed whole.
   */
  projector;
  /** @internal With the projector: the check of a line from its members' spans (see QuickCheck), where the schema allows. */
  quick;
  /**
   * Processes every line of the chunk. Never throws for bad input: the first problem
   * is `error`. `owned`: the chunk's buffer was transferred here and can be freed.
   */
  process(task, owned = false) {
    let loaded;
    try {
      loaded = task.buf ? this.memory.loadBuffer(task, owned) : this.memory.loadRange(task);
    } catch (error) {
      if (error instanceof LoadError) return failedChunk(task.seq, error.chunkError);
      return failedChunk(task.seq, toChunkError(error, 0));
    }
    const run3 = new ChunkRun(this, task.seq, loaded);
    try {
      run3.all();
    } catch (error) {
      if (!run3.error) run3.error = toChunkError(error, run3.line);
    }
    const result = run3.result();
    this.memory.shrink(INPUT_BYTES);
    return result;
  }
};
function toChunkError(error, line) {
  if (isGateError(error)) {
    return {
      line,
      ...error.location.column !== void 0 ? { column: error.location.column } : {},
      code: error.code,
      message: error.detail
    };
  }
  const code = error.code;
  return {
    line,
    code: code === "ENOENT" ? "FILE_NOT_FOUND" : "INTERNAL",
    message: error instanceof Error ? error.message : String(error)
  };
}
function firstInvalidUtf8(buf, start, end) {
  let i = start;
  while (i < end) {
    const c = buf[i];
    const n = c < 128 ? 1 : c >= 194 && c < 224 ? 2 : c >= 224 && c < 240 ? 3 : c >= 240 && c < 245 ? 4 : 0;
    if (n === 0 || i + n > end || !isUtf8(buf.subarray(i, i + n))) return i - start + 1;
    i += n;
  }
  return end - start + 1;
}
function sameText(hex, buf, start, end) {
  return end - start === hex.length && buf.toString("latin1", start, end) === hex;
}
var PREV_UNKNOWN = 0;
var PREV_SPAN = 1;
var PREV_TEXT = 2;
var ChunkRun = class {
  constructor(p, seq, lines) {
    this.p = p;
    this.seq = seq;
    this.lines = lines;
    const cfg = p.config;
    this.needScan = cfg.chain || cfg.index;
    this.spans = p.scan;
    this.index = new Uint32Array(cfg.index ? 4096 : 0);
    const mem = p.memory.mem;
    this.checkUtf8PerLine = !isUtf8(mem.subarray(lines.first, lines.stop));
  }
  p;
  seq;
  lines;
  /** The line being processed (0-based in the chunk). */
  line = 0;
  error;
  prevKind = PREV_UNKNOWN;
  prevStart = 0;
  prevEnd = 0;
  prevText = "";
  lastStored = null;
  pending = [];
  broken = [];
  anchors = [];
  violations = [];
  violationCount = 0;
  index;
  indexCount = 0;
  exactPath = 0;
  wasmLines = 0;
  projectedLines = 0;
  quickLines = 0;
  runLines = 0;
  crlf = 0;
  /** The scanner that answered for the line being processed. */
  spans;
  checkUtf8PerLine;
  needScan;
  all() {
    let start = this.lines.first;
    const stop = this.lines.stop;
    const fast = this.p.fast;
    const runs = fast !== null && this.p.config.chain && this.p.config.lineRuns !== false && this.p.schema === void 0 && !this.checkUtf8PerLine;
    let retryAt = 0;
    let backoff = 1;
    while (start < stop) {
      if (runs && this.line >= retryAt && this.prevKind !== PREV_UNKNOWN && // A line longer than the region moves the lines to other memory.
      this.p.memory.mem.buffer === fast.region.buffer) {
        const next = this.run(fast, start, stop);
        if (next !== start) {
          start = next;
          backoff = 1;
          continue;
        }
        retryAt = this.line + backoff;
        backoff = Math.min(64, backoff * 2);
      }
      let nl = this.p.memory.mem.indexOf(10, start);
      const terminated = nl !== -1 && nl < stop;
      if (!terminated) nl = stop;
      this.entry(start, nl, terminated);
      if (this.error) return;
      this.line++;
      start = nl + 1;
    }
  }
  /**
   * Links (and indexes) the run of ordinary lines from `start` that the WebAssembly
   * module scans in one call; returns where the next line starts (`start` when it
   * took none). The same checks as the line path (linkScanned, fieldsFromScan), on the
   * module's rows.
   */
  run(fast, start, stop) {
    const mem = this.p.memory.mem;
    const prev = this.prevKind === PREV_SPAN ? [this.prevStart, this.prevEnd] : this.prevText;
    const n = fast.scanRun(mem, start, stop, prev);
    if (n === 0) return start;
    const rows = fast.runRows;
    const out = fast.bytes;
    const index = this.p.config.index;
    for (let i = 0; i < n; i++) {
      const r = i * RUN_FIELDS;
      const lineStart = rows[r];
      const expected = hash("sha256", out.subarray(rows[r + 2], rows[r + 3]), "hex");
      this.checkPlain(mem, expected, rows[r + 4], rows[r + 5], lineStart, rows[r + 6], rows[r + 8], rows[r + 9]);
      if (index) {
        const lineEnd = rows[r + 1];
        if (rows[r + 6] !== FIELD_ABSENT) this.addKey(rows[r + 7] >>> 0, lineStart, lineEnd);
        if (rows[r + 10] !== FIELD_ABSENT) this.addKey(rows[r + 11] >>> 0, lineStart, lineEnd);
      }
      this.line++;
    }
    this.wasmLines += n;
    this.runLines += n;
    return fast.runStop;
  }
  fail(message, code = "PARSE_ERROR", column) {
    this.error = { line: this.line, code, message, ...column !== void 0 ? { column } : {} };
    throw new Error(message);
  }
  text(start, end) {
    return this.p.memory.mem.toString("utf8", start, end);
  }
  /** The line parsed by the exact parser (for lines no scanner answers); a located error when it is not a JSON object. */
  parseExact(start, end, terminated) {
    const cfg = this.p.config;
    let parsed;
    try {
      parsed = parseJson(this.text(start, end), { ...parseOptionsFor(cfg.canonicalization), firstLine: 1 });
    } catch (error) {
      if (!terminated && this.lines.unterminated && isGateError(error)) {
        this.fail(`the last line has no line end and is not complete JSON (truncated?): ${error.detail}`);
      }
      if (isGateError(error) && error.location.line !== void 0) {
        const column = error.location.column;
        this.fail(error.detail, error.code, error.location.line === 1 ? column : void 0);
      }
      throw error;
    }
    if (!(parsed instanceof Map)) this.fail("the entry is not a JSON object");
    return parsed;
  }
  entry(start, end, terminated) {
    const cfg = this.p.config;
    let mem = this.p.memory.mem;
    if (end > start && mem[end - 1] === 13) {
      if (!cfg.allowCrlf) {
        this.fail("the line ends in CRLF; set allow-crlf: true to accept CRLF line ends", "PARSE_ERROR", end - start);
      }
      this.crlf++;
      end--;
    }
    if (end === start) this.fail("empty line: every line of a log must be one JSON entry");
    if (end - start > MAX_LINE_BYTES) {
      this.fail(`the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`);
    }
    if (this.checkUtf8PerLine && !isUtf8(mem.subarray(start, end))) {
      this.fail("invalid UTF-8", "PARSE_ERROR", firstInvalidUtf8(mem, start, end));
    }
    let value;
    let scanned = false;
    const fast = this.p.fast;
    let fastEnd = SCAN_DECLINED;
    if (this.needScan && fast !== null) fastEnd = fast.scan(mem, start, end);
    if (fastEnd !== SCAN_DECLINED) {
      scanned = true;
      this.wasmLines++;
      this.spans = fast;
      this.fieldsFromScan(mem, start, end);
      if (cfg.chain) this.linkScanned(mem, fast.bytes, fast.outStart, fastEnd, start);
    } else if (this.needScan) {
      this.spans = this.p.scan;
      mem = this.p.memory.work(end - start);
      const canonStart = this.p.memory.workStart + PREFIX_ROOM;
      const canonEnd = this.p.scan.scan(mem, start, end, mem, canonStart);
      if (canonEnd === SCAN_DECLINED) {
        this.exactPath++;
        value = this.parseExact(start, end, terminated);
        this.fieldsFromValue(value, start, end);
        if (cfg.chain) {
          const canonical = linkCanonical(value, cfg.hashField, cfg.canonicalization);
          this.linkText(canonical, storedOf(value.get(cfg.hashField)), start, () => idText(value.get(cfg.idField)));
        }
      } else {
        scanned = true;
        this.fieldsFromScan(mem, start, end);
        if (cfg.chain) this.linkScanned(mem, mem, canonStart, canonEnd, start);
      }
    }
    if (this.p.schema) this.checkSchema(this.p.schema, start, end, terminated, value, scanned, fastEnd);
  }
  /**
   * The schema's violations of the line mem[start, end), as the line path left it: its
   * exact parse (`value`) when it took one, whether a scanner answered, and the fast
   * path's answer (the projector's scan when the projector is the fast path).
   */
  checkSchema(validator, start, end, terminated, value, scanned, fastEnd) {
    const cfg = this.p.config;
    const fast = this.p.fast;
    let plain;
    const projector = this.p.projector;
    if (projector !== null && value === void 0) {
      const valid = this.needScan && projector === fast ? fastEnd !== SCAN_DECLINED : projector.scan(this.p.memory.mem, start, end) !== SCAN_DECLINED;
      if (valid) {
        this.projectedLines++;
        const quick = this.p.quick;
        if (quick !== void 0 && quick.valid(this.p.memory.mem, projector.spans, projector.projectSpans())) {
          this.quickLines++;
          return;
        }
        plain = JSON.parse(projector.bytes.toString("utf8", projector.projectionStart, projector.project()));
      }
    }
    if (plain === void 0) {
      const text = this.text(start, end);
      try {
        plain = JSON.parse(text);
      } catch {
        plain = toPlain(value ?? this.parseExact(start, end, terminated));
      }
    }
    if (!this.needScan && value === void 0 && (plain === null || typeof plain !== "object")) {
      this.fail("the entry is not a JSON object");
    }
    const errors = validator.validate(plain);
    if (errors.length > 0) {
      this.violationCount++;
      if (this.violations.length < cfg.maxViolationsPerChunk) {
        const id = scanned ? this.idFromScan() : value ? idText(value.get(cfg.idField)) : idText(plain, cfg.idField);
        this.violations.push({ line: this.line, ...id !== void 0 ? { inputId: id } : {}, errors });
      }
    }
  }
  /** The input id of the line just scanned, from the scanner's field span. */
  idFromScan() {
    const f = this.spans.fields;
    return this.idFromSpan(f.kind[0], f.start[0], f.end[0]);
  }
  /** The input id of a field a scanner found (kind and span as in ScanFields). */
  idFromSpan(kind, start, end) {
    if (kind === FIELD_ABSENT) return void 0;
    const text = this.text(start, end);
    if (kind === FIELD_PLAIN_STRING) return text;
    return idText(parseJson(text, { allowNonFinite: true }));
  }
  /**
   * Seed 002's check of a link whose stored hash is the non-empty plain string
   * mem[dropStart, dropEnd): a break when it is not `expected`; the next link chains
   * from it either way (`stored_hash or expected_hash`). The line path and runs of
   * lines both end here.
   */
  checkPlain(mem, expected, dropStart, dropEnd, offset, idKind, idStart, idEnd) {
    if (sameText(expected, mem, dropStart, dropEnd)) this.lastStored = null;
    else {
      const stored = { kind: "string", value: mem.toString("latin1", dropStart, dropEnd) };
      this.lastStored = stored;
      this.addBreak(stored, expected, offset, this.idFromSpan(idKind, idStart, idEnd));
    }
    this.prevKind = PREV_SPAN;
    this.prevStart = dropStart;
    this.prevEnd = dropEnd;
  }
  /**
   * The link of a scanned line (its text in `mem`): its canonical bytes are at
   * out[canonStart, canonEnd), with PREFIX_ROOM bytes of room before them (`out` may be `mem`).
   */
  linkScanned(mem, out, canonStart, canonEnd, offset) {
    const s = this.spans;
    const plainStored = s.dropKind === FIELD_PLAIN_STRING && s.dropEnd > s.dropStart;
    if (this.prevKind === PREV_UNKNOWN || !plainStored && s.dropKind !== FIELD_ABSENT) {
      this.linkText(out.subarray(canonStart, canonEnd), this.storedFromScan(mem), offset, () => this.idFromScan(), true);
      return;
    }
    let at;
    if (this.prevKind === PREV_SPAN) {
      at = canonStart - 1 - (this.prevEnd - this.prevStart);
      if (mem.buffer === out.buffer) {
        const shift = mem.byteOffset - out.byteOffset;
        out.copyWithin(at, this.prevStart + shift, this.prevEnd + shift);
      } else mem.copy(out, at, this.prevStart, this.prevEnd);
    } else {
      const length = Buffer.byteLength(this.prevText, "utf8");
      if (length >= PREFIX_ROOM) {
        this.linkText(
          out.subarray(canonStart, canonEnd),
          this.storedFromScan(mem),
          offset,
          () => this.idFromScan(),
          true
        );
        return;
      }
      at = canonStart - 1 - length;
      out.write(this.prevText, at, "utf8");
    }
    out[canonStart - 1] = 58;
    const expected = hash("sha256", out.subarray(at, canonEnd), "hex");
    if (plainStored) {
      const f = s.fields;
      this.checkPlain(mem, expected, s.dropStart, s.dropEnd, offset, f.kind[0], f.start[0], f.end[0]);
      return;
    }
    const stored = this.storedFromScan(mem);
    this.lastStored = stored;
    this.addBreak(stored, expected, offset, this.idFromScan());
    this.setPrev(stored, expected);
  }
  /** The link of a line whose canonical bytes are in hand (exact path, pending entries, unusual hashes). */
  linkText(canonical, stored, offset, inputId, copy = false) {
    this.lastStored = stored;
    if (this.prevKind === PREV_UNKNOWN) {
      const id = inputId();
      this.pending.push({
        line: this.line,
        canonical: copy ? Uint8Array.prototype.slice.call(canonical) : canonical,
        stored,
        offset: offset - this.lines.first,
        ...id !== void 0 ? { inputId: id } : {}
      });
      if (stored.kind === "string" || stored.kind === "other") this.setText(stored.value);
      return;
    }
    const expected = linkHash(this.prevValue(), canonical);
    if (stored.kind !== "string" || stored.value !== expected) this.addBreak(stored, expected, offset, inputId());
    this.setPrev(stored, expected);
  }
  addBreak(stored, expected, offset, inputId) {
    this.broken.push({
      line: this.line,
      offset: offset - this.lines.first,
      stored,
      expected,
      ...inputId !== void 0 ? { inputId } : {}
    });
  }
  prevValue() {
    if (this.prevKind === PREV_SPAN) return this.p.memory.mem.toString("latin1", this.prevStart, this.prevEnd);
    return this.prevText;
  }
  setPrev(stored, expected) {
    this.setText(nextPrev(stored, expected));
  }
  setText(text) {
    this.prevKind = PREV_TEXT;
    this.prevText = text;
  }
  storedFromScan(mem) {
    const s = this.spans;
    if (s.dropKind === FIELD_ABSENT) return { kind: "missing", value: "" };
    if (s.dropKind === FIELD_PLAIN_STRING) {
      if (s.dropEnd === s.dropStart) return { kind: "falsy", value: "" };
      return { kind: "string", value: mem.toString("latin1", s.dropStart, s.dropEnd) };
    }
    return storedOf(parseJson(mem.toString("utf8", s.dropStart, s.dropEnd), { allowNonFinite: true }));
  }
  /** Index keys and anchor from the scanner's field spans. */
  fieldsFromScan(mem, start, end) {
    const f = this.spans.fields;
    const cfg = this.p.config;
    if (cfg.chain && f.kind[2] !== FIELD_ABSENT) {
      this.anchors.push({ line: this.line, text: mem.toString("utf8", f.start[2], f.end[2]) });
    }
    if (!cfg.index) return;
    for (let i = 0; i < 2; i++) {
      if (f.kind[i] === FIELD_ABSENT) continue;
      const kind = i === 0 ? KEY_INPUT : KEY_CORRELATION;
      if (f.kind[i] === FIELD_PLAIN_STRING) this.addKey(keyHash(kind, mem, f.start[i], f.end[i]), start, end);
      else {
        const id = idText(parseJson(mem.toString("utf8", f.start[i], f.end[i]), { allowNonFinite: true }));
        if (id !== void 0) this.addKey(keyHash(kind, Buffer.from(id, "utf8")), start, end);
      }
    }
  }
  fieldsFromValue(value, start, end) {
    const cfg = this.p.config;
    const anchor = cfg.anchorField ? value.get(cfg.anchorField) : void 0;
    if (cfg.chain && anchor !== void 0)
      this.anchors.push({ line: this.line, text: serializeCanonical(anchor, "jcs") });
    if (!cfg.index) return;
    const keys = [
      [KEY_INPUT, cfg.idField],
      [KEY_CORRELATION, cfg.correlationField]
    ];
    for (const [kind, field] of keys) {
      if (!field) continue;
      const id = idText(value.get(field));
      if (id !== void 0) this.addKey(keyHash(kind, Buffer.from(id, "utf8")), start, end);
    }
  }
  addKey(h, start, end) {
    if (this.indexCount + 4 > this.index.length) {
      const next = new Uint32Array(this.index.length * 2);
      next.set(this.index);
      this.index = next;
    }
    this.index[this.indexCount++] = h;
    this.index[this.indexCount++] = this.line;
    this.index[this.indexCount++] = start - this.lines.first;
    this.index[this.indexCount++] = end - start;
  }
  result() {
    const lastPrev = this.prevKind === PREV_UNKNOWN ? null : this.prevKind === PREV_SPAN ? this.prevValue() : this.prevText;
    let lastStored = this.lastStored;
    if (lastStored === null && this.prevKind === PREV_SPAN) lastStored = { kind: "string", value: lastPrev };
    return {
      seq: this.seq,
      lines: this.line,
      offset: this.lines.offset,
      bytes: this.lines.stop - this.lines.first,
      unterminated: this.lines.unterminated,
      pending: this.pending,
      lastPrev,
      lastStored,
      broken: this.broken,
      anchors: this.anchors,
      index: this.index.slice(0, this.indexCount),
      violations: this.violations,
      violationCount: this.violationCount,
      exactPath: this.exactPath,
      wasmLines: this.wasmLines,
      projectedLines: this.projectedLines,
      quickLines: this.quickLines,
      runLines: this.runLines,
      crlf: this.crlf,
      ...this.error ? { error: this.error } : {}
    };
  }
};
function idText(value, field) {
  if (field !== void 0) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
    value = value[field];
  }
  if (typeof value === "string") return value;
  if (value instanceof JsonNumber) return value.lexeme;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}

// packages/logs/src/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// packages/logs/src/worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// packages/logs/src/worker-file.ts
var WORKER_MARK = "aagLogWorker";
var LOG_WORKER_FILE = "log-worker.js";

// packages/logs/src/worker.ts
var READY = "ready";
function serve(config) {
  let processor;
  let setupError;
  try {
    processor = new ChunkProcessor(config);
  } catch (error) {
    setupError = error instanceof Error ? error.message : String(error);
  }
  parentPort.on("message", (message) => {
    const task = message.task;
    if (!processor) {
      const error = { line: 0, code: "INTERNAL", message: `worker setup failed: ${setupError}` };
      parentPort.postMessage(failedChunk(task.seq, error));
      return;
    }
    const result = processor.process(task, true);
    parentPort.postMessage(result, [result.index.buffer]);
  });
  parentPort.postMessage(READY);
}
var data = workerData;
if (!isMainThread && data !== null && typeof data === "object" && data[WORKER_MARK] === true) {
  serve(data.config);
  await new Promise(() => void 0);
}

// packages/logs/src/pool.ts
var RESOLVE_HOOK = `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context) } catch (error) {
    if (/^\\.{1,2}\\//.test(specifier) && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context)
    throw error
  }
}`;
var REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(
  `data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`
)});`;
function defaultThreads() {
  return Math.max(1, Math.min(4, availableParallelism()));
}
function spawn(config) {
  const self = new URL(import.meta.url);
  const workerData2 = { [WORKER_MARK]: true, config };
  if (self.pathname.endsWith(".ts")) {
    return new Worker(new URL("./worker.ts", self), {
      workerData: workerData2,
      execArgv: [
        "--experimental-transform-types",
        "--no-warnings",
        "--import",
        `data:text/javascript,${encodeURIComponent(REGISTER)}`
      ]
    });
  }
  const beside = new URL(`./${LOG_WORKER_FILE}`, self);
  return new Worker(existsSync(fileURLToPath(beside)) ? beside : self, { workerData: workerData2 });
}
var PER_WORKER = 2;
var ChunkPool = class {
  workers;
  held;
  queue = [];
  waiting = /* @__PURE__ */ new Map();
  failure;
  closing = false;
  /** The processor of this thread's share, when it takes one. */
  local;
  localQueued = false;
  booted;
  markBooted;
  /** Chunks this thread processed. */
  chunksHere = 0;
  constructor(config, threads, here = false) {
    this.workers = Array.from({ length: threads }, () => spawn(config));
    this.local = here ? new ChunkProcessor(config) : void 0;
    this.held = this.workers.map(() => PER_WORKER);
    let waiting = this.workers.length;
    this.booted = new Promise((resolve) => {
      this.markBooted = resolve;
    });
    for (const [i, w] of this.workers.entries()) {
      w.on("message", (r) => {
        if (r === READY) {
          this.held[i] = 0;
          if (--waiting === 0) this.markBooted?.();
          this.dispatch();
          return;
        }
        this.held[i]--;
        const entry = this.waiting.get(r.seq);
        this.waiting.delete(r.seq);
        entry?.resolve(r);
        this.dispatch();
      });
      w.on("error", (error) => this.fail(error));
      w.on("exit", (code) => {
        if (code !== 0 && this.failure === void 0 && !this.closing)
          this.fail(new Error(`a log worker stopped with exit code ${code}`));
      });
    }
  }
  /** Resolves once every worker can take chunks (or one has failed). */
  ready() {
    return this.booted;
  }
  /** Threads processing chunks, this one included when it takes a share. */
  get threads() {
    return this.workers.length + (this.local ? 1 : 0);
  }
  /** Chunks that may be in flight at once (queued, held or awaiting their merge). */
  get capacity() {
    return this.threads * 4;
  }
  fail(error) {
    this.failure = error;
    this.markBooted?.();
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
  dispatch() {
    while (this.queue.length > 0) {
      let best = -1;
      for (let i = 0; i < this.workers.length; i++) {
        if (this.held[i] < PER_WORKER && (best === -1 || this.held[i] < this.held[best])) best = i;
      }
      if (best === -1) break;
      const task = this.queue.shift();
      this.held[best]++;
      this.workers[best].postMessage({ type: "task", task }, task.buf ? [task.buf.buffer] : []);
    }
    if (this.local && this.queue.length > 0 && !this.localQueued) {
      this.localQueued = true;
      setImmediate(() => this.runLocal());
    }
  }
  runLocal() {
    this.localQueued = false;
    if (this.failure || this.closing) return;
    const task = this.queue.shift();
    if (!task) return;
    const entry = this.waiting.get(task.seq);
    this.waiting.delete(task.seq);
    let result;
    this.chunksHere++;
    try {
      result = this.local.process(task);
    } catch (error) {
      result = failedChunk(task.seq, { line: 0, code: "INTERNAL", message: error.message });
    }
    entry?.resolve(result);
    this.dispatch();
  }
  /** Queues a chunk (a buffer of lines is transferred, not copied) and resolves with its result. */
  submit(task) {
    const result = this.failure ? Promise.reject(this.failure) : new Promise((resolve, reject) => {
      this.waiting.set(task.seq, { resolve, reject });
      this.queue.push(task);
      this.dispatch();
    });
    result.catch(() => void 0);
    return result;
  }
  /** Stops the threads. */
  async close() {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};

// packages/logs/src/id-index.ts
import { readFile } from "node:fs/promises";
var MAGIC = "AAGIDX01";
var BUCKETS = 65536;
var FIELDS = 5;
var COARSE = 256;
var PART_RECORDS = 4096;
var IdIndexBuilder = class {
  /** Per coarse bucket: blocks of PART_RECORDS records, five fields each. */
  parts = Array.from({ length: COARSE }, () => []);
  /** Per coarse bucket: records in it. */
  filled = new Uint32Array(COARSE);
  /** Per final bucket: records in it. */
  counts = new Uint32Array(BUCKETS);
  count = 0;
  /**
   * Adds a chunk's records ([keyHash, line, offset, length] per key, lines and
   * offsets relative to the chunk) for a chunk whose first entry is `entryBase` and
   * whose first line sits at `offsetBase` in its file.
   */
  addChunk(records, entryBase, offsetBase) {
    const { parts, filled, counts } = this;
    for (let i = 0; i < records.length; i += 4) {
      const hash2 = records[i];
      const c = hash2 >>> 24;
      const n = filled[c];
      const k = n % PART_RECORDS;
      const blocks = parts[c];
      if (k === 0) blocks.push(new Uint32Array(PART_RECORDS * FIELDS));
      const block = blocks[blocks.length - 1];
      const at = k * FIELDS;
      const offset = offsetBase + records[i + 2];
      block[at] = hash2;
      block[at + 1] = entryBase + records[i + 1];
      block[at + 2] = offset >>> 0;
      block[at + 3] = Math.floor(offset / 4294967296);
      block[at + 4] = records[i + 3];
      filled[c] = n + 1;
      counts[hash2 >>> 16]++;
    }
    this.count += records.length >>> 2;
  }
  /**
   * Buckets the records by the hash's top 16 bits, stably: within a bucket, records
   * keep the order they came in.
   */
  build(set) {
    const starts = new Uint32Array(BUCKETS + 1);
    for (let i = 0; i < BUCKETS; i++) starts[i + 1] = starts[i] + this.counts[i];
    const fill = starts.slice(0, BUCKETS);
    const records = new Uint32Array(this.count * FIELDS);
    for (let c = 0; c < COARSE; c++) {
      const blocks = this.parts[c];
      let left = this.filled[c];
      for (const block of blocks) {
        const n = Math.min(left, PART_RECORDS);
        left -= n;
        for (let at = 0; at < n * FIELDS; at += FIELDS) {
          const dest = fill[block[at] >>> 16]++ * FIELDS;
          records[dest] = block[at];
          records[dest + 1] = block[at + 1];
          records[dest + 2] = block[at + 2];
          records[dest + 3] = block[at + 3];
          records[dest + 4] = block[at + 4];
        }
      }
      this.parts[c] = [];
    }
    this.filled.fill(0);
    this.counts.fill(0);
    this.count = 0;
    return new IdIndex(fileStarts(set), starts, records);
  }
};
function fileStarts(set) {
  return set.files.map(() => 0);
}
var IdIndex = class _IdIndex {
  constructor(firstEntries, starts, records) {
    this.starts = starts;
    this.records = records;
    this.firstEntries = firstEntries;
  }
  starts;
  records;
  /** First entry index of each file, to map an entry to its file; set by the pass. */
  firstEntries;
  /** Number of records. */
  get size() {
    return this.records.length / FIELDS;
  }
  /** The entries whose key hashes to `hash`, in log order. */
  lookup(hash2) {
    const b = hash2 >>> 16;
    const out = [];
    for (let i = this.starts[b]; i < this.starts[b + 1]; i++) {
      const at = i * FIELDS;
      if (this.records[at] !== hash2) continue;
      const entryIndex = this.records[at + 1];
      out.push({
        entryIndex,
        fileIndex: fileOf(this.firstEntries, entryIndex),
        offset: this.records[at + 2] + this.records[at + 3] * 4294967296,
        length: this.records[at + 4]
      });
    }
    return out.sort((x, y) => x.entryIndex - y.entryIndex);
  }
  /** Writes the index to a new file (never over an existing one). */
  async write(path4, header, display = path4) {
    const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
    const pad = (4 - (MAGIC.length + 4 + headerBytes.length) % 4) % 4;
    const head = Buffer.alloc(MAGIC.length + 4 + headerBytes.length + pad, 32);
    head.write(MAGIC, 0, "latin1");
    head.writeUInt32LE(headerBytes.length + pad, MAGIC.length);
    headerBytes.copy(head, MAGIC.length + 4);
    const parts = [
      head,
      Buffer.from(this.starts.buffer, this.starts.byteOffset, this.starts.byteLength),
      Buffer.from(this.records.buffer, this.records.byteOffset, this.records.byteLength)
    ];
    await writeFileAtomic(path4, parts, { displayPath: display });
  }
  /** Reads an index file written by {@link IdIndex.write}. */
  static async read(path4, display = path4) {
    let data2;
    try {
      data2 = await readFile(path4);
    } catch (error) {
      throw toGateError(error, display);
    }
    if (data2.length < 12 || data2.toString("latin1", 0, MAGIC.length) !== MAGIC) {
      throw new GateError("PARSE_ERROR", "not an ai-act-gates log index (bad magic)", { file: display });
    }
    const headerLength = data2.readUInt32LE(MAGIC.length);
    const headerEnd = MAGIC.length + 4 + headerLength;
    let header;
    try {
      header = JSON.parse(data2.toString("utf8", MAGIC.length + 4, headerEnd));
    } catch {
      throw new GateError("PARSE_ERROR", "the log index header is not valid JSON", { file: display });
    }
    const startsBytes = (BUCKETS + 1) * 4;
    const copy = (from, bytes) => {
      const out = new Uint32Array(bytes / 4);
      Buffer.from(out.buffer).set(data2.subarray(from, from + bytes));
      return out;
    };
    const starts = copy(headerEnd, startsBytes);
    const recordBytes = data2.length - headerEnd - startsBytes;
    if (recordBytes < 0 || recordBytes % (FIELDS * 4) !== 0 || starts[BUCKETS] * FIELDS * 4 !== recordBytes) {
      throw new GateError("PARSE_ERROR", "the log index is truncated or corrupt", { file: display });
    }
    const records = copy(headerEnd + startsBytes, recordBytes);
    return {
      index: new _IdIndex(
        header.files.map((f) => f.firstEntry),
        starts,
        records
      ),
      header
    };
  }
};
function fileOf(firstEntries, entryIndex) {
  let lo = 0;
  let hi = firstEntries.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (firstEntries[mid] <= entryIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// packages/logs/src/pass.ts
var PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
var MAX_BROKEN_DETAILS = 1e4;
var MAX_START_PENDING = 1e4;
var MAX_VIOLATION_DETAILS = 1e4;
var RANGE_BYTES = 1024 * 1024;
function ownBuffer(buf) {
  if (buf.byteOffset === 0 && buf.buffer.byteLength > Buffer.poolSize) return buf;
  const copy = new Uint8Array(buf.length);
  copy.set(buf);
  return copy;
}
async function scanLogs(set, given, options) {
  const config = {
    ...given,
    scanner: given.scanner ?? defaultScanner(),
    projection: given.projection ?? process.env.AI_ACT_GATES_PROJECTION !== "off",
    quickSchema: given.quickSchema ?? process.env.AI_ACT_GATES_QUICK_SCHEMA !== "off"
  };
  const totalBytes = set.files.reduce((n, f) => n + f.size, 0);
  const cores = defaultThreads();
  const parallel = options.threads === void 0 && totalBytes >= PARALLEL_MIN_BYTES && cores > 1;
  const share = options.shareThisThread ?? parallel;
  const workers = options.threads ?? (parallel ? share ? cores - 1 : cores : 0);
  const here = workers > 0 && share;
  const merger = new Merger(set, config, options);
  const pool = workers > 0 ? new ChunkPool(config, workers, here) : void 0;
  const local = pool ? void 0 : new ChunkProcessor(config);
  const steps = [];
  let inFlight = 0;
  let seq = 0;
  const mergeHead = async () => {
    const step = steps.shift();
    if (step.kind === "chunk") {
      inFlight--;
      merger.merge(await step.result, step.fileIndex, step.bytes);
    } else if (step.kind === "start") merger.startFile(step.fileIndex);
    else merger.endFile(step.fileIndex);
  };
  const submit = async (fileIndex, task) => {
    if (options.signal?.aborted) throw new GateError("TIMEOUT", "the pass was cancelled");
    const bytes = task.buf?.length;
    steps.push({
      kind: "chunk",
      fileIndex,
      result: pool ? pool.submit(task) : local.process(task),
      ...bytes !== void 0 ? { bytes } : {}
    });
    inFlight++;
    while (inFlight > (pool ? task.buf ? pool.capacity / 2 : pool.capacity : 0)) await mergeHead();
  };
  try {
    for (const [fileIndex, file] of set.files.entries()) {
      steps.push({ kind: "start", fileIndex });
      if (!file.gzip) {
        const step = options.rangeBytes ?? RANGE_BYTES;
        for (let start = 0; start < file.size; start += step) {
          const end = Math.min(file.size, start + step);
          await submit(fileIndex, {
            seq: seq++,
            file: file.display,
            path: file.absolute,
            start,
            end,
            fileSize: file.size
          });
        }
      } else {
        try {
          for await (const chunk of readChunks(file, { chunkBytes: options.rangeBytes ?? RANGE_BYTES })) {
            const buf = pool ? ownBuffer(chunk.buf) : chunk.buf;
            await submit(fileIndex, {
              seq: seq++,
              file: file.display,
              buf,
              offset: chunk.offset,
              unterminated: chunk.unterminated
            });
          }
        } catch (error) {
          while (steps.length > 0) await mergeHead();
          throw error;
        }
      }
      steps.push({ kind: "end", fileIndex });
    }
    while (steps.length > 0) await mergeHead();
  } finally {
    await pool?.close();
  }
  return merger.report(totalBytes, pool?.threads ?? 0, pool?.chunksHere ?? 0);
}
var Merger = class {
  constructor(set, config, options) {
    this.set = set;
    this.config = config;
    this.options = options;
    this.entries = options.firstEntry ?? 0;
    this.index = config.index ? new IdIndexBuilder() : void 0;
  }
  set;
  config;
  options;
  prev = null;
  entries;
  headStored = null;
  files = [];
  chunks = [];
  breaks = [];
  startPending = [];
  breakCount = 0;
  anchors = [];
  violations = [];
  violationCount = 0;
  exactPath = 0;
  wasmLines = 0;
  projectedLines = 0;
  quickLines = 0;
  runLines = 0;
  crlf = 0;
  index;
  /** In the current file: the line number of the next chunk's first line, and the bytes merged. */
  nextLine = 1;
  fileBytes = 0;
  unterminated = false;
  startFile(fileIndex) {
    const prev = this.prev ?? this.options.genesis ?? "";
    this.files[fileIndex] = {
      file: this.set.files[fileIndex].display,
      firstEntry: this.entries,
      entries: 0,
      prevBefore: prev,
      prevAfter: prev,
      unterminated: false
    };
    this.nextLine = 1;
    this.fileBytes = 0;
    this.unterminated = false;
  }
  endFile(fileIndex) {
    const file = this.set.files[fileIndex];
    if (!file.gzip && this.fileBytes !== file.size) {
      throw new GateError("INTERNAL", `read ${this.fileBytes} of the file's ${file.size} bytes`, { file: file.display });
    }
    const span = this.files[fileIndex];
    span.entries = this.entries - span.firstEntry;
    span.prevAfter = this.prev ?? this.options.genesis ?? "";
    span.unterminated = this.unterminated;
  }
  merge(result, fileIndex, bytes) {
    const file = this.set.files[fileIndex];
    const firstLine = this.nextLine;
    if (result.error) {
      const e = result.error;
      throw new GateError(e.code, e.message, {
        file: file.display,
        line: firstLine + e.line,
        ...e.column !== void 0 ? { column: e.column } : {},
        ...e.field !== void 0 ? { field: e.field } : {}
      });
    }
    if (bytes !== void 0 && result.bytes !== bytes) {
      throw new GateError("INTERNAL", `a chunk of ${bytes} bytes came back with ${result.bytes}`, {
        file: file.display,
        line: firstLine
      });
    }
    if (result.lines === 0) return;
    if (result.offset !== this.fileBytes) {
      throw new GateError("INTERNAL", `chunks do not join at byte ${this.fileBytes} (next at ${result.offset})`, {
        file: file.display
      });
    }
    this.fileBytes = result.offset + result.bytes;
    this.unterminated = result.unterminated;
    const base = this.entries;
    const at = (line, offset) => ({
      entryIndex: base + line,
      fileIndex,
      file: file.display,
      line: firstLine + line,
      offset: result.offset + offset
    });
    this.chunks.push({ fileIndex, offset: result.offset, firstLine, firstEntry: base, lines: result.lines });
    if (this.config.chain) {
      for (const p of result.pending) {
        const prev = this.prev ?? this.options.genesis;
        if (prev === null) {
          this.startPending.push({
            ...at(p.line, p.offset),
            canonical: p.canonical,
            stored: p.stored,
            ...p.inputId !== void 0 ? { inputId: p.inputId } : {}
          });
          if (p.stored.kind === "string" || p.stored.kind === "other") this.prev = p.stored.value;
          else if (this.startPending.length >= MAX_START_PENDING) {
            throw new GateError(
              "UNSUPPORTED",
              `the first ${MAX_START_PENDING} entries of this shard carry no hash to chain from; verify these files without sharding`,
              { file: file.display, line: firstLine + p.line, field: this.config.hashField }
            );
          }
          continue;
        }
        const expected = linkHash(prev, p.canonical);
        if (p.stored.kind !== "string" || p.stored.value !== expected) {
          this.addBreak({
            ...at(p.line, p.offset),
            stored: p.stored,
            expected,
            ...p.inputId !== void 0 ? { inputId: p.inputId } : {}
          });
        }
        this.prev = nextPrev(p.stored, expected);
      }
      for (const b of result.broken) {
        this.addBreak({
          ...at(b.line, b.offset),
          stored: b.stored,
          expected: b.expected,
          ...b.inputId !== void 0 ? { inputId: b.inputId } : {}
        });
      }
      if (result.lastPrev !== null) this.prev = result.lastPrev;
      if (result.lastStored) this.headStored = result.lastStored;
    }
    for (const a of result.anchors)
      this.anchors.push({ entryIndex: base + a.line, fileIndex, line: firstLine + a.line, text: a.text });
    this.index?.addChunk(result.index, base, result.offset);
    if (result.violations.length > 0) {
      const located2 = result.violations.map((v) => ({
        entryIndex: base + v.line,
        file: file.display,
        line: firstLine + v.line,
        ...v.inputId !== void 0 ? { inputId: v.inputId } : {},
        errors: v.errors
      }));
      this.options.onViolations?.(located2);
      for (const v of located2) if (this.violations.length < MAX_VIOLATION_DETAILS) this.violations.push(v);
    }
    this.violationCount += result.violationCount;
    this.exactPath += result.exactPath;
    this.wasmLines += result.wasmLines;
    this.projectedLines += result.projectedLines;
    this.quickLines += result.quickLines;
    this.runLines += result.runLines;
    this.crlf += result.crlf;
    this.entries += result.lines;
    this.nextLine += result.lines;
  }
  addBreak(b) {
    this.breakCount++;
    if (this.breaks.length < MAX_BROKEN_DETAILS) this.breaks.push(b);
  }
  report(bytes, threads, chunksHere) {
    const index = this.index?.build(this.set);
    if (index) index.firstEntries = this.files.map((f) => f.firstEntry);
    return {
      entries: this.entries - (this.options.firstEntry ?? 0),
      bytes,
      head: this.prev ?? this.options.genesis ?? "",
      headStored: this.headStored,
      files: this.files,
      chunks: this.chunks,
      breaks: this.breaks,
      breakCount: this.breakCount,
      anchors: this.anchors,
      violations: this.violations,
      violationCount: this.violationCount,
      ...index ? { index } : {},
      exactPath: this.exactPath,
      wasmLines: this.wasmLines,
      projectedLines: this.projectedLines,
      quickLines: this.quickLines,
      runLines: this.runLines,
      crlf: this.crlf,
      threads,
      chunksHere,
      startPending: this.startPending
    };
  }
};

// packages/logs/src/entries.ts
import { open as open3 } from "node:fs/promises";
function lineText(buf, start, end) {
  if (end > start && buf[end - 1] === 13) end--;
  return buf.toString("utf8", start, end);
}
async function readRefs(set, refs, firstEntries) {
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const r of refs) byFile.set(r.fileIndex, [...byFile.get(r.fileIndex) ?? [], r]);
  for (const [fileIndex, list] of byFile) {
    const file = set.files[fileIndex];
    const line = (r) => r.entryIndex - firstEntries[fileIndex] + 1;
    if (!file.gzip) {
      const handle = await open3(file.absolute, "r").catch((e) => {
        throw toGateError(e, file.display);
      });
      try {
        for (const r of list) {
          const buf = Buffer.alloc(r.length);
          await handle.read(buf, 0, r.length, r.offset);
          out.push({
            entryIndex: r.entryIndex,
            fileIndex,
            line: line(r),
            offset: r.offset,
            text: lineText(buf, 0, buf.length)
          });
        }
      } finally {
        await handle.close();
      }
      continue;
    }
    const wanted = [...list].sort((a, b) => a.offset - b.offset);
    let w = 0;
    for await (const chunk of readChunks(file)) {
      while (w < wanted.length && wanted[w].offset + wanted[w].length <= chunk.offset + chunk.buf.length) {
        const r = wanted[w++];
        const at = r.offset - chunk.offset;
        out.push({
          entryIndex: r.entryIndex,
          fileIndex,
          line: line(r),
          offset: r.offset,
          text: lineText(chunk.buf, at, at + r.length)
        });
      }
      if (w === wanted.length) break;
    }
  }
  return out.sort((a, b) => a.entryIndex - b.entryIndex);
}
async function readEntryRange(set, chunks, from, to) {
  const out = [];
  let c = 0;
  while (c + 1 < chunks.length && chunks[c + 1].firstEntry <= from) c++;
  while (c < chunks.length && out.length < to - from + 1) {
    const span = chunks[c];
    const file = set.files[span.fileIndex];
    const options = file.gzip ? {} : { start: span.offset, firstLine: span.firstLine };
    let done = false;
    for await (const chunk of readChunks(file, options)) {
      let start = 0;
      let line = chunk.firstLine;
      while (start < chunk.buf.length) {
        let nl = chunk.buf.indexOf(10, start);
        if (nl === -1) nl = chunk.buf.length;
        const entryIndex = span.firstEntry + (line - span.firstLine);
        if (line >= span.firstLine && entryIndex >= from && entryIndex <= to) {
          out.push({
            entryIndex,
            fileIndex: span.fileIndex,
            line,
            offset: chunk.offset + start,
            text: lineText(chunk.buf, start, nl)
          });
        }
        if (entryIndex >= to) done = true;
        start = nl + 1;
        line++;
      }
      if (done) break;
    }
    if (done) break;
    c++;
    while (c < chunks.length && chunks[c].fileIndex === span.fileIndex) c++;
  }
  return out;
}

// packages/logs/src/anchor.ts
function parseAnchor(text) {
  let value;
  try {
    value = toPlain(parseJson(text));
  } catch {
    return "not valid JSON";
  }
  const a = value;
  if (a === null || typeof a !== "object" || Array.isArray(a)) return "not an object";
  if (a.v !== 1) return "field 'v' must be 1";
  if (!Number.isInteger(a.file_seq) || a.file_seq < 1) return "field 'file_seq' must be an integer from 1";
  if (typeof a.previous_head !== "string" || a.previous_head === "") return "field 'previous_head' must be a string";
  if (!Number.isInteger(a.previous_count) || a.previous_count < 0)
    return "field 'previous_count' must be a whole number";
  return a;
}
function checkRotation(report, firstEntry = 0, options = {}) {
  const findings = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const a of report.anchors) byFile.set(a.fileIndex, [...byFile.get(a.fileIndex) ?? [], a]);
  const nonEmpty = report.files.map((f, i) => ({ f, i })).filter((x) => x.f.entries > 0);
  if (report.anchors.length === 0) {
    if (nonEmpty.length > 1) {
      for (const { f } of nonEmpty.slice(1)) {
        findings.push({
          kind: "missing-anchor",
          file: f.file,
          line: 1,
          entryIndex: f.firstEntry,
          message: "the file starts without a rotation anchor, so a deleted file before it cannot be detected as such"
        });
      }
    }
    return findings;
  }
  let previousSeq;
  let expectedCount;
  for (const [n, { f, i }] of nonEmpty.entries()) {
    const anchors = byFile.get(i) ?? [];
    for (const a of anchors.filter((a2) => a2.line !== 1)) {
      findings.push({
        kind: "mid-file-anchor",
        file: f.file,
        line: a.line,
        entryIndex: a.entryIndex,
        message: "a rotation anchor in the middle of a file: files were joined or entries moved"
      });
    }
    const first = anchors.find((a) => a.line === 1);
    if (!first) {
      findings.push({
        kind: "missing-anchor",
        file: f.file,
        line: 1,
        entryIndex: f.firstEntry,
        message: "the file starts without a rotation anchor"
      });
      previousSeq = void 0;
      expectedCount = void 0;
      continue;
    }
    const anchor = parseAnchor(first.text);
    if (typeof anchor === "string") {
      findings.push({
        kind: "invalid-anchor",
        file: f.file,
        line: 1,
        entryIndex: f.firstEntry,
        message: `the rotation anchor is invalid: ${anchor}`
      });
      previousSeq = void 0;
      expectedCount = void 0;
      continue;
    }
    const at = { file: f.file, line: 1, entryIndex: f.firstEntry };
    const holds = expectedCount ?? f.firstEntry;
    if (n === 0 && options.shardStart) {
    } else if (n === 0 && anchor.previous_count > firstEntry) {
      findings.push({
        kind: "starts-mid-chain",
        ...at,
        message: `the set starts at file ${anchor.file_seq}, after ${anchor.previous_count} entries that are not in it; give genesis: ${anchor.previous_head} (the head an earlier run recorded) or include the earlier files`
      });
    } else if (anchor.previous_count !== holds) {
      const d = anchor.previous_count - holds;
      findings.push({
        kind: "count-mismatch",
        ...at,
        message: d > 0 ? `${d} entries before this file are missing (the anchor counts ${anchor.previous_count}, the files before it hold ${holds}): a deleted file or deleted entries` : `${-d} more entries before this file than its anchor counts (${anchor.previous_count}): inserted entries`
      });
    }
    if (anchor.previous_head !== f.prevBefore && !(n === 0 && (options.shardStart || anchor.previous_count > firstEntry))) {
      findings.push({
        kind: "head-mismatch",
        ...at,
        message: `the anchor's previous_head ${anchor.previous_head.slice(0, 16)}… is not the chain's hash before this file (${f.prevBefore.slice(0, 16)}…)`
      });
    }
    if (previousSeq !== void 0 && anchor.file_seq !== previousSeq + 1) {
      const missing = anchor.file_seq - previousSeq - 1;
      findings.push({
        kind: "sequence-gap",
        ...at,
        message: missing > 0 ? `${missing} file(s) of the rotation set are missing before this one (file_seq ${previousSeq + 1}${missing > 1 ? `–${anchor.file_seq - 1}` : ""})` : `file_seq ${anchor.file_seq} does not follow ${previousSeq}: files are out of order or repeated`
      });
    }
    previousSeq = anchor.file_seq;
    expectedCount = anchor.previous_count + f.entries;
  }
  return findings;
}

// packages/logs/src/classify.ts
var MAX_CLASSIFIED = 200;
var WINDOW = 8;
async function classifyBreaks(set, report, options) {
  const result = /* @__PURE__ */ new Map();
  const breaks = report.breaks.slice(0, MAX_CLASSIFIED);
  if (breaks.length === 0) return result;
  const firstEntry = report.files[0]?.firstEntry ?? 0;
  const lastEntry = firstEntry + report.entries - 1;
  const ranges = [];
  for (const b of breaks) {
    const from = Math.max(firstEntry, b.entryIndex - WINDOW - 2);
    const to = Math.min(lastEntry, b.entryIndex + WINDOW);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  const entries = /* @__PURE__ */ new Map();
  for (const [from, to] of ranges) {
    for (const e of await readEntryRange(set, report.chunks, from, to)) {
      const value = parseJson(e.text, parseOptionsFor(options.canonicalization));
      const stored = storedOf(value.get(options.hashField));
      entries.set(e.entryIndex, {
        canonical: linkCanonical(value, options.hashField, options.canonicalization),
        stored
      });
    }
  }
  const prevUsed = /* @__PURE__ */ new Map();
  const recomputed = /* @__PURE__ */ new Map();
  for (const [from, to] of ranges) {
    let prev = from === firstEntry ? report.files[0]?.prevBefore ?? options.genesis : void 0;
    for (let i = from; i <= to; i++) {
      const e = entries.get(i);
      if (!e) break;
      if (prev !== void 0) {
        prevUsed.set(i, prev);
        const h = linkHash(prev, e.canonical);
        recomputed.set(i, h);
        prev = nextPrev(e.stored, h);
      } else prev = e.stored.kind === "string" || e.stored.kind === "other" ? e.stored.value : void 0;
    }
  }
  const chainsFrom = (i, prev) => {
    const e = entries.get(i);
    return e !== void 0 && e.stored.kind === "string" && linkHash(prev, e.canonical) === e.stored.value;
  };
  const storedText = (i) => {
    const s = entries.get(i)?.stored;
    return s && (s.kind === "string" || s.kind === "other") ? s.value : void 0;
  };
  const inserted = /* @__PURE__ */ new Set();
  for (const b of breaks) {
    const k = b.entryIndex;
    const e = entries.get(k);
    if (!e) continue;
    if (e.stored.kind === "missing" || e.stored.kind === "falsy") {
      result.set(k, { kind: "missing-hash", note: `the entry has no ${options.hashField}` });
      continue;
    }
    const before = recomputed.get(k - 1);
    if (before !== void 0 && storedText(k - 1) !== before && chainsFrom(k, before)) {
      result.set(k - 1, {
        kind: "hash-altered",
        note: `the stored hash of entry ${k - 1} was replaced; its content is intact`
      });
      result.set(k, { kind: "follows-break", note: `follows the altered hash of entry ${k - 1}` });
      continue;
    }
    if (k > firstEntry && chainsFrom(k, options.genesis)) {
      result.set(k, { kind: "restarted", note: "the chain starts again from the genesis value here" });
      continue;
    }
    let pred;
    for (let j = k - WINDOW - 2; j <= k + WINDOW; j++) {
      if (j === k - 1 || j === k) continue;
      const s = storedText(j);
      if (s !== void 0 && chainsFrom(k, s)) {
        pred = j;
        break;
      }
    }
    if (pred !== void 0 && pred < k - 1) {
      const skipped = [];
      for (let j = pred + 1; j < k; j++) skipped.push(j);
      const linkedElsewhere = skipped.some((j) => {
        const s = storedText(j);
        if (s === void 0 || s === storedText(k)) return false;
        for (let m = k; m <= k + WINDOW; m++) if (chainsFrom(m, s)) return true;
        return false;
      });
      if (linkedElsewhere)
        result.set(k, { kind: "reordered", note: `chains from entry ${pred}, not from the entry before it` });
      else {
        for (const j of skipped) inserted.add(j);
        result.set(k, {
          kind: "follows-break",
          note: `chains from entry ${pred}: the ${skipped.length} entr${skipped.length === 1 ? "y" : "ies"} between were inserted`
        });
      }
      continue;
    }
    if (pred !== void 0) {
      result.set(k, { kind: "reordered", note: `chains from entry ${pred}, which comes after it` });
      continue;
    }
    if (options.deletedBefore.has(k)) {
      result.set(k, {
        kind: "deleted",
        note: "entries or a whole file before this entry are missing (see the rotation check)"
      });
      continue;
    }
    if (!result.has(k)) {
      result.set(k, {
        kind: "modified",
        note: "the content does not match its hash: the entry was modified, or entries before it were deleted"
      });
    }
  }
  for (const j of inserted) result.set(j, { kind: "inserted", note: "its neighbours link to each other around it" });
  void prevUsed;
  return result;
}

// packages/art12/src/checks.ts
var GATE_NAMES = ["emission", "schema", "integrity", "storage", "reconstruction"];
var ARTICLES = {
  emission: ["Art.12(1)"],
  schema: ["Art.12(1)", "Art.12(2)"],
  integrity: ["Art.12(1)", "Art.12(2)", "Art.19(1)"],
  storage: ["Art.12(1)", "Art.19(1)"],
  reconstruction: ["Art.12(2)", "Art.19(1)"]
};
var MAX_LOCATIONS = 1e3;
function skippedGate(gate, reason) {
  return makeCheck(gate, `${gate} gate`, ARTICLES[gate], "skipped", reason);
}
function short(hash2) {
  return hash2.length > 16 ? `${hash2.slice(0, 16)}…` : hash2;
}

// packages/art12/src/emission.ts
import { spawn as spawn2 } from "node:child_process";
import { open as open4, readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
var POLL_INTERVAL_MS = 200;
async function readSyntheticInputs(absolute, display) {
  let text;
  try {
    text = await readFile2(absolute, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  const ids = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    const value = toPlain(parseJson(line, { file: display, firstLine: i + 1 }));
    const id = value && typeof value === "object" ? value.id ?? value.input_id : void 0;
    if (typeof id !== "string" || id === "") {
      throw new GateError("SCHEMA_VIOLATION", 'each synthetic input needs a string "id"', {
        file: display,
        line: i + 1,
        field: "id"
      });
    }
    ids.push(id);
  }
  if (ids.length === 0)
    throw new GateError("EMPTY_INPUT", "no synthetic inputs: an emission test over nothing is never a pass", {
      file: display
    });
  return ids;
}
var HEAD_BYTES = 512;
async function poll(inputs, tracked, onEntry) {
  let files;
  try {
    files = await expandGlobs(inputs.patterns, { workspace: inputs.workspace, field: "logs", allowEmpty: true });
  } catch (error) {
    const code = isGateError(error) ? error.code : error.code;
    if (code === "FILE_NOT_FOUND" || code === "ENOENT") return;
    throw error;
  }
  for (const f of files) {
    const info = await stat2(f.absolute).catch(() => void 0);
    if (!info) continue;
    const key = `${info.dev}:${info.ino}`;
    let t = tracked.get(key);
    if (!t) {
      t = { consumed: 0, lines: 0, display: toPosixRelative(inputs.workspace, f.absolute) };
      tracked.set(key, t);
    }
    t.display = toPosixRelative(inputs.workspace, f.absolute);
    let data2;
    if (/\.gz$/.test(f.absolute)) {
      let whole;
      try {
        whole = gunzipSync(await readFile2(f.absolute));
      } catch {
        continue;
      }
      if (t.head && !whole.subarray(0, t.head.length).equals(t.head)) resetTracked(t);
      if (whole.length <= t.consumed) continue;
      t.head ??= Buffer.from(whole.subarray(0, HEAD_BYTES));
      data2 = whole.subarray(t.consumed);
    } else {
      const handle = await open4(f.absolute, "r").catch((error) => {
        if (error.code === "ENOENT") return void 0;
        throw error;
      });
      if (!handle) continue;
      try {
        if (t.head) {
          const now = Buffer.alloc(t.head.length);
          const { bytesRead: bytesRead2 } = await handle.read(now, 0, now.length, 0);
          if (bytesRead2 !== t.head.length || !now.equals(t.head)) resetTracked(t);
        }
        const { size } = await handle.stat();
        if (size <= t.consumed) continue;
        data2 = Buffer.alloc(size - t.consumed);
        const { bytesRead } = await handle.read(data2, 0, data2.length, t.consumed);
        data2 = data2.subarray(0, bytesRead);
        if (!t.head) {
          const head = Buffer.alloc(Math.min(HEAD_BYTES, t.consumed + bytesRead));
          const got = await handle.read(head, 0, head.length, 0);
          t.head = head.subarray(0, got.bytesRead);
        }
      } finally {
        await handle.close();
      }
    }
    const last = data2.lastIndexOf(10);
    if (last === -1) continue;
    const lines = data2.subarray(0, last).toString("utf8").split("\n");
    for (const line of lines) {
      t.lines++;
      try {
        const entry = toPlain(parseJson(line.replace(/\r$/, ""), { allowNonFinite: true }));
        if (entry && typeof entry === "object") onEntry({ file: t.display, line: t.lines, entry });
      } catch {
      }
    }
    t.consumed += last + 1;
  }
}
function resetTracked(t) {
  t.consumed = 0;
  t.lines = 0;
  t.head = void 0;
}
async function baseline(inputs) {
  const tracked = /* @__PURE__ */ new Map();
  await poll(inputs, tracked, () => void 0);
  return tracked;
}
async function emissionChecks(inputs, inputsDisplay) {
  const ids = await readSyntheticInputs(inputs.inputsFile, inputsDisplay);
  const wanted = new Set(ids);
  const tracked = await baseline(inputs);
  const found = /* @__PURE__ */ new Map();
  const onEntry = (f) => {
    const id = f.entry[inputs.idField];
    if (typeof id === "string" && wanted.has(id)) found.set(id, [...found.get(id) ?? [], f]);
  };
  const child = spawn2("/bin/sh", ["-c", inputs.command], {
    cwd: inputs.workspace,
    env: { ...inputs.env, AAG_SYNTHETIC_INPUTS: inputs.inputsFile },
    stdio: ["ignore", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (d) => void (stderr = (stderr + d.toString()).slice(-2e3)));
  let exitCode = null;
  let exited = false;
  const done = new Promise((resolve) => {
    child.on("close", (code) => {
      exitCode = code;
      exited = true;
      resolve();
    });
    child.on("error", (error) => {
      stderr += error.message;
      exited = true;
      resolve();
    });
  });
  const deadline = Date.now() + inputs.timeoutMs;
  while (Date.now() < deadline && !inputs.signal.aborted) {
    await poll(inputs, tracked, onEntry);
    if (exited && found.size === wanted.size) break;
    await Promise.race([done, new Promise((r) => setTimeout(r, POLL_INTERVAL_MS))]);
    if (exited) await poll(inputs, tracked, onEntry);
    if (exited && found.size === wanted.size) break;
  }
  const timedOut = !exited;
  if (timedOut) child.kill("SIGKILL");
  const articles = ARTICLES.emission;
  const checks = [];
  checks.push(
    timedOut ? makeCheck(
      "emission-command",
      "The AI system ran over the synthetic inputs",
      articles,
      "fail",
      `the command was still running after ${inputs.timeoutMs} ms and was stopped`
    ) : exitCode === 0 ? makeCheck(
      "emission-command",
      "The AI system ran over the synthetic inputs",
      articles,
      "pass",
      `the command processed ${ids.length} synthetic input(s) and exited 0`
    ) : makeCheck(
      "emission-command",
      "The AI system ran over the synthetic inputs",
      articles,
      "fail",
      `the command exited with ${exitCode ?? "an error"}: ${stderr.trim().split("\n").slice(-3).join(" ")}`
    )
  );
  const missing = ids.filter((id) => !found.has(id));
  checks.push(
    makeCheck(
      "emission-entries",
      "A log entry for every input",
      articles,
      missing.length === 0 ? "pass" : "fail",
      missing.length === 0 ? `an entry for each of ${ids.length} input(s) arrived within ${inputs.timeoutMs} ms` : `Art.12 violation: no log entry within ${inputs.timeoutMs} ms for ${missing.length} of ${ids.length} input(s): ${missing.slice(0, 10).join(", ")}`,
      { locations: missing.map((id) => ({ file: inputsDisplay, inputId: id })) }
    )
  );
  const incomplete = [];
  for (const [id, list] of found) {
    const absentIn = list.map(
      (f2) => inputs.requiredFields.filter((alts) => !alts.some((a) => f2.entry[a] !== void 0 && f2.entry[a] !== null))
    );
    if (absentIn.some((a) => a.length === 0)) continue;
    const f = list[0];
    incomplete.push({ file: f.file, line: f.line, inputId: id, field: absentIn[0].map((a) => a.join("|")).join(", ") });
  }
  checks.push(
    makeCheck(
      "emission-fields",
      "Each input has an entry with timestamp, input, model version and output",
      articles,
      found.size === 0 ? "skipped" : incomplete.length === 0 ? "pass" : "fail",
      found.size === 0 ? "no entry arrived to check" : incomplete.length === 0 ? `every input has an entry with ${inputs.requiredFields.map((a) => a.join("|")).join(", ")}` : `${incomplete.length} entr${incomplete.length === 1 ? "y lacks" : "ies lack"} required fields; first ${incomplete[0].file}:${incomplete[0].line} missing ${incomplete[0].field}`,
      { locations: incomplete }
    )
  );
  return { checks, outputs: { "missing-inputs": missing.join("\n") }, exitCode };
}

// packages/art12/src/integrity.ts
async function integrityChecks(set, report, options) {
  const articles = ARTICLES.integrity;
  const shard = options.shard;
  const first = report.files[0]?.firstEntry ?? 0;
  const rotation = options.anchorField ? checkRotation(report, first, { shardStart: (shard?.index ?? 1) > 1 }) : [];
  for (const gap of shard ? [] : set.gaps) {
    rotation.push({
      kind: "numbering-gap",
      file: gap.stem,
      message: `rotated file(s) ${gap.missing.map((n) => `${gap.stem}.${n}`).join(", ")} missing from the numbering`
    });
  }
  const deletedBefore = new Set(
    rotation.filter((f) => f.kind === "count-mismatch" || f.kind === "sequence-gap").map((f) => f.entryIndex)
  );
  const classes = await classifyBreaks(set, report, { ...options, deletedBefore });
  const kinds = {};
  const locations = report.breaks.slice(0, MAX_LOCATIONS).map((b) => ({
    file: b.file,
    line: b.line,
    entryIndex: b.entryIndex,
    ...b.inputId !== void 0 ? { inputId: b.inputId } : {},
    field: options.hashField
  }));
  const details = report.breaks.slice(0, MAX_LOCATIONS).map((b) => {
    const c = classes.get(b.entryIndex);
    if (c) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    return {
      entryIndex: b.entryIndex,
      file: b.file,
      line: b.line,
      ...b.inputId !== void 0 ? { inputId: b.inputId } : {},
      kind: c?.kind ?? "unclassified",
      note: c?.note ?? "not classified (only the first breaks are)",
      stored: b.stored.kind === "missing" ? null : b.stored.value,
      expected: b.expected
    };
  });
  const summary = Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ");
  const checks = [
    makeCheck(
      "integrity-chain",
      "Hash chain intact (seed 002)",
      articles,
      report.breakCount === 0 ? "pass" : "fail",
      report.breakCount === 0 ? `${report.entries} entries in ${report.files.length} file(s) chain from ${shard && report.startPending.length > 0 ? `the head of slice ${shard.index - 1} (its first link checked by the reduce step)` : `'${short(options.genesis)}'`} to head ${short(report.head)} (${options.canonicalization})` : `${report.breakCount} broken link(s) in ${report.entries} entries${summary ? `: ${summary}` : ""}; first at entry ${report.breaks[0].entryIndex} (${report.breaks[0].file}:${report.breaks[0].line})`,
      {
        locations,
        evidence: {
          entries: report.entries,
          head: report.head,
          brokenLinks: report.breakCount,
          ...details.length > 0 ? { breaks: details } : {}
        }
      }
    )
  ];
  const nonEmpty = report.files.filter((f) => f.entries > 0).length;
  checks.push(
    makeCheck(
      "integrity-rotation",
      "Rotation set complete and anchored",
      articles,
      rotation.length === 0 ? "pass" : "fail",
      rotation.length === 0 ? nonEmpty <= 1 && report.anchors.length === 0 ? "one file, no rotation boundary to anchor" : `${nonEmpty} file(s), every boundary anchored to the previous file's close hash and count` : rotation.map((f) => `${f.file}${f.line ? `:${f.line}` : ""}: ${f.message}`).slice(0, 5).join("; "),
      {
        locations: rotation.map((f) => ({
          file: f.file,
          ...f.line !== void 0 ? { line: f.line } : {},
          ...f.entryIndex !== void 0 ? { entryIndex: f.entryIndex } : {},
          field: options.anchorField || "rotation"
        })),
        evidence: rotation.length > 0 ? { findings: rotation } : {}
      }
    )
  );
  if (shard) {
    const pending = report.startPending.length;
    checks.push(
      makeCheck(
        "integrity-shard-start",
        "Links into the slice",
        articles,
        "skipped",
        pending === 0 ? shard.index === 1 ? `slice 1/${shard.count} starts at '${short(options.genesis)}'` : `slice ${shard.index}/${shard.count} holds no entry` : `the first ${pending} link(s) of slice ${shard.index}/${shard.count} chain from the slice before it: the reduce step checks them from the boundary file`
      )
    );
    checks.push(
      makeCheck(
        "integrity-head",
        "Log extends the recorded head",
        articles,
        "skipped",
        "a sharded run checks expected-head in the reduce step"
      )
    );
  } else checks.push(await headCheck(set, report, options));
  const outputs = {
    head: report.head,
    "entry-count": String(report.entries),
    "broken-links": String(report.breakCount)
  };
  if (!shard) outputs["head-anchor"] = `${report.entries}:${report.head}`;
  return {
    checks,
    outputs,
    metrics: {
      entries: report.entries,
      brokenLinks: report.breakCount,
      exactPathLines: report.exactPath,
      wasmLines: report.wasmLines,
      runLines: report.runLines,
      crlfLines: report.crlf
    }
  };
}
async function headCheck(set, report, options) {
  const articles = ARTICLES.integrity;
  const expected = options.expectedHead;
  if (!expected) {
    return makeCheck(
      "integrity-head",
      "Log extends the recorded head",
      articles,
      "skipped",
      "input 'expected-head' is empty: a truncated or rewritten tail cannot be detected without the head an earlier run recorded"
    );
  }
  const first = report.files[0]?.firstEntry ?? 0;
  if (report.entries < expected.count) {
    return makeCheck(
      "integrity-head",
      "Log extends the recorded head",
      articles,
      "fail",
      `the log holds ${report.entries} entries but an earlier run recorded ${expected.count} (head ${short(expected.hash)}): ${expected.count - report.entries} entries were removed from the tail`,
      { locations: [{ file: report.files[report.files.length - 1]?.file ?? "", entryIndex: report.entries }] }
    );
  }
  const [entry] = await readEntryRange(set, report.chunks, first + expected.count - 1, first + expected.count - 1);
  const value = entry ? parseJson(entry.text, { allowNonFinite: true }) : void 0;
  const stored = value instanceof Map ? storedOf(value.get(options.hashField)) : void 0;
  const loc = {
    file: set.files[entry?.fileIndex ?? 0].display,
    ...entry ? { line: entry.line } : {},
    entryIndex: expected.count - 1,
    field: options.hashField
  };
  if (stored?.value !== expected.hash) {
    return makeCheck(
      "integrity-head",
      "Log extends the recorded head",
      articles,
      "fail",
      `entry ${expected.count - 1} no longer has the recorded hash ${short(expected.hash)} (it has ${short(stored?.value || "none")}): the log was rewritten at or before it`,
      { locations: [loc] }
    );
  }
  return makeCheck(
    "integrity-head",
    "Log extends the recorded head",
    articles,
    "pass",
    `entry ${expected.count - 1} still has the recorded head ${short(expected.hash)}; ${report.entries - expected.count} entries were appended since`
  );
}

// packages/art12/src/profiles.ts
import { readFile as readFile3 } from "node:fs/promises";

// schemas/log-profiles/base.schema.json
var base_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ai-act-gates.dev/schemas/log-profiles/base.schema.json",
  title: "Art.12 log entry: generic base",
  description: "The least every automatically recorded event carries (Art.12(1)): when it happened, which system and version, and what it concerns. Seed 002 gate 1: timestamp, an input identifier or hash, the model version and an output.",
  type: "object",
  required: ["timestamp", "system_id", "model_version"],
  properties: {
    timestamp: { type: "string", format: "date-time", description: "ISO 8601 UTC time the event was recorded" },
    system_id: { type: "string", minLength: 1, description: "Identifier of the high-risk AI system" },
    model_version: { type: "string", minLength: 1, description: "Version or commit of the deployed model" },
    input_id: { type: "string", minLength: 1, description: "Pseudonymised identifier of the processed input" },
    input_hash: { type: "string", pattern: "^[0-9a-f]{64}$", description: "SHA-256 of the input" },
    chain_hash: { type: "string", pattern: "^[0-9a-f]{64}$", description: "Hash chain link (seed 002)" }
  },
  anyOf: [{ required: ["input_id"] }, { required: ["input_hash"] }],
  additionalProperties: true
};

// schemas/log-profiles/credit-scoring.schema.json
var credit_scoring_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ai-act-gates.dev/schemas/log-profiles/credit-scoring.schema.json",
  title: "Art.12 log entry: creditworthiness evaluation (Annex III 5(b))",
  description: "Seed 002: a credit risk model needs the applicant pseudonym, the feature set, the model prediction and the decision tier.",
  type: "object",
  allOf: [{ $ref: "https://ai-act-gates.dev/schemas/log-profiles/base.schema.json" }],
  required: ["applicant_pseudonym", "feature_set", "output_prediction", "decision_tier", "input_hash"],
  properties: {
    applicant_pseudonym: { type: "string", minLength: 1, description: "Pseudonymised applicant identifier" },
    feature_set: {
      type: "object",
      description: "The features the model saw, or their version and hash",
      minProperties: 1
    },
    output_prediction: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "Predicted probability of default"
    },
    decision_tier: {
      type: "string",
      minLength: 1,
      description: "The credit decision tier the score mapped to"
    },
    decision_threshold: { type: "number" },
    human_review_required: { type: "boolean" }
  },
  additionalProperties: true
};

// schemas/log-profiles/events.schema.json
var events_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ai-act-gates.dev/schemas/log-profiles/events.schema.json",
  title: "Art.12 event model (seed 000)",
  description: "The five event types of seed 000, each with its own required fields, a correlation id linking it to the inference request and a composite version id linking it to the model provenance chain.",
  type: "object",
  required: ["event_type", "timestamp", "system_id", "correlation_id", "version_id"],
  properties: {
    event_type: {
      enum: ["inference", "post_processing", "human_oversight", "configuration_change", "deployment"]
    },
    timestamp: { type: "string", format: "date-time" },
    system_id: { type: "string", minLength: 1 },
    correlation_id: { type: "string", minLength: 1, description: "Links the event to its inference request" },
    version_id: {
      type: "string",
      minLength: 1,
      description: "Composite version id: model, data, code and configuration versions"
    }
  },
  allOf: [
    {
      if: { properties: { event_type: { const: "inference" } } },
      then: {
        required: ["input_hash", "model_version", "raw_output", "output_confidence", "input_id"],
        properties: {
          input_hash: { type: "string", pattern: "^[0-9a-f]{64}$" },
          model_version: { type: "string", minLength: 1 },
          output_confidence: { type: "number", minimum: 0, maximum: 1 }
        }
      }
    },
    {
      if: { properties: { event_type: { const: "post_processing" } } },
      then: {
        required: ["original_output", "modified_output", "rule"],
        properties: { rule: { type: "string", minLength: 1 } }
      }
    },
    {
      if: { properties: { event_type: { const: "human_oversight" } } },
      then: {
        required: ["reviewer_id", "decision", "rationale"],
        properties: {
          reviewer_id: { type: "string", minLength: 1 },
          decision: { type: "string", minLength: 1 },
          rationale: { type: "string" }
        }
      }
    },
    {
      if: { properties: { event_type: { const: "configuration_change" } } },
      then: {
        required: ["parameter", "old_value", "new_value", "changed_by"],
        properties: {
          parameter: { type: "string", minLength: 1 },
          changed_by: { type: "string", minLength: 1 }
        }
      }
    },
    {
      if: { properties: { event_type: { const: "deployment" } } },
      then: {
        required: ["version_deployed", "approval_evidence"],
        properties: {
          version_deployed: { type: "string", minLength: 1 },
          approval_evidence: { type: ["string", "object"] }
        }
      }
    }
  ],
  additionalProperties: true
};

// schemas/log-profiles/recruitment.schema.json
var recruitment_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ai-act-gates.dev/schemas/log-profiles/recruitment.schema.json",
  title: "HighRiskAILogEntry",
  description: "Art.12 compliant log entry for recruitment AI classifier",
  type: "object",
  required: [
    "timestamp",
    "system_id",
    "model_version",
    "input_id",
    "input_hash",
    "output_prediction",
    "output_confidence",
    "decision_threshold",
    "processing_duration_ms",
    "operator_id"
  ],
  properties: {
    timestamp: {
      type: "string",
      format: "date-time",
      description: "ISO 8601 UTC timestamp of event recording"
    },
    system_id: {
      type: "string",
      description: "Unique identifier of the high-risk AI system"
    },
    model_version: {
      type: "string",
      description: "Semantic version or commit SHA of the deployed model"
    },
    input_id: {
      type: "string",
      description: "Pseudonymised identifier of the processed subject"
    },
    input_hash: {
      type: "string",
      description: "SHA-256 hash of the input feature vector for integrity verification"
    },
    output_prediction: {
      type: "number",
      minimum: 0,
      maximum: 1
    },
    output_confidence: {
      type: "number"
    },
    decision_threshold: {
      type: "number",
      description: "Threshold value applied at inference time — must be logged per Art.12"
    },
    processing_duration_ms: {
      type: "integer"
    },
    operator_id: {
      type: "string",
      description: "Identifier of the deployer operator — required for Art.26 traceability"
    }
  },
  additionalProperties: true
};

// schemas/log-profiles/remote-biometric-identification.schema.json
var remote_biometric_identification_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ai-act-gates.dev/schemas/log-profiles/remote-biometric-identification.schema.json",
  title: "Art.12(3) log entry: remote biometric identification (Annex III 1(a))",
  description: "Art.12(3): the start and end date and time of each use, the reference database against which input data was checked, the input data for which the search led to a match, and the natural persons involved in verifying the results (Art.14(5)).",
  type: "object",
  allOf: [{ $ref: "https://ai-act-gates.dev/schemas/log-profiles/base.schema.json" }],
  required: ["use_started_at", "use_ended_at", "reference_database", "matched_input", "verified_by"],
  properties: {
    use_started_at: { type: "string", format: "date-time", description: "Start of the use (Art.12(3)(a))" },
    use_ended_at: { type: "string", format: "date-time", description: "End of the use (Art.12(3)(a))" },
    reference_database: {
      type: "object",
      required: ["id", "version"],
      properties: { id: { type: "string", minLength: 1 }, version: { type: "string", minLength: 1 } },
      description: "The reference database the input was checked against (Art.12(3)(b))"
    },
    matched_input: {
      type: "object",
      required: ["input_hash"],
      properties: {
        input_hash: { type: "string", pattern: "^[0-9a-f]{64}$" },
        match_score: { type: "number" }
      },
      description: "The input data for which the search led to a match (Art.12(3)(c))"
    },
    verified_by: {
      type: "array",
      minItems: 2,
      items: { type: "string", minLength: 1 },
      description: "The natural persons who verified the result; Art.14(5) requires at least two"
    }
  },
  additionalProperties: true
};

// packages/art12/src/profiles.ts
var PROFILES = {
  base: base_schema_default,
  recruitment: recruitment_schema_default,
  "credit-scoring": credit_scoring_schema_default,
  "remote-biometric-identification": remote_biometric_identification_schema_default,
  events: events_schema_default
};
async function loadLogSchema(input, workspace) {
  if (input in PROFILES) {
    return { schema: PROFILES[input], file: `schemas/log-profiles/${input}.schema.json`, profile: input };
  }
  if (!/[./\\]/.test(input)) {
    throw new GateError(
      "INPUT_INVALID",
      `'${input}' is neither a profile nor a file; profiles: ${Object.keys(PROFILES).join(", ")}`,
      { field: "schema" }
    );
  }
  const absolute = await resolveInside(workspace, input, { field: "schema", mustExist: true });
  const display = toPosixRelative(workspace, absolute);
  let text;
  try {
    text = await readFile3(absolute, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  if (text.trim() === "") throw new GateError("SCHEMA_INVALID", "the schema file is empty", { file: display });
  return { schema: parseConfigText(text, display).value, file: display };
}

// packages/art12/src/reconstruction.ts
import { performance } from "node:perf_hooks";
var TRAIL_FIELDS = {
  receivedAt: ["received_at", "input_received_at", "timestamp"],
  modelVersion: ["model_version"],
  inputHash: ["input_hash"],
  prediction: ["output_prediction", "prediction", "output"],
  decisionOutcome: ["decision_outcome", "decision"],
  humanReviewRequired: ["human_review_required"]
};
async function lookup(set, index, kind, field, key) {
  const refs = index.lookup(keyHash(kind, Buffer.from(key, "utf8")));
  const texts = await readRefs(set, refs, index.firstEntries);
  return texts.map((t) => ({ ...t, value: toPlain(parseJson(t.text, { allowNonFinite: true })) })).filter((t) => String(t.value[field]) === key);
}
async function reconstructTrail(set, index, inputs) {
  const started = performance.now();
  const direct = await lookup(set, index, KEY_INPUT, inputs.idField, inputs.inputId);
  const correlationIds = [
    ...new Set(direct.map((d) => d.value[inputs.correlationField]).filter((c) => typeof c === "string"))
  ];
  const all = /* @__PURE__ */ new Map();
  for (const d of direct) all.set(d.entryIndex, d);
  if (inputs.correlationField) {
    for (const c of correlationIds)
      for (const e of await lookup(set, index, KEY_CORRELATION, inputs.correlationField, c)) all.set(e.entryIndex, e);
  }
  const entries = [...all.values()].sort((a, b) => a.entryIndex - b.entryIndex);
  const fields = {};
  for (const [part, names] of Object.entries(TRAIL_FIELDS)) {
    for (const e of entries) {
      const name = names.find((n) => e.value[n] !== void 0 && e.value[n] !== null);
      if (name !== void 0 && fields[part] === void 0) fields[part] = e.value[name];
    }
  }
  return {
    inputId: inputs.inputId,
    fields,
    correlationIds,
    entries: entries.map((e) => ({
      entryIndex: e.entryIndex,
      file: set.files[e.fileIndex].display,
      line: e.line,
      entry: e.value
    })),
    latencyMs: performance.now() - started
  };
}
function reconstructionChecks(trail, inputs) {
  const articles = ARTICLES.reconstruction;
  const id = inputs.inputId;
  if (trail.entries.length === 0) {
    return [
      makeCheck(
        "reconstruction-trail",
        `Audit trail of ${id} is complete`,
        articles,
        "fail",
        `no log entry has ${inputs.idField} '${id}': the trail cannot be reconstructed`,
        { locations: [{ inputId: id }] }
      )
    ];
  }
  const missing = Object.keys(TRAIL_FIELDS).filter((k) => trail.fields[k] === void 0);
  const first = trail.entries[0];
  const checks = [
    makeCheck(
      "reconstruction-trail",
      `Audit trail of ${id} is complete`,
      articles,
      missing.length === 0 ? "pass" : "fail",
      missing.length === 0 ? `${trail.entries.length} entries from receipt (${String(trail.fields.receivedAt)}) to decision '${String(trail.fields.decisionOutcome)}', model ${String(trail.fields.modelVersion)}, human review ${String(trail.fields.humanReviewRequired)}` : `the trail lacks ${missing.map((m) => `${m} (${TRAIL_FIELDS[m].join("|")})`).join(", ")}`,
      {
        locations: missing.length === 0 ? [] : [
          {
            file: first.file,
            line: first.line,
            entryIndex: first.entryIndex,
            inputId: id,
            field: missing.join(", ")
          }
        ],
        evidence: {
          fields: trail.fields,
          correlationIds: trail.correlationIds,
          entries: trail.entries.map((e) => ({
            entryIndex: e.entryIndex,
            file: e.file,
            line: e.line,
            event: e.entry.event_type
          }))
        }
      }
    ),
    makeCheck(
      "reconstruction-correlated",
      "Every event sharing the correlation id is found",
      articles,
      inputs.correlationField === "" ? "skipped" : trail.correlationIds.length > 0 ? "pass" : "fail",
      inputs.correlationField === "" ? "input 'correlation-field' is empty" : trail.correlationIds.length > 0 ? `${trail.entries.length} events share correlation id(s) ${trail.correlationIds.join(", ")}` : `the entries of ${id} carry no ${inputs.correlationField}`,
      trail.correlationIds.length > 0 || inputs.correlationField === "" ? {} : {
        locations: [
          {
            file: first.file,
            line: first.line,
            entryIndex: first.entryIndex,
            inputId: id,
            field: inputs.correlationField
          }
        ]
      }
    ),
    makeCheck(
      "reconstruction-latency",
      "Trail retrieved within the latency budget",
      articles,
      trail.latencyMs <= inputs.maxLatencyMs ? "pass" : "fail",
      `retrieved in ${trail.latencyMs.toFixed(1)} ms through the input-id index (budget ${inputs.maxLatencyMs} ms)`
    )
  ];
  const received = Date.parse(String(trail.fields.receivedAt));
  const now = (inputs.now ?? /* @__PURE__ */ new Date()).getTime();
  if (Number.isNaN(received)) {
    checks.push(
      makeCheck(
        "reconstruction-retention",
        "Trail inside the retention window",
        articles,
        "fail",
        `receipt time '${String(trail.fields.receivedAt)}' is not a date`,
        { locations: [{ file: first.file, line: first.line, inputId: id }] }
      )
    );
  } else {
    const ageDays = Math.floor((now - received) / 864e5);
    checks.push(
      makeCheck(
        "reconstruction-retention",
        "Trail inside the retention window",
        articles,
        ageDays <= inputs.retentionDays ? "pass" : "fail",
        ageDays <= inputs.retentionDays ? `the trail is ${ageDays} day(s) old, inside the ${inputs.retentionDays}-day retention window` : `Art.19: the trail of ${id} is ${ageDays} days old but retention is ${inputs.retentionDays} days; extend the retention policy`,
        ageDays <= inputs.retentionDays ? {} : { locations: [{ file: first.file, line: first.line, inputId: id }] }
      )
    );
  }
  return checks;
}

// schemas/art12-shard-boundary.schema.json
var art12_shard_boundary_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/art12-shard-boundary.schema.json",
  title: "art12-log-gates shard boundary",
  description: "What one shard of a sharded integrity run verified, and what the reduce step needs to join it to its neighbours: the rotation set it was cut from, its files, its entry count, the links at its start that need the previous shard's head (with their canonical bytes), the rotation anchor it starts with, and its head.",
  type: "object",
  required: [
    "kind",
    "version",
    "shard",
    "set",
    "chain",
    "files",
    "entries",
    "firstEntry",
    "start",
    "end",
    "perFile",
    "result"
  ],
  additionalProperties: false,
  $defs: {
    stored: {
      type: "object",
      description: "A stored hash as seed 002's loop sees it: kind string, missing, falsy or other (a non-string truthy value, in its Python text).",
      required: ["kind", "value"],
      additionalProperties: false,
      properties: {
        kind: {
          enum: ["string", "missing", "falsy", "other"]
        },
        value: {
          type: "string"
        }
      }
    }
  },
  properties: {
    kind: {
      const: "art12-shard-boundary"
    },
    version: {
      const: 1
    },
    shard: {
      type: "object",
      required: ["index", "count"],
      additionalProperties: false,
      properties: {
        index: {
          type: "integer",
          minimum: 1,
          description: "1-based number of the shard"
        },
        count: {
          type: "integer",
          minimum: 1,
          description: "How many shards the set was cut into"
        }
      }
    },
    set: {
      type: "object",
      description: "Every file of the rotation set in rotation order, as each shard listed it; shards cut from different listings do not join.",
      required: ["files", "sha256"],
      additionalProperties: false,
      properties: {
        files: {
          type: "array",
          items: {
            type: "object",
            required: ["path", "size", "gzip"],
            additionalProperties: false,
            properties: {
              path: {
                type: "string"
              },
              size: {
                type: "integer",
                minimum: 0
              },
              gzip: {
                type: "boolean"
              }
            }
          }
        },
        sha256: {
          type: "string",
          pattern: "^[0-9a-f]{64}$",
          description: "sha256 of the JSON of files"
        }
      }
    },
    chain: {
      type: "object",
      required: ["canonicalization", "hashField", "genesis", "anchorField"],
      additionalProperties: false,
      properties: {
        canonicalization: {
          enum: ["python-json", "jcs"]
        },
        hashField: {
          type: "string"
        },
        genesis: {
          type: "string"
        },
        anchorField: {
          type: "string"
        }
      }
    },
    files: {
      type: "object",
      description: "The shard's files: set.files[from, to).",
      required: ["from", "to"],
      additionalProperties: false,
      properties: {
        from: {
          type: "integer",
          minimum: 0
        },
        to: {
          type: "integer",
          minimum: 0
        }
      }
    },
    entries: {
      type: "integer",
      minimum: 0
    },
    firstEntry: {
      type: ["integer", "null"],
      minimum: 0,
      description: "Global index of the shard's first entry as its first file's rotation anchor states it (0 for the first shard); null when the first file has no anchor."
    },
    start: {
      type: "object",
      required: ["pending", "anchor"],
      additionalProperties: false,
      properties: {
        pending: {
          type: "array",
          description: "The shard's first entries up to the first with a truthy stored hash: their links need the previous shard's head.",
          items: {
            type: "object",
            required: ["index", "file", "line", "canonical", "stored"],
            additionalProperties: false,
            properties: {
              index: {
                type: "integer",
                minimum: 0,
                description: "0-based index of the entry in the shard"
              },
              file: {
                type: "string"
              },
              line: {
                type: "integer",
                minimum: 1
              },
              inputId: {
                type: "string"
              },
              canonical: {
                type: "string",
                contentEncoding: "base64",
                description: "The entry's canonical bytes without its hash"
              },
              stored: {
                $ref: "#/$defs/stored"
              }
            }
          }
        },
        anchor: {
          type: ["object", "null"],
          description: "The rotation anchor of the shard's first entry, when it has one.",
          required: ["v", "file_seq", "previous_head", "previous_count"],
          properties: {
            v: {
              const: 1
            },
            file_seq: {
              type: "integer",
              minimum: 1
            },
            previous_head: {
              type: "string"
            },
            previous_count: {
              type: "integer",
              minimum: 0
            },
            previous_file_entries: {
              type: "integer",
              minimum: 0
            }
          }
        }
      }
    },
    end: {
      type: "object",
      required: ["head"],
      additionalProperties: false,
      properties: {
        head: {
          type: ["string", "null"],
          description: "The hash the next shard's first entry chains from; null when no entry of the shard has a hash of its own (the reduce step computes it)."
        }
      }
    },
    perFile: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "entries", "head"],
        additionalProperties: false,
        properties: {
          path: {
            type: "string"
          },
          entries: {
            type: "integer",
            minimum: 0
          },
          head: {
            type: "string",
            description: "The hash after the file's last entry (stored or recomputed, as the chain continues), empty when not known in the shard"
          }
        }
      }
    },
    result: {
      type: "object",
      required: ["status", "brokenLinks", "schemaViolations", "rotationFindings"],
      additionalProperties: false,
      properties: {
        status: {
          enum: ["pass", "fail"]
        },
        brokenLinks: {
          type: "integer",
          minimum: 0,
          description: "Broken links inside the shard (its start links are judged by the reduce step)"
        },
        schemaViolations: {
          type: "integer",
          minimum: 0
        },
        rotationFindings: {
          type: "integer",
          minimum: 0
        }
      }
    }
  }
};

// packages/art12/src/shard.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 256;
function parseShard(text, field = "shard") {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new GateError(
      "INPUT_INVALID",
      `input '${field}' is '${text}'; give <i>/<n> with 1 <= i <= n <= ${MAX_SHARDS}, such as 2/4 (the matrix job's slice)`,
      { field }
    );
  }
  return { index, count };
}
function partitionFiles(sizes, count) {
  const total = sizes.reduce((n, s) => n + s, 0);
  const slice = sizes.map(() => 0);
  let before = 0;
  for (const [j, size] of sizes.entries()) {
    slice[j] = total === 0 ? Math.min(count - 1, j) : Math.min(count - 1, Math.floor(count * (before + size / 2) / total));
    before += size;
  }
  return Array.from({ length: count }, (_, k) => {
    const from = slice.findIndex((s) => s >= k);
    const to = slice.findIndex((s) => s > k);
    const f = from === -1 ? sizes.length : from;
    return { from: f, to: to === -1 ? sizes.length : Math.max(f, to) };
  });
}
function setListing(set) {
  const files = set.files.map((f) => ({ path: f.display, size: f.size, gzip: f.gzip }));
  return { files, sha256: createHash("sha256").update(JSON.stringify(files)).digest("hex") };
}
async function firstAnchor(file, anchorField) {
  if (!anchorField) return null;
  for await (const chunk of readChunks(file, { chunkBytes: 256 * 1024 })) {
    const nl = chunk.buf.indexOf(10);
    const text = chunk.buf.toString("utf8", 0, nl === -1 ? chunk.buf.length : nl).replace(/\r$/, "");
    let value;
    try {
      value = parseJson(text, { allowNonFinite: true });
    } catch {
      return null;
    }
    const anchor = value instanceof Map ? value.get(anchorField) : void 0;
    if (anchor === void 0) return null;
    const parsed = parseAnchor(serializeCanonical(anchor, "jcs"));
    return typeof parsed === "string" ? null : parsed;
  }
  return null;
}
function buildBoundary(options) {
  const { report } = options;
  const base = report?.files[0]?.firstEntry ?? 0;
  const known = report !== void 0 && (report.startPending.length === 0 || hasHead(report.startPending));
  return {
    kind: "art12-shard-boundary",
    version: 1,
    shard: options.shard,
    set: setListing(options.whole),
    chain: options.chain,
    files: options.range,
    entries: report?.entries ?? 0,
    firstEntry: options.firstEntry,
    start: {
      pending: (report?.startPending ?? []).map((p) => ({
        index: p.entryIndex - base,
        file: p.file,
        line: p.line,
        ...p.inputId !== void 0 ? { inputId: p.inputId } : {},
        canonical: Buffer.from(p.canonical).toString("base64"),
        stored: p.stored
      })),
      anchor: options.anchor
    },
    end: { head: report && report.entries > 0 && known ? report.head : null },
    perFile: (report?.files ?? []).map((f) => ({ path: f.file, entries: f.entries, head: f.prevAfter })),
    result: options.result
  };
}
function hasHead(pending) {
  const last = pending[pending.length - 1].stored;
  return last.kind === "string" || last.kind === "other";
}
function reduceBoundaries(loaded, genesisInput) {
  const coverage = [];
  const joins = [];
  const failedSlices = [];
  const first = loaded[0];
  const count = first.boundary.shard.count;
  const ref = first.boundary;
  for (const { file, boundary: b } of loaded) {
    if (b.shard.count !== count)
      coverage.push({ file, field: "shard.count", message: `cut into ${b.shard.count} slices, not ${count}` });
    if (b.set.sha256 !== ref.set.sha256)
      coverage.push({ file, field: "set", message: `cut from another listing of the log files than ${first.file}` });
    for (const k of ["canonicalization", "hashField", "genesis", "anchorField"]) {
      if (b.chain[k] !== ref.chain[k])
        coverage.push({
          file,
          field: `chain.${k}`,
          message: `'${b.chain[k]}' where ${first.file} has '${ref.chain[k]}'`
        });
    }
  }
  if (ref.chain.genesis !== genesisInput) {
    coverage.push({
      file: first.file,
      field: "chain.genesis",
      message: `the slices chain from '${ref.chain.genesis}' but this step's genesis is '${genesisInput}'`
    });
  }
  const bySlice = /* @__PURE__ */ new Map();
  for (const l of loaded) {
    const other = bySlice.get(l.boundary.shard.index);
    if (other)
      coverage.push({
        file: l.file,
        field: "shard.index",
        message: `slice ${l.boundary.shard.index} again (also ${other.file})`
      });
    else bySlice.set(l.boundary.shard.index, l);
  }
  for (let i = 1; i <= count; i++) {
    if (!bySlice.has(i))
      coverage.push({
        file: first.file,
        field: "shard.index",
        message: `slice ${i}/${count} is missing: no boundary file for it`
      });
  }
  const parts = partitionFiles(
    ref.set.files.map((f) => f.size),
    count
  );
  for (const [i, l] of bySlice) {
    const want = parts[i - 1];
    if (want && (l.boundary.files.from !== want.from || l.boundary.files.to !== want.to)) {
      coverage.push({
        file: l.file,
        field: "files",
        message: `slice ${i} covers files ${l.boundary.files.from}-${l.boundary.files.to} but the cut gives ${want.from}-${want.to}`
      });
    }
  }
  let prev = ref.chain.genesis;
  let entries = 0;
  let brokenLinks = 0;
  const files = [];
  for (let i = 1; i <= count; i++) {
    const l = bySlice.get(i);
    if (!l) {
      prev = null;
      continue;
    }
    const b = l.boundary;
    brokenLinks += b.result.brokenLinks;
    if (b.result.status !== "pass") {
      failedSlices.push({
        file: l.file,
        field: "result",
        message: `slice ${i} failed: ${b.result.brokenLinks} broken link(s), ${b.result.schemaViolations} schema violation(s), ${b.result.rotationFindings} rotation finding(s)`
      });
    }
    let at = entries;
    for (const f of b.perFile) {
      files.push({ path: f.path, firstEntry: at, entries: f.entries, head: f.head });
      at += f.entries;
    }
    if (b.entries === 0) continue;
    const startFile = b.perFile.find((f) => f.entries > 0)?.path ?? l.file;
    if (b.firstEntry !== null && b.firstEntry !== entries && prev !== null) {
      joins.push({
        file: startFile,
        line: 1,
        entryIndex: entries,
        field: ref.chain.anchorField || "rotation_anchor",
        message: `slice ${i} starts at entry ${b.firstEntry} by its rotation anchor, but the slices before it hold ${entries} entries`
      });
    }
    if (i > 1 && b.start.anchor && prev !== null && b.start.anchor.previous_head !== prev) {
      joins.push({
        file: startFile,
        line: 1,
        entryIndex: entries,
        field: ref.chain.anchorField || "rotation_anchor",
        message: `slice ${i}'s rotation anchor names previous_head ${b.start.anchor.previous_head.slice(0, 16)}…, but slice ${i - 1} ends at ${prev.slice(0, 16)}…`
      });
    }
    for (const p of b.start.pending) {
      if (prev === null) break;
      const expected = linkHash(prev, Buffer.from(p.canonical, "base64"));
      if (p.stored.kind !== "string" || p.stored.value !== expected) {
        brokenLinks++;
        joins.push({
          file: p.file,
          line: p.line,
          entryIndex: entries + p.index,
          ...p.inputId !== void 0 ? { inputId: p.inputId } : {},
          field: ref.chain.hashField,
          message: `entry ${entries + p.index} does not chain from slice ${i - 1}'s head ${prev.slice(0, 16)}… (expected ${expected.slice(0, 16)}…, stored ${p.stored.kind === "missing" ? "none" : p.stored.value.slice(0, 16) + "…"})`
        });
      }
      prev = nextPrev(p.stored, expected);
    }
    if (b.end.head !== null) prev = b.end.head;
    entries += b.entries;
  }
  return { count, coverage, joins, failedSlices, entries, head: prev ?? "", brokenLinks, files };
}

// packages/art12/src/reduce.ts
var located = (fs) => fs.slice(0, MAX_LOCATIONS).map((f) => ({
  file: f.file,
  ...f.line !== void 0 ? { line: f.line } : {},
  ...f.entryIndex !== void 0 ? { entryIndex: f.entryIndex } : {},
  ...f.inputId !== void 0 ? { inputId: f.inputId } : {},
  field: f.field
}));
var listed = (fs) => fs.slice(0, 5).map((f) => `${f.file}${f.line ? `:${f.line}` : ""}: ${f.message}`).join("; ");
async function reduceRun(inputs, ctx) {
  const matched = await expandGlobs(inputs.shardBoundaries, { workspace: ctx.workspace, field: "shard-boundaries" });
  const loaded = [];
  for (const m of matched) {
    loaded.push({ file: m.relative, boundary: await loadConfig(m.absolute, art12_shard_boundary_schema_default, m.relative) });
  }
  const r = reduceBoundaries(loaded, inputs.genesis);
  const names = loaded[0].boundary.set.files.map((f) => f.path);
  if (names.length > 0) {
    for (const gap of orderRotationSet(names, (n) => n, "shard-boundaries").gaps) {
      r.coverage.push({
        file: loaded[0].file,
        field: "set.files",
        message: `rotated file(s) ${gap.missing.map((n) => `${gap.stem}.${n}`).join(", ")} missing from the numbering`
      });
    }
  }
  const articles = ARTICLES.integrity;
  const checks = [
    makeCheck(
      "shard-coverage",
      "Every slice of one cut of the rotation set is there once",
      articles,
      r.coverage.length === 0 ? "pass" : "fail",
      r.coverage.length === 0 ? `${r.count} slice(s) of ${names.length} file(s), each once, cut from one listing with one chain configuration` : listed(r.coverage),
      { locations: located(r.coverage), evidence: r.coverage.length > 0 ? { findings: r.coverage } : {} }
    ),
    makeCheck(
      "shard-joins",
      "The slices join into one chain",
      articles,
      r.joins.length === 0 && r.coverage.length === 0 ? "pass" : "fail",
      r.joins.length > 0 ? listed(r.joins) : r.coverage.length > 0 ? "the joins cannot be checked until every slice of one cut is there" : `${r.entries} entries chain from '${short(inputs.genesis)}' across ${r.count} slice(s) to head ${short(r.head)}: every slice starts from the head of the one before, and the counts and rotation anchors agree`,
      { locations: located(r.joins), evidence: r.joins.length > 0 ? { findings: r.joins } : {} }
    ),
    makeCheck(
      "shard-results",
      "Every slice passed its own checks",
      articles,
      r.failedSlices.length === 0 ? "pass" : "fail",
      r.failedSlices.length === 0 ? `${loaded.length} slice(s) passed schema and integrity inside their files` : listed(r.failedSlices),
      { locations: located(r.failedSlices) }
    )
  ];
  if (r.entries === 0 && r.coverage.length === 0) {
    throw new GateError("EMPTY_INPUT", "the slices hold no entries: an empty log is never a pass", {
      field: "shard-boundaries"
    });
  }
  checks.push(await headCheck2(inputs, r, ctx));
  return {
    subject: { shards: r.count, files: names.length, entries: r.entries },
    checks,
    metrics: { entries: r.entries, brokenLinks: r.brokenLinks, shards: loaded.length },
    outputs: {
      head: r.head,
      "entry-count": String(r.entries),
      "head-anchor": `${r.entries}:${r.head}`,
      "broken-links": String(r.brokenLinks)
    }
  };
}
async function headCheck2(inputs, r, ctx) {
  const articles = ARTICLES.integrity;
  const expected = inputs.expectedHead;
  const title = "Log extends the recorded head";
  if (!expected) {
    return makeCheck(
      "integrity-head",
      title,
      articles,
      "skipped",
      "input 'expected-head' is empty: a truncated or rewritten tail cannot be detected without the head an earlier run recorded"
    );
  }
  if (r.entries < expected.count) {
    return makeCheck(
      "integrity-head",
      title,
      articles,
      "fail",
      `the slices hold ${r.entries} entries but an earlier run recorded ${expected.count} (head ${short(expected.hash)}): ${expected.count - r.entries} entries were removed from the tail`
    );
  }
  const k = expected.count - 1;
  const file = r.files.find((f) => f.entries > 0 && k >= f.firstEntry && k < f.firstEntry + f.entries);
  let stored;
  if (k === file.firstEntry + file.entries - 1 && file.head !== "") stored = file.head;
  else {
    if (inputs.logs.length === 0) {
      throw new GateError(
        "INPUT_MISSING",
        `entry ${k} of the recorded head sits inside ${file.path}: give input 'logs' so the reduce step can read it`,
        { field: "logs" }
      );
    }
    const set = await resolveLogSet(inputs.logs, ctx.workspace);
    const fileIndex = set.files.findIndex((f) => f.display === file.path);
    if (fileIndex === -1) {
      throw new GateError("INPUT_CONFLICT", `input 'logs' does not match ${file.path}, a file of the slices`, {
        field: "logs"
      });
    }
    const chunks = [{ fileIndex, offset: 0, firstLine: 1, firstEntry: file.firstEntry, lines: file.entries }];
    const [entry] = await readEntryRange(set, chunks, k, k);
    const value = entry ? parseJson(entry.text, { allowNonFinite: true }) : void 0;
    stored = value instanceof Map ? storedOf(value.get(inputs.hashField)).value : void 0;
  }
  const line = k - file.firstEntry + 1;
  if (stored !== expected.hash) {
    return makeCheck(
      "integrity-head",
      title,
      articles,
      "fail",
      `entry ${k} (${file.path}:${line}) no longer has the recorded hash ${short(expected.hash)} (it has ${short(stored || "none")}): the log was rewritten at or before it`,
      { locations: [{ file: file.path, line, entryIndex: k, field: inputs.hashField }] }
    );
  }
  return makeCheck(
    "integrity-head",
    title,
    articles,
    "pass",
    `entry ${k} still has the recorded head ${short(expected.hash)}; ${r.entries - expected.count} entries were appended since`
  );
}

// packages/art12/src/slice.ts
import * as path2 from "node:path";
async function sliceOf(whole, shard, anchorField, genesis) {
  const range = partitionFiles(
    whole.files.map((f) => f.size),
    shard.count
  )[shard.index - 1];
  const files = whole.files.slice(range.from, range.to);
  const firstFile = files.find((f) => f.size > 0);
  const anchor = firstFile ? await firstAnchor(firstFile, anchorField) : null;
  const first = shard.index === 1 || range.from === 0;
  return {
    shard,
    whole,
    set: { files, gaps: [] },
    range,
    genesis: first ? genesis : null,
    firstEntry: first ? 0 : anchor?.previous_count ?? null,
    anchor
  };
}
async function writeSliceBoundary(inputs, ctx, slice, report, checks) {
  const { index, count } = slice.shard;
  const target = inputs.shardBoundary ? await resolveInside(ctx.workspace, inputs.shardBoundary, { field: "shard-boundary" }) : path2.join(ctx.reportDir ?? ctx.workspace, `art12-shard-${index}-of-${count}.json`);
  const failed = checks.some((c) => c.status === "fail" || c.status === "error" || c.status === "unknown");
  const rotation = checks.find((c) => c.id === "integrity-rotation");
  const boundary = buildBoundary({
    shard: slice.shard,
    whole: slice.whole,
    range: slice.range,
    report,
    chain: {
      canonicalization: inputs.canonicalization,
      hashField: inputs.hashField,
      genesis: inputs.genesis,
      anchorField: inputs.anchorField
    },
    firstEntry: slice.firstEntry,
    anchor: slice.anchor,
    result: {
      status: failed ? "fail" : "pass",
      brokenLinks: report?.breakCount ?? 0,
      schemaViolations: report?.violationCount ?? 0,
      rotationFindings: rotation?.status === "fail" ? rotation.locations?.length ?? 1 : 0
    }
  });
  await writeFileAtomic(target, JSON.stringify(boundary, null, 1) + "\n", {
    displayPath: path2.relative(ctx.workspace, target)
  });
  return target;
}

// packages/art12/src/schema.ts
function schemaChecks(report, schema, violationsFile) {
  const v = report.violations;
  const first = v[0];
  const check = makeCheck(
    "schema-entries",
    `Every entry matches ${schema.profile ? `the ${schema.profile} profile` : schema.file}`,
    ARTICLES.schema,
    report.violationCount === 0 ? "pass" : "fail",
    report.violationCount === 0 ? `${report.entries} entries match ${schema.file}` : `${report.violationCount} of ${report.entries} entries violate ${schema.file}; first: ${first.file}:${first.line}${first.inputId ? ` [${first.inputId}]` : ""} ${first.errors[0].field}: ${first.errors[0].message}`,
    {
      locations: v.slice(0, MAX_LOCATIONS).map((x) => ({
        file: x.file,
        line: x.line,
        entryIndex: x.entryIndex,
        ...x.inputId !== void 0 ? { inputId: x.inputId } : {},
        field: x.errors.map((e) => `${e.field}: ${e.message}`).join("; ")
      })),
      evidence: {
        schema: schema.file,
        violations: report.violationCount,
        ...violationsFile ? { allViolations: violationsFile } : {}
      }
    }
  );
  return { checks: [check], outputs: { "schema-violations": String(report.violationCount) } };
}

// packages/art12/src/storage.ts
import { execFile } from "node:child_process";
import { stat as stat3 } from "node:fs/promises";
import { promisify } from "node:util";

// schemas/storage-policy.schema.json
var storage_policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/storage-policy.schema.json",
  title: "Log storage policy",
  description: "What the log storage enforces, as seed 002's storage gate reads it: append_only must be true, and object_lock_enabled or worm_enabled must be true. backend: local asks the gate to check the log files themselves.",
  type: "object",
  required: ["append_only"],
  properties: {
    append_only: { type: "boolean", description: "Existing entries cannot be modified" },
    object_lock_enabled: { type: "boolean", description: "S3 Object Lock (or equivalent) is on" },
    worm_enabled: { type: "boolean", description: "Write Once Read Many storage is on" },
    object_lock_mode: { enum: ["COMPLIANCE", "GOVERNANCE"], description: "COMPLIANCE stops even the root user" },
    retention_days: { type: "integer", minimum: 0 },
    backend: { enum: ["s3", "gcs", "azure-blob", "local", "other"], description: "Where the logs are stored" }
  },
  additionalProperties: true
};

// packages/art12/src/storage.ts
var run = promisify(execFile);
async function fileAttributes(file) {
  try {
    const { stdout } = await run("lsattr", ["-d", file]);
    return { attributes: stdout.trim().split(/\s+/)[0] ?? "" };
  } catch (error) {
    const e = error;
    if (e.code === "ENOENT") return { unsupported: "lsattr is not installed (e2fsprogs)" };
    const why = (e.stderr ?? e.message).trim().split("\n").pop() ?? "";
    return { unsupported: why.replace(/^lsattr: /, "") };
  }
}
async function storageChecks(policyPath, policyDisplay, files) {
  const articles = ARTICLES.storage;
  const policy = await loadConfig(policyPath, storage_policy_schema_default, policyDisplay);
  const checks = [];
  const loc = (field) => [{ file: policyDisplay, field }];
  checks.push(
    policy.append_only === true ? makeCheck(
      "storage-append-only",
      "Log storage is append-only",
      articles,
      "pass",
      `${policyDisplay}: append_only is true`
    ) : makeCheck(
      "storage-append-only",
      "Log storage is append-only",
      articles,
      "fail",
      `${policyDisplay}: append_only is not true; existing log entries must not be modifiable`,
      { locations: loc("append_only") }
    )
  );
  const worm = policy.object_lock_enabled === true || policy.worm_enabled === true;
  checks.push(
    worm ? makeCheck(
      "storage-worm",
      "WORM or object lock enabled",
      articles,
      policy.object_lock_mode === "GOVERNANCE" ? "fail" : "pass",
      policy.object_lock_mode === "GOVERNANCE" ? `${policyDisplay}: object lock is in GOVERNANCE mode, which privileged users can bypass; use COMPLIANCE` : `${policyDisplay}: ${policy.object_lock_enabled ? "object_lock_enabled" : "worm_enabled"} is true`,
      { locations: policy.object_lock_mode === "GOVERNANCE" ? loc("object_lock_mode") : [] }
    ) : makeCheck(
      "storage-worm",
      "WORM or object lock enabled",
      articles,
      "fail",
      `${policyDisplay}: neither object_lock_enabled nor worm_enabled is true; configure S3 Object Lock or equivalent`,
      { locations: loc("object_lock_enabled") }
    )
  );
  if (policy.backend !== "local") return checks;
  checks.push(await localFilesCheck(files));
  return checks;
}
async function localFilesCheck(files) {
  const articles = ARTICLES.storage;
  if (files.length === 0)
    return makeCheck(
      "storage-local-files",
      "Local log files append-only",
      articles,
      "skipped",
      "backend is local but input 'logs' is empty"
    );
  const problems = [];
  const unknown = [];
  const notes = [];
  for (const [i, f] of files.entries()) {
    const live = i === files.length - 1;
    const info = await stat3(f.absolute);
    const attrs = await fileAttributes(f.absolute);
    if ("unsupported" in attrs) {
      unknown.push(`${f.display}: ${attrs.unsupported}`);
      continue;
    }
    const immutable = attrs.attributes.includes("i");
    const appendOnly = attrs.attributes.includes("a");
    if (live) {
      if (!appendOnly && !immutable) problems.push({ file: f.display, field: "attributes" });
      else notes.push(`${f.display}: ${appendOnly ? "append-only (a)" : "immutable (i)"}`);
    } else if ((info.mode & 146) !== 0 && !immutable && !appendOnly)
      problems.push({ file: f.display, field: `mode ${(info.mode & 511).toString(8)}` });
  }
  if (problems.length > 0) {
    return makeCheck(
      "storage-local-files",
      "Local log files append-only",
      articles,
      "fail",
      `${problems.length} file(s) can be rewritten: ${problems.map((p) => `${p.file} (${p.field === "attributes" ? "live file without the append-only attribute; chattr +a" : `closed file writable, ${p.field}; chmod a-w`})`).join(", ")}`,
      { locations: problems }
    );
  }
  if (unknown.length > 0) {
    return makeCheck(
      "storage-local-files",
      "Local log files append-only",
      articles,
      "unknown",
      `the file system cannot report append-only attributes: ${unknown.join("; ")}`
    );
  }
  return makeCheck(
    "storage-local-files",
    "Local log files append-only",
    articles,
    "pass",
    `closed files read-only; ${notes.join(", ")}`
  );
}

// packages/art12/src/gate.ts
var SHARD_GATES = ["schema", "integrity"];
var REDUCE_GATES = ["integrity"];
function missingFor(gate, raw) {
  if (raw.list("shard-boundaries").length > 0) return void 0;
  const needLogs = raw.list("logs").length === 0 ? "logs" : void 0;
  switch (gate) {
    case "emission":
      return raw.optional("emission-command") === void 0 ? "emission-command" : raw.optional("synthetic-inputs") === void 0 ? "synthetic-inputs" : needLogs;
    case "schema":
      return raw.optional("schema") === void 0 ? "schema" : needLogs;
    case "integrity":
      return needLogs;
    case "storage":
      return raw.optional("storage-policy") === void 0 ? "storage-policy" : void 0;
    case "reconstruction":
      return raw.optional("input-id") === void 0 ? "input-id" : needLogs;
  }
}
function parseExpectedHead(text) {
  if (text === void 0) return void 0;
  const m = /^(\d+):(\S+)$/.exec(text);
  if (!m || Number(m[1]) < 1) {
    throw new GateError(
      "INPUT_INVALID",
      `input 'expected-head' is '${text}'; give <entry-count>:<head-hash> as the head-anchor output of an earlier run`,
      { field: "expected-head" }
    );
  }
  return { count: Number(m[1]), hash: m[2] };
}
async function parseInputs(raw) {
  const listed2 = raw.list("gates");
  for (const g of listed2) {
    if (!GATE_NAMES.includes(g)) {
      throw new GateError("INPUT_INVALID", `input 'gates' names '${g}'; use any of: ${GATE_NAMES.join(", ")}`, {
        field: "gates"
      });
    }
  }
  const shardText = raw.optional("shard");
  const shardBoundaries = raw.list("shard-boundaries");
  if (shardText !== void 0 && shardBoundaries.length > 0) {
    throw new GateError(
      "INPUT_CONFLICT",
      "inputs 'shard' and 'shard-boundaries' are both set: a slice job verifies one slice, the reduce job joins the slices",
      { field: "shard-boundaries" }
    );
  }
  const shard = shardText !== void 0 ? parseShard(shardText) : void 0;
  if (shard && raw.optional("index") !== void 0) {
    throw new GateError(
      "INPUT_CONFLICT",
      "inputs 'shard' and 'index' are both set: a slice sees only its own files, so its index would not cover the set",
      { field: "index" }
    );
  }
  const mode = shardBoundaries.length > 0 ? "reduce" : shard ? "shard" : void 0;
  const allowed = mode === "reduce" ? REDUCE_GATES : mode === "shard" ? SHARD_GATES : GATE_NAMES;
  const gates = [];
  const skipped = {};
  for (const g of GATE_NAMES) {
    if (!allowed.includes(g)) {
      const why = mode === "reduce" ? "the reduce step of a sharded run ('shard-boundaries') joins the slices' integrity only" : "a slice of a sharded run ('shard') runs schema and integrity only";
      if (listed2.includes(g))
        throw new GateError("INPUT_CONFLICT", `the ${g} gate cannot run here: ${why}`, { field: "gates" });
      skipped[g] = `${why}; run ${g} in its own step`;
      continue;
    }
    const missing = missingFor(g, raw);
    if (listed2.length > 0 && !listed2.includes(g)) continue;
    if (missing === void 0) gates.push(g);
    else if (listed2.includes(g))
      throw new GateError("INPUT_MISSING", `the ${g} gate was selected but input '${missing}' is empty`, {
        field: missing
      });
    else skipped[g] = `input '${missing}' is empty`;
  }
  const required = (raw.optional("required-fields") ?? "timestamp,input_id|input_hash,model_version,output_id|output_prediction|output|raw_output").split(",").map((s) => s.trim()).filter(Boolean).map((s) => s.split("|").map((x) => x.trim()));
  const threads = raw.integer("threads", { min: 0, max: 64 });
  return {
    gates,
    skipped,
    logs: raw.list("logs"),
    ...raw.optional("schema") !== void 0 ? { schema: raw.optional("schema") } : {},
    canonicalization: parseCanonicalMode(raw.optional("canonicalization") ?? "python-json"),
    hashField: raw.optional("hash-field") ?? "chain_hash",
    genesis: raw.optional("genesis") ?? "genesis",
    anchorField: raw.optional("anchor-field") ?? "",
    ...parseExpectedHead(raw.optional("expected-head")) ? { expectedHead: parseExpectedHead(raw.optional("expected-head")) } : {},
    ...raw.optional("input-id") !== void 0 ? { inputId: raw.optional("input-id") } : {},
    idField: raw.optional("id-field") ?? "input_id",
    correlationField: raw.optional("correlation-field") ?? "",
    maxLatencyMs: raw.integer("max-latency-ms", { min: 1, fallback: 3e4 }),
    retentionDays: raw.integer("retention-days", { min: 1, fallback: 183 }),
    ...raw.optional("index") !== void 0 ? { index: raw.optional("index") } : {},
    ...raw.optional("emission-command") !== void 0 ? { emissionCommand: raw.optional("emission-command") } : {},
    ...raw.optional("synthetic-inputs") !== void 0 ? { syntheticInputs: raw.optional("synthetic-inputs") } : {},
    emissionTimeoutMs: raw.integer("emission-timeout-ms", { min: 1, fallback: 6e4 }),
    requiredFields: required,
    ...raw.optional("storage-policy") !== void 0 ? { storagePolicy: raw.optional("storage-policy") } : {},
    allowCrlf: raw.boolean("allow-crlf", false),
    ...threads !== void 0 ? { threads } : {},
    ...shard ? { shard } : {},
    ...raw.optional("shard-boundary") !== void 0 ? { shardBoundary: raw.optional("shard-boundary") } : {},
    shardBoundaries
  };
}
async function run2(inputs, ctx) {
  if (inputs.shardBoundaries.length > 0) {
    const r = await reduceRun(inputs, ctx);
    for (const g of GATE_NAMES) {
      const reason = inputs.skipped[g];
      if (reason !== void 0) r.checks.push(skippedGate(g, reason));
    }
    r.outputs = {
      ...r.outputs,
      "gates-run": inputs.gates.join(","),
      "gates-skipped": Object.keys(inputs.skipped).join(",")
    };
    return r;
  }
  const checks = [];
  const outputs = {};
  const metrics = {};
  const ran = (g) => inputs.gates.includes(g);
  const rel = (abs) => toPosixRelative(ctx.workspace, abs);
  if (ran("emission")) {
    const inputsFile = await resolveInside(ctx.workspace, inputs.syntheticInputs, {
      field: "synthetic-inputs",
      mustExist: true
    });
    ctx.recordResource({ kind: "process", uri: inputs.emissionCommand, method: "sh -c" });
    const r = await emissionChecks(
      {
        command: inputs.emissionCommand,
        inputsFile,
        patterns: inputs.logs,
        workspace: ctx.workspace,
        timeoutMs: inputs.emissionTimeoutMs,
        idField: inputs.idField,
        requiredFields: inputs.requiredFields,
        env: ctx.env,
        signal: ctx.signal
      },
      rel(inputsFile)
    );
    checks.push(...r.checks);
    Object.assign(outputs, r.outputs);
  }
  let set;
  let report;
  let index;
  const needPass = ran("schema") || ran("integrity") || ran("reconstruction");
  const indexPath = inputs.index ? await resolveInside(ctx.workspace, inputs.index, { field: "index" }) : void 0;
  let slice;
  if (needPass) set = await resolveLogSet(inputs.logs, ctx.workspace);
  if (needPass && inputs.shard) {
    slice = await sliceOf(set, inputs.shard, inputs.anchorField, inputs.genesis);
    set = slice.set;
  }
  const reuseIndex = indexPath !== void 0 && existsSync2(indexPath) && !ran("schema") && !ran("integrity");
  if (slice && set.files.length === 0) {
    checks.push(
      makeCheck(
        "shard-slice",
        "Slice of the rotation set",
        ARTICLES.integrity,
        "pass",
        `slice ${inputs.shard.index}/${inputs.shard.count} holds none of the set's ${slice.whole.files.length} file(s) (the set is cut by whole files); its boundary says so`
      )
    );
  } else if (needPass && !reuseIndex) {
    const schema = ran("schema") ? await loadLogSchema(inputs.schema, ctx.workspace) : void 0;
    const violationsFile = schema && ctx.reportDir ? path3.join(ctx.reportDir, `art12-log-gates.schema-violations.${Date.now()}.jsonl`) : void 0;
    if (violationsFile) await mkdir(path3.dirname(violationsFile), { recursive: true });
    const stream = violationsFile ? createWriteStream(violationsFile, { flags: "wx" }) : void 0;
    const started = Date.now();
    try {
      report = await scanLogs(
        set,
        {
          chain: ran("integrity"),
          canonicalization: inputs.canonicalization,
          hashField: inputs.hashField,
          anchorField: inputs.anchorField,
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          index: ran("reconstruction") || indexPath !== void 0,
          allowCrlf: inputs.allowCrlf,
          ...schema ? { schema: { schema: schema.schema, file: schema.file, extra: Object.values(PROFILES) } } : {},
          maxViolationsPerChunk: 1e3
        },
        {
          genesis: slice ? slice.genesis : inputs.genesis,
          ...slice ? { firstEntry: slice.firstEntry ?? 0 } : {},
          ...inputs.threads !== void 0 ? { threads: inputs.threads } : {},
          ...stream ? { onViolations: (vs) => void vs.forEach((v) => stream.write(JSON.stringify(v) + "\n")) } : {},
          signal: ctx.signal
        }
      );
    } finally {
      if (stream) await new Promise((resolve) => stream.end(resolve));
    }
    metrics.passMs = Date.now() - started;
    metrics.bytes = report.bytes;
    metrics.threads = report.threads;
    if (schema) {
      metrics.projectedLines = report.projectedLines;
      metrics.quickLines = report.quickLines;
    }
    if (report.entries === 0 && !slice) {
      throw new GateError(
        "EMPTY_INPUT",
        `the log set (${set.files.map((f) => f.display).join(", ")}) holds no entries: an empty log is never a pass`,
        { field: "logs" }
      );
    }
    if (schema) {
      const r = schemaChecks(
        report,
        schema,
        violationsFile && report.violationCount > 0 ? rel(violationsFile) : void 0
      );
      checks.push(...r.checks);
      Object.assign(outputs, r.outputs);
    }
    if (ran("integrity")) {
      const r = await integrityChecks(set, report, { ...inputs, ...inputs.shard ? { shard: inputs.shard } : {} });
      checks.push(...r.checks);
      Object.assign(outputs, r.outputs);
      Object.assign(metrics, r.metrics);
    }
    index = report.index;
    if (index && indexPath) {
      await index.write(
        indexPath,
        {
          version: 1,
          entries: report.entries,
          files: set.files.map((f, i) => ({
            path: f.display,
            size: f.size,
            mtimeMs: f.mtimeMs,
            gzip: f.gzip,
            firstEntry: report.files[i].firstEntry,
            entries: report.files[i].entries
          })),
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          head: ran("integrity") ? report.head : ""
        },
        rel(indexPath)
      );
      outputs["index-path"] = rel(indexPath);
    }
  } else if (reuseIndex) {
    const read = await IdIndex.read(indexPath, rel(indexPath));
    const stale = read.header.files.length !== set.files.length || read.header.files.some((f, i) => f.path !== set.files[i].display || f.size !== set.files[i].size);
    if (stale || read.header.idField !== inputs.idField) {
      throw new GateError(
        "INPUT_CONFLICT",
        "the index was built from other log files (names or sizes differ); give a new index path to rebuild it",
        { file: rel(indexPath), field: "index" }
      );
    }
    index = read.index;
    outputs["index-path"] = rel(indexPath);
  }
  if (ran("reconstruction")) {
    const r = {
      inputId: inputs.inputId,
      idField: inputs.idField,
      correlationField: inputs.correlationField,
      maxLatencyMs: inputs.maxLatencyMs,
      retentionDays: inputs.retentionDays
    };
    const trail = await reconstructTrail(set, index, r);
    checks.push(...reconstructionChecks(trail, r));
    metrics.reconstructionMs = Math.round(trail.latencyMs * 1e3) / 1e3;
  }
  if (ran("storage")) {
    const policy = await resolveInside(ctx.workspace, inputs.storagePolicy, {
      field: "storage-policy",
      mustExist: true
    });
    const files = set?.files ?? (inputs.logs.length > 0 ? (await resolveLogSet(inputs.logs, ctx.workspace)).files : []);
    checks.push(...await storageChecks(policy, rel(policy), files));
  }
  if (slice) {
    const written = await writeSliceBoundary(inputs, ctx, slice, report, checks);
    outputs["boundary-path"] = rel(written);
    delete outputs["head-anchor"];
  }
  for (const g of GATE_NAMES) {
    const reason = inputs.skipped[g];
    if (reason !== void 0) checks.push(skippedGate(g, reason));
  }
  outputs["gates-run"] = inputs.gates.join(",");
  outputs["gates-skipped"] = Object.keys(inputs.skipped).join(",");
  const subject = { logs: inputs.logs.join(", ") };
  if (set) subject.files = set.files.length;
  if (report) subject.entries = report.entries;
  if (inputs.shard) subject.shard = `${inputs.shard.index}/${inputs.shard.count}`;
  return { subject, checks, metrics, outputs };
}
var art12LogGates = {
  name: "art12-log-gates",
  parseInputs,
  run: run2
};

export {
  PROFILES,
  loadLogSchema,
  resolveLogSet,
  readChunks,
  KEY_INPUT,
  KEY_CORRELATION,
  keyHash,
  storedOf,
  linkHash,
  linkCanonical,
  IdIndex,
  scanLogs,
  readRefs,
  readEntryRange,
  checkRotation,
  art12LogGates
};
