import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  auditRecordGate
} from "./chunk-5THLSGJ5.js";
import "./chunk-JL64HKLZ.js";
import "./chunk-U5L2WEIX.js";
import "./chunk-SB65L5LJ.js";
import "./chunk-63GBACKG.js";
import "./chunk-3QCGL6XP.js";
import "./chunk-LQYBORQ2.js";
import "./chunk-UGZ2PGRM.js";
export {
  auditRecordGate as gate
};
