import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-YNAGGN6M.js";
import "./chunk-CWLVJ35B.js";
import "./chunk-B4HDOMAQ.js";
import "./chunk-NHAXUZ2H.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
