import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);

// packages/cli/src/args.ts
function parseFlags(argv) {
  const flags = /* @__PURE__ */ new Map();
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      if (arg === "-h") flags.set("help", ["true"]);
      else positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    else value = "true";
    flags.set(name, [...flags.get(name) ?? [], value]);
  }
  return { flags, positional };
}

// packages/cli/src/io.ts
var EXIT = { pass: 0, fail: 1, error: 2 };

export {
  parseFlags,
  EXIT
};
