import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);
import {
  checkIdentityPolicy,
  cosignLayerToBundle,
  fileInput,
  findBundles,
  findCosignSignatures,
  formatReference,
  githubApiFor,
  keyOnlyTrustedRoot,
  listAttestations,
  parseJsonText,
  parseReference,
  pemInput,
  readSimpleSigningPayload,
  registryClientFor,
  sigstoreError,
  trustedRootFor,
  verifyBundle
} from "./chunk-3MLGQUVG.js";
import "./chunk-SB65L5LJ.js";
import {
  sha256Hex
} from "./chunk-ZQDSSJEI.js";
import {
  GateError,
  makeCheck,
  toGateError
} from "./chunk-MNDZ67NB.js";
import "./chunk-UGZ2PGRM.js";

// packages/cosign/src/inputs.ts
var KEYLESS_INPUTS = [
  "certificate-identity",
  "certificate-identity-regexp",
  "certificate-oidc-issuer",
  "certificate-oidc-issuer-regexp",
  "certificate-github-workflow-repository",
  "certificate-github-workflow-ref",
  "certificate-github-workflow-trigger"
];
async function parseCosignInputs(raw, ctx) {
  const imageText = raw.optional("image");
  const bundle = await fileInput(raw, ctx, "bundle");
  const artifact = await fileInput(raw, ctx, "artifact");
  const blob = bundle !== void 0 || artifact !== void 0;
  if (blob && imageText !== void 0) {
    throw new GateError("INPUT_CONFLICT", "give 'image', or 'bundle' and 'artifact' (blob mode), not both", {
      field: "image"
    });
  }
  if (blob && (!bundle || !artifact)) {
    throw new GateError("INPUT_MISSING", `blob mode needs both 'bundle' and 'artifact'`, {
      field: bundle ? "artifact" : "bundle"
    });
  }
  if (!blob && imageText === void 0) {
    throw new GateError("INPUT_MISSING", "input 'image' is required (or 'bundle' and 'artifact' for a blob)", {
      field: "image"
    });
  }
  const keyText = raw.optional("key");
  const keyless = KEYLESS_INPUTS.filter((n) => raw.optional(n) !== void 0);
  if (keyText !== void 0 && keyless.length > 0) {
    throw new GateError(
      "INPUT_CONFLICT",
      `give 'key' or a keyless identity, not both (also given: ${keyless.join(", ")})`,
      {
        field: keyless[0]
      }
    );
  }
  const insecureIgnoreTlog = raw.boolean("insecure-ignore-tlog", false);
  if (insecureIgnoreTlog && keyText === void 0) {
    throw new GateError(
      "INPUT_CONFLICT",
      "insecure-ignore-tlog applies to key-signed artifacts only; keyless signatures always need the log",
      {
        field: "insecure-ignore-tlog"
      }
    );
  }
  const requireAttestations = raw.list("require-attestations");
  const githubAttestations = raw.boolean("github-attestations", false);
  if (blob && (requireAttestations.length > 0 || githubAttestations)) {
    throw new GateError(
      "INPUT_CONFLICT",
      "require-attestations and github-attestations apply to images, not to blob mode",
      {
        field: requireAttestations.length > 0 ? "require-attestations" : "github-attestations"
      }
    );
  }
  const inputs = {
    mode: blob ? "blob" : "image",
    insecureIgnoreTlog,
    requireAttestations,
    githubAttestations
  };
  if (imageText !== void 0) inputs.image = parseReference(imageText, "image");
  if (bundle) inputs.bundle = bundle;
  if (artifact) inputs.artifact = artifact;
  if (keyText !== void 0) inputs.publicKey = (await pemInput(raw, ctx, "key")).pem;
  else {
    const policy = {};
    const set = (k, n) => {
      const v = raw.optional(n);
      if (v !== void 0) policy[k] = v;
    };
    set("certificateIdentity", "certificate-identity");
    set("certificateIdentityRegexp", "certificate-identity-regexp");
    set("certificateOidcIssuer", "certificate-oidc-issuer");
    set("certificateOidcIssuerRegexp", "certificate-oidc-issuer-regexp");
    set("githubWorkflowRepository", "certificate-github-workflow-repository");
    set("githubWorkflowRef", "certificate-github-workflow-ref");
    set("githubWorkflowTrigger", "certificate-github-workflow-trigger");
    checkIdentityPolicy(policy);
    inputs.policy = policy;
  }
  const trustedRoot = await fileInput(raw, ctx, "trusted-root");
  if (trustedRoot) inputs.trustedRoot = trustedRoot;
  const token = raw.optional("github-token");
  if (token) inputs.githubToken = token;
  return inputs;
}

// packages/cosign/src/trust.ts
async function trustFor(ctx, inputs) {
  if (!inputs.trustedRoot && inputs.publicKey !== void 0 && inputs.insecureIgnoreTlog)
    return keyOnlyTrustedRoot("(the key only)");
  return trustedRootFor(inputs.trustedRoot, (r) => ctx.recordResource(r));
}

// packages/cosign/src/image.ts
var VERIFY_ARTICLES = ["Art.15(5)", "Art.17(1)"];
function describe(c) {
  return `${c.kind} ${c.id} (${c.source})`;
}
function verifyOptions(inputs, trust) {
  return {
    trust,
    ...inputs.policy ? { policy: inputs.policy } : {},
    ...inputs.publicKey !== void 0 ? { publicKey: inputs.publicKey, ignoreTlog: inputs.insecureIgnoreTlog } : {}
  };
}
function attempt(c, fn) {
  try {
    c.verified = fn();
  } catch (error) {
    if (error instanceof GateError && !["BUNDLE_INVALID", "SIGNATURE_INVALID", "POLICY_MISMATCH", "SUBJECT_MISMATCH"].includes(error.code)) {
      throw error;
    }
    c.error = error.message;
    c.code = error.code ?? "SIGNATURE_INVALID";
  }
  return c;
}
function verifyFound(bundle, source, id, digest, manifest, options) {
  const b = bundle;
  const kind = b?.dsseEnvelope ? "attestation" : b?.messageSignature ? "signature" : "unknown";
  const c = { source, id, kind };
  return attempt(c, () => verifyBundle(bundle, kind === "attestation" ? { digest } : { artifact: manifest }, options));
}
async function verifyImage(inputs, ctx) {
  const ref = inputs.image;
  const client = registryClientFor(ctx, ref, inputs.githubToken);
  const trust = await trustFor(ctx, inputs);
  const digest = await client.resolve(ref);
  const manifest = await client.getManifest(ref, digest);
  const pinned = formatReference({ ...ref, digest });
  const options = verifyOptions(inputs, trust);
  const candidates = [];
  const legacy = await findCosignSignatures(client, ref, digest);
  for (const sig of legacy.signatures) {
    const c = { source: "cosign-sig-tag", id: sig.layerDigest, kind: "signature" };
    if (!sig.payload) {
      candidates.push({ ...c, error: sig.error ?? "unreadable", code: "BUNDLE_INVALID" });
      continue;
    }
    const payload = sig.payload;
    candidates.push(
      attempt(c, () => {
        const v = verifyBundle(cosignLayerToBundle(payload, sig.annotations), { artifact: payload }, options);
        const signed = readSimpleSigningPayload(payload);
        if (signed.dockerManifestDigest !== digest) {
          throw sigstoreError(
            "SUBJECT_MISMATCH",
            `the signed payload names ${signed.dockerManifestDigest}, not ${digest}`
          );
        }
        return v;
      })
    );
  }
  const referred = await findBundles(client, ref, digest);
  let referrersSource = "none";
  for (const found of referred) {
    referrersSource = found.via;
    if (found.bundle === void 0) {
      candidates.push({
        source: found.via,
        id: found.manifestDigest,
        kind: "unknown",
        error: found.error ?? "unreadable",
        code: "BUNDLE_INVALID"
      });
      continue;
    }
    candidates.push(verifyFound(found.bundle, found.via, found.manifestDigest, digest, manifest.bytes, options));
  }
  if (inputs.githubAttestations) {
    const bundles = await listAttestations(githubApiFor(ctx, inputs.githubToken, "github-attestations"), digest);
    bundles.forEach(
      (b, i) => candidates.push(verifyFound(b, "github-api", `#${i + 1}`, digest, manifest.bytes, options))
    );
  }
  return judge(inputs, pinned, digest, candidates, legacy.tag, referrersSource, trust);
}
function signerOf(v) {
  return v.claims?.subjectAlternativeName ?? "key";
}
function judge(inputs, pinned, digest, candidates, sigTag, referrersSource, trust) {
  const signatures = candidates.filter((c) => c.kind === "signature");
  const goodSignatures = signatures.filter((c) => c.verified);
  const attestations = candidates.filter((c) => c.kind === "attestation");
  const goodAttestations = attestations.filter((c) => c.verified);
  const failures = candidates.filter((c) => c.error);
  const location = { resource: pinned };
  const where = `${sigTag} and the referrers of ${digest} (${referrersSource === "none" ? "none found" : referrersSource})${inputs.githubAttestations ? " and GitHub attestations" : ""}`;
  const checks = [
    makeCheck(
      "image-resolved",
      "Image resolved to a digest",
      VERIFY_ARTICLES,
      "pass",
      `${formatReference(inputs.image)} is ${digest}`,
      {
        locations: [location]
      }
    )
  ];
  const failureText = failures.map((f) => `${describe(f)}: ${f.error}`).join("; ");
  checks.push(
    makeCheck(
      "signature-verified",
      "Signed by the expected identity",
      VERIFY_ARTICLES,
      goodSignatures.length > 0 ? "pass" : "fail",
      goodSignatures.length > 0 ? `${goodSignatures.length} signature(s) verified for ${digest}: ${goodSignatures.map((c) => `${c.source} by ${signerOf(c.verified)}`).join(", ")}` : signatures.length === 0 ? `no signature found in ${where}: an unsigned image is not admitted${failures.length ? `; ${failureText}` : ""}` : `none of ${signatures.length} signature(s) verified: ${failureText}`,
      {
        locations: [location],
        evidence: {
          trustedRoot: trust.source,
          candidates: candidates.map((c) => ({
            source: c.source,
            id: c.id,
            kind: c.kind,
            verified: c.verified !== void 0,
            ...c.error ? { error: c.error, code: c.code } : {},
            ...c.verified?.claims ? { identity: c.verified.claims.subjectAlternativeName, issuer: c.verified.claims.issuer } : {},
            ...c.verified?.statement ? { predicateType: c.verified.statement.predicateType } : {},
            ...c.verified ? { tlog: c.verified.tlogEntries, rfc3161Timestamps: c.verified.rfc3161Timestamps } : {}
          }))
        }
      }
    )
  );
  if (inputs.requireAttestations.length > 0) {
    const missing = inputs.requireAttestations.filter(
      (t) => !goodAttestations.some((c) => c.verified.statement?.predicateType === t)
    );
    checks.push(
      makeCheck(
        "attestations-verified",
        "Required attestations verified",
        VERIFY_ARTICLES,
        missing.length === 0 ? "pass" : "fail",
        missing.length === 0 ? `verified ${inputs.requireAttestations.join(", ")} from the expected signer` : `no verified attestation of ${missing.join(", ")} for ${digest} from the expected signer${attestations.length > goodAttestations.length ? `; ${attestations.filter((c) => c.error).map((c) => `${describe(c)}: ${c.error}`).join("; ")}` : ""}`,
        { locations: [location] }
      )
    );
  }
  const verified = [...goodSignatures, ...goodAttestations];
  const logged = verified.filter((c) => c.verified.tlogEntries.length > 0);
  checks.push(
    makeCheck(
      "transparency-log",
      "Transparency-log inclusion and signed timestamps",
      VERIFY_ARTICLES,
      verified.length === 0 ? "fail" : inputs.insecureIgnoreTlog && logged.length < verified.length ? "skipped" : "pass",
      verified.length === 0 ? "nothing verified, so nothing is logged" : inputs.insecureIgnoreTlog && logged.length < verified.length ? `insecure-ignore-tlog: ${verified.length - logged.length} key signature(s) accepted without a transparency-log entry` : `every verified item has a log entry checked against ${trust.source}: ${logged.map(
        (c) => c.verified.tlogEntries.map(
          (t) => `index ${t.logIndex}${t.integratedTime ? ` at ${t.integratedTime}` : ""}`
        ).join(", ")
      ).join("; ")}`
    )
  );
  const first = goodSignatures[0]?.verified;
  return {
    subject: { image: pinned, digest },
    checks,
    metrics: {
      signaturesFound: signatures.length,
      signaturesVerified: goodSignatures.length,
      attestationsFound: attestations.length,
      attestationsVerified: goodAttestations.length
    },
    outputs: {
      digest,
      "signer-identity": first?.claims?.subjectAlternativeName ?? (first ? "public-key" : ""),
      "signer-issuer": first?.claims?.issuer ?? "",
      "verified-signatures": goodSignatures.map((c) => `${c.source} ${c.id}`).join("\n"),
      "verified-attestations": goodAttestations.map((c) => `${c.verified.statement?.predicateType} ${c.id}`).join("\n")
    }
  };
}

// packages/cosign/src/blob.ts
import { readFile } from "node:fs/promises";
async function read(file) {
  try {
    return await readFile(file.absolute);
  } catch (error) {
    throw toGateError(error, file.display);
  }
}
async function verifyBlob(inputs, ctx) {
  const bundleFile = inputs.bundle;
  const artifactFile = inputs.artifact;
  const bundleBytes = await read(bundleFile);
  const bundle = parseJsonText(bundleBytes.toString("utf8"), bundleFile.display);
  const artifact = await read(artifactFile);
  const trust = await trustFor(ctx, inputs);
  const digest = `sha256:${sha256Hex(artifact)}`;
  let verified;
  let failure;
  try {
    verified = verifyBundle(
      bundle,
      { artifact },
      {
        trust,
        ...inputs.policy ? { policy: inputs.policy } : {},
        ...inputs.publicKey !== void 0 ? { publicKey: inputs.publicKey, ignoreTlog: inputs.insecureIgnoreTlog } : {}
      }
    );
  } catch (error) {
    if (error instanceof GateError && error.code === "BUNDLE_INVALID") {
      throw new GateError("BUNDLE_INVALID", error.detail, { file: bundleFile.display, cause: error });
    }
    if (!(error instanceof GateError) || !["SIGNATURE_INVALID", "POLICY_MISMATCH", "SUBJECT_MISMATCH"].includes(error.code)) {
      throw error;
    }
    failure = `${error.code}: ${error.message}`;
  }
  const signer = verified?.claims ? `${verified.claims.subjectAlternativeName} (issuer ${verified.claims.issuer})` : verified ? "the given key" : "";
  return {
    subject: { artifact: artifactFile.display, digest, bundle: bundleFile.display },
    checks: [
      makeCheck(
        "bundle-verified",
        "Bundle verifies for the artifact",
        VERIFY_ARTICLES,
        verified ? "pass" : "fail",
        verified ? `${verified.kind} over ${artifactFile.display} (${digest}) signed by ${signer}, checked against ${trust.source}` : `${bundleFile.display} does not verify for ${artifactFile.display}: ${failure}`,
        {
          locations: [{ file: bundleFile.display }],
          evidence: verified ? {
            tlog: verified.tlogEntries,
            rfc3161Timestamps: verified.rfc3161Timestamps,
            ...verified.statement ? { predicateType: verified.statement.predicateType } : {}
          } : {}
        }
      )
    ],
    evidence: [
      {
        path: artifactFile.display,
        sha256: digest.slice(7),
        size: artifact.length,
        role: "input",
        category: "artifact"
      },
      {
        path: bundleFile.display,
        sha256: sha256Hex(bundleBytes),
        size: bundleBytes.length,
        role: "input",
        category: "sigstore-bundle"
      }
    ],
    outputs: {
      digest,
      "signer-identity": verified?.claims?.subjectAlternativeName ?? (verified ? "public-key" : ""),
      "signer-issuer": verified?.claims?.issuer ?? "",
      "verified-signatures": verified ? `bundle ${bundleFile.display}` : "",
      "verified-attestations": verified?.statement ? verified.statement.predicateType : ""
    }
  };
}

// packages/cosign/src/gate.ts
var cosignVerifyGate = {
  name: "cosign-verify",
  parseInputs: parseCosignInputs,
  run: (inputs, ctx) => inputs.mode === "blob" ? verifyBlob(inputs, ctx) : verifyImage(inputs, ctx)
};
export {
  cosignVerifyGate as gate
};
