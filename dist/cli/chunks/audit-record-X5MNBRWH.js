import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-VVQS2JKC.js";
import "./chunk-O2Y74AUI.js";
import "./chunk-3QM4KNAD.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-65R2XHWN.js";
import "./chunk-IRNOS7YX.js";
import "./chunk-RXZDSDLI.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
