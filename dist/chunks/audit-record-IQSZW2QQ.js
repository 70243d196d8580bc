import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-JJ27464H.js";
import "./chunk-4VFIABEM.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-KQ6MCATO.js";
import "./chunk-NDYAZ3ZA.js";
import "./chunk-66JNDFYX.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
