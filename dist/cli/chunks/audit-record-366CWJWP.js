import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-4FK3Q36S.js";
import "./chunk-HCJRJJLJ.js";
import "./chunk-JDAF47NM.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-2DUOF2RJ.js";
import "./chunk-5RL7LEH4.js";
import "./chunk-UCYTYHMR.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
