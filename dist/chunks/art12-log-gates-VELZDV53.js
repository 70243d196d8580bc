import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-7YBQQRLM.js";
import "./chunk-I67U36ZN.js";
import "./chunk-4NF6EAOU.js";
import "./chunk-MTOYYTHY.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
