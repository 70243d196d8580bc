import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-TXD3H4DG.js";
import "./chunk-IPLN4ZFT.js";
import "./chunk-MPP23RAT.js";
import "./chunk-COJOBSMP.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
