import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-ML6VAUI3.js";
import "./chunk-4QX27BN3.js";
import "./chunk-IRNOS7YX.js";
import "./chunk-RXZDSDLI.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
