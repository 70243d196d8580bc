import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-YN4OI2KG.js";
import "./chunk-YNPUPWYU.js";
import "./chunk-NNXWVMFH.js";
import "./chunk-MY767ETA.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
