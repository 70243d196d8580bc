import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-XEBJ5LEE.js";
import "./chunk-63GBACKG.js";
import "./chunk-3QCGL6XP.js";
import "./chunk-LQYBORQ2.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
