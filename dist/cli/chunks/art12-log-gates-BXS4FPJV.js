import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-Q6DOPHRI.js";
import "./chunk-65R2XHWN.js";
import "./chunk-IRNOS7YX.js";
import "./chunk-RXZDSDLI.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
