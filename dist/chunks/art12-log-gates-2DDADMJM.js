import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-OSZQNHJE.js";
import "./chunk-SOP2F42W.js";
import "./chunk-V3MAKUX6.js";
import "./chunk-2INAFDL3.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
