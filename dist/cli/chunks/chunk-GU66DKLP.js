import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  errorSegments,
  formatFieldPath,
  require_formats,
  require_ucs2length
} from "./chunk-2RDYGR3Z.js";
import {
  splitList
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  VERSION,
  deriveStatus,
  readRunContext,
  toGateError
} from "./chunk-MNDZ67NB.js";
import {
  __toESM
} from "./chunk-UGZ2PGRM.js";

// packages/cli/src/registry.ts
var GATES = {
  "art12-log-gates": async () => (await import("./art12-log-gates-ZCGAYEFQ.js")).gate,
  "art19-retention": async () => (await import("./art19-retention-G3OPP3VI.js")).gate,
  "audit-record": async () => (await import("./audit-record-DUBSIHIG.js")).gate,
  "cosign-verify": async () => (await import("./cosign-verify-JOMN4WPU.js")).gate,
  "evidence-hash": async () => (await import("./evidence-hash-DNWK46GF.js")).gate,
  "sbom-attest": async () => (await import("./sbom-attest-N47SG6HH.js")).gate,
  "log-export": async () => (await import("./log-export-CRE64IX2.js")).gate,
  "verify-signed-commits": async () => (await import("./verify-signed-commits-H6AKSNEQ.js")).gate
};
function hasGate(name) {
  return Object.hasOwn(GATES, name);
}

// packages/action-kit/src/run.ts
import * as path from "node:path";

// packages/action-kit/src/gate-result.validate.generated.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_formats = __toESM(require_formats(), 1);
var ucs2length = import_ucs2length.default.default ?? import_ucs2length.default;
var fullFormats = (import_formats.default.default ?? import_formats.default).fullFormats;
var gate_result_validate_generated_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://ai-act-gates.dev/schemas/gate-result.schema.json", "title": "GateResult", "description": "The result of one ai-act-gates gate run, whichever front door (action, CLI, suite) ran it.", "type": "object", "required": ["schemaVersion", "gate", "version", "status", "startedAt", "finishedAt", "subject", "checks", "evidence", "metrics", "outputs", "resources", "inputs", "run"], "additionalProperties": false, "properties": { "schemaVersion": { "const": 1, "description": "Version of this format." }, "gate": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "The action name, such as evidence-hash." }, "version": { "type": "string", "minLength": 1, "description": "Version of ai-act-gates that produced the result." }, "status": { "enum": ["pass", "fail", "error"], "description": "pass only when every check that ran passed and at least one ran; error when the gate could not run to the end." }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "subject": { "type": "object", "description": "What the gate judged: repository, commit, image digest, system id, manifest.", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "checks": { "type": "array", "items": { "$ref": "#/$defs/check" } }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/evidenceFile" } }, "metrics": { "type": "object", "additionalProperties": { "type": "number" }, "description": "Counts and durations; durationMs is always present." }, "outputs": { "type": "object", "additionalProperties": { "type": "string" }, "description": "The action outputs." }, "resources": { "type": "array", "items": { "$ref": "#/$defs/resource" }, "description": "External resources the gate accessed." }, "inputs": { "type": "object", "additionalProperties": { "type": "string" }, "description": "The inputs the gate ran with; secrets are replaced by ***." }, "run": { "$ref": "#/$defs/run" }, "error": { "type": "object", "description": "Why the gate could not run, when status is error.", "required": ["code", "message"], "additionalProperties": false, "properties": { "code": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$" }, "message": { "type": "string", "minLength": 1 }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "field": { "type": "string" } } } }, "allOf": [{ "if": { "properties": { "status": { "const": "pass" } } }, "then": { "properties": { "checks": { "minItems": 1 } }, "not": { "required": ["error"] } } }], "$defs": { "check": { "type": "object", "required": ["id", "title", "articles", "status", "message"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+([-.][a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 1 }, "articles": { "type": "array", "items": { "type": "string", "pattern": "^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$" } }, "status": { "enum": ["pass", "fail", "error", "skipped", "unknown"] }, "message": { "type": "string", "minLength": 1 }, "locations": { "type": "array", "items": { "$ref": "#/$defs/location" } }, "evidence": { "type": "object" } } }, "location": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "endLine": { "type": "integer", "minimum": 1 }, "entryIndex": { "type": "integer", "minimum": 0 }, "inputId": { "type": "string" }, "field": { "type": "string" }, "resource": { "type": "string" }, "commit": { "type": "string" }, "url": { "type": "string" } } }, "evidenceFile": { "type": "object", "required": ["path", "sha256", "size"], "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "size": { "type": "integer", "minimum": 0 }, "role": { "enum": ["input", "output", "report"] }, "category": { "type": "string" } } }, "resource": { "type": "object", "required": ["kind", "uri", "at"], "additionalProperties": false, "properties": { "kind": { "enum": ["registry", "http", "github-api", "transparency-log", "oidc", "process", "file"] }, "uri": { "type": "string", "minLength": 1 }, "method": { "type": "string" }, "status": { "type": "string" }, "digest": { "type": "string" }, "at": { "type": "string", "format": "date-time" } } }, "run": { "type": "object", "required": ["provider"], "additionalProperties": false, "properties": { "provider": { "enum": ["github-actions", "local"] }, "repository": { "type": "string" }, "runId": { "type": "string" }, "runAttempt": { "type": "string" }, "workflow": { "type": "string" }, "workflowRef": { "type": "string" }, "job": { "type": "string" }, "step": { "type": "string" }, "event": { "type": "string" }, "sha": { "type": "string" }, "ref": { "type": "string" }, "actor": { "type": "string" }, "serverUrl": { "type": "string" } } } } };
var schema34 = { "type": "object", "required": ["path", "sha256", "size"], "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "size": { "type": "integer", "minimum": 0 }, "role": { "enum": ["input", "output", "report"] }, "category": { "type": "string" } } };
var schema35 = { "type": "object", "required": ["kind", "uri", "at"], "additionalProperties": false, "properties": { "kind": { "enum": ["registry", "http", "github-api", "transparency-log", "oidc", "process", "file"] }, "uri": { "type": "string", "minLength": 1 }, "method": { "type": "string" }, "status": { "type": "string" }, "digest": { "type": "string" }, "at": { "type": "string", "format": "date-time" } } };
var schema36 = { "type": "object", "required": ["provider"], "additionalProperties": false, "properties": { "provider": { "enum": ["github-actions", "local"] }, "repository": { "type": "string" }, "runId": { "type": "string" }, "runAttempt": { "type": "string" }, "workflow": { "type": "string" }, "workflowRef": { "type": "string" }, "job": { "type": "string" }, "step": { "type": "string" }, "event": { "type": "string" }, "sha": { "type": "string" }, "ref": { "type": "string" }, "actor": { "type": "string" }, "serverUrl": { "type": "string" } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = ucs2length;
var pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern7 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern8 = new RegExp("^[A-Z][A-Z0-9_]*$", "u");
var formats0 = fullFormats["date-time"];
var schema32 = { "type": "object", "required": ["id", "title", "articles", "status", "message"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+([-.][a-z0-9]+)*$" }, "title": { "type": "string", "minLength": 1 }, "articles": { "type": "array", "items": { "type": "string", "pattern": "^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$" } }, "status": { "enum": ["pass", "fail", "error", "skipped", "unknown"] }, "message": { "type": "string", "minLength": 1 }, "locations": { "type": "array", "items": { "$ref": "#/$defs/location" } }, "evidence": { "type": "object" } } };
var schema33 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "endLine": { "type": "integer", "minimum": 1 }, "entryIndex": { "type": "integer", "minimum": 0 }, "inputId": { "type": "string" }, "field": { "type": "string" }, "resource": { "type": "string" }, "commit": { "type": "string" }, "url": { "type": "string" } } };
var pattern5 = new RegExp("^[a-z0-9]+([-.][a-z0-9]+)*$", "u");
var pattern6 = new RegExp("^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.articles === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "articles" }, message: "must have required property 'articles'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "articles" || key0 === "status" || key0 === "message" || key0 === "locations" || key0 === "evidence")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([-.][a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+([-.][a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.articles !== void 0) {
      let data2 = data.articles;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err10 = { instancePath: instancePath + "/articles/" + i0, schemaPath: "#/properties/articles/items/pattern", keyword: "pattern", params: { pattern: "^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$" }, message: 'must match pattern "^(Art\\.[0-9]+(\\([0-9a-z]+\\))*|Annex [IVX]+( [0-9a-z()]+)?)$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/articles/" + i0, schemaPath: "#/properties/articles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/articles", schemaPath: "#/properties/articles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "pass" || data4 === "fail" || data4 === "error" || data4 === "skipped" || data4 === "unknown")) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data5 = data.message;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err14 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.locations !== void 0) {
      let data6 = data.locations;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (Object.keys(data7).length < 1) {
              const err16 = { instancePath: instancePath + "/locations/" + i1, schemaPath: "#/$defs/location/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!func1.call(schema33.properties, key1)) {
                const err17 = { instancePath: instancePath + "/locations/" + i1, schemaPath: "#/$defs/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data7.file !== void 0) {
              if (typeof data7.file !== "string") {
                const err18 = { instancePath: instancePath + "/locations/" + i1 + "/file", schemaPath: "#/$defs/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data7.line !== void 0) {
              let data9 = data7.line;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                const err19 = { instancePath: instancePath + "/locations/" + i1 + "/line", schemaPath: "#/$defs/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (typeof data9 == "number") {
                if (data9 < 1 || isNaN(data9)) {
                  const err20 = { instancePath: instancePath + "/locations/" + i1 + "/line", schemaPath: "#/$defs/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data7.column !== void 0) {
              let data10 = data7.column;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err21 = { instancePath: instancePath + "/locations/" + i1 + "/column", schemaPath: "#/$defs/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 < 1 || isNaN(data10)) {
                  const err22 = { instancePath: instancePath + "/locations/" + i1 + "/column", schemaPath: "#/$defs/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data7.endLine !== void 0) {
              let data11 = data7.endLine;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                const err23 = { instancePath: instancePath + "/locations/" + i1 + "/endLine", schemaPath: "#/$defs/location/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data11 == "number") {
                if (data11 < 1 || isNaN(data11)) {
                  const err24 = { instancePath: instancePath + "/locations/" + i1 + "/endLine", schemaPath: "#/$defs/location/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data7.entryIndex !== void 0) {
              let data12 = data7.entryIndex;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err25 = { instancePath: instancePath + "/locations/" + i1 + "/entryIndex", schemaPath: "#/$defs/location/properties/entryIndex/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 < 0 || isNaN(data12)) {
                  const err26 = { instancePath: instancePath + "/locations/" + i1 + "/entryIndex", schemaPath: "#/$defs/location/properties/entryIndex/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data7.inputId !== void 0) {
              if (typeof data7.inputId !== "string") {
                const err27 = { instancePath: instancePath + "/locations/" + i1 + "/inputId", schemaPath: "#/$defs/location/properties/inputId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.field !== void 0) {
              if (typeof data7.field !== "string") {
                const err28 = { instancePath: instancePath + "/locations/" + i1 + "/field", schemaPath: "#/$defs/location/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.resource !== void 0) {
              if (typeof data7.resource !== "string") {
                const err29 = { instancePath: instancePath + "/locations/" + i1 + "/resource", schemaPath: "#/$defs/location/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.commit !== void 0) {
              if (typeof data7.commit !== "string") {
                const err30 = { instancePath: instancePath + "/locations/" + i1 + "/commit", schemaPath: "#/$defs/location/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data7.url !== void 0) {
              if (typeof data7.url !== "string") {
                const err31 = { instancePath: instancePath + "/locations/" + i1 + "/url", schemaPath: "#/$defs/location/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/locations/" + i1, schemaPath: "#/$defs/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/locations", schemaPath: "#/properties/locations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data18 = data.evidence;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
        const err34 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status !== void 0) {
      if ("pass" !== data.status) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    const _errs6 = errors;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.error === void 0 && (missing0 = "error")) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var valid3 = _errs7 === errors;
    if (valid3) {
      const err2 = { instancePath, schemaPath: "#/allOf/0/then/not", keyword: "not", params: {}, message: "must NOT be valid" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    } else {
      errors = _errs6;
      if (vErrors !== null) {
        if (_errs6) {
          vErrors.length = _errs6;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.checks !== void 0) {
        let data1 = data.checks;
        if (Array.isArray(data1)) {
          if (data1.length < 1) {
            const err3 = { instancePath: instancePath + "/checks", schemaPath: "#/allOf/0/then/properties/checks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.checks = true;
      props0.status = true;
    }
  }
  if (!valid1) {
    const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.gate === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gate" }, message: "must have required property 'gate'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.startedAt === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.finishedAt === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.outputs === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.resources === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.run === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err19 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      if (1 !== data.schemaVersion) {
        const err20 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data3 = data.gate;
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err21 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err23 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (!(data5 === "pass" || data5 === "fail" || data5 === "error")) {
        const err25 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.startedAt !== void 0) {
      let data6 = data.startedAt;
      if (typeof data6 === "string") {
        if (!formats0.validate(data6)) {
          const err26 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.finishedAt !== void 0) {
      let data7 = data.finishedAt;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err28 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data8 = data.subject;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          let data9 = data8[key1];
          if (typeof data9 !== "string" && !(typeof data9 == "number") && typeof data9 !== "boolean") {
            const err30 = { instancePath: instancePath + "/subject/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/subject/additionalProperties/type", keyword: "type", params: { type: schema31.properties.subject.additionalProperties.type }, message: "must be string,number,boolean" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data10 = data.checks;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data10[i0], { instancePath: instancePath + "/checks/" + i0, parentData: data10, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data12 = data.evidence;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.path === void 0) {
              const err33 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/$defs/evidenceFile/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data13.sha256 === void 0) {
              const err34 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/$defs/evidenceFile/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data13.size === void 0) {
              const err35 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/$defs/evidenceFile/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            for (const key2 in data13) {
              if (!(key2 === "path" || key2 === "sha256" || key2 === "size" || key2 === "role" || key2 === "category")) {
                const err36 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/$defs/evidenceFile/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data13.path !== void 0) {
              let data14 = data13.path;
              if (typeof data14 === "string") {
                if (func2(data14) < 1) {
                  const err37 = { instancePath: instancePath + "/evidence/" + i1 + "/path", schemaPath: "#/$defs/evidenceFile/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/evidence/" + i1 + "/path", schemaPath: "#/$defs/evidenceFile/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data13.sha256 !== void 0) {
              let data15 = data13.sha256;
              if (typeof data15 === "string") {
                if (!pattern7.test(data15)) {
                  const err39 = { instancePath: instancePath + "/evidence/" + i1 + "/sha256", schemaPath: "#/$defs/evidenceFile/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/evidence/" + i1 + "/sha256", schemaPath: "#/$defs/evidenceFile/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data13.size !== void 0) {
              let data16 = data13.size;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                const err41 = { instancePath: instancePath + "/evidence/" + i1 + "/size", schemaPath: "#/$defs/evidenceFile/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data16 == "number") {
                if (data16 < 0 || isNaN(data16)) {
                  const err42 = { instancePath: instancePath + "/evidence/" + i1 + "/size", schemaPath: "#/$defs/evidenceFile/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
            }
            if (data13.role !== void 0) {
              let data17 = data13.role;
              if (!(data17 === "input" || data17 === "output" || data17 === "report")) {
                const err43 = { instancePath: instancePath + "/evidence/" + i1 + "/role", schemaPath: "#/$defs/evidenceFile/properties/role/enum", keyword: "enum", params: { allowedValues: schema34.properties.role.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data13.category !== void 0) {
              if (typeof data13.category !== "string") {
                const err44 = { instancePath: instancePath + "/evidence/" + i1 + "/category", schemaPath: "#/$defs/evidenceFile/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/evidence/" + i1, schemaPath: "#/$defs/evidenceFile/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data19 = data.metrics;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key3 in data19) {
          if (!(typeof data19[key3] == "number")) {
            const err47 = { instancePath: instancePath + "/metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      let data21 = data.outputs;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key4 in data21) {
          if (typeof data21[key4] !== "string") {
            const err49 = { instancePath: instancePath + "/outputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/outputs/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data23 = data.resources;
      if (Array.isArray(data23)) {
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data24 = data23[i2];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.kind === void 0) {
              const err51 = { instancePath: instancePath + "/resources/" + i2, schemaPath: "#/$defs/resource/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data24.uri === void 0) {
              const err52 = { instancePath: instancePath + "/resources/" + i2, schemaPath: "#/$defs/resource/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data24.at === void 0) {
              const err53 = { instancePath: instancePath + "/resources/" + i2, schemaPath: "#/$defs/resource/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key5 in data24) {
              if (!(key5 === "kind" || key5 === "uri" || key5 === "method" || key5 === "status" || key5 === "digest" || key5 === "at")) {
                const err54 = { instancePath: instancePath + "/resources/" + i2, schemaPath: "#/$defs/resource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data24.kind !== void 0) {
              let data25 = data24.kind;
              if (!(data25 === "registry" || data25 === "http" || data25 === "github-api" || data25 === "transparency-log" || data25 === "oidc" || data25 === "process" || data25 === "file")) {
                const err55 = { instancePath: instancePath + "/resources/" + i2 + "/kind", schemaPath: "#/$defs/resource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema35.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data24.uri !== void 0) {
              let data26 = data24.uri;
              if (typeof data26 === "string") {
                if (func2(data26) < 1) {
                  const err56 = { instancePath: instancePath + "/resources/" + i2 + "/uri", schemaPath: "#/$defs/resource/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/resources/" + i2 + "/uri", schemaPath: "#/$defs/resource/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data24.method !== void 0) {
              if (typeof data24.method !== "string") {
                const err58 = { instancePath: instancePath + "/resources/" + i2 + "/method", schemaPath: "#/$defs/resource/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data24.status !== void 0) {
              if (typeof data24.status !== "string") {
                const err59 = { instancePath: instancePath + "/resources/" + i2 + "/status", schemaPath: "#/$defs/resource/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data24.digest !== void 0) {
              if (typeof data24.digest !== "string") {
                const err60 = { instancePath: instancePath + "/resources/" + i2 + "/digest", schemaPath: "#/$defs/resource/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data24.at !== void 0) {
              let data30 = data24.at;
              if (typeof data30 === "string") {
                if (!formats0.validate(data30)) {
                  const err61 = { instancePath: instancePath + "/resources/" + i2 + "/at", schemaPath: "#/$defs/resource/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/resources/" + i2 + "/at", schemaPath: "#/$defs/resource/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/resources/" + i2, schemaPath: "#/$defs/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data31 = data.inputs;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key6 in data31) {
          if (typeof data31[key6] !== "string") {
            const err65 = { instancePath: instancePath + "/inputs/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/inputs/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data33 = data.run;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (data33.provider === void 0) {
          const err67 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/run/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        for (const key7 in data33) {
          if (!func1.call(schema36.properties, key7)) {
            const err68 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data33.provider !== void 0) {
          let data34 = data33.provider;
          if (!(data34 === "github-actions" || data34 === "local")) {
            const err69 = { instancePath: instancePath + "/run/provider", schemaPath: "#/$defs/run/properties/provider/enum", keyword: "enum", params: { allowedValues: schema36.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data33.repository !== void 0) {
          if (typeof data33.repository !== "string") {
            const err70 = { instancePath: instancePath + "/run/repository", schemaPath: "#/$defs/run/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data33.runId !== void 0) {
          if (typeof data33.runId !== "string") {
            const err71 = { instancePath: instancePath + "/run/runId", schemaPath: "#/$defs/run/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data33.runAttempt !== void 0) {
          if (typeof data33.runAttempt !== "string") {
            const err72 = { instancePath: instancePath + "/run/runAttempt", schemaPath: "#/$defs/run/properties/runAttempt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data33.workflow !== void 0) {
          if (typeof data33.workflow !== "string") {
            const err73 = { instancePath: instancePath + "/run/workflow", schemaPath: "#/$defs/run/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data33.workflowRef !== void 0) {
          if (typeof data33.workflowRef !== "string") {
            const err74 = { instancePath: instancePath + "/run/workflowRef", schemaPath: "#/$defs/run/properties/workflowRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data33.job !== void 0) {
          if (typeof data33.job !== "string") {
            const err75 = { instancePath: instancePath + "/run/job", schemaPath: "#/$defs/run/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data33.step !== void 0) {
          if (typeof data33.step !== "string") {
            const err76 = { instancePath: instancePath + "/run/step", schemaPath: "#/$defs/run/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data33.event !== void 0) {
          if (typeof data33.event !== "string") {
            const err77 = { instancePath: instancePath + "/run/event", schemaPath: "#/$defs/run/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data33.sha !== void 0) {
          if (typeof data33.sha !== "string") {
            const err78 = { instancePath: instancePath + "/run/sha", schemaPath: "#/$defs/run/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data33.ref !== void 0) {
          if (typeof data33.ref !== "string") {
            const err79 = { instancePath: instancePath + "/run/ref", schemaPath: "#/$defs/run/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data33.actor !== void 0) {
          if (typeof data33.actor !== "string") {
            const err80 = { instancePath: instancePath + "/run/actor", schemaPath: "#/$defs/run/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data33.serverUrl !== void 0) {
          if (typeof data33.serverUrl !== "string") {
            const err81 = { instancePath: instancePath + "/run/serverUrl", schemaPath: "#/$defs/run/properties/serverUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.error !== void 0) {
      let data47 = data.error;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (data47.code === void 0) {
          const err83 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        if (data47.message === void 0) {
          const err84 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        for (const key8 in data47) {
          if (!(key8 === "code" || key8 === "message" || key8 === "file" || key8 === "line" || key8 === "field")) {
            const err85 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data47.code !== void 0) {
          let data48 = data47.code;
          if (typeof data48 === "string") {
            if (!pattern8.test(data48)) {
              const err86 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/properties/code/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/error/code", schemaPath: "#/properties/error/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data47.message !== void 0) {
          let data49 = data47.message;
          if (typeof data49 === "string") {
            if (func2(data49) < 1) {
              const err88 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data47.file !== void 0) {
          if (typeof data47.file !== "string") {
            const err90 = { instancePath: instancePath + "/error/file", schemaPath: "#/properties/error/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data47.line !== void 0) {
          let data51 = data47.line;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
            const err91 = { instancePath: instancePath + "/error/line", schemaPath: "#/properties/error/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          if (typeof data51 == "number") {
            if (data51 < 1 || isNaN(data51)) {
              const err92 = { instancePath: instancePath + "/error/line", schemaPath: "#/properties/error/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
        }
        if (data47.field !== void 0) {
          if (typeof data47.field !== "string") {
            const err93 = { instancePath: instancePath + "/error/field", schemaPath: "#/properties/error/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// packages/action-kit/src/schema.ts
var validator = gate_result_validate_generated_default;
function validateGateResult(result) {
  if (validator(result)) return;
  const problems = (validator.errors ?? []).map((e) => `${formatFieldPath(errorSegments(e))}: ${e.message}`);
  throw new GateError(
    "INTERNAL",
    `the gate produced a result that does not match gate-result.schema.json: ${problems.join("; ")}`
  );
}

// packages/action-kit/src/inputs.ts
var RawInputs = class {
  values;
  constructor(values) {
    const map = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(values)) if (v !== void 0) map.set(k, v.trim());
    this.values = map;
  }
  /** Every input with a non-empty value, for the record of what the gate ran with. */
  entries() {
    return [...this.values].filter(([, v]) => v !== "");
  }
  /** The value, or undefined when empty or absent. */
  optional(name) {
    const v = this.values.get(name);
    return v === void 0 || v === "" ? void 0 : v;
  }
  /** The value; an empty or absent input is INPUT_MISSING. */
  required(name, why) {
    const v = this.optional(name);
    if (v === void 0) {
      throw new GateError("INPUT_MISSING", `input '${name}' is required${why ? ` ${why}` : ""}`, { field: name });
    }
    return v;
  }
  /** One of the allowed values. */
  oneOf(name, allowed, fallback) {
    const v = this.optional(name) ?? fallback;
    if (v === void 0) return this.required(name);
    if (!allowed.includes(v)) {
      throw new GateError("INPUT_INVALID", `input '${name}' is '${v}'; use one of: ${allowed.join(", ")}`, {
        field: name
      });
    }
    return v;
  }
  /** A newline- or comma-separated list; empty gives []. */
  list(name) {
    const v = this.optional(name);
    return v === void 0 ? [] : splitList(v);
  }
  /** A newline-separated list (commas are kept, for values that contain them). */
  lines(name) {
    const v = this.optional(name);
    return v === void 0 ? [] : v.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
  }
  /** A YAML 1.2 boolean: true/True/TRUE or false/False/FALSE, as the Actions toolkit reads them. */
  boolean(name, fallback = false) {
    const v = this.optional(name);
    if (v === void 0) return fallback;
    if (["true", "True", "TRUE"].includes(v)) return true;
    if (["false", "False", "FALSE"].includes(v)) return false;
    throw new GateError("INPUT_INVALID", `input '${name}' is '${v}'; use true or false`, { field: name });
  }
  /** An integer within bounds. */
  integer(name, options = {}) {
    const v = this.optional(name);
    if (v === void 0) return options.fallback;
    if (!/^-?\d+$/.test(v)) {
      throw new GateError("INPUT_INVALID", `input '${name}' is '${v}'; expected a whole number`, { field: name });
    }
    const n = Number(v);
    if (!Number.isSafeInteger(n) || options.min !== void 0 && n < options.min || options.max !== void 0 && n > options.max) {
      const range = [
        options.min !== void 0 ? `at least ${options.min}` : "",
        options.max !== void 0 ? `at most ${options.max}` : ""
      ].filter(Boolean).join(" and ");
      throw new GateError("INPUT_INVALID", `input '${name}' is ${v}; it must be ${range || "a safe integer"}`, {
        field: name
      });
    }
    return n;
  }
};

// packages/action-kit/src/run.ts
var REPORT_DIR_INPUT = "report-dir";
var stderrLogger = {
  info: (m) => process.stderr.write(`${m}
`),
  warning: (m) => process.stderr.write(`warning: ${m}
`),
  debug: (m) => {
    if (process.env.AI_ACT_GATES_DEBUG) process.stderr.write(`debug: ${m}
`);
  }
};
function resolveWorkspace(options) {
  const env = options.env ?? process.env;
  return path.resolve(options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
}
async function executeGate(def, values, options = {}) {
  const env = options.env ?? process.env;
  const workspace = resolveWorkspace(options);
  const raw = new RawInputs(values);
  const secret = /* @__PURE__ */ new Set(["github-token", ...def.secretInputs ?? []]);
  const resources = [];
  const reportDirInput = raw.optional(REPORT_DIR_INPUT);
  const context = {
    workspace,
    env,
    run: readRunContext(env),
    reportDir: reportDirInput === void 0 ? void 0 : path.resolve(workspace, reportDirInput),
    log: options.log ?? stderrLogger,
    recordResource: (r) => resources.push({ ...r, at: r.at ?? (/* @__PURE__ */ new Date()).toISOString() }),
    signal: options.signal ?? new AbortController().signal
  };
  const started = /* @__PURE__ */ new Date();
  const result = {
    schemaVersion: 1,
    gate: def.name,
    version: VERSION,
    status: "error",
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    subject: {},
    checks: [],
    evidence: [],
    metrics: {},
    outputs: {},
    resources,
    inputs: Object.fromEntries(raw.entries().map(([k, v]) => [k, secret.has(k) ? "***" : v])),
    run: context.run
  };
  try {
    const inputs = await def.parseInputs(raw, context);
    const run = await def.run(inputs, context);
    result.subject = run.subject;
    result.checks = run.checks;
    result.evidence = run.evidence ?? [];
    result.metrics = run.metrics ?? {};
    result.outputs = run.outputs ?? {};
    result.status = deriveStatus(run.checks);
    if (run.checks.length === 0) {
      throw new GateError("EMPTY_INPUT", "the gate ran no checks; an empty result is never a pass");
    }
  } catch (error) {
    const e = toGateError(error);
    result.status = "error";
    result.error = {
      code: e.code,
      message: e.message,
      ...e.location.file !== void 0 ? { file: e.location.file } : {},
      ...e.location.line !== void 0 ? { line: e.location.line } : {},
      ...e.location.field !== void 0 ? { field: e.location.field } : {}
    };
    if (e.code === "INTERNAL" && error instanceof Error && error.stack) context.log.debug(error.stack);
  }
  const finished = /* @__PURE__ */ new Date();
  result.finishedAt = finished.toISOString();
  result.metrics.durationMs = finished.getTime() - started.getTime();
  result.outputs.status = result.status;
  try {
    validateGateResult(result);
  } catch (error) {
    const e = toGateError(error);
    result.status = "error";
    result.outputs = { status: "error" };
    result.error = { code: e.code, message: e.message };
  }
  return result;
}

export {
  REPORT_DIR_INPUT,
  executeGate,
  GATES,
  hasGate
};
