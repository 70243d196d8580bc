import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-OLUEKJSX.js";
import "./chunk-HCJRJJLJ.js";
import "./chunk-ZNY52VNC.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-I67U36ZN.js";
import "./chunk-4NF6EAOU.js";
import "./chunk-MTOYYTHY.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
