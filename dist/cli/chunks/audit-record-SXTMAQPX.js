import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-SIMQIKIY.js";
import "./chunk-5E6KGN6E.js";
import "./chunk-G73NI6MV.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-YNPUPWYU.js";
import "./chunk-NNXWVMFH.js";
import "./chunk-MY767ETA.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
