import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-A3CVUI5E.js";
import "./chunk-HCJRJJLJ.js";
import "./chunk-3MLGQUVG.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-2RDYGR3Z.js";
import "./chunk-ZQDSSJEI.js";
import "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
