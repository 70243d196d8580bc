import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);

// packages/cli/src/report-dir.ts
import { randomBytes } from "node:crypto";
function freshReportDir(now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `ai-act-gates-reports/run-${stamp}-${randomBytes(3).toString("hex")}`;
}

export {
  freshReportDir
};
