import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  art12LogGates
} from "./chunk-A7D5DJPB.js";
import "./chunk-2RDYGR3Z.js";
import "./chunk-ZQDSSJEI.js";
import "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";
export {
  art12LogGates as gate
};
