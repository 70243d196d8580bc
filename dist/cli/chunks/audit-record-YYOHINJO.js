import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-XESKP346.js";
import "./chunk-5E6KGN6E.js";
import "./chunk-IPTBKDPL.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-CWLVJ35B.js";
import "./chunk-B4HDOMAQ.js";
import "./chunk-NHAXUZ2H.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
