import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-LARQ4HOH.js";
import "./chunk-KQ6MCATO.js";
import "./chunk-FEY6F2VB.js";
import "./chunk-66JNDFYX.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
