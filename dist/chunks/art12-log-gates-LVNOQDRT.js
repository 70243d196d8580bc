import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-VU3C5UVZ.js";
import "./chunk-KQ6MCATO.js";
import "./chunk-NDYAZ3ZA.js";
import "./chunk-66JNDFYX.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
