import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-6TQPWTR3.js";
import "./chunk-2DUOF2RJ.js";
import "./chunk-5RL7LEH4.js";
import "./chunk-UCYTYHMR.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
