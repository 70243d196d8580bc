import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  GITHUB_ATTESTATION_MAX_BYTES,
  PUBLIC_GOOD,
  attachBundle,
  fileInput,
  findBundles,
  formatReference,
  fulcioClaims,
  getIdentityToken,
  githubApiFor,
  keyOnlyTrustedRoot,
  parseJsonText,
  parseReference,
  pemInput,
  registryClientFor,
  servicesOf,
  signStatement,
  storeAttestation,
  trustedRootFor,
  verifyBundle
} from "./chunk-3MLGQUVG.js";
import "./chunk-SB65L5LJ.js";
import {
  createAjv,
  describeAjvError,
  errorSegments,
  formatFieldPath,
  parseConfigText,
  validateConfig
} from "./chunk-2RDYGR3Z.js";
import {
  expandGlobs,
  resolveInside,
  sha256File,
  sha256Hex,
  toPosixRelative,
  writeFileAtomic
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  TOOL_NAME,
  TOOL_URI,
  VERSION,
  makeCheck,
  toGateError
} from "./chunk-MNDZ67NB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UGZ2PGRM.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js
var require_attachmentEncoding = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AttachmentEncoding = void 0;
    var AttachmentEncoding;
    (function(AttachmentEncoding2) {
      AttachmentEncoding2["Base64"] = "base64";
    })(AttachmentEncoding || (exports.AttachmentEncoding = AttachmentEncoding = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js
var require_componentScope = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentScope = void 0;
    var ComponentScope2;
    (function(ComponentScope3) {
      ComponentScope3["Required"] = "required";
      ComponentScope3["Optional"] = "optional";
      ComponentScope3["Excluded"] = "excluded";
    })(ComponentScope2 || (exports.ComponentScope = ComponentScope2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js
var require_componentType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentType = void 0;
    var ComponentType2;
    (function(ComponentType3) {
      ComponentType3["Application"] = "application";
      ComponentType3["Framework"] = "framework";
      ComponentType3["Library"] = "library";
      ComponentType3["Container"] = "container";
      ComponentType3["Platform"] = "platform";
      ComponentType3["OperatingSystem"] = "operating-system";
      ComponentType3["Device"] = "device";
      ComponentType3["DeviceDriver"] = "device-driver";
      ComponentType3["Firmware"] = "firmware";
      ComponentType3["File"] = "file";
      ComponentType3["MachineLearningModel"] = "machine-learning-model";
      ComponentType3["Data"] = "data";
      ComponentType3["CryptographicAsset"] = "cryptographic-asset";
    })(ComponentType2 || (exports.ComponentType = ComponentType2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js
var require_externalReferenceType = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalReferenceType = void 0;
    var ExternalReferenceType2;
    (function(ExternalReferenceType3) {
      ExternalReferenceType3["VCS"] = "vcs";
      ExternalReferenceType3["IssueTracker"] = "issue-tracker";
      ExternalReferenceType3["Website"] = "website";
      ExternalReferenceType3["Advisories"] = "advisories";
      ExternalReferenceType3["BOM"] = "bom";
      ExternalReferenceType3["MailingList"] = "mailing-list";
      ExternalReferenceType3["Social"] = "social";
      ExternalReferenceType3["Chat"] = "chat";
      ExternalReferenceType3["Documentation"] = "documentation";
      ExternalReferenceType3["Support"] = "support";
      ExternalReferenceType3["SourceDistribution"] = "source-distribution";
      ExternalReferenceType3["Distribution"] = "distribution";
      ExternalReferenceType3["DistributionIntake"] = "distribution-intake";
      ExternalReferenceType3["License"] = "license";
      ExternalReferenceType3["BuildMeta"] = "build-meta";
      ExternalReferenceType3["BuildSystem"] = "build-system";
      ExternalReferenceType3["ReleaseNotes"] = "release-notes";
      ExternalReferenceType3["SecurityContact"] = "security-contact";
      ExternalReferenceType3["ModelCard"] = "model-card";
      ExternalReferenceType3["Log"] = "log";
      ExternalReferenceType3["Configuration"] = "configuration";
      ExternalReferenceType3["Evidence"] = "evidence";
      ExternalReferenceType3["Formulation"] = "formulation";
      ExternalReferenceType3["Attestation"] = "attestation";
      ExternalReferenceType3["ThreatModel"] = "threat-model";
      ExternalReferenceType3["AdversaryModel"] = "adversary-model";
      ExternalReferenceType3["RiskAssessment"] = "risk-assessment";
      ExternalReferenceType3["VulnerabilityAssertion"] = "vulnerability-assertion";
      ExternalReferenceType3["ExploitabilityStatement"] = "exploitability-statement";
      ExternalReferenceType3["PentestReport"] = "pentest-report";
      ExternalReferenceType3["StaticAnalysisReport"] = "static-analysis-report";
      ExternalReferenceType3["DynamicAnalysisReport"] = "dynamic-analysis-report";
      ExternalReferenceType3["RuntimeAnalysisReport"] = "runtime-analysis-report";
      ExternalReferenceType3["ComponentAnalysisReport"] = "component-analysis-report";
      ExternalReferenceType3["MaturityReport"] = "maturity-report";
      ExternalReferenceType3["CertificationReport"] = "certification-report";
      ExternalReferenceType3["CodifiedInfrastructure"] = "codified-infrastructure";
      ExternalReferenceType3["QualityMetrics"] = "quality-metrics";
      ExternalReferenceType3["POAM"] = "poam";
      ExternalReferenceType3["ElectronicSignature"] = "electronic-signature";
      ExternalReferenceType3["DigitalSignature"] = "digital-signature";
      ExternalReferenceType3["RFC9116"] = "rfc-9116";
      ExternalReferenceType3["Citation"] = "citation";
      ExternalReferenceType3["Patent"] = "patent";
      ExternalReferenceType3["PatentAssertion"] = "patent-assertion";
      ExternalReferenceType3["PatentFamily"] = "patent-family";
      ExternalReferenceType3["Other"] = "other";
    })(ExternalReferenceType2 || (exports.ExternalReferenceType = ExternalReferenceType2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js
var require_hashAlogorithm = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashAlgorithm = void 0;
    var HashAlgorithm2;
    (function(HashAlgorithm3) {
      HashAlgorithm3["MD5"] = "MD5";
      HashAlgorithm3["SHA-1"] = "SHA-1";
      HashAlgorithm3["SHA-256"] = "SHA-256";
      HashAlgorithm3["SHA-384"] = "SHA-384";
      HashAlgorithm3["SHA-512"] = "SHA-512";
      HashAlgorithm3["SHA3-256"] = "SHA3-256";
      HashAlgorithm3["SHA3-384"] = "SHA3-384";
      HashAlgorithm3["SHA3-512"] = "SHA3-512";
      HashAlgorithm3["BLAKE2b-256"] = "BLAKE2b-256";
      HashAlgorithm3["BLAKE2b-384"] = "BLAKE2b-384";
      HashAlgorithm3["BLAKE2b-512"] = "BLAKE2b-512";
      HashAlgorithm3["BLAKE3"] = "BLAKE3";
      HashAlgorithm3["Streebog-256"] = "Streebog-256";
      HashAlgorithm3["Streebog-512"] = "Streebog-512";
    })(HashAlgorithm2 || (exports.HashAlgorithm = HashAlgorithm2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js
var require_licenseAcknowledgement = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseAcknowledgement = void 0;
    var LicenseAcknowledgement;
    (function(LicenseAcknowledgement2) {
      LicenseAcknowledgement2["Declared"] = "declared";
      LicenseAcknowledgement2["Concluded"] = "concluded";
    })(LicenseAcknowledgement || (exports.LicenseAcknowledgement = LicenseAcknowledgement = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js
var require_lifecyclePhase = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecyclePhase = void 0;
    var LifecyclePhase;
    (function(LifecyclePhase2) {
      LifecyclePhase2["Design"] = "design";
      LifecyclePhase2["PreBuild"] = "pre-build";
      LifecyclePhase2["Build"] = "build";
      LifecyclePhase2["PostBuild"] = "post-build";
      LifecyclePhase2["Operations"] = "operations";
      LifecyclePhase2["Discovery"] = "discovery";
      LifecyclePhase2["Decommission"] = "decommission";
    })(LifecyclePhase || (exports.LifecyclePhase = LifecyclePhase = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js
var require_affectStatus = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AffectStatus = void 0;
    var AffectStatus;
    (function(AffectStatus2) {
      AffectStatus2["Affected"] = "affected";
      AffectStatus2["Unaffected"] = "unaffected";
      AffectStatus2["Unknown"] = "unknown";
    })(AffectStatus || (exports.AffectStatus = AffectStatus = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js
var require_analysisJustification = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisJustification = void 0;
    var AnalysisJustification;
    (function(AnalysisJustification2) {
      AnalysisJustification2["CodeNotPresent"] = "code_not_present";
      AnalysisJustification2["CodeNotReachable"] = "code_not_reachable";
      AnalysisJustification2["RequiresConfiguration"] = "requires_configuration";
      AnalysisJustification2["RequiresDependency"] = "requires_dependency";
      AnalysisJustification2["RequiresEnvironment"] = "requires_environment";
      AnalysisJustification2["ProtectedByCompiler"] = "protected_by_compiler";
      AnalysisJustification2["ProtectedAtRuntime"] = "protected_at_runtime";
      AnalysisJustification2["ProtectedAtPerimeter"] = "protected_at_perimeter";
      AnalysisJustification2["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
    })(AnalysisJustification || (exports.AnalysisJustification = AnalysisJustification = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js
var require_sortable = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SortableNumbers = exports.SortableStringables = exports.SortableComparables = exports.SortableSet = exports.compareObjectsSymbol = void 0;
    exports.compareObjectsSymbol = /* @__PURE__ */ Symbol("internal compare function");
    var SortableSet = class extends Set {
      sorted() {
        return Array.from(this).sort(this[exports.compareObjectsSymbol]);
      }
      compare(other) {
        const sortedOther = other.sorted();
        const sortedSelf = this.sorted();
        if (sortedSelf.length !== sortedOther.length) {
          return sortedSelf.length - sortedOther.length;
        }
        for (let i = sortedSelf.length - 1; i >= 0; --i) {
          const iCompared = this[exports.compareObjectsSymbol](sortedSelf[i], sortedOther[i]);
          if (iCompared !== 0) {
            return iCompared;
          }
        }
        return 0;
      }
    };
    exports.SortableSet = SortableSet;
    var SortableComparables = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b) {
        if (a.constructor === b.constructor) {
          return a.compare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
      }
    };
    exports.SortableComparables = SortableComparables;
    var SortableStringables = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b) {
        return a.toString().localeCompare(b.toString());
      }
    };
    exports.SortableStringables = SortableStringables;
    var SortableNumbers = class extends SortableSet {
      [exports.compareObjectsSymbol](a, b) {
        return a - b;
      }
    };
    exports.SortableNumbers = SortableNumbers;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js
var require_analysisResponse = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisResponseRepository = exports.AnalysisResponse = void 0;
    var sortable_1 = require_sortable();
    var AnalysisResponse;
    (function(AnalysisResponse2) {
      AnalysisResponse2["CanNotFix"] = "can_not_fix";
      AnalysisResponse2["WillNotFix"] = "will_not_fix";
      AnalysisResponse2["Update"] = "update";
      AnalysisResponse2["Rollback"] = "rollback";
      AnalysisResponse2["WorkaroundAvailable"] = "workaround_available";
    })(AnalysisResponse || (exports.AnalysisResponse = AnalysisResponse = {}));
    var AnalysisResponseRepository = class extends sortable_1.SortableStringables {
    };
    exports.AnalysisResponseRepository = AnalysisResponseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js
var require_analysisState = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisState = void 0;
    var AnalysisState;
    (function(AnalysisState2) {
      AnalysisState2["Resolved"] = "resolved";
      AnalysisState2["ResolvedWithPedigree"] = "resolved_with_pedigree";
      AnalysisState2["Exploitable"] = "exploitable";
      AnalysisState2["InTriage"] = "in_triage";
      AnalysisState2["FalsePositive"] = "false_positive";
      AnalysisState2["NotAffected"] = "not_affected";
    })(AnalysisState || (exports.AnalysisState = AnalysisState = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js
var require_ratingMethod = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RatingMethod = void 0;
    var RatingMethod;
    (function(RatingMethod2) {
      RatingMethod2["CVSSv2"] = "CVSSv2";
      RatingMethod2["CVSSv3"] = "CVSSv3";
      RatingMethod2["CVSSv31"] = "CVSSv31";
      RatingMethod2["CVSSv4"] = "CVSSv4";
      RatingMethod2["OWASP"] = "OWASP";
      RatingMethod2["SSVC"] = "SSVC";
      RatingMethod2["Other"] = "other";
    })(RatingMethod || (exports.RatingMethod = RatingMethod = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js
var require_severity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Severity = void 0;
    var Severity;
    (function(Severity2) {
      Severity2["Critical"] = "critical";
      Severity2["High"] = "high";
      Severity2["Medium"] = "medium";
      Severity2["Low"] = "low";
      Severity2["Info"] = "info";
      Severity2["None"] = "none";
      Severity2["Unknown"] = "unknown";
    })(Severity || (exports.Severity = Severity = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js
var require_vulnerability = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_affectStatus(), exports);
    __exportStar(require_analysisJustification(), exports);
    __exportStar(require_analysisResponse(), exports);
    __exportStar(require_analysisState(), exports);
    __exportStar(require_ratingMethod(), exports);
    __exportStar(require_severity(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var require_enums = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Vulnerability = void 0;
    __exportStar(require_attachmentEncoding(), exports);
    __exportStar(require_componentScope(), exports);
    __exportStar(require_componentType(), exports);
    __exportStar(require_externalReferenceType(), exports);
    __exportStar(require_hashAlogorithm(), exports);
    __exportStar(require_licenseAcknowledgement(), exports);
    __exportStar(require_lifecyclePhase(), exports);
    exports.Vulnerability = __importStar(require_vulnerability());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js
var require_attachment = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/attachment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Attachment = void 0;
    var Attachment = class {
      contentType;
      content;
      encoding;
      constructor(content, op = {}) {
        this.contentType = op.contentType;
        this.content = content;
        this.encoding = op.encoding;
      }
    };
    exports.Attachment = Attachment;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js
var require_integer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/integer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isInteger = isInteger;
    exports.isNonNegativeInteger = isNonNegativeInteger;
    exports.isPositiveInteger = isPositiveInteger;
    function isInteger(value) {
      return Number.isInteger(value);
    }
    function isNonNegativeInteger(value) {
      return isInteger(value) && value >= 0;
    }
    function isPositiveInteger(value) {
      return isInteger(value) && value > 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js
var require_tree = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.treeIteratorSymbol = void 0;
    exports.treeIteratorSymbol = /* @__PURE__ */ Symbol("iterator of a tree/nesting-like structure");
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cpe.js
var require_cpe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cpe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isCPE = isCPE;
    var cpePattern = /^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;
    function isCPE(value) {
      return typeof value === "string" && cpePattern.test(value);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js
var require_bomRef = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomRefRepository = exports.BomRef = void 0;
    var BomRef = class {
      value;
      constructor(value) {
        this.value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value ?? "";
      }
    };
    exports.BomRef = BomRef;
    var BomRefRepository = class extends Set {
    };
    exports.BomRefRepository = BomRefRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/copyright.js
var require_copyright = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/copyright.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CopyrightRepository = void 0;
    var sortable_1 = require_sortable();
    var CopyrightRepository = class extends sortable_1.SortableStringables {
    };
    exports.CopyrightRepository = CopyrightRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/hash.js
var require_hash = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/hash.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashDictionary = void 0;
    var HashDictionary2 = class _HashDictionary extends Map {
      static #compareItems([a1, c1], [a2, c2]) {
        return a1.localeCompare(a2) || c1.localeCompare(c2);
      }
      sorted() {
        return Array.from(this.entries()).sort(_HashDictionary.#compareItems);
      }
    };
    exports.HashDictionary = HashDictionary2;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js
var require_externalReference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ExternalReferenceRepository = exports.ExternalReference = void 0;
    var sortable_1 = require_sortable();
    var hash_1 = require_hash();
    var ExternalReference2 = class {
      url;
      type;
      hashes;
      comment;
      constructor(url, type, op = {}) {
        this.url = url;
        this.type = type;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.comment = op.comment;
      }
      compare(other) {
        return this.type.localeCompare(other.type) || this.url.toString().localeCompare(other.url.toString());
      }
    };
    exports.ExternalReference = ExternalReference2;
    var ExternalReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ExternalReferenceRepository = ExternalReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/property.js
var require_property = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyRepository = exports.Property = void 0;
    var sortable_1 = require_sortable();
    var Property2 = class {
      name;
      value;
      constructor(name, value) {
        this.name = name;
        this.value = value;
      }
      compare(other) {
        return this.name.localeCompare(other.name) || this.value.localeCompare(other.value);
      }
    };
    exports.Property = Property2;
    var PropertyRepository = class extends sortable_1.SortableComparables {
    };
    exports.PropertyRepository = PropertyRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/license.js
var require_license = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/license.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseRepository = exports.SpdxLicense = exports.NamedLicense = exports.LicenseExpression = void 0;
    var property_1 = require_property();
    var LicenseExpression2 = class {
      #expression;
      acknowledgement;
      constructor(expression) {
        this.expression = expression;
      }
      get expression() {
        return this.#expression;
      }
      set expression(value) {
        if (value === "") {
          throw new RangeError("value is empty string");
        }
        this.#expression = value;
      }
      compare(other) {
        return this.#expression.localeCompare(other.#expression);
      }
    };
    exports.LicenseExpression = LicenseExpression2;
    var DisjunctiveLicenseBase = class {
      acknowledgement;
      text;
      #url;
      properties;
      constructor(op = {}) {
        this.acknowledgement = op.acknowledgement;
        this.text = op.text;
        this.url = op.url;
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get url() {
        return this.#url;
      }
      set url(value) {
        this.#url = value === "" ? void 0 : value;
      }
    };
    var NamedLicense = class extends DisjunctiveLicenseBase {
      name;
      constructor(name, op = {}) {
        super(op);
        this.name = name;
      }
      compare(other) {
        return this.name.localeCompare(other.name);
      }
    };
    exports.NamedLicense = NamedLicense;
    var SpdxLicense = class extends DisjunctiveLicenseBase {
      #id;
      constructor(id, op = {}) {
        super(op);
        this.id = id;
      }
      get id() {
        return this.#id;
      }
      set id(value) {
        if (value === "") {
          throw new RangeError("value is empty string");
        }
        this.#id = value;
      }
      compare(other) {
        return this.#id.localeCompare(other.#id);
      }
    };
    exports.SpdxLicense = SpdxLicense;
    var LicenseRepository = class _LicenseRepository extends Set {
      static #compareItems(a, b) {
        if (a.constructor === b.constructor) {
          return a.compare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
      }
      sorted() {
        return Array.from(this).sort(_LicenseRepository.#compareItems);
      }
    };
    exports.LicenseRepository = LicenseRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/component.js
var require_component = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/component.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentEvidence = exports.ComponentRepository = exports.Component = void 0;
    var sortable_1 = require_sortable();
    var tree_1 = require_tree();
    var cpe_1 = require_cpe();
    var bomRef_1 = require_bomRef();
    var copyright_1 = require_copyright();
    var externalReference_1 = require_externalReference();
    var hash_1 = require_hash();
    var license_1 = require_license();
    var property_1 = require_property();
    var Component2 = class {
      type;
      name;
      author;
      copyright;
      description;
      externalReferences;
      group;
      hashes;
      licenses;
      publisher;
      purl;
      scope;
      supplier;
      swid;
      version;
      components;
      properties;
      evidence;
      #bomRef;
      #cpe;
      dependencies;
      constructor(type, name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.type = type;
        this.name = name;
        this.supplier = op.supplier;
        this.author = op.author;
        this.copyright = op.copyright;
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.group = op.group;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.publisher = op.publisher;
        this.purl = op.purl;
        this.scope = op.scope;
        this.swid = op.swid;
        this.version = op.version;
        this.description = op.description;
        this.components = op.components ?? new ComponentRepository();
        this.cpe = op.cpe;
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.evidence = op.evidence;
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      get cpe() {
        return this.#cpe;
      }
      set cpe(value) {
        if (value !== void 0 && !(0, cpe_1.isCPE)(value)) {
          throw new TypeError("Not CPE nor undefined");
        }
        this.#cpe = value;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        if (this.purl !== void 0 && other.purl !== void 0) {
          return this.purl.localeCompare(other.purl);
        }
        if (this.#cpe !== void 0 && other.#cpe !== void 0) {
          return this.#cpe.localeCompare(other.#cpe);
        }
        return (this.group ?? "").localeCompare(other.group ?? "") || this.name.localeCompare(other.name) || (this.version ?? "").localeCompare(other.version ?? "");
      }
    };
    exports.Component = Component2;
    var ComponentRepository = class extends sortable_1.SortableComparables {
      *[tree_1.treeIteratorSymbol]() {
        for (const component of this) {
          yield component;
          yield* component.components[tree_1.treeIteratorSymbol]();
        }
      }
    };
    exports.ComponentRepository = ComponentRepository;
    var ComponentEvidence = class {
      licenses;
      copyright;
      constructor(op = {}) {
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.copyright = op.copyright ?? new copyright_1.CopyrightRepository();
      }
    };
    exports.ComponentEvidence = ComponentEvidence;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js
var require_lifecycle = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecycleRepository = exports.NamedLifecycle = void 0;
    var NamedLifecycle = class {
      name;
      description;
      constructor(name, op = {}) {
        this.name = name;
        this.description = op.description;
      }
      compare(other) {
        return this.name.localeCompare(other.name);
      }
    };
    exports.NamedLifecycle = NamedLifecycle;
    var LifecycleRepository = class _LifecycleRepository extends Set {
      static #compareItems(a, b) {
        if (a.constructor === b.constructor) {
          return a instanceof NamedLifecycle ? a.compare(b) : a.localeCompare(b);
        }
        return a.constructor.name.localeCompare(b.constructor.name);
      }
      sorted() {
        return Array.from(this).sort(_LifecycleRepository.#compareItems);
      }
    };
    exports.LifecycleRepository = LifecycleRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js
var require_organizationalContact = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OrganizationalContactRepository = exports.OrganizationalContact = void 0;
    var sortable_1 = require_sortable();
    var OrganizationalContact = class {
      name;
      email;
      phone;
      constructor(op = {}) {
        this.name = op.name;
        this.email = op.email;
        this.phone = op.phone;
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || (this.email ?? "").localeCompare(other.email ?? "") || (this.phone ?? "").localeCompare(other.phone ?? "");
      }
    };
    exports.OrganizationalContact = OrganizationalContact;
    var OrganizationalContactRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalContactRepository = OrganizationalContactRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/service.js
var require_service = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/service.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ServiceRepository = exports.Service = void 0;
    var sortable_1 = require_sortable();
    var tree_1 = require_tree();
    var bomRef_1 = require_bomRef();
    var externalReference_1 = require_externalReference();
    var license_1 = require_license();
    var property_1 = require_property();
    var Service = class {
      provider;
      group;
      name;
      version;
      description;
      licenses;
      externalReferences;
      services;
      properties;
      #bomRef;
      dependencies;
      constructor(name, op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.provider = op.provider;
        this.group = op.group;
        this.name = name;
        this.version = op.version;
        this.description = op.description;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
        this.services = op.services ?? new ServiceRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        return (this.group ?? "").localeCompare(other.group ?? "") || this.name.localeCompare(other.name) || (this.version ?? "").localeCompare(other.version ?? "");
      }
    };
    exports.Service = Service;
    var ServiceRepository = class extends sortable_1.SortableComparables {
      *[tree_1.treeIteratorSymbol]() {
        for (const service of this) {
          yield service;
          yield* service.services[tree_1.treeIteratorSymbol]();
        }
      }
    };
    exports.ServiceRepository = ServiceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/tool.js
var require_tool = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/tool.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Tools = exports.ToolRepository = exports.Tool = void 0;
    var sortable_1 = require_sortable();
    var component_1 = require_component();
    var externalReference_1 = require_externalReference();
    var hash_1 = require_hash();
    var service_1 = require_service();
    var Tool = class _Tool {
      vendor;
      name;
      version;
      hashes;
      externalReferences;
      constructor(op = {}) {
        this.vendor = op.vendor;
        this.name = op.name;
        this.version = op.version;
        this.hashes = op.hashes ?? new hash_1.HashDictionary();
        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
      }
      compare(other) {
        return (this.vendor ?? "").localeCompare(other.vendor ?? "") || (this.name ?? "").localeCompare(other.name ?? "") || (this.version ?? "").localeCompare(other.version ?? "");
      }
      static fromComponent(component) {
        return new _Tool({
          vendor: component.group,
          name: component.name,
          version: component.version,
          hashes: component.hashes,
          externalReferences: component.externalReferences
        });
      }
      static fromService(service) {
        return new _Tool({
          vendor: service.group,
          name: service.name,
          version: service.version,
          externalReferences: service.externalReferences
        });
      }
    };
    exports.Tool = Tool;
    var ToolRepository = class extends sortable_1.SortableComparables {
    };
    exports.ToolRepository = ToolRepository;
    var Tools = class {
      components;
      services;
      tools;
      constructor(op = {}) {
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.tools = op.tools ?? new ToolRepository();
      }
      get size() {
        return this.components.size + this.services.size + this.tools.size;
      }
    };
    exports.Tools = Tools;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js
var require_metadata = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Metadata = void 0;
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var organizationalContact_1 = require_organizationalContact();
    var property_1 = require_property();
    var tool_1 = require_tool();
    var Metadata = class {
      timestamp;
      lifecycles;
      tools;
      authors;
      component;
      manufacture;
      supplier;
      licenses;
      properties;
      constructor(op = {}) {
        this.timestamp = op.timestamp;
        this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository();
        this.tools = op.tools ?? new tool_1.Tools();
        this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository();
        this.component = op.component;
        this.manufacture = op.manufacture;
        this.supplier = op.supplier;
        this.licenses = op.licenses ?? new license_1.LicenseRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
    };
    exports.Metadata = Metadata;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js
var require_cwe = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/types/cwe.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CweRepository = void 0;
    exports.isCWE = isCWE;
    var sortable_1 = require_sortable();
    var integer_1 = require_integer();
    function isCWE(value) {
      return (0, integer_1.isPositiveInteger)(value);
    }
    var CweRepository = class extends sortable_1.SortableNumbers {
    };
    exports.CweRepository = CweRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js
var require_advisory = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AdvisoryRepository = exports.Advisory = void 0;
    var sortable_1 = require_sortable();
    var Advisory = class {
      title;
      url;
      constructor(url, op = {}) {
        this.url = url;
        this.title = op.title;
      }
      compare(other) {
        return this.url.toString().localeCompare(other.url.toString()) || (this.title ?? "").localeCompare(other.title ?? "");
      }
    };
    exports.Advisory = Advisory;
    var AdvisoryRepository = class extends sortable_1.SortableComparables {
    };
    exports.AdvisoryRepository = AdvisoryRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js
var require_affect = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AffectedVersionRepository = exports.AffectedVersionRange = exports.AffectedSingleVersion = exports.AffectRepository = exports.Affect = void 0;
    var sortable_1 = require_sortable();
    var Affect = class {
      ref;
      versions;
      constructor(ref, op = {}) {
        this.ref = ref;
        this.versions = op.versions ?? new AffectedVersionRepository();
      }
      compare(other) {
        return this.ref.compare(other.ref) || this.versions.compare(other.versions);
      }
    };
    exports.Affect = Affect;
    var AffectRepository = class extends sortable_1.SortableComparables {
    };
    exports.AffectRepository = AffectRepository;
    var AffectedSingleVersion = class {
      version;
      status;
      constructor(version, op = {}) {
        this.version = version;
        this.status = op.status;
      }
      compare(other) {
        return this.version.localeCompare(other.version) || (this.status ?? "").localeCompare(other.status ?? "");
      }
    };
    exports.AffectedSingleVersion = AffectedSingleVersion;
    var AffectedVersionRange = class {
      range;
      status;
      constructor(range, op = {}) {
        this.range = range;
        this.status = op.status;
      }
      compare(other) {
        return this.range.localeCompare(other.range) || (this.status ?? "").localeCompare(other.status ?? "");
      }
    };
    exports.AffectedVersionRange = AffectedVersionRange;
    var AffectedVersionRepository = class extends sortable_1.SortableComparables {
    };
    exports.AffectedVersionRepository = AffectedVersionRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js
var require_rating = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RatingRepository = exports.Rating = void 0;
    var sortable_1 = require_sortable();
    var Rating = class {
      source;
      score;
      severity;
      method;
      vector;
      justification;
      constructor(op = {}) {
        this.source = op.source;
        this.score = op.score;
        this.severity = op.severity;
        this.method = op.method;
        this.vector = op.vector;
        this.justification = op.justification;
      }
      compare(other) {
        return (this.score ?? 0) - (other.score ?? 0) || (this.vector ?? "").localeCompare(other.vector ?? "") || (this.justification ?? "").localeCompare(other.justification ?? "") || (this.severity ?? "").localeCompare(other.severity ?? "") || (this.method ?? "").localeCompare(other.method ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0);
      }
    };
    exports.Rating = Rating;
    var RatingRepository = class extends sortable_1.SortableComparables {
    };
    exports.RatingRepository = RatingRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js
var require_reference = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ReferenceRepository = exports.Reference = void 0;
    var sortable_1 = require_sortable();
    var Reference = class {
      id;
      source;
      constructor(id, source) {
        this.id = id;
        this.source = source;
      }
      compare(other) {
        return this.id.localeCompare(other.id) || this.source.compare(other.source);
      }
    };
    exports.Reference = Reference;
    var ReferenceRepository = class extends sortable_1.SortableComparables {
    };
    exports.ReferenceRepository = ReferenceRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js
var require_vulnerability2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityRepository = exports.Vulnerability = void 0;
    var sortable_1 = require_sortable();
    var cwe_1 = require_cwe();
    var bomRef_1 = require_bomRef();
    var property_1 = require_property();
    var tool_1 = require_tool();
    var advisory_1 = require_advisory();
    var affect_1 = require_affect();
    var rating_1 = require_rating();
    var reference_1 = require_reference();
    var Vulnerability = class {
      #bomRef;
      id;
      source;
      references;
      ratings;
      cwes;
      description;
      detail;
      recommendation;
      advisories;
      created;
      published;
      updated;
      credits;
      tools;
      analysis;
      affects;
      properties;
      constructor(op = {}) {
        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
        this.id = op.id;
        this.source = op.source;
        this.references = op.references ?? new reference_1.ReferenceRepository();
        this.ratings = op.ratings ?? new rating_1.RatingRepository();
        this.cwes = op.cwes ?? new cwe_1.CweRepository();
        this.description = op.description;
        this.detail = op.detail;
        this.recommendation = op.recommendation;
        this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository();
        this.created = op.created;
        this.published = op.published;
        this.updated = op.updated;
        this.credits = op.credits;
        this.tools = op.tools ?? new tool_1.Tools();
        this.analysis = op.analysis;
        this.affects = op.affects ?? new affect_1.AffectRepository();
        this.properties = op.properties ?? new property_1.PropertyRepository();
      }
      get bomRef() {
        return this.#bomRef;
      }
      compare(other) {
        const bomRefCompare = this.bomRef.compare(other.bomRef);
        if (bomRefCompare !== 0) {
          return bomRefCompare;
        }
        return (this.id ?? "").localeCompare(other.id ?? "") || (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) || (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) || (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) || this.ratings.compare(other.ratings) || this.cwes.compare(other.cwes) || (this.description ?? "").localeCompare(other.description ?? "") || (this.detail ?? "").localeCompare(other.detail ?? "") || (this.recommendation ?? "").localeCompare(other.recommendation ?? "") || (this.source && other.source ? this.source.compare(other.source) : 0) || this.properties.compare(other.properties);
      }
    };
    exports.Vulnerability = Vulnerability;
    var VulnerabilityRepository = class extends sortable_1.SortableComparables {
    };
    exports.VulnerabilityRepository = VulnerabilityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js
var require_bom = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bom.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Bom = void 0;
    var integer_1 = require_integer();
    var component_1 = require_component();
    var metadata_1 = require_metadata();
    var service_1 = require_service();
    var vulnerability_1 = require_vulnerability2();
    var Bom2 = class {
      metadata;
      components;
      services;
      vulnerabilities;
      #version = 1;
      #serialNumber;
      constructor(op = {}) {
        this.metadata = op.metadata ?? new metadata_1.Metadata();
        this.components = op.components ?? new component_1.ComponentRepository();
        this.services = op.services ?? new service_1.ServiceRepository();
        this.version = op.version ?? this.version;
        this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository();
        this.serialNumber = op.serialNumber;
      }
      get version() {
        return this.#version;
      }
      set version(value) {
        if (!(0, integer_1.isPositiveInteger)(value)) {
          throw new TypeError("Not PositiveInteger");
        }
        this.#version = value;
      }
      get serialNumber() {
        return this.#serialNumber;
      }
      set serialNumber(value) {
        this.#serialNumber = value === "" ? void 0 : value;
      }
    };
    exports.Bom = Bom2;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js
var require_bomLink = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomLinkElement = exports.BomLinkDocument = void 0;
    var BomLinkBase = class {
      #value;
      constructor(value) {
        this.value = value;
      }
      get value() {
        return this.#value;
      }
      set value(value) {
        if (!this._isValid(value)) {
          throw new RangeError("invalid value");
        }
        this.#value = value;
      }
      compare(other) {
        return this.toString().localeCompare(other.toString());
      }
      toString() {
        return this.value;
      }
    };
    var BomLinkDocument = class _BomLinkDocument extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
      static isValid(value) {
        return typeof value === "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkDocument.isValid(value);
      }
    };
    exports.BomLinkDocument = BomLinkDocument;
    var BomLinkElement = class _BomLinkElement extends BomLinkBase {
      static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
      static isValid(value) {
        return typeof value === "string" && this.#pattern.test(value);
      }
      _isValid(value) {
        return _BomLinkElement.isValid(value);
      }
    };
    exports.BomLinkElement = BomLinkElement;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js
var require_organizationalEntity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OrganizationalEntityRepository = exports.OrganizationalEntity = void 0;
    var sortable_1 = require_sortable();
    var organizationalContact_1 = require_organizationalContact();
    var OrganizationalEntity2 = class {
      name;
      url;
      contact;
      constructor(op = {}) {
        this.name = op.name;
        this.url = op.url ?? /* @__PURE__ */ new Set();
        this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
      }
      compare(other) {
        return (this.name ?? "").localeCompare(other.name ?? "") || this.contact.compare(other.contact) || new sortable_1.SortableStringables(this.url).compare(new sortable_1.SortableStringables(other.url));
      }
    };
    exports.OrganizationalEntity = OrganizationalEntity2;
    var OrganizationalEntityRepository = class extends sortable_1.SortableComparables {
    };
    exports.OrganizationalEntityRepository = OrganizationalEntityRepository;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js
var require_swid = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/swid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SWID = void 0;
    var integer_1 = require_integer();
    var SWID = class {
      tagId;
      name;
      version;
      patch;
      text;
      url;
      #tagVersion;
      constructor(tagId, name, op = {}) {
        this.tagId = tagId;
        this.name = name;
        this.version = op.version;
        this.patch = op.patch;
        this.text = op.text;
        this.url = op.url;
        this.tagVersion = op.tagVersion;
      }
      get tagVersion() {
        return this.#tagVersion;
      }
      set tagVersion(value) {
        if (value !== void 0 && !(0, integer_1.isNonNegativeInteger)(value)) {
          throw new TypeError("Not NonNegativeInteger nor undefined");
        }
        this.#tagVersion = value;
      }
    };
    exports.SWID = SWID;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js
var require_analysis = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Analysis = void 0;
    var analysisResponse_1 = require_analysisResponse();
    var Analysis = class {
      state;
      justification;
      response;
      detail;
      constructor(op = {}) {
        this.state = op.state;
        this.justification = op.justification;
        this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository();
        this.detail = op.detail;
      }
    };
    exports.Analysis = Analysis;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js
var require_credits = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Credits = void 0;
    var organizationalContact_1 = require_organizationalContact();
    var organizationalEntity_1 = require_organizationalEntity();
    var Credits = class {
      organizations;
      individuals;
      constructor(op = {}) {
        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository();
        this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
      }
    };
    exports.Credits = Credits;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js
var require_source = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Source = void 0;
    var Source = class {
      name;
      url;
      constructor(op = {}) {
        this.name = op.name;
        this.url = op.url;
      }
      compare(other) {
        return (this.url?.toString() ?? "").localeCompare(other.url?.toString() ?? "") || (this.name ?? "").localeCompare(other.name ?? "");
      }
    };
    exports.Source = Source;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js
var require_vulnerability3 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_advisory(), exports);
    __exportStar(require_affect(), exports);
    __exportStar(require_analysis(), exports);
    __exportStar(require_credits(), exports);
    __exportStar(require_rating(), exports);
    __exportStar(require_reference(), exports);
    __exportStar(require_source(), exports);
    __exportStar(require_vulnerability2(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var require_models = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Vulnerability = void 0;
    __exportStar(require_attachment(), exports);
    __exportStar(require_bom(), exports);
    __exportStar(require_bomLink(), exports);
    __exportStar(require_bomRef(), exports);
    __exportStar(require_component(), exports);
    __exportStar(require_copyright(), exports);
    __exportStar(require_externalReference(), exports);
    __exportStar(require_hash(), exports);
    __exportStar(require_license(), exports);
    __exportStar(require_lifecycle(), exports);
    __exportStar(require_metadata(), exports);
    __exportStar(require_organizationalContact(), exports);
    __exportStar(require_organizationalEntity(), exports);
    __exportStar(require_property(), exports);
    __exportStar(require_service(), exports);
    __exportStar(require_swid(), exports);
    __exportStar(require_tool(), exports);
    exports.Vulnerability = __importStar(require_vulnerability3());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js
var require_bomRefDiscriminator = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BomRefDiscriminator = void 0;
    var BomRefDiscriminator = class {
      #originalValues;
      #prefix;
      constructor(bomRefs, prefix = "BomRef") {
        this.#originalValues = Array.from(bomRefs, (r) => [r, r.value]);
        this.#prefix = prefix;
      }
      get prefix() {
        return this.#prefix;
      }
      *[Symbol.iterator]() {
        for (const [bomRef] of this.#originalValues) {
          yield bomRef;
        }
      }
      discriminate() {
        const knownRefValues = /* @__PURE__ */ new Set([""]);
        for (const [bomRef] of this.#originalValues) {
          let value = bomRef.value;
          if (value === void 0 || knownRefValues.has(value)) {
            value = this.#makeUniqueId();
            bomRef.value = value;
          }
          knownRefValues.add(value);
        }
      }
      reset() {
        for (const [bomRef, originalValue] of this.#originalValues) {
          bomRef.value = originalValue;
        }
      }
      #makeUniqueId() {
        return `${this.#prefix}${Math.random().toString(32).substring(1)}${Math.random().toString(32).substring(1)}`;
      }
    };
    exports.BomRefDiscriminator = BomRefDiscriminator;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/errors.js
var require_errors = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OptPlugError = void 0;
    var OptPlugError = class extends Error {
      cause;
      constructor(message, cause) {
        super(message);
        this.cause = cause;
      }
    };
    exports.OptPlugError = OptPlugError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/errors.js
var require_errors2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingOptionalDependencyError = void 0;
    var errors_1 = require_errors();
    var MissingOptionalDependencyError = class extends errors_1.OptPlugError {
    };
    exports.MissingOptionalDependencyError = MissingOptionalDependencyError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/types.js
var require_types = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js
var require_baseSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseSerializer = void 0;
    var tree_1 = require_tree();
    var bomRefDiscriminator_1 = require_bomRefDiscriminator();
    var BaseSerializer = class {
      *#getAllBomRefs(bom) {
        if (bom.metadata.component !== void 0) {
          yield bom.metadata.component.bomRef;
          for (const { bomRef } of bom.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            yield bomRef;
          }
        }
        for (const { bomRef } of bom.components[tree_1.treeIteratorSymbol]()) {
          yield bomRef;
        }
        for (const { bomRef } of bom.services[tree_1.treeIteratorSymbol]()) {
          yield bomRef;
        }
        for (const { bomRef } of bom.vulnerabilities) {
          yield bomRef;
        }
      }
      #normalize(bom, options) {
        const bomRefDiscriminator = new bomRefDiscriminator_1.BomRefDiscriminator(this.#getAllBomRefs(bom));
        bomRefDiscriminator.discriminate();
        try {
          return this._normalize(bom, options);
        } finally {
          bomRefDiscriminator.reset();
        }
      }
      serialize(bom, options) {
        return this._serialize(this.#normalize(bom, options), options);
      }
    };
    exports.BaseSerializer = BaseSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js
var require_iterable = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.chainI = chainI;
    function* chainI(...iterables) {
      for (const iterable of iterables) {
        yield* iterable;
      }
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js
var require_notUndefined = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isNotUndefined = isNotUndefined;
    function isNotUndefined(value) {
      return value !== void 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js
var require_uri = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.escapeUri = escapeUri;
    var _ESCAPES = [
      [/ /g, "%20"],
      [/"/g, "%22"],
      [/'/g, "%27"],
      [/\[/g, "%5B"],
      [/]/g, "%5D"],
      [/</g, "%3C"],
      [/>/g, "%3E"],
      [/\{/g, "%7B"],
      [/}/g, "%7D"]
    ];
    function escapeUri(value) {
      if (value === void 0) {
        return value;
      }
      for (const [s, r] of _ESCAPES) {
        value = value.replace(s, r);
      }
      return value;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json
var require_spdx_SNAPSHOT_schema = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://cyclonedx.org/schema/spdx.schema.json",
      $comment: "v1.1-3.29.0",
      type: "string",
      enum: [
        "0BSD",
        "3D-Slicer-1.0",
        "AAL",
        "Abstyles",
        "AdaCore-doc",
        "Adobe-2006",
        "Adobe-Display-PostScript",
        "Adobe-Glyph",
        "Adobe-Utopia",
        "ADSL",
        "Advanced-Cryptics-Dictionary",
        "AFL-1.1",
        "AFL-1.2",
        "AFL-2.0",
        "AFL-2.1",
        "AFL-3.0",
        "Afmparse",
        "AGPL-1.0",
        "AGPL-1.0-only",
        "AGPL-1.0-or-later",
        "AGPL-3.0",
        "AGPL-3.0-only",
        "AGPL-3.0-or-later",
        "Aladdin",
        "ALGLIB-Documentation",
        "AMD-newlib",
        "AMDPLPA",
        "AML",
        "AML-glslang",
        "AMPAS",
        "ANTLR-PD",
        "ANTLR-PD-fallback",
        "any-OSI",
        "any-OSI-perl-modules",
        "Apache-1.0",
        "Apache-1.1",
        "Apache-2.0",
        "APAFML",
        "APL-1.0",
        "App-s2p",
        "APSL-1.0",
        "APSL-1.1",
        "APSL-1.2",
        "APSL-2.0",
        "Arphic-1999",
        "Artistic-1.0",
        "Artistic-1.0-cl8",
        "Artistic-1.0-Perl",
        "Artistic-2.0",
        "Artistic-dist",
        "Aspell-RU",
        "ASWF-Digital-Assets-1.0",
        "ASWF-Digital-Assets-1.1",
        "atc-game",
        "Baekmuk",
        "Bahyph",
        "Barr",
        "bcrypt-Solar-Designer",
        "Beerware",
        "Bitstream-Charter",
        "Bitstream-Vera",
        "BitTorrent-1.0",
        "BitTorrent-1.1",
        "blessing",
        "BlueOak-1.0.0",
        "Boehm-GC",
        "Boehm-GC-without-fee",
        "BOLA-1.1",
        "Borceux",
        "Brian-Gladman-2-Clause",
        "Brian-Gladman-3-Clause",
        "Brian-Gladman-3-Clause-no-conversion",
        "BSD-1-Clause",
        "BSD-2-Clause",
        "BSD-2-Clause-Darwin",
        "BSD-2-Clause-first-lines",
        "BSD-2-Clause-FreeBSD",
        "BSD-2-Clause-NetBSD",
        "BSD-2-Clause-Patent",
        "BSD-2-Clause-pkgconf-disclaimer",
        "BSD-2-Clause-pos-unchanged",
        "BSD-2-Clause-Views",
        "BSD-3-Clause",
        "BSD-3-Clause-acpica",
        "BSD-3-Clause-Attribution",
        "BSD-3-Clause-Clear",
        "BSD-3-Clause-flex",
        "BSD-3-Clause-HP",
        "BSD-3-Clause-LBNL",
        "BSD-3-Clause-Modification",
        "BSD-3-Clause-No-Military-License",
        "BSD-3-Clause-No-Nuclear-License",
        "BSD-3-Clause-No-Nuclear-License-2014",
        "BSD-3-Clause-No-Nuclear-Warranty",
        "BSD-3-Clause-Open-MPI",
        "BSD-3-Clause-OpenWebUI",
        "BSD-3-Clause-Sun",
        "BSD-3-Clause-Tso",
        "BSD-4-Clause",
        "BSD-4-Clause-Shortened",
        "BSD-4-Clause-UC",
        "BSD-4.3RENO",
        "BSD-4.3TAHOE",
        "BSD-Advertising-Acknowledgement",
        "BSD-ask-to-endorse",
        "BSD-Attribution-HPND-disclaimer",
        "BSD-Inferno-Nettverk",
        "BSD-Mark-Modifications",
        "BSD-Protection",
        "BSD-Source-alt-GPL",
        "BSD-Source-beginning-file",
        "BSD-Source-Code",
        "BSD-Source-Code-no-disclaimer",
        "BSD-Systemics",
        "BSD-Systemics-W3Works",
        "BSL-1.0",
        "Buddy",
        "Bugroff",
        "BUSL-1.1",
        "bzip2-1.0.5",
        "bzip2-1.0.6",
        "C-UDA-1.0",
        "CAL-1.0",
        "CAL-1.0-Combined-Work-Exception",
        "Caldera",
        "Caldera-no-preamble",
        "CAPEC-tou",
        "Catharon",
        "CATOSL-1.1",
        "CC-BY-1.0",
        "CC-BY-2.0",
        "CC-BY-2.5",
        "CC-BY-2.5-AU",
        "CC-BY-3.0",
        "CC-BY-3.0-AT",
        "CC-BY-3.0-AU",
        "CC-BY-3.0-DE",
        "CC-BY-3.0-IGO",
        "CC-BY-3.0-NL",
        "CC-BY-3.0-US",
        "CC-BY-4.0",
        "CC-BY-NC-1.0",
        "CC-BY-NC-2.0",
        "CC-BY-NC-2.5",
        "CC-BY-NC-3.0",
        "CC-BY-NC-3.0-DE",
        "CC-BY-NC-3.0-IGO",
        "CC-BY-NC-4.0",
        "CC-BY-NC-ND-1.0",
        "CC-BY-NC-ND-2.0",
        "CC-BY-NC-ND-2.5",
        "CC-BY-NC-ND-3.0",
        "CC-BY-NC-ND-3.0-DE",
        "CC-BY-NC-ND-3.0-IGO",
        "CC-BY-NC-ND-4.0",
        "CC-BY-NC-SA-1.0",
        "CC-BY-NC-SA-2.0",
        "CC-BY-NC-SA-2.0-DE",
        "CC-BY-NC-SA-2.0-FR",
        "CC-BY-NC-SA-2.0-UK",
        "CC-BY-NC-SA-2.5",
        "CC-BY-NC-SA-3.0",
        "CC-BY-NC-SA-3.0-DE",
        "CC-BY-NC-SA-3.0-IGO",
        "CC-BY-NC-SA-4.0",
        "CC-BY-ND-1.0",
        "CC-BY-ND-2.0",
        "CC-BY-ND-2.5",
        "CC-BY-ND-3.0",
        "CC-BY-ND-3.0-DE",
        "CC-BY-ND-4.0",
        "CC-BY-SA-1.0",
        "CC-BY-SA-2.0",
        "CC-BY-SA-2.0-UK",
        "CC-BY-SA-2.1-JP",
        "CC-BY-SA-2.5",
        "CC-BY-SA-3.0",
        "CC-BY-SA-3.0-AT",
        "CC-BY-SA-3.0-DE",
        "CC-BY-SA-3.0-IGO",
        "CC-BY-SA-4.0",
        "CC-PDDC",
        "CC-PDM-1.0",
        "CC-SA-1.0",
        "CC0-1.0",
        "CDDL-1.0",
        "CDDL-1.1",
        "CDL-1.0",
        "CDLA-Permissive-1.0",
        "CDLA-Permissive-2.0",
        "CDLA-Sharing-1.0",
        "CECILL-1.0",
        "CECILL-1.1",
        "CECILL-2.0",
        "CECILL-2.1",
        "CECILL-B",
        "CECILL-C",
        "CERN-OHL-1.1",
        "CERN-OHL-1.2",
        "CERN-OHL-P-2.0",
        "CERN-OHL-S-2.0",
        "CERN-OHL-W-2.0",
        "CFITSIO",
        "check-cvs",
        "checkmk",
        "ClArtistic",
        "Clips",
        "CMU-Mach",
        "CMU-Mach-nodoc",
        "CNRI-Jython",
        "CNRI-Python",
        "CNRI-Python-GPL-Compatible",
        "COIL-1.0",
        "Community-Spec-1.0",
        "Condor-1.1",
        "copyleft-next-0.3.0",
        "copyleft-next-0.3.1",
        "Cornell-Lossless-JPEG",
        "CPAL-1.0",
        "CPL-1.0",
        "CPOL-1.02",
        "Cronyx",
        "Crossword",
        "CryptoSwift",
        "CrystalStacker",
        "CUA-OPL-1.0",
        "Cube",
        "curl",
        "cve-tou",
        "D-FSL-1.0",
        "DEC-3-Clause",
        "diffmark",
        "DL-DE-BY-2.0",
        "DL-DE-ZERO-2.0",
        "DOC",
        "DocBook-DTD",
        "DocBook-Schema",
        "DocBook-Stylesheet",
        "DocBook-XML",
        "Dotseqn",
        "DRL-1.0",
        "DRL-1.1",
        "DSDP",
        "dtoa",
        "dvipdfm",
        "ECL-1.0",
        "ECL-2.0",
        "eCos-2.0",
        "EFL-1.0",
        "EFL-2.0",
        "eGenix",
        "Elastic-2.0",
        "Entessa",
        "EPICS",
        "EPL-1.0",
        "EPL-2.0",
        "ErlPL-1.1",
        "ESA-PL-permissive-2.4",
        "ESA-PL-strong-copyleft-2.4",
        "ESA-PL-weak-copyleft-2.4",
        "etalab-2.0",
        "EUDatagrid",
        "EUPL-1.0",
        "EUPL-1.1",
        "EUPL-1.2",
        "Eurosym",
        "Fair",
        "FBM",
        "FDK-AAC",
        "FDK-MPEG-H",
        "Ferguson-Twofish",
        "Frameworx-1.0",
        "FreeBSD-DOC",
        "FreeImage",
        "FSFAP",
        "FSFAP-no-warranty-disclaimer",
        "FSFUL",
        "FSFULLR",
        "FSFULLRSD",
        "FSFULLRWD",
        "FSL-1.1-ALv2",
        "FSL-1.1-MIT",
        "FTL",
        "Furuseth",
        "fwlw",
        "Game-Programming-Gems",
        "GCR-docs",
        "GD",
        "generic-xts",
        "GFDL-1.1",
        "GFDL-1.1-invariants-only",
        "GFDL-1.1-invariants-or-later",
        "GFDL-1.1-no-invariants-only",
        "GFDL-1.1-no-invariants-or-later",
        "GFDL-1.1-only",
        "GFDL-1.1-or-later",
        "GFDL-1.2",
        "GFDL-1.2-invariants-only",
        "GFDL-1.2-invariants-or-later",
        "GFDL-1.2-no-invariants-only",
        "GFDL-1.2-no-invariants-or-later",
        "GFDL-1.2-only",
        "GFDL-1.2-or-later",
        "GFDL-1.3",
        "GFDL-1.3-invariants-only",
        "GFDL-1.3-invariants-or-later",
        "GFDL-1.3-no-invariants-only",
        "GFDL-1.3-no-invariants-or-later",
        "GFDL-1.3-only",
        "GFDL-1.3-or-later",
        "Giftware",
        "GL2PS",
        "Glide",
        "Glulxe",
        "GLWTPL",
        "gnuplot",
        "GPL-1.0",
        "GPL-1.0+",
        "GPL-1.0-only",
        "GPL-1.0-or-later",
        "GPL-2.0",
        "GPL-2.0+",
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-2.0-with-autoconf-exception",
        "GPL-2.0-with-bison-exception",
        "GPL-2.0-with-classpath-exception",
        "GPL-2.0-with-font-exception",
        "GPL-2.0-with-GCC-exception",
        "GPL-3.0",
        "GPL-3.0+",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "GPL-3.0-with-autoconf-exception",
        "GPL-3.0-with-GCC-exception",
        "Graphics-Gems",
        "gSOAP-1.3b",
        "gtkbook",
        "Gutmann",
        "HaskellReport",
        "HDF5",
        "hdparm",
        "HIDAPI",
        "Hippocratic-2.1",
        "Hippocratic-3.0-core",
        "HP-1986",
        "HP-1989",
        "HPND",
        "HPND-DEC",
        "HPND-doc",
        "HPND-doc-sell",
        "HPND-export-US",
        "HPND-export-US-acknowledgement",
        "HPND-export-US-modify",
        "HPND-export2-US",
        "HPND-Fenneberg-Livingston",
        "HPND-INRIA-IMAG",
        "HPND-Intel",
        "HPND-Kevlin-Henney",
        "HPND-Markus-Kuhn",
        "HPND-merchantability-variant",
        "HPND-MIT-disclaimer",
        "HPND-Netrek",
        "HPND-Pbmplus",
        "HPND-sell-MIT-disclaimer-xserver",
        "HPND-sell-regexpr",
        "HPND-sell-variant",
        "HPND-sell-variant-critical-systems",
        "HPND-sell-variant-MIT-disclaimer",
        "HPND-sell-variant-MIT-disclaimer-rev",
        "HPND-SMC",
        "HPND-UC",
        "HPND-UC-export-US",
        "HTMLTIDY",
        "hyphen-bulgarian",
        "IBM-pibs",
        "ICU",
        "IEC-Code-Components-EULA",
        "IJG",
        "IJG-short",
        "ImageMagick",
        "iMatix",
        "Imlib2",
        "Info-ZIP",
        "Informatica",
        "Inner-Net-2.0",
        "InnoSetup",
        "Intel",
        "Intel-ACPI",
        "Interbase-1.0",
        "IPA",
        "IPL-1.0",
        "ISC",
        "ISC-Veillard",
        "ISO-permission",
        "Jam",
        "JasPer-2.0",
        "jove",
        "JPL-image",
        "JPNIC",
        "JSON",
        "Kastrup",
        "Kazlib",
        "Knuth-CTAN",
        "LAL-1.2",
        "LAL-1.3",
        "Latex2e",
        "Latex2e-translated-notice",
        "Leptonica",
        "LGPL-2.0",
        "LGPL-2.0+",
        "LGPL-2.0-only",
        "LGPL-2.0-or-later",
        "LGPL-2.1",
        "LGPL-2.1+",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0",
        "LGPL-3.0+",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
        "LGPLLR",
        "Libpng",
        "libpng-1.6.35",
        "libpng-2.0",
        "libselinux-1.0",
        "libtiff",
        "libutil-David-Nugent",
        "LiLiQ-P-1.1",
        "LiLiQ-R-1.1",
        "LiLiQ-Rplus-1.1",
        "Linux-man-pages-1-para",
        "Linux-man-pages-copyleft",
        "Linux-man-pages-copyleft-2-para",
        "Linux-man-pages-copyleft-var",
        "Linux-OpenIB",
        "LOOP",
        "LPD-document",
        "LPL-1.0",
        "LPL-1.02",
        "LPPL-1.0",
        "LPPL-1.1",
        "LPPL-1.2",
        "LPPL-1.3a",
        "LPPL-1.3c",
        "lsof",
        "Lucida-Bitmap-Fonts",
        "LZMA-SDK-9.11-to-9.20",
        "LZMA-SDK-9.22",
        "Mackerras-3-Clause",
        "Mackerras-3-Clause-acknowledgment",
        "magaz",
        "mailprio",
        "MakeIndex",
        "man2html",
        "Martin-Birgmeier",
        "McPhee-slideshow",
        "metamail",
        "Minpack",
        "MIPS",
        "MirOS",
        "MIT",
        "MIT-0",
        "MIT-advertising",
        "MIT-Click",
        "MIT-CMU",
        "MIT-enna",
        "MIT-feh",
        "MIT-Festival",
        "MIT-Khronos-old",
        "MIT-Modern-Variant",
        "MIT-open-group",
        "MIT-STK",
        "MIT-testregex",
        "MIT-Wu",
        "MITNFA",
        "MMIXware",
        "MMPL-1.0.1",
        "Motosoto",
        "MPEG-SSG",
        "mpi-permissive",
        "mpich2",
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0",
        "MPL-2.0-no-copyleft-exception",
        "mplus",
        "MS-LPL",
        "MS-PL",
        "MS-RL",
        "MTLL",
        "MulanPSL-1.0",
        "MulanPSL-2.0",
        "Multics",
        "Mup",
        "MVT-1.1",
        "NAIST-2003",
        "NASA-1.3",
        "Naumen",
        "NBPL-1.0",
        "NCBI-PD",
        "NCGL-UK-2.0",
        "NCL",
        "NCSA",
        "Net-SNMP",
        "NetCDF",
        "Newsletr",
        "NGPL",
        "ngrep",
        "NICTA-1.0",
        "NIST-PD",
        "NIST-PD-fallback",
        "NIST-PD-TNT",
        "NIST-Software",
        "NLOD-1.0",
        "NLOD-2.0",
        "NLPL",
        "Nokia",
        "NOSL",
        "Noweb",
        "NPL-1.0",
        "NPL-1.1",
        "NPOSL-3.0",
        "NRL",
        "NTIA-PD",
        "NTP",
        "NTP-0",
        "Nunit",
        "O-UDA-1.0",
        "OAR",
        "OCCT-PL",
        "OCLC-2.0",
        "ODbL-1.0",
        "ODC-By-1.0",
        "OFFIS",
        "OFL-1.0",
        "OFL-1.0-no-RFN",
        "OFL-1.0-RFN",
        "OFL-1.1",
        "OFL-1.1-no-RFN",
        "OFL-1.1-RFN",
        "OGC-1.0",
        "OGDL-Taiwan-1.0",
        "OGL-Canada-2.0",
        "OGL-UK-1.0",
        "OGL-UK-2.0",
        "OGL-UK-3.0",
        "OGTSL",
        "OLDAP-1.1",
        "OLDAP-1.2",
        "OLDAP-1.3",
        "OLDAP-1.4",
        "OLDAP-2.0",
        "OLDAP-2.0.1",
        "OLDAP-2.1",
        "OLDAP-2.2",
        "OLDAP-2.2.1",
        "OLDAP-2.2.2",
        "OLDAP-2.3",
        "OLDAP-2.4",
        "OLDAP-2.5",
        "OLDAP-2.6",
        "OLDAP-2.7",
        "OLDAP-2.8",
        "OLFL-1.3",
        "OML",
        "OpenMDW-1.0",
        "OpenPBS-2.3",
        "OpenSSL",
        "OpenSSL-standalone",
        "OpenVision",
        "OPL-1.0",
        "OPL-UK-3.0",
        "OPUBL-1.0",
        "OSC-1.0",
        "OSET-PL-2.1",
        "OSL-1.0",
        "OSL-1.1",
        "OSL-2.0",
        "OSL-2.1",
        "OSL-3.0",
        "OSSP",
        "PADL",
        "ParaType-Free-Font-1.3",
        "Parity-6.0.0",
        "Parity-7.0.0",
        "PDDL-1.0",
        "PHP-3.0",
        "PHP-3.01",
        "Pixar",
        "pkgconf",
        "Plexus",
        "pnmstitch",
        "PolyForm-Noncommercial-1.0.0",
        "PolyForm-Small-Business-1.0.0",
        "PostgreSQL",
        "PPL",
        "PSF-2.0",
        "psfrag",
        "psutils",
        "Python-2.0",
        "Python-2.0.1",
        "python-ldap",
        "Qhull",
        "QPL-1.0",
        "QPL-1.0-INRIA-2004",
        "radvd",
        "Rdisc",
        "RHeCos-1.1",
        "RPL-1.1",
        "RPL-1.5",
        "RPSL-1.0",
        "RSA-MD",
        "RSCPL",
        "Ruby",
        "Ruby-pty",
        "SAX-PD",
        "SAX-PD-2.0",
        "Saxpath",
        "SCEA",
        "SchemeReport",
        "Sendmail",
        "Sendmail-8.23",
        "Sendmail-Open-Source-1.1",
        "SGI-B-1.0",
        "SGI-B-1.1",
        "SGI-B-2.0",
        "SGI-OpenGL",
        "SGMLUG-PM",
        "SGP4",
        "SHL-0.5",
        "SHL-0.51",
        "SimPL-2.0",
        "SISSL",
        "SISSL-1.2",
        "SL",
        "Sleepycat",
        "SMAIL-GPL",
        "SMLNJ",
        "SMPPL",
        "SNIA",
        "snprintf",
        "SOFA",
        "softSurfer",
        "Soundex",
        "Spencer-86",
        "Spencer-94",
        "Spencer-99",
        "SPL-1.0",
        "ssh-keyscan",
        "SSH-OpenSSH",
        "SSH-short",
        "SSLeay-standalone",
        "SSPL-1.0",
        "StandardML-NJ",
        "SugarCRM-1.1.3",
        "SUL-1.0",
        "Sun-PPP",
        "Sun-PPP-2000",
        "SunPro",
        "SWL",
        "swrule",
        "Symlinks",
        "TAPR-OHL-1.0",
        "TCL",
        "TCP-wrappers",
        "TekHVC",
        "TermReadKey",
        "TGPPL-1.0",
        "ThirdEye",
        "threeparttable",
        "TMate",
        "TORQUE-1.1",
        "TOSL",
        "TPDL",
        "TPL-1.0",
        "TrustedQSL",
        "TTWL",
        "TTYP0",
        "TU-Berlin-1.0",
        "TU-Berlin-2.0",
        "Ubuntu-font-1.0",
        "UCAR",
        "UCL-1.0",
        "ulem",
        "UMich-Merit",
        "Unicode-3.0",
        "Unicode-DFS-2015",
        "Unicode-DFS-2016",
        "Unicode-TOU",
        "UnixCrypt",
        "Unlicense",
        "Unlicense-libtelnet",
        "Unlicense-libwhirlpool",
        "UnRAR",
        "UPL-1.0",
        "URT-RLE",
        "Vim",
        "Vixie-Cron",
        "VOSTROM",
        "VSL-1.0",
        "W3C",
        "W3C-19980720",
        "W3C-20150513",
        "w3m",
        "Watcom-1.0",
        "Widget-Workshop",
        "WordNet",
        "Wsuipa",
        "WTFNMFPL",
        "WTFPL",
        "wwl",
        "wxWindows",
        "X11",
        "X11-distribute-modifications-variant",
        "X11-no-permit-persons",
        "X11-swapped",
        "Xdebug-1.03",
        "Xerox",
        "Xfig",
        "XFree86-1.1",
        "xinetd",
        "xkeyboard-config-Zinoviev",
        "xlock",
        "Xnet",
        "xpp",
        "XSkat",
        "xzoom",
        "YPL-1.0",
        "YPL-1.1",
        "Zed",
        "Zeeff",
        "Zend-2.0",
        "Zimbra-1.3",
        "Zimbra-1.4",
        "Zlib",
        "zlib-acknowledgement",
        "ZPL-1.1",
        "ZPL-2.0",
        "ZPL-2.1",
        "389-exception",
        "Asterisk-exception",
        "Asterisk-linking-protocols-exception",
        "Autoconf-exception-2.0",
        "Autoconf-exception-3.0",
        "Autoconf-exception-generic",
        "Autoconf-exception-generic-3.0",
        "Autoconf-exception-macro",
        "Bison-exception-1.24",
        "Bison-exception-2.2",
        "Bootloader-exception",
        "CGAL-linking-exception",
        "Classpath-exception-2.0",
        "Classpath-exception-2.0-short",
        "CLISP-exception-2.0",
        "cryptsetup-OpenSSL-exception",
        "Digia-Qt-LGPL-exception-1.1",
        "DigiRule-FOSS-exception",
        "eCos-exception-2.0",
        "erlang-otp-linking-exception",
        "Fawkes-Runtime-exception",
        "FLTK-exception",
        "fmt-exception",
        "Font-exception-2.0",
        "freertos-exception-2.0",
        "GCC-exception-2.0",
        "GCC-exception-2.0-note",
        "GCC-exception-3.1",
        "Gmsh-exception",
        "GNAT-exception",
        "GNOME-examples-exception",
        "GNU-compiler-exception",
        "gnu-javamail-exception",
        "Google-Patent-WebM",
        "GPL-3.0-389-ds-base-exception",
        "GPL-3.0-interface-exception",
        "GPL-3.0-linking-exception",
        "GPL-3.0-linking-source-exception",
        "GPL-CC-1.0",
        "GStreamer-exception-2005",
        "GStreamer-exception-2008",
        "harbour-exception",
        "i2p-gpl-java-exception",
        "Independent-modules-exception",
        "KiCad-libraries-exception",
        "kvirc-openssl-exception",
        "LGPL-3.0-linking-exception",
        "libpri-OpenH323-exception",
        "Libtool-exception",
        "Linux-syscall-note",
        "LLGPL",
        "LLVM-exception",
        "LZMA-exception",
        "mif-exception",
        "mxml-exception",
        "Nokia-Qt-exception-1.1",
        "OCaml-LGPL-linking-exception",
        "OCCT-exception-1.0",
        "OpenJDK-assembly-exception-1.0",
        "openvpn-openssl-exception",
        "PCRE2-exception",
        "polyparse-exception",
        "PS-or-PDF-font-exception-20170817",
        "QPL-1.0-INRIA-2004-exception",
        "Qt-GPL-exception-1.0",
        "Qt-LGPL-exception-1.1",
        "Qwt-exception-1.0",
        "romic-exception",
        "RRDtool-FLOSS-exception-2.0",
        "rsync-linking-exception",
        "SANE-exception",
        "SHL-2.0",
        "SHL-2.1",
        "Simple-Library-Usage-exception",
        "Spelling-Provider-LGPL-exception",
        "sqlitestudio-OpenSSL-exception",
        "stunnel-exception",
        "SWI-exception",
        "Swift-exception",
        "Texinfo-exception",
        "u-boot-exception-2.0",
        "UBDL-exception",
        "Universal-FOSS-exception-1.0",
        "vsftpd-openssl-exception",
        "WxWindows-exception-3.1",
        "x11vnc-openssl-exception"
      ],
      "meta:enum": {
        "0BSD": "BSD Zero Clause License",
        "3D-Slicer-1.0": "3D Slicer License v1.0",
        AAL: "Attribution Assurance License",
        Abstyles: "Abstyles License",
        "AdaCore-doc": "AdaCore Doc License",
        "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement",
        "Adobe-Display-PostScript": "Adobe Display PostScript License",
        "Adobe-Glyph": "Adobe Glyph List License",
        "Adobe-Utopia": "Adobe Utopia Font License",
        ADSL: "Amazon Digital Services License",
        "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License",
        "AFL-1.1": "Academic Free License v1.1",
        "AFL-1.2": "Academic Free License v1.2",
        "AFL-2.0": "Academic Free License v2.0",
        "AFL-2.1": "Academic Free License v2.1",
        "AFL-3.0": "Academic Free License v3.0",
        Afmparse: "Afmparse License",
        "AGPL-1.0": "Affero General Public License v1.0",
        "AGPL-1.0-only": "Affero General Public License v1.0 only",
        "AGPL-1.0-or-later": "Affero General Public License v1.0 or later",
        "AGPL-3.0": "GNU Affero General Public License v3.0",
        "AGPL-3.0-only": "GNU Affero General Public License v3.0 only",
        "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later",
        Aladdin: "Aladdin Free Public License",
        "ALGLIB-Documentation": "ALGLIB Documentation License",
        "AMD-newlib": "AMD newlib License",
        AMDPLPA: "AMD's plpa_map.c License",
        AML: "Apple MIT License",
        "AML-glslang": "AML glslang variant License",
        AMPAS: "Academy of Motion Picture Arts and Sciences BSD",
        "ANTLR-PD": "ANTLR Software Rights Notice",
        "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback",
        "any-OSI": "Any OSI License",
        "any-OSI-perl-modules": "Any OSI License - Perl Modules",
        "Apache-1.0": "Apache License 1.0",
        "Apache-1.1": "Apache License 1.1",
        "Apache-2.0": "Apache License 2.0",
        APAFML: "Adobe Postscript AFM License",
        "APL-1.0": "Adaptive Public License 1.0",
        "App-s2p": "App::s2p License",
        "APSL-1.0": "Apple Public Source License 1.0",
        "APSL-1.1": "Apple Public Source License 1.1",
        "APSL-1.2": "Apple Public Source License 1.2",
        "APSL-2.0": "Apple Public Source License 2.0",
        "Arphic-1999": "Arphic Public License",
        "Artistic-1.0": "Artistic License 1.0",
        "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8",
        "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)",
        "Artistic-2.0": "Artistic License 2.0",
        "Artistic-dist": "Artistic License 1.0 (dist)",
        "Aspell-RU": "Aspell Russian License",
        "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0",
        "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1",
        "atc-game": "atc Game License",
        Baekmuk: "Baekmuk License",
        Bahyph: "Bahyph License",
        Barr: "Barr License",
        "bcrypt-Solar-Designer": "bcrypt Solar Designer License",
        Beerware: "Beerware License",
        "Bitstream-Charter": "Bitstream Charter Font License",
        "Bitstream-Vera": "Bitstream Vera Font License",
        "BitTorrent-1.0": "BitTorrent Open Source License v1.0",
        "BitTorrent-1.1": "BitTorrent Open Source License v1.1",
        blessing: "SQLite Blessing",
        "BlueOak-1.0.0": "Blue Oak Model License 1.0.0",
        "Boehm-GC": "Boehm-Demers-Weiser GC License",
        "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)",
        "BOLA-1.1": "Buena Onda License Agreement v1.1",
        Borceux: "Borceux license",
        "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License",
        "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License",
        "Brian-Gladman-3-Clause-no-conversion": "Brian Gladman 3-Clause License (no conversion clause)",
        "BSD-1-Clause": "BSD 1-Clause License",
        "BSD-2-Clause": 'BSD 2-Clause "Simplified" License',
        "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant",
        "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement",
        "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License",
        "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License",
        "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License",
        "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant",
        "BSD-2-Clause-pos-unchanged": "BSD 2-Clause - position unchanged variant",
        "BSD-2-Clause-Views": "BSD 2-Clause with views sentence",
        "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License',
        "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant",
        "BSD-3-Clause-Attribution": "BSD with attribution",
        "BSD-3-Clause-Clear": "BSD 3-Clause Clear License",
        "BSD-3-Clause-flex": "BSD 3-Clause Flex variant",
        "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license",
        "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license",
        "BSD-3-Clause-Modification": "BSD 3-Clause Modification",
        "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License",
        "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License",
        "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014",
        "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty",
        "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant",
        "BSD-3-Clause-OpenWebUI": "BSD 3-Clause - OpenWebUI variant",
        "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems",
        "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant",
        "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License',
        "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened",
        "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)",
        "BSD-4.3RENO": "BSD 4.3 RENO License",
        "BSD-4.3TAHOE": "BSD 4.3 TAHOE License",
        "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License",
        "BSD-ask-to-endorse": "BSD - ask to endorse",
        "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer",
        "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk",
        "BSD-Mark-Modifications": "BSD Mark Modifications License",
        "BSD-Protection": "BSD Protection License",
        "BSD-Source-alt-GPL": "BSD Source Code Attribution - GPL alternative",
        "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant",
        "BSD-Source-Code": "BSD Source Code Attribution",
        "BSD-Source-Code-no-disclaimer": "BSD Source Code Attribution - no disclaimer",
        "BSD-Systemics": "Systemics BSD variant license",
        "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license",
        "BSL-1.0": "Boost Software License 1.0",
        Buddy: "Buddy License",
        Bugroff: "Bugroff License",
        "BUSL-1.1": "Business Source License 1.1",
        "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5",
        "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6",
        "C-UDA-1.0": "Computational Use of Data Agreement v1.0",
        "CAL-1.0": "Cryptographic Autonomy License 1.0",
        "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
        Caldera: "Caldera License",
        "Caldera-no-preamble": "Caldera License (without preamble)",
        "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License",
        Catharon: "Catharon License",
        "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1",
        "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic",
        "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic",
        "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic",
        "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia",
        "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported",
        "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria",
        "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia",
        "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany",
        "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
        "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands",
        "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States",
        "CC-BY-4.0": "Creative Commons Attribution 4.0 International",
        "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic",
        "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic",
        "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic",
        "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported",
        "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany",
        "CC-BY-NC-3.0-IGO": "Creative Commons Attribution Non Commercial 3.0 IGO",
        "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International",
        "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
        "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
        "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
        "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
        "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
        "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
        "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
        "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
        "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
        "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
        "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
        "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
        "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
        "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
        "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
        "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
        "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
        "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic",
        "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic",
        "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic",
        "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported",
        "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany",
        "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International",
        "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic",
        "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic",
        "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales",
        "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan",
        "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic",
        "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported",
        "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria",
        "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany",
        "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO",
        "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International",
        "CC-PDDC": "Creative Commons Public Domain Dedication and Certification",
        "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal",
        "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic",
        "CC0-1.0": "Creative Commons Zero v1.0 Universal",
        "CDDL-1.0": "Common Development and Distribution License 1.0",
        "CDDL-1.1": "Common Development and Distribution License 1.1",
        "CDL-1.0": "Common Documentation License 1.0",
        "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0",
        "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0",
        "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0",
        "CECILL-1.0": "CeCILL Free Software License Agreement v1.0",
        "CECILL-1.1": "CeCILL Free Software License Agreement v1.1",
        "CECILL-2.0": "CeCILL Free Software License Agreement v2.0",
        "CECILL-2.1": "CeCILL Free Software License Agreement v2.1",
        "CECILL-B": "CeCILL-B Free Software License Agreement",
        "CECILL-C": "CeCILL-C Free Software License Agreement",
        "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1",
        "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2",
        "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive",
        "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
        "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
        CFITSIO: "CFITSIO License",
        "check-cvs": "check-cvs License",
        checkmk: "Checkmk License",
        ClArtistic: "Clarified Artistic License",
        Clips: "Clips License",
        "CMU-Mach": "CMU Mach License",
        "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant",
        "CNRI-Jython": "CNRI Jython License",
        "CNRI-Python": "CNRI Python License",
        "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement",
        "COIL-1.0": "Copyfree Open Innovation License",
        "Community-Spec-1.0": "Community Specification License 1.0",
        "Condor-1.1": "Condor Public License v1.1",
        "copyleft-next-0.3.0": "copyleft-next 0.3.0",
        "copyleft-next-0.3.1": "copyleft-next 0.3.1",
        "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License",
        "CPAL-1.0": "Common Public Attribution License 1.0",
        "CPL-1.0": "Common Public License 1.0",
        "CPOL-1.02": "Code Project Open License 1.02",
        Cronyx: "Cronyx License",
        Crossword: "Crossword License",
        CryptoSwift: "CryptoSwift License",
        CrystalStacker: "CrystalStacker License",
        "CUA-OPL-1.0": "CUA Office Public License v1.0",
        Cube: "Cube License",
        curl: "curl License",
        "cve-tou": "Common Vulnerability Enumeration ToU License",
        "D-FSL-1.0": "Deutsche Freie Software Lizenz",
        "DEC-3-Clause": "DEC 3-Clause License",
        diffmark: "diffmark license",
        "DL-DE-BY-2.0": "Data licence Germany – attribution – version 2.0",
        "DL-DE-ZERO-2.0": "Data licence Germany – zero – version 2.0",
        DOC: "DOC License",
        "DocBook-DTD": "DocBook DTD License",
        "DocBook-Schema": "DocBook Schema License",
        "DocBook-Stylesheet": "DocBook Stylesheet License",
        "DocBook-XML": "DocBook XML License",
        Dotseqn: "Dotseqn License",
        "DRL-1.0": "Detection Rule License 1.0",
        "DRL-1.1": "Detection Rule License 1.1",
        DSDP: "DSDP License",
        dtoa: "David M. Gay dtoa License",
        dvipdfm: "dvipdfm License",
        "ECL-1.0": "Educational Community License v1.0",
        "ECL-2.0": "Educational Community License v2.0",
        "eCos-2.0": "eCos license version 2.0",
        "EFL-1.0": "Eiffel Forum License v1.0",
        "EFL-2.0": "Eiffel Forum License v2.0",
        eGenix: "eGenix.com Public License 1.1.0",
        "Elastic-2.0": "Elastic License 2.0",
        Entessa: "Entessa Public License v1.0",
        EPICS: "EPICS Open License",
        "EPL-1.0": "Eclipse Public License 1.0",
        "EPL-2.0": "Eclipse Public License 2.0",
        "ErlPL-1.1": "Erlang Public License v1.1",
        "ESA-PL-permissive-2.4": "European Space Agency Public License – v2.4 – Permissive (Type 3)",
        "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
        "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)",
        "etalab-2.0": "Etalab Open License 2.0",
        EUDatagrid: "EU DataGrid Software License",
        "EUPL-1.0": "European Union Public License 1.0",
        "EUPL-1.1": "European Union Public License 1.1",
        "EUPL-1.2": "European Union Public License 1.2",
        Eurosym: "Eurosym License",
        Fair: "Fair License",
        FBM: "Fuzzy Bitmap License",
        "FDK-AAC": "Fraunhofer FDK AAC Codec Library",
        "FDK-MPEG-H": "Fraunhofer FDK MPEG-H Software",
        "Ferguson-Twofish": "Ferguson Twofish License",
        "Frameworx-1.0": "Frameworx Open License 1.0",
        "FreeBSD-DOC": "FreeBSD Documentation License",
        FreeImage: "FreeImage Public License v1.0",
        FSFAP: "FSF All Permissive License",
        "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)",
        FSFUL: "FSF Unlimited License",
        FSFULLR: "FSF Unlimited License (with License Retention)",
        FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)",
        FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
        "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License",
        "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License",
        FTL: "Freetype Project License",
        Furuseth: "Furuseth License",
        fwlw: "fwlw License",
        "Game-Programming-Gems": "Game Programming Gems License",
        "GCR-docs": "Gnome GCR Documentation License",
        GD: "GD License",
        "generic-xts": "Generic XTS License",
        "GFDL-1.1": "GNU Free Documentation License v1.1",
        "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants",
        "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants",
        "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants",
        "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants",
        "GFDL-1.1-only": "GNU Free Documentation License v1.1 only",
        "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later",
        "GFDL-1.2": "GNU Free Documentation License v1.2",
        "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants",
        "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants",
        "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants",
        "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants",
        "GFDL-1.2-only": "GNU Free Documentation License v1.2 only",
        "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later",
        "GFDL-1.3": "GNU Free Documentation License v1.3",
        "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants",
        "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants",
        "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants",
        "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants",
        "GFDL-1.3-only": "GNU Free Documentation License v1.3 only",
        "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later",
        Giftware: "Giftware License",
        GL2PS: "GL2PS License",
        Glide: "3dfx Glide License",
        Glulxe: "Glulxe License",
        GLWTPL: "Good Luck With That Public License",
        gnuplot: "gnuplot License",
        "GPL-1.0": "GNU General Public License v1.0 only",
        "GPL-1.0+": "GNU General Public License v1.0 or later",
        "GPL-1.0-only": "GNU General Public License v1.0 only",
        "GPL-1.0-or-later": "GNU General Public License v1.0 or later",
        "GPL-2.0": "GNU General Public License v2.0 only",
        "GPL-2.0+": "GNU General Public License v2.0 or later",
        "GPL-2.0-only": "GNU General Public License v2.0 only",
        "GPL-2.0-or-later": "GNU General Public License v2.0 or later",
        "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception",
        "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception",
        "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception",
        "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception",
        "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception",
        "GPL-3.0": "GNU General Public License v3.0 only",
        "GPL-3.0+": "GNU General Public License v3.0 or later",
        "GPL-3.0-only": "GNU General Public License v3.0 only",
        "GPL-3.0-or-later": "GNU General Public License v3.0 or later",
        "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception",
        "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception",
        "Graphics-Gems": "Graphics Gems License",
        "gSOAP-1.3b": "gSOAP Public License v1.3b",
        gtkbook: "gtkbook License",
        Gutmann: "Gutmann License",
        HaskellReport: "Haskell Language Report License",
        HDF5: "HDF5 License",
        hdparm: "hdparm License",
        HIDAPI: "HIDAPI License",
        "Hippocratic-2.1": "Hippocratic License 2.1",
        "Hippocratic-3.0-core": "Hippocratic License 3.0",
        "HP-1986": "Hewlett-Packard 1986 License",
        "HP-1989": "Hewlett-Packard 1989 License",
        HPND: "Historical Permission Notice and Disclaimer",
        "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant",
        "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant",
        "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant",
        "HPND-export-US": "HPND with US Government export control warning",
        "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment",
        "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt",
        "HPND-export2-US": "HPND with US Government export control and 2 disclaimers",
        "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
        "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
        "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant",
        "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
        "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
        "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant",
        "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer",
        "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant",
        "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant",
        "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
        "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant",
        "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant",
        "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause",
        "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer",
        "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse",
        "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant",
        "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant",
        "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning",
        HTMLTIDY: "HTML Tidy License",
        "hyphen-bulgarian": "hyphen-bulgarian License",
        "IBM-pibs": "IBM PowerPC Initialization and Boot Software",
        ICU: "ICU License",
        "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement",
        IJG: "Independent JPEG Group License",
        "IJG-short": "Independent JPEG Group License - short",
        ImageMagick: "ImageMagick License",
        iMatix: "iMatix Standard Function Library Agreement",
        Imlib2: "Imlib2 License",
        "Info-ZIP": "Info-ZIP License",
        Informatica: "Informatica License",
        "Inner-Net-2.0": "Inner Net License v2.0",
        InnoSetup: "Inno Setup License",
        Intel: "Intel Open Source License",
        "Intel-ACPI": "Intel ACPI Software License Agreement",
        "Interbase-1.0": "Interbase Public License v1.0",
        IPA: "IPA Font License",
        "IPL-1.0": "IBM Public License v1.0",
        ISC: "ISC License",
        "ISC-Veillard": "ISC Veillard variant",
        "ISO-permission": "ISO permission notice",
        Jam: "Jam License",
        "JasPer-2.0": "JasPer License",
        jove: "Jove License",
        "JPL-image": "JPL Image Use Policy",
        JPNIC: "Japan Network Information Center License",
        JSON: "JSON License",
        Kastrup: "Kastrup License",
        Kazlib: "Kazlib License",
        "Knuth-CTAN": "Knuth CTAN License",
        "LAL-1.2": "Licence Art Libre 1.2",
        "LAL-1.3": "Licence Art Libre 1.3",
        Latex2e: "Latex2e License",
        "Latex2e-translated-notice": "Latex2e with translated notice permission",
        Leptonica: "Leptonica License",
        "LGPL-2.0": "GNU Library General Public License v2 only",
        "LGPL-2.0+": "GNU Library General Public License v2 or later",
        "LGPL-2.0-only": "GNU Library General Public License v2 only",
        "LGPL-2.0-or-later": "GNU Library General Public License v2 or later",
        "LGPL-2.1": "GNU Lesser General Public License v2.1 only",
        "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later",
        "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only",
        "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later",
        "LGPL-3.0": "GNU Lesser General Public License v3.0 only",
        "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later",
        "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only",
        "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later",
        LGPLLR: "Lesser General Public License For Linguistic Resources",
        Libpng: "libpng License",
        "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
        "libpng-2.0": "PNG Reference Library version 2",
        "libselinux-1.0": "libselinux public domain notice",
        libtiff: "libtiff License",
        "libutil-David-Nugent": "libutil David Nugent License",
        "LiLiQ-P-1.1": "Licence Libre du Québec – Permissive version 1.1",
        "LiLiQ-R-1.1": "Licence Libre du Québec – Réciprocité version 1.1",
        "LiLiQ-Rplus-1.1": "Licence Libre du Québec – Réciprocité forte version 1.1",
        "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph",
        "Linux-man-pages-copyleft": "Linux man-pages Copyleft",
        "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs",
        "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant",
        "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license",
        LOOP: "Common Lisp LOOP License",
        "LPD-document": "LPD Documentation License",
        "LPL-1.0": "Lucent Public License Version 1.0",
        "LPL-1.02": "Lucent Public License v1.02",
        "LPPL-1.0": "LaTeX Project Public License v1.0",
        "LPPL-1.1": "LaTeX Project Public License v1.1",
        "LPPL-1.2": "LaTeX Project Public License v1.2",
        "LPPL-1.3a": "LaTeX Project Public License v1.3a",
        "LPPL-1.3c": "LaTeX Project Public License v1.3c",
        lsof: "lsof License",
        "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License",
        "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)",
        "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)",
        "Mackerras-3-Clause": "Mackerras 3-Clause License",
        "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant",
        magaz: "magaz License",
        mailprio: "mailprio License",
        MakeIndex: "MakeIndex License",
        man2html: "man2html License",
        "Martin-Birgmeier": "Martin Birgmeier License",
        "McPhee-slideshow": "McPhee Slideshow License",
        metamail: "metamail License",
        Minpack: "Minpack License",
        MIPS: "MIPS License",
        MirOS: "The MirOS Licence",
        MIT: "MIT License",
        "MIT-0": "MIT No Attribution",
        "MIT-advertising": "Enlightenment License (e16)",
        "MIT-Click": "MIT Click License",
        "MIT-CMU": "CMU License",
        "MIT-enna": "enna License",
        "MIT-feh": "feh License",
        "MIT-Festival": "MIT Festival Variant",
        "MIT-Khronos-old": "MIT Khronos - old variant",
        "MIT-Modern-Variant": "MIT License Modern Variant",
        "MIT-open-group": "MIT Open Group variant",
        "MIT-STK": "MIT-STK License",
        "MIT-testregex": "MIT testregex Variant",
        "MIT-Wu": "MIT Tom Wu Variant",
        MITNFA: "MIT +no-false-attribs license",
        MMIXware: "MMIXware License",
        "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1",
        Motosoto: "Motosoto License",
        "MPEG-SSG": "MPEG Software Simulation",
        "mpi-permissive": "mpi Permissive License",
        mpich2: "mpich2 License",
        "MPL-1.0": "Mozilla Public License 1.0",
        "MPL-1.1": "Mozilla Public License 1.1",
        "MPL-2.0": "Mozilla Public License 2.0",
        "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)",
        mplus: "mplus Font License",
        "MS-LPL": "Microsoft Limited Public License",
        "MS-PL": "Microsoft Public License",
        "MS-RL": "Microsoft Reciprocal License",
        MTLL: "Matrix Template Library License",
        "MulanPSL-1.0": "Mulan Permissive Software License, Version 1",
        "MulanPSL-2.0": "Mulan Permissive Software License, Version 2",
        Multics: "Multics License",
        Mup: "Mup License",
        "MVT-1.1": "MVT License 1.1",
        "NAIST-2003": "Nara Institute of Science and Technology License (2003)",
        "NASA-1.3": "NASA Open Source Agreement 1.3",
        Naumen: "Naumen Public License",
        "NBPL-1.0": "Net Boolean Public License v1",
        "NCBI-PD": "NCBI Public Domain Notice",
        "NCGL-UK-2.0": "Non-Commercial Government Licence",
        NCL: "NCL Source Code License",
        NCSA: "University of Illinois/NCSA Open Source License",
        "Net-SNMP": "Net-SNMP License",
        NetCDF: "NetCDF license",
        Newsletr: "Newsletr License",
        NGPL: "Nethack General Public License",
        ngrep: "ngrep License",
        "NICTA-1.0": "NICTA Public Software License, Version 1.0",
        "NIST-PD": "NIST Public Domain Notice",
        "NIST-PD-fallback": "NIST Public Domain Notice with license fallback",
        "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant",
        "NIST-Software": "NIST Software License",
        "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0",
        "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0",
        NLPL: "No Limit Public License",
        Nokia: "Nokia Open Source License",
        NOSL: "Netizen Open Source License",
        Noweb: "Noweb License",
        "NPL-1.0": "Netscape Public License v1.0",
        "NPL-1.1": "Netscape Public License v1.1",
        "NPOSL-3.0": "Non-Profit Open Software License 3.0",
        NRL: "NRL License",
        "NTIA-PD": "NTIA Public Domain Notice",
        NTP: "NTP License",
        "NTP-0": "NTP No Attribution",
        Nunit: "Nunit License",
        "O-UDA-1.0": "Open Use of Data Agreement v1.0",
        OAR: "OAR License",
        "OCCT-PL": "Open CASCADE Technology Public License",
        "OCLC-2.0": "OCLC Research Public License 2.0",
        "ODbL-1.0": "Open Data Commons Open Database License v1.0",
        "ODC-By-1.0": "Open Data Commons Attribution License v1.0",
        OFFIS: "OFFIS License",
        "OFL-1.0": "SIL Open Font License 1.0",
        "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name",
        "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name",
        "OFL-1.1": "SIL Open Font License 1.1",
        "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name",
        "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name",
        "OGC-1.0": "OGC Software License, Version 1.0",
        "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0",
        "OGL-Canada-2.0": "Open Government Licence - Canada",
        "OGL-UK-1.0": "Open Government Licence v1.0",
        "OGL-UK-2.0": "Open Government Licence v2.0",
        "OGL-UK-3.0": "Open Government Licence v3.0",
        OGTSL: "Open Group Test Suite License",
        "OLDAP-1.1": "Open LDAP Public License v1.1",
        "OLDAP-1.2": "Open LDAP Public License v1.2",
        "OLDAP-1.3": "Open LDAP Public License v1.3",
        "OLDAP-1.4": "Open LDAP Public License v1.4",
        "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
        "OLDAP-2.0.1": "Open LDAP Public License v2.0.1",
        "OLDAP-2.1": "Open LDAP Public License v2.1",
        "OLDAP-2.2": "Open LDAP Public License v2.2",
        "OLDAP-2.2.1": "Open LDAP Public License v2.2.1",
        "OLDAP-2.2.2": "Open LDAP Public License 2.2.2",
        "OLDAP-2.3": "Open LDAP Public License v2.3",
        "OLDAP-2.4": "Open LDAP Public License v2.4",
        "OLDAP-2.5": "Open LDAP Public License v2.5",
        "OLDAP-2.6": "Open LDAP Public License v2.6",
        "OLDAP-2.7": "Open LDAP Public License v2.7",
        "OLDAP-2.8": "Open LDAP Public License v2.8",
        "OLFL-1.3": "Open Logistics Foundation License Version 1.3",
        OML: "Open Market License",
        "OpenMDW-1.0": "OpenMDW License Agreement v1.0",
        "OpenPBS-2.3": "OpenPBS v2.3 Software License",
        OpenSSL: "OpenSSL License",
        "OpenSSL-standalone": "OpenSSL License - standalone",
        OpenVision: "OpenVision License",
        "OPL-1.0": "Open Public License v1.0",
        "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0",
        "OPUBL-1.0": "Open Publication License v1.0",
        "OSC-1.0": "OSC License 1.0",
        "OSET-PL-2.1": "OSET Public License version 2.1",
        "OSL-1.0": "Open Software License 1.0",
        "OSL-1.1": "Open Software License 1.1",
        "OSL-2.0": "Open Software License 2.0",
        "OSL-2.1": "Open Software License 2.1",
        "OSL-3.0": "Open Software License 3.0",
        OSSP: "OSSP License",
        PADL: "PADL License",
        "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3",
        "Parity-6.0.0": "The Parity Public License 6.0.0",
        "Parity-7.0.0": "The Parity Public License 7.0.0",
        "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0",
        "PHP-3.0": "PHP License v3.0",
        "PHP-3.01": "PHP License v3.01",
        Pixar: "Pixar License",
        pkgconf: "pkgconf License",
        Plexus: "Plexus Classworlds License",
        pnmstitch: "pnmstitch License",
        "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0",
        "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0",
        PostgreSQL: "PostgreSQL License",
        PPL: "Peer Production License",
        "PSF-2.0": "Python Software Foundation License 2.0",
        psfrag: "psfrag License",
        psutils: "psutils License",
        "Python-2.0": "Python License 2.0",
        "Python-2.0.1": "Python License 2.0.1",
        "python-ldap": "Python ldap License",
        Qhull: "Qhull License",
        "QPL-1.0": "Q Public License 1.0",
        "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant",
        radvd: "radvd License",
        Rdisc: "Rdisc License",
        "RHeCos-1.1": "Red Hat eCos Public License v1.1",
        "RPL-1.1": "Reciprocal Public License 1.1",
        "RPL-1.5": "Reciprocal Public License 1.5",
        "RPSL-1.0": "RealNetworks Public Source License v1.0",
        "RSA-MD": "RSA Message-Digest License",
        RSCPL: "Ricoh Source Code Public License",
        Ruby: "Ruby License",
        "Ruby-pty": "Ruby pty extension license",
        "SAX-PD": "Sax Public Domain Notice",
        "SAX-PD-2.0": "Sax Public Domain Notice 2.0",
        Saxpath: "Saxpath License",
        SCEA: "SCEA Shared Source License",
        SchemeReport: "Scheme Language Report License",
        Sendmail: "Sendmail License",
        "Sendmail-8.23": "Sendmail License 8.23",
        "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1",
        "SGI-B-1.0": "SGI Free Software License B v1.0",
        "SGI-B-1.1": "SGI Free Software License B v1.1",
        "SGI-B-2.0": "SGI Free Software License B v2.0",
        "SGI-OpenGL": "SGI OpenGL License",
        "SGMLUG-PM": "SGMLUG Parser Materials License",
        SGP4: "SGP4 Permission Notice",
        "SHL-0.5": "Solderpad Hardware License v0.5",
        "SHL-0.51": "Solderpad Hardware License, Version 0.51",
        "SimPL-2.0": "Simple Public License 2.0",
        SISSL: "Sun Industry Standards Source License v1.1",
        "SISSL-1.2": "Sun Industry Standards Source License v1.2",
        SL: "SL License",
        Sleepycat: "Sleepycat License",
        "SMAIL-GPL": "SMAIL General Public License",
        SMLNJ: "Standard ML of New Jersey License",
        SMPPL: "Secure Messaging Protocol Public License",
        SNIA: "SNIA Public License 1.1",
        snprintf: "snprintf License",
        SOFA: "SOFA Software License",
        softSurfer: "softSurfer License",
        Soundex: "Soundex License",
        "Spencer-86": "Spencer License 86",
        "Spencer-94": "Spencer License 94",
        "Spencer-99": "Spencer License 99",
        "SPL-1.0": "Sun Public License v1.0",
        "ssh-keyscan": "ssh-keyscan License",
        "SSH-OpenSSH": "SSH OpenSSH license",
        "SSH-short": "SSH short notice",
        "SSLeay-standalone": "SSLeay License - standalone",
        "SSPL-1.0": "Server Side Public License, v 1",
        "StandardML-NJ": "Standard ML of New Jersey License",
        "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3",
        "SUL-1.0": "Sustainable Use License v1.0",
        "Sun-PPP": "Sun PPP License",
        "Sun-PPP-2000": "Sun PPP License (2000)",
        SunPro: "SunPro License",
        SWL: "Scheme Widget Library (SWL) Software License Agreement",
        swrule: "swrule License",
        Symlinks: "Symlinks License",
        "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0",
        TCL: "TCL/TK License",
        "TCP-wrappers": "TCP Wrappers License",
        TekHVC: "TekHVC License",
        TermReadKey: "TermReadKey License",
        "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0",
        ThirdEye: "ThirdEye License",
        threeparttable: "threeparttable License",
        TMate: "TMate Open Source License",
        "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1",
        TOSL: "Trusster Open Source License",
        TPDL: "Time::ParseDate License",
        "TPL-1.0": "THOR Public License 1.0",
        TrustedQSL: "TrustedQSL License",
        TTWL: "Text-Tabs+Wrap License",
        TTYP0: "TTYP0 License",
        "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0",
        "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0",
        "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0",
        UCAR: "UCAR License",
        "UCL-1.0": "Upstream Compatibility License v1.0",
        ulem: "ulem License",
        "UMich-Merit": "Michigan/Merit Networks License",
        "Unicode-3.0": "Unicode License v3",
        "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)",
        "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)",
        "Unicode-TOU": "Unicode Terms of Use",
        UnixCrypt: "UnixCrypt License",
        Unlicense: "The Unlicense",
        "Unlicense-libtelnet": "Unlicense - libtelnet variant",
        "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant",
        UnRAR: "UnRAR License",
        "UPL-1.0": "Universal Permissive License v1.0",
        "URT-RLE": "Utah Raster Toolkit Run Length Encoded License",
        Vim: "Vim License",
        "Vixie-Cron": "Vixie Cron License",
        VOSTROM: "VOSTROM Public License for Open Source",
        "VSL-1.0": "Vovida Software License v1.0",
        W3C: "W3C Software Notice and License (2002-12-31)",
        "W3C-19980720": "W3C Software Notice and License (1998-07-20)",
        "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)",
        w3m: "w3m License",
        "Watcom-1.0": "Sybase Open Watcom Public License 1.0",
        "Widget-Workshop": "Widget Workshop License",
        WordNet: "WordNet License",
        Wsuipa: "Wsuipa License",
        WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License",
        WTFPL: "Do What The F*ck You Want To Public License",
        wwl: "WWL License",
        wxWindows: "wxWindows Library License",
        X11: "X11 License",
        "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant",
        "X11-no-permit-persons": "X11 no permit persons clause",
        "X11-swapped": "X11 swapped final paragraphs",
        "Xdebug-1.03": "Xdebug License v 1.03",
        Xerox: "Xerox License",
        Xfig: "Xfig License",
        "XFree86-1.1": "XFree86 License 1.1",
        xinetd: "xinetd License",
        "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License",
        xlock: "xlock License",
        Xnet: "X.Net License",
        xpp: "XPP License",
        XSkat: "XSkat License",
        xzoom: "xzoom License",
        "YPL-1.0": "Yahoo! Public License v1.0",
        "YPL-1.1": "Yahoo! Public License v1.1",
        Zed: "Zed License",
        Zeeff: "Zeeff License",
        "Zend-2.0": "Zend License v2.0",
        "Zimbra-1.3": "Zimbra Public License v1.3",
        "Zimbra-1.4": "Zimbra Public License v1.4",
        Zlib: "zlib License",
        "zlib-acknowledgement": "zlib/libpng License with Acknowledgement",
        "ZPL-1.1": "Zope Public License 1.1",
        "ZPL-2.0": "Zope Public License 2.0",
        "ZPL-2.1": "Zope Public License 2.1",
        "389-exception": "389 Directory Server Exception",
        "Asterisk-exception": "Asterisk exception",
        "Asterisk-linking-protocols-exception": "Asterisk linking protocols exception",
        "Autoconf-exception-2.0": "Autoconf exception 2.0",
        "Autoconf-exception-3.0": "Autoconf exception 3.0",
        "Autoconf-exception-generic": "Autoconf generic exception",
        "Autoconf-exception-generic-3.0": "Autoconf generic exception for GPL-3.0",
        "Autoconf-exception-macro": "Autoconf macro exception",
        "Bison-exception-1.24": "Bison exception 1.24",
        "Bison-exception-2.2": "Bison exception 2.2",
        "Bootloader-exception": "Bootloader Distribution Exception",
        "CGAL-linking-exception": "CGAL Linking Exception",
        "Classpath-exception-2.0": "Classpath exception 2.0",
        "Classpath-exception-2.0-short": "Classpath exception 2.0 - short",
        "CLISP-exception-2.0": "CLISP exception 2.0",
        "cryptsetup-OpenSSL-exception": "cryptsetup OpenSSL exception",
        "Digia-Qt-LGPL-exception-1.1": "Digia Qt LGPL Exception version 1.1",
        "DigiRule-FOSS-exception": "DigiRule FOSS License Exception",
        "eCos-exception-2.0": "eCos exception 2.0",
        "erlang-otp-linking-exception": "Erlang/OTP Linking Exception",
        "Fawkes-Runtime-exception": "Fawkes Runtime Exception",
        "FLTK-exception": "FLTK exception",
        "fmt-exception": "fmt exception",
        "Font-exception-2.0": "Font exception 2.0",
        "freertos-exception-2.0": "FreeRTOS Exception 2.0",
        "GCC-exception-2.0": "GCC Runtime Library exception 2.0",
        "GCC-exception-2.0-note": "GCC    Runtime Library exception 2.0 - note variant",
        "GCC-exception-3.1": "GCC Runtime Library exception 3.1",
        "Gmsh-exception": "Gmsh exception",
        "GNAT-exception": "GNAT exception",
        "GNOME-examples-exception": "GNOME examples exception",
        "GNU-compiler-exception": "GNU Compiler Exception",
        "gnu-javamail-exception": "GNU JavaMail exception",
        "Google-Patent-WebM": "Google Additional IP Rights Grant (Patents) - WebM",
        "GPL-3.0-389-ds-base-exception": "GPL-3.0 389 DS Base Exception",
        "GPL-3.0-interface-exception": "GPL-3.0 Interface Exception",
        "GPL-3.0-linking-exception": "GPL-3.0 Linking Exception",
        "GPL-3.0-linking-source-exception": "GPL-3.0 Linking Exception (with Corresponding Source)",
        "GPL-CC-1.0": "GPL Cooperation Commitment 1.0",
        "GStreamer-exception-2005": "GStreamer Exception (2005)",
        "GStreamer-exception-2008": "GStreamer Exception (2008)",
        "harbour-exception": "harbour exception",
        "i2p-gpl-java-exception": "i2p GPL+Java Exception",
        "Independent-modules-exception": "Independent Module Linking exception",
        "KiCad-libraries-exception": "KiCad Libraries Exception",
        "kvirc-openssl-exception": "kvirc OpenSSL Exception",
        "LGPL-3.0-linking-exception": "LGPL-3.0 Linking Exception",
        "libpri-OpenH323-exception": "libpri OpenH323 exception",
        "Libtool-exception": "Libtool Exception",
        "Linux-syscall-note": "Linux Syscall Note",
        LLGPL: "LLGPL Preamble",
        "LLVM-exception": "LLVM Exception",
        "LZMA-exception": "LZMA exception",
        "mif-exception": "Macros and Inline Functions Exception",
        "mxml-exception": "mxml Exception",
        "Nokia-Qt-exception-1.1": "Nokia Qt LGPL exception 1.1",
        "OCaml-LGPL-linking-exception": "OCaml LGPL Linking Exception",
        "OCCT-exception-1.0": "Open CASCADE Exception 1.0",
        "OpenJDK-assembly-exception-1.0": "OpenJDK Assembly exception 1.0",
        "openvpn-openssl-exception": "OpenVPN OpenSSL Exception",
        "PCRE2-exception": "PCRE2 exception",
        "polyparse-exception": "Polyparse Exception",
        "PS-or-PDF-font-exception-20170817": "PS/PDF font exception (2017-08-17)",
        "QPL-1.0-INRIA-2004-exception": "INRIA QPL 1.0 2004 variant exception",
        "Qt-GPL-exception-1.0": "Qt GPL exception 1.0",
        "Qt-LGPL-exception-1.1": "Qt LGPL exception 1.1",
        "Qwt-exception-1.0": "Qwt exception 1.0",
        "romic-exception": "Romic Exception",
        "RRDtool-FLOSS-exception-2.0": "RRDtool FLOSS exception 2.0",
        "rsync-linking-exception": "rsync Linking Exception",
        "SANE-exception": "SANE Exception",
        "SHL-2.0": "Solderpad Hardware License v2.0",
        "SHL-2.1": "Solderpad Hardware License v2.1",
        "Simple-Library-Usage-exception": "Simple Library Usage Exception",
        "Spelling-Provider-LGPL-exception": "Spelling Provider LGPL exception",
        "sqlitestudio-OpenSSL-exception": "sqlitestudio OpenSSL exception",
        "stunnel-exception": "stunnel Exception",
        "SWI-exception": "SWI exception",
        "Swift-exception": "Swift Exception",
        "Texinfo-exception": "Texinfo exception",
        "u-boot-exception-2.0": "U-Boot exception 2.0",
        "UBDL-exception": "Unmodified Binary Distribution exception",
        "Universal-FOSS-exception-1.0": "Universal FOSS Exception, Version 1.0",
        "vsftpd-openssl-exception": "vsftpd OpenSSL exception",
        "WxWindows-exception-3.1": "WxWindows Library Exception 3.1",
        "x11vnc-openssl-exception": "x11vnc OpenSSL Exception"
      }
    };
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var require_spdx = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isSupportedSpdxId = isSupportedSpdxId;
    exports.fixupSpdxId = fixupSpdxId;
    var spdx_SNAPSHOT_schema_json_1 = require_spdx_SNAPSHOT_schema();
    var spdxIds = new Set(spdx_SNAPSHOT_schema_json_1.enum);
    var spdxLowerToActual = Object.freeze(Object.fromEntries(spdx_SNAPSHOT_schema_json_1.enum.map((spdxId2) => [spdxId2.toLowerCase(), spdxId2])));
    function isSupportedSpdxId(value) {
      return spdxIds.has(value);
    }
    function fixupSpdxId(value) {
      return typeof value === "string" && value.length > 0 ? spdxLowerToActual[value.toLowerCase()] : void 0;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js
var require_enums2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Format = exports.Version = void 0;
    var Version;
    (function(Version2) {
      Version2["v1dot7"] = "1.7";
      Version2["v1dot6"] = "1.6";
      Version2["v1dot5"] = "1.5";
      Version2["v1dot4"] = "1.4";
      Version2["v1dot3"] = "1.3";
      Version2["v1dot2"] = "1.2";
      Version2["v1dot1"] = "1.1";
      Version2["v1dot0"] = "1.0";
    })(Version || (exports.Version = Version = {}));
    var Format;
    (function(Format2) {
      Format2["XML"] = "xml";
      Format2["JSON"] = "json";
    })(Format || (exports.Format = Format = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js
var require_types2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JsonSchema = void 0;
    var JsonSchema;
    (function(JsonSchema2) {
      function isIriReference(value) {
        return typeof value === "string" && value.length > 0;
      }
      JsonSchema2.isIriReference = isIriReference;
      function isIdnEmail(value) {
        return typeof value === "string" && value.length > 0;
      }
      JsonSchema2.isIdnEmail = isIdnEmail;
    })(JsonSchema || (exports.JsonSchema = JsonSchema = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js
var require_normalize = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
    var iterable_1 = require_iterable();
    var notUndefined_1 = require_notUndefined();
    var tree_1 = require_tree();
    var uri_1 = require_uri();
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var tool_1 = require_tool();
    var affect_1 = require_affect();
    var spdx_1 = require_spdx();
    var enums_1 = require_enums2();
    var types_1 = require_types2();
    var Factory = class {
      #spec;
      constructor(spec) {
        this.#spec = spec;
      }
      get spec() {
        return this.#spec;
      }
      makeForBom() {
        return new BomNormalizer(this);
      }
      makeForMetadata() {
        return new MetadataNormalizer(this);
      }
      makeForComponent() {
        return new ComponentNormalizer(this);
      }
      makeForService() {
        return new ServiceNormalizer(this);
      }
      makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
      }
      makeForLifecycle() {
        return new LifecycleNormalizer(this);
      }
      makeForTool() {
        return new ToolNormalizer(this);
      }
      makeForTools() {
        return new ToolsNormalizer(this);
      }
      makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
      }
      makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
      }
      makeForHash() {
        return new HashNormalizer(this);
      }
      makeForLicense() {
        return new LicenseNormalizer(this);
      }
      makeForSWID() {
        return new SWIDNormalizer(this);
      }
      makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
      }
      makeForAttachment() {
        return new AttachmentNormalizer(this);
      }
      makeForProperty() {
        return new PropertyNormalizer(this);
      }
      makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
      }
      makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
      }
      makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
      }
      makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
      }
      makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
      }
      makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
      }
      makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
      }
      makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
      }
      makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
      }
      makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
      }
    };
    exports.Factory = Factory;
    var schemaUrl = /* @__PURE__ */ new Map([
      [enums_1.Version.v1dot7, "http://cyclonedx.org/schema/bom-1.7.schema.json"],
      [enums_1.Version.v1dot6, "http://cyclonedx.org/schema/bom-1.6.schema.json"],
      [enums_1.Version.v1dot5, "http://cyclonedx.org/schema/bom-1.5.schema.json"],
      [enums_1.Version.v1dot4, "http://cyclonedx.org/schema/bom-1.4.schema.json"],
      [enums_1.Version.v1dot3, "http://cyclonedx.org/schema/bom-1.3a.schema.json"],
      [enums_1.Version.v1dot2, "http://cyclonedx.org/schema/bom-1.2b.schema.json"]
    ]);
    var BaseJsonNormalizer = class {
      _factory;
      constructor(factory) {
        this._factory = factory;
      }
      get factory() {
        return this._factory;
      }
    };
    var BomNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          $schema: schemaUrl.get(this._factory.spec.version),
          bomFormat: "CycloneDX",
          specVersion: this._factory.spec.version,
          version: data.version,
          serialNumber: this.#isEligibleSerialNumber(data.serialNumber) ? data.serialNumber : void 0,
          metadata: this._factory.makeForMetadata().normalize(data.metadata, options),
          components: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options) : [],
          services: this._factory.spec.supportsServices && data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0,
          dependencies: this._factory.spec.supportsDependencyGraph ? this._factory.makeForDependencyGraph().normalize(data, options) : void 0,
          vulnerabilities: this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0 ? this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options) : void 0
        };
      }
      #isEligibleSerialNumber(v) {
        return v !== void 0 && /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
      }
    };
    exports.BomNormalizer = BomNormalizer;
    var MetadataNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        return {
          timestamp: data.timestamp?.toISOString(),
          lifecycles: this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0 ? this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options) : void 0,
          tools: data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options) : void 0,
          authors: data.authors.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options) : void 0,
          component: data.component === void 0 ? void 0 : this._factory.makeForComponent().normalize(data.component, options),
          manufacture: data.manufacture === void 0 ? void 0 : orgEntityNormalizer.normalize(data.manufacture, options),
          supplier: data.supplier === void 0 ? void 0 : orgEntityNormalizer.normalize(data.supplier, options),
          licenses: this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          properties: this._factory.spec.supportsMetadataProperties && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
    };
    exports.MetadataNormalizer = MetadataNormalizer;
    var LifecycleNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return data instanceof lifecycle_1.NamedLifecycle ? { name: data.name, description: data.description } : { phase: data };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((lc) => this.normalize(lc, options));
      }
    };
    exports.LifecycleNormalizer = LifecycleNormalizer;
    var ToolNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          vendor: data.vendor || void 0,
          name: data.name || void 0,
          version: data.version || void 0,
          hashes: data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          externalReferences: this._factory.spec.supportsToolReferences && data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t) => this.normalize(t, options));
      }
    };
    exports.ToolNormalizer = ToolNormalizer;
    var ToolsNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
          return this._factory.makeForTool().normalizeIterable(new tool_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, tool_1.Tool.fromComponent), Array.from(data.services, tool_1.Tool.fromService), data.tools)), options);
        }
        return {
          components: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options) : void 0,
          services: data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0
        };
      }
    };
    exports.ToolsNormalizer = ToolsNormalizer;
    var HashNormalizer = class extends BaseJsonNormalizer {
      normalize([algorithm, content], options) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content) ? {
          alg: algorithm,
          content
        } : void 0;
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((h) => this.normalize(h, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.HashNormalizer = HashNormalizer;
    var OrganizationalContactNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name || void 0,
          email: types_1.JsonSchema.isIdnEmail(data.email) ? data.email : void 0,
          phone: data.phone || void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oc) => this.normalize(oc, options));
      }
    };
    exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
    var OrganizationalEntityNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const urls = normalizeStringableIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options).filter(types_1.JsonSchema.isIriReference);
        return {
          name: data.name || void 0,
          url: urls.length > 0 ? urls : void 0,
          contact: data.contact.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oe) => this.normalize(oe, options));
      }
    };
    exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
    var ComponentNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
          return void 0;
        }
        const version = data.version ?? "";
        return {
          type: data.type,
          name: data.name,
          group: data.group || void 0,
          version: version.length > 0 || spec.requiresComponentVersion ? version : void 0,
          "bom-ref": data.bomRef.value || void 0,
          supplier: data.supplier === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options),
          author: data.author || void 0,
          publisher: data.publisher || void 0,
          description: data.description || void 0,
          scope: data.scope,
          hashes: data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          copyright: data.copyright?.toString() || void 0,
          cpe: data.cpe || void 0,
          purl: data.purl?.toString(),
          swid: data.swid === void 0 ? void 0 : this._factory.makeForSWID().normalize(data.swid, options),
          externalReferences: data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0,
          properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0,
          components: data.components.size > 0 ? this.normalizeIterable(data.components, options) : void 0,
          evidence: spec.supportsComponentEvidence && data.evidence !== void 0 ? this._factory.makeForComponentEvidence().normalize(data.evidence, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((c) => this.normalize(c, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ComponentNormalizer = ComponentNormalizer;
    var ServiceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const spec = this._factory.spec;
        return {
          "bom-ref": data.bomRef.value || void 0,
          provider: data.provider ? this._factory.makeForOrganizationalEntity().normalize(data.provider, options) : void 0,
          group: data.group,
          name: data.name,
          version: data.version || void 0,
          description: data.description || void 0,
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          externalReferences: data.externalReferences.size > 0 ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options) : void 0,
          services: data.services.size > 0 ? this._factory.makeForService().normalizeIterable(data.services, options) : void 0,
          properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((s) => this.normalize(s, options));
      }
    };
    exports.ServiceNormalizer = ServiceNormalizer;
    var ComponentEvidenceNormalizer = class _ComponentEvidenceNormalizer extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          licenses: data.licenses.size > 0 ? this._factory.makeForLicense().normalizeIterable(data.licenses, options) : void 0,
          copyright: data.copyright.size > 0 ? options.sortLists ? data.copyright.sorted().map(_ComponentEvidenceNormalizer.#normalizeCopyright) : Array.from(data.copyright, _ComponentEvidenceNormalizer.#normalizeCopyright) : void 0
        };
      }
      static #normalizeCopyright(c) {
        return { text: c.toString() };
      }
    };
    exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
    var LicenseNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof license_1.NamedLicense:
            return this.#normalizeNamedLicense(data, options);
          case data instanceof license_1.SpdxLicense:
            return (0, spdx_1.isSupportedSpdxId)(data.id) ? this.#normalizeSpdxLicense(data, options) : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
          case data instanceof license_1.LicenseExpression:
            return this.#normalizeLicenseExpression(data);
          default:
            throw new TypeError("Unexpected LicenseChoice");
        }
      }
      #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          license: {
            name: data.name,
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0,
            text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url) ? url : void 0,
            properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
          }
        };
      }
      #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          license: {
            id: data.id,
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0,
            text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
            url: types_1.JsonSchema.isIriReference(url) ? url : void 0,
            properties: spec.supportsProperties(data) && data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
          }
        };
      }
      #normalizeLicenseExpression(data) {
        return {
          expression: data.expression,
          acknowledgement: this._factory.spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
        };
      }
      normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false ? data.sorted() : Array.from(data);
        if (licenses.length > 1) {
          const expressions = licenses.filter((l) => l instanceof license_1.LicenseExpression);
          if (expressions.length > 0) {
            return [this.#normalizeLicenseExpression(expressions[0])];
          }
        }
        return licenses.map((l) => this.normalize(l, options));
      }
    };
    exports.LicenseNormalizer = LicenseNormalizer;
    var SWIDNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          tagId: data.tagId,
          name: data.name,
          version: data.version || void 0,
          tagVersion: data.tagVersion,
          patch: data.patch,
          text: data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options),
          url: types_1.JsonSchema.isIriReference(url) ? url : void 0
        };
      }
    };
    exports.SWIDNormalizer = SWIDNormalizer;
    var ExternalReferenceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return this._factory.spec.supportsExternalReferenceType(data.type) ? {
          url: (0, uri_1.escapeUri)(data.url.toString()),
          type: data.type,
          hashes: this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0 ? this._factory.makeForHash().normalizeIterable(data.hashes, options) : void 0,
          comment: data.comment || void 0
        } : void 0;
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
    var AttachmentNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          content: data.content.toString(),
          contentType: data.contentType || void 0,
          encoding: data.encoding
        };
      }
    };
    exports.AttachmentNormalizer = AttachmentNormalizer;
    var PropertyNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name,
          value: data.value
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((p) => this.normalize(p, options));
      }
    };
    exports.PropertyNormalizer = PropertyNormalizer;
    var DependencyGraphNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const allRefs = /* @__PURE__ */ new Map();
        if (data.metadata.component !== void 0) {
          allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
          for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
          }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
          allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
          allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
          const dep = this.#normalizeDependency(ref, deps, allRefs, options);
          if ((0, notUndefined_1.isNotUndefined)(dep)) {
            normalized.push(dep);
          }
        }
        if (options.sortLists ?? false) {
          normalized.sort(({ ref: a }, { ref: b }) => a.localeCompare(b));
        }
        return normalized;
      }
      #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
          return void 0;
        }
        const dependsOn = normalizeStringableIter(Array.from(deps).filter((d) => allRefs.has(d) && d !== ref), options).filter((d) => d.length > 0);
        return {
          ref: bomRef,
          dependsOn: dependsOn.length > 0 ? dependsOn : void 0
        };
      }
    };
    exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
    var VulnerabilityNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          "bom-ref": data.bomRef.value || void 0,
          id: data.id || void 0,
          source: data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
          references: data.references.size > 0 ? this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options) : void 0,
          ratings: data.ratings.size > 0 ? this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options) : void 0,
          cwes: data.cwes.size > 0 ? options.sortLists ?? false ? data.cwes.sorted() : Array.from(data.cwes) : void 0,
          description: data.description,
          detail: data.detail,
          recommendation: data.recommendation,
          advisories: data.advisories.size > 0 ? this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options) : void 0,
          created: data.created?.toISOString(),
          published: data.published?.toISOString(),
          updated: data.updated?.toISOString(),
          credits: data.credits === void 0 ? void 0 : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options),
          tools: data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options) : void 0,
          analysis: data.analysis === void 0 ? void 0 : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options),
          affects: data.affects.size > 0 ? this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options) : void 0,
          properties: data.properties.size > 0 ? this._factory.makeForProperty().normalizeIterable(data.properties, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((v) => this.normalize(v, options));
      }
    };
    exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
    var VulnerabilitySourceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          name: data.name,
          url: data.url?.toString()
        };
      }
    };
    exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
    var VulnerabilityReferenceNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          id: data.id,
          source: this._factory.makeForVulnerabilitySource().normalize(data.source, options)
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options));
      }
    };
    exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
    var VulnerabilityRatingNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          source: data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
          score: data.score,
          severity: data.severity,
          method: this._factory.spec.supportsVulnerabilityRatingMethod(data.method) ? data.method : void 0,
          vector: data.vector,
          justification: data.justification
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options));
      }
    };
    exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
    var VulnerabilityAdvisoryNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.JsonSchema.isIriReference(url)) {
          return void 0;
        }
        return {
          title: data.title,
          url
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
    var VulnerabilityCreditsNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          organizations: data.organizations.size > 0 ? this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options) : void 0,
          individuals: data.individuals.size > 0 ? this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options) : void 0
        };
      }
    };
    exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
    var VulnerabilityAffectNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          ref: data.ref.toString(),
          versions: data.versions.size > 0 ? this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options) : void 0
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options));
      }
    };
    exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
    var VulnerabilityAffectedVersionNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof affect_1.AffectedSingleVersion:
            return this.#normalizeAffectedSingleVersion(data);
          case data instanceof affect_1.AffectedVersionRange:
            return this.#normalizeAffectedVersionRange(data);
          default:
            throw new TypeError("Unexpected Vulnerability AffectedVersion");
        }
      }
      #normalizeAffectedSingleVersion(data) {
        return data.version.length < 1 ? void 0 : {
          version: data.version.substring(0, 1024),
          status: data.status
        };
      }
      #normalizeAffectedVersionRange(data) {
        return data.range.length < 1 ? void 0 : {
          range: data.range.substring(0, 1024),
          status: data.status
        };
      }
      normalizeIterable(data, options) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((av) => this.normalize(av, options)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
    var VulnerabilityAnalysisNormalizer = class extends BaseJsonNormalizer {
      normalize(data, options) {
        return {
          state: data.state,
          justification: data.justification,
          response: data.response.size > 0 ? options.sortLists ?? false ? data.response.sorted() : Array.from(data.response) : void 0,
          detail: data.detail
        };
      }
    };
    exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
    function normalizeStringableIter(data, options) {
      const r = Array.from(data, (d) => d.toString());
      if (options.sortLists ?? false) {
        r.sort((a, b) => a.localeCompare(b));
      }
      return r;
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/index.js
var require_json = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Types = exports.Normalize = void 0;
    exports.Normalize = __importStar(require_normalize());
    exports.Types = __importStar(require_types2());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js
var require_errors3 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UnsupportedFormatError = void 0;
    var UnsupportedFormatError = class extends Error {
    };
    exports.UnsupportedFormatError = UnsupportedFormatError;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js
var require_jsonSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JsonSerializer = void 0;
    var enums_1 = require_enums2();
    var errors_1 = require_errors3();
    var baseSerializer_1 = require_baseSerializer();
    var JsonSerializer2 = class extends baseSerializer_1.BaseSerializer {
      #normalizerFactory;
      constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.JSON)) {
          throw new errors_1.UnsupportedFormatError("Spec does not support JSON format.");
        }
        super();
        this.#normalizerFactory = normalizerFactory;
      }
      get normalizerFactory() {
        return this.#normalizerFactory;
      }
      _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom().normalize(bom, options);
      }
      _serialize(bom, { space } = {}) {
        return JSON.stringify(bom, null, space);
      }
    };
    exports.JsonSerializer = JsonSerializer2;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/_xsd.js
var require_xsd = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/_xsd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.normalizedString = normalizedString;
    exports.token = token;
    var _normalizeStringForbiddenSearch = /\r\n|\t|\n|\r/g;
    var _normalizeStringForbiddenReplace = " ";
    function normalizedString(s) {
      return s.replace(_normalizeStringForbiddenSearch, _normalizeStringForbiddenReplace);
    }
    var _tokenMultispaceSearch = / {2,}/g;
    var _tokenMultispaceReplace = " ";
    function token(s) {
      return normalizedString(s).trim().replace(_tokenMultispaceSearch, _tokenMultispaceReplace);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/types.js
var require_types3 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlSchema = void 0;
    var XmlSchema;
    (function(XmlSchema2) {
      const _AnyUriSchemePattern = /^[a-z][a-z0-9+\-.]*$/i;
      function isAnyURI(value) {
        if (typeof value !== "string") {
          return false;
        }
        if (value.length === 0) {
          return false;
        }
        const fragmentPos = value.indexOf("#");
        let beforeFragment = value;
        if (fragmentPos >= 0) {
          if (value.includes("#", fragmentPos + 1)) {
            return false;
          }
          beforeFragment = value.slice(void 0, fragmentPos);
        }
        const schemePos = beforeFragment.indexOf(":");
        if (schemePos >= 0) {
          if (!_AnyUriSchemePattern.test(beforeFragment.slice(void 0, schemePos))) {
            return false;
          }
        }
        return true;
      }
      XmlSchema2.isAnyURI = isAnyURI;
    })(XmlSchema || (exports.XmlSchema = XmlSchema = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/normalize.js
var require_normalize2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/normalize.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.VulnerabilityAffectedVersionNormalizer = exports.VulnerabilityAffectNormalizer = exports.VulnerabilityAnalysisNormalizer = exports.VulnerabilityCreditsNormalizer = exports.VulnerabilityAdvisoryNormalizer = exports.VulnerabilityRatingNormalizer = exports.VulnerabilityReferenceNormalizer = exports.VulnerabilitySourceNormalizer = exports.VulnerabilityNormalizer = exports.DependencyGraphNormalizer = exports.PropertyNormalizer = exports.AttachmentNormalizer = exports.ExternalReferenceNormalizer = exports.SWIDNormalizer = exports.LicenseNormalizer = exports.ComponentEvidenceNormalizer = exports.ServiceNormalizer = exports.ComponentNormalizer = exports.OrganizationalEntityNormalizer = exports.OrganizationalContactNormalizer = exports.HashNormalizer = exports.ToolsNormalizer = exports.ToolNormalizer = exports.LifecycleNormalizer = exports.MetadataNormalizer = exports.BomNormalizer = exports.Factory = void 0;
    var iterable_1 = require_iterable();
    var notUndefined_1 = require_notUndefined();
    var tree_1 = require_tree();
    var uri_1 = require_uri();
    var models_1 = require_models();
    var license_1 = require_license();
    var lifecycle_1 = require_lifecycle();
    var affect_1 = require_affect();
    var spdx_1 = require_spdx();
    var enums_1 = require_enums2();
    var _xsd_1 = require_xsd();
    var types_1 = require_types3();
    var Factory = class {
      #spec;
      constructor(spec) {
        this.#spec = spec;
      }
      get spec() {
        return this.#spec;
      }
      makeForBom() {
        return new BomNormalizer(this);
      }
      makeForMetadata() {
        return new MetadataNormalizer(this);
      }
      makeForLifecycle() {
        return new LifecycleNormalizer(this);
      }
      makeForComponent() {
        return new ComponentNormalizer(this);
      }
      makeForService() {
        return new ServiceNormalizer(this);
      }
      makeForComponentEvidence() {
        return new ComponentEvidenceNormalizer(this);
      }
      makeForTool() {
        return new ToolNormalizer(this);
      }
      makeForTools() {
        return new ToolsNormalizer(this);
      }
      makeForOrganizationalContact() {
        return new OrganizationalContactNormalizer(this);
      }
      makeForOrganizationalEntity() {
        return new OrganizationalEntityNormalizer(this);
      }
      makeForHash() {
        return new HashNormalizer(this);
      }
      makeForLicense() {
        return new LicenseNormalizer(this);
      }
      makeForSWID() {
        return new SWIDNormalizer(this);
      }
      makeForExternalReference() {
        return new ExternalReferenceNormalizer(this);
      }
      makeForAttachment() {
        return new AttachmentNormalizer(this);
      }
      makeForProperty() {
        return new PropertyNormalizer(this);
      }
      makeForDependencyGraph() {
        return new DependencyGraphNormalizer(this);
      }
      makeForVulnerability() {
        return new VulnerabilityNormalizer(this);
      }
      makeForVulnerabilitySource() {
        return new VulnerabilitySourceNormalizer(this);
      }
      makeForVulnerabilityReference() {
        return new VulnerabilityReferenceNormalizer(this);
      }
      makeForVulnerabilityRating() {
        return new VulnerabilityRatingNormalizer(this);
      }
      makeForVulnerabilityAdvisory() {
        return new VulnerabilityAdvisoryNormalizer(this);
      }
      makeForVulnerabilityCredits() {
        return new VulnerabilityCreditsNormalizer(this);
      }
      makeForVulnerabilityAffect() {
        return new VulnerabilityAffectNormalizer(this);
      }
      makeForVulnerabilityAffectedVersion() {
        return new VulnerabilityAffectedVersionNormalizer(this);
      }
      makeForVulnerabilityAnalysis() {
        return new VulnerabilityAnalysisNormalizer(this);
      }
    };
    exports.Factory = Factory;
    var xmlNamespace = /* @__PURE__ */ new Map([
      [enums_1.Version.v1dot7, "http://cyclonedx.org/schema/bom/1.7"],
      [enums_1.Version.v1dot6, "http://cyclonedx.org/schema/bom/1.6"],
      [enums_1.Version.v1dot5, "http://cyclonedx.org/schema/bom/1.5"],
      [enums_1.Version.v1dot4, "http://cyclonedx.org/schema/bom/1.4"],
      [enums_1.Version.v1dot3, "http://cyclonedx.org/schema/bom/1.3"],
      [enums_1.Version.v1dot2, "http://cyclonedx.org/schema/bom/1.2"],
      [enums_1.Version.v1dot1, "http://cyclonedx.org/schema/bom/1.1"],
      [enums_1.Version.v1dot0, "http://cyclonedx.org/schema/bom/1.0"]
    ]);
    var BaseXmlNormalizer = class {
      _factory;
      constructor(factory) {
        this._factory = factory;
      }
      get factory() {
        return this._factory;
      }
    };
    var BomNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options) {
        const components = {
          type: "element",
          name: "components",
          children: data.components.size > 0 ? this._factory.makeForComponent().normalizeIterable(data.components, options, "component") : void 0
        };
        const services = this._factory.spec.supportsServices && data.services.size > 0 ? {
          type: "element",
          name: "services",
          children: this._factory.makeForService().normalizeIterable(data.services, options, "service")
        } : void 0;
        const vulnerabilities = this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0 ? {
          type: "element",
          name: "vulnerabilities",
          children: this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options, "vulnerability")
        } : void 0;
        return {
          type: "element",
          name: "bom",
          namespace: xmlNamespace.get(this._factory.spec.version),
          attributes: {
            version: data.version,
            serialNumber: this.#isEligibleSerialNumber(data.serialNumber) ? data.serialNumber : void 0
          },
          children: [
            this._factory.makeForMetadata().normalize(data.metadata, options, "metadata"),
            components,
            services,
            this._factory.spec.supportsDependencyGraph ? this._factory.makeForDependencyGraph().normalize(data, options, "dependencies") : void 0,
            vulnerabilities
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #isEligibleSerialNumber(v) {
        return v !== void 0 && /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/.test(v);
      }
    };
    exports.BomNormalizer = BomNormalizer;
    var MetadataNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
        const lifecycles = this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0 ? {
          type: "element",
          name: "lifecycles",
          children: this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options, "lifecycle")
        } : void 0;
        const tools = data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options, "tools") : void 0;
        const authors = data.authors.size > 0 ? {
          type: "element",
          name: "authors",
          children: this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options, "author")
        } : void 0;
        const licenses = this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const properties = this._factory.spec.supportsMetadataProperties && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalDateTimeElement(data.timestamp, "timestamp"),
            lifecycles,
            tools,
            authors,
            data.component === void 0 ? void 0 : this._factory.makeForComponent().normalize(data.component, options, "component"),
            data.manufacture === void 0 ? void 0 : orgEntityNormalizer.normalize(data.manufacture, options, "manufacture"),
            data.supplier === void 0 ? void 0 : orgEntityNormalizer.normalize(data.supplier, options, "supplier"),
            licenses,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.MetadataNormalizer = MetadataNormalizer;
    var LifecycleNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return data instanceof lifecycle_1.NamedLifecycle ? {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.description, "description")
          ].filter(notUndefined_1.isNotUndefined)
        } : {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data, "phase")
          ]
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t) => this.normalize(t, options, elementName));
      }
    };
    exports.LifecycleNormalizer = LifecycleNormalizer;
    var ToolNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const hashes = data.hashes.size > 0 ? {
          type: "element",
          name: "hashes",
          children: this._factory.makeForHash().normalizeIterable(data.hashes, options, "hash")
        } : void 0;
        const externalReferences = this._factory.spec.supportsToolReferences && data.externalReferences.size > 0 ? {
          type: "element",
          name: "externalReferences",
          children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, "reference")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.vendor, "vendor", _xsd_1.normalizedString),
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.version, "version", _xsd_1.normalizedString),
            hashes,
            externalReferences
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((t) => this.normalize(t, options, elementName));
      }
    };
    exports.ToolNormalizer = ToolNormalizer;
    var ToolsNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        let children = [];
        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
          children = this._factory.makeForTool().normalizeIterable(new models_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, models_1.Tool.fromComponent), Array.from(data.services, models_1.Tool.fromService), data.tools)), options, "tool");
        } else {
          if (data.components.size > 0) {
            children.push({
              type: "element",
              name: "components",
              children: this._factory.makeForComponent().normalizeIterable(data.components, options, "component")
            });
          }
          if (data.services.size > 0) {
            children.push({
              type: "element",
              name: "services",
              children: this._factory.makeForService().normalizeIterable(data.services, options, "service")
            });
          }
        }
        return {
          type: "element",
          name: elementName,
          children
        };
      }
    };
    exports.ToolsNormalizer = ToolsNormalizer;
    var HashNormalizer = class extends BaseXmlNormalizer {
      normalize([algorithm, content], options, elementName) {
        const spec = this._factory.spec;
        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content) ? {
          type: "element",
          name: elementName,
          attributes: { alg: algorithm },
          children: (0, _xsd_1.token)(content)
        } : void 0;
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((h) => this.normalize(h, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.HashNormalizer = HashNormalizer;
    var OrganizationalContactNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.email, "email", _xsd_1.normalizedString),
            makeOptionalTextElement(data.phone, "phone", _xsd_1.normalizedString)
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oc) => this.normalize(oc, options, elementName));
      }
    };
    exports.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
    var OrganizationalEntityNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            ...makeTextElementIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options, "url").filter(({ children: u }) => types_1.XmlSchema.isAnyURI(u)),
            ...this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options, "contact")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((oe) => this.normalize(oe, options, elementName));
      }
    };
    exports.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
    var ComponentNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const spec = this._factory.spec;
        if (!spec.supportsComponentType(data.type)) {
          return void 0;
        }
        const supplier = data.supplier === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options, "supplier");
        const version = (spec.requiresComponentVersion ? makeTextElement : makeOptionalTextElement)(data.version ?? "", "version", _xsd_1.normalizedString);
        const hashes = data.hashes.size > 0 ? {
          type: "element",
          name: "hashes",
          children: this._factory.makeForHash().normalizeIterable(data.hashes, options, "hash")
        } : void 0;
        const licenses = data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const swid = data.swid === void 0 ? void 0 : this._factory.makeForSWID().normalize(data.swid, options, "swid");
        const extRefs = data.externalReferences.size > 0 ? {
          type: "element",
          name: "externalReferences",
          children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, "reference")
        } : void 0;
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        const components = data.components.size > 0 ? {
          type: "element",
          name: "components",
          children: this.normalizeIterable(data.components, options, "component")
        } : void 0;
        const evidence = spec.supportsComponentEvidence && data.evidence !== void 0 ? this._factory.makeForComponentEvidence().normalize(data.evidence, options, "evidence") : void 0;
        return {
          type: "element",
          name: elementName,
          attributes: {
            type: data.type,
            "bom-ref": data.bomRef.value
          },
          children: [
            supplier,
            makeOptionalTextElement(data.author, "author", _xsd_1.normalizedString),
            makeOptionalTextElement(data.publisher, "publisher", _xsd_1.normalizedString),
            makeOptionalTextElement(data.group, "group", _xsd_1.normalizedString),
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            version,
            makeOptionalTextElement(data.description, "description", _xsd_1.normalizedString),
            makeOptionalTextElement(data.scope, "scope"),
            hashes,
            licenses,
            makeOptionalTextElement(data.copyright, "copyright", _xsd_1.normalizedString),
            makeOptionalTextElement(data.cpe, "cpe"),
            makeOptionalTextElement(data.purl, "purl"),
            swid,
            extRefs,
            properties,
            components,
            evidence
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((c) => this.normalize(c, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ComponentNormalizer = ComponentNormalizer;
    var ServiceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const spec = this._factory.spec;
        const provider = data.provider === void 0 ? void 0 : this._factory.makeForOrganizationalEntity().normalize(data.provider, options, "provider");
        const licenses = data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const extRefs = data.externalReferences.size > 0 ? {
          type: "element",
          name: "externalReferences",
          children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, "reference")
        } : void 0;
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        const services = data.services.size > 0 ? {
          type: "element",
          name: "services",
          children: this.normalizeIterable(data.services, options, "service")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          attributes: {
            "bom-ref": data.bomRef.value
          },
          children: [
            provider,
            makeOptionalTextElement(data.group, "group", _xsd_1.normalizedString),
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            makeOptionalTextElement(data.version, "version", _xsd_1.normalizedString),
            makeOptionalTextElement(data.description, "description", _xsd_1.normalizedString),
            licenses,
            extRefs,
            properties,
            services
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((s) => this.normalize(s, options, elementName));
      }
    };
    exports.ServiceNormalizer = ServiceNormalizer;
    var ComponentEvidenceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const licenses = data.licenses.size > 0 ? {
          type: "element",
          name: "licenses",
          children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
        } : void 0;
        const copyright = data.copyright.size > 0 ? {
          type: "element",
          name: "copyright",
          children: makeTextElementIter(data.copyright, options, "text")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            licenses,
            copyright
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
    var LicenseNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options) {
        switch (true) {
          case data instanceof license_1.NamedLicense:
            return this.#normalizeNamedLicense(data, options);
          case data instanceof license_1.SpdxLicense:
            return (0, spdx_1.isSupportedSpdxId)(data.id) ? this.#normalizeSpdxLicense(data, options) : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
          case data instanceof license_1.LicenseExpression:
            return this.#normalizeLicenseExpression(data);
          default:
            throw new TypeError("Unexpected LicenseChoice");
        }
      }
      #normalizeNamedLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: "license",
          attributes: {
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
          },
          children: [
            makeTextElement(data.name, "name", _xsd_1.normalizedString),
            data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options, "text"),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #normalizeSpdxLicense(data, options) {
        const spec = this._factory.spec;
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        const properties = spec.supportsProperties(data) && data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: "license",
          attributes: {
            acknowledgement: spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
          },
          children: [
            makeTextElement(data.id, "id"),
            data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options, "text"),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #normalizeLicenseExpression(data) {
        const elem = makeTextElement(data.expression, "expression", _xsd_1.normalizedString);
        elem.attributes = {
          acknowledgement: this._factory.spec.supportsLicenseAcknowledgement ? data.acknowledgement : void 0
        };
        return elem;
      }
      normalizeIterable(data, options) {
        const licenses = options.sortLists ?? false ? data.sorted() : Array.from(data);
        if (licenses.length > 1) {
          const expressions = licenses.filter((l) => l instanceof license_1.LicenseExpression);
          if (expressions.length > 0) {
            return [this.#normalizeLicenseExpression(expressions[0])];
          }
        }
        return licenses.map((l) => this.normalize(l, options));
      }
    };
    exports.LicenseNormalizer = LicenseNormalizer;
    var SWIDNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          type: "element",
          name: elementName,
          attributes: {
            tagId: data.tagId,
            name: data.name,
            version: data.version || void 0,
            tagVersion: data.tagVersion,
            patch: data.patch === void 0 ? void 0 : data.patch ? "true" : "false"
          },
          children: [
            data.text === void 0 ? void 0 : this._factory.makeForAttachment().normalize(data.text, options, "text"),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.SWIDNormalizer = SWIDNormalizer;
    var ExternalReferenceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        const hashes = this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0 ? {
          type: "element",
          name: "hashes",
          children: this._factory.makeForHash().normalizeIterable(data.hashes, options, "hash")
        } : void 0;
        return this._factory.spec.supportsExternalReferenceType(data.type) && types_1.XmlSchema.isAnyURI(url) ? {
          type: "element",
          name: elementName,
          attributes: {
            type: data.type
          },
          children: [
            makeTextElement(url, "url"),
            makeOptionalTextElement(data.comment, "comment"),
            hashes
          ].filter(notUndefined_1.isNotUndefined)
        } : void 0;
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
    var AttachmentNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          attributes: {
            "content-type": data.contentType ? (0, _xsd_1.normalizedString)(data.contentType) : void 0,
            encoding: data.encoding || void 0
          },
          children: data.content.toString()
        };
      }
    };
    exports.AttachmentNormalizer = AttachmentNormalizer;
    var PropertyNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          attributes: {
            name: data.name
          },
          children: (0, _xsd_1.normalizedString)(data.value)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((p) => this.normalize(p, options, elementName));
      }
    };
    exports.PropertyNormalizer = PropertyNormalizer;
    var DependencyGraphNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const allRefs = /* @__PURE__ */ new Map();
        if (data.metadata.component !== void 0) {
          allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
          for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
            allRefs.set(component.bomRef, component.dependencies);
          }
        }
        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
          allRefs.set(component.bomRef, component.dependencies);
        }
        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
          allRefs.set(service.bomRef, service.dependencies);
        }
        const normalized = [];
        for (const [ref, deps] of allRefs) {
          const dep = this.#normalizeDependency(ref, deps, allRefs, options);
          if ((0, notUndefined_1.isNotUndefined)(dep)) {
            normalized.push(dep);
          }
        }
        if (options.sortLists ?? false) {
          normalized.sort(({ attributes: { ref: a } }, { attributes: { ref: b } }) => a.localeCompare(b));
        }
        return {
          type: "element",
          name: elementName,
          children: normalized
        };
      }
      #normalizeDependency(ref, deps, allRefs, options) {
        const bomRef = ref.toString();
        if (bomRef.length === 0) {
          return void 0;
        }
        const dependsOn = Array.from(deps).filter((d) => allRefs.has(d) && d !== ref).map((d) => d.toString()).filter((d) => d.length > 0);
        if (options.sortLists ?? false) {
          dependsOn.sort((a, b) => a.localeCompare(b));
        }
        return {
          type: "element",
          name: "dependency",
          attributes: { ref: bomRef },
          children: dependsOn.map((d) => ({
            type: "element",
            name: "dependency",
            attributes: { ref: d }
          }))
        };
      }
    };
    exports.DependencyGraphNormalizer = DependencyGraphNormalizer;
    var VulnerabilityNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const references = data.references.size > 0 ? {
          type: "element",
          name: "references",
          children: this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options, "reference")
        } : void 0;
        const ratings = data.ratings.size > 0 ? {
          type: "element",
          name: "ratings",
          children: this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options, "rating")
        } : void 0;
        const cwes = data.cwes.size > 0 ? {
          type: "element",
          name: "cwes",
          children: (options.sortLists ? data.cwes.sorted() : Array.from(data.cwes)).map((cwe) => makeTextElement(cwe, "cwe"))
        } : void 0;
        const advisories = data.advisories.size > 0 ? {
          type: "element",
          name: "advisories",
          children: this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options, "advisory")
        } : void 0;
        const tools = data.tools.size > 0 ? this._factory.makeForTools().normalize(data.tools, options, "tools") : void 0;
        const affects = data.affects.size > 0 ? {
          type: "element",
          name: "affects",
          children: this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options, "target")
        } : void 0;
        const properties = data.properties.size > 0 ? {
          type: "element",
          name: "properties",
          children: this._factory.makeForProperty().normalizeIterable(data.properties, options, "property")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          attributes: { "bom-ref": data.bomRef.value || void 0 },
          children: [
            makeOptionalTextElement(data.id, "id", _xsd_1.normalizedString),
            data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options, "source"),
            references,
            ratings,
            cwes,
            makeOptionalTextElement(data.description, "description"),
            makeOptionalTextElement(data.detail, "detail"),
            makeOptionalTextElement(data.recommendation, "recommendation"),
            advisories,
            makeOptionalDateTimeElement(data.created, "created"),
            makeOptionalDateTimeElement(data.created, "published"),
            makeOptionalDateTimeElement(data.created, "updated"),
            data.credits === void 0 ? void 0 : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options, "credits"),
            tools,
            data.analysis === void 0 ? void 0 : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options, "analysis"),
            affects,
            properties
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((v) => this.normalize(v, options, elementName));
      }
    };
    exports.VulnerabilityNormalizer = VulnerabilityNormalizer;
    var VulnerabilitySourceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url?.toString());
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.name, "name", _xsd_1.normalizedString),
            types_1.XmlSchema.isAnyURI(url) ? makeTextElement(url, "url") : void 0
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
    var VulnerabilityReferenceNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.id, "id"),
            this._factory.makeForVulnerabilitySource().normalize(data.source, options, "source")
          ]
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options, elementName));
      }
    };
    exports.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
    var VulnerabilityRatingNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            data.source === void 0 ? void 0 : this._factory.makeForVulnerabilitySource().normalize(data.source, options, "source"),
            makeOptionalTextElement(data.score, "score"),
            makeOptionalTextElement(data.severity, "severity"),
            this._factory.spec.supportsVulnerabilityRatingMethod(data.method) ? makeOptionalTextElement(data.method, "method") : void 0,
            makeOptionalTextElement(data.vector, "vector", _xsd_1.normalizedString),
            makeOptionalTextElement(data.justification, "justification")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((r) => this.normalize(r, options, elementName));
      }
    };
    exports.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
    var VulnerabilityAdvisoryNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const url = (0, uri_1.escapeUri)(data.url.toString());
        if (!types_1.XmlSchema.isAnyURI(url)) {
          return void 0;
        }
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.title, "title"),
            makeTextElement(url, "url")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options, elementName)).filter(notUndefined_1.isNotUndefined);
      }
    };
    exports.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
    var VulnerabilityCreditsNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const organizations = data.organizations.size > 0 ? {
          type: "element",
          name: "organizations",
          children: this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options, "organization")
        } : void 0;
        const individuals = data.individuals.size > 0 ? {
          type: "element",
          name: "individuals",
          children: this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options, "individual")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            organizations,
            individuals
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
    var VulnerabilityAnalysisNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const responses = data.response.size > 0 ? {
          type: "element",
          name: "responses",
          children: (options.sortLists ?? false ? data.response.sorted() : Array.from(data.response)).map((ar) => makeTextElement(ar, "response"))
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeOptionalTextElement(data.state, "state"),
            makeOptionalTextElement(data.justification, "justification"),
            responses,
            makeOptionalTextElement(data.detail, "detail")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
    };
    exports.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
    var VulnerabilityAffectNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        const versions = data.versions.size > 0 ? {
          type: "element",
          name: "versions",
          children: this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options, "version")
        } : void 0;
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.ref, "ref"),
            versions
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((a) => this.normalize(a, options, elementName));
      }
    };
    exports.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
    var VulnerabilityAffectedVersionNormalizer = class extends BaseXmlNormalizer {
      normalize(data, options, elementName) {
        switch (true) {
          case data instanceof affect_1.AffectedSingleVersion:
            return this.#normalizeAffectedSingleVersion(data, elementName);
          case data instanceof affect_1.AffectedVersionRange:
            return this.#normalizeAffectedVersionRange(data, elementName);
          default:
            throw new TypeError("Unexpected Vulnerability AffectedVersion");
        }
      }
      #normalizeAffectedSingleVersion(data, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.version, "version", _xsd_1.normalizedString),
            makeOptionalTextElement(data.status, "status")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      #normalizeAffectedVersionRange(data, elementName) {
        return {
          type: "element",
          name: elementName,
          children: [
            makeTextElement(data.range, "range", _xsd_1.normalizedString),
            makeOptionalTextElement(data.status, "status")
          ].filter(notUndefined_1.isNotUndefined)
        };
      }
      normalizeIterable(data, options, elementName) {
        return (options.sortLists ?? false ? data.sorted() : Array.from(data)).map((av) => this.normalize(av, options, elementName));
      }
    };
    exports.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
    var noTEM = (s) => s;
    function makeOptionalTextElement(data, elementName, mod = noTEM) {
      const s = mod(data?.toString() ?? "");
      return s.length > 0 ? makeTextElement(s, elementName) : void 0;
    }
    function makeTextElement(data, elementName, mod = noTEM) {
      return {
        type: "element",
        name: elementName,
        children: mod(data.toString())
      };
    }
    function makeTextElementIter(data, options, elementName, mod = noTEM) {
      const r = Array.from(data, (d) => makeTextElement(d, elementName, mod));
      if (options.sortLists ?? false) {
        r.sort(({ children: a }, { children: b }) => a.localeCompare(b));
      }
      return r;
    }
    function makeOptionalDateTimeElement(data, elementName, mod = noTEM) {
      const d = data?.toISOString();
      return d === void 0 ? void 0 : makeTextElement(d, elementName, mod);
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/index.js
var require_xml = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xml/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Types = exports.Normalize = void 0;
    exports.Normalize = __importStar(require_normalize2());
    exports.Types = __importStar(require_types3());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlBaseSerializer.js
var require_xmlBaseSerializer = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlBaseSerializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlBaseSerializer = void 0;
    var enums_1 = require_enums2();
    var errors_1 = require_errors3();
    var baseSerializer_1 = require_baseSerializer();
    var XmlBaseSerializer = class extends baseSerializer_1.BaseSerializer {
      #normalizerFactory;
      constructor(normalizerFactory) {
        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.XML)) {
          throw new errors_1.UnsupportedFormatError("Spec does not support XML format.");
        }
        super();
        this.#normalizerFactory = normalizerFactory;
      }
      get normalizerFactory() {
        return this.#normalizerFactory;
      }
      _normalize(bom, options = {}) {
        return this.#normalizerFactory.makeForBom().normalize(bom, options);
      }
    };
    exports.XmlBaseSerializer = XmlBaseSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.common.js
var require_index_common = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.common.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XML = exports.JSON = exports.Types = void 0;
    __exportStar(require_bomRefDiscriminator(), exports);
    __exportStar(require_errors2(), exports);
    exports.Types = __importStar(require_types());
    __exportStar(require_baseSerializer(), exports);
    exports.JSON = __importStar(require_json());
    __exportStar(require_jsonSerializer(), exports);
    exports.XML = __importStar(require_xml());
    __exportStar(require_xmlBaseSerializer(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/_wrapper.js
var require_wrapper = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/_wrapper.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = default_1;
    var errors_1 = require_errors();
    function makeWIllThrow(message) {
      const f = function() {
        throw new errors_1.OptPlugError(message);
      };
      f.fails = true;
      return Object.freeze(f);
    }
    function default_1(name, pf) {
      for (const [, getF] of pf) {
        try {
          return getF();
        } catch {
        }
      }
      return makeWIllThrow(`No ${name} available.
Please install one of the optional dependencies: ` + pf.map((kv) => kv[0]).join(" || "));
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/__xmlStringifiers/xmlbuilder2.js
var require_xmlbuilder2 = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/__xmlStringifiers/xmlbuilder2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var xmlbuilder2_1 = __require("xmlbuilder2");
    if (typeof xmlbuilder2_1.create !== "function") {
      throw new Error("`create` is not a function");
    }
    exports.default = (function(rootElement, { space } = {}) {
      const indent = makeIndent(space);
      const doc = (0, xmlbuilder2_1.create)({ encoding: "UTF-8" });
      addEle(doc, rootElement);
      return doc.end({
        format: "xml",
        newline: "\n",
        prettyPrint: indent.length > 0,
        indent
      });
    });
    function addEle(parent, element, parentNS = null) {
      if (element.type !== "element") {
        return;
      }
      const ns = getNS(element) ?? parentNS;
      const ele = parent.ele(ns, element.name, element.attributes);
      if (element.children === void 0) {
      } else if (typeof element.children === "string" || typeof element.children === "number") {
        ele.txt(element.children.toString());
      } else {
        for (const child of element.children) {
          addEle(ele, child, ns);
        }
      }
    }
    function getNS(element) {
      const ns = (element.namespace ?? element.attributes?.xmlns)?.toString() ?? "";
      return ns.length > 0 ? ns : null;
    }
    function makeIndent(space) {
      if (typeof space === "number") {
        return " ".repeat(Math.max(0, space));
      }
      if (typeof space === "string") {
        return space;
      }
      return "";
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/xmlStringify.js
var require_xmlStringify = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/xmlStringify.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var _wrapper_1 = __importDefault(require_wrapper());
    exports.default = (0, _wrapper_1.default)("XmlStringifier", [
      ["xmlbuilder2", () => require_xmlbuilder2().default]
    ]);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlSerializer.node.js
var require_xmlSerializer_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/xmlSerializer.node.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlSerializer = void 0;
    var errors_1 = require_errors();
    var xmlStringify_1 = __importDefault(require_xmlStringify());
    var errors_2 = require_errors2();
    var xmlBaseSerializer_1 = require_xmlBaseSerializer();
    var XmlSerializer = class extends xmlBaseSerializer_1.XmlBaseSerializer {
      _serialize(normalizedBom, options = {}) {
        try {
          return (0, xmlStringify_1.default)(normalizedBom, options);
        } catch (err) {
          if (err instanceof errors_1.OptPlugError) {
            throw new errors_2.MissingOptionalDependencyError(err.message, err);
          }
          throw err;
        }
      }
    };
    exports.XmlSerializer = XmlSerializer;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var require_index_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_index_common(), exports);
    __exportStar(require_xmlSerializer_node(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js
var require_protocol = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports._Spec = void 0;
    var models_1 = require_models();
    var _Spec = class {
      #version;
      #formats;
      #componentTypes;
      #hashAlgorithms;
      #hashValuePattern;
      #externalReferenceTypes;
      #vulnerabilityRatingMethods;
      #supportsDependencyGraph;
      #supportsToolReferences;
      #requiresComponentVersion;
      #supportsProperties;
      #supportsVulnerabilities;
      #supportsComponentEvidence;
      #supportsMetadataLifecycles;
      #supportsMetadataLicenses;
      #supportsMetadataProperties;
      #supportsExternalReferenceHashes;
      #supportsLicenseAcknowledgement;
      #supportsServices;
      #supportsToolsComponentsServices;
      #supportsLicenseProperties;
      constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version;
        this.#formats = new Set(formats);
        this.#componentTypes = new Set(componentTypes);
        this.#hashAlgorithms = new Set(hashAlgorithms);
        this.#hashValuePattern = hashValuePattern;
        this.#externalReferenceTypes = new Set(externalReferenceTypes);
        this.#supportsDependencyGraph = supportsDependencyGraph;
        this.#supportsToolReferences = supportsToolReferences;
        this.#requiresComponentVersion = requiresComponentVersion;
        this.#supportsProperties = supportsProperties;
        this.#supportsVulnerabilities = supportsVulnerabilities;
        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
        this.#supportsComponentEvidence = supportsComponentEvidence;
        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
        this.#supportsMetadataLicenses = supportsMetadataLicenses;
        this.#supportsMetadataProperties = supportsMetadataProperties;
        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
        this.#supportsServices = supportsServices;
        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
        this.#supportsLicenseProperties = supportsLicenseProperties;
      }
      get version() {
        return this.#version;
      }
      supportsFormat(f) {
        return this.#formats.has(f);
      }
      supportsComponentType(ct) {
        return this.#componentTypes.has(ct);
      }
      supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
      }
      supportsHashValue(hv) {
        return typeof hv === "string" && this.#hashValuePattern.test(hv);
      }
      supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
      }
      get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
      }
      get supportsToolReferences() {
        return this.#supportsToolReferences;
      }
      get requiresComponentVersion() {
        return this.#requiresComponentVersion;
      }
      supportsProperties(model) {
        switch (true) {
          case (model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense):
            return this.#supportsLicenseProperties;
          default:
            return this.#supportsProperties;
        }
      }
      get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
      }
      supportsVulnerabilityRatingMethod(rm) {
        return this.#vulnerabilityRatingMethods.has(rm);
      }
      get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
      }
      get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
      }
      get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
      }
      get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
      }
      get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
      }
      get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
      }
      get supportsServices() {
        return this.#supportsServices;
      }
      get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
      }
    };
    exports._Spec = _Spec;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js
var require_consts = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
    var componentType_1 = require_componentType();
    var externalReferenceType_1 = require_externalReferenceType();
    var hashAlogorithm_1 = require_hashAlogorithm();
    var ratingMethod_1 = require_ratingMethod();
    var _protocol_1 = require_protocol();
    var enums_1 = require_enums2();
    exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
    exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.Other
    ], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, false, true, true, true));
    exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3,
      hashAlogorithm_1.HashAlgorithm["Streebog-256"],
      hashAlogorithm_1.HashAlgorithm["Streebog-512"]
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Citation,
      externalReferenceType_1.ExternalReferenceType.Patent,
      externalReferenceType_1.ExternalReferenceType.PatentAssertion,
      externalReferenceType_1.ExternalReferenceType.PatentFamily,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.SpecVersionDict = Object.freeze({
      [enums_1.Version.v1dot7]: exports.Spec1dot7,
      [enums_1.Version.v1dot6]: exports.Spec1dot6,
      [enums_1.Version.v1dot5]: exports.Spec1dot5,
      [enums_1.Version.v1dot4]: exports.Spec1dot4,
      [enums_1.Version.v1dot3]: exports.Spec1dot3,
      [enums_1.Version.v1dot2]: exports.Spec1dot2
    });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var require_spec = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_consts(), exports);
    __exportStar(require_enums2(), exports);
    __exportStar(require_errors3(), exports);
  }
});

// packages/sbom/src/manifest.ts
import { readFile } from "node:fs/promises";

// schemas/models-manifest.schema.json
var models_manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ai-act-gates.dev/schemas/models-manifest.schema.json",
  title: "ai-act-gates models manifest",
  description: "The AI models of a system, their files, model cards, training data and provenance, from which sbom-attest builds the CycloneDX ML-BOM. File paths are relative to the manifest's folder.",
  type: "object",
  required: ["manifestVersion", "models"],
  additionalProperties: false,
  properties: {
    manifestVersion: { const: 1 },
    system: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1 },
        version: { type: "string", minLength: 1 },
        intendedPurpose: { type: "string", minLength: 1 },
        annexIII: { type: "string", description: "The Annex III area of the high-risk system, such as 4(a)." }
      }
    },
    models: { type: "array", minItems: 1, items: { $ref: "#/$defs/model" } }
  },
  $defs: {
    text: { type: "string", minLength: 1 },
    texts: { type: "array", items: { $ref: "#/$defs/text" } },
    path: { type: "string", minLength: 1, pattern: "^[^/\\\\]" },
    model: {
      type: "object",
      required: ["name", "version", "files"],
      additionalProperties: false,
      properties: {
        name: { $ref: "#/$defs/text" },
        version: { $ref: "#/$defs/text" },
        description: { $ref: "#/$defs/text" },
        supplier: { $ref: "#/$defs/text" },
        license: { $ref: "#/$defs/text", description: "An SPDX license identifier or expression." },
        files: { type: "array", minItems: 1, items: { $ref: "#/$defs/path" } },
        task: { $ref: "#/$defs/text" },
        approach: {
          enum: ["supervised", "unsupervised", "reinforcement-learning", "semi-supervised", "self-supervised"]
        },
        architecture: {
          type: "object",
          additionalProperties: false,
          properties: { family: { $ref: "#/$defs/text" }, model: { $ref: "#/$defs/text" } }
        },
        inputs: { type: "array", items: { $ref: "#/$defs/io" } },
        outputs: { type: "array", items: { $ref: "#/$defs/io" } },
        performanceMetrics: { type: "array", items: { $ref: "#/$defs/metric" } },
        considerations: { $ref: "#/$defs/considerations" },
        datasets: { type: "array", items: { $ref: "#/$defs/dataset" } },
        baseModel: { $ref: "#/$defs/baseModel" },
        training: { $ref: "#/$defs/training" }
      }
    },
    io: {
      type: "object",
      required: ["format"],
      additionalProperties: false,
      properties: { format: { $ref: "#/$defs/text" }, description: { $ref: "#/$defs/text" } }
    },
    metric: {
      type: "object",
      required: ["type", "value"],
      additionalProperties: false,
      properties: {
        type: { $ref: "#/$defs/text" },
        value: { type: ["string", "number"] },
        slice: { $ref: "#/$defs/text" },
        confidenceInterval: {
          type: "object",
          required: ["lower", "upper"],
          additionalProperties: false,
          properties: { lower: { type: ["string", "number"] }, upper: { type: ["string", "number"] } }
        }
      }
    },
    considerations: {
      type: "object",
      additionalProperties: false,
      properties: {
        users: { $ref: "#/$defs/texts" },
        useCases: { $ref: "#/$defs/texts" },
        technicalLimitations: { $ref: "#/$defs/texts" },
        performanceTradeoffs: { $ref: "#/$defs/texts" },
        ethicalConsiderations: {
          type: "array",
          items: {
            type: "object",
            required: ["name"],
            additionalProperties: false,
            properties: { name: { $ref: "#/$defs/text" }, mitigationStrategy: { $ref: "#/$defs/text" } }
          }
        },
        fairnessAssessments: {
          type: "array",
          items: {
            type: "object",
            required: ["groupAtRisk"],
            additionalProperties: false,
            properties: {
              groupAtRisk: { $ref: "#/$defs/text" },
              benefits: { $ref: "#/$defs/text" },
              harms: { $ref: "#/$defs/text" },
              mitigationStrategy: { $ref: "#/$defs/text" }
            }
          }
        }
      }
    },
    dataset: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: { $ref: "#/$defs/text" },
        version: { $ref: "#/$defs/text" },
        description: { $ref: "#/$defs/text" },
        files: { type: "array", items: { $ref: "#/$defs/path" } },
        url: { $ref: "#/$defs/text" },
        classification: { $ref: "#/$defs/text" },
        sensitiveData: { $ref: "#/$defs/texts" },
        origin: { $ref: "#/$defs/text", description: "Where the data came from and how it was collected." }
      }
    },
    baseModel: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: { $ref: "#/$defs/text" },
        version: { $ref: "#/$defs/text" },
        purl: { $ref: "#/$defs/text" },
        url: { $ref: "#/$defs/text" },
        sha256: { type: "string", pattern: "^[a-f0-9]{64}$" }
      }
    },
    training: {
      type: "object",
      additionalProperties: false,
      properties: {
        runId: { $ref: "#/$defs/text" },
        runUrl: { $ref: "#/$defs/text" },
        commit: { type: "string", pattern: "^[a-f0-9]{40}([a-f0-9]{24})?$" },
        repository: { $ref: "#/$defs/text" },
        finishedAt: { type: "string", format: "date-time" }
      }
    }
  }
};

// packages/sbom/src/manifest.ts
async function loadModelsManifest(absolute, display) {
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  if (text.trim() === "") throw new GateError("EMPTY_INPUT", "the models manifest is empty", { file: display });
  const parsed = parseConfigText(text, display);
  const manifest = validateConfig(parsed, models_manifest_schema_default, display);
  const seen = /* @__PURE__ */ new Set();
  manifest.models.forEach((m, i) => {
    const key = `${m.name}@${m.version}`;
    if (seen.has(key)) {
      throw new GateError("SCHEMA_VIOLATION", `model '${key}' is listed twice`, {
        file: display,
        field: `models[${i}].name`,
        ...parsed.locate(["models", i, "name"]) ? { line: parsed.locate(["models", i, "name"]).line } : {}
      });
    }
    seen.add(key);
  });
  return { manifest, display, lineOf: (segments) => parsed.locate(segments)?.line };
}

// packages/sbom/src/lockfiles.ts
import { readFile as readFile2 } from "node:fs/promises";
import * as path from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// packages/sbom/src/lockfiles.ts
function lockfileKind(file) {
  const base = path.basename(file);
  if (base === "package-lock.json" || base === "npm-shrinkwrap.json") return "npm";
  if (/^requirements.*\.txt$/.test(base)) return "requirements";
  if (base === "poetry.lock") return "poetry";
  if (base === "uv.lock") return "uv";
  return void 0;
}
var LOCKFILE_PATTERNS = [
  "**/package-lock.json",
  "**/requirements*.txt",
  "**/poetry.lock",
  "**/uv.lock",
  "!**/node_modules/**",
  "!**/.venv/**",
  "!**/venv/**",
  "!**/.git/**"
];
function normalizePypiName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function pypiPurl(name, version) {
  return `pkg:pypi/${encodeURIComponent(normalizePypiName(name))}@${encodeURIComponent(version)}`;
}
function npmPurl(name, version) {
  const [scope, bare] = name.startsWith("@") ? name.split("/", 2) : [void 0, name];
  const ns = scope ? `${encodeURIComponent(scope)}/` : "";
  return `pkg:npm/${ns}${encodeURIComponent(bare)}@${encodeURIComponent(version)}`;
}
function lineOf(text, needle, from = 0) {
  const i = text.indexOf(needle, from);
  return i === -1 ? void 0 : text.slice(0, i).split("\n").length;
}
var SRI_ALGORITHMS = {
  sha512: "SHA-512",
  sha384: "SHA-384",
  sha256: "SHA-256",
  sha1: "SHA-1"
};
function parseNpm(text, file) {
  const doc = parseJsonText(text, file);
  if (typeof doc !== "object" || doc === null || typeof doc.packages !== "object" || doc.packages === null) {
    throw new GateError("UNSUPPORTED", 'only package-lock.json v2 and v3 (with "packages") are read', {
      file,
      field: "lockfileVersion",
      hint: "Regenerate the lockfile with npm 7 or later"
    });
  }
  const out = [];
  for (const [key, entry] of Object.entries(doc.packages)) {
    if (key === "" || entry.link === true) continue;
    const name = typeof entry.name === "string" ? entry.name : key.slice(key.lastIndexOf("node_modules/") + 13);
    const version = entry.version;
    if (typeof version !== "string" || name === "") {
      throw new GateError("SCHEMA_VIOLATION", `package '${key}' has no version`, {
        file,
        field: `packages["${key}"].version`,
        ...lineOf(text, JSON.stringify(key)) ? { line: lineOf(text, JSON.stringify(key)) } : {}
      });
    }
    const hashes = {};
    if (typeof entry.integrity === "string") {
      for (const part of entry.integrity.split(/\s+/)) {
        const [alg, b64] = part.split("-", 2);
        const cdx = SRI_ALGORITHMS[alg ?? ""];
        if (cdx && b64) hashes[cdx] = Buffer.from(b64, "base64").toString("hex");
      }
    }
    const pkg = {
      ecosystem: "npm",
      name,
      version,
      purl: npmPurl(name, version),
      hashes,
      distributions: [],
      file,
      ...entry.dev === true ? { development: true } : {},
      ...typeof entry.license === "string" ? { license: entry.license } : {}
    };
    const line = lineOf(text, JSON.stringify(key) + ":");
    if (line !== void 0) pkg.line = line;
    out.push(pkg);
  }
  return out;
}
var REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/;
function parseRequirements(text, file) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1;
    let logical = lines[i];
    while (logical.trimEnd().endsWith("\\") && i + 1 < lines.length)
      logical = logical.trimEnd().slice(0, -1) + " " + lines[++i];
    const content = logical.replace(/(^|\s)#.*$/, "").trim();
    if (content === "" || content.startsWith("-")) continue;
    const hashes = [...content.matchAll(/--hash[=\s]+sha256:([a-f0-9]{64})/g)].map((m2) => m2[1]);
    const spec = content.replace(/--hash[=\s]+\S+/g, "").split(";")[0].trim();
    if (/^(https?|git\+|file:)/.test(spec) || spec.includes(" @ ")) {
      throw new GateError(
        "UNSUPPORTED",
        `a direct URL requirement cannot be described by name and version: '${spec}'`,
        {
          file,
          line: first
        }
      );
    }
    const m = REQUIREMENT.exec(spec);
    if (!m) throw new GateError("PARSE_ERROR", `not a requirement: '${spec}'`, { file, line: first });
    const name = m[1];
    const pin = /^===?\s*([^\s,;]+)$/.exec(m[3].trim());
    const pkg = {
      ecosystem: "pypi",
      name,
      hashes: {},
      distributions: hashes.map((h) => ({ url: `${normalizePypiName(name)}@sha256:${h}`, sha256: h })),
      file,
      line: first
    };
    if (pin) {
      pkg.version = pin[1];
      pkg.purl = pypiPurl(name, pin[1]);
    } else pkg.specifier = m[3].trim() || "(any version)";
    if (hashes.length === 1) pkg.hashes["SHA-256"] = hashes[0];
    out.push(pkg);
  }
  return out;
}
function parseTomlLock(text, file, kind) {
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    const e = error;
    throw new GateError("PARSE_ERROR", (e.message ?? String(error)).split("\n")[0], {
      file,
      ...typeof e.line === "number" ? { line: e.line } : {},
      ...typeof e.column === "number" ? { column: e.column } : {}
    });
  }
  const packages = doc.package ?? [];
  if (!Array.isArray(packages))
    throw new GateError("SCHEMA_VIOLATION", "[[package]] must be an array of tables", { file });
  let cursor = 0;
  return packages.map((p, i) => {
    const at = text.indexOf("[[package]]", cursor);
    cursor = at === -1 ? cursor : at + 1;
    const line = at === -1 ? void 0 : text.slice(0, at).split("\n").length;
    if (typeof p.name !== "string" || typeof p.version !== "string") {
      throw new GateError("SCHEMA_VIOLATION", "a package needs a name and a version", {
        file,
        field: `package[${i}]`,
        ...line ? { line } : {}
      });
    }
    const files = kind === "poetry" ? (p.files ?? []).map((f) => ({ url: f.file ?? "", hash: f.hash ?? "" })) : [
      ...p.sdist ? [{ url: p.sdist.url ?? p.sdist.path ?? "", hash: p.sdist.hash ?? "" }] : [],
      ...(p.wheels ?? []).map((w) => ({ url: w.url ?? w.path ?? w.filename ?? "", hash: w.hash ?? "" }))
    ];
    const distributions = files.filter((f) => f.url && f.hash?.startsWith("sha256:")).map((f) => ({ url: f.url, sha256: f.hash.slice(7).toLowerCase() }));
    return {
      ecosystem: "pypi",
      name: p.name,
      version: p.version,
      purl: pypiPurl(p.name, p.version),
      hashes: {},
      distributions,
      file,
      ...line ? { line } : {}
    };
  });
}
function parseLockfile(text, file, kind) {
  switch (kind) {
    case "npm":
      return parseNpm(text, file);
    case "requirements":
      return parseRequirements(text, file);
    case "poetry":
    case "uv":
      return parseTomlLock(text, file, kind);
  }
}
async function readLockfile(absolute, display) {
  const kind = lockfileKind(display);
  if (!kind) {
    throw new GateError("UNSUPPORTED", "not a lockfile this gate reads", {
      file: display,
      field: "lockfiles",
      hint: "Use package-lock.json, requirements*.txt, poetry.lock or uv.lock"
    });
  }
  let text;
  try {
    text = await readFile2(absolute, "utf8");
  } catch (error) {
    throw toGateError(error, display);
  }
  return parseLockfile(text, display, kind);
}

// packages/sbom/src/mlbom.ts
function modelRef(m) {
  return `model:${m.name}@${m.version}`;
}
function datasetRef(d) {
  return `data:${d.name}@${d.version ?? "unversioned"}`;
}
var str = (v) => String(v);
function modelCard(m) {
  const parameters = {};
  if (m.approach) parameters.approach = { type: m.approach };
  if (m.task) parameters.task = m.task;
  if (m.architecture?.family) parameters.architectureFamily = m.architecture.family;
  if (m.architecture?.model) parameters.modelArchitecture = m.architecture.model;
  if (m.datasets?.length) parameters.datasets = m.datasets.map((d) => ({ ref: datasetRef(d) }));
  if (m.inputs?.length) parameters.inputs = m.inputs.map((i) => ({ format: i.format }));
  if (m.outputs?.length) parameters.outputs = m.outputs.map((o) => ({ format: o.format }));
  const card = { "bom-ref": `model-card:${m.name}@${m.version}` };
  if (Object.keys(parameters).length > 0) card.modelParameters = parameters;
  if (m.performanceMetrics?.length) {
    card.quantitativeAnalysis = {
      performanceMetrics: m.performanceMetrics.map((p) => ({
        type: p.type,
        value: str(p.value),
        ...p.slice ? { slice: p.slice } : {},
        ...p.confidenceInterval ? {
          confidenceInterval: {
            lowerBound: str(p.confidenceInterval.lower),
            upperBound: str(p.confidenceInterval.upper)
          }
        } : {}
      }))
    };
  }
  const c = m.considerations;
  if (c && Object.values(c).some((v) => Array.isArray(v) && v.length > 0)) {
    const considerations = {};
    for (const key of ["users", "useCases", "technicalLimitations", "performanceTradeoffs"]) {
      if (c[key]?.length) considerations[key] = c[key];
    }
    if (c.ethicalConsiderations?.length) considerations.ethicalConsiderations = c.ethicalConsiderations;
    if (c.fairnessAssessments?.length) considerations.fairnessAssessments = c.fairnessAssessments;
    card.considerations = considerations;
  }
  return card;
}
function modelPedigree(m) {
  const pedigree = {};
  if (m.baseModel) {
    const b = m.baseModel;
    pedigree.ancestors = [
      {
        type: "machine-learning-model",
        name: b.name,
        ...b.version ? { version: b.version } : {},
        ...b.purl ? { purl: b.purl } : {},
        ...b.sha256 ? { hashes: [{ alg: "SHA-256", content: b.sha256 }] } : {},
        ...b.url ? { externalReferences: [{ type: "distribution", url: b.url }] } : {}
      }
    ];
  }
  const t = m.training;
  if (t?.commit) {
    const url = t.repository ? `${t.repository.replace(/\/+$/, "")}/commit/${t.commit}` : void 0;
    pedigree.commits = [{ uid: t.commit, ...url ? { url } : {} }];
  }
  if (t?.runId) pedigree.notes = `Trained by run ${t.runId}${t.runUrl ? ` (${t.runUrl})` : ""}`;
  return Object.keys(pedigree).length > 0 ? pedigree : void 0;
}
function datasetData(d) {
  return [
    {
      type: "dataset",
      name: d.name,
      ...d.url ? { contents: { url: d.url } } : {},
      ...d.classification ? { classification: d.classification } : {},
      ...d.sensitiveData?.length ? { sensitiveData: d.sensitiveData } : {},
      ...d.description ? { description: d.description } : {},
      ...d.origin ? { governance: { custodians: [{ organization: { name: d.origin } }] } } : {}
    }
  ];
}

// packages/sbom/src/bom.ts
var Enums = __toESM(require_enums(), 1);
var Models = __toESM(require_models(), 1);
var Serialize = __toESM(require_index_node(), 1);
var Spec = __toESM(require_spec(), 1);
import { randomUUID } from "node:crypto";
function sha256Dict(hex) {
  return new Models.HashDictionary([[Enums.HashAlgorithm["SHA-256"], hex]]);
}
function packageComponent(p) {
  const ref = p.purl ?? `${p.ecosystem}:${p.name}${p.specifier ? `:${p.specifier}` : ""}`;
  const c = new Models.Component(Enums.ComponentType.Library, p.name, {
    bomRef: ref,
    ...p.version ? { version: p.version } : {},
    ...p.purl ? { purl: p.purl } : {}
  });
  for (const [alg, hex] of Object.entries(p.hashes)) c.hashes.set(alg, hex);
  for (const d of p.distributions) {
    c.externalReferences.add(
      new Models.ExternalReference(d.url, Enums.ExternalReferenceType.Distribution, { hashes: sha256Dict(d.sha256) })
    );
  }
  if (p.development) c.scope = Enums.ComponentScope.Optional;
  if (p.license) c.licenses.add(new Models.LicenseExpression(p.license));
  c.properties.add(new Models.Property("ai-act-gates:lockfile", p.file));
  if (!p.version) c.properties.add(new Models.Property("ai-act-gates:unpinned-specifier", p.specifier ?? ""));
  return c;
}
function fileComponents(paths, hashes) {
  return paths.map((p) => {
    const h = hashes.get(p);
    if (!h) throw new GateError("INTERNAL", `no hash for ${p}`);
    const c = new Models.Component(Enums.ComponentType.File, h.path, { bomRef: `file:${h.path}` });
    c.hashes.set(Enums.HashAlgorithm["SHA-256"], h.sha256);
    c.properties.add(new Models.Property("ai-act-gates:size", String(h.size)));
    return c;
  });
}
function modelComponent(m, hashes) {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, m.name, {
    bomRef: modelRef(m),
    version: m.version,
    ...m.description ? { description: m.description } : {}
  });
  if (m.supplier) c.supplier = new Models.OrganizationalEntity({ name: m.supplier });
  if (m.license) c.licenses.add(new Models.LicenseExpression(m.license));
  const files = fileComponents(m.files, hashes);
  if (files.length === 1)
    c.hashes.set(Enums.HashAlgorithm["SHA-256"], files[0].hashes.get(Enums.HashAlgorithm["SHA-256"]));
  for (const f of files) c.components.add(f);
  const t = m.training;
  if (t?.runUrl) c.externalReferences.add(new Models.ExternalReference(t.runUrl, Enums.ExternalReferenceType.BuildMeta));
  if (t?.repository)
    c.externalReferences.add(new Models.ExternalReference(t.repository, Enums.ExternalReferenceType.VCS));
  if (t?.runId) c.properties.add(new Models.Property("ai-act-gates:training:run-id", t.runId));
  if (t?.finishedAt) c.properties.add(new Models.Property("ai-act-gates:training:finished-at", t.finishedAt));
  return c;
}
function buildBom(sources) {
  const bom = new Models.Bom({ serialNumber: `urn:uuid:${randomUUID()}` });
  bom.metadata.timestamp = sources.timestamp;
  const tool = new Models.Component(Enums.ComponentType.Application, TOOL_NAME, { version: VERSION });
  tool.externalReferences.add(new Models.ExternalReference(TOOL_URI, Enums.ExternalReferenceType.Website));
  bom.metadata.tools.components.add(tool);
  const root = new Models.Component(Enums.ComponentType.Application, sources.system.name, {
    bomRef: `system:${sources.system.name}`,
    ...sources.system.version ? { version: sources.system.version } : {},
    ...sources.system.description ? { description: sources.system.description } : {}
  });
  bom.metadata.component = root;
  const seen = /* @__PURE__ */ new Set();
  for (const p of sources.packages) {
    const c = packageComponent(p);
    if (seen.has(c.bomRef.value)) continue;
    seen.add(c.bomRef.value);
    bom.components.add(c);
    root.dependencies.add(c.bomRef);
  }
  const datasets = /* @__PURE__ */ new Map();
  for (const m of sources.manifest?.models ?? []) {
    const c = modelComponent(m, sources.fileHashes);
    bom.components.add(c);
    root.dependencies.add(c.bomRef);
    for (const d of m.datasets ?? []) {
      const ref = datasetRef(d);
      if (datasets.has(ref)) continue;
      const dc = new Models.Component(Enums.ComponentType.Data, d.name, {
        bomRef: ref,
        ...d.version ? { version: d.version } : {}
      });
      for (const f of fileComponents(d.files ?? [], sources.fileHashes)) dc.components.add(f);
      if (d.url)
        dc.externalReferences.add(new Models.ExternalReference(d.url, Enums.ExternalReferenceType.Distribution));
      datasets.set(ref, dc);
      bom.components.add(dc);
    }
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  const json = JSON.parse(serializer.serialize(bom, { sortLists: true }));
  addMlBlocks(json, sources.manifest);
  return json;
}
function addMlBlocks(json, manifest) {
  const components = json.components ?? [];
  const byRef = new Map(components.map((c) => [c["bom-ref"], c]));
  for (const m of manifest?.models ?? []) {
    const c = byRef.get(modelRef(m));
    c.modelCard = modelCard(m);
    const pedigree = modelPedigree(m);
    if (pedigree) c.pedigree = pedigree;
    for (const d of m.datasets ?? []) {
      const dc = byRef.get(datasetRef(d));
      if (dc && !dc.data) dc.data = datasetData(d);
    }
  }
}
function mergeInto(base, built, baseFile, baseSha256) {
  if (base.bomFormat !== "CycloneDX") {
    throw new GateError("UNSUPPORTED", "the SBOM to extend is not CycloneDX JSON", {
      file: baseFile,
      field: "bomFormat",
      hint: "Give a CycloneDX JSON SBOM (syft -o cyclonedx-json, cdxgen)"
    });
  }
  if (!["1.4", "1.5", "1.6"].includes(String(base.specVersion))) {
    throw new GateError("UNSUPPORTED", `CycloneDX ${String(base.specVersion)} cannot be extended; use 1.4 to 1.6`, {
      file: baseFile,
      field: "specVersion"
    });
  }
  const out = structuredClone(base);
  out.$schema = "http://cyclonedx.org/schema/bom-1.6.schema.json";
  out.specVersion = "1.6";
  out.serialNumber = built.serialNumber;
  out.version = 1;
  const metadata = out.metadata ?? {};
  const builtMeta = built.metadata;
  metadata.timestamp = builtMeta.timestamp;
  const ourTools = builtMeta.tools.components ?? [];
  if (Array.isArray(metadata.tools)) {
    metadata.tools = {
      components: [
        ...metadata.tools.map((t) => ({
          type: "application",
          name: String(t.name ?? "unknown"),
          ...t.version ? { version: String(t.version) } : {},
          ...t.vendor ? { group: String(t.vendor) } : {}
        })),
        ...ourTools
      ]
    };
  } else {
    const tools = metadata.tools ?? {};
    metadata.tools = { ...tools, components: [...tools.components ?? [], ...ourTools] };
  }
  if (!metadata.component) metadata.component = builtMeta.component;
  const properties = metadata.properties ?? [];
  metadata.properties = [...properties, { name: "ai-act-gates:extends", value: `${baseFile}@sha256:${baseSha256}` }];
  out.metadata = metadata;
  const components = out.components ?? [];
  const refs = new Set(components.map((c) => c["bom-ref"]).filter(Boolean));
  const purls = new Set(components.map((c) => c.purl).filter(Boolean));
  const added = [];
  for (const c of built.components ?? []) {
    if (c.purl && purls.has(c.purl) || refs.has(c["bom-ref"])) continue;
    components.push(c);
    added.push(c["bom-ref"]);
  }
  out.components = components;
  const rootRef = metadata.component["bom-ref"];
  const dependencies = out.dependencies ?? [];
  const known = new Set(dependencies.map((d) => d.ref));
  for (const d of built.dependencies ?? []) {
    if (d.ref === builtMeta.component["bom-ref"]) continue;
    if (!known.has(d.ref) && added.includes(d.ref)) dependencies.push(d);
  }
  if (rootRef) {
    const root = dependencies.find((d) => d.ref === rootRef) ?? { ref: rootRef, dependsOn: [] };
    if (!dependencies.includes(root)) dependencies.push(root);
    root.dependsOn = [.../* @__PURE__ */ new Set([...root.dependsOn ?? [], ...added])];
  }
  out.dependencies = dependencies;
  return out;
}

// node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json
var bom_1_6_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/bom-1.6.schema.json",
  type: "object",
  title: "CycloneDX Bill of Materials Standard",
  $comment: "CycloneDX JSON schema is published under the terms of the Apache License 2.0.",
  required: [
    "bomFormat",
    "specVersion"
  ],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    bomFormat: {
      type: "string",
      title: "BOM Format",
      description: 'Specifies the format of the BOM. This helps to identify the file as CycloneDX since BOMs do not have a filename convention, nor does JSON schema support namespaces. This value must be "CycloneDX".',
      enum: [
        "CycloneDX"
      ]
    },
    specVersion: {
      type: "string",
      title: "CycloneDX Specification Version",
      description: "The version of the CycloneDX specification the BOM conforms to.",
      examples: ["1.6"]
    },
    serialNumber: {
      type: "string",
      title: "BOM Serial Number",
      description: "Every BOM generated SHOULD have a unique serial number, even if the contents of the BOM have not changed over time. If specified, the serial number must conform to [RFC 4122](https://www.ietf.org/rfc/rfc4122.html). Use of serial numbers is recommended.",
      examples: ["urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"],
      pattern: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    },
    version: {
      type: "integer",
      title: "BOM Version",
      description: "Whenever an existing BOM is modified, either manually or through automated processes, the version of the BOM SHOULD be incremented by 1. When a system is presented with multiple BOMs with identical serial numbers, the system SHOULD use the most recent version of the BOM. The default version is '1'.",
      minimum: 1,
      default: 1,
      examples: [1]
    },
    metadata: {
      $ref: "#/definitions/metadata",
      title: "BOM Metadata",
      description: "Provides additional information about a BOM."
    },
    components: {
      type: "array",
      items: { $ref: "#/definitions/component" },
      uniqueItems: true,
      title: "Components",
      description: "A list of software and hardware components."
    },
    services: {
      type: "array",
      items: { $ref: "#/definitions/service" },
      uniqueItems: true,
      title: "Services",
      description: "A list of services. This may include microservices, function-as-a-service, and other types of network or intra-process services."
    },
    externalReferences: {
      type: "array",
      items: { $ref: "#/definitions/externalReference" },
      title: "External References",
      description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
    },
    dependencies: {
      type: "array",
      items: { $ref: "#/definitions/dependency" },
      uniqueItems: true,
      title: "Dependencies",
      description: "Provides the ability to document dependency relationships including provided & implemented components."
    },
    compositions: {
      type: "array",
      items: { $ref: "#/definitions/compositions" },
      uniqueItems: true,
      title: "Compositions",
      description: "Compositions describe constituent parts (including components, services, and dependency relationships) and their completeness. The completeness of vulnerabilities expressed in a BOM may also be described."
    },
    vulnerabilities: {
      type: "array",
      items: { $ref: "#/definitions/vulnerability" },
      uniqueItems: true,
      title: "Vulnerabilities",
      description: "Vulnerabilities identified in components or services."
    },
    annotations: {
      type: "array",
      items: { $ref: "#/definitions/annotations" },
      uniqueItems: true,
      title: "Annotations",
      description: "Comments made by people, organizations, or tools about any object with a bom-ref, such as components, services, vulnerabilities, or the BOM itself. Unlike inventory information, annotations may contain opinions or commentary from various stakeholders. Annotations may be inline (with inventory) or externalized via BOM-Link and may optionally be signed."
    },
    formulation: {
      type: "array",
      items: { $ref: "#/definitions/formula" },
      uniqueItems: true,
      title: "Formulation",
      description: "Describes how a component or service was manufactured or deployed. This is achieved through the use of formulas, workflows, tasks, and steps, which declare the precise steps to reproduce along with the observed formulas describing the steps which transpired in the manufacturing process."
    },
    declarations: {
      type: "object",
      title: "Declarations",
      description: "The list of declarations which describe the conformance to standards. Each declaration may include attestations, claims, and evidence.",
      additionalProperties: false,
      properties: {
        assessors: {
          type: "array",
          title: "Assessors",
          description: "The list of assessors evaluating claims and determining conformance to requirements and confidence in that assessment.",
          items: {
            type: "object",
            title: "Assessor",
            description: "The assessor who evaluates claims and determines conformance to requirements and confidence in that assessment.",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              thirdParty: {
                type: "boolean",
                title: "Third Party",
                description: "The boolean indicating if the assessor is outside the organization generating claims. A value of false indicates a self assessor."
              },
              organization: {
                $ref: "#/definitions/organizationalEntity",
                title: "Organization",
                description: "The entity issuing the assessment."
              }
            }
          }
        },
        attestations: {
          type: "array",
          title: "Attestations",
          description: "The list of attestations asserted by an assessor that maps requirements to claims.",
          items: {
            type: "object",
            title: "Attestation",
            additionalProperties: false,
            properties: {
              summary: {
                type: "string",
                title: "Summary",
                description: "The short description explaining the main points of the attestation."
              },
              assessor: {
                $ref: "#/definitions/refLinkType",
                title: "Assessor",
                description: "The `bom-ref` to the assessor asserting the attestation."
              },
              map: {
                type: "array",
                title: "Map",
                description: "The grouping of requirements to claims and the attestors declared conformance and confidence thereof.",
                items: {
                  type: "object",
                  title: "Map",
                  additionalProperties: false,
                  properties: {
                    requirement: {
                      $ref: "#/definitions/refLinkType",
                      title: "Requirement",
                      description: "The `bom-ref` to the requirement being attested to."
                    },
                    claims: {
                      type: "array",
                      title: "Claims",
                      description: "The list of `bom-ref` to the claims being attested to.",
                      items: { $ref: "#/definitions/refLinkType" }
                    },
                    counterClaims: {
                      type: "array",
                      title: "Counter Claims",
                      description: "The list of  `bom-ref` to the counter claims being attested to.",
                      items: { $ref: "#/definitions/refLinkType" }
                    },
                    conformance: {
                      type: "object",
                      title: "Conformance",
                      description: "The conformance of the claim meeting a requirement.",
                      additionalProperties: false,
                      properties: {
                        score: {
                          type: "number",
                          minimum: 0,
                          maximum: 1,
                          title: "Score",
                          description: "The conformance of the claim between and inclusive of 0 and 1, where 1 is 100% conformance."
                        },
                        rationale: {
                          type: "string",
                          title: "Rationale",
                          description: "The rationale for the conformance score."
                        },
                        mitigationStrategies: {
                          type: "array",
                          title: "Mitigation Strategies",
                          description: "The list of  `bom-ref` to the evidence provided describing the mitigation strategies.",
                          items: { $ref: "#/definitions/refLinkType" }
                        }
                      }
                    },
                    confidence: {
                      type: "object",
                      title: "Confidence",
                      description: "The confidence of the claim meeting the requirement.",
                      additionalProperties: false,
                      properties: {
                        score: {
                          type: "number",
                          minimum: 0,
                          maximum: 1,
                          title: "Score",
                          description: "The confidence of the claim between and inclusive of 0 and 1, where 1 is 100% confidence."
                        },
                        rationale: {
                          type: "string",
                          title: "Rationale",
                          description: "The rationale for the confidence score."
                        }
                      }
                    }
                  }
                }
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        claims: {
          type: "array",
          title: "Claims",
          description: "The list of claims.",
          items: {
            type: "object",
            title: "Claim",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              target: {
                $ref: "#/definitions/refLinkType",
                title: "Target",
                description: "The `bom-ref` to a target representing a specific system, application, API, module, team, person, process, business unit, company, etc...  that this claim is being applied to."
              },
              predicate: {
                type: "string",
                title: "Predicate",
                description: "The specific statement or assertion about the target."
              },
              mitigationStrategies: {
                type: "array",
                title: "Mitigation Strategies",
                description: "The list of  `bom-ref` to the evidence provided describing the mitigation strategies. Each mitigation strategy should include an explanation of how any weaknesses in the evidence will be mitigated.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              reasoning: {
                type: "string",
                title: "Reasoning",
                description: "The written explanation of why the evidence provided substantiates the claim."
              },
              evidence: {
                type: "array",
                title: "Evidence",
                description: "The list of `bom-ref` to evidence that supports this claim.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              counterEvidence: {
                type: "array",
                title: "Counter Evidence",
                description: "The list of `bom-ref` to counterEvidence that supports this claim.",
                items: { $ref: "#/definitions/refLinkType" }
              },
              externalReferences: {
                type: "array",
                items: { $ref: "#/definitions/externalReference" },
                title: "External References",
                description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        evidence: {
          type: "array",
          title: "Evidence",
          description: "The list of evidence",
          items: {
            type: "object",
            title: "Evidence",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              propertyName: {
                type: "string",
                title: "Property Name",
                description: "The reference to the property name as defined in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy/)."
              },
              description: {
                type: "string",
                title: "Description",
                description: "The written description of what this evidence is and how it was created."
              },
              data: {
                type: "array",
                title: "Data",
                description: "The output or analysis that supports claims.",
                items: {
                  type: "object",
                  title: "Data",
                  additionalProperties: false,
                  properties: {
                    name: {
                      title: "Data Name",
                      description: "The name of the data.",
                      type: "string"
                    },
                    contents: {
                      type: "object",
                      title: "Data Contents",
                      description: "The contents or references to the contents of the data being described.",
                      additionalProperties: false,
                      properties: {
                        attachment: {
                          title: "Data Attachment",
                          description: "An optional way to include textual or encoded data.",
                          $ref: "#/definitions/attachment"
                        },
                        url: {
                          type: "string",
                          title: "Data URL",
                          description: "The URL to where the data can be retrieved.",
                          format: "iri-reference"
                        }
                      }
                    },
                    classification: {
                      $ref: "#/definitions/dataClassification"
                    },
                    sensitiveData: {
                      type: "array",
                      title: "Sensitive Data",
                      description: "A description of any sensitive data included.",
                      items: {
                        type: "string"
                      }
                    },
                    governance: {
                      title: "Data Governance",
                      $ref: "#/definitions/dataGovernance"
                    }
                  }
                }
              },
              created: {
                type: "string",
                format: "date-time",
                title: "Created",
                description: "The date and time (timestamp) when the evidence was created."
              },
              expires: {
                type: "string",
                format: "date-time",
                title: "Expires",
                description: "The optional date and time (timestamp) when the evidence is no longer valid."
              },
              author: {
                $ref: "#/definitions/organizationalContact",
                title: "Author",
                description: "The author of the evidence."
              },
              reviewer: {
                $ref: "#/definitions/organizationalContact",
                title: "Reviewer",
                description: "The reviewer of the evidence."
              },
              signature: {
                $ref: "#/definitions/signature",
                title: "Signature",
                description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
              }
            }
          }
        },
        targets: {
          type: "object",
          title: "Targets",
          description: "The list of targets which claims are made against.",
          additionalProperties: false,
          properties: {
            organizations: {
              type: "array",
              title: "Organizations",
              description: "The list of organizations which claims are made against.",
              items: { $ref: "#/definitions/organizationalEntity" }
            },
            components: {
              type: "array",
              title: "Components",
              description: "The list of components which claims are made against.",
              items: { $ref: "#/definitions/component" }
            },
            services: {
              type: "array",
              title: "Services",
              description: "The list of services which claims are made against.",
              items: { $ref: "#/definitions/service" }
            }
          }
        },
        affirmation: {
          type: "object",
          title: "Affirmation",
          description: "A concise statement affirmed by an individual regarding all declarations, often used for third-party auditor acceptance or recipient acknowledgment. It includes a list of authorized signatories who assert the validity of the document on behalf of the organization.",
          additionalProperties: false,
          properties: {
            statement: {
              type: "string",
              title: "Statement",
              description: "The brief statement affirmed by an individual regarding all declarations.\n*- Notes This could be an affirmation of acceptance by a third-party auditor or receiving individual of a file.",
              examples: ["I certify, to the best of my knowledge, that all information is correct."]
            },
            signatories: {
              type: "array",
              title: "Signatories",
              description: "The list of signatories authorized on behalf of an organization to assert validity of this document.",
              items: {
                type: "object",
                title: "Signatory",
                additionalProperties: false,
                oneOf: [
                  {
                    required: ["signature"]
                  },
                  {
                    required: ["externalReference", "organization"]
                  }
                ],
                properties: {
                  name: {
                    type: "string",
                    title: "Name",
                    description: "The signatory's name."
                  },
                  role: {
                    type: "string",
                    title: "Role",
                    description: "The signatory's role within an organization."
                  },
                  signature: {
                    $ref: "#/definitions/signature",
                    title: "Signature",
                    description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
                  },
                  organization: {
                    $ref: "#/definitions/organizationalEntity",
                    title: "Organization",
                    description: "The signatory's organization."
                  },
                  externalReference: {
                    $ref: "#/definitions/externalReference",
                    title: "External Reference",
                    description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
                  }
                }
              }
            },
            signature: {
              $ref: "#/definitions/signature",
              title: "Signature",
              description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
            }
          }
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    definitions: {
      type: "object",
      title: "Definitions",
      description: "A collection of reusable objects that are defined and may be used elsewhere in the BOM.",
      additionalProperties: false,
      properties: {
        standards: {
          type: "array",
          title: "Standards",
          description: "The list of standards which may consist of regulations, industry or organizational-specific standards, maturity models, best practices, or any other requirements which can be evaluated against or attested to.",
          items: {
            $ref: "#/definitions/standard"
          }
        }
      }
    },
    properties: {
      type: "array",
      title: "Properties",
      description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
      items: {
        $ref: "#/definitions/property"
      }
    },
    signature: {
      $ref: "#/definitions/signature",
      title: "Signature",
      description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
    }
  },
  definitions: {
    refType: {
      description: "Identifier for referable and therefore interlinkable elements.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
      type: "string",
      minLength: 1,
      $comment: "TODO (breaking change): add a format constraint that prevents the value from starting with 'urn:cdx:'"
    },
    refLinkType: {
      description: "Descriptor for an element identified by the attribute 'bom-ref' in the same BOM document.\nIn contrast to `bomLinkElementType`.",
      $ref: "#/definitions/refType"
    },
    bomLinkDocumentType: {
      title: "BOM-Link Document",
      description: "Descriptor for another BOM document. See https://cyclonedx.org/capabilities/bomlink/",
      type: "string",
      format: "iri-reference",
      pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*$",
      $comment: "part of the pattern is based on `bom.serialNumber`'s pattern"
    },
    bomLinkElementType: {
      title: "BOM-Link Element",
      description: "Descriptor for an element in a BOM document. See https://cyclonedx.org/capabilities/bomlink/",
      type: "string",
      format: "iri-reference",
      pattern: "^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*#.+$",
      $comment: "part of the pattern is based on `bom.serialNumber`'s pattern"
    },
    bomLink: {
      title: "BOM-Link",
      anyOf: [
        {
          title: "BOM-Link Document",
          $ref: "#/definitions/bomLinkDocumentType"
        },
        {
          title: "BOM-Link Element",
          $ref: "#/definitions/bomLinkElementType"
        }
      ]
    },
    metadata: {
      type: "object",
      title: "BOM Metadata",
      additionalProperties: false,
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the BOM was created."
        },
        lifecycles: {
          type: "array",
          title: "Lifecycles",
          description: "Lifecycles communicate the stage(s) in which data in the BOM was captured. Different types of data may be available at various phases of a lifecycle, such as the Software Development Lifecycle (SDLC), IT Asset Management (ITAM), and Software Asset Management (SAM). Thus, a BOM may include data specific to or only obtainable in a given lifecycle.",
          items: {
            type: "object",
            title: "Lifecycle",
            description: "The product lifecycle(s) that this BOM represents.",
            oneOf: [
              {
                title: "Pre-Defined Phase",
                required: ["phase"],
                additionalProperties: false,
                properties: {
                  phase: {
                    type: "string",
                    title: "Phase",
                    description: "A pre-defined phase in the product lifecycle.",
                    enum: [
                      "design",
                      "pre-build",
                      "build",
                      "post-build",
                      "operations",
                      "discovery",
                      "decommission"
                    ],
                    "meta:enum": {
                      design: "BOM produced early in the development lifecycle containing an inventory of components and services that are proposed or planned to be used. The inventory may need to be procured, retrieved, or resourced prior to use.",
                      "pre-build": "BOM consisting of information obtained prior to a build process and may contain source files and development artifacts and manifests. The inventory may need to be resolved and retrieved prior to use.",
                      build: "BOM consisting of information obtained during a build process where component inventory is available for use. The precise versions of resolved components are usually available at this time as well as the provenance of where the components were retrieved from.",
                      "post-build": "BOM consisting of information obtained after a build process has completed and the resulting components(s) are available for further analysis. Built components may exist as the result of a CI/CD process, may have been installed or deployed to a system or device, and may need to be retrieved or extracted from the system or device.",
                      operations: "BOM produced that represents inventory that is running and operational. This may include staging or production environments and will generally encompass multiple SBOMs describing the applications and operating system, along with HBOMs describing the hardware that makes up the system. Operations Bill of Materials (OBOM) can provide full-stack inventory of runtime environments, configurations, and additional dependencies.",
                      discovery: "BOM consisting of information observed through network discovery providing point-in-time enumeration of embedded, on-premise, and cloud-native services such as server applications, connected devices, microservices, and serverless functions.",
                      decommission: "BOM containing inventory that will be, or has been retired from operations."
                    }
                  }
                }
              },
              {
                title: "Custom Phase",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: {
                    type: "string",
                    title: "Name",
                    description: "The name of the lifecycle phase"
                  },
                  description: {
                    type: "string",
                    title: "Description",
                    description: "The description of the lifecycle phase"
                  }
                }
              }
            ]
          }
        },
        tools: {
          title: "Tools",
          description: "The tool(s) used in the creation, enrichment, and validation of the BOM.",
          oneOf: [
            {
              type: "object",
              title: "Tools",
              description: "The tool(s) used in the creation, enrichment, and validation of the BOM.",
              additionalProperties: false,
              properties: {
                components: {
                  type: "array",
                  items: { $ref: "#/definitions/component" },
                  uniqueItems: true,
                  title: "Components",
                  description: "A list of software and hardware components used as tools."
                },
                services: {
                  type: "array",
                  items: { $ref: "#/definitions/service" },
                  uniqueItems: true,
                  title: "Services",
                  description: "A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services."
                }
              }
            },
            {
              type: "array",
              title: "Tools (legacy)",
              description: "[Deprecated] The tool(s) used in the creation, enrichment, and validation of the BOM.",
              items: { $ref: "#/definitions/tool" }
            }
          ]
        },
        manufacturer: {
          title: "BOM Manufacturer",
          description: "The organization that created the BOM.\nManufacturer is common in BOMs created through automated processes. BOMs created through manual means may have `@.authors` instead.",
          $ref: "#/definitions/organizationalEntity"
        },
        authors: {
          type: "array",
          title: "BOM Authors",
          description: "The person(s) who created the BOM.\nAuthors are common in BOMs created through manual processes. BOMs created through automated means may have `@.manufacturer` instead.",
          items: { $ref: "#/definitions/organizationalContact" }
        },
        component: {
          title: "Component",
          description: "The component that the BOM describes.",
          $ref: "#/definitions/component"
        },
        manufacture: {
          deprecated: true,
          title: "Component Manufacture (legacy)",
          description: "[Deprecated] This will be removed in a future version. Use the `@.component.manufacturer` instead.\nThe organization that manufactured the component that the BOM describes.",
          $ref: "#/definitions/organizationalEntity"
        },
        supplier: {
          title: "Supplier",
          description: " The organization that supplied the component that the BOM describes. The supplier may often be the manufacturer, but may also be a distributor or repackager.",
          $ref: "#/definitions/organizationalEntity"
        },
        licenses: {
          title: "BOM License(s)",
          description: "The license information for the BOM document.\nThis may be different from the license(s) of the component(s) that the BOM describes.",
          $ref: "#/definitions/licenseChoice"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    tool: {
      type: "object",
      title: "Tool",
      description: "[Deprecated] This will be removed in a future version. Use component or service instead. Information about the automated or manual tool used",
      additionalProperties: false,
      properties: {
        vendor: {
          type: "string",
          title: "Tool Vendor",
          description: "The name of the vendor who created the tool"
        },
        name: {
          type: "string",
          title: "Tool Name",
          description: "The name of the tool"
        },
        version: {
          $ref: "#/definitions/version",
          title: "Tool Version",
          description: "The version of the tool"
        },
        hashes: {
          type: "array",
          items: { $ref: "#/definitions/hash" },
          title: "Hashes",
          description: "The hashes of the tool (if applicable)."
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant, but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        }
      }
    },
    organizationalEntity: {
      type: "object",
      title: "Organizational Entity",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        name: {
          type: "string",
          title: "Organization Name",
          description: "The name of the organization",
          examples: [
            "Example Inc."
          ]
        },
        address: {
          $ref: "#/definitions/postalAddress",
          title: "Organization Address",
          description: "The physical address (location) of the organization"
        },
        url: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "Organization URL(s)",
          description: "The URL of the organization. Multiple URLs are allowed.",
          examples: ["https://example.com"]
        },
        contact: {
          type: "array",
          title: "Organizational Contact",
          description: "A contact at the organization. Multiple contacts are allowed.",
          items: { $ref: "#/definitions/organizationalContact" }
        }
      }
    },
    organizationalContact: {
      type: "object",
      title: "Organizational Contact",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of a contact",
          examples: ["Contact name"]
        },
        email: {
          type: "string",
          format: "idn-email",
          title: "Email Address",
          description: "The email address of the contact.",
          examples: ["firstname.lastname@example.com"]
        },
        phone: {
          type: "string",
          title: "Phone",
          description: "The phone number of the contact.",
          examples: ["800-555-1212"]
        }
      }
    },
    component: {
      type: "object",
      title: "Component",
      required: [
        "type",
        "name"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "application",
            "framework",
            "library",
            "container",
            "platform",
            "operating-system",
            "device",
            "device-driver",
            "firmware",
            "file",
            "machine-learning-model",
            "data",
            "cryptographic-asset"
          ],
          "meta:enum": {
            application: "A software application. Refer to [https://en.wikipedia.org/wiki/Application_software](https://en.wikipedia.org/wiki/Application_software) for information about applications.",
            framework: "A software framework. Refer to [https://en.wikipedia.org/wiki/Software_framework](https://en.wikipedia.org/wiki/Software_framework) for information on how frameworks vary slightly from libraries.",
            library: "A software library. Refer to [https://en.wikipedia.org/wiki/Library_(computing)](https://en.wikipedia.org/wiki/Library_(computing)) for information about libraries. All third-party and open source reusable components will likely be a library. If the library also has key features of a framework, then it should be classified as a framework. If not, or is unknown, then specifying library is recommended.",
            container: "A packaging and/or runtime format, not specific to any particular technology, which isolates software inside the container from software outside of a container through virtualization technology. Refer to [https://en.wikipedia.org/wiki/OS-level_virtualization](https://en.wikipedia.org/wiki/OS-level_virtualization).",
            platform: "A runtime environment which interprets or executes software. This may include runtimes such as those that execute bytecode or low-code/no-code application platforms.",
            "operating-system": "A software operating system without regard to deployment model (i.e. installed on physical hardware, virtual machine, image, etc) Refer to [https://en.wikipedia.org/wiki/Operating_system](https://en.wikipedia.org/wiki/Operating_system).",
            device: "A hardware device such as a processor or chip-set. A hardware device containing firmware SHOULD include a component for the physical hardware itself and another component of type 'firmware' or 'operating-system' (whichever is relevant), describing information about the software running on the device. See also the list of [known device properties](https://github.com/CycloneDX/cyclonedx-property-taxonomy/blob/main/cdx/device.md).",
            "device-driver": "A special type of software that operates or controls a particular type of device. Refer to [https://en.wikipedia.org/wiki/Device_driver](https://en.wikipedia.org/wiki/Device_driver).",
            firmware: "A special type of software that provides low-level control over a device's hardware. Refer to [https://en.wikipedia.org/wiki/Firmware](https://en.wikipedia.org/wiki/Firmware).",
            file: "A computer file. Refer to [https://en.wikipedia.org/wiki/Computer_file](https://en.wikipedia.org/wiki/Computer_file) for information about files.",
            "machine-learning-model": "A model based on training data that can make predictions or decisions without being explicitly programmed to do so.",
            data: "A collection of discrete values that convey information.",
            "cryptographic-asset": "A cryptographic asset including algorithms, protocols, certificates, keys, tokens, and secrets."
          },
          title: "Component Type",
          description: "Specifies the type of component. For software components, classify as application if no more specific appropriate classification is available or cannot be determined for the component.",
          examples: ["library"]
        },
        "mime-type": {
          type: "string",
          title: "Mime-Type",
          description: "The optional mime-type of the component. When used on file components, the mime-type can provide additional context about the kind of file being represented, such as an image, font, or executable. Some library or framework components may also have an associated mime-type.",
          examples: ["image/jpeg"],
          pattern: "^[-+a-z0-9.]+/[-+a-z0-9.]+$"
        },
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the component elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        supplier: {
          title: "Component Supplier",
          description: " The organization that supplied the component. The supplier may often be the manufacturer, but may also be a distributor or repackager.",
          $ref: "#/definitions/organizationalEntity"
        },
        manufacturer: {
          title: "Component Manufacturer",
          description: "The organization that created the component.\nManufacturer is common in components created through automated processes. Components created through manual means may have `@.authors` instead.",
          $ref: "#/definitions/organizationalEntity"
        },
        authors: {
          type: "array",
          title: "Component Authors",
          description: "The person(s) who created the component.\nAuthors are common in components created through manual processes. Components created through automated means may have `@.manufacturer` instead.",
          items: { $ref: "#/definitions/organizationalContact" }
        },
        author: {
          deprecated: true,
          type: "string",
          title: "Component Author (legacy)",
          description: "[Deprecated] This will be removed in a future version. Use `@.authors` or `@.manufacturer` instead.\nThe person(s) or organization(s) that authored the component",
          examples: ["Acme Inc"]
        },
        publisher: {
          type: "string",
          title: "Component Publisher",
          description: "The person(s) or organization(s) that published the component",
          examples: ["Acme Inc"]
        },
        group: {
          type: "string",
          title: "Component Group",
          description: "The grouping name or identifier. This will often be a shortened, single name of the company or project that produced the component, or the source package or domain name. Whitespace and special characters should be avoided. Examples include: apache, org.apache.commons, and apache.org.",
          examples: ["com.acme"]
        },
        name: {
          type: "string",
          title: "Component Name",
          description: "The name of the component. This will often be a shortened, single name of the component. Examples: commons-lang3 and jquery",
          examples: ["tomcat-catalina"]
        },
        version: {
          $ref: "#/definitions/version",
          title: "Component Version",
          description: "The component version. The version should ideally comply with semantic versioning but is not enforced."
        },
        description: {
          type: "string",
          title: "Component Description",
          description: "Specifies a description for the component"
        },
        scope: {
          type: "string",
          enum: [
            "required",
            "optional",
            "excluded"
          ],
          "meta:enum": {
            required: "The component is required for runtime",
            optional: "The component is optional at runtime. Optional components are components that are not capable of being called due to them not being installed or otherwise accessible by any means. Components that are installed but due to configuration or other restrictions are prohibited from being called must be scoped as 'required'.",
            excluded: "Components that are excluded provide the ability to document component usage for test and other non-runtime purposes. Excluded components are not reachable within a call graph at runtime."
          },
          title: "Component Scope",
          description: "Specifies the scope of the component. If scope is not specified, 'required' scope SHOULD be assumed by the consumer of the BOM.",
          default: "required"
        },
        hashes: {
          type: "array",
          title: "Component Hashes",
          description: "The hashes of the component.",
          items: { $ref: "#/definitions/hash" }
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "Component License(s)"
        },
        copyright: {
          type: "string",
          title: "Component Copyright",
          description: "A copyright notice informing users of the underlying claims to copyright ownership in a published work.",
          examples: ["Acme Inc"]
        },
        cpe: {
          type: "string",
          title: "Common Platform Enumeration (CPE)",
          description: "Asserts the identity of the component using CPE. The CPE must conform to the CPE 2.2 or 2.3 specification. See [https://nvd.nist.gov/products/cpe](https://nvd.nist.gov/products/cpe). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          examples: ["cpe:2.3:a:acme:component_framework:-:*:*:*:*:*:*:*"]
        },
        purl: {
          type: "string",
          title: "Package URL (purl)",
          description: "Asserts the identity of the component using package-url (purl). The purl, if specified, must be valid and conform to the specification defined at: [https://github.com/package-url/purl-spec](https://github.com/package-url/purl-spec). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          examples: ["pkg:maven/com.acme/tomcat-catalina@9.0.14?packaging=jar"]
        },
        omniborId: {
          type: "array",
          title: "OmniBOR Artifact Identifier (gitoid)",
          description: "Asserts the identity of the component using the OmniBOR Artifact ID. The OmniBOR, if specified, must be valid and conform to the specification defined at: [https://www.iana.org/assignments/uri-schemes/prov/gitoid](https://www.iana.org/assignments/uri-schemes/prov/gitoid). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          items: { type: "string" },
          examples: [
            "gitoid:blob:sha1:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
            "gitoid:blob:sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
          ]
        },
        swhid: {
          type: "array",
          title: "Software Heritage Identifier",
          description: "Asserts the identity of the component using the Software Heritage persistent identifier (SWHID). The SWHID, if specified, must be valid and conform to the specification defined at: [https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html](https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity.",
          items: { type: "string" },
          examples: ["swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2"]
        },
        swid: {
          $ref: "#/definitions/swid",
          title: "SWID Tag",
          description: "Asserts the identity of the component using [ISO-IEC 19770-2 Software Identification (SWID) Tags](https://www.iso.org/standard/65666.html). Refer to `@.evidence.identity` to optionally provide evidence that substantiates the assertion of the component's identity."
        },
        modified: {
          type: "boolean",
          title: "Component Modified From Original",
          description: "[Deprecated] This will be removed in a future version. Use the pedigree element instead to supply information on exactly how the component was modified. A boolean value indicating if the component has been modified from the original. A value of true indicates the component is a derivative of the original. A value of false indicates the component has not been modified from the original."
        },
        pedigree: {
          type: "object",
          title: "Component Pedigree",
          description: "Component pedigree is a way to document complex supply chain scenarios where components are created, distributed, modified, redistributed, combined with other components, etc. Pedigree supports viewing this complex chain from the beginning, the end, or anywhere in the middle. It also provides a way to document variants where the exact relation may not be known.",
          additionalProperties: false,
          properties: {
            ancestors: {
              type: "array",
              title: "Ancestors",
              description: "Describes zero or more components in which a component is derived from. This is commonly used to describe forks from existing projects where the forked version contains a ancestor node containing the original component it was forked from. For example, Component A is the original component. Component B is the component being used and documented in the BOM. However, Component B contains a pedigree node with a single ancestor documenting Component A - the original component from which Component B is derived from.",
              items: { $ref: "#/definitions/component" }
            },
            descendants: {
              type: "array",
              title: "Descendants",
              description: "Descendants are the exact opposite of ancestors. This provides a way to document all forks (and their forks) of an original or root component.",
              items: { $ref: "#/definitions/component" }
            },
            variants: {
              type: "array",
              title: "Variants",
              description: "Variants describe relations where the relationship between the components is not known. For example, if Component A contains nearly identical code to Component B. They are both related, but it is unclear if one is derived from the other, or if they share a common ancestor.",
              items: { $ref: "#/definitions/component" }
            },
            commits: {
              type: "array",
              title: "Commits",
              description: "A list of zero or more commits which provide a trail describing how the component deviates from an ancestor, descendant, or variant.",
              items: { $ref: "#/definitions/commit" }
            },
            patches: {
              type: "array",
              title: "Patches",
              description: ">A list of zero or more patches describing how the component deviates from an ancestor, descendant, or variant. Patches may be complementary to commits or may be used in place of commits.",
              items: { $ref: "#/definitions/patch" }
            },
            notes: {
              type: "string",
              title: "Notes",
              description: "Notes, observations, and other non-structured commentary describing the components pedigree."
            }
          }
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        components: {
          type: "array",
          items: { $ref: "#/definitions/component" },
          uniqueItems: true,
          title: "Components",
          description: "A list of software and hardware components included in the parent component. This is not a dependency tree. It provides a way to specify a hierarchical representation of component assemblies, similar to system &#8594; subsystem &#8594; parts assembly in physical supply chains."
        },
        evidence: {
          $ref: "#/definitions/componentEvidence",
          title: "Evidence",
          description: "Provides the ability to document evidence collected through various forms of extraction or analysis."
        },
        releaseNotes: {
          $ref: "#/definitions/releaseNotes",
          title: "Release notes",
          description: "Specifies optional release notes."
        },
        modelCard: {
          $ref: "#/definitions/modelCard",
          title: "AI/ML Model Card"
        },
        data: {
          type: "array",
          items: { $ref: "#/definitions/componentData" },
          title: "Data",
          description: "This object SHOULD be specified for any component of type `data` and must not be specified for other component types."
        },
        cryptoProperties: {
          $ref: "#/definitions/cryptoProperties",
          title: "Cryptographic Properties"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    swid: {
      type: "object",
      title: "SWID Tag",
      description: "Specifies metadata and content for ISO-IEC 19770-2 Software Identification (SWID) Tags.",
      required: [
        "tagId",
        "name"
      ],
      additionalProperties: false,
      properties: {
        tagId: {
          type: "string",
          title: "Tag ID",
          description: "Maps to the tagId of a SoftwareIdentity."
        },
        name: {
          type: "string",
          title: "Name",
          description: "Maps to the name of a SoftwareIdentity."
        },
        version: {
          type: "string",
          title: "Version",
          default: "0.0",
          description: "Maps to the version of a SoftwareIdentity."
        },
        tagVersion: {
          type: "integer",
          title: "Tag Version",
          default: 0,
          description: "Maps to the tagVersion of a SoftwareIdentity."
        },
        patch: {
          type: "boolean",
          title: "Patch",
          default: false,
          description: "Maps to the patch of a SoftwareIdentity."
        },
        text: {
          title: "Attachment text",
          description: "Specifies the metadata and content of the SWID tag.",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "URL",
          description: "The URL to the SWID file.",
          format: "iri-reference"
        }
      }
    },
    attachment: {
      type: "object",
      title: "Attachment",
      description: "Specifies the metadata and content for an attachment.",
      required: [
        "content"
      ],
      additionalProperties: false,
      properties: {
        contentType: {
          type: "string",
          title: "Content-Type",
          description: "Specifies the format and nature of the data being attached, helping systems correctly interpret and process the content. Common content type examples include `application/json` for JSON data and `text/plain` for plain text documents.\n [RFC 2045 section 5.1](https://www.ietf.org/rfc/rfc2045.html#section-5.1) outlines the structure and use of content types. For a comprehensive list of registered content types, refer to the [IANA media types registry](https://www.iana.org/assignments/media-types/media-types.xhtml).",
          default: "text/plain",
          examples: [
            "text/plain",
            "application/json",
            "image/png"
          ]
        },
        encoding: {
          type: "string",
          title: "Encoding",
          description: "Specifies the optional encoding the text is represented in.",
          enum: [
            "base64"
          ],
          "meta:enum": {
            base64: "Base64 is a binary-to-text encoding scheme that represents binary data in an ASCII string."
          }
        },
        content: {
          type: "string",
          title: "Attachment Text",
          description: "The attachment data. Proactive controls such as input validation and sanitization should be employed to prevent misuse of attachment text."
        }
      }
    },
    hash: {
      type: "object",
      title: "Hash",
      required: [
        "alg",
        "content"
      ],
      additionalProperties: false,
      properties: {
        alg: {
          $ref: "#/definitions/hash-alg"
        },
        content: {
          $ref: "#/definitions/hash-content"
        }
      }
    },
    "hash-alg": {
      type: "string",
      title: "Hash Algorithm",
      description: "The algorithm that generated the hash value.",
      enum: [
        "MD5",
        "SHA-1",
        "SHA-256",
        "SHA-384",
        "SHA-512",
        "SHA3-256",
        "SHA3-384",
        "SHA3-512",
        "BLAKE2b-256",
        "BLAKE2b-384",
        "BLAKE2b-512",
        "BLAKE3"
      ]
    },
    "hash-content": {
      type: "string",
      title: "Hash Value",
      description: "The value of the hash.",
      examples: ["3942447fac867ae5cdb3229b658f4d48"],
      pattern: "^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$"
    },
    license: {
      type: "object",
      title: "License",
      description: "Specifies the details and attributes related to a software license. It can either include a valid SPDX license identifier or a named license, along with additional properties such as license acknowledgment, comprehensive commercial licensing information, and the full text of the license.",
      oneOf: [
        {
          required: ["id"]
        },
        {
          required: ["name"]
        }
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the license elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        id: {
          $ref: "spdx.SNAPSHOT.schema.json",
          title: "License ID (SPDX)",
          description: "A valid SPDX license identifier. If specified, this value must be one of the enumeration of valid SPDX license identifiers defined in the spdx.SNAPSHOT.schema.json (or spdx.xml) subschema which is synchronized with the official SPDX license list.",
          examples: ["Apache-2.0"]
        },
        name: {
          type: "string",
          title: "License Name",
          description: "The name of the license. This may include the name of a commercial or proprietary license or an open source license that may not be defined by SPDX.",
          examples: ["Acme Software License"]
        },
        acknowledgement: {
          $ref: "#/definitions/licenseAcknowledgementEnumeration"
        },
        text: {
          title: "License text",
          description: "An optional way to include the textual content of a license.",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "License URL",
          description: "The URL to the license file. If specified, a 'license' externalReference should also be specified for completeness",
          examples: ["https://www.apache.org/licenses/LICENSE-2.0.txt"],
          format: "iri-reference"
        },
        licensing: {
          type: "object",
          title: "Licensing information",
          description: "Licensing details describing the licensor/licensee, license type, renewal and expiration dates, and other important metadata",
          additionalProperties: false,
          properties: {
            altIds: {
              type: "array",
              title: "Alternate License Identifiers",
              description: "License identifiers that may be used to manage licenses and their lifecycle",
              items: {
                type: "string"
              }
            },
            licensor: {
              title: "Licensor",
              description: "The individual or organization that grants a license to another individual or organization",
              type: "object",
              additionalProperties: false,
              properties: {
                organization: {
                  title: "Licensor (Organization)",
                  description: "The organization that granted the license",
                  $ref: "#/definitions/organizationalEntity"
                },
                individual: {
                  title: "Licensor (Individual)",
                  description: "The individual, not associated with an organization, that granted the license",
                  $ref: "#/definitions/organizationalContact"
                }
              },
              oneOf: [
                {
                  required: ["organization"]
                },
                {
                  required: ["individual"]
                }
              ]
            },
            licensee: {
              title: "Licensee",
              description: "The individual or organization for which a license was granted to",
              type: "object",
              additionalProperties: false,
              properties: {
                organization: {
                  title: "Licensee (Organization)",
                  description: "The organization that was granted the license",
                  $ref: "#/definitions/organizationalEntity"
                },
                individual: {
                  title: "Licensee (Individual)",
                  description: "The individual, not associated with an organization, that was granted the license",
                  $ref: "#/definitions/organizationalContact"
                }
              },
              oneOf: [
                {
                  required: ["organization"]
                },
                {
                  required: ["individual"]
                }
              ]
            },
            purchaser: {
              title: "Purchaser",
              description: "The individual or organization that purchased the license",
              type: "object",
              additionalProperties: false,
              properties: {
                organization: {
                  title: "Purchaser (Organization)",
                  description: "The organization that purchased the license",
                  $ref: "#/definitions/organizationalEntity"
                },
                individual: {
                  title: "Purchaser (Individual)",
                  description: "The individual, not associated with an organization, that purchased the license",
                  $ref: "#/definitions/organizationalContact"
                }
              },
              oneOf: [
                {
                  required: ["organization"]
                },
                {
                  required: ["individual"]
                }
              ]
            },
            purchaseOrder: {
              type: "string",
              title: "Purchase Order",
              description: "The purchase order identifier the purchaser sent to a supplier or vendor to authorize a purchase"
            },
            licenseTypes: {
              type: "array",
              title: "License Type",
              description: "The type of license(s) that was granted to the licensee.",
              items: {
                type: "string",
                enum: [
                  "academic",
                  "appliance",
                  "client-access",
                  "concurrent-user",
                  "core-points",
                  "custom-metric",
                  "device",
                  "evaluation",
                  "named-user",
                  "node-locked",
                  "oem",
                  "perpetual",
                  "processor-points",
                  "subscription",
                  "user",
                  "other"
                ],
                "meta:enum": {
                  academic: "A license that grants use of software solely for the purpose of education or research.",
                  appliance: "A license covering use of software embedded in a specific piece of hardware.",
                  "client-access": "A Client Access License (CAL) allows client computers to access services provided by server software.",
                  "concurrent-user": "A Concurrent User license (aka floating license) limits the number of licenses for a software application and licenses are shared among a larger number of users.",
                  "core-points": "A license where the core of a computer's processor is assigned a specific number of points.",
                  "custom-metric": "A license for which consumption is measured by non-standard metrics.",
                  device: "A license that covers a defined number of installations on computers and other types of devices.",
                  evaluation: "A license that grants permission to install and use software for trial purposes.",
                  "named-user": "A license that grants access to the software to one or more pre-defined users.",
                  "node-locked": "A license that grants access to the software on one or more pre-defined computers or devices.",
                  oem: "An Original Equipment Manufacturer license that is delivered with hardware, cannot be transferred to other hardware, and is valid for the life of the hardware.",
                  perpetual: "A license where the software is sold on a one-time basis and the licensee can use a copy of the software indefinitely.",
                  "processor-points": "A license where each installation consumes points per processor.",
                  subscription: "A license where the licensee pays a fee to use the software or service.",
                  user: "A license that grants access to the software or service by a specified number of users.",
                  other: "Another license type."
                }
              }
            },
            lastRenewal: {
              type: "string",
              format: "date-time",
              title: "Last Renewal",
              description: "The timestamp indicating when the license was last renewed. For new purchases, this is often the purchase or acquisition date. For non-perpetual licenses or subscriptions, this is the timestamp of when the license was last renewed."
            },
            expiration: {
              type: "string",
              format: "date-time",
              title: "Expiration",
              description: "The timestamp indicating when the current license expires (if applicable)."
            }
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    licenseAcknowledgementEnumeration: {
      title: "License Acknowledgement",
      description: "Declared licenses and concluded licenses represent two different stages in the licensing process within software development. Declared licenses refer to the initial intention of the software authors regarding the licensing terms under which their code is released. On the other hand, concluded licenses are the result of a comprehensive analysis of the project's codebase to identify and confirm the actual licenses of the components used, which may differ from the initially declared licenses. While declared licenses provide an upfront indication of the licensing intentions, concluded licenses offer a more thorough understanding of the actual licensing within a project, facilitating proper compliance and risk management. Observed licenses are defined in `@.evidence.licenses`. Observed licenses form the evidence necessary to substantiate a concluded license.",
      type: "string",
      enum: [
        "declared",
        "concluded"
      ],
      "meta:enum": {
        declared: "Declared licenses represent the initial intentions of authors regarding the licensing terms of their code.",
        concluded: "Concluded licenses are verified and confirmed."
      }
    },
    licenseChoice: {
      title: "License Choice",
      description: "EITHER (list of SPDX licenses and/or named licenses) OR (tuple of one SPDX License Expression)",
      type: "array",
      oneOf: [
        {
          title: "Multiple licenses",
          description: "A list of SPDX licenses and/or named licenses.",
          type: "array",
          items: {
            type: "object",
            title: "License",
            required: ["license"],
            additionalProperties: false,
            properties: {
              license: { $ref: "#/definitions/license" }
            }
          }
        },
        {
          title: "SPDX License Expression",
          description: "A tuple of exactly one SPDX License Expression.",
          type: "array",
          additionalItems: false,
          minItems: 1,
          maxItems: 1,
          items: [{
            type: "object",
            additionalProperties: false,
            required: ["expression"],
            properties: {
              expression: {
                type: "string",
                title: "SPDX License Expression",
                description: "A valid SPDX license expression.\nRefer to https://spdx.org/specifications for syntax requirements",
                examples: [
                  "Apache-2.0 AND (MIT OR GPL-2.0-only)",
                  "GPL-3.0-only WITH Classpath-exception-2.0"
                ]
              },
              acknowledgement: {
                $ref: "#/definitions/licenseAcknowledgementEnumeration"
              },
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the license elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
              }
            }
          }]
        }
      ]
    },
    commit: {
      type: "object",
      title: "Commit",
      description: "Specifies an individual commit",
      additionalProperties: false,
      properties: {
        uid: {
          type: "string",
          title: "UID",
          description: "A unique identifier of the commit. This may be version control specific. For example, Subversion uses revision numbers whereas git uses commit hashes."
        },
        url: {
          type: "string",
          title: "URL",
          description: "The URL to the commit. This URL will typically point to a commit in a version control system.",
          format: "iri-reference"
        },
        author: {
          title: "Author",
          description: "The author who created the changes in the commit",
          $ref: "#/definitions/identifiableAction"
        },
        committer: {
          title: "Committer",
          description: "The person who committed or pushed the commit",
          $ref: "#/definitions/identifiableAction"
        },
        message: {
          type: "string",
          title: "Message",
          description: "The text description of the contents of the commit"
        }
      }
    },
    patch: {
      type: "object",
      title: "Patch",
      description: "Specifies an individual patch",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "unofficial",
            "monkey",
            "backport",
            "cherry-pick"
          ],
          "meta:enum": {
            unofficial: "A patch which is not developed by the creators or maintainers of the software being patched. Refer to [https://en.wikipedia.org/wiki/Unofficial_patch](https://en.wikipedia.org/wiki/Unofficial_patch).",
            monkey: "A patch which dynamically modifies runtime behavior. Refer to [https://en.wikipedia.org/wiki/Monkey_patch](https://en.wikipedia.org/wiki/Monkey_patch).",
            backport: "A patch which takes code from a newer version of the software and applies it to older versions of the same software. Refer to [https://en.wikipedia.org/wiki/Backporting](https://en.wikipedia.org/wiki/Backporting).",
            "cherry-pick": "A patch created by selectively applying commits from other versions or branches of the same software."
          },
          title: "Patch Type",
          description: "Specifies the purpose for the patch including the resolution of defects, security issues, or new behavior or functionality."
        },
        diff: {
          title: "Diff",
          description: "The patch file (or diff) that shows changes. Refer to [https://en.wikipedia.org/wiki/Diff](https://en.wikipedia.org/wiki/Diff)",
          $ref: "#/definitions/diff"
        },
        resolves: {
          type: "array",
          items: { $ref: "#/definitions/issue" },
          title: "Resolves",
          description: "A collection of issues the patch resolves"
        }
      }
    },
    diff: {
      type: "object",
      title: "Diff",
      description: "The patch file (or diff) that shows changes. Refer to https://en.wikipedia.org/wiki/Diff",
      additionalProperties: false,
      properties: {
        text: {
          title: "Diff text",
          description: "Specifies the optional text of the diff",
          $ref: "#/definitions/attachment"
        },
        url: {
          type: "string",
          title: "URL",
          description: "Specifies the URL to the diff",
          format: "iri-reference"
        }
      }
    },
    issue: {
      type: "object",
      title: "Issue",
      description: "An individual issue that has been resolved.",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          type: "string",
          enum: [
            "defect",
            "enhancement",
            "security"
          ],
          "meta:enum": {
            defect: "A fault, flaw, or bug in software.",
            enhancement: "A new feature or behavior in software.",
            security: "A special type of defect which impacts security."
          },
          title: "Issue Type",
          description: "Specifies the type of issue"
        },
        id: {
          type: "string",
          title: "Issue ID",
          description: "The identifier of the issue assigned by the source of the issue"
        },
        name: {
          type: "string",
          title: "Issue Name",
          description: "The name of the issue"
        },
        description: {
          type: "string",
          title: "Issue Description",
          description: "A description of the issue"
        },
        source: {
          type: "object",
          title: "Source",
          description: "The source of the issue where it is documented",
          additionalProperties: false,
          properties: {
            name: {
              type: "string",
              title: "Name",
              description: "The name of the source.",
              examples: [
                "National Vulnerability Database",
                "NVD",
                "Apache"
              ]
            },
            url: {
              type: "string",
              title: "URL",
              description: "The url of the issue documentation as provided by the source",
              format: "iri-reference"
            }
          }
        },
        references: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "References",
          description: "A collection of URL's for reference. Multiple URLs are allowed.",
          examples: ["https://example.com"]
        }
      }
    },
    identifiableAction: {
      type: "object",
      title: "Identifiable Action",
      description: "Specifies an individual commit",
      additionalProperties: false,
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The timestamp in which the action occurred"
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the individual who performed the action"
        },
        email: {
          type: "string",
          format: "idn-email",
          title: "E-mail",
          description: "The email address of the individual who performed the action"
        }
      }
    },
    externalReference: {
      type: "object",
      title: "External Reference",
      description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM.",
      required: [
        "url",
        "type"
      ],
      additionalProperties: false,
      properties: {
        url: {
          anyOf: [
            {
              title: "URL",
              type: "string",
              format: "iri-reference"
            },
            {
              title: "BOM-Link",
              $ref: "#/definitions/bomLink"
            }
          ],
          title: "URL",
          description: "The URI (URL or URN) to the external reference. External references are URIs and therefore can accept any URL scheme including https ([RFC-7230](https://www.ietf.org/rfc/rfc7230.txt)), mailto ([RFC-2368](https://www.ietf.org/rfc/rfc2368.txt)), tel ([RFC-3966](https://www.ietf.org/rfc/rfc3966.txt)), and dns ([RFC-4501](https://www.ietf.org/rfc/rfc4501.txt)). External references may also include formally registered URNs such as [CycloneDX BOM-Link](https://cyclonedx.org/capabilities/bomlink/) to reference CycloneDX BOMs or any object within a BOM. BOM-Link transforms applicable external references into relationships that can be expressed in a BOM or across BOMs."
        },
        comment: {
          type: "string",
          title: "Comment",
          description: "An optional comment describing the external reference"
        },
        type: {
          type: "string",
          title: "Type",
          description: "Specifies the type of external reference.",
          enum: [
            "vcs",
            "issue-tracker",
            "website",
            "advisories",
            "bom",
            "mailing-list",
            "social",
            "chat",
            "documentation",
            "support",
            "source-distribution",
            "distribution",
            "distribution-intake",
            "license",
            "build-meta",
            "build-system",
            "release-notes",
            "security-contact",
            "model-card",
            "log",
            "configuration",
            "evidence",
            "formulation",
            "attestation",
            "threat-model",
            "adversary-model",
            "risk-assessment",
            "vulnerability-assertion",
            "exploitability-statement",
            "pentest-report",
            "static-analysis-report",
            "dynamic-analysis-report",
            "runtime-analysis-report",
            "component-analysis-report",
            "maturity-report",
            "certification-report",
            "codified-infrastructure",
            "quality-metrics",
            "poam",
            "electronic-signature",
            "digital-signature",
            "rfc-9116",
            "other"
          ],
          "meta:enum": {
            vcs: "Version Control System",
            "issue-tracker": "Issue or defect tracking system, or an Application Lifecycle Management (ALM) system",
            website: "Website",
            advisories: "Security advisories",
            bom: "Bill of Materials (SBOM, OBOM, HBOM, SaaSBOM, etc)",
            "mailing-list": "Mailing list or discussion group",
            social: "Social media account",
            chat: "Real-time chat platform",
            documentation: "Documentation, guides, or how-to instructions",
            support: "Community or commercial support",
            "source-distribution": "The location where the source code distributable can be obtained. This is often an archive format such as zip or tgz. The source-distribution type complements use of the version control (vcs) type.",
            distribution: "Direct or repository download location",
            "distribution-intake": 'The location where a component was published to. This is often the same as "distribution" but may also include specialized publishing processes that act as an intermediary.',
            license: "The reference to the license file. If a license URL has been defined in the license node, it should also be defined as an external reference for completeness.",
            "build-meta": "Build-system specific meta file (i.e. pom.xml, package.json, .nuspec, etc)",
            "build-system": "Reference to an automated build system",
            "release-notes": "Reference to release notes",
            "security-contact": "Specifies a way to contact the maintainer, supplier, or provider in the event of a security incident. Common URIs include links to a disclosure procedure, a mailto (RFC-2368) that specifies an email address, a tel (RFC-3966) that specifies a phone number, or dns (RFC-4501) that specifies the records containing DNS Security TXT.",
            "model-card": "A model card describes the intended uses of a machine learning model, potential limitations, biases, ethical considerations, training parameters, datasets used to train the model, performance metrics, and other relevant data useful for ML transparency.",
            log: "A record of events that occurred in a computer system or application, such as problems, errors, or information on current operations.",
            configuration: "Parameters or settings that may be used by other components or services.",
            evidence: "Information used to substantiate a claim.",
            formulation: "Describes how a component or service was manufactured or deployed.",
            attestation: "Human or machine-readable statements containing facts, evidence, or testimony.",
            "threat-model": "An enumeration of identified weaknesses, threats, and countermeasures, dataflow diagram (DFD), attack tree, and other supporting documentation in human-readable or machine-readable format.",
            "adversary-model": "The defined assumptions, goals, and capabilities of an adversary.",
            "risk-assessment": "Identifies and analyzes the potential of future events that may negatively impact individuals, assets, and/or the environment. Risk assessments may also include judgments on the tolerability of each risk.",
            "vulnerability-assertion": "A Vulnerability Disclosure Report (VDR) which asserts the known and previously unknown vulnerabilities that affect a component, service, or product including the analysis and findings describing the impact (or lack of impact) that the reported vulnerability has on a component, service, or product.",
            "exploitability-statement": "A Vulnerability Exploitability eXchange (VEX) which asserts the known vulnerabilities that do not affect a product, product family, or organization, and optionally the ones that do. The VEX should include the analysis and findings describing the impact (or lack of impact) that the reported vulnerability has on the product, product family, or organization.",
            "pentest-report": "Results from an authorized simulated cyberattack on a component or service, otherwise known as a penetration test.",
            "static-analysis-report": "SARIF or proprietary machine or human-readable report for which static analysis has identified code quality, security, and other potential issues with the source code.",
            "dynamic-analysis-report": "Dynamic analysis report that has identified issues such as vulnerabilities and misconfigurations.",
            "runtime-analysis-report": "Report generated by analyzing the call stack of a running application.",
            "component-analysis-report": "Report generated by Software Composition Analysis (SCA), container analysis, or other forms of component analysis.",
            "maturity-report": "Report containing a formal assessment of an organization, business unit, or team against a maturity model.",
            "certification-report": "Industry, regulatory, or other certification from an accredited (if applicable) certification body.",
            "codified-infrastructure": "Code or configuration that defines and provisions virtualized infrastructure, commonly referred to as Infrastructure as Code (IaC).",
            "quality-metrics": "Report or system in which quality metrics can be obtained.",
            poam: 'Plans of Action and Milestones (POA&M) complement an "attestation" external reference. POA&M is defined by NIST as a "document that identifies tasks needing to be accomplished. It details resources required to accomplish the elements of the plan, any milestones in meeting the tasks and scheduled completion dates for the milestones".',
            "electronic-signature": "An e-signature is commonly a scanned representation of a written signature or a stylized script of the person's name.",
            "digital-signature": "A signature that leverages cryptography, typically public/private key pairs, which provides strong authenticity verification.",
            "rfc-9116": "Document that complies with [RFC 9116](https://www.ietf.org/rfc/rfc9116.html) (A File Format to Aid in Security Vulnerability Disclosure)",
            other: "Use this if no other types accurately describe the purpose of the external reference."
          }
        },
        hashes: {
          type: "array",
          items: { $ref: "#/definitions/hash" },
          title: "Hashes",
          description: "The hashes of the external reference (if applicable)."
        }
      }
    },
    dependency: {
      type: "object",
      title: "Dependency",
      description: "Defines the direct dependencies of a component, service, or the components provided/implemented by a given component. Components or services that do not have their own dependencies must be declared as empty elements within the graph. Components or services that are not represented in the dependency graph may have unknown dependencies. It is recommended that implementations assume this to be opaque and not an indicator of an object being dependency-free. It is recommended to leverage compositions to indicate unknown dependency graphs.",
      required: [
        "ref"
      ],
      additionalProperties: false,
      properties: {
        ref: {
          $ref: "#/definitions/refLinkType",
          title: "Reference",
          description: "References a component or service by its bom-ref attribute"
        },
        dependsOn: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/refLinkType"
          },
          title: "Depends On",
          description: "The bom-ref identifiers of the components or services that are dependencies of this dependency object."
        },
        provides: {
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/refLinkType"
          },
          title: "Provides",
          description: "The bom-ref identifiers of the components or services that define a given specification or standard, which are provided or implemented by this dependency object.\nFor example, a cryptographic library which implements a cryptographic algorithm. A component which implements another component does not imply that the implementation is in use."
        }
      }
    },
    service: {
      type: "object",
      title: "Service",
      required: [
        "name"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the service elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        provider: {
          title: "Provider",
          description: "The organization that provides the service.",
          $ref: "#/definitions/organizationalEntity"
        },
        group: {
          type: "string",
          title: "Service Group",
          description: "The grouping name, namespace, or identifier. This will often be a shortened, single name of the company or project that produced the service or domain name. Whitespace and special characters should be avoided.",
          examples: ["com.acme"]
        },
        name: {
          type: "string",
          title: "Service Name",
          description: "The name of the service. This will often be a shortened, single name of the service.",
          examples: ["ticker-service"]
        },
        version: {
          $ref: "#/definitions/version",
          title: "Service Version",
          description: "The service version."
        },
        description: {
          type: "string",
          title: "Service Description",
          description: "Specifies a description for the service"
        },
        endpoints: {
          type: "array",
          items: {
            type: "string",
            format: "iri-reference"
          },
          title: "Endpoints",
          description: "The endpoint URIs of the service. Multiple endpoints are allowed.",
          examples: ["https://example.com/api/v1/ticker"]
        },
        authenticated: {
          type: "boolean",
          title: "Authentication Required",
          description: "A boolean value indicating if the service requires authentication. A value of true indicates the service requires authentication prior to use. A value of false indicates the service does not require authentication."
        },
        "x-trust-boundary": {
          type: "boolean",
          title: "Crosses Trust Boundary",
          description: "A boolean value indicating if use of the service crosses a trust zone or boundary. A value of true indicates that by using the service, a trust boundary is crossed. A value of false indicates that by using the service, a trust boundary is not crossed."
        },
        trustZone: {
          type: "string",
          title: "Trust Zone",
          description: "The name of the trust zone the service resides in."
        },
        data: {
          type: "array",
          items: { $ref: "#/definitions/serviceData" },
          title: "Data",
          description: "Specifies information about the data including the directional flow of data and the data classification."
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "Service License(s)"
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        services: {
          type: "array",
          items: { $ref: "#/definitions/service" },
          uniqueItems: true,
          title: "Services",
          description: "A list of services included or deployed behind the parent service. This is not a dependency tree. It provides a way to specify a hierarchical representation of service assemblies."
        },
        releaseNotes: {
          $ref: "#/definitions/releaseNotes",
          title: "Release notes",
          description: "Specifies optional release notes."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    serviceData: {
      type: "object",
      title: "Hash Objects",
      required: [
        "flow",
        "classification"
      ],
      additionalProperties: false,
      properties: {
        flow: {
          $ref: "#/definitions/dataFlowDirection",
          title: "Directional Flow",
          description: "Specifies the flow direction of the data. Direction is relative to the service. Inbound flow states that data enters the service. Outbound flow states that data leaves the service. Bi-directional states that data flows both ways and unknown states that the direction is not known."
        },
        classification: {
          $ref: "#/definitions/dataClassification"
        },
        name: {
          type: "string",
          title: "Name",
          description: "Name for the defined data",
          examples: [
            "Credit card reporting"
          ]
        },
        description: {
          type: "string",
          title: "Description",
          description: "Short description of the data content and usage",
          examples: [
            "Credit card information being exchanged in between the web app and the database"
          ]
        },
        governance: {
          title: "Data Governance",
          $ref: "#/definitions/dataGovernance"
        },
        source: {
          type: "array",
          items: {
            anyOf: [
              {
                title: "URL",
                type: "string",
                format: "iri-reference"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Source",
          description: "The URI, URL, or BOM-Link of the components or services the data came in from"
        },
        destination: {
          type: "array",
          items: {
            anyOf: [
              {
                title: "URL",
                type: "string",
                format: "iri-reference"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Destination",
          description: "The URI, URL, or BOM-Link of the components or services the data is sent to"
        }
      }
    },
    dataFlowDirection: {
      type: "string",
      enum: [
        "inbound",
        "outbound",
        "bi-directional",
        "unknown"
      ],
      "meta:enum": {
        inbound: "Data that enters a service.",
        outbound: "Data that exits a service.",
        "bi-directional": "Data flows in and out of the service.",
        unknown: "The directional flow of data is not known."
      },
      title: "Data flow direction",
      description: "Specifies the flow direction of the data. Direction is relative to the service."
    },
    copyright: {
      type: "object",
      title: "Copyright",
      description: "A copyright notice informing users of the underlying claims to copyright ownership in a published work.",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        text: {
          type: "string",
          title: "Copyright Text",
          description: "The textual content of the copyright."
        }
      }
    },
    componentEvidence: {
      type: "object",
      title: "Evidence",
      description: "Provides the ability to document evidence collected through various forms of extraction or analysis.",
      additionalProperties: false,
      properties: {
        identity: {
          title: "Identity Evidence",
          description: "Evidence that substantiates the identity of a component. The identity may be an object or an array of identity objects. Support for specifying identity as a single object was introduced in CycloneDX v1.5. Arrays were introduced in v1.6. It is recommended that all implementations use arrays, even if only one identity object is specified.",
          oneOf: [
            {
              type: "array",
              title: "Array of Identity Objects",
              items: { $ref: "#/definitions/componentIdentityEvidence" }
            },
            {
              title: "A Single Identity Object",
              description: "[Deprecated]",
              $ref: "#/definitions/componentIdentityEvidence",
              deprecated: true
            }
          ]
        },
        occurrences: {
          type: "array",
          title: "Occurrences",
          description: "Evidence of individual instances of a component spread across multiple locations.",
          items: {
            type: "object",
            required: ["location"],
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the occurrence elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
              },
              location: {
                type: "string",
                title: "Location",
                description: "The location or path to where the component was found."
              },
              line: {
                type: "integer",
                minimum: 0,
                title: "Line Number",
                description: "The line number where the component was found."
              },
              offset: {
                type: "integer",
                minimum: 0,
                title: "Offset",
                description: "The offset where the component was found."
              },
              symbol: {
                type: "string",
                title: "Symbol",
                description: "The symbol name that was found associated with the component."
              },
              additionalContext: {
                type: "string",
                title: "Additional Context",
                description: "Any additional context of the detected component (e.g. a code snippet)."
              }
            }
          }
        },
        callstack: {
          type: "object",
          title: "Call Stack",
          description: "Evidence of the components use through the callstack.",
          additionalProperties: false,
          properties: {
            frames: {
              type: "array",
              title: "Frames",
              description: "Within a call stack, a frame is a discrete unit that encapsulates an execution context, including local variables, parameters, and the return address. As function calls are made, frames are pushed onto the stack, forming an array-like structure that orchestrates the flow of program execution and manages the sequence of function invocations.",
              items: {
                type: "object",
                required: [
                  "module"
                ],
                additionalProperties: false,
                properties: {
                  package: {
                    title: "Package",
                    description: "A package organizes modules into namespaces, providing a unique namespace for each type it contains.",
                    type: "string"
                  },
                  module: {
                    title: "Module",
                    description: "A module or class that encloses functions/methods and other code.",
                    type: "string"
                  },
                  function: {
                    title: "Function",
                    description: "A block of code designed to perform a particular task.",
                    type: "string"
                  },
                  parameters: {
                    title: "Parameters",
                    description: "Optional arguments that are passed to the module or function.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  },
                  line: {
                    title: "Line",
                    description: "The line number the code that is called resides on.",
                    type: "integer"
                  },
                  column: {
                    title: "Column",
                    description: "The column the code that is called resides.",
                    type: "integer"
                  },
                  fullFilename: {
                    title: "Full Filename",
                    description: "The full path and filename of the module.",
                    type: "string"
                  }
                }
              }
            }
          }
        },
        licenses: {
          $ref: "#/definitions/licenseChoice",
          title: "License Evidence"
        },
        copyright: {
          type: "array",
          items: { $ref: "#/definitions/copyright" },
          title: "Copyright Evidence",
          description: "Copyright evidence captures intellectual property assertions, providing evidence of possible ownership and legal protection."
        }
      }
    },
    compositions: {
      type: "object",
      title: "Compositions",
      required: [
        "aggregate"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the composition elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        aggregate: {
          $ref: "#/definitions/aggregateType",
          title: "Aggregate",
          description: "Specifies an aggregate type that describes how complete a relationship is."
        },
        assemblies: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the components or services being described. Assemblies refer to nested relationships whereby a constituent part may include other constituent parts. References do not cascade to child parts. References are explicit for the specified constituent part only."
        },
        dependencies: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "string"
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the components or services being described. Dependencies refer to a relationship whereby an independent constituent part requires another independent constituent part. References do not cascade to transitive dependencies. References are explicit for the specified dependency only."
        },
        vulnerabilities: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "string"
          },
          title: "BOM references",
          description: "The bom-ref identifiers of the vulnerabilities being described."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    aggregateType: {
      type: "string",
      default: "not_specified",
      enum: [
        "complete",
        "incomplete",
        "incomplete_first_party_only",
        "incomplete_first_party_proprietary_only",
        "incomplete_first_party_opensource_only",
        "incomplete_third_party_only",
        "incomplete_third_party_proprietary_only",
        "incomplete_third_party_opensource_only",
        "unknown",
        "not_specified"
      ],
      "meta:enum": {
        complete: "The relationship is complete. No further relationships including constituent components, services, or dependencies are known to exist.",
        incomplete: "The relationship is incomplete. Additional relationships exist and may include constituent components, services, or dependencies.",
        incomplete_first_party_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented.",
        incomplete_first_party_proprietary_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented, limited specifically to those that are proprietary.",
        incomplete_first_party_opensource_only: "The relationship is incomplete. Only relationships for first-party components, services, or their dependencies are represented, limited specifically to those that are opensource.",
        incomplete_third_party_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented.",
        incomplete_third_party_proprietary_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented, limited specifically to those that are proprietary.",
        incomplete_third_party_opensource_only: "The relationship is incomplete. Only relationships for third-party components, services, or their dependencies are represented, limited specifically to those that are opensource.",
        unknown: "The relationship may be complete or incomplete. This usually signifies a 'best-effort' to obtain constituent components, services, or dependencies but the completeness is inconclusive.",
        not_specified: "The relationship completeness is not specified."
      }
    },
    property: {
      type: "object",
      title: "Lightweight name-value pair",
      description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
      required: [
        "name"
      ],
      properties: {
        name: {
          type: "string",
          title: "Name",
          description: "The name of the property. Duplicate names are allowed, each potentially having a different value."
        },
        value: {
          type: "string",
          title: "Value",
          description: "The value of the property."
        }
      },
      additionalProperties: false
    },
    localeType: {
      type: "string",
      pattern: "^([a-z]{2})(-[A-Z]{2})?$",
      title: "Locale",
      description: "Defines a syntax for representing two character language code (ISO-639) followed by an optional two character country code. The language code must be lower case. If the country code is specified, the country code must be upper case. The language code and country code must be separated by a minus sign. Examples: en, en-US, fr, fr-CA"
    },
    releaseType: {
      type: "string",
      examples: [
        "major",
        "minor",
        "patch",
        "pre-release",
        "internal"
      ],
      description: "The software versioning type. It is recommended that the release type use one of 'major', 'minor', 'patch', 'pre-release', or 'internal'. Representing all possible software release types is not practical, so standardizing on the recommended values, whenever possible, is strongly encouraged.\n\n* __major__ = A major release may contain significant changes or may introduce breaking changes.\n* __minor__ = A minor release, also known as an update, may contain a smaller number of changes than major releases.\n* __patch__ = Patch releases are typically unplanned and may resolve defects or important security issues.\n* __pre-release__ = A pre-release may include alpha, beta, or release candidates and typically have limited support. They provide the ability to preview a release prior to its general availability.\n* __internal__ = Internal releases are not for public consumption and are intended to be used exclusively by the project or manufacturer that produced it."
    },
    note: {
      type: "object",
      title: "Note",
      description: "A note containing the locale and content.",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        locale: {
          $ref: "#/definitions/localeType",
          title: "Locale",
          description: 'The ISO-639 (or higher) language code and optional ISO-3166 (or higher) country code. Examples include: "en", "en-US", "fr" and "fr-CA"'
        },
        text: {
          title: "Release note content",
          description: "Specifies the full content of the release note.",
          $ref: "#/definitions/attachment"
        }
      }
    },
    releaseNotes: {
      type: "object",
      title: "Release notes",
      required: [
        "type"
      ],
      additionalProperties: false,
      properties: {
        type: {
          $ref: "#/definitions/releaseType",
          title: "Type",
          description: "The software versioning type the release note describes."
        },
        title: {
          type: "string",
          title: "Title",
          description: "The title of the release."
        },
        featuredImage: {
          type: "string",
          format: "iri-reference",
          title: "Featured image",
          description: "The URL to an image that may be prominently displayed with the release note."
        },
        socialImage: {
          type: "string",
          format: "iri-reference",
          title: "Social image",
          description: "The URL to an image that may be used in messaging on social media platforms."
        },
        description: {
          type: "string",
          title: "Description",
          description: "A short description of the release."
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the release note was created."
        },
        aliases: {
          type: "array",
          items: {
            type: "string"
          },
          title: "Aliases",
          description: "One or more alternate names the release may be referred to. This may include unofficial terms used by development and marketing teams (e.g. code names)."
        },
        tags: {
          $ref: "#/definitions/tags",
          title: "Tags"
        },
        resolves: {
          type: "array",
          items: { $ref: "#/definitions/issue" },
          title: "Resolves",
          description: "A collection of issues that have been resolved."
        },
        notes: {
          type: "array",
          items: { $ref: "#/definitions/note" },
          title: "Notes",
          description: "Zero or more release notes containing the locale and content. Multiple note objects may be specified to support release notes in a wide variety of languages."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    advisory: {
      type: "object",
      title: "Advisory",
      description: "Title and location where advisory information can be obtained. An advisory is a notification of a threat to a component, service, or system.",
      required: ["url"],
      additionalProperties: false,
      properties: {
        title: {
          type: "string",
          title: "Title",
          description: "An optional name of the advisory."
        },
        url: {
          type: "string",
          title: "URL",
          format: "iri-reference",
          description: "Location where the advisory can be obtained."
        }
      }
    },
    cwe: {
      type: "integer",
      minimum: 1,
      title: "CWE",
      description: "Integer representation of a Common Weaknesses Enumerations (CWE). For example 399 (of https://cwe.mitre.org/data/definitions/399.html)"
    },
    severity: {
      type: "string",
      title: "Severity",
      description: "Textual representation of the severity of the vulnerability adopted by the analysis method. If the analysis method uses values other than what is provided, the user is expected to translate appropriately.",
      enum: [
        "critical",
        "high",
        "medium",
        "low",
        "info",
        "none",
        "unknown"
      ],
      "meta:enum": {
        critical: "Critical severity",
        high: "High severity",
        medium: "Medium severity",
        low: "Low severity",
        info: "Informational warning.",
        none: "None",
        unknown: "The severity is not known"
      }
    },
    scoreMethod: {
      type: "string",
      title: "Method",
      description: "Specifies the severity or risk scoring methodology or standard used.",
      enum: [
        "CVSSv2",
        "CVSSv3",
        "CVSSv31",
        "CVSSv4",
        "OWASP",
        "SSVC",
        "other"
      ],
      "meta:enum": {
        CVSSv2: "Common Vulnerability Scoring System v2.0",
        CVSSv3: "Common Vulnerability Scoring System v3.0",
        CVSSv31: "Common Vulnerability Scoring System v3.1",
        CVSSv4: "Common Vulnerability Scoring System v4.0",
        OWASP: "OWASP Risk Rating Methodology",
        SSVC: "Stakeholder Specific Vulnerability Categorization",
        other: "Another severity or risk scoring methodology"
      }
    },
    impactAnalysisState: {
      type: "string",
      title: "Impact Analysis State",
      description: "Declares the current state of an occurrence of a vulnerability, after automated or manual analysis.",
      enum: [
        "resolved",
        "resolved_with_pedigree",
        "exploitable",
        "in_triage",
        "false_positive",
        "not_affected"
      ],
      "meta:enum": {
        resolved: "The vulnerability has been remediated.",
        resolved_with_pedigree: "The vulnerability has been remediated and evidence of the changes are provided in the affected components pedigree containing verifiable commit history and/or diff(s).",
        exploitable: "The vulnerability may be directly or indirectly exploitable.",
        in_triage: "The vulnerability is being investigated.",
        false_positive: "The vulnerability is not specific to the component or service and was falsely identified or associated.",
        not_affected: "The component or service is not affected by the vulnerability. Justification should be specified for all not_affected cases."
      }
    },
    impactAnalysisJustification: {
      type: "string",
      title: "Impact Analysis Justification",
      description: "The rationale of why the impact analysis state was asserted.",
      enum: [
        "code_not_present",
        "code_not_reachable",
        "requires_configuration",
        "requires_dependency",
        "requires_environment",
        "protected_by_compiler",
        "protected_at_runtime",
        "protected_at_perimeter",
        "protected_by_mitigating_control"
      ],
      "meta:enum": {
        code_not_present: "The code has been removed or tree-shaked.",
        code_not_reachable: "The vulnerable code is not invoked at runtime.",
        requires_configuration: "Exploitability requires a configurable option to be set/unset.",
        requires_dependency: "Exploitability requires a dependency that is not present.",
        requires_environment: "Exploitability requires a certain environment which is not present.",
        protected_by_compiler: "Exploitability requires a compiler flag to be set/unset.",
        protected_at_runtime: "Exploits are prevented at runtime.",
        protected_at_perimeter: "Attacks are blocked at physical, logical, or network perimeter.",
        protected_by_mitigating_control: "Preventative measures have been implemented that reduce the likelihood and/or impact of the vulnerability."
      }
    },
    rating: {
      type: "object",
      title: "Rating",
      description: "Defines the severity or risk ratings of a vulnerability.",
      additionalProperties: false,
      properties: {
        source: {
          $ref: "#/definitions/vulnerabilitySource",
          description: "The source that calculated the severity or risk rating of the vulnerability."
        },
        score: {
          type: "number",
          title: "Score",
          description: "The numerical score of the rating."
        },
        severity: {
          $ref: "#/definitions/severity",
          description: "Textual representation of the severity that corresponds to the numerical score of the rating."
        },
        method: {
          $ref: "#/definitions/scoreMethod"
        },
        vector: {
          type: "string",
          title: "Vector",
          description: "Textual representation of the metric values used to score the vulnerability"
        },
        justification: {
          type: "string",
          title: "Justification",
          description: "An optional reason for rating the vulnerability as it was"
        }
      }
    },
    vulnerabilitySource: {
      type: "object",
      title: "Source",
      description: "The source of vulnerability information. This is often the organization that published the vulnerability.",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          title: "URL",
          description: "The url of the vulnerability documentation as provided by the source.",
          examples: [
            "https://nvd.nist.gov/vuln/detail/CVE-2021-39182"
          ]
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the source.",
          examples: [
            "NVD",
            "National Vulnerability Database",
            "OSS Index",
            "VulnDB",
            "GitHub Advisories"
          ]
        }
      }
    },
    vulnerability: {
      type: "object",
      title: "Vulnerability",
      description: "Defines a weakness in a component or service that could be exploited or triggered by a threat source.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the vulnerability elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        id: {
          type: "string",
          title: "ID",
          description: "The identifier that uniquely identifies the vulnerability.",
          examples: [
            "CVE-2021-39182",
            "GHSA-35m5-8cvj-8783",
            "SNYK-PYTHON-ENROCRYPT-1912876"
          ]
        },
        source: {
          $ref: "#/definitions/vulnerabilitySource",
          description: "The source that published the vulnerability."
        },
        references: {
          type: "array",
          title: "References",
          description: "Zero or more pointers to vulnerabilities that are the equivalent of the vulnerability specified. Often times, the same vulnerability may exist in multiple sources of vulnerability intelligence, but have different identifiers. References provide a way to correlate vulnerabilities across multiple sources of vulnerability intelligence.",
          items: {
            type: "object",
            required: [
              "id",
              "source"
            ],
            additionalProperties: false,
            properties: {
              id: {
                type: "string",
                title: "ID",
                description: "An identifier that uniquely identifies the vulnerability.",
                examples: [
                  "CVE-2021-39182",
                  "GHSA-35m5-8cvj-8783",
                  "SNYK-PYTHON-ENROCRYPT-1912876"
                ]
              },
              source: {
                $ref: "#/definitions/vulnerabilitySource",
                description: "The source that published the vulnerability."
              }
            }
          }
        },
        ratings: {
          type: "array",
          title: "Ratings",
          description: "List of vulnerability ratings. Consumers SHOULD consider ratings in prioritization decisions; source ratings may differ and aid prioritization.",
          items: {
            $ref: "#/definitions/rating"
          }
        },
        cwes: {
          type: "array",
          title: "CWEs",
          description: "List of Common Weaknesses Enumerations (CWEs) codes that describes this vulnerability.",
          examples: [399],
          items: {
            $ref: "#/definitions/cwe"
          }
        },
        description: {
          type: "string",
          title: "Description",
          description: "A description of the vulnerability as provided by the source."
        },
        detail: {
          type: "string",
          title: "Details",
          description: "If available, an in-depth description of the vulnerability as provided by the source organization. Details often include information useful in understanding root cause."
        },
        recommendation: {
          type: "string",
          title: "Recommendation",
          description: "Recommendations of how the vulnerability can be remediated or mitigated."
        },
        workaround: {
          type: "string",
          title: "Workarounds",
          description: "A bypass, usually temporary, of the vulnerability that reduces its likelihood and/or impact. Workarounds often involve changes to configuration or deployments."
        },
        proofOfConcept: {
          type: "object",
          title: "Proof of Concept",
          description: "Evidence used to reproduce the vulnerability.",
          properties: {
            reproductionSteps: {
              type: "string",
              title: "Steps to Reproduce",
              description: "Precise steps to reproduce the vulnerability."
            },
            environment: {
              type: "string",
              title: "Environment",
              description: "A description of the environment in which reproduction was possible."
            },
            supportingMaterial: {
              type: "array",
              title: "Supporting Material",
              description: "Supporting material that helps in reproducing or understanding how reproduction is possible. This may include screenshots, payloads, and PoC exploit code.",
              items: { $ref: "#/definitions/attachment" }
            }
          }
        },
        advisories: {
          type: "array",
          title: "Advisories",
          description: "Published advisories of the vulnerability if provided.",
          items: {
            $ref: "#/definitions/advisory"
          }
        },
        created: {
          type: "string",
          format: "date-time",
          title: "Created",
          description: "The date and time (timestamp) when the vulnerability record was created in the vulnerability database."
        },
        published: {
          type: "string",
          format: "date-time",
          title: "Published",
          description: "The date and time (timestamp) when the vulnerability record was first published."
        },
        updated: {
          type: "string",
          format: "date-time",
          title: "Updated",
          description: "The date and time (timestamp) when the vulnerability record was last updated."
        },
        rejected: {
          type: "string",
          format: "date-time",
          title: "Rejected",
          description: "The date and time (timestamp) when the vulnerability record was rejected (if applicable)."
        },
        credits: {
          type: "object",
          title: "Credits",
          description: "Individuals or organizations credited with the discovery of the vulnerability.",
          additionalProperties: false,
          properties: {
            organizations: {
              type: "array",
              title: "Organizations",
              description: "The organizations credited with vulnerability discovery.",
              items: {
                $ref: "#/definitions/organizationalEntity"
              }
            },
            individuals: {
              type: "array",
              title: "Individuals",
              description: "The individuals, not associated with organizations, that are credited with vulnerability discovery.",
              items: {
                $ref: "#/definitions/organizationalContact"
              }
            }
          }
        },
        tools: {
          title: "Tools",
          description: "The tool(s) used to identify, confirm, or score the vulnerability.",
          oneOf: [
            {
              type: "object",
              title: "Tools",
              description: "The tool(s) used to identify, confirm, or score the vulnerability.",
              additionalProperties: false,
              properties: {
                components: {
                  type: "array",
                  items: { $ref: "#/definitions/component" },
                  uniqueItems: true,
                  title: "Components",
                  description: "A list of software and hardware components used as tools."
                },
                services: {
                  type: "array",
                  items: { $ref: "#/definitions/service" },
                  uniqueItems: true,
                  title: "Services",
                  description: "A list of services used as tools. This may include microservices, function-as-a-service, and other types of network or intra-process services."
                }
              }
            },
            {
              type: "array",
              title: "Tools (legacy)",
              description: "[Deprecated] The tool(s) used to identify, confirm, or score the vulnerability.",
              items: { $ref: "#/definitions/tool" }
            }
          ]
        },
        analysis: {
          type: "object",
          title: "Impact Analysis",
          description: "An assessment of the impact and exploitability of the vulnerability.",
          additionalProperties: false,
          properties: {
            state: {
              $ref: "#/definitions/impactAnalysisState"
            },
            justification: {
              $ref: "#/definitions/impactAnalysisJustification"
            },
            response: {
              type: "array",
              title: "Response",
              description: "A response to the vulnerability by the manufacturer, supplier, or project responsible for the affected component or service. More than one response is allowed. Responses are strongly encouraged for vulnerabilities where the analysis state is exploitable.",
              items: {
                type: "string",
                enum: [
                  "can_not_fix",
                  "will_not_fix",
                  "update",
                  "rollback",
                  "workaround_available"
                ],
                "meta:enum": {
                  can_not_fix: "Can not fix",
                  will_not_fix: "Will not fix",
                  update: "Update to a different revision or release",
                  rollback: "Revert to a previous revision or release",
                  workaround_available: "There is a workaround available"
                }
              }
            },
            detail: {
              type: "string",
              title: "Detail",
              description: "Detailed description of the impact including methods used during assessment. If a vulnerability is not exploitable, this field should include specific details on why the component or service is not impacted by this vulnerability."
            },
            firstIssued: {
              type: "string",
              format: "date-time",
              title: "First Issued",
              description: "The date and time (timestamp) when the analysis was first issued."
            },
            lastUpdated: {
              type: "string",
              format: "date-time",
              title: "Last Updated",
              description: "The date and time (timestamp) when the analysis was last updated."
            }
          }
        },
        affects: {
          type: "array",
          uniqueItems: true,
          items: {
            type: "object",
            required: [
              "ref"
            ],
            additionalProperties: false,
            properties: {
              ref: {
                anyOf: [
                  {
                    title: "Ref",
                    $ref: "#/definitions/refLinkType"
                  },
                  {
                    title: "BOM-Link Element",
                    $ref: "#/definitions/bomLinkElementType"
                  }
                ],
                title: "Reference",
                description: "References a component or service by the objects bom-ref"
              },
              versions: {
                type: "array",
                title: "Versions",
                description: "Zero or more individual versions or range of versions.",
                items: {
                  type: "object",
                  oneOf: [
                    {
                      required: ["version"]
                    },
                    {
                      required: ["range"]
                    }
                  ],
                  additionalProperties: false,
                  properties: {
                    version: {
                      title: "Version",
                      description: "A single version of a component or service.",
                      $ref: "#/definitions/version"
                    },
                    range: {
                      title: "Version Range",
                      description: "A version range specified in Package URL Version Range syntax (vers) which is defined at https://github.com/package-url/vers-spec",
                      $ref: "#/definitions/versionRange"
                    },
                    status: {
                      title: "Status",
                      description: "The vulnerability status for the version or range of versions.",
                      $ref: "#/definitions/affectedStatus",
                      default: "affected"
                    }
                  }
                }
              }
            }
          },
          title: "Affects",
          description: "The components or services that are affected by the vulnerability."
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    affectedStatus: {
      description: "The vulnerability status of a given version or range of versions of a product. The statuses 'affected' and 'unaffected' indicate that the version is affected or unaffected by the vulnerability. The status 'unknown' indicates that it is unknown or unspecified whether the given version is affected. There can be many reasons for an 'unknown' status, including that an investigation has not been undertaken or that a vendor has not disclosed the status.",
      type: "string",
      enum: [
        "affected",
        "unaffected",
        "unknown"
      ],
      "meta:enum": {
        affected: "The version is affected by the vulnerability.",
        unaffected: "The version is not affected by the vulnerability.",
        unknown: "It is unknown (or unspecified) whether the given version is affected."
      }
    },
    version: {
      description: "A single disjunctive version identifier, for a component or service.",
      type: "string",
      maxLength: 1024,
      examples: [
        "9.0.14",
        "v1.33.7",
        "7.0.0-M1",
        "2.0pre1",
        "1.0.0-beta1",
        "0.8.15"
      ]
    },
    versionRange: {
      description: "A version range specified in Package URL Version Range syntax (vers) which is defined at https://github.com/package-url/vers-spec",
      type: "string",
      minLength: 1,
      maxLength: 4096,
      examples: [
        "vers:cargo/9.0.14",
        "vers:npm/1.2.3|>=2.0.0|<5.0.0",
        "vers:pypi/0.0.0|0.0.1|0.0.2|0.0.3|1.0|2.0pre1",
        "vers:tomee/>=1.0.0-beta1|<=1.7.5|>=7.0.0-M1|<=7.0.7|>=7.1.0|<=7.1.2|>=8.0.0-M1|<=8.0.1",
        "vers:gem/>=2.2.0|!= 2.2.1|<2.3.0"
      ]
    },
    range: {
      deprecated: true,
      description: "Deprecated definition. use definition `versionRange` instead.",
      $ref: "#/definitions/versionRange"
    },
    annotations: {
      type: "object",
      title: "Annotations",
      description: "A comment, note, explanation, or similar textual content which provides additional context to the object(s) being annotated.",
      required: [
        "subjects",
        "annotator",
        "timestamp",
        "text"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the annotation elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        subjects: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "Subjects",
          description: "The object in the BOM identified by its bom-ref. This is often a component or service, but may be any object type supporting bom-refs."
        },
        annotator: {
          type: "object",
          title: "Annotator",
          description: "The organization, person, component, or service which created the textual content of the annotation.",
          oneOf: [
            {
              required: [
                "organization"
              ]
            },
            {
              required: [
                "individual"
              ]
            },
            {
              required: [
                "component"
              ]
            },
            {
              required: [
                "service"
              ]
            }
          ],
          additionalProperties: false,
          properties: {
            organization: {
              description: "The organization that created the annotation",
              $ref: "#/definitions/organizationalEntity"
            },
            individual: {
              description: "The person that created the annotation",
              $ref: "#/definitions/organizationalContact"
            },
            component: {
              description: "The tool or component that created the annotation",
              $ref: "#/definitions/component"
            },
            service: {
              description: "The service that created the annotation",
              $ref: "#/definitions/service"
            }
          }
        },
        timestamp: {
          type: "string",
          format: "date-time",
          title: "Timestamp",
          description: "The date and time (timestamp) when the annotation was created."
        },
        text: {
          type: "string",
          title: "Text",
          description: "The textual content of the annotation."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    modelCard: {
      $comment: "Model card support in CycloneDX is derived from TensorFlow Model Card Toolkit released under the Apache 2.0 license and available from https://github.com/tensorflow/model-card-toolkit/blob/main/model_card_toolkit/schema/v0.0.2/model_card.schema.json. In addition, CycloneDX model card support includes portions of VerifyML, also released under the Apache 2.0 license and available from https://github.com/cylynx/verifyml/blob/main/verifyml/model_card_toolkit/schema/v0.0.4/model_card.schema.json.",
      type: "object",
      title: "Model Card",
      description: "A model card describes the intended uses of a machine learning model and potential limitations, including biases and ethical considerations. Model cards typically contain the training parameters, which datasets were used to train the model, performance metrics, and other relevant data useful for ML transparency. This object SHOULD be specified for any component of type `machine-learning-model` and must not be specified for other component types.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the model card elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        modelParameters: {
          type: "object",
          title: "Model Parameters",
          description: "Hyper-parameters for construction of the model.",
          additionalProperties: false,
          properties: {
            approach: {
              type: "object",
              title: "Approach",
              description: "The overall approach to learning used by the model for problem solving.",
              additionalProperties: false,
              properties: {
                type: {
                  type: "string",
                  title: "Learning Type",
                  description: "Learning types describing the learning problem or hybrid learning problem.",
                  enum: [
                    "supervised",
                    "unsupervised",
                    "reinforcement-learning",
                    "semi-supervised",
                    "self-supervised"
                  ],
                  "meta:enum": {
                    supervised: "Supervised machine learning involves training an algorithm on labeled data to predict or classify new data based on the patterns learned from the labeled examples.",
                    unsupervised: "Unsupervised machine learning involves training algorithms on unlabeled data to discover patterns, structures, or relationships without explicit guidance, allowing the model to identify inherent structures or clusters within the data.",
                    "reinforcement-learning": "Reinforcement learning is a type of machine learning where an agent learns to make decisions by interacting with an environment to maximize cumulative rewards, through trial and error.",
                    "semi-supervised": "Semi-supervised machine learning utilizes a combination of labeled and unlabeled data during training to improve model performance, leveraging the benefits of both supervised and unsupervised learning techniques.",
                    "self-supervised": "Self-supervised machine learning involves training models to predict parts of the input data from other parts of the same data, without requiring external labels, enabling learning from large amounts of unlabeled data."
                  }
                }
              }
            },
            task: {
              type: "string",
              title: "Task",
              description: "Directly influences the input and/or output. Examples include classification, regression, clustering, etc."
            },
            architectureFamily: {
              type: "string",
              title: "Architecture Family",
              description: "The model architecture family such as transformer network, convolutional neural network, residual neural network, LSTM neural network, etc."
            },
            modelArchitecture: {
              type: "string",
              title: "Model Architecture",
              description: "The specific architecture of the model such as GPT-1, ResNet-50, YOLOv3, etc."
            },
            datasets: {
              type: "array",
              title: "Datasets",
              description: "The datasets used to train and evaluate the model.",
              items: {
                oneOf: [
                  {
                    title: "Inline Data Information",
                    $ref: "#/definitions/componentData"
                  },
                  {
                    type: "object",
                    title: "Data Reference",
                    additionalProperties: false,
                    properties: {
                      ref: {
                        anyOf: [
                          {
                            title: "Ref",
                            $ref: "#/definitions/refLinkType"
                          },
                          {
                            title: "BOM-Link Element",
                            $ref: "#/definitions/bomLinkElementType"
                          }
                        ],
                        title: "Reference",
                        type: "string",
                        description: "References a data component by the components bom-ref attribute"
                      }
                    }
                  }
                ]
              }
            },
            inputs: {
              type: "array",
              title: "Inputs",
              description: "The input format(s) of the model",
              items: { $ref: "#/definitions/inputOutputMLParameters" }
            },
            outputs: {
              type: "array",
              title: "Outputs",
              description: "The output format(s) from the model",
              items: { $ref: "#/definitions/inputOutputMLParameters" }
            }
          }
        },
        quantitativeAnalysis: {
          type: "object",
          title: "Quantitative Analysis",
          description: "A quantitative analysis of the model",
          additionalProperties: false,
          properties: {
            performanceMetrics: {
              type: "array",
              title: "Performance Metrics",
              description: "The model performance metrics being reported. Examples may include accuracy, F1 score, precision, top-3 error rates, MSC, etc.",
              items: { $ref: "#/definitions/performanceMetric" }
            },
            graphics: { $ref: "#/definitions/graphicsCollection" }
          }
        },
        considerations: {
          type: "object",
          title: "Considerations",
          description: "What considerations should be taken into account regarding the model's construction, training, and application?",
          additionalProperties: false,
          properties: {
            users: {
              type: "array",
              title: "Users",
              description: "Who are the intended users of the model?",
              items: {
                type: "string"
              }
            },
            useCases: {
              type: "array",
              title: "Use Cases",
              description: "What are the intended use cases of the model?",
              items: {
                type: "string"
              }
            },
            technicalLimitations: {
              type: "array",
              title: "Technical Limitations",
              description: "What are the known technical limitations of the model? E.g. What kind(s) of data should the model be expected not to perform well on? What are the factors that might degrade model performance?",
              items: {
                type: "string"
              }
            },
            performanceTradeoffs: {
              type: "array",
              title: "Performance Tradeoffs",
              description: "What are the known tradeoffs in accuracy/performance of the model?",
              items: {
                type: "string"
              }
            },
            ethicalConsiderations: {
              type: "array",
              title: "Ethical Considerations",
              description: "What are the ethical risks involved in the application of this model?",
              items: { $ref: "#/definitions/risk" }
            },
            environmentalConsiderations: {
              $ref: "#/definitions/environmentalConsiderations",
              title: "Environmental Considerations",
              description: "What are the various environmental impacts the corresponding machine learning model has exhibited across its lifecycle?"
            },
            fairnessAssessments: {
              type: "array",
              title: "Fairness Assessments",
              description: "How does the model affect groups at risk of being systematically disadvantaged? What are the harms and benefits to the various affected groups?",
              items: {
                $ref: "#/definitions/fairnessAssessment"
              }
            }
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: { $ref: "#/definitions/property" }
        }
      }
    },
    inputOutputMLParameters: {
      type: "object",
      title: "Input and Output Parameters",
      additionalProperties: false,
      properties: {
        format: {
          title: "Input/Output Format",
          description: "The data format for input/output to the model.",
          type: "string",
          examples: ["string", "image", "time-series"]
        }
      }
    },
    componentData: {
      type: "object",
      additionalProperties: false,
      required: [
        "type"
      ],
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the dataset elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links."
        },
        type: {
          type: "string",
          title: "Type of Data",
          description: "The general theme or subject matter of the data being specified.",
          enum: [
            "source-code",
            "configuration",
            "dataset",
            "definition",
            "other"
          ],
          "meta:enum": {
            "source-code": "Any type of code, code snippet, or data-as-code.",
            configuration: "Parameters or settings that may be used by other components.",
            dataset: "A collection of data.",
            definition: "Data that can be used to create new instances of what the definition defines.",
            other: "Any other type of data that does not fit into existing definitions."
          }
        },
        name: {
          title: "Dataset Name",
          description: "The name of the dataset.",
          type: "string"
        },
        contents: {
          type: "object",
          title: "Data Contents",
          description: "The contents or references to the contents of the data being described.",
          additionalProperties: false,
          properties: {
            attachment: {
              title: "Data Attachment",
              description: "An optional way to include textual or encoded data.",
              $ref: "#/definitions/attachment"
            },
            url: {
              type: "string",
              title: "Data URL",
              description: "The URL to where the data can be retrieved.",
              format: "iri-reference"
            },
            properties: {
              type: "array",
              title: "Configuration Properties",
              description: "Provides the ability to document name-value parameters used for configuration.",
              items: {
                $ref: "#/definitions/property"
              }
            }
          }
        },
        classification: {
          $ref: "#/definitions/dataClassification"
        },
        sensitiveData: {
          type: "array",
          title: "Sensitive Data",
          description: "A description of any sensitive data in a dataset.",
          items: {
            type: "string"
          }
        },
        graphics: { $ref: "#/definitions/graphicsCollection" },
        description: {
          title: "Dataset Description",
          description: "A description of the dataset. Can describe size of dataset, whether it's used for source code, training, testing, or validation, etc.",
          type: "string"
        },
        governance: {
          title: "Data Governance",
          $ref: "#/definitions/dataGovernance"
        }
      }
    },
    dataGovernance: {
      type: "object",
      title: "Data Governance",
      description: "Data governance captures information regarding data ownership, stewardship, and custodianship, providing insights into the individuals or entities responsible for managing, overseeing, and safeguarding the data throughout its lifecycle.",
      additionalProperties: false,
      properties: {
        custodians: {
          type: "array",
          title: "Data Custodians",
          description: "Data custodians are responsible for the safe custody, transport, and storage of data.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        },
        stewards: {
          type: "array",
          title: "Data Stewards",
          description: "Data stewards are responsible for data content, context, and associated business rules.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        },
        owners: {
          type: "array",
          title: "Data Owners",
          description: "Data owners are concerned with risk and appropriate access to data.",
          items: { $ref: "#/definitions/dataGovernanceResponsibleParty" }
        }
      }
    },
    dataGovernanceResponsibleParty: {
      type: "object",
      additionalProperties: false,
      properties: {
        organization: {
          title: "Organization",
          description: "The organization that is responsible for specific data governance role(s).",
          $ref: "#/definitions/organizationalEntity"
        },
        contact: {
          title: "Individual",
          description: "The individual that is responsible for specific data governance role(s).",
          $ref: "#/definitions/organizationalContact"
        }
      },
      oneOf: [
        {
          required: ["organization"]
        },
        {
          required: ["contact"]
        }
      ]
    },
    graphicsCollection: {
      type: "object",
      title: "Graphics Collection",
      description: "A collection of graphics that represent various measurements.",
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "A description of this collection of graphics.",
          type: "string"
        },
        collection: {
          title: "Collection",
          description: "A collection of graphics.",
          type: "array",
          items: { $ref: "#/definitions/graphic" }
        }
      }
    },
    graphic: {
      type: "object",
      title: "Graphic",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the graphic.",
          type: "string"
        },
        image: {
          title: "Graphic Image",
          description: "The graphic (vector or raster). Base64 encoding must be specified for binary images.",
          $ref: "#/definitions/attachment"
        }
      }
    },
    performanceMetric: {
      type: "object",
      title: "Performance Metric",
      additionalProperties: false,
      properties: {
        type: {
          title: "Type",
          description: "The type of performance metric.",
          type: "string"
        },
        value: {
          title: "Value",
          description: "The value of the performance metric.",
          type: "string"
        },
        slice: {
          title: "Slice",
          description: "The name of the slice this metric was computed on. By default, assume this metric is not sliced.",
          type: "string"
        },
        confidenceInterval: {
          title: "Confidence Interval",
          description: "The confidence interval of the metric.",
          type: "object",
          additionalProperties: false,
          properties: {
            lowerBound: {
              title: "Lower Bound",
              description: "The lower bound of the confidence interval.",
              type: "string"
            },
            upperBound: {
              title: "Upper Bound",
              description: "The upper bound of the confidence interval.",
              type: "string"
            }
          }
        }
      }
    },
    risk: {
      type: "object",
      title: "Risk",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the risk.",
          type: "string"
        },
        mitigationStrategy: {
          title: "Mitigation Strategy",
          description: "Strategy used to address this risk.",
          type: "string"
        }
      }
    },
    fairnessAssessment: {
      type: "object",
      title: "Fairness Assessment",
      description: "Information about the benefits and harms of the model to an identified at risk group.",
      additionalProperties: false,
      properties: {
        groupAtRisk: {
          type: "string",
          title: "Group at Risk",
          description: "The groups or individuals at risk of being systematically disadvantaged by the model."
        },
        benefits: {
          type: "string",
          title: "Benefits",
          description: "Expected benefits to the identified groups."
        },
        harms: {
          type: "string",
          title: "Harms",
          description: "Expected harms to the identified groups."
        },
        mitigationStrategy: {
          type: "string",
          title: "Mitigation Strategy",
          description: "With respect to the benefits and harms outlined, please describe any mitigation strategy implemented."
        }
      }
    },
    dataClassification: {
      type: "string",
      title: "Data Classification",
      description: "Data classification tags data according to its type, sensitivity, and value if altered, stolen, or destroyed."
    },
    environmentalConsiderations: {
      type: "object",
      title: "Environmental Considerations",
      description: "Describes various environmental impact metrics.",
      additionalProperties: false,
      properties: {
        energyConsumptions: {
          title: "Energy Consumptions",
          description: "Describes energy consumption information incurred for one or more component lifecycle activities.",
          type: "array",
          items: {
            $ref: "#/definitions/energyConsumption"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    energyConsumption: {
      title: "Energy consumption",
      description: "Describes energy consumption information incurred for the specified lifecycle activity.",
      type: "object",
      required: [
        "activity",
        "energyProviders",
        "activityEnergyCost"
      ],
      additionalProperties: false,
      properties: {
        activity: {
          type: "string",
          title: "Activity",
          description: "The type of activity that is part of a machine learning model development or operational lifecycle.",
          enum: [
            "design",
            "data-collection",
            "data-preparation",
            "training",
            "fine-tuning",
            "validation",
            "deployment",
            "inference",
            "other"
          ],
          "meta:enum": {
            design: "A model design including problem framing, goal definition and algorithm selection.",
            "data-collection": "Model data acquisition including search, selection and transfer.",
            "data-preparation": "Model data preparation including data cleaning, labeling and conversion.",
            training: "Model building, training and generalized tuning.",
            "fine-tuning": "Refining a trained model to produce desired outputs for a given problem space.",
            validation: "Model validation including model output evaluation and testing.",
            deployment: "Explicit model deployment to a target hosting infrastructure.",
            inference: "Generating an output response from a hosted model from a set of inputs.",
            other: "A lifecycle activity type whose description does not match currently defined values."
          }
        },
        energyProviders: {
          title: "Energy Providers",
          description: "The provider(s) of the energy consumed by the associated model development lifecycle activity.",
          type: "array",
          items: { $ref: "#/definitions/energyProvider" }
        },
        activityEnergyCost: {
          title: "Activity Energy Cost",
          description: "The total energy cost associated with the model lifecycle activity.",
          $ref: "#/definitions/energyMeasure"
        },
        co2CostEquivalent: {
          title: "CO2 Equivalent Cost",
          description: "The CO2 cost (debit) equivalent to the total energy cost.",
          $ref: "#/definitions/co2Measure"
        },
        co2CostOffset: {
          title: "CO2 Cost Offset",
          description: "The CO2 offset (credit) for the CO2 equivalent cost.",
          $ref: "#/definitions/co2Measure"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    energyMeasure: {
      type: "object",
      title: "Energy Measure",
      description: "A measure of energy.",
      required: [
        "value",
        "unit"
      ],
      additionalProperties: false,
      properties: {
        value: {
          type: "number",
          title: "Value",
          description: "Quantity of energy."
        },
        unit: {
          type: "string",
          enum: ["kWh"],
          title: "Unit",
          description: "Unit of energy.",
          "meta:enum": {
            kWh: "Kilowatt-hour (kWh) is the energy delivered by one kilowatt (kW) of power for one hour (h)."
          }
        }
      }
    },
    co2Measure: {
      type: "object",
      title: "CO2 Measure",
      description: "A measure of carbon dioxide (CO2).",
      required: [
        "value",
        "unit"
      ],
      additionalProperties: false,
      properties: {
        value: {
          type: "number",
          title: "Value",
          description: "Quantity of carbon dioxide (CO2)."
        },
        unit: {
          type: "string",
          enum: ["tCO2eq"],
          title: "Unit",
          description: "Unit of carbon dioxide (CO2).",
          "meta:enum": {
            tCO2eq: "Tonnes (t) of carbon dioxide (CO2) equivalent (eq)."
          }
        }
      }
    },
    energyProvider: {
      type: "object",
      title: "Energy Provider",
      description: "Describes the physical provider of energy used for model development or operations.",
      required: [
        "organization",
        "energySource",
        "energyProvided"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the energy provider elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        description: {
          type: "string",
          title: "Description",
          description: "A description of the energy provider."
        },
        organization: {
          type: "object",
          title: "Organization",
          description: "The organization that provides energy.",
          $ref: "#/definitions/organizationalEntity"
        },
        energySource: {
          type: "string",
          enum: [
            "coal",
            "oil",
            "natural-gas",
            "nuclear",
            "wind",
            "solar",
            "geothermal",
            "hydropower",
            "biofuel",
            "unknown",
            "other"
          ],
          "meta:enum": {
            coal: "Energy produced by types of coal.",
            oil: "Petroleum products (primarily crude oil and its derivative fuel oils).",
            "natural-gas": "Hydrocarbon gas liquids (HGL) that occur as gases at atmospheric pressure and as liquids under higher pressures including Natural gas (C5H12 and heavier), Ethane (C2H6), Propane (C3H8), etc.",
            nuclear: "Energy produced from the cores of atoms (i.e., through nuclear fission or fusion).",
            wind: "Energy produced from moving air.",
            solar: "Energy produced from the sun (i.e., solar radiation).",
            geothermal: "Energy produced from heat within the earth.",
            hydropower: "Energy produced from flowing water.",
            biofuel: "Liquid fuels produced from biomass feedstocks (i.e., organic materials such as plants or animals).",
            unknown: "The energy source is unknown.",
            other: "An energy source that is not listed."
          },
          title: "Energy Source",
          description: "The energy source for the energy provider."
        },
        energyProvided: {
          $ref: "#/definitions/energyMeasure",
          title: "Energy Provided",
          description: "The energy provided by the energy source for an associated activity."
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        }
      }
    },
    postalAddress: {
      type: "object",
      title: "Postal address",
      description: "An address used to identify a contactable location.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the address elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        country: {
          type: "string",
          title: "Country",
          description: "The country name or the two-letter ISO 3166-1 country code."
        },
        region: {
          type: "string",
          title: "Region",
          description: "The region or state in the country.",
          examples: ["Texas"]
        },
        locality: {
          type: "string",
          title: "Locality",
          description: "The locality or city within the country.",
          examples: ["Austin"]
        },
        postOfficeBoxNumber: {
          type: "string",
          title: "Post Office Box Number",
          description: "The post office box number.",
          examples: ["901"]
        },
        postalCode: {
          type: "string",
          title: "Postal Code",
          description: "The postal code.",
          examples: ["78758"]
        },
        streetAddress: {
          type: "string",
          title: "Street Address",
          description: "The street address.",
          examples: ["100 Main Street"]
        }
      }
    },
    formula: {
      title: "Formula",
      description: "Describes workflows and resources that captures rules and other aspects of how the associated BOM component or service was formed.",
      type: "object",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the formula elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        components: {
          title: "Components",
          description: "Transient components that are used in tasks that constitute one or more of this formula's workflows",
          type: "array",
          items: {
            $ref: "#/definitions/component"
          },
          uniqueItems: true
        },
        services: {
          title: "Services",
          description: "Transient services that are used in tasks that constitute one or more of this formula's workflows",
          type: "array",
          items: {
            $ref: "#/definitions/service"
          },
          uniqueItems: true
        },
        workflows: {
          title: "Workflows",
          description: "List of workflows that can be declared to accomplish specific orchestrated goals and independently triggered.",
          $comment: "Different workflows can be designed to work together to perform end-to-end CI/CD builds and deployments.",
          type: "array",
          items: {
            $ref: "#/definitions/workflow"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    workflow: {
      title: "Workflow",
      description: "A specialized orchestration task.",
      $comment: "Workflow are as task themselves and can trigger other workflow tasks.  These relationships can be modeled in the taskDependencies graph.",
      type: "object",
      required: [
        "bom-ref",
        "uid",
        "taskTypes"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the workflow elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        tasks: {
          title: "Tasks",
          description: "The tasks that comprise the workflow.",
          $comment: "Note that tasks can appear more than once as different instances (by name or UID).",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/task"
          }
        },
        taskDependencies: {
          title: "Task dependency graph",
          description: "The graph of dependencies between tasks within the workflow.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/dependency"
          }
        },
        taskTypes: {
          title: "Task types",
          description: "Indicates the types of activities performed by the set of workflow tasks.",
          $comment: "Currently, these types reflect common CI/CD actions.",
          type: "array",
          items: {
            $ref: "#/definitions/taskType"
          }
        },
        trigger: {
          title: "Trigger",
          description: "The trigger that initiated the task.",
          $ref: "#/definitions/trigger"
        },
        steps: {
          title: "Steps",
          description: "The sequence of steps for the task.",
          type: "array",
          items: {
            $ref: "#/definitions/step"
          },
          uniqueItems: true
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        timeStart: {
          title: "Time start",
          description: "The date and time (timestamp) when the task started.",
          type: "string",
          format: "date-time"
        },
        timeEnd: {
          title: "Time end",
          description: "The date and time (timestamp) when the task ended.",
          type: "string",
          format: "date-time"
        },
        workspaces: {
          title: "Workspaces",
          description: "A set of named filesystem or data resource shareable by workflow tasks.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/workspace"
          }
        },
        runtimeTopology: {
          title: "Runtime topology",
          description: "A graph of the component runtime topology for workflow's instance.",
          $comment: "A description of the runtime component and service topology.  This can describe a partial or complete topology used to host and execute the task (e.g., hardware, operating systems, configurations, etc.),",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/dependency"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    task: {
      title: "Task",
      description: "Describes the inputs, sequence of steps and resources used to accomplish a task and its output.",
      $comment: "Tasks are building blocks for constructing assemble CI/CD workflows or pipelines.",
      type: "object",
      required: [
        "bom-ref",
        "uid",
        "taskTypes"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the task elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        taskTypes: {
          title: "Task types",
          description: "Indicates the types of activities performed by the set of workflow tasks.",
          $comment: "Currently, these types reflect common CI/CD actions.",
          type: "array",
          items: {
            $ref: "#/definitions/taskType"
          }
        },
        trigger: {
          title: "Trigger",
          description: "The trigger that initiated the task.",
          $ref: "#/definitions/trigger"
        },
        steps: {
          title: "Steps",
          description: "The sequence of steps for the task.",
          type: "array",
          items: {
            $ref: "#/definitions/step"
          },
          uniqueItems: true
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        timeStart: {
          title: "Time start",
          description: "The date and time (timestamp) when the task started.",
          type: "string",
          format: "date-time"
        },
        timeEnd: {
          title: "Time end",
          description: "The date and time (timestamp) when the task ended.",
          type: "string",
          format: "date-time"
        },
        workspaces: {
          title: "Workspaces",
          description: "A set of named filesystem or data resource shareable by workflow tasks.",
          type: "array",
          items: {
            $ref: "#/definitions/workspace"
          },
          uniqueItems: true
        },
        runtimeTopology: {
          title: "Runtime topology",
          description: "A graph of the component runtime topology for task's instance.",
          $comment: "A description of the runtime component and service topology.  This can describe a partial or complete topology used to host and execute the task (e.g., hardware, operating systems, configurations, etc.),",
          type: "array",
          items: {
            $ref: "#/definitions/dependency"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    step: {
      type: "object",
      description: "Executes specific commands or tools in order to accomplish its owning task as part of a sequence.",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "A name for the step.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the step.",
          type: "string"
        },
        commands: {
          title: "Commands",
          description: "Ordered list of commands or directives for the step",
          type: "array",
          items: {
            $ref: "#/definitions/command"
          }
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    command: {
      type: "object",
      additionalProperties: false,
      properties: {
        executed: {
          title: "Executed",
          description: "A text representation of the executed command.",
          type: "string"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    workspace: {
      title: "Workspace",
      description: "A named filesystem or data resource shareable by workflow tasks.",
      type: "object",
      required: [
        "bom-ref",
        "uid"
      ],
      additionalProperties: false,
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the workspace elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        aliases: {
          title: "Aliases",
          description: "The names for the workspace as referenced by other workflow tasks. Effectively, a name mapping so other tasks can use their own local name in their steps.",
          type: "array",
          items: { type: "string" }
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        accessMode: {
          title: "Access mode",
          description: "Describes the read-write access control for the workspace relative to the owning resource instance.",
          type: "string",
          enum: [
            "read-only",
            "read-write",
            "read-write-once",
            "write-once",
            "write-only"
          ]
        },
        mountPath: {
          title: "Mount path",
          description: "A path to a location on disk where the workspace will be available to the associated task's steps.",
          type: "string"
        },
        managedDataType: {
          title: "Managed data type",
          description: "The name of a domain-specific data type the workspace represents.",
          $comment: "This property is for CI/CD frameworks that are able to provide access to structured, managed data at a more granular level than a filesystem.",
          examples: ["ConfigMap", "Secret"],
          type: "string"
        },
        volumeRequest: {
          title: "Volume request",
          description: "Identifies the reference to the request for a specific volume type and parameters.",
          examples: ["a kubernetes Persistent Volume Claim (PVC) name"],
          type: "string"
        },
        volume: {
          title: "Volume",
          description: "Information about the actual volume instance allocated to the workspace.",
          $comment: "The actual volume allocated may be different than the request.",
          examples: ["see https://kubernetes.io/docs/concepts/storage/persistent-volumes/"],
          $ref: "#/definitions/volume"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    volume: {
      title: "Volume",
      description: "An identifiable, logical unit of data storage tied to a physical device.",
      type: "object",
      additionalProperties: false,
      properties: {
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the volume instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the volume instance",
          type: "string"
        },
        mode: {
          title: "Mode",
          description: "The mode for the volume instance.",
          type: "string",
          enum: [
            "filesystem",
            "block"
          ],
          default: "filesystem"
        },
        path: {
          title: "Path",
          description: "The underlying path created from the actual volume.",
          type: "string"
        },
        sizeAllocated: {
          title: "Size allocated",
          description: "The allocated size of the volume accessible to the associated workspace. This should include the scalar size as well as IEC standard unit in either decimal or binary form.",
          examples: ["10GB", "2Ti", "1Pi"],
          type: "string"
        },
        persistent: {
          title: "Persistent",
          description: "Indicates if the volume persists beyond the life of the resource it is associated with.",
          type: "boolean"
        },
        remote: {
          title: "Remote",
          description: "Indicates if the volume is remotely (i.e., network) attached.",
          type: "boolean"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    trigger: {
      title: "Trigger",
      description: "Represents a resource that can conditionally activate (or fire) tasks based upon associated events and their data.",
      type: "object",
      additionalProperties: false,
      required: [
        "type",
        "bom-ref",
        "uid"
      ],
      properties: {
        "bom-ref": {
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the trigger elsewhere in the BOM. Every bom-ref must be unique within the BOM.\nValue SHOULD not start with the BOM-Link intro 'urn:cdx:' to avoid conflicts with BOM-Links.",
          $ref: "#/definitions/refType"
        },
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier for the resource instance within its deployment context.",
          type: "string"
        },
        name: {
          title: "Name",
          description: "The name of the resource instance.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the resource instance.",
          type: "string"
        },
        resourceReferences: {
          title: "Resource references",
          description: "References to component or service resources that are used to realize the resource instance.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/resourceReferenceChoice"
          }
        },
        type: {
          title: "Type",
          description: "The source type of event which caused the trigger to fire.",
          type: "string",
          enum: [
            "manual",
            "api",
            "webhook",
            "scheduled"
          ]
        },
        event: {
          title: "Event",
          description: "The event data that caused the associated trigger to activate.",
          $ref: "#/definitions/event"
        },
        conditions: {
          type: "array",
          title: "Conditions",
          description: "A list of conditions used to determine if a trigger should be activated.",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/condition"
          }
        },
        timeActivated: {
          title: "Time activated",
          description: "The date and time (timestamp) when the trigger was activated.",
          type: "string",
          format: "date-time"
        },
        inputs: {
          title: "Inputs",
          description: "Represents resources and data brought into a task at runtime by executor or task commands",
          examples: ["a `configuration` file which was declared as a local `component` or `externalReference`"],
          type: "array",
          items: {
            $ref: "#/definitions/inputType"
          },
          uniqueItems: true
        },
        outputs: {
          title: "Outputs",
          description: "Represents resources and data output from a task at runtime by executor or task commands",
          examples: ["a log file or metrics data produced by the task"],
          type: "array",
          items: {
            $ref: "#/definitions/outputType"
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    event: {
      title: "Event",
      description: "Represents something that happened that may trigger a response.",
      type: "object",
      additionalProperties: false,
      properties: {
        uid: {
          title: "Unique Identifier (UID)",
          description: "The unique identifier of the event.",
          type: "string"
        },
        description: {
          title: "Description",
          description: "A description of the event.",
          type: "string"
        },
        timeReceived: {
          title: "Time Received",
          description: "The date and time (timestamp) when the event was received.",
          type: "string",
          format: "date-time"
        },
        data: {
          title: "Data",
          description: "Encoding of the raw event data.",
          $ref: "#/definitions/attachment"
        },
        source: {
          title: "Source",
          description: "References the component or service that was the source of the event",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "References the component or service that was the target of the event",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    inputType: {
      title: "Input type",
      description: "Type that represents various input data types and formats.",
      type: "object",
      oneOf: [
        {
          required: [
            "resource"
          ]
        },
        {
          required: [
            "parameters"
          ]
        },
        {
          required: [
            "environmentVars"
          ]
        },
        {
          required: [
            "data"
          ]
        }
      ],
      additionalProperties: false,
      properties: {
        source: {
          title: "Source",
          description: "A reference to the component or service that provided the input to the task (e.g., reference to a service with data flow value of `inbound`)",
          examples: [
            "source code repository",
            "database"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "A reference to the component or service that received or stored the input if not the task itself (e.g., a local, named storage workspace)",
          examples: [
            "workspace",
            "directory"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        resource: {
          title: "Resource",
          description: "A reference to an independent resource provided as an input to a task by the workflow runtime.",
          examples: [
            "a reference to a configuration file in a repository (i.e., a bom-ref)",
            "a reference to a scanning service used in a task (i.e., a bom-ref)"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        parameters: {
          title: "Parameters",
          description: "Inputs that have the form of parameters with names and values.",
          type: "array",
          uniqueItems: true,
          items: {
            $ref: "#/definitions/parameter"
          }
        },
        environmentVars: {
          title: "Environment variables",
          description: "Inputs that have the form of parameters with names and values.",
          type: "array",
          uniqueItems: true,
          items: {
            oneOf: [
              {
                $ref: "#/definitions/property"
              },
              {
                type: "string"
              }
            ]
          }
        },
        data: {
          title: "Data",
          description: "Inputs that have the form of data.",
          $ref: "#/definitions/attachment"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    outputType: {
      type: "object",
      oneOf: [
        {
          required: [
            "resource"
          ]
        },
        {
          required: [
            "environmentVars"
          ]
        },
        {
          required: [
            "data"
          ]
        }
      ],
      additionalProperties: false,
      properties: {
        type: {
          title: "Type",
          description: "Describes the type of data output.",
          type: "string",
          enum: [
            "artifact",
            "attestation",
            "log",
            "evidence",
            "metrics",
            "other"
          ]
        },
        source: {
          title: "Source",
          description: "Component or service that generated or provided the output from the task (e.g., a build tool)",
          $ref: "#/definitions/resourceReferenceChoice"
        },
        target: {
          title: "Target",
          description: "Component or service that received the output from the task (e.g., reference to an artifactory service with data flow value of `outbound`)",
          examples: ["a log file described as an `externalReference` within its target domain."],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        resource: {
          title: "Resource",
          description: "A reference to an independent resource generated as output by the task.",
          examples: [
            "configuration file",
            "source code",
            "scanning service"
          ],
          $ref: "#/definitions/resourceReferenceChoice"
        },
        data: {
          title: "Data",
          description: "Outputs that have the form of data.",
          $ref: "#/definitions/attachment"
        },
        environmentVars: {
          title: "Environment variables",
          description: "Outputs that have the form of environment variables.",
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/property"
              },
              {
                type: "string"
              }
            ]
          },
          uniqueItems: true
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    resourceReferenceChoice: {
      title: "Resource reference choice",
      description: "A reference to a locally defined resource (e.g., a bom-ref) or an externally accessible resource.",
      $comment: "Enables reference to a resource that participates in a workflow; using either internal (bom-ref) or external (externalReference) types.",
      type: "object",
      additionalProperties: false,
      properties: {
        ref: {
          title: "BOM Reference",
          description: "References an object by its bom-ref attribute",
          anyOf: [
            {
              title: "Ref",
              $ref: "#/definitions/refLinkType"
            },
            {
              title: "BOM-Link Element",
              $ref: "#/definitions/bomLinkElementType"
            }
          ]
        },
        externalReference: {
          title: "External reference",
          description: "Reference to an externally accessible resource.",
          $ref: "#/definitions/externalReference"
        }
      },
      oneOf: [
        {
          required: [
            "ref"
          ]
        },
        {
          required: [
            "externalReference"
          ]
        }
      ]
    },
    condition: {
      title: "Condition",
      description: "A condition that was used to determine a trigger should be activated.",
      type: "object",
      additionalProperties: false,
      properties: {
        description: {
          title: "Description",
          description: "Describes the set of conditions which cause the trigger to activate.",
          type: "string"
        },
        expression: {
          title: "Expression",
          description: "The logical expression that was evaluated that determined the trigger should be fired.",
          type: "string"
        },
        properties: {
          type: "array",
          title: "Properties",
          description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
          items: {
            $ref: "#/definitions/property"
          }
        }
      }
    },
    taskType: {
      type: "string",
      enum: [
        "copy",
        "clone",
        "lint",
        "scan",
        "merge",
        "build",
        "test",
        "deliver",
        "deploy",
        "release",
        "clean",
        "other"
      ],
      "meta:enum": {
        copy: "A task that copies software or data used to accomplish other tasks in the workflow.",
        clone: "A task that clones a software repository into the workflow in order to retrieve its source code or data for use in a build step.",
        lint: "A task that checks source code for programmatic and stylistic errors.",
        scan: "A task that performs a scan against source code, or built or deployed components and services. Scans are typically run to gather or test for security vulnerabilities or policy compliance.",
        merge: "A task that merges changes or fixes into source code prior to a build step in the workflow.",
        build: "A task that builds the source code, dependencies and/or data into an artifact that can be deployed to and executed on target systems.",
        test: "A task that verifies the functionality of a component or service.",
        deliver: "A task that delivers a built artifact to one or more target repositories or storage systems.",
        deploy: "A task that deploys a built artifact for execution on one or more target systems.",
        release: "A task that releases a built, versioned artifact to a target repository or distribution system.",
        clean: "A task that cleans unnecessary tools, build artifacts and/or data from workflow storage.",
        other: "A workflow task that does not match current task type definitions."
      }
    },
    parameter: {
      title: "Parameter",
      description: "A representation of a functional parameter.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          title: "Name",
          description: "The name of the parameter.",
          type: "string"
        },
        value: {
          title: "Value",
          description: "The value of the parameter.",
          type: "string"
        },
        dataType: {
          title: "Data type",
          description: "The data type of the parameter.",
          type: "string"
        }
      }
    },
    componentIdentityEvidence: {
      type: "object",
      title: "Identity Evidence",
      description: "Evidence that substantiates the identity of a component.",
      required: ["field"],
      additionalProperties: false,
      properties: {
        field: {
          type: "string",
          enum: [
            "group",
            "name",
            "version",
            "purl",
            "cpe",
            "omniborId",
            "swhid",
            "swid",
            "hash"
          ],
          title: "Field",
          description: "The identity field of the component which the evidence describes."
        },
        confidence: {
          type: "number",
          minimum: 0,
          maximum: 1,
          title: "Confidence",
          description: "The overall confidence of the evidence from 0 - 1, where 1 is 100% confidence."
        },
        concludedValue: {
          type: "string",
          title: "Concluded Value",
          description: "The value of the field (cpe, purl, etc) that has been concluded based on the aggregate of all methods (if available)."
        },
        methods: {
          type: "array",
          title: "Methods",
          description: "The methods used to extract and/or analyze the evidence.",
          items: {
            type: "object",
            required: [
              "technique",
              "confidence"
            ],
            additionalProperties: false,
            properties: {
              technique: {
                title: "Technique",
                description: "The technique used in this method of analysis.",
                type: "string",
                enum: [
                  "source-code-analysis",
                  "binary-analysis",
                  "manifest-analysis",
                  "ast-fingerprint",
                  "hash-comparison",
                  "instrumentation",
                  "dynamic-analysis",
                  "filename",
                  "attestation",
                  "other"
                ]
              },
              confidence: {
                type: "number",
                minimum: 0,
                maximum: 1,
                title: "Confidence",
                description: "The confidence of the evidence from 0 - 1, where 1 is 100% confidence. Confidence is specific to the technique used. Each technique of analysis can have independent confidence."
              },
              value: {
                type: "string",
                title: "Value",
                description: "The value or contents of the evidence."
              }
            }
          }
        },
        tools: {
          type: "array",
          uniqueItems: true,
          items: {
            anyOf: [
              {
                title: "Ref",
                $ref: "#/definitions/refLinkType"
              },
              {
                title: "BOM-Link Element",
                $ref: "#/definitions/bomLinkElementType"
              }
            ]
          },
          title: "BOM References",
          description: "The object in the BOM identified by its bom-ref. This is often a component or service but may be any object type supporting bom-refs. Tools used for analysis should already be defined in the BOM, either in the metadata/tools, components, or formulation."
        }
      }
    },
    standard: {
      type: "object",
      title: "Standard",
      description: "A standard may consist of regulations, industry or organizational-specific standards, maturity models, best practices, or any other requirements which can be evaluated against or attested to.",
      additionalProperties: false,
      properties: {
        "bom-ref": {
          $ref: "#/definitions/refType",
          title: "BOM Reference",
          description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
        },
        name: {
          type: "string",
          title: "Name",
          description: "The name of the standard. This will often be a shortened, single name of the standard."
        },
        version: {
          type: "string",
          title: "Version",
          description: "The version of the standard."
        },
        description: {
          type: "string",
          title: "Description",
          description: "The description of the standard."
        },
        owner: {
          type: "string",
          title: "Owner",
          description: "The owner of the standard, often the entity responsible for its release."
        },
        requirements: {
          type: "array",
          title: "Requirements",
          description: "The list of requirements comprising the standard.",
          items: {
            type: "object",
            title: "Requirement",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              identifier: {
                type: "string",
                title: "Identifier",
                description: "The unique identifier used in the standard to identify a specific requirement. This should match what is in the standard and should not be the requirements bom-ref."
              },
              title: {
                type: "string",
                title: "Title",
                description: "The title of the requirement."
              },
              text: {
                type: "string",
                title: "Text",
                description: "The textual content of the requirement."
              },
              descriptions: {
                type: "array",
                title: "Descriptions",
                description: "The supplemental text that provides additional guidance or context to the requirement, but is not directly part of the requirement.",
                items: { type: "string" }
              },
              openCre: {
                type: "array",
                title: "OWASP OpenCRE Identifier(s)",
                description: "The Common Requirements Enumeration (CRE) identifier(s). CRE is a structured and standardized framework for uniting security standards and guidelines. CRE links each section of a resource to a shared topic identifier (a Common Requirement). Through this shared topic link, all resources map to each other. Use of CRE promotes clear and unambiguous communication among stakeholders.",
                items: {
                  type: "string",
                  pattern: "^CRE:[0-9]+-[0-9]+$",
                  examples: ["CRE:764-507"]
                }
              },
              parent: {
                $ref: "#/definitions/refLinkType",
                title: "Parent BOM Reference",
                description: "The optional `bom-ref` to a parent requirement. This establishes a hierarchy of requirements. Top-level requirements must not define a parent. Only child requirements should define parents."
              },
              properties: {
                type: "array",
                title: "Properties",
                description: "Provides the ability to document properties in a name-value store. This provides flexibility to include data not officially supported in the standard without having to use additional namespaces or create extensions. Unlike key-value stores, properties support duplicate names, each potentially having different values. Property names of interest to the general public are encouraged to be registered in the [CycloneDX Property Taxonomy](https://github.com/CycloneDX/cyclonedx-property-taxonomy). Formal registration is optional.",
                items: {
                  $ref: "#/definitions/property"
                }
              },
              externalReferences: {
                type: "array",
                items: { $ref: "#/definitions/externalReference" },
                title: "External References",
                description: "External references provide a way to document systems, sites, and information that may be relevant, but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
              }
            }
          }
        },
        levels: {
          type: "array",
          title: "Levels",
          description: "The list of levels associated with the standard. Some standards have different levels of compliance.",
          items: {
            type: "object",
            title: "Level",
            additionalProperties: false,
            properties: {
              "bom-ref": {
                $ref: "#/definitions/refType",
                title: "BOM Reference",
                description: "An optional identifier which can be used to reference the object elsewhere in the BOM. Every bom-ref must be unique within the BOM."
              },
              identifier: {
                type: "string",
                title: "Identifier",
                description: "The identifier used in the standard to identify a specific level."
              },
              title: {
                type: "string",
                title: "Title",
                description: "The title of the level."
              },
              description: {
                type: "string",
                title: "Description",
                description: "The description of the level."
              },
              requirements: {
                type: "array",
                title: "Requirements",
                description: "The list of requirement `bom-ref`s that comprise the level.",
                items: { $ref: "#/definitions/refLinkType" }
              }
            }
          }
        },
        externalReferences: {
          type: "array",
          items: { $ref: "#/definitions/externalReference" },
          title: "External References",
          description: "External references provide a way to document systems, sites, and information that may be relevant but are not included with the BOM. They may also establish specific relationships within or external to the BOM."
        },
        signature: {
          $ref: "#/definitions/signature",
          title: "Signature",
          description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
        }
      }
    },
    signature: {
      $ref: "jsf-0.82.SNAPSHOT.schema.json#/definitions/signature",
      title: "Signature",
      description: "Enveloped signature in [JSON Signature Format (JSF)](https://cyberphone.github.io/doc/security/jsf.html)."
    },
    cryptoProperties: {
      type: "object",
      title: "Cryptographic Properties",
      description: "Cryptographic assets have properties that uniquely define them and that make them actionable for further reasoning. As an example, it makes a difference if one knows the algorithm family (e.g. AES) or the specific variant or instantiation (e.g. AES-128-GCM). This is because the security level and the algorithm primitive (authenticated encryption) are only defined by the definition of the algorithm variant. The presence of a weak cryptographic algorithm like SHA1 vs. HMAC-SHA1 also makes a difference.",
      additionalProperties: false,
      required: [
        "assetType"
      ],
      properties: {
        assetType: {
          type: "string",
          title: "Asset Type",
          description: "Cryptographic assets occur in several forms. Algorithms and protocols are most commonly implemented in specialized cryptographic libraries. They may, however, also be 'hardcoded' in software components. Certificates and related cryptographic material like keys, tokens, secrets or passwords are other cryptographic assets to be modelled.",
          enum: [
            "algorithm",
            "certificate",
            "protocol",
            "related-crypto-material"
          ],
          "meta:enum": {
            algorithm: "Mathematical function commonly used for data encryption, authentication, and digital signatures.",
            certificate: "An electronic document that is used to provide the identity or validate a public key.",
            protocol: "A set of rules and guidelines that govern the behavior and communication with each other.",
            "related-crypto-material": "Other cryptographic assets related to algorithms, certificates, and protocols such as keys and tokens."
          }
        },
        algorithmProperties: {
          type: "object",
          title: "Algorithm Properties",
          description: "Additional properties specific to a cryptographic algorithm.",
          additionalProperties: false,
          properties: {
            primitive: {
              type: "string",
              title: "primitive",
              description: "Cryptographic building blocks used in higher-level cryptographic systems and protocols. Primitives represent different cryptographic routines: deterministic random bit generators (drbg, e.g. CTR_DRBG from NIST SP800-90A-r1), message authentication codes (mac, e.g. HMAC-SHA-256), blockciphers (e.g. AES), streamciphers (e.g. Salsa20), signatures (e.g. ECDSA), hash functions (e.g. SHA-256), public-key encryption schemes (pke, e.g. RSA), extended output functions (xof, e.g. SHAKE256), key derivation functions (e.g. pbkdf2), key agreement algorithms (e.g. ECDH), key encapsulation mechanisms (e.g. ML-KEM), authenticated encryption (ae, e.g. AES-GCM) and the combination of multiple algorithms (combiner, e.g. SP800-56Cr2).",
              enum: [
                "drbg",
                "mac",
                "block-cipher",
                "stream-cipher",
                "signature",
                "hash",
                "pke",
                "xof",
                "kdf",
                "key-agree",
                "kem",
                "ae",
                "combiner",
                "other",
                "unknown"
              ],
              "meta:enum": {
                drbg: "Deterministic Random Bit Generator (DRBG) is a type of pseudorandom number generator designed to produce a sequence of bits from an initial seed value. DRBGs are commonly used in cryptographic applications where reproducibility of random values is important.",
                mac: "In cryptography, a Message Authentication Code (MAC) is information used for authenticating and integrity-checking a message.",
                "block-cipher": "A block cipher is a symmetric key algorithm that operates on fixed-size blocks of data. It encrypts or decrypts the data in block units, providing confidentiality. Block ciphers are widely used in various cryptographic modes and protocols for secure data transmission.",
                "stream-cipher": "A stream cipher is a symmetric key cipher where plaintext digits are combined with a pseudorandom cipher digit stream (keystream).",
                signature: "In cryptography, a signature is a digital representation of a message or data that proves its origin, identity, and integrity. Digital signatures are generated using cryptographic algorithms and are widely used for authentication and verification in secure communication.",
                hash: "A hash function is a mathematical algorithm that takes an input (or 'message') and produces a fixed-size string of characters, which is typically a hash value. Hash functions are commonly used in various cryptographic applications, including data integrity verification and password hashing.",
                pke: "Public Key Encryption (PKE) is a type of encryption that uses a pair of public and private keys for secure communication. The public key is used for encryption, while the private key is used for decryption. PKE is a fundamental component of public-key cryptography.",
                xof: "An XOF is an extendable output function that can take arbitrary input and creates a stream of output, up to a limit determined by the size of the internal state of the hash function that underlies the XOF.",
                kdf: "A Key Derivation Function (KDF) derives key material from another source of entropy while preserving the entropy of the input.",
                "key-agree": "In cryptography, a key-agreement is a protocol whereby two or more parties agree on a cryptographic key in such a way that both influence the outcome.",
                kem: "A Key Encapsulation Mechanism (KEM) algorithm is a mechanism for transporting random keying material to a recipient using the recipient's public key.",
                ae: "Authenticated Encryption (AE) is a cryptographic process that provides both confidentiality and data integrity. It ensures that the encrypted data has not been tampered with and comes from a legitimate source. AE is commonly used in secure communication protocols.",
                combiner: "A combiner aggregates many candidates for a cryptographic primitive and generates a new candidate for the same primitive.",
                other: "Another primitive type.",
                unknown: "The primitive is not known."
              }
            },
            parameterSetIdentifier: {
              type: "string",
              title: "Parameter Set Identifier",
              description: "An identifier for the parameter set of the cryptographic algorithm. Examples: in AES128, '128' identifies the key length in bits, in SHA256, '256' identifies the digest length, '128' in SHAKE128 identifies its maximum security level in bits, and 'SHA2-128s' identifies a parameter set used in SLH-DSA (FIPS205)."
            },
            curve: {
              type: "string",
              title: "Elliptic Curve",
              description: "The specific underlying Elliptic Curve (EC) definition employed which is an indicator of the level of security strength, performance and complexity. Absent an authoritative source of curve names, CycloneDX recommends using curve names as defined at [https://neuromancer.sk/std/](https://neuromancer.sk/std/), the source of which can be found at [https://github.com/J08nY/std-curves](https://github.com/J08nY/std-curves)."
            },
            executionEnvironment: {
              type: "string",
              title: "Execution Environment",
              description: "The target and execution environment in which the algorithm is implemented in.",
              enum: [
                "software-plain-ram",
                "software-encrypted-ram",
                "software-tee",
                "hardware",
                "other",
                "unknown"
              ],
              "meta:enum": {
                "software-plain-ram": "A software implementation running in plain unencrypted RAM.",
                "software-encrypted-ram": "A software implementation running in encrypted RAM.",
                "software-tee": "A software implementation running in a trusted execution environment.",
                hardware: "A hardware implementation.",
                other: "Another implementation environment.",
                unknown: "The execution environment is not known."
              }
            },
            implementationPlatform: {
              type: "string",
              title: "Implementation platform",
              description: "The target platform for which the algorithm is implemented. The implementation can be 'generic', running on any platform or for a specific platform.",
              enum: [
                "generic",
                "x86_32",
                "x86_64",
                "armv7-a",
                "armv7-m",
                "armv8-a",
                "armv8-m",
                "armv9-a",
                "armv9-m",
                "s390x",
                "ppc64",
                "ppc64le",
                "other",
                "unknown"
              ]
            },
            certificationLevel: {
              type: "array",
              title: "Certification Level",
              description: "The certification that the implementation of the cryptographic algorithm has received, if any. Certifications include revisions and levels of FIPS 140 or Common Criteria of different Extended Assurance Levels (CC-EAL).",
              items: {
                type: "string",
                enum: [
                  "none",
                  "fips140-1-l1",
                  "fips140-1-l2",
                  "fips140-1-l3",
                  "fips140-1-l4",
                  "fips140-2-l1",
                  "fips140-2-l2",
                  "fips140-2-l3",
                  "fips140-2-l4",
                  "fips140-3-l1",
                  "fips140-3-l2",
                  "fips140-3-l3",
                  "fips140-3-l4",
                  "cc-eal1",
                  "cc-eal1+",
                  "cc-eal2",
                  "cc-eal2+",
                  "cc-eal3",
                  "cc-eal3+",
                  "cc-eal4",
                  "cc-eal4+",
                  "cc-eal5",
                  "cc-eal5+",
                  "cc-eal6",
                  "cc-eal6+",
                  "cc-eal7",
                  "cc-eal7+",
                  "other",
                  "unknown"
                ],
                "meta:enum": {
                  none: "No certification obtained",
                  "fips140-1-l1": "FIPS 140-1 Level 1",
                  "fips140-1-l2": "FIPS 140-1 Level 2",
                  "fips140-1-l3": "FIPS 140-1 Level 3",
                  "fips140-1-l4": "FIPS 140-1 Level 4",
                  "fips140-2-l1": "FIPS 140-2 Level 1",
                  "fips140-2-l2": "FIPS 140-2 Level 2",
                  "fips140-2-l3": "FIPS 140-2 Level 3",
                  "fips140-2-l4": "FIPS 140-2 Level 4",
                  "fips140-3-l1": "FIPS 140-3 Level 1",
                  "fips140-3-l2": "FIPS 140-3 Level 2",
                  "fips140-3-l3": "FIPS 140-3 Level 3",
                  "fips140-3-l4": "FIPS 140-3 Level 4",
                  "cc-eal1": "Common Criteria - Evaluation Assurance Level 1",
                  "cc-eal1+": "Common Criteria - Evaluation Assurance Level 1 (Augmented)",
                  "cc-eal2": "Common Criteria - Evaluation Assurance Level 2",
                  "cc-eal2+": "Common Criteria - Evaluation Assurance Level 2 (Augmented)",
                  "cc-eal3": "Common Criteria - Evaluation Assurance Level 3",
                  "cc-eal3+": "Common Criteria - Evaluation Assurance Level 3 (Augmented)",
                  "cc-eal4": "Common Criteria - Evaluation Assurance Level 4",
                  "cc-eal4+": "Common Criteria - Evaluation Assurance Level 4 (Augmented)",
                  "cc-eal5": "Common Criteria - Evaluation Assurance Level 5",
                  "cc-eal5+": "Common Criteria - Evaluation Assurance Level 5 (Augmented)",
                  "cc-eal6": "Common Criteria - Evaluation Assurance Level 6",
                  "cc-eal6+": "Common Criteria - Evaluation Assurance Level 6 (Augmented)",
                  "cc-eal7": "Common Criteria - Evaluation Assurance Level 7",
                  "cc-eal7+": "Common Criteria - Evaluation Assurance Level 7 (Augmented)",
                  other: "Another certification",
                  unknown: "The certification level is not known"
                }
              }
            },
            mode: {
              type: "string",
              title: "Mode",
              description: "The mode of operation in which the cryptographic algorithm (block cipher) is used.",
              enum: [
                "cbc",
                "ecb",
                "ccm",
                "gcm",
                "cfb",
                "ofb",
                "ctr",
                "other",
                "unknown"
              ],
              "meta:enum": {
                cbc: "Cipher block chaining",
                ecb: "Electronic codebook",
                ccm: "Counter with cipher block chaining message authentication code",
                gcm: "Galois/counter",
                cfb: "Cipher feedback",
                ofb: "Output feedback",
                ctr: "Counter",
                other: "Another mode of operation",
                unknown: "The mode of operation is not known"
              }
            },
            padding: {
              type: "string",
              title: "Padding",
              description: "The padding scheme that is used for the cryptographic algorithm.",
              enum: [
                "pkcs5",
                "pkcs7",
                "pkcs1v15",
                "oaep",
                "raw",
                "other",
                "unknown"
              ],
              "meta:enum": {
                pkcs5: "Public Key Cryptography Standard: Password-Based Cryptography",
                pkcs7: "Public Key Cryptography Standard: Cryptographic Message Syntax",
                pkcs1v15: "Public Key Cryptography Standard: RSA Cryptography v1.5",
                oaep: "Optimal asymmetric encryption padding",
                raw: "Raw",
                other: "Another padding scheme",
                unknown: "The padding scheme is not known"
              }
            },
            cryptoFunctions: {
              type: "array",
              title: "Cryptographic functions",
              description: "The cryptographic functions implemented by the cryptographic algorithm.",
              items: {
                type: "string",
                enum: [
                  "generate",
                  "keygen",
                  "encrypt",
                  "decrypt",
                  "digest",
                  "tag",
                  "keyderive",
                  "sign",
                  "verify",
                  "encapsulate",
                  "decapsulate",
                  "other",
                  "unknown"
                ]
              }
            },
            classicalSecurityLevel: {
              type: "integer",
              title: "classical security level",
              description: "The classical security level that a cryptographic algorithm provides (in bits).",
              minimum: 0
            },
            nistQuantumSecurityLevel: {
              type: "integer",
              title: "NIST security strength category",
              description: "The NIST security strength category as defined in https://csrc.nist.gov/projects/post-quantum-cryptography/post-quantum-cryptography-standardization/evaluation-criteria/security-(evaluation-criteria). A value of 0 indicates that none of the categories are met.",
              minimum: 0,
              maximum: 6
            }
          }
        },
        certificateProperties: {
          type: "object",
          title: "Certificate Properties",
          description: "Properties for cryptographic assets of asset type 'certificate'",
          additionalProperties: false,
          properties: {
            subjectName: {
              type: "string",
              title: "Subject Name",
              description: "The subject name for the certificate"
            },
            issuerName: {
              type: "string",
              title: "Issuer Name",
              description: "The issuer name for the certificate"
            },
            notValidBefore: {
              type: "string",
              format: "date-time",
              title: "Not Valid Before",
              description: "The date and time according to ISO-8601 standard from which the certificate is valid"
            },
            notValidAfter: {
              type: "string",
              format: "date-time",
              title: "Not Valid After",
              description: "The date and time according to ISO-8601 standard from which the certificate is not valid anymore"
            },
            signatureAlgorithmRef: {
              $ref: "#/definitions/refType",
              title: "Algorithm Reference",
              description: "The bom-ref to signature algorithm used by the certificate"
            },
            subjectPublicKeyRef: {
              $ref: "#/definitions/refType",
              title: "Key reference",
              description: "The bom-ref to the public key of the subject"
            },
            certificateFormat: {
              type: "string",
              title: "Certificate Format",
              description: "The format of the certificate",
              examples: [
                "X.509",
                "PEM",
                "DER",
                "CVC"
              ]
            },
            certificateExtension: {
              type: "string",
              title: "Certificate File Extension",
              description: "The file extension of the certificate",
              examples: [
                "crt",
                "pem",
                "cer",
                "der",
                "p12"
              ]
            }
          }
        },
        relatedCryptoMaterialProperties: {
          type: "object",
          title: "Related Cryptographic Material Properties",
          description: "Properties for cryptographic assets of asset type: `related-crypto-material`",
          additionalProperties: false,
          properties: {
            type: {
              type: "string",
              title: "relatedCryptoMaterialType",
              description: "The type for the related cryptographic material",
              enum: [
                "private-key",
                "public-key",
                "secret-key",
                "key",
                "ciphertext",
                "signature",
                "digest",
                "initialization-vector",
                "nonce",
                "seed",
                "salt",
                "shared-secret",
                "tag",
                "additional-data",
                "password",
                "credential",
                "token",
                "other",
                "unknown"
              ],
              "meta:enum": {
                "private-key": "The confidential key of a key pair used in asymmetric cryptography.",
                "public-key": "The non-confidential key of a key pair used in asymmetric cryptography.",
                "secret-key": "A key used to encrypt and decrypt messages in symmetric cryptography.",
                key: "A piece of information, usually an octet string, which, when processed through a cryptographic algorithm, processes cryptographic data.",
                ciphertext: "The result of encryption performed on plaintext using an algorithm (or cipher).",
                signature: "A cryptographic value that is calculated from the data and a key known only by the signer.",
                digest: "The output of the hash function.",
                "initialization-vector": "A fixed-size random or pseudo-random value used as an input parameter for cryptographic algorithms.",
                nonce: "A random or pseudo-random number that can only be used once in a cryptographic communication.",
                seed: "The input to a pseudo-random number generator. Different seeds generate different pseudo-random sequences.",
                salt: "A value used in a cryptographic process, usually to ensure that the results of computations for one instance cannot be reused by an attacker.",
                "shared-secret": "A piece of data known only to the parties involved, in a secure communication.",
                tag: "A message authentication code (MAC), sometimes known as an authentication tag, is a short piece of information used for authenticating and integrity-checking a message.",
                "additional-data": "An unspecified collection of data with relevance to cryptographic activity.",
                password: "A secret word, phrase, or sequence of characters used during authentication or authorization.",
                credential: "Establishes the identity of a party to communication, usually in the form of cryptographic keys or passwords.",
                token: "An object encapsulating a security identity.",
                other: "Another type of cryptographic asset.",
                unknown: "The type of cryptographic asset is not known."
              }
            },
            id: {
              type: "string",
              title: "ID",
              description: "The optional unique identifier for the related cryptographic material."
            },
            state: {
              type: "string",
              title: "State",
              description: "The key state as defined by NIST SP 800-57.",
              enum: [
                "pre-activation",
                "active",
                "suspended",
                "deactivated",
                "compromised",
                "destroyed"
              ]
            },
            algorithmRef: {
              $ref: "#/definitions/refType",
              title: "Algorithm Reference",
              description: "The bom-ref to the algorithm used to generate the related cryptographic material."
            },
            creationDate: {
              type: "string",
              format: "date-time",
              title: "Creation Date",
              description: "The date and time (timestamp) when the related cryptographic material was created."
            },
            activationDate: {
              type: "string",
              format: "date-time",
              title: "Activation Date",
              description: "The date and time (timestamp) when the related cryptographic material was activated."
            },
            updateDate: {
              type: "string",
              format: "date-time",
              title: "Update Date",
              description: "The date and time (timestamp) when the related cryptographic material was updated."
            },
            expirationDate: {
              type: "string",
              format: "date-time",
              title: "Expiration Date",
              description: "The date and time (timestamp) when the related cryptographic material expires."
            },
            value: {
              type: "string",
              title: "Value",
              description: "The associated value of the cryptographic material."
            },
            size: {
              type: "integer",
              title: "Size",
              description: "The size of the cryptographic asset (in bits)."
            },
            format: {
              type: "string",
              title: "Format",
              description: "The format of the related cryptographic material (e.g. P8, PEM, DER)."
            },
            securedBy: {
              $ref: "#/definitions/securedBy",
              title: "Secured By",
              description: "The mechanism by which the cryptographic asset is secured by."
            }
          }
        },
        protocolProperties: {
          type: "object",
          title: "Protocol Properties",
          description: "Properties specific to cryptographic assets of type: `protocol`.",
          additionalProperties: false,
          properties: {
            type: {
              type: "string",
              title: "Type",
              description: "The concrete protocol type.",
              enum: [
                "tls",
                "ssh",
                "ipsec",
                "ike",
                "sstp",
                "wpa",
                "other",
                "unknown"
              ],
              "meta:enum": {
                tls: "Transport Layer Security",
                ssh: "Secure Shell",
                ipsec: "Internet Protocol Security",
                ike: "Internet Key Exchange",
                sstp: "Secure Socket Tunneling Protocol",
                wpa: "Wi-Fi Protected Access",
                other: "Another protocol type",
                unknown: "The protocol type is not known"
              }
            },
            version: {
              type: "string",
              title: "Protocol Version",
              description: "The version of the protocol.",
              examples: [
                "1.0",
                "1.2",
                "1.99"
              ]
            },
            cipherSuites: {
              type: "array",
              title: "Cipher Suites",
              description: "A list of cipher suites related to the protocol.",
              items: {
                $ref: "#/definitions/cipherSuite",
                title: "Cipher Suite"
              }
            },
            ikev2TransformTypes: {
              type: "object",
              title: "IKEv2 Transform Types",
              description: "The IKEv2 transform types supported (types 1-4), defined in [RFC 7296 section 3.3.2](https://www.ietf.org/rfc/rfc7296.html#section-3.3.2), and additional properties.",
              additionalProperties: false,
              properties: {
                encr: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Encryption Algorithm (ENCR)",
                  description: "Transform Type 1: encryption algorithms"
                },
                prf: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Pseudorandom Function (PRF)",
                  description: "Transform Type 2: pseudorandom functions"
                },
                integ: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Integrity Algorithm (INTEG)",
                  description: "Transform Type 3: integrity algorithms"
                },
                ke: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "Key Exchange Method (KE)",
                  description: "Transform Type 4: Key Exchange Method (KE) per [RFC 9370](https://www.ietf.org/rfc/rfc9370.html), formerly called Diffie-Hellman Group (D-H)."
                },
                esn: {
                  type: "boolean",
                  title: "Extended Sequence Numbers (ESN)",
                  description: "Specifies if an Extended Sequence Number (ESN) is used."
                },
                auth: {
                  $ref: "#/definitions/cryptoRefArray",
                  title: "IKEv2 Authentication method",
                  description: "IKEv2 Authentication method"
                }
              }
            },
            cryptoRefArray: {
              $ref: "#/definitions/cryptoRefArray",
              title: "Cryptographic References",
              description: "A list of protocol-related cryptographic assets"
            }
          }
        },
        oid: {
          type: "string",
          title: "OID",
          description: "The object identifier (OID) of the cryptographic asset."
        }
      }
    },
    cipherSuite: {
      type: "object",
      title: "Cipher Suite",
      description: "Object representing a cipher suite",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          title: "Common Name",
          description: "A common name for the cipher suite.",
          examples: [
            "TLS_DHE_RSA_WITH_AES_128_CCM"
          ]
        },
        algorithms: {
          type: "array",
          title: "Related Algorithms",
          description: "A list of algorithms related to the cipher suite.",
          items: {
            $ref: "#/definitions/refType",
            title: "Algorithm reference",
            description: "The bom-ref to algorithm cryptographic asset."
          }
        },
        identifiers: {
          type: "array",
          title: "Cipher Suite Identifiers",
          description: "A list of common identifiers for the cipher suite.",
          items: {
            type: "string",
            title: "identifier",
            description: "Cipher suite identifier",
            examples: [
              "0xC0",
              "0x9E"
            ]
          }
        }
      }
    },
    cryptoRefArray: {
      type: "array",
      items: {
        $ref: "#/definitions/refType"
      }
    },
    securedBy: {
      type: "object",
      title: "Secured By",
      description: "Specifies the mechanism by which the cryptographic asset is secured by",
      additionalProperties: false,
      properties: {
        mechanism: {
          type: "string",
          title: "Mechanism",
          description: "Specifies the mechanism by which the cryptographic asset is secured by.",
          examples: [
            "HSM",
            "TPM",
            "SGX",
            "Software",
            "None"
          ]
        },
        algorithmRef: {
          $ref: "#/definitions/refType",
          title: "Algorithm Reference",
          description: "The bom-ref to the algorithm."
        }
      }
    },
    tags: {
      type: "array",
      items: {
        type: "string"
      },
      title: "Tags",
      description: "Textual strings that aid in discovery, search, and retrieval of the associated object. Tags often serve as a way to group or categorize similar or related objects by various attributes.",
      examples: [
        "json-parser",
        "object-persistence",
        "text-to-image",
        "translation",
        "object-detection"
      ]
    }
  }
};

// node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json with { type: 'json' }
var spdx_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/spdx.schema.json",
  $comment: "v1.1-3.29.0",
  type: "string",
  enum: [
    "0BSD",
    "3D-Slicer-1.0",
    "AAL",
    "Abstyles",
    "AdaCore-doc",
    "Adobe-2006",
    "Adobe-Display-PostScript",
    "Adobe-Glyph",
    "Adobe-Utopia",
    "ADSL",
    "Advanced-Cryptics-Dictionary",
    "AFL-1.1",
    "AFL-1.2",
    "AFL-2.0",
    "AFL-2.1",
    "AFL-3.0",
    "Afmparse",
    "AGPL-1.0",
    "AGPL-1.0-only",
    "AGPL-1.0-or-later",
    "AGPL-3.0",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "Aladdin",
    "ALGLIB-Documentation",
    "AMD-newlib",
    "AMDPLPA",
    "AML",
    "AML-glslang",
    "AMPAS",
    "ANTLR-PD",
    "ANTLR-PD-fallback",
    "any-OSI",
    "any-OSI-perl-modules",
    "Apache-1.0",
    "Apache-1.1",
    "Apache-2.0",
    "APAFML",
    "APL-1.0",
    "App-s2p",
    "APSL-1.0",
    "APSL-1.1",
    "APSL-1.2",
    "APSL-2.0",
    "Arphic-1999",
    "Artistic-1.0",
    "Artistic-1.0-cl8",
    "Artistic-1.0-Perl",
    "Artistic-2.0",
    "Artistic-dist",
    "Aspell-RU",
    "ASWF-Digital-Assets-1.0",
    "ASWF-Digital-Assets-1.1",
    "atc-game",
    "Baekmuk",
    "Bahyph",
    "Barr",
    "bcrypt-Solar-Designer",
    "Beerware",
    "Bitstream-Charter",
    "Bitstream-Vera",
    "BitTorrent-1.0",
    "BitTorrent-1.1",
    "blessing",
    "BlueOak-1.0.0",
    "Boehm-GC",
    "Boehm-GC-without-fee",
    "BOLA-1.1",
    "Borceux",
    "Brian-Gladman-2-Clause",
    "Brian-Gladman-3-Clause",
    "Brian-Gladman-3-Clause-no-conversion",
    "BSD-1-Clause",
    "BSD-2-Clause",
    "BSD-2-Clause-Darwin",
    "BSD-2-Clause-first-lines",
    "BSD-2-Clause-FreeBSD",
    "BSD-2-Clause-NetBSD",
    "BSD-2-Clause-Patent",
    "BSD-2-Clause-pkgconf-disclaimer",
    "BSD-2-Clause-pos-unchanged",
    "BSD-2-Clause-Views",
    "BSD-3-Clause",
    "BSD-3-Clause-acpica",
    "BSD-3-Clause-Attribution",
    "BSD-3-Clause-Clear",
    "BSD-3-Clause-flex",
    "BSD-3-Clause-HP",
    "BSD-3-Clause-LBNL",
    "BSD-3-Clause-Modification",
    "BSD-3-Clause-No-Military-License",
    "BSD-3-Clause-No-Nuclear-License",
    "BSD-3-Clause-No-Nuclear-License-2014",
    "BSD-3-Clause-No-Nuclear-Warranty",
    "BSD-3-Clause-Open-MPI",
    "BSD-3-Clause-OpenWebUI",
    "BSD-3-Clause-Sun",
    "BSD-3-Clause-Tso",
    "BSD-4-Clause",
    "BSD-4-Clause-Shortened",
    "BSD-4-Clause-UC",
    "BSD-4.3RENO",
    "BSD-4.3TAHOE",
    "BSD-Advertising-Acknowledgement",
    "BSD-ask-to-endorse",
    "BSD-Attribution-HPND-disclaimer",
    "BSD-Inferno-Nettverk",
    "BSD-Mark-Modifications",
    "BSD-Protection",
    "BSD-Source-alt-GPL",
    "BSD-Source-beginning-file",
    "BSD-Source-Code",
    "BSD-Source-Code-no-disclaimer",
    "BSD-Systemics",
    "BSD-Systemics-W3Works",
    "BSL-1.0",
    "Buddy",
    "Bugroff",
    "BUSL-1.1",
    "bzip2-1.0.5",
    "bzip2-1.0.6",
    "C-UDA-1.0",
    "CAL-1.0",
    "CAL-1.0-Combined-Work-Exception",
    "Caldera",
    "Caldera-no-preamble",
    "CAPEC-tou",
    "Catharon",
    "CATOSL-1.1",
    "CC-BY-1.0",
    "CC-BY-2.0",
    "CC-BY-2.5",
    "CC-BY-2.5-AU",
    "CC-BY-3.0",
    "CC-BY-3.0-AT",
    "CC-BY-3.0-AU",
    "CC-BY-3.0-DE",
    "CC-BY-3.0-IGO",
    "CC-BY-3.0-NL",
    "CC-BY-3.0-US",
    "CC-BY-4.0",
    "CC-BY-NC-1.0",
    "CC-BY-NC-2.0",
    "CC-BY-NC-2.5",
    "CC-BY-NC-3.0",
    "CC-BY-NC-3.0-DE",
    "CC-BY-NC-3.0-IGO",
    "CC-BY-NC-4.0",
    "CC-BY-NC-ND-1.0",
    "CC-BY-NC-ND-2.0",
    "CC-BY-NC-ND-2.5",
    "CC-BY-NC-ND-3.0",
    "CC-BY-NC-ND-3.0-DE",
    "CC-BY-NC-ND-3.0-IGO",
    "CC-BY-NC-ND-4.0",
    "CC-BY-NC-SA-1.0",
    "CC-BY-NC-SA-2.0",
    "CC-BY-NC-SA-2.0-DE",
    "CC-BY-NC-SA-2.0-FR",
    "CC-BY-NC-SA-2.0-UK",
    "CC-BY-NC-SA-2.5",
    "CC-BY-NC-SA-3.0",
    "CC-BY-NC-SA-3.0-DE",
    "CC-BY-NC-SA-3.0-IGO",
    "CC-BY-NC-SA-4.0",
    "CC-BY-ND-1.0",
    "CC-BY-ND-2.0",
    "CC-BY-ND-2.5",
    "CC-BY-ND-3.0",
    "CC-BY-ND-3.0-DE",
    "CC-BY-ND-4.0",
    "CC-BY-SA-1.0",
    "CC-BY-SA-2.0",
    "CC-BY-SA-2.0-UK",
    "CC-BY-SA-2.1-JP",
    "CC-BY-SA-2.5",
    "CC-BY-SA-3.0",
    "CC-BY-SA-3.0-AT",
    "CC-BY-SA-3.0-DE",
    "CC-BY-SA-3.0-IGO",
    "CC-BY-SA-4.0",
    "CC-PDDC",
    "CC-PDM-1.0",
    "CC-SA-1.0",
    "CC0-1.0",
    "CDDL-1.0",
    "CDDL-1.1",
    "CDL-1.0",
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "CECILL-1.0",
    "CECILL-1.1",
    "CECILL-2.0",
    "CECILL-2.1",
    "CECILL-B",
    "CECILL-C",
    "CERN-OHL-1.1",
    "CERN-OHL-1.2",
    "CERN-OHL-P-2.0",
    "CERN-OHL-S-2.0",
    "CERN-OHL-W-2.0",
    "CFITSIO",
    "check-cvs",
    "checkmk",
    "ClArtistic",
    "Clips",
    "CMU-Mach",
    "CMU-Mach-nodoc",
    "CNRI-Jython",
    "CNRI-Python",
    "CNRI-Python-GPL-Compatible",
    "COIL-1.0",
    "Community-Spec-1.0",
    "Condor-1.1",
    "copyleft-next-0.3.0",
    "copyleft-next-0.3.1",
    "Cornell-Lossless-JPEG",
    "CPAL-1.0",
    "CPL-1.0",
    "CPOL-1.02",
    "Cronyx",
    "Crossword",
    "CryptoSwift",
    "CrystalStacker",
    "CUA-OPL-1.0",
    "Cube",
    "curl",
    "cve-tou",
    "D-FSL-1.0",
    "DEC-3-Clause",
    "diffmark",
    "DL-DE-BY-2.0",
    "DL-DE-ZERO-2.0",
    "DOC",
    "DocBook-DTD",
    "DocBook-Schema",
    "DocBook-Stylesheet",
    "DocBook-XML",
    "Dotseqn",
    "DRL-1.0",
    "DRL-1.1",
    "DSDP",
    "dtoa",
    "dvipdfm",
    "ECL-1.0",
    "ECL-2.0",
    "eCos-2.0",
    "EFL-1.0",
    "EFL-2.0",
    "eGenix",
    "Elastic-2.0",
    "Entessa",
    "EPICS",
    "EPL-1.0",
    "EPL-2.0",
    "ErlPL-1.1",
    "ESA-PL-permissive-2.4",
    "ESA-PL-strong-copyleft-2.4",
    "ESA-PL-weak-copyleft-2.4",
    "etalab-2.0",
    "EUDatagrid",
    "EUPL-1.0",
    "EUPL-1.1",
    "EUPL-1.2",
    "Eurosym",
    "Fair",
    "FBM",
    "FDK-AAC",
    "FDK-MPEG-H",
    "Ferguson-Twofish",
    "Frameworx-1.0",
    "FreeBSD-DOC",
    "FreeImage",
    "FSFAP",
    "FSFAP-no-warranty-disclaimer",
    "FSFUL",
    "FSFULLR",
    "FSFULLRSD",
    "FSFULLRWD",
    "FSL-1.1-ALv2",
    "FSL-1.1-MIT",
    "FTL",
    "Furuseth",
    "fwlw",
    "Game-Programming-Gems",
    "GCR-docs",
    "GD",
    "generic-xts",
    "GFDL-1.1",
    "GFDL-1.1-invariants-only",
    "GFDL-1.1-invariants-or-later",
    "GFDL-1.1-no-invariants-only",
    "GFDL-1.1-no-invariants-or-later",
    "GFDL-1.1-only",
    "GFDL-1.1-or-later",
    "GFDL-1.2",
    "GFDL-1.2-invariants-only",
    "GFDL-1.2-invariants-or-later",
    "GFDL-1.2-no-invariants-only",
    "GFDL-1.2-no-invariants-or-later",
    "GFDL-1.2-only",
    "GFDL-1.2-or-later",
    "GFDL-1.3",
    "GFDL-1.3-invariants-only",
    "GFDL-1.3-invariants-or-later",
    "GFDL-1.3-no-invariants-only",
    "GFDL-1.3-no-invariants-or-later",
    "GFDL-1.3-only",
    "GFDL-1.3-or-later",
    "Giftware",
    "GL2PS",
    "Glide",
    "Glulxe",
    "GLWTPL",
    "gnuplot",
    "GPL-1.0",
    "GPL-1.0+",
    "GPL-1.0-only",
    "GPL-1.0-or-later",
    "GPL-2.0",
    "GPL-2.0+",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-2.0-with-autoconf-exception",
    "GPL-2.0-with-bison-exception",
    "GPL-2.0-with-classpath-exception",
    "GPL-2.0-with-font-exception",
    "GPL-2.0-with-GCC-exception",
    "GPL-3.0",
    "GPL-3.0+",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "GPL-3.0-with-autoconf-exception",
    "GPL-3.0-with-GCC-exception",
    "Graphics-Gems",
    "gSOAP-1.3b",
    "gtkbook",
    "Gutmann",
    "HaskellReport",
    "HDF5",
    "hdparm",
    "HIDAPI",
    "Hippocratic-2.1",
    "Hippocratic-3.0-core",
    "HP-1986",
    "HP-1989",
    "HPND",
    "HPND-DEC",
    "HPND-doc",
    "HPND-doc-sell",
    "HPND-export-US",
    "HPND-export-US-acknowledgement",
    "HPND-export-US-modify",
    "HPND-export2-US",
    "HPND-Fenneberg-Livingston",
    "HPND-INRIA-IMAG",
    "HPND-Intel",
    "HPND-Kevlin-Henney",
    "HPND-Markus-Kuhn",
    "HPND-merchantability-variant",
    "HPND-MIT-disclaimer",
    "HPND-Netrek",
    "HPND-Pbmplus",
    "HPND-sell-MIT-disclaimer-xserver",
    "HPND-sell-regexpr",
    "HPND-sell-variant",
    "HPND-sell-variant-critical-systems",
    "HPND-sell-variant-MIT-disclaimer",
    "HPND-sell-variant-MIT-disclaimer-rev",
    "HPND-SMC",
    "HPND-UC",
    "HPND-UC-export-US",
    "HTMLTIDY",
    "hyphen-bulgarian",
    "IBM-pibs",
    "ICU",
    "IEC-Code-Components-EULA",
    "IJG",
    "IJG-short",
    "ImageMagick",
    "iMatix",
    "Imlib2",
    "Info-ZIP",
    "Informatica",
    "Inner-Net-2.0",
    "InnoSetup",
    "Intel",
    "Intel-ACPI",
    "Interbase-1.0",
    "IPA",
    "IPL-1.0",
    "ISC",
    "ISC-Veillard",
    "ISO-permission",
    "Jam",
    "JasPer-2.0",
    "jove",
    "JPL-image",
    "JPNIC",
    "JSON",
    "Kastrup",
    "Kazlib",
    "Knuth-CTAN",
    "LAL-1.2",
    "LAL-1.3",
    "Latex2e",
    "Latex2e-translated-notice",
    "Leptonica",
    "LGPL-2.0",
    "LGPL-2.0+",
    "LGPL-2.0-only",
    "LGPL-2.0-or-later",
    "LGPL-2.1",
    "LGPL-2.1+",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0",
    "LGPL-3.0+",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "LGPLLR",
    "Libpng",
    "libpng-1.6.35",
    "libpng-2.0",
    "libselinux-1.0",
    "libtiff",
    "libutil-David-Nugent",
    "LiLiQ-P-1.1",
    "LiLiQ-R-1.1",
    "LiLiQ-Rplus-1.1",
    "Linux-man-pages-1-para",
    "Linux-man-pages-copyleft",
    "Linux-man-pages-copyleft-2-para",
    "Linux-man-pages-copyleft-var",
    "Linux-OpenIB",
    "LOOP",
    "LPD-document",
    "LPL-1.0",
    "LPL-1.02",
    "LPPL-1.0",
    "LPPL-1.1",
    "LPPL-1.2",
    "LPPL-1.3a",
    "LPPL-1.3c",
    "lsof",
    "Lucida-Bitmap-Fonts",
    "LZMA-SDK-9.11-to-9.20",
    "LZMA-SDK-9.22",
    "Mackerras-3-Clause",
    "Mackerras-3-Clause-acknowledgment",
    "magaz",
    "mailprio",
    "MakeIndex",
    "man2html",
    "Martin-Birgmeier",
    "McPhee-slideshow",
    "metamail",
    "Minpack",
    "MIPS",
    "MirOS",
    "MIT",
    "MIT-0",
    "MIT-advertising",
    "MIT-Click",
    "MIT-CMU",
    "MIT-enna",
    "MIT-feh",
    "MIT-Festival",
    "MIT-Khronos-old",
    "MIT-Modern-Variant",
    "MIT-open-group",
    "MIT-STK",
    "MIT-testregex",
    "MIT-Wu",
    "MITNFA",
    "MMIXware",
    "MMPL-1.0.1",
    "Motosoto",
    "MPEG-SSG",
    "mpi-permissive",
    "mpich2",
    "MPL-1.0",
    "MPL-1.1",
    "MPL-2.0",
    "MPL-2.0-no-copyleft-exception",
    "mplus",
    "MS-LPL",
    "MS-PL",
    "MS-RL",
    "MTLL",
    "MulanPSL-1.0",
    "MulanPSL-2.0",
    "Multics",
    "Mup",
    "MVT-1.1",
    "NAIST-2003",
    "NASA-1.3",
    "Naumen",
    "NBPL-1.0",
    "NCBI-PD",
    "NCGL-UK-2.0",
    "NCL",
    "NCSA",
    "Net-SNMP",
    "NetCDF",
    "Newsletr",
    "NGPL",
    "ngrep",
    "NICTA-1.0",
    "NIST-PD",
    "NIST-PD-fallback",
    "NIST-PD-TNT",
    "NIST-Software",
    "NLOD-1.0",
    "NLOD-2.0",
    "NLPL",
    "Nokia",
    "NOSL",
    "Noweb",
    "NPL-1.0",
    "NPL-1.1",
    "NPOSL-3.0",
    "NRL",
    "NTIA-PD",
    "NTP",
    "NTP-0",
    "Nunit",
    "O-UDA-1.0",
    "OAR",
    "OCCT-PL",
    "OCLC-2.0",
    "ODbL-1.0",
    "ODC-By-1.0",
    "OFFIS",
    "OFL-1.0",
    "OFL-1.0-no-RFN",
    "OFL-1.0-RFN",
    "OFL-1.1",
    "OFL-1.1-no-RFN",
    "OFL-1.1-RFN",
    "OGC-1.0",
    "OGDL-Taiwan-1.0",
    "OGL-Canada-2.0",
    "OGL-UK-1.0",
    "OGL-UK-2.0",
    "OGL-UK-3.0",
    "OGTSL",
    "OLDAP-1.1",
    "OLDAP-1.2",
    "OLDAP-1.3",
    "OLDAP-1.4",
    "OLDAP-2.0",
    "OLDAP-2.0.1",
    "OLDAP-2.1",
    "OLDAP-2.2",
    "OLDAP-2.2.1",
    "OLDAP-2.2.2",
    "OLDAP-2.3",
    "OLDAP-2.4",
    "OLDAP-2.5",
    "OLDAP-2.6",
    "OLDAP-2.7",
    "OLDAP-2.8",
    "OLFL-1.3",
    "OML",
    "OpenMDW-1.0",
    "OpenPBS-2.3",
    "OpenSSL",
    "OpenSSL-standalone",
    "OpenVision",
    "OPL-1.0",
    "OPL-UK-3.0",
    "OPUBL-1.0",
    "OSC-1.0",
    "OSET-PL-2.1",
    "OSL-1.0",
    "OSL-1.1",
    "OSL-2.0",
    "OSL-2.1",
    "OSL-3.0",
    "OSSP",
    "PADL",
    "ParaType-Free-Font-1.3",
    "Parity-6.0.0",
    "Parity-7.0.0",
    "PDDL-1.0",
    "PHP-3.0",
    "PHP-3.01",
    "Pixar",
    "pkgconf",
    "Plexus",
    "pnmstitch",
    "PolyForm-Noncommercial-1.0.0",
    "PolyForm-Small-Business-1.0.0",
    "PostgreSQL",
    "PPL",
    "PSF-2.0",
    "psfrag",
    "psutils",
    "Python-2.0",
    "Python-2.0.1",
    "python-ldap",
    "Qhull",
    "QPL-1.0",
    "QPL-1.0-INRIA-2004",
    "radvd",
    "Rdisc",
    "RHeCos-1.1",
    "RPL-1.1",
    "RPL-1.5",
    "RPSL-1.0",
    "RSA-MD",
    "RSCPL",
    "Ruby",
    "Ruby-pty",
    "SAX-PD",
    "SAX-PD-2.0",
    "Saxpath",
    "SCEA",
    "SchemeReport",
    "Sendmail",
    "Sendmail-8.23",
    "Sendmail-Open-Source-1.1",
    "SGI-B-1.0",
    "SGI-B-1.1",
    "SGI-B-2.0",
    "SGI-OpenGL",
    "SGMLUG-PM",
    "SGP4",
    "SHL-0.5",
    "SHL-0.51",
    "SimPL-2.0",
    "SISSL",
    "SISSL-1.2",
    "SL",
    "Sleepycat",
    "SMAIL-GPL",
    "SMLNJ",
    "SMPPL",
    "SNIA",
    "snprintf",
    "SOFA",
    "softSurfer",
    "Soundex",
    "Spencer-86",
    "Spencer-94",
    "Spencer-99",
    "SPL-1.0",
    "ssh-keyscan",
    "SSH-OpenSSH",
    "SSH-short",
    "SSLeay-standalone",
    "SSPL-1.0",
    "StandardML-NJ",
    "SugarCRM-1.1.3",
    "SUL-1.0",
    "Sun-PPP",
    "Sun-PPP-2000",
    "SunPro",
    "SWL",
    "swrule",
    "Symlinks",
    "TAPR-OHL-1.0",
    "TCL",
    "TCP-wrappers",
    "TekHVC",
    "TermReadKey",
    "TGPPL-1.0",
    "ThirdEye",
    "threeparttable",
    "TMate",
    "TORQUE-1.1",
    "TOSL",
    "TPDL",
    "TPL-1.0",
    "TrustedQSL",
    "TTWL",
    "TTYP0",
    "TU-Berlin-1.0",
    "TU-Berlin-2.0",
    "Ubuntu-font-1.0",
    "UCAR",
    "UCL-1.0",
    "ulem",
    "UMich-Merit",
    "Unicode-3.0",
    "Unicode-DFS-2015",
    "Unicode-DFS-2016",
    "Unicode-TOU",
    "UnixCrypt",
    "Unlicense",
    "Unlicense-libtelnet",
    "Unlicense-libwhirlpool",
    "UnRAR",
    "UPL-1.0",
    "URT-RLE",
    "Vim",
    "Vixie-Cron",
    "VOSTROM",
    "VSL-1.0",
    "W3C",
    "W3C-19980720",
    "W3C-20150513",
    "w3m",
    "Watcom-1.0",
    "Widget-Workshop",
    "WordNet",
    "Wsuipa",
    "WTFNMFPL",
    "WTFPL",
    "wwl",
    "wxWindows",
    "X11",
    "X11-distribute-modifications-variant",
    "X11-no-permit-persons",
    "X11-swapped",
    "Xdebug-1.03",
    "Xerox",
    "Xfig",
    "XFree86-1.1",
    "xinetd",
    "xkeyboard-config-Zinoviev",
    "xlock",
    "Xnet",
    "xpp",
    "XSkat",
    "xzoom",
    "YPL-1.0",
    "YPL-1.1",
    "Zed",
    "Zeeff",
    "Zend-2.0",
    "Zimbra-1.3",
    "Zimbra-1.4",
    "Zlib",
    "zlib-acknowledgement",
    "ZPL-1.1",
    "ZPL-2.0",
    "ZPL-2.1",
    "389-exception",
    "Asterisk-exception",
    "Asterisk-linking-protocols-exception",
    "Autoconf-exception-2.0",
    "Autoconf-exception-3.0",
    "Autoconf-exception-generic",
    "Autoconf-exception-generic-3.0",
    "Autoconf-exception-macro",
    "Bison-exception-1.24",
    "Bison-exception-2.2",
    "Bootloader-exception",
    "CGAL-linking-exception",
    "Classpath-exception-2.0",
    "Classpath-exception-2.0-short",
    "CLISP-exception-2.0",
    "cryptsetup-OpenSSL-exception",
    "Digia-Qt-LGPL-exception-1.1",
    "DigiRule-FOSS-exception",
    "eCos-exception-2.0",
    "erlang-otp-linking-exception",
    "Fawkes-Runtime-exception",
    "FLTK-exception",
    "fmt-exception",
    "Font-exception-2.0",
    "freertos-exception-2.0",
    "GCC-exception-2.0",
    "GCC-exception-2.0-note",
    "GCC-exception-3.1",
    "Gmsh-exception",
    "GNAT-exception",
    "GNOME-examples-exception",
    "GNU-compiler-exception",
    "gnu-javamail-exception",
    "Google-Patent-WebM",
    "GPL-3.0-389-ds-base-exception",
    "GPL-3.0-interface-exception",
    "GPL-3.0-linking-exception",
    "GPL-3.0-linking-source-exception",
    "GPL-CC-1.0",
    "GStreamer-exception-2005",
    "GStreamer-exception-2008",
    "harbour-exception",
    "i2p-gpl-java-exception",
    "Independent-modules-exception",
    "KiCad-libraries-exception",
    "kvirc-openssl-exception",
    "LGPL-3.0-linking-exception",
    "libpri-OpenH323-exception",
    "Libtool-exception",
    "Linux-syscall-note",
    "LLGPL",
    "LLVM-exception",
    "LZMA-exception",
    "mif-exception",
    "mxml-exception",
    "Nokia-Qt-exception-1.1",
    "OCaml-LGPL-linking-exception",
    "OCCT-exception-1.0",
    "OpenJDK-assembly-exception-1.0",
    "openvpn-openssl-exception",
    "PCRE2-exception",
    "polyparse-exception",
    "PS-or-PDF-font-exception-20170817",
    "QPL-1.0-INRIA-2004-exception",
    "Qt-GPL-exception-1.0",
    "Qt-LGPL-exception-1.1",
    "Qwt-exception-1.0",
    "romic-exception",
    "RRDtool-FLOSS-exception-2.0",
    "rsync-linking-exception",
    "SANE-exception",
    "SHL-2.0",
    "SHL-2.1",
    "Simple-Library-Usage-exception",
    "Spelling-Provider-LGPL-exception",
    "sqlitestudio-OpenSSL-exception",
    "stunnel-exception",
    "SWI-exception",
    "Swift-exception",
    "Texinfo-exception",
    "u-boot-exception-2.0",
    "UBDL-exception",
    "Universal-FOSS-exception-1.0",
    "vsftpd-openssl-exception",
    "WxWindows-exception-3.1",
    "x11vnc-openssl-exception"
  ],
  "meta:enum": {
    "0BSD": "BSD Zero Clause License",
    "3D-Slicer-1.0": "3D Slicer License v1.0",
    AAL: "Attribution Assurance License",
    Abstyles: "Abstyles License",
    "AdaCore-doc": "AdaCore Doc License",
    "Adobe-2006": "Adobe Systems Incorporated Source Code License Agreement",
    "Adobe-Display-PostScript": "Adobe Display PostScript License",
    "Adobe-Glyph": "Adobe Glyph List License",
    "Adobe-Utopia": "Adobe Utopia Font License",
    ADSL: "Amazon Digital Services License",
    "Advanced-Cryptics-Dictionary": "Advanced Cryptics Dictionary License",
    "AFL-1.1": "Academic Free License v1.1",
    "AFL-1.2": "Academic Free License v1.2",
    "AFL-2.0": "Academic Free License v2.0",
    "AFL-2.1": "Academic Free License v2.1",
    "AFL-3.0": "Academic Free License v3.0",
    Afmparse: "Afmparse License",
    "AGPL-1.0": "Affero General Public License v1.0",
    "AGPL-1.0-only": "Affero General Public License v1.0 only",
    "AGPL-1.0-or-later": "Affero General Public License v1.0 or later",
    "AGPL-3.0": "GNU Affero General Public License v3.0",
    "AGPL-3.0-only": "GNU Affero General Public License v3.0 only",
    "AGPL-3.0-or-later": "GNU Affero General Public License v3.0 or later",
    Aladdin: "Aladdin Free Public License",
    "ALGLIB-Documentation": "ALGLIB Documentation License",
    "AMD-newlib": "AMD newlib License",
    AMDPLPA: "AMD's plpa_map.c License",
    AML: "Apple MIT License",
    "AML-glslang": "AML glslang variant License",
    AMPAS: "Academy of Motion Picture Arts and Sciences BSD",
    "ANTLR-PD": "ANTLR Software Rights Notice",
    "ANTLR-PD-fallback": "ANTLR Software Rights Notice with license fallback",
    "any-OSI": "Any OSI License",
    "any-OSI-perl-modules": "Any OSI License - Perl Modules",
    "Apache-1.0": "Apache License 1.0",
    "Apache-1.1": "Apache License 1.1",
    "Apache-2.0": "Apache License 2.0",
    APAFML: "Adobe Postscript AFM License",
    "APL-1.0": "Adaptive Public License 1.0",
    "App-s2p": "App::s2p License",
    "APSL-1.0": "Apple Public Source License 1.0",
    "APSL-1.1": "Apple Public Source License 1.1",
    "APSL-1.2": "Apple Public Source License 1.2",
    "APSL-2.0": "Apple Public Source License 2.0",
    "Arphic-1999": "Arphic Public License",
    "Artistic-1.0": "Artistic License 1.0",
    "Artistic-1.0-cl8": "Artistic License 1.0 w/clause 8",
    "Artistic-1.0-Perl": "Artistic License 1.0 (Perl)",
    "Artistic-2.0": "Artistic License 2.0",
    "Artistic-dist": "Artistic License 1.0 (dist)",
    "Aspell-RU": "Aspell Russian License",
    "ASWF-Digital-Assets-1.0": "ASWF Digital Assets License version 1.0",
    "ASWF-Digital-Assets-1.1": "ASWF Digital Assets License 1.1",
    "atc-game": "atc Game License",
    Baekmuk: "Baekmuk License",
    Bahyph: "Bahyph License",
    Barr: "Barr License",
    "bcrypt-Solar-Designer": "bcrypt Solar Designer License",
    Beerware: "Beerware License",
    "Bitstream-Charter": "Bitstream Charter Font License",
    "Bitstream-Vera": "Bitstream Vera Font License",
    "BitTorrent-1.0": "BitTorrent Open Source License v1.0",
    "BitTorrent-1.1": "BitTorrent Open Source License v1.1",
    blessing: "SQLite Blessing",
    "BlueOak-1.0.0": "Blue Oak Model License 1.0.0",
    "Boehm-GC": "Boehm-Demers-Weiser GC License",
    "Boehm-GC-without-fee": "Boehm-Demers-Weiser GC License (without fee)",
    "BOLA-1.1": "Buena Onda License Agreement v1.1",
    Borceux: "Borceux license",
    "Brian-Gladman-2-Clause": "Brian Gladman 2-Clause License",
    "Brian-Gladman-3-Clause": "Brian Gladman 3-Clause License",
    "Brian-Gladman-3-Clause-no-conversion": "Brian Gladman 3-Clause License (no conversion clause)",
    "BSD-1-Clause": "BSD 1-Clause License",
    "BSD-2-Clause": 'BSD 2-Clause "Simplified" License',
    "BSD-2-Clause-Darwin": "BSD 2-Clause - Ian Darwin variant",
    "BSD-2-Clause-first-lines": "BSD 2-Clause - first lines requirement",
    "BSD-2-Clause-FreeBSD": "BSD 2-Clause FreeBSD License",
    "BSD-2-Clause-NetBSD": "BSD 2-Clause NetBSD License",
    "BSD-2-Clause-Patent": "BSD-2-Clause Plus Patent License",
    "BSD-2-Clause-pkgconf-disclaimer": "BSD 2-Clause pkgconf disclaimer variant",
    "BSD-2-Clause-pos-unchanged": "BSD 2-Clause - position unchanged variant",
    "BSD-2-Clause-Views": "BSD 2-Clause with views sentence",
    "BSD-3-Clause": 'BSD 3-Clause "New" or "Revised" License',
    "BSD-3-Clause-acpica": "BSD 3-Clause acpica variant",
    "BSD-3-Clause-Attribution": "BSD with attribution",
    "BSD-3-Clause-Clear": "BSD 3-Clause Clear License",
    "BSD-3-Clause-flex": "BSD 3-Clause Flex variant",
    "BSD-3-Clause-HP": "Hewlett-Packard BSD variant license",
    "BSD-3-Clause-LBNL": "Lawrence Berkeley National Labs BSD variant license",
    "BSD-3-Clause-Modification": "BSD 3-Clause Modification",
    "BSD-3-Clause-No-Military-License": "BSD 3-Clause No Military License",
    "BSD-3-Clause-No-Nuclear-License": "BSD 3-Clause No Nuclear License",
    "BSD-3-Clause-No-Nuclear-License-2014": "BSD 3-Clause No Nuclear License 2014",
    "BSD-3-Clause-No-Nuclear-Warranty": "BSD 3-Clause No Nuclear Warranty",
    "BSD-3-Clause-Open-MPI": "BSD 3-Clause Open MPI variant",
    "BSD-3-Clause-OpenWebUI": "BSD 3-Clause - OpenWebUI variant",
    "BSD-3-Clause-Sun": "BSD 3-Clause Sun Microsystems",
    "BSD-3-Clause-Tso": "BSD 3-Clause Tso variant",
    "BSD-4-Clause": 'BSD 4-Clause "Original" or "Old" License',
    "BSD-4-Clause-Shortened": "BSD 4 Clause Shortened",
    "BSD-4-Clause-UC": "BSD-4-Clause (University of California-Specific)",
    "BSD-4.3RENO": "BSD 4.3 RENO License",
    "BSD-4.3TAHOE": "BSD 4.3 TAHOE License",
    "BSD-Advertising-Acknowledgement": "BSD Advertising Acknowledgement License",
    "BSD-ask-to-endorse": "BSD - ask to endorse",
    "BSD-Attribution-HPND-disclaimer": "BSD with Attribution and HPND disclaimer",
    "BSD-Inferno-Nettverk": "BSD-Inferno-Nettverk",
    "BSD-Mark-Modifications": "BSD Mark Modifications License",
    "BSD-Protection": "BSD Protection License",
    "BSD-Source-alt-GPL": "BSD Source Code Attribution - GPL alternative",
    "BSD-Source-beginning-file": "BSD Source Code Attribution - beginning of file variant",
    "BSD-Source-Code": "BSD Source Code Attribution",
    "BSD-Source-Code-no-disclaimer": "BSD Source Code Attribution - no disclaimer",
    "BSD-Systemics": "Systemics BSD variant license",
    "BSD-Systemics-W3Works": "Systemics W3Works BSD variant license",
    "BSL-1.0": "Boost Software License 1.0",
    Buddy: "Buddy License",
    Bugroff: "Bugroff License",
    "BUSL-1.1": "Business Source License 1.1",
    "bzip2-1.0.5": "bzip2 and libbzip2 License v1.0.5",
    "bzip2-1.0.6": "bzip2 and libbzip2 License v1.0.6",
    "C-UDA-1.0": "Computational Use of Data Agreement v1.0",
    "CAL-1.0": "Cryptographic Autonomy License 1.0",
    "CAL-1.0-Combined-Work-Exception": "Cryptographic Autonomy License 1.0 (Combined Work Exception)",
    Caldera: "Caldera License",
    "Caldera-no-preamble": "Caldera License (without preamble)",
    "CAPEC-tou": "Common Attack    Pattern Enumeration and Classification License",
    Catharon: "Catharon License",
    "CATOSL-1.1": "Computer Associates Trusted Open Source License 1.1",
    "CC-BY-1.0": "Creative Commons Attribution 1.0 Generic",
    "CC-BY-2.0": "Creative Commons Attribution 2.0 Generic",
    "CC-BY-2.5": "Creative Commons Attribution 2.5 Generic",
    "CC-BY-2.5-AU": "Creative Commons Attribution 2.5 Australia",
    "CC-BY-3.0": "Creative Commons Attribution 3.0 Unported",
    "CC-BY-3.0-AT": "Creative Commons Attribution 3.0 Austria",
    "CC-BY-3.0-AU": "Creative Commons Attribution 3.0 Australia",
    "CC-BY-3.0-DE": "Creative Commons Attribution 3.0 Germany",
    "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
    "CC-BY-3.0-NL": "Creative Commons Attribution 3.0 Netherlands",
    "CC-BY-3.0-US": "Creative Commons Attribution 3.0 United States",
    "CC-BY-4.0": "Creative Commons Attribution 4.0 International",
    "CC-BY-NC-1.0": "Creative Commons Attribution Non Commercial 1.0 Generic",
    "CC-BY-NC-2.0": "Creative Commons Attribution Non Commercial 2.0 Generic",
    "CC-BY-NC-2.5": "Creative Commons Attribution Non Commercial 2.5 Generic",
    "CC-BY-NC-3.0": "Creative Commons Attribution Non Commercial 3.0 Unported",
    "CC-BY-NC-3.0-DE": "Creative Commons Attribution Non Commercial 3.0 Germany",
    "CC-BY-NC-3.0-IGO": "Creative Commons Attribution Non Commercial 3.0 IGO",
    "CC-BY-NC-4.0": "Creative Commons Attribution Non Commercial 4.0 International",
    "CC-BY-NC-ND-1.0": "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic",
    "CC-BY-NC-ND-2.0": "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic",
    "CC-BY-NC-ND-2.5": "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic",
    "CC-BY-NC-ND-3.0": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported",
    "CC-BY-NC-ND-3.0-DE": "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany",
    "CC-BY-NC-ND-3.0-IGO": "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO",
    "CC-BY-NC-ND-4.0": "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
    "CC-BY-NC-SA-1.0": "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic",
    "CC-BY-NC-SA-2.0": "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic",
    "CC-BY-NC-SA-2.0-DE": "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany",
    "CC-BY-NC-SA-2.0-FR": "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France",
    "CC-BY-NC-SA-2.0-UK": "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales",
    "CC-BY-NC-SA-2.5": "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic",
    "CC-BY-NC-SA-3.0": "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported",
    "CC-BY-NC-SA-3.0-DE": "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany",
    "CC-BY-NC-SA-3.0-IGO": "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO",
    "CC-BY-NC-SA-4.0": "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
    "CC-BY-ND-1.0": "Creative Commons Attribution No Derivatives 1.0 Generic",
    "CC-BY-ND-2.0": "Creative Commons Attribution No Derivatives 2.0 Generic",
    "CC-BY-ND-2.5": "Creative Commons Attribution No Derivatives 2.5 Generic",
    "CC-BY-ND-3.0": "Creative Commons Attribution No Derivatives 3.0 Unported",
    "CC-BY-ND-3.0-DE": "Creative Commons Attribution No Derivatives 3.0 Germany",
    "CC-BY-ND-4.0": "Creative Commons Attribution No Derivatives 4.0 International",
    "CC-BY-SA-1.0": "Creative Commons Attribution Share Alike 1.0 Generic",
    "CC-BY-SA-2.0": "Creative Commons Attribution Share Alike 2.0 Generic",
    "CC-BY-SA-2.0-UK": "Creative Commons Attribution Share Alike 2.0 England and Wales",
    "CC-BY-SA-2.1-JP": "Creative Commons Attribution Share Alike 2.1 Japan",
    "CC-BY-SA-2.5": "Creative Commons Attribution Share Alike 2.5 Generic",
    "CC-BY-SA-3.0": "Creative Commons Attribution Share Alike 3.0 Unported",
    "CC-BY-SA-3.0-AT": "Creative Commons Attribution Share Alike 3.0 Austria",
    "CC-BY-SA-3.0-DE": "Creative Commons Attribution Share Alike 3.0 Germany",
    "CC-BY-SA-3.0-IGO": "Creative Commons Attribution-ShareAlike 3.0 IGO",
    "CC-BY-SA-4.0": "Creative Commons Attribution Share Alike 4.0 International",
    "CC-PDDC": "Creative Commons Public Domain Dedication and Certification",
    "CC-PDM-1.0": "Creative    Commons Public Domain Mark 1.0 Universal",
    "CC-SA-1.0": "Creative Commons Share Alike 1.0 Generic",
    "CC0-1.0": "Creative Commons Zero v1.0 Universal",
    "CDDL-1.0": "Common Development and Distribution License 1.0",
    "CDDL-1.1": "Common Development and Distribution License 1.1",
    "CDL-1.0": "Common Documentation License 1.0",
    "CDLA-Permissive-1.0": "Community Data License Agreement Permissive 1.0",
    "CDLA-Permissive-2.0": "Community Data License Agreement Permissive 2.0",
    "CDLA-Sharing-1.0": "Community Data License Agreement Sharing 1.0",
    "CECILL-1.0": "CeCILL Free Software License Agreement v1.0",
    "CECILL-1.1": "CeCILL Free Software License Agreement v1.1",
    "CECILL-2.0": "CeCILL Free Software License Agreement v2.0",
    "CECILL-2.1": "CeCILL Free Software License Agreement v2.1",
    "CECILL-B": "CeCILL-B Free Software License Agreement",
    "CECILL-C": "CeCILL-C Free Software License Agreement",
    "CERN-OHL-1.1": "CERN Open Hardware Licence v1.1",
    "CERN-OHL-1.2": "CERN Open Hardware Licence v1.2",
    "CERN-OHL-P-2.0": "CERN Open Hardware Licence Version 2 - Permissive",
    "CERN-OHL-S-2.0": "CERN Open Hardware Licence Version 2 - Strongly Reciprocal",
    "CERN-OHL-W-2.0": "CERN Open Hardware Licence Version 2 - Weakly Reciprocal",
    CFITSIO: "CFITSIO License",
    "check-cvs": "check-cvs License",
    checkmk: "Checkmk License",
    ClArtistic: "Clarified Artistic License",
    Clips: "Clips License",
    "CMU-Mach": "CMU Mach License",
    "CMU-Mach-nodoc": "CMU    Mach - no notices-in-documentation variant",
    "CNRI-Jython": "CNRI Jython License",
    "CNRI-Python": "CNRI Python License",
    "CNRI-Python-GPL-Compatible": "CNRI Python Open Source GPL Compatible License Agreement",
    "COIL-1.0": "Copyfree Open Innovation License",
    "Community-Spec-1.0": "Community Specification License 1.0",
    "Condor-1.1": "Condor Public License v1.1",
    "copyleft-next-0.3.0": "copyleft-next 0.3.0",
    "copyleft-next-0.3.1": "copyleft-next 0.3.1",
    "Cornell-Lossless-JPEG": "Cornell Lossless JPEG License",
    "CPAL-1.0": "Common Public Attribution License 1.0",
    "CPL-1.0": "Common Public License 1.0",
    "CPOL-1.02": "Code Project Open License 1.02",
    Cronyx: "Cronyx License",
    Crossword: "Crossword License",
    CryptoSwift: "CryptoSwift License",
    CrystalStacker: "CrystalStacker License",
    "CUA-OPL-1.0": "CUA Office Public License v1.0",
    Cube: "Cube License",
    curl: "curl License",
    "cve-tou": "Common Vulnerability Enumeration ToU License",
    "D-FSL-1.0": "Deutsche Freie Software Lizenz",
    "DEC-3-Clause": "DEC 3-Clause License",
    diffmark: "diffmark license",
    "DL-DE-BY-2.0": "Data licence Germany – attribution – version 2.0",
    "DL-DE-ZERO-2.0": "Data licence Germany – zero – version 2.0",
    DOC: "DOC License",
    "DocBook-DTD": "DocBook DTD License",
    "DocBook-Schema": "DocBook Schema License",
    "DocBook-Stylesheet": "DocBook Stylesheet License",
    "DocBook-XML": "DocBook XML License",
    Dotseqn: "Dotseqn License",
    "DRL-1.0": "Detection Rule License 1.0",
    "DRL-1.1": "Detection Rule License 1.1",
    DSDP: "DSDP License",
    dtoa: "David M. Gay dtoa License",
    dvipdfm: "dvipdfm License",
    "ECL-1.0": "Educational Community License v1.0",
    "ECL-2.0": "Educational Community License v2.0",
    "eCos-2.0": "eCos license version 2.0",
    "EFL-1.0": "Eiffel Forum License v1.0",
    "EFL-2.0": "Eiffel Forum License v2.0",
    eGenix: "eGenix.com Public License 1.1.0",
    "Elastic-2.0": "Elastic License 2.0",
    Entessa: "Entessa Public License v1.0",
    EPICS: "EPICS Open License",
    "EPL-1.0": "Eclipse Public License 1.0",
    "EPL-2.0": "Eclipse Public License 2.0",
    "ErlPL-1.1": "Erlang Public License v1.1",
    "ESA-PL-permissive-2.4": "European Space Agency Public License – v2.4 – Permissive (Type 3)",
    "ESA-PL-strong-copyleft-2.4": "European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)",
    "ESA-PL-weak-copyleft-2.4": "European Space Agency Public License – v2.4 – Weak Copyleft (Type 2)",
    "etalab-2.0": "Etalab Open License 2.0",
    EUDatagrid: "EU DataGrid Software License",
    "EUPL-1.0": "European Union Public License 1.0",
    "EUPL-1.1": "European Union Public License 1.1",
    "EUPL-1.2": "European Union Public License 1.2",
    Eurosym: "Eurosym License",
    Fair: "Fair License",
    FBM: "Fuzzy Bitmap License",
    "FDK-AAC": "Fraunhofer FDK AAC Codec Library",
    "FDK-MPEG-H": "Fraunhofer FDK MPEG-H Software",
    "Ferguson-Twofish": "Ferguson Twofish License",
    "Frameworx-1.0": "Frameworx Open License 1.0",
    "FreeBSD-DOC": "FreeBSD Documentation License",
    FreeImage: "FreeImage Public License v1.0",
    FSFAP: "FSF All Permissive License",
    "FSFAP-no-warranty-disclaimer": "FSF All Permissive License (without Warranty)",
    FSFUL: "FSF Unlimited License",
    FSFULLR: "FSF Unlimited License (with License Retention)",
    FSFULLRSD: "FSF Unlimited License (with License Retention and Short Disclaimer)",
    FSFULLRWD: "FSF Unlimited License (With License Retention and Warranty Disclaimer)",
    "FSL-1.1-ALv2": "Functional Source License, Version 1.1, ALv2 Future License",
    "FSL-1.1-MIT": "Functional Source License, Version 1.1, MIT Future License",
    FTL: "Freetype Project License",
    Furuseth: "Furuseth License",
    fwlw: "fwlw License",
    "Game-Programming-Gems": "Game Programming Gems License",
    "GCR-docs": "Gnome GCR Documentation License",
    GD: "GD License",
    "generic-xts": "Generic XTS License",
    "GFDL-1.1": "GNU Free Documentation License v1.1",
    "GFDL-1.1-invariants-only": "GNU Free Documentation License v1.1 only - invariants",
    "GFDL-1.1-invariants-or-later": "GNU Free Documentation License v1.1 or later - invariants",
    "GFDL-1.1-no-invariants-only": "GNU Free Documentation License v1.1 only - no invariants",
    "GFDL-1.1-no-invariants-or-later": "GNU Free Documentation License v1.1 or later - no invariants",
    "GFDL-1.1-only": "GNU Free Documentation License v1.1 only",
    "GFDL-1.1-or-later": "GNU Free Documentation License v1.1 or later",
    "GFDL-1.2": "GNU Free Documentation License v1.2",
    "GFDL-1.2-invariants-only": "GNU Free Documentation License v1.2 only - invariants",
    "GFDL-1.2-invariants-or-later": "GNU Free Documentation License v1.2 or later - invariants",
    "GFDL-1.2-no-invariants-only": "GNU Free Documentation License v1.2 only - no invariants",
    "GFDL-1.2-no-invariants-or-later": "GNU Free Documentation License v1.2 or later - no invariants",
    "GFDL-1.2-only": "GNU Free Documentation License v1.2 only",
    "GFDL-1.2-or-later": "GNU Free Documentation License v1.2 or later",
    "GFDL-1.3": "GNU Free Documentation License v1.3",
    "GFDL-1.3-invariants-only": "GNU Free Documentation License v1.3 only - invariants",
    "GFDL-1.3-invariants-or-later": "GNU Free Documentation License v1.3 or later - invariants",
    "GFDL-1.3-no-invariants-only": "GNU Free Documentation License v1.3 only - no invariants",
    "GFDL-1.3-no-invariants-or-later": "GNU Free Documentation License v1.3 or later - no invariants",
    "GFDL-1.3-only": "GNU Free Documentation License v1.3 only",
    "GFDL-1.3-or-later": "GNU Free Documentation License v1.3 or later",
    Giftware: "Giftware License",
    GL2PS: "GL2PS License",
    Glide: "3dfx Glide License",
    Glulxe: "Glulxe License",
    GLWTPL: "Good Luck With That Public License",
    gnuplot: "gnuplot License",
    "GPL-1.0": "GNU General Public License v1.0 only",
    "GPL-1.0+": "GNU General Public License v1.0 or later",
    "GPL-1.0-only": "GNU General Public License v1.0 only",
    "GPL-1.0-or-later": "GNU General Public License v1.0 or later",
    "GPL-2.0": "GNU General Public License v2.0 only",
    "GPL-2.0+": "GNU General Public License v2.0 or later",
    "GPL-2.0-only": "GNU General Public License v2.0 only",
    "GPL-2.0-or-later": "GNU General Public License v2.0 or later",
    "GPL-2.0-with-autoconf-exception": "GNU General Public License v2.0 w/Autoconf exception",
    "GPL-2.0-with-bison-exception": "GNU General Public License v2.0 w/Bison exception",
    "GPL-2.0-with-classpath-exception": "GNU General Public License v2.0 w/Classpath exception",
    "GPL-2.0-with-font-exception": "GNU General Public License v2.0 w/Font exception",
    "GPL-2.0-with-GCC-exception": "GNU General Public License v2.0 w/GCC Runtime Library exception",
    "GPL-3.0": "GNU General Public License v3.0 only",
    "GPL-3.0+": "GNU General Public License v3.0 or later",
    "GPL-3.0-only": "GNU General Public License v3.0 only",
    "GPL-3.0-or-later": "GNU General Public License v3.0 or later",
    "GPL-3.0-with-autoconf-exception": "GNU General Public License v3.0 w/Autoconf exception",
    "GPL-3.0-with-GCC-exception": "GNU General Public License v3.0 w/GCC Runtime Library exception",
    "Graphics-Gems": "Graphics Gems License",
    "gSOAP-1.3b": "gSOAP Public License v1.3b",
    gtkbook: "gtkbook License",
    Gutmann: "Gutmann License",
    HaskellReport: "Haskell Language Report License",
    HDF5: "HDF5 License",
    hdparm: "hdparm License",
    HIDAPI: "HIDAPI License",
    "Hippocratic-2.1": "Hippocratic License 2.1",
    "Hippocratic-3.0-core": "Hippocratic License 3.0",
    "HP-1986": "Hewlett-Packard 1986 License",
    "HP-1989": "Hewlett-Packard 1989 License",
    HPND: "Historical Permission Notice and Disclaimer",
    "HPND-DEC": "Historical Permission Notice and Disclaimer - DEC variant",
    "HPND-doc": "Historical Permission Notice and Disclaimer - documentation variant",
    "HPND-doc-sell": "Historical Permission Notice and Disclaimer - documentation sell variant",
    "HPND-export-US": "HPND with US Government export control warning",
    "HPND-export-US-acknowledgement": "HPND with US Government export control warning and acknowledgment",
    "HPND-export-US-modify": "HPND with US Government export control warning and modification rqmt",
    "HPND-export2-US": "HPND with US Government export control and 2 disclaimers",
    "HPND-Fenneberg-Livingston": "Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant",
    "HPND-INRIA-IMAG": "Historical Permission Notice and Disclaimer    - INRIA-IMAG variant",
    "HPND-Intel": "Historical Permission Notice and Disclaimer - Intel variant",
    "HPND-Kevlin-Henney": "Historical Permission Notice and Disclaimer - Kevlin Henney variant",
    "HPND-Markus-Kuhn": "Historical Permission Notice and Disclaimer - Markus Kuhn variant",
    "HPND-merchantability-variant": "Historical Permission Notice and Disclaimer - merchantability variant",
    "HPND-MIT-disclaimer": "Historical Permission Notice and Disclaimer with MIT disclaimer",
    "HPND-Netrek": "Historical Permission Notice and Disclaimer - Netrek variant",
    "HPND-Pbmplus": "Historical Permission Notice and Disclaimer - Pbmplus variant",
    "HPND-sell-MIT-disclaimer-xserver": "Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer",
    "HPND-sell-regexpr": "Historical Permission Notice and Disclaimer - sell regexpr variant",
    "HPND-sell-variant": "Historical Permission Notice and Disclaimer - sell variant",
    "HPND-sell-variant-critical-systems": "HPND - sell variant with safety critical systems clause",
    "HPND-sell-variant-MIT-disclaimer": "HPND sell variant with MIT disclaimer",
    "HPND-sell-variant-MIT-disclaimer-rev": "HPND sell variant with MIT disclaimer - reverse",
    "HPND-SMC": "Historical Permission Notice and Disclaimer - SMC variant",
    "HPND-UC": "Historical Permission Notice and Disclaimer - University of California variant",
    "HPND-UC-export-US": "Historical Permission Notice and Disclaimer - University of California, US export warning",
    HTMLTIDY: "HTML Tidy License",
    "hyphen-bulgarian": "hyphen-bulgarian License",
    "IBM-pibs": "IBM PowerPC Initialization and Boot Software",
    ICU: "ICU License",
    "IEC-Code-Components-EULA": "IEC    Code Components End-user licence agreement",
    IJG: "Independent JPEG Group License",
    "IJG-short": "Independent JPEG Group License - short",
    ImageMagick: "ImageMagick License",
    iMatix: "iMatix Standard Function Library Agreement",
    Imlib2: "Imlib2 License",
    "Info-ZIP": "Info-ZIP License",
    Informatica: "Informatica License",
    "Inner-Net-2.0": "Inner Net License v2.0",
    InnoSetup: "Inno Setup License",
    Intel: "Intel Open Source License",
    "Intel-ACPI": "Intel ACPI Software License Agreement",
    "Interbase-1.0": "Interbase Public License v1.0",
    IPA: "IPA Font License",
    "IPL-1.0": "IBM Public License v1.0",
    ISC: "ISC License",
    "ISC-Veillard": "ISC Veillard variant",
    "ISO-permission": "ISO permission notice",
    Jam: "Jam License",
    "JasPer-2.0": "JasPer License",
    jove: "Jove License",
    "JPL-image": "JPL Image Use Policy",
    JPNIC: "Japan Network Information Center License",
    JSON: "JSON License",
    Kastrup: "Kastrup License",
    Kazlib: "Kazlib License",
    "Knuth-CTAN": "Knuth CTAN License",
    "LAL-1.2": "Licence Art Libre 1.2",
    "LAL-1.3": "Licence Art Libre 1.3",
    Latex2e: "Latex2e License",
    "Latex2e-translated-notice": "Latex2e with translated notice permission",
    Leptonica: "Leptonica License",
    "LGPL-2.0": "GNU Library General Public License v2 only",
    "LGPL-2.0+": "GNU Library General Public License v2 or later",
    "LGPL-2.0-only": "GNU Library General Public License v2 only",
    "LGPL-2.0-or-later": "GNU Library General Public License v2 or later",
    "LGPL-2.1": "GNU Lesser General Public License v2.1 only",
    "LGPL-2.1+": "GNU Lesser General Public License v2.1 or later",
    "LGPL-2.1-only": "GNU Lesser General Public License v2.1 only",
    "LGPL-2.1-or-later": "GNU Lesser General Public License v2.1 or later",
    "LGPL-3.0": "GNU Lesser General Public License v3.0 only",
    "LGPL-3.0+": "GNU Lesser General Public License v3.0 or later",
    "LGPL-3.0-only": "GNU Lesser General Public License v3.0 only",
    "LGPL-3.0-or-later": "GNU Lesser General Public License v3.0 or later",
    LGPLLR: "Lesser General Public License For Linguistic Resources",
    Libpng: "libpng License",
    "libpng-1.6.35": "PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)",
    "libpng-2.0": "PNG Reference Library version 2",
    "libselinux-1.0": "libselinux public domain notice",
    libtiff: "libtiff License",
    "libutil-David-Nugent": "libutil David Nugent License",
    "LiLiQ-P-1.1": "Licence Libre du Québec – Permissive version 1.1",
    "LiLiQ-R-1.1": "Licence Libre du Québec – Réciprocité version 1.1",
    "LiLiQ-Rplus-1.1": "Licence Libre du Québec – Réciprocité forte version 1.1",
    "Linux-man-pages-1-para": "Linux man-pages - 1 paragraph",
    "Linux-man-pages-copyleft": "Linux man-pages Copyleft",
    "Linux-man-pages-copyleft-2-para": "Linux man-pages Copyleft - 2 paragraphs",
    "Linux-man-pages-copyleft-var": "Linux man-pages Copyleft Variant",
    "Linux-OpenIB": "Linux Kernel Variant of OpenIB.org license",
    LOOP: "Common Lisp LOOP License",
    "LPD-document": "LPD Documentation License",
    "LPL-1.0": "Lucent Public License Version 1.0",
    "LPL-1.02": "Lucent Public License v1.02",
    "LPPL-1.0": "LaTeX Project Public License v1.0",
    "LPPL-1.1": "LaTeX Project Public License v1.1",
    "LPPL-1.2": "LaTeX Project Public License v1.2",
    "LPPL-1.3a": "LaTeX Project Public License v1.3a",
    "LPPL-1.3c": "LaTeX Project Public License v1.3c",
    lsof: "lsof License",
    "Lucida-Bitmap-Fonts": "Lucida Bitmap Fonts License",
    "LZMA-SDK-9.11-to-9.20": "LZMA SDK License (versions 9.11 to 9.20)",
    "LZMA-SDK-9.22": "LZMA SDK License (versions 9.22 and beyond)",
    "Mackerras-3-Clause": "Mackerras 3-Clause License",
    "Mackerras-3-Clause-acknowledgment": "Mackerras 3-Clause - acknowledgment variant",
    magaz: "magaz License",
    mailprio: "mailprio License",
    MakeIndex: "MakeIndex License",
    man2html: "man2html License",
    "Martin-Birgmeier": "Martin Birgmeier License",
    "McPhee-slideshow": "McPhee Slideshow License",
    metamail: "metamail License",
    Minpack: "Minpack License",
    MIPS: "MIPS License",
    MirOS: "The MirOS Licence",
    MIT: "MIT License",
    "MIT-0": "MIT No Attribution",
    "MIT-advertising": "Enlightenment License (e16)",
    "MIT-Click": "MIT Click License",
    "MIT-CMU": "CMU License",
    "MIT-enna": "enna License",
    "MIT-feh": "feh License",
    "MIT-Festival": "MIT Festival Variant",
    "MIT-Khronos-old": "MIT Khronos - old variant",
    "MIT-Modern-Variant": "MIT License Modern Variant",
    "MIT-open-group": "MIT Open Group variant",
    "MIT-STK": "MIT-STK License",
    "MIT-testregex": "MIT testregex Variant",
    "MIT-Wu": "MIT Tom Wu Variant",
    MITNFA: "MIT +no-false-attribs license",
    MMIXware: "MMIXware License",
    "MMPL-1.0.1": "Minecraft Mod Public License v1.0.1",
    Motosoto: "Motosoto License",
    "MPEG-SSG": "MPEG Software Simulation",
    "mpi-permissive": "mpi Permissive License",
    mpich2: "mpich2 License",
    "MPL-1.0": "Mozilla Public License 1.0",
    "MPL-1.1": "Mozilla Public License 1.1",
    "MPL-2.0": "Mozilla Public License 2.0",
    "MPL-2.0-no-copyleft-exception": "Mozilla Public License 2.0 (no copyleft exception)",
    mplus: "mplus Font License",
    "MS-LPL": "Microsoft Limited Public License",
    "MS-PL": "Microsoft Public License",
    "MS-RL": "Microsoft Reciprocal License",
    MTLL: "Matrix Template Library License",
    "MulanPSL-1.0": "Mulan Permissive Software License, Version 1",
    "MulanPSL-2.0": "Mulan Permissive Software License, Version 2",
    Multics: "Multics License",
    Mup: "Mup License",
    "MVT-1.1": "MVT License 1.1",
    "NAIST-2003": "Nara Institute of Science and Technology License (2003)",
    "NASA-1.3": "NASA Open Source Agreement 1.3",
    Naumen: "Naumen Public License",
    "NBPL-1.0": "Net Boolean Public License v1",
    "NCBI-PD": "NCBI Public Domain Notice",
    "NCGL-UK-2.0": "Non-Commercial Government Licence",
    NCL: "NCL Source Code License",
    NCSA: "University of Illinois/NCSA Open Source License",
    "Net-SNMP": "Net-SNMP License",
    NetCDF: "NetCDF license",
    Newsletr: "Newsletr License",
    NGPL: "Nethack General Public License",
    ngrep: "ngrep License",
    "NICTA-1.0": "NICTA Public Software License, Version 1.0",
    "NIST-PD": "NIST Public Domain Notice",
    "NIST-PD-fallback": "NIST Public Domain Notice with license fallback",
    "NIST-PD-TNT": "NIST    Public Domain Notice TNT variant",
    "NIST-Software": "NIST Software License",
    "NLOD-1.0": "Norwegian Licence for Open Government Data (NLOD) 1.0",
    "NLOD-2.0": "Norwegian Licence for Open Government Data (NLOD) 2.0",
    NLPL: "No Limit Public License",
    Nokia: "Nokia Open Source License",
    NOSL: "Netizen Open Source License",
    Noweb: "Noweb License",
    "NPL-1.0": "Netscape Public License v1.0",
    "NPL-1.1": "Netscape Public License v1.1",
    "NPOSL-3.0": "Non-Profit Open Software License 3.0",
    NRL: "NRL License",
    "NTIA-PD": "NTIA Public Domain Notice",
    NTP: "NTP License",
    "NTP-0": "NTP No Attribution",
    Nunit: "Nunit License",
    "O-UDA-1.0": "Open Use of Data Agreement v1.0",
    OAR: "OAR License",
    "OCCT-PL": "Open CASCADE Technology Public License",
    "OCLC-2.0": "OCLC Research Public License 2.0",
    "ODbL-1.0": "Open Data Commons Open Database License v1.0",
    "ODC-By-1.0": "Open Data Commons Attribution License v1.0",
    OFFIS: "OFFIS License",
    "OFL-1.0": "SIL Open Font License 1.0",
    "OFL-1.0-no-RFN": "SIL Open Font License 1.0 with no Reserved Font Name",
    "OFL-1.0-RFN": "SIL Open Font License 1.0 with Reserved Font Name",
    "OFL-1.1": "SIL Open Font License 1.1",
    "OFL-1.1-no-RFN": "SIL Open Font License 1.1 with no Reserved Font Name",
    "OFL-1.1-RFN": "SIL Open Font License 1.1 with Reserved Font Name",
    "OGC-1.0": "OGC Software License, Version 1.0",
    "OGDL-Taiwan-1.0": "Taiwan Open Government Data License, version 1.0",
    "OGL-Canada-2.0": "Open Government Licence - Canada",
    "OGL-UK-1.0": "Open Government Licence v1.0",
    "OGL-UK-2.0": "Open Government Licence v2.0",
    "OGL-UK-3.0": "Open Government Licence v3.0",
    OGTSL: "Open Group Test Suite License",
    "OLDAP-1.1": "Open LDAP Public License v1.1",
    "OLDAP-1.2": "Open LDAP Public License v1.2",
    "OLDAP-1.3": "Open LDAP Public License v1.3",
    "OLDAP-1.4": "Open LDAP Public License v1.4",
    "OLDAP-2.0": "Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)",
    "OLDAP-2.0.1": "Open LDAP Public License v2.0.1",
    "OLDAP-2.1": "Open LDAP Public License v2.1",
    "OLDAP-2.2": "Open LDAP Public License v2.2",
    "OLDAP-2.2.1": "Open LDAP Public License v2.2.1",
    "OLDAP-2.2.2": "Open LDAP Public License 2.2.2",
    "OLDAP-2.3": "Open LDAP Public License v2.3",
    "OLDAP-2.4": "Open LDAP Public License v2.4",
    "OLDAP-2.5": "Open LDAP Public License v2.5",
    "OLDAP-2.6": "Open LDAP Public License v2.6",
    "OLDAP-2.7": "Open LDAP Public License v2.7",
    "OLDAP-2.8": "Open LDAP Public License v2.8",
    "OLFL-1.3": "Open Logistics Foundation License Version 1.3",
    OML: "Open Market License",
    "OpenMDW-1.0": "OpenMDW License Agreement v1.0",
    "OpenPBS-2.3": "OpenPBS v2.3 Software License",
    OpenSSL: "OpenSSL License",
    "OpenSSL-standalone": "OpenSSL License - standalone",
    OpenVision: "OpenVision License",
    "OPL-1.0": "Open Public License v1.0",
    "OPL-UK-3.0": "United    Kingdom Open Parliament Licence v3.0",
    "OPUBL-1.0": "Open Publication License v1.0",
    "OSC-1.0": "OSC License 1.0",
    "OSET-PL-2.1": "OSET Public License version 2.1",
    "OSL-1.0": "Open Software License 1.0",
    "OSL-1.1": "Open Software License 1.1",
    "OSL-2.0": "Open Software License 2.0",
    "OSL-2.1": "Open Software License 2.1",
    "OSL-3.0": "Open Software License 3.0",
    OSSP: "OSSP License",
    PADL: "PADL License",
    "ParaType-Free-Font-1.3": "ParaType Free Font Licensing Agreement v1.3",
    "Parity-6.0.0": "The Parity Public License 6.0.0",
    "Parity-7.0.0": "The Parity Public License 7.0.0",
    "PDDL-1.0": "Open Data Commons Public Domain Dedication & License 1.0",
    "PHP-3.0": "PHP License v3.0",
    "PHP-3.01": "PHP License v3.01",
    Pixar: "Pixar License",
    pkgconf: "pkgconf License",
    Plexus: "Plexus Classworlds License",
    pnmstitch: "pnmstitch License",
    "PolyForm-Noncommercial-1.0.0": "PolyForm Noncommercial License 1.0.0",
    "PolyForm-Small-Business-1.0.0": "PolyForm Small Business License 1.0.0",
    PostgreSQL: "PostgreSQL License",
    PPL: "Peer Production License",
    "PSF-2.0": "Python Software Foundation License 2.0",
    psfrag: "psfrag License",
    psutils: "psutils License",
    "Python-2.0": "Python License 2.0",
    "Python-2.0.1": "Python License 2.0.1",
    "python-ldap": "Python ldap License",
    Qhull: "Qhull License",
    "QPL-1.0": "Q Public License 1.0",
    "QPL-1.0-INRIA-2004": "Q Public License 1.0 - INRIA 2004 variant",
    radvd: "radvd License",
    Rdisc: "Rdisc License",
    "RHeCos-1.1": "Red Hat eCos Public License v1.1",
    "RPL-1.1": "Reciprocal Public License 1.1",
    "RPL-1.5": "Reciprocal Public License 1.5",
    "RPSL-1.0": "RealNetworks Public Source License v1.0",
    "RSA-MD": "RSA Message-Digest License",
    RSCPL: "Ricoh Source Code Public License",
    Ruby: "Ruby License",
    "Ruby-pty": "Ruby pty extension license",
    "SAX-PD": "Sax Public Domain Notice",
    "SAX-PD-2.0": "Sax Public Domain Notice 2.0",
    Saxpath: "Saxpath License",
    SCEA: "SCEA Shared Source License",
    SchemeReport: "Scheme Language Report License",
    Sendmail: "Sendmail License",
    "Sendmail-8.23": "Sendmail License 8.23",
    "Sendmail-Open-Source-1.1": "Sendmail Open Source License v1.1",
    "SGI-B-1.0": "SGI Free Software License B v1.0",
    "SGI-B-1.1": "SGI Free Software License B v1.1",
    "SGI-B-2.0": "SGI Free Software License B v2.0",
    "SGI-OpenGL": "SGI OpenGL License",
    "SGMLUG-PM": "SGMLUG Parser Materials License",
    SGP4: "SGP4 Permission Notice",
    "SHL-0.5": "Solderpad Hardware License v0.5",
    "SHL-0.51": "Solderpad Hardware License, Version 0.51",
    "SimPL-2.0": "Simple Public License 2.0",
    SISSL: "Sun Industry Standards Source License v1.1",
    "SISSL-1.2": "Sun Industry Standards Source License v1.2",
    SL: "SL License",
    Sleepycat: "Sleepycat License",
    "SMAIL-GPL": "SMAIL General Public License",
    SMLNJ: "Standard ML of New Jersey License",
    SMPPL: "Secure Messaging Protocol Public License",
    SNIA: "SNIA Public License 1.1",
    snprintf: "snprintf License",
    SOFA: "SOFA Software License",
    softSurfer: "softSurfer License",
    Soundex: "Soundex License",
    "Spencer-86": "Spencer License 86",
    "Spencer-94": "Spencer License 94",
    "Spencer-99": "Spencer License 99",
    "SPL-1.0": "Sun Public License v1.0",
    "ssh-keyscan": "ssh-keyscan License",
    "SSH-OpenSSH": "SSH OpenSSH license",
    "SSH-short": "SSH short notice",
    "SSLeay-standalone": "SSLeay License - standalone",
    "SSPL-1.0": "Server Side Public License, v 1",
    "StandardML-NJ": "Standard ML of New Jersey License",
    "SugarCRM-1.1.3": "SugarCRM Public License v1.1.3",
    "SUL-1.0": "Sustainable Use License v1.0",
    "Sun-PPP": "Sun PPP License",
    "Sun-PPP-2000": "Sun PPP License (2000)",
    SunPro: "SunPro License",
    SWL: "Scheme Widget Library (SWL) Software License Agreement",
    swrule: "swrule License",
    Symlinks: "Symlinks License",
    "TAPR-OHL-1.0": "TAPR Open Hardware License v1.0",
    TCL: "TCL/TK License",
    "TCP-wrappers": "TCP Wrappers License",
    TekHVC: "TekHVC License",
    TermReadKey: "TermReadKey License",
    "TGPPL-1.0": "Transitive Grace Period Public Licence 1.0",
    ThirdEye: "ThirdEye License",
    threeparttable: "threeparttable License",
    TMate: "TMate Open Source License",
    "TORQUE-1.1": "TORQUE v2.5+ Software License v1.1",
    TOSL: "Trusster Open Source License",
    TPDL: "Time::ParseDate License",
    "TPL-1.0": "THOR Public License 1.0",
    TrustedQSL: "TrustedQSL License",
    TTWL: "Text-Tabs+Wrap License",
    TTYP0: "TTYP0 License",
    "TU-Berlin-1.0": "Technische Universitaet Berlin License 1.0",
    "TU-Berlin-2.0": "Technische Universitaet Berlin License 2.0",
    "Ubuntu-font-1.0": "Ubuntu Font Licence v1.0",
    UCAR: "UCAR License",
    "UCL-1.0": "Upstream Compatibility License v1.0",
    ulem: "ulem License",
    "UMich-Merit": "Michigan/Merit Networks License",
    "Unicode-3.0": "Unicode License v3",
    "Unicode-DFS-2015": "Unicode License Agreement - Data Files and Software (2015)",
    "Unicode-DFS-2016": "Unicode License Agreement - Data Files and Software (2016)",
    "Unicode-TOU": "Unicode Terms of Use",
    UnixCrypt: "UnixCrypt License",
    Unlicense: "The Unlicense",
    "Unlicense-libtelnet": "Unlicense - libtelnet variant",
    "Unlicense-libwhirlpool": "Unlicense - libwhirlpool variant",
    UnRAR: "UnRAR License",
    "UPL-1.0": "Universal Permissive License v1.0",
    "URT-RLE": "Utah Raster Toolkit Run Length Encoded License",
    Vim: "Vim License",
    "Vixie-Cron": "Vixie Cron License",
    VOSTROM: "VOSTROM Public License for Open Source",
    "VSL-1.0": "Vovida Software License v1.0",
    W3C: "W3C Software Notice and License (2002-12-31)",
    "W3C-19980720": "W3C Software Notice and License (1998-07-20)",
    "W3C-20150513": "W3C Software Notice and Document License (2015-05-13)",
    w3m: "w3m License",
    "Watcom-1.0": "Sybase Open Watcom Public License 1.0",
    "Widget-Workshop": "Widget Workshop License",
    WordNet: "WordNet License",
    Wsuipa: "Wsuipa License",
    WTFNMFPL: "Do What The F*ck You Want To But It's Not My Fault Public License",
    WTFPL: "Do What The F*ck You Want To Public License",
    wwl: "WWL License",
    wxWindows: "wxWindows Library License",
    X11: "X11 License",
    "X11-distribute-modifications-variant": "X11 License Distribution Modification Variant",
    "X11-no-permit-persons": "X11 no permit persons clause",
    "X11-swapped": "X11 swapped final paragraphs",
    "Xdebug-1.03": "Xdebug License v 1.03",
    Xerox: "Xerox License",
    Xfig: "Xfig License",
    "XFree86-1.1": "XFree86 License 1.1",
    xinetd: "xinetd License",
    "xkeyboard-config-Zinoviev": "xkeyboard-config Zinoviev License",
    xlock: "xlock License",
    Xnet: "X.Net License",
    xpp: "XPP License",
    XSkat: "XSkat License",
    xzoom: "xzoom License",
    "YPL-1.0": "Yahoo! Public License v1.0",
    "YPL-1.1": "Yahoo! Public License v1.1",
    Zed: "Zed License",
    Zeeff: "Zeeff License",
    "Zend-2.0": "Zend License v2.0",
    "Zimbra-1.3": "Zimbra Public License v1.3",
    "Zimbra-1.4": "Zimbra Public License v1.4",
    Zlib: "zlib License",
    "zlib-acknowledgement": "zlib/libpng License with Acknowledgement",
    "ZPL-1.1": "Zope Public License 1.1",
    "ZPL-2.0": "Zope Public License 2.0",
    "ZPL-2.1": "Zope Public License 2.1",
    "389-exception": "389 Directory Server Exception",
    "Asterisk-exception": "Asterisk exception",
    "Asterisk-linking-protocols-exception": "Asterisk linking protocols exception",
    "Autoconf-exception-2.0": "Autoconf exception 2.0",
    "Autoconf-exception-3.0": "Autoconf exception 3.0",
    "Autoconf-exception-generic": "Autoconf generic exception",
    "Autoconf-exception-generic-3.0": "Autoconf generic exception for GPL-3.0",
    "Autoconf-exception-macro": "Autoconf macro exception",
    "Bison-exception-1.24": "Bison exception 1.24",
    "Bison-exception-2.2": "Bison exception 2.2",
    "Bootloader-exception": "Bootloader Distribution Exception",
    "CGAL-linking-exception": "CGAL Linking Exception",
    "Classpath-exception-2.0": "Classpath exception 2.0",
    "Classpath-exception-2.0-short": "Classpath exception 2.0 - short",
    "CLISP-exception-2.0": "CLISP exception 2.0",
    "cryptsetup-OpenSSL-exception": "cryptsetup OpenSSL exception",
    "Digia-Qt-LGPL-exception-1.1": "Digia Qt LGPL Exception version 1.1",
    "DigiRule-FOSS-exception": "DigiRule FOSS License Exception",
    "eCos-exception-2.0": "eCos exception 2.0",
    "erlang-otp-linking-exception": "Erlang/OTP Linking Exception",
    "Fawkes-Runtime-exception": "Fawkes Runtime Exception",
    "FLTK-exception": "FLTK exception",
    "fmt-exception": "fmt exception",
    "Font-exception-2.0": "Font exception 2.0",
    "freertos-exception-2.0": "FreeRTOS Exception 2.0",
    "GCC-exception-2.0": "GCC Runtime Library exception 2.0",
    "GCC-exception-2.0-note": "GCC    Runtime Library exception 2.0 - note variant",
    "GCC-exception-3.1": "GCC Runtime Library exception 3.1",
    "Gmsh-exception": "Gmsh exception",
    "GNAT-exception": "GNAT exception",
    "GNOME-examples-exception": "GNOME examples exception",
    "GNU-compiler-exception": "GNU Compiler Exception",
    "gnu-javamail-exception": "GNU JavaMail exception",
    "Google-Patent-WebM": "Google Additional IP Rights Grant (Patents) - WebM",
    "GPL-3.0-389-ds-base-exception": "GPL-3.0 389 DS Base Exception",
    "GPL-3.0-interface-exception": "GPL-3.0 Interface Exception",
    "GPL-3.0-linking-exception": "GPL-3.0 Linking Exception",
    "GPL-3.0-linking-source-exception": "GPL-3.0 Linking Exception (with Corresponding Source)",
    "GPL-CC-1.0": "GPL Cooperation Commitment 1.0",
    "GStreamer-exception-2005": "GStreamer Exception (2005)",
    "GStreamer-exception-2008": "GStreamer Exception (2008)",
    "harbour-exception": "harbour exception",
    "i2p-gpl-java-exception": "i2p GPL+Java Exception",
    "Independent-modules-exception": "Independent Module Linking exception",
    "KiCad-libraries-exception": "KiCad Libraries Exception",
    "kvirc-openssl-exception": "kvirc OpenSSL Exception",
    "LGPL-3.0-linking-exception": "LGPL-3.0 Linking Exception",
    "libpri-OpenH323-exception": "libpri OpenH323 exception",
    "Libtool-exception": "Libtool Exception",
    "Linux-syscall-note": "Linux Syscall Note",
    LLGPL: "LLGPL Preamble",
    "LLVM-exception": "LLVM Exception",
    "LZMA-exception": "LZMA exception",
    "mif-exception": "Macros and Inline Functions Exception",
    "mxml-exception": "mxml Exception",
    "Nokia-Qt-exception-1.1": "Nokia Qt LGPL exception 1.1",
    "OCaml-LGPL-linking-exception": "OCaml LGPL Linking Exception",
    "OCCT-exception-1.0": "Open CASCADE Exception 1.0",
    "OpenJDK-assembly-exception-1.0": "OpenJDK Assembly exception 1.0",
    "openvpn-openssl-exception": "OpenVPN OpenSSL Exception",
    "PCRE2-exception": "PCRE2 exception",
    "polyparse-exception": "Polyparse Exception",
    "PS-or-PDF-font-exception-20170817": "PS/PDF font exception (2017-08-17)",
    "QPL-1.0-INRIA-2004-exception": "INRIA QPL 1.0 2004 variant exception",
    "Qt-GPL-exception-1.0": "Qt GPL exception 1.0",
    "Qt-LGPL-exception-1.1": "Qt LGPL exception 1.1",
    "Qwt-exception-1.0": "Qwt exception 1.0",
    "romic-exception": "Romic Exception",
    "RRDtool-FLOSS-exception-2.0": "RRDtool FLOSS exception 2.0",
    "rsync-linking-exception": "rsync Linking Exception",
    "SANE-exception": "SANE Exception",
    "SHL-2.0": "Solderpad Hardware License v2.0",
    "SHL-2.1": "Solderpad Hardware License v2.1",
    "Simple-Library-Usage-exception": "Simple Library Usage Exception",
    "Spelling-Provider-LGPL-exception": "Spelling Provider LGPL exception",
    "sqlitestudio-OpenSSL-exception": "sqlitestudio OpenSSL exception",
    "stunnel-exception": "stunnel Exception",
    "SWI-exception": "SWI exception",
    "Swift-exception": "Swift Exception",
    "Texinfo-exception": "Texinfo exception",
    "u-boot-exception-2.0": "U-Boot exception 2.0",
    "UBDL-exception": "Unmodified Binary Distribution exception",
    "Universal-FOSS-exception-1.0": "Universal FOSS Exception, Version 1.0",
    "vsftpd-openssl-exception": "vsftpd OpenSSL exception",
    "WxWindows-exception-3.1": "WxWindows Library Exception 3.1",
    "x11vnc-openssl-exception": "x11vnc OpenSSL Exception"
  }
};

// node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json
var jsf_0_82_SNAPSHOT_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://cyclonedx.org/schema/jsf-0.82.schema.json",
  type: "object",
  title: "JSON Signature Format (JSF) standard",
  $comment: "JSON Signature Format schema is published under the terms of the Apache License 2.0. JSF was developed by Anders Rundgren (anders.rundgren.net@gmail.com) as a part of the OpenKeyStore project. This schema supports the entirely of the JSF standard excluding 'extensions'.",
  definitions: {
    signature: {
      type: "object",
      title: "Signature",
      oneOf: [
        {
          additionalProperties: false,
          properties: {
            signers: {
              type: "array",
              title: "Signature",
              description: "Unique top level property for Multiple Signatures. (multisignature)",
              items: { $ref: "#/definitions/signer" }
            }
          }
        },
        {
          additionalProperties: false,
          properties: {
            chain: {
              type: "array",
              title: "Signature",
              description: "Unique top level property for Signature Chains. (signaturechain)",
              items: { $ref: "#/definitions/signer" }
            }
          }
        },
        {
          title: "Signature",
          description: "Unique top level property for simple signatures. (signaturecore)",
          $ref: "#/definitions/signer"
        }
      ]
    },
    signer: {
      type: "object",
      title: "Signature",
      required: [
        "algorithm",
        "value"
      ],
      additionalProperties: false,
      properties: {
        algorithm: {
          oneOf: [
            {
              type: "string",
              title: "Algorithm",
              description: 'Signature algorithm. The currently recognized JWA [RFC7518] and RFC8037 [RFC8037] asymmetric key algorithms. Note: Unlike RFC8037 [RFC8037] JSF requires explicit Ed* algorithm names instead of "EdDSA".',
              enum: [
                "RS256",
                "RS384",
                "RS512",
                "PS256",
                "PS384",
                "PS512",
                "ES256",
                "ES384",
                "ES512",
                "Ed25519",
                "Ed448",
                "HS256",
                "HS384",
                "HS512"
              ]
            },
            {
              type: "string",
              title: "Algorithm",
              description: "Signature algorithm. Note: If proprietary signature algorithms are added, they must be expressed as URIs.",
              format: "uri"
            }
          ]
        },
        keyId: {
          type: "string",
          title: "Key ID",
          description: "Optional. Application specific string identifying the signature key."
        },
        publicKey: {
          title: "Public key",
          description: "Optional. Public key object.",
          $ref: "#/definitions/publicKey"
        },
        certificatePath: {
          type: "array",
          title: "Certificate path",
          description: "Optional. Sorted array of X.509 [RFC5280] certificates, where the first element must contain the signature certificate. The certificate path must be contiguous but is not required to be complete.",
          items: {
            type: "string"
          }
        },
        excludes: {
          type: "array",
          title: "Excludes",
          description: 'Optional. Array holding the names of one or more application level properties that must be excluded from the signature process. Note that the "excludes" property itself, must also be excluded from the signature process. Since both the "excludes" property and the associated data it points to are unsigned, a conforming JSF implementation must provide options for specifying which properties to accept.',
          items: {
            type: "string"
          }
        },
        value: {
          type: "string",
          title: "Signature",
          description: "The signature data. Note that the binary representation must follow the JWA [RFC7518] specifications."
        }
      }
    },
    keyType: {
      type: "string",
      title: "Key type",
      description: "Key type indicator.",
      enum: [
        "EC",
        "OKP",
        "RSA"
      ]
    },
    publicKey: {
      title: "Public key",
      description: "Optional. Public key object.",
      type: "object",
      required: [
        "kty"
      ],
      additionalProperties: true,
      properties: {
        kty: {
          $ref: "#/definitions/keyType"
        }
      },
      allOf: [
        {
          if: {
            properties: { kty: { const: "EC" } }
          },
          then: {
            required: [
              "kty",
              "crv",
              "x",
              "y"
            ],
            additionalProperties: false,
            properties: {
              kty: {
                $ref: "#/definitions/keyType"
              },
              crv: {
                type: "string",
                title: "Curve name",
                description: "EC curve name.",
                enum: [
                  "P-256",
                  "P-384",
                  "P-521"
                ]
              },
              x: {
                type: "string",
                title: "Coordinate",
                description: 'EC curve point X. The length of this field must be the full size of a coordinate for the curve specified in the "crv" parameter. For example, if the value of "crv" is "P-521", the decoded argument must be 66 bytes.'
              },
              y: {
                type: "string",
                title: "Coordinate",
                description: 'EC curve point Y. The length of this field must be the full size of a coordinate for the curve specified in the "crv" parameter. For example, if the value of "crv" is "P-256", the decoded argument must be 32 bytes.'
              }
            }
          }
        },
        {
          if: {
            properties: { kty: { const: "OKP" } }
          },
          then: {
            required: [
              "kty",
              "crv",
              "x"
            ],
            additionalProperties: false,
            properties: {
              kty: {
                $ref: "#/definitions/keyType"
              },
              crv: {
                type: "string",
                title: "Curve name",
                description: "EdDSA curve name.",
                enum: [
                  "Ed25519",
                  "Ed448"
                ]
              },
              x: {
                type: "string",
                title: "Coordinate",
                description: 'EdDSA curve point X. The length of this field must be the full size of a coordinate for the curve specified in the "crv" parameter. For example, if the value of "crv" is "Ed25519", the decoded argument must be 32 bytes.'
              }
            }
          }
        },
        {
          if: {
            properties: { kty: { const: "RSA" } }
          },
          then: {
            required: [
              "kty",
              "n",
              "e"
            ],
            additionalProperties: false,
            properties: {
              kty: {
                $ref: "#/definitions/keyType"
              },
              n: {
                type: "string",
                title: "Modulus",
                description: "RSA modulus."
              },
              e: {
                type: "string",
                title: "Exponent",
                description: "RSA exponent."
              }
            }
          }
        }
      ]
    }
  }
};

// packages/sbom/src/validate.ts
var validator;
var IRI_REFERENCE = /^[^\s<>"{}|\\^`]*$/u;
var IDN_EMAIL = /^[^\s@]+@[^\s@]+$/u;
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function fastUniqueItems(schema) {
  if (Array.isArray(schema)) return schema.map(fastUniqueItems);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === "uniqueItems" && v === true) out.uniqueItemsByValue = true;
    else out[k] = fastUniqueItems(v);
  }
  return out;
}
function compile() {
  const ajv = createAjv("07");
  ajv.addFormat("iri-reference", IRI_REFERENCE);
  ajv.addFormat("idn-email", IDN_EMAIL);
  ajv.addKeyword({
    keyword: "uniqueItemsByValue",
    type: "array",
    schemaType: "boolean",
    error: { message: "must NOT have duplicate items" },
    validate: (_enabled, data) => new Set(data.map(canonical)).size === data.length
  });
  const base = "http://cyclonedx.org/schema/";
  ajv.addSchema(fastUniqueItems({ ...spdx_SNAPSHOT_schema_default, $id: `${base}spdx.SNAPSHOT.schema.json` }));
  ajv.addSchema(fastUniqueItems({ ...jsf_0_82_SNAPSHOT_schema_default, $id: `${base}jsf-0.82.SNAPSHOT.schema.json` }));
  return ajv.compile(fastUniqueItems(bom_1_6_SNAPSHOT_schema_default));
}
var BOM_SCHEMA_ID = bom_1_6_SNAPSHOT_schema_default.$id;
function validateBom(bom) {
  validator ??= compile();
  if (validator(bom)) return [];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of validator.errors ?? []) {
    const v = { field: formatFieldPath(errorSegments(e)), message: describeAjvError(e) };
    const key = `${v.field}\0${v.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

// packages/sbom/src/completeness.ts
var MODEL_FIELDS = [
  "description",
  "supplier",
  "license",
  "task",
  "approach",
  "architecture",
  "architecture.family",
  "architecture.model",
  "inputs",
  "outputs",
  "performanceMetrics",
  "datasets",
  "considerations.users",
  "considerations.useCases",
  "considerations.technicalLimitations",
  "considerations.performanceTradeoffs",
  "considerations.ethicalConsiderations",
  "considerations.fairnessAssessments",
  "baseModel",
  "training.runId",
  "training.commit",
  "training.repository"
];
var DEFAULT_REQUIRED_FIELDS = [
  "task",
  "architecture",
  "inputs",
  "outputs",
  "performanceMetrics",
  "datasets",
  "considerations.users",
  "considerations.technicalLimitations",
  "considerations.ethicalConsiderations",
  "training.commit"
];
function parseRequiredFields(names) {
  for (const n of names) {
    if (!MODEL_FIELDS.includes(n)) {
      throw new GateError("INPUT_INVALID", `'${n}' is not a model-card field; use: ${MODEL_FIELDS.join(", ")}`, {
        field: "required-model-fields"
      });
    }
  }
  return names;
}
function present(value) {
  if (value === void 0 || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(present);
  return true;
}
function checkCompleteness(loaded, required) {
  return loaded.manifest.models.map((m, index) => {
    const have = [];
    const missing = [];
    for (const field of required) {
      const value = field.split(".").reduce((o, k) => o?.[k], m);
      (present(value) ? have : missing).push(field);
    }
    const line = loaded.lineOf(["models", index, "name"]);
    return { model: `${m.name}@${m.version}`, index, ...line ? { line } : {}, present: have, missing };
  });
}

// packages/sbom/src/spdx.ts
function spdxId(ref, used) {
  const base = `SPDXRef-${ref.replace(/[^A-Za-z0-9.-]+/g, "-")}`.slice(0, 200);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
var PURPOSE = {
  application: "APPLICATION",
  library: "LIBRARY",
  framework: "FRAMEWORK",
  container: "CONTAINER",
  "operating-system": "OPERATING-SYSTEM",
  file: "FILE",
  "machine-learning-model": "OTHER",
  data: "OTHER"
};
function toPackage(c, id) {
  const hashes = c.hashes ?? [];
  const licenses = c.licenses ?? [];
  const declared = licenses.map((l) => l.expression ?? l.license?.id).filter(Boolean);
  const pkg = {
    SPDXID: id,
    name: String(c.name),
    versionInfo: c.version === void 0 ? void 0 : String(c.version),
    downloadLocation: "NOASSERTION",
    filesAnalyzed: false,
    primaryPackagePurpose: PURPOSE[String(c.type)] ?? "OTHER",
    licenseConcluded: "NOASSERTION",
    licenseDeclared: declared.length === 1 ? declared[0] : "NOASSERTION",
    copyrightText: "NOASSERTION"
  };
  if (pkg.versionInfo === void 0) delete pkg.versionInfo;
  const checksums = hashes.filter((h) => ["SHA-256", "SHA-512", "SHA-1", "SHA-384"].includes(h.alg)).map((h) => ({ algorithm: h.alg.replace("-", ""), checksumValue: h.content }));
  if (checksums.length > 0) pkg.checksums = checksums;
  if (c.purl) {
    pkg.externalRefs = [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: c.purl }];
  }
  if (c.type === "machine-learning-model" || c.type === "data") {
    const card = c.modelCard;
    const task = card?.modelParameters?.task;
    pkg.comment = `CycloneDX ${String(c.type)}${task ? ` (task: ${String(task)})` : ""}; model card in the CycloneDX document`;
  }
  if (c.description) pkg.description = String(c.description);
  return pkg;
}
function toSpdx(bom, documentName) {
  const used = /* @__PURE__ */ new Set(["SPDXRef-DOCUMENT"]);
  const ids = /* @__PURE__ */ new Map();
  const packages = [];
  const visit = (c) => {
    const ref = String(c["bom-ref"] ?? `${String(c.name)}@${String(c.version ?? "")}`);
    const id = spdxId(ref, used);
    ids.set(ref, id);
    packages.push(toPackage(c, id));
    for (const child of c.components ?? []) visit(child);
  };
  const meta = bom.metadata ?? {};
  const root = meta.component;
  if (root) visit(root);
  for (const c of bom.components ?? []) visit(c);
  const relationships = [];
  if (root) {
    relationships.push({
      spdxElementId: "SPDXRef-DOCUMENT",
      relationshipType: "DESCRIBES",
      relatedSpdxElement: ids.get(String(root["bom-ref"]))
    });
  }
  for (const d of bom.dependencies ?? []) {
    const from = ids.get(d.ref);
    for (const to of d.dependsOn ?? []) {
      if (from && ids.get(to)) {
        relationships.push({ spdxElementId: from, relationshipType: "DEPENDS_ON", relatedSpdxElement: ids.get(to) });
      }
    }
  }
  const serial = String(bom.serialNumber ?? "").replace(/^urn:uuid:/, "");
  return {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: documentName,
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(documentName)}-${serial}`,
    creationInfo: {
      created: String(meta.timestamp ?? (/* @__PURE__ */ new Date()).toISOString()).replace(/\.\d+Z$/, "Z"),
      creators: [`Tool: ${TOOL_NAME}-${VERSION}`]
    },
    packages,
    relationships
  };
}

// packages/sbom/src/inputs.ts
import { generateKeyPairSync } from "node:crypto";
async function parseSbomInputs(raw, ctx) {
  const signing = raw.oneOf("signing", ["keyless", "key", "ephemeral", "none"], "keyless");
  const keyValue = raw.optional("key");
  if (signing === "key" && keyValue === void 0) {
    throw new GateError("INPUT_MISSING", "input 'key' is required with signing: key", { field: "key" });
  }
  if (signing !== "key" && keyValue !== void 0) {
    throw new GateError("INPUT_CONFLICT", `input 'key' is given but signing is '${signing}'; set signing: key`, {
      field: "signing"
    });
  }
  const imageText = raw.optional("image");
  const image = imageText === void 0 ? void 0 : parseReference(imageText, "image");
  const pushToRegistry = raw.boolean("push-to-registry", true);
  const pushToGithub = raw.boolean("push-to-github", false);
  if (pushToGithub && !image) {
    throw new GateError("INPUT_MISSING", "input 'image' is required with push-to-github: true", { field: "image" });
  }
  if ((pushToGithub || pushToRegistry && image) && signing === "none") {
    throw new GateError("INPUT_CONFLICT", "an attestation is pushed only when signed; signing is none", {
      field: "signing",
      hint: "Set push-to-registry: false and push-to-github: false, or sign"
    });
  }
  const required = raw.list("required-model-fields");
  const inputs = {
    lockfiles: raw.list("lockfiles"),
    requiredModelFields: required.length > 0 ? parseRequiredFields(required) : DEFAULT_REQUIRED_FIELDS,
    pushToRegistry: pushToRegistry && image !== void 0,
    pushToGithub,
    signing,
    output: await fileInput(raw, ctx, "output", { mustExist: false })
  };
  const sbom = await fileInput(raw, ctx, "sbom", { mustExist: true });
  if (sbom) inputs.sbom = sbom;
  const models = await fileInput(raw, ctx, "models", { mustExist: true });
  if (models) inputs.models = models;
  if (image) inputs.image = image;
  if (keyValue !== void 0) inputs.key = (await pemInput(raw, ctx, "key")).pem;
  if (signing === "ephemeral") {
    inputs.key = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    ctx.log.warning(
      "sbom-attest signs with an ephemeral key made for this run; use signing keyless (in Actions) or key for an attestation others can trust"
    );
  }
  const trustedRoot = await fileInput(raw, ctx, "trusted-root", { mustExist: true });
  if (trustedRoot) inputs.trustedRoot = trustedRoot;
  const spdx = await fileInput(raw, ctx, "spdx-output", { mustExist: false });
  if (spdx) inputs.spdxOutput = spdx;
  const token = raw.optional("github-token");
  if (token) inputs.githubToken = token;
  return inputs;
}

// packages/sbom/src/build.ts
import { readFile as readFile3 } from "node:fs/promises";
import * as path2 from "node:path";
var SBOM_ARTICLES = ["Art.11(1)", "Art.17(1)"];
async function hashManifestFiles(ctx, loaded, manifestAbs) {
  const base = path2.dirname(manifestAbs);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const hashOne = async (rel, field) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const fieldPath = field.map((s) => typeof s === "number" ? `[${s}]` : `.${s}`).join("").slice(1);
    const line = loaded.lineOf(field);
    const where = { file: loaded.display, field: fieldPath, ...line ? { line } : {} };
    let absolute;
    try {
      absolute = await resolveInside(ctx.workspace, path2.join(path2.relative(ctx.workspace, base), rel), {
        field: fieldPath,
        mustExist: true
      });
    } catch (error) {
      const e = toGateError(error);
      throw new GateError(e.code, `${rel}: ${e.detail}`, { ...where, cause: error });
    }
    const digest = await sha256File(absolute, rel).catch((error) => {
      const e = toGateError(error);
      throw new GateError(e.code, `${rel}: ${e.detail}`, where);
    });
    out.push({ path: rel, ...digest });
  };
  for (const [i, m] of loaded.manifest.models.entries()) {
    for (const [j, f] of m.files.entries()) await hashOne(f, ["models", i, "files", j]);
    for (const [k, d] of (m.datasets ?? []).entries()) {
      for (const [j, f] of (d.files ?? []).entries()) await hashOne(f, ["models", i, "datasets", k, "files", j]);
    }
  }
  return out;
}
async function readLockfiles(ctx, inputs) {
  const detect = inputs.lockfiles.length === 0;
  const matched = await expandGlobs(detect ? LOCKFILE_PATTERNS : inputs.lockfiles, {
    workspace: ctx.workspace,
    field: "lockfiles",
    allowEmpty: detect
  });
  const packages = [];
  for (const m of matched) packages.push(...await readLockfile(m.absolute, m.relative));
  return { files: matched.map((m) => m.relative), packages };
}
async function buildSbom(ctx, inputs, now) {
  const { files: lockfiles, packages } = await readLockfiles(ctx, inputs);
  const loaded = inputs.models ? await loadModelsManifest(inputs.models.absolute, inputs.models.display) : void 0;
  const hashed = loaded && inputs.models ? await hashManifestFiles(ctx, loaded, inputs.models.absolute) : [];
  let base;
  if (inputs.sbom) {
    let text;
    try {
      text = await readFile3(inputs.sbom.absolute, "utf8");
    } catch (error) {
      throw toGateError(error, inputs.sbom.display);
    }
    const json = parseJsonText(text, inputs.sbom.display);
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new GateError("SCHEMA_VIOLATION", "an SBOM must be a JSON object", { file: inputs.sbom.display });
    }
    base = { json, sha256: sha256Hex(text) };
  }
  if (lockfiles.length === 0 && !loaded && !base) {
    throw new GateError(
      "EMPTY_INPUT",
      "nothing to describe: no lockfile found, no models manifest, no SBOM to extend",
      {
        field: "lockfiles",
        hint: "Give lockfiles, models or sbom; an empty SBOM is never a pass"
      }
    );
  }
  const system = loaded?.manifest.system ?? { name: ctx.run.repository ?? path2.basename(ctx.workspace) };
  let bom = buildBom({
    packages,
    ...loaded ? { manifest: loaded.manifest } : {},
    fileHashes: new Map(hashed.map((h) => [h.path, h])),
    system: {
      name: system.name,
      ..."version" in system && system.version ? { version: system.version } : {},
      ..."intendedPurpose" in system && system.intendedPurpose ? { description: system.intendedPurpose } : {}
    },
    timestamp: now
  });
  if (base && inputs.sbom) bom = mergeInto(base.json, bom, inputs.sbom.display, base.sha256);
  const checks = [];
  const components = bom.components ?? [];
  const modelCount = components.filter((c) => c.type === "machine-learning-model").length;
  const datasetCount = components.filter((c) => c.type === "data").length;
  checks.push(
    makeCheck(
      "sbom-built",
      "SBOM built from the build inputs",
      SBOM_ARTICLES,
      "pass",
      `${components.length} component(s): ${packages.length} locked package(s) from ${lockfiles.length} lockfile(s), ${modelCount} model(s), ${datasetCount} dataset(s)${inputs.sbom ? `, extending ${inputs.sbom.display}` : ""}`,
      { evidence: { lockfiles, ...inputs.sbom ? { extends: inputs.sbom.display } : {} } }
    )
  );
  const unpinned = packages.filter((p) => p.version === void 0);
  if (packages.length > 0) {
    checks.push(
      makeCheck(
        "dependencies-pinned",
        "Every dependency is pinned to one version",
        ["Art.15(5)", "Art.17(1)"],
        unpinned.length === 0 ? "pass" : "fail",
        unpinned.length === 0 ? `all ${packages.length} locked package(s) have an exact version` : `${unpinned.length} requirement(s) without an exact version: ${unpinned.map((p) => `${p.name} ${p.specifier}`).join(", ")}`,
        { locations: unpinned.map((p) => ({ file: p.file, ...p.line ? { line: p.line } : {}, field: p.name })) }
      )
    );
  }
  checks.push(
    makeCheck(
      "models-listed",
      "The AI models are in the SBOM",
      SBOM_ARTICLES,
      modelCount > 0 ? "pass" : "fail",
      modelCount > 0 ? `${modelCount} machine-learning-model component(s), ${hashed.length} model and dataset file(s) hashed` : "no machine-learning-model component: give the models manifest (models) so the SBOM covers the model artefacts",
      hashed.length > 0 ? { evidence: { files: hashed } } : {}
    )
  );
  const violations = validateBom(bom);
  checks.push(
    makeCheck(
      "sbom-schema-valid",
      "Valid CycloneDX 1.6",
      SBOM_ARTICLES,
      violations.length === 0 ? "pass" : "fail",
      violations.length === 0 ? "the SBOM validates against the official CycloneDX 1.6 JSON schema" : `${violations.length} schema violation(s): ${violations.slice(0, 5).map((v) => `${v.field}: ${v.message}`).join("; ")}`,
      { locations: violations.slice(0, 50).map((v) => ({ field: v.field })) }
    )
  );
  if (loaded) {
    const results = checkCompleteness(loaded, inputs.requiredModelFields);
    const incomplete = results.filter((r) => r.missing.length > 0);
    const locations = incomplete.map((r) => ({
      file: loaded.display,
      ...r.line ? { line: r.line } : {},
      field: `models[${r.index}]: ${r.missing.join(", ")}`
    }));
    checks.push(
      makeCheck(
        "model-card-complete",
        "Model cards have the required fields",
        ["Art.11(1)", "Art.13(3)"],
        incomplete.length === 0 ? "pass" : "fail",
        incomplete.length === 0 ? `${results.length} model card(s) have all ${inputs.requiredModelFields.length} required field(s)` : incomplete.map((r) => `${r.model} lacks ${r.missing.join(", ")}`).join("; "),
        {
          locations,
          evidence: {
            required: inputs.requiredModelFields,
            models: results.map((r) => ({ model: r.model, present: r.present, missing: r.missing }))
          }
        }
      )
    );
  }
  const files = hashed.map((h) => ({
    ...h,
    path: toPosixRelative(ctx.workspace, path2.resolve(path2.dirname(inputs.models.absolute), h.path))
  }));
  return {
    bom,
    checks,
    lockfiles,
    packages,
    models: modelCount,
    datasets: datasetCount,
    files,
    ok: checks.every((c) => c.status === "pass")
  };
}

// packages/sbom/src/attest.ts
import { createPublicKey } from "node:crypto";
var CYCLONEDX_PREDICATE_TYPE = "https://cyclonedx.org/bom";
var ATTEST_ARTICLES = ["Art.12(1)", "Art.15(5)", "Art.17(1)"];
async function resolveSubject(ctx, inputs) {
  if (!inputs.image) return void 0;
  const client = registryClientFor(ctx, inputs.image, inputs.githubToken);
  const digest = await client.resolve(inputs.image);
  const manifest = await client.getManifest(inputs.image, digest);
  if (!manifest) throw new GateError("IMAGE_NOT_FOUND", `${formatReference(inputs.image)} vanished while reading it`);
  return {
    name: `${inputs.image.registry}/${inputs.image.repository}`,
    digest,
    mediaType: manifest.mediaType,
    size: manifest.bytes.length
  };
}
async function trustFor(ctx, inputs) {
  if (!inputs.trustedRoot && (inputs.signing === "key" || inputs.signing === "ephemeral"))
    return keyOnlyTrustedRoot("(none: key only)");
  return trustedRootFor(inputs.trustedRoot, (r) => ctx.recordResource(r));
}
async function signingOptions(ctx, inputs, trust, token) {
  if (inputs.signing === "key" || inputs.signing === "ephemeral") {
    const tlog = trust.root.tlogs.find((t) => t.baseUrl)?.baseUrl;
    const tsa = trust.root.timestampAuthorities.find((t) => t.uri)?.uri;
    return {
      mode: "key",
      privateKey: inputs.key,
      ...ctx.env.COSIGN_PASSWORD ? { passphrase: ctx.env.COSIGN_PASSWORD } : {},
      ...tlog ? { rekorURL: tlog } : {},
      ...tsa ? { tsaURL: tsa } : {}
    };
  }
  const services = inputs.trustedRoot ? servicesOf(trust) : PUBLIC_GOOD;
  if (!token) throw new GateError("INTERNAL", "keyless signing without an identity token");
  ctx.recordResource({ kind: "oidc", uri: token.url ?? token.source, method: "GET", status: "ok" });
  ctx.recordResource({ kind: "http", uri: `${services.fulcioURL}/api/v2/signingCert`, method: "POST" });
  if (services.rekorURL)
    ctx.recordResource({ kind: "transparency-log", uri: `${services.rekorURL}/api/v1/log/entries`, method: "POST" });
  if (services.tsaURL) ctx.recordResource({ kind: "http", uri: `${services.tsaURL}/api/v1/timestamp`, method: "POST" });
  return {
    mode: "keyless",
    identityToken: token.token,
    fulcioURL: services.fulcioURL,
    ...services.rekorURL ? { rekorURL: services.rekorURL } : {},
    ...services.tsaURL ? { tsaURL: services.tsaURL } : {}
  };
}
function selfPolicy(bundle, trust, inputs, offline) {
  const cert = bundle.verificationMaterial.certificate?.rawBytes;
  if (cert) {
    const claims = fulcioClaims(Buffer.from(cert, "base64"));
    return {
      trust,
      policy: { certificateIdentity: claims.subjectAlternativeName ?? "", certificateOidcIssuer: claims.issuer ?? "" }
    };
  }
  const publicKey = bundle.verificationMaterial.publicKey;
  if (!publicKey) throw new GateError("INTERNAL", "the signed bundle has neither a certificate nor a key");
  const pem = createPublicKey(inputs.key).export({ format: "pem", type: "spki" }).toString();
  return { trust, publicKey: pem, ignoreTlog: offline };
}
async function attest(ctx, inputs, bom, subject) {
  const token = inputs.signing === "keyless" ? await getIdentityToken(ctx.env, ctx.signal) : void 0;
  const trust = await trustFor(ctx, inputs);
  const options = await signingOptions(ctx, inputs, trust, token);
  const statement = {
    _type: "https://in-toto.io/Statement/v1",
    subject: [{ name: subject.name, digest: { sha256: subject.digest.replace(/^sha256:/, "") } }],
    predicateType: CYCLONEDX_PREDICATE_TYPE,
    predicate: bom
  };
  const bundle = await signStatement(statement, options);
  const offline = options.mode === "key" && !options.rekorURL;
  const verify = selfPolicy(bundle, trust, inputs, offline);
  const signer = verify.policy ? `${verify.policy.certificateIdentity} (issuer ${verify.policy.certificateOidcIssuer})` : inputs.signing === "ephemeral" ? "an ephemeral key made for this run (trust it only through the public key written beside the bundle)" : "the given key";
  const tlog = (bundle.verificationMaterial.tlogEntries ?? [])[0];
  const checks = [
    makeCheck(
      "attestation-signed",
      "SBOM attestation signed",
      ATTEST_ARTICLES,
      "pass",
      `in-toto statement (${CYCLONEDX_PREDICATE_TYPE}) about ${subject.digest} signed by ${signer}${tlog ? `, Rekor log index ${tlog.logIndex}` : offline ? ", offline (no transparency log)" : ""}`,
      {
        evidence: {
          subject: subject.digest,
          signing: inputs.signing === "ephemeral" ? "ephemeral" : options.mode,
          ...tlog ? { logIndex: tlog.logIndex } : {}
        }
      }
    )
  ];
  const outputs = {};
  const bundleText = JSON.stringify(bundle);
  if (inputs.pushToRegistry && inputs.image) {
    const client = registryClientFor(ctx, inputs.image, inputs.githubToken);
    const attached = await attachBundle(
      client,
      inputs.image,
      { digest: subject.digest, mediaType: subject.mediaType, size: subject.size },
      Buffer.from(bundleText),
      CYCLONEDX_PREDICATE_TYPE
    );
    outputs["attestation-digest"] = attached.digest;
    outputs["attestation-location"] = attached.via;
    checks.push(
      makeCheck(
        "attestation-attached",
        "Attestation attached to the image",
        ATTEST_ARTICLES,
        "pass",
        `referrer ${attached.digest} of ${formatReference({ ...inputs.image, digest: subject.digest })} via the ${attached.via === "referrers-api" ? "OCI referrers API" : "referrers-tag fallback"} (bundle ${attached.bundleSize} bytes)`,
        { locations: [{ resource: formatReference({ ...inputs.image, digest: subject.digest }) }] }
      )
    );
    const found = (await findBundles(client, inputs.image, subject.digest)).find(
      (b) => b.manifestDigest === attached.digest
    );
    let status = "fail";
    let message;
    if (!found) message = `the attestation ${attached.digest} is not among the image's referrers`;
    else if (found.error || found.bundle === void 0) message = `the attestation cannot be read back: ${found.error}`;
    else {
      try {
        const v = verifyBundle(found.bundle, { digest: subject.digest }, verify);
        status = v.statement?.predicateType === CYCLONEDX_PREDICATE_TYPE ? "pass" : "fail";
        message = status === "pass" ? `read back by ${subject.digest} (${found.via}) and verified against ${trust.source}` : `read back, but its predicate type is ${v.statement?.predicateType}`;
      } catch (error) {
        message = `read back, but it does not verify: ${error.message}`;
      }
    }
    checks.push(
      makeCheck("attestation-verified", "Attestation found by digest and verified", ATTEST_ARTICLES, status, message)
    );
  } else {
    try {
      verifyBundle(bundle, { digest: subject.digest }, verify);
      checks.push(
        makeCheck(
          "attestation-verified",
          "Attestation verified",
          ATTEST_ARTICLES,
          "pass",
          `verified against ${trust.source}`
        )
      );
    } catch (error) {
      checks.push(
        makeCheck("attestation-verified", "Attestation verified", ATTEST_ARTICLES, "fail", error.message)
      );
    }
  }
  if (inputs.pushToGithub) checks.push(await storeOnGitHub(ctx, inputs, bundle, bundleText, outputs));
  return { checks, bundle, outputs };
}
async function storeOnGitHub(ctx, inputs, bundle, bundleText, outputs) {
  const title = "Attestation stored through GitHub";
  const size = Buffer.byteLength(bundleText) + 12;
  if (size > GITHUB_ATTESTATION_MAX_BYTES) {
    return makeCheck(
      "attestation-github",
      title,
      ATTEST_ARTICLES,
      inputs.pushToRegistry ? "skipped" : "fail",
      `the bundle is ${size} bytes, over GitHub's 16 MiB limit: ${inputs.pushToRegistry ? "it is kept in the registry as a referrer only" : "and it was not pushed to the registry either"}`
    );
  }
  const api = githubApiFor(ctx, inputs.githubToken, "push-to-github");
  const id = await storeAttestation(api, bundle);
  outputs["github-attestation-id"] = id;
  return makeCheck(
    "attestation-github",
    title,
    ATTEST_ARTICLES,
    "pass",
    `stored in ${api.repository} as attestation ${id}`
  );
}

// packages/sbom/src/gate.ts
import { createPublicKey as createPublicKey2 } from "node:crypto";
function publicKeyPathFor(output) {
  return output.replace(/(\.json)?$/i, ".pub.pem");
}
function bundlePathFor(output) {
  return output.replace(/(\.json)?$/i, ".sigstore.json");
}
async function writeOutput(absolute, display, text, role) {
  await writeFileAtomic(absolute, text, { displayPath: display });
  return { path: display, sha256: sha256Hex(text), size: Buffer.byteLength(text), role: "output", category: role };
}
async function run(inputs, ctx) {
  const now = /* @__PURE__ */ new Date();
  const subjectImage = await resolveSubject(ctx, inputs);
  const built = await buildSbom(ctx, inputs, now);
  const checks = [...built.checks];
  const evidence = built.files.map((f) => ({
    path: f.path,
    sha256: f.sha256,
    size: f.size,
    role: "input",
    category: "model-artefact"
  }));
  const sbomText = JSON.stringify(built.bom, null, 2) + "\n";
  const sbomSha256 = sha256Hex(sbomText);
  evidence.push(await writeOutput(inputs.output.absolute, inputs.output.display, sbomText, "sbom"));
  const outputs = {
    "sbom-path": inputs.output.display,
    "sbom-sha256": sbomSha256,
    "component-count": String((built.bom.components ?? []).length),
    "model-count": String(built.models)
  };
  if (inputs.spdxOutput) {
    const spdx = JSON.stringify(toSpdx(built.bom, inputs.output.display), null, 2) + "\n";
    evidence.push(await writeOutput(inputs.spdxOutput.absolute, inputs.spdxOutput.display, spdx, "spdx"));
    outputs["spdx-path"] = inputs.spdxOutput.display;
  }
  if (subjectImage) outputs["image-digest"] = subjectImage.digest;
  if (inputs.signing !== "none") {
    if (!built.ok) {
      checks.push(
        makeCheck(
          "attestation-signed",
          "SBOM attestation signed",
          ATTEST_ARTICLES,
          "skipped",
          "not signed: an SBOM that failed a check is never attested"
        )
      );
    } else {
      const subject2 = subjectImage ?? { name: inputs.output.display, digest: `sha256:${sbomSha256}` };
      const attested = await attest(ctx, inputs, built.bom, subject2);
      checks.push(...attested.checks);
      Object.assign(outputs, attested.outputs);
      const bundlePath = bundlePathFor(inputs.output.absolute);
      const bundleDisplay = bundlePathFor(inputs.output.display);
      evidence.push(
        await writeOutput(bundlePath, bundleDisplay, JSON.stringify(attested.bundle) + "\n", "sigstore-bundle")
      );
      outputs["bundle-path"] = bundleDisplay;
      if (inputs.signing === "ephemeral") {
        const pem = createPublicKey2(inputs.key).export({ format: "pem", type: "spki" }).toString();
        const keyDisplay = publicKeyPathFor(inputs.output.display);
        evidence.push(await writeOutput(publicKeyPathFor(inputs.output.absolute), keyDisplay, pem, "public-key"));
        outputs["public-key-path"] = keyDisplay;
      }
    }
  }
  const subject = { sbom: inputs.output.display, sbomSha256 };
  if (subjectImage && inputs.image) subject.image = formatReference({ ...inputs.image, digest: subjectImage.digest });
  return {
    subject,
    checks,
    evidence,
    metrics: {
      components: (built.bom.components ?? []).length,
      packages: built.packages.length,
      lockfiles: built.lockfiles.length,
      models: built.models,
      datasets: built.datasets,
      sbomBytes: Buffer.byteLength(sbomText)
    },
    outputs
  };
}
var sbomAttestGate = {
  name: "sbom-attest",
  secretInputs: ["key"],
  parseInputs: parseSbomInputs,
  run
};
export {
  sbomAttestGate as gate
};
/*! Bundled license information:

@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js:
@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js:
@cyclonedx/cyclonedx-library/dist.node/enums/componentType.js:
@cyclonedx/cyclonedx-library/dist.node/enums/externalReferenceType.js:
@cyclonedx/cyclonedx-library/dist.node/enums/hashAlogorithm.js:
@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js:
@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/sortable.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisResponse.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/ratingMethod.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js:
@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js:
@cyclonedx/cyclonedx-library/dist.node/enums/index.js:
@cyclonedx/cyclonedx-library/dist.node/models/attachment.js:
@cyclonedx/cyclonedx-library/dist.node/types/integer.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/tree.js:
@cyclonedx/cyclonedx-library/dist.node/types/cpe.js:
@cyclonedx/cyclonedx-library/dist.node/models/bomRef.js:
@cyclonedx/cyclonedx-library/dist.node/models/copyright.js:
@cyclonedx/cyclonedx-library/dist.node/models/hash.js:
@cyclonedx/cyclonedx-library/dist.node/models/externalReference.js:
@cyclonedx/cyclonedx-library/dist.node/models/property.js:
@cyclonedx/cyclonedx-library/dist.node/models/license.js:
@cyclonedx/cyclonedx-library/dist.node/models/component.js:
@cyclonedx/cyclonedx-library/dist.node/models/lifecycle.js:
@cyclonedx/cyclonedx-library/dist.node/models/organizationalContact.js:
@cyclonedx/cyclonedx-library/dist.node/models/service.js:
@cyclonedx/cyclonedx-library/dist.node/models/tool.js:
@cyclonedx/cyclonedx-library/dist.node/models/metadata.js:
@cyclonedx/cyclonedx-library/dist.node/types/cwe.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/advisory.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/affect.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/rating.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/reference.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/vulnerability.js:
@cyclonedx/cyclonedx-library/dist.node/models/bom.js:
@cyclonedx/cyclonedx-library/dist.node/models/bomLink.js:
@cyclonedx/cyclonedx-library/dist.node/models/organizationalEntity.js:
@cyclonedx/cyclonedx-library/dist.node/models/swid.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/analysis.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/credits.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/source.js:
@cyclonedx/cyclonedx-library/dist.node/models/vulnerability/index.js:
@cyclonedx/cyclonedx-library/dist.node/models/index.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/bomRefDiscriminator.js:
@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/errors.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/errors.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/types.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/baseSerializer.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/iterable.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/notUndefined.js:
@cyclonedx/cyclonedx-library/dist.node/_helpers/uri.js:
@cyclonedx/cyclonedx-library/dist.node/spdx.js:
@cyclonedx/cyclonedx-library/dist.node/spec/enums.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/json/types.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/json/index.js:
@cyclonedx/cyclonedx-library/dist.node/spec/errors.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/jsonSerializer.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/xml/_xsd.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/xml/types.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/xml/normalize.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/xml/index.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/xmlBaseSerializer.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/index.common.js:
@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/_wrapper.js:
@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/__xmlStringifiers/xmlbuilder2.js:
@cyclonedx/cyclonedx-library/dist.node/_optPlug.node/xmlStringify.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/xmlSerializer.node.js:
@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js:
@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js:
@cyclonedx/cyclonedx-library/dist.node/spec/consts.js:
@cyclonedx/cyclonedx-library/dist.node/spec/index.js:
  (*!
  This file is part of CycloneDX JavaScript Library.
  
  Licensed under the Apache License, Version 2.0 (the "License");
  you may not use this file except in compliance with the License.
  You may obtain a copy of the License at
  
     http://www.apache.org/licenses/LICENSE-2.0
  
  Unless required by applicable law or agreed to in writing, software
  distributed under the License is distributed on an "AS IS" BASIS,
  WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
  See the License for the specific language governing permissions and
  limitations under the License.
  
  SPDX-License-Identifier: Apache-2.0
  Copyright (c) OWASP Foundation. All Rights Reserved.
  *)

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
