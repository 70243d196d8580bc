import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-JQKA6DZN.js";
import "./chunk-JL64HKLZ.js";
import "./chunk-KEF2XFA7.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-IPLN4ZFT.js";
import "./chunk-MPP23RAT.js";
import "./chunk-COJOBSMP.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
