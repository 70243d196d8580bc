import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-NDWYISFS.js";
import "./chunk-HLJ3VJ26.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-KQ6MCATO.js";
import "./chunk-FEY6F2VB.js";
import "./chunk-66JNDFYX.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
