import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-F7LCDOSE.js";
import "./chunk-7CKMPR57.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-XEFPQ6EZ.js";
import "./chunk-PUBFT4PB.js";
import "./chunk-NRNJ7XIS.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
