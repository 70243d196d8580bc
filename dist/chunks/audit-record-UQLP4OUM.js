import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-UOJWY3WH.js";
import "./chunk-GHTFEUJV.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-SOP2F42W.js";
import "./chunk-V3MAKUX6.js";
import "./chunk-2INAFDL3.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
