import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  EXIT,
  parseFlags
} from "./chunk-HOPIB6NT.js";
import {
  CANONICAL_MODES,
  GateError,
  canonicalize,
  parseCanonicalMode,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/cli/src/canonicalize.ts
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
var HELP = `ai-act-gates canonicalize: print the canonical bytes of one JSON document

Usage: ai-act-gates canonicalize --mode ${CANONICAL_MODES.join("|")} [--input FILE] [--sha256]

  --mode     python-json: the bytes of Python's json.dumps(obj, sort_keys=True,
             separators=(",", ":")) (ASCII escapes, Python float repr, big integers);
             jcs: RFC 8785, the JSON Canonicalization Scheme
  --input    read the document from FILE instead of standard input
  --sha256   print the SHA-256 of the canonical bytes instead of the bytes
  --prefix   with --sha256, hash PREFIX + ":" + canonical bytes, as a log hash chain
             link does (PREFIX is the previous entry's hash, or the genesis value)

Exit codes: 0 done, 2 the document is not valid JSON for the mode.
`;
async function runCanonicalize(argv, io) {
  const { flags, positional } = parseFlags(argv);
  if (flags.has("help")) {
    io.stdout(HELP);
    return EXIT.pass;
  }
  const unknown = [...flags.keys()].filter((k) => !["mode", "input", "sha256", "prefix"].includes(k));
  if (unknown.length > 0 || positional.length > 0) {
    io.stderr(
      `ai-act-gates canonicalize: unknown argument ${unknown.length > 0 ? `--${unknown[0]}` : positional[0]}

${HELP}`
    );
    return EXIT.error;
  }
  const file = flags.get("input")?.[0];
  try {
    const modeFlag = flags.get("mode")?.[0];
    if (modeFlag === void 0)
      throw new GateError("INPUT_MISSING", `--mode is required (${CANONICAL_MODES.join(" or ")})`);
    const mode = parseCanonicalMode(modeFlag, "mode");
    let bytes;
    try {
      bytes = file === void 0 ? await io.readStdin() : await readFile(file);
    } catch (error) {
      throw toGateError(error, file);
    }
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new GateError("PARSE_ERROR", "input is not valid UTF-8", { file: file ?? "<stdin>" });
    }
    const out = canonicalize(text, mode, { file: file ?? "<stdin>" });
    if (flags.has("sha256")) {
      const hash = createHash("sha256");
      const prefix = flags.get("prefix")?.[0];
      if (prefix !== void 0) hash.update(`${prefix}:`);
      io.stdout(`${hash.update(out).digest("hex")}
`);
    } else io.stdout(out);
    return EXIT.pass;
  } catch (error) {
    io.stderr(`ai-act-gates canonicalize: ${toGateError(error).message}
`);
    return EXIT.error;
  }
}
export {
  runCanonicalize
};
