import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-HT4UP73G.js";
import "./chunk-XEFPQ6EZ.js";
import "./chunk-PUBFT4PB.js";
import "./chunk-NRNJ7XIS.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
