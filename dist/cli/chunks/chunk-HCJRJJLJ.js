import { createRequire as __aagCreateRequire } from 'node:module';
const require = __aagCreateRequire(import.meta.url);

// packages/action-kit/src/specs.generated.ts
var ACTION_SPECS = {
  "art12-log-gates": {
    "name": "art12-log-gates",
    "description": "The Art.12 gates of seed 002 over the AI system's own logs: emission, schema completeness, hash-chain integrity across rotated files, append-only storage, and audit reconstruction of one input id.",
    "inputs": {
      "logs": {
        "description": "Glob patterns of the log files (JSON Lines, plain or gzip), separated by newlines or commas, inside the workspace; the files form one rotation set, read oldest first (app.log.3.gz, app.log.2.gz, app.log.1, app.log; dated names by date). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "gates": {
        "description": "Comma list of the gates to run: emission, schema, integrity, storage, reconstruction. Empty runs every gate the other inputs make possible and reports the others as skipped with the missing input named; a listed gate whose input is missing is an error. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "schema": {
        "description": "A log profile (recruitment, credit-scoring, remote-biometric-identification, base, events) or the path of a JSON Schema file (JSON or YAML; draft-07, 2019-09 or 2020-12) every entry must match. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "canonicalization": {
        "description": "How an entry is serialized for its hash: python-json (Python's json.dumps with sort_keys and compact separators, byte for byte) or jcs (RFC 8785). Defaults to python-json.",
        "required": false,
        "default": "python-json"
      },
      "hash-field": {
        "description": "Field holding each entry's chain hash. Defaults to chain_hash.",
        "required": false,
        "default": "chain_hash"
      },
      "genesis": {
        "description": "The value the first entry's hash chains from, or the head hash of the entries before the first file when older files were archived. Defaults to genesis.",
        "required": false,
        "default": "genesis"
      },
      "anchor-field": {
        "description": "Field holding the rotation anchor in each file's first entry; empty turns the anchor check off. Defaults to rotation_anchor.",
        "required": false,
        "default": "rotation_anchor"
      },
      "expected-head": {
        "description": "A head recorded by an earlier run, as its head-anchor output (<entry-count>:<hash>); the log must still hold that entry with that hash, so a truncated or rewritten tail fails. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "input-id": {
        "description": "The input id whose audit trail the reconstruction gate rebuilds. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "id-field": {
        "description": "Field holding the input id. Defaults to input_id.",
        "required": false,
        "default": "input_id"
      },
      "correlation-field": {
        "description": "Field holding the correlation id that links every event of one request; empty for none. Defaults to correlation_id.",
        "required": false,
        "default": "correlation_id"
      },
      "max-latency-ms": {
        "description": "Latency budget for reconstructing one trail, in milliseconds. Defaults to 30000.",
        "required": false,
        "default": "30000"
      },
      "retention-days": {
        "description": "Retention window in days: a trail older than this fails reconstruction (Art.19 floor of six months). Defaults to 183.",
        "required": false,
        "default": "183"
      },
      "index": {
        "description": "Path of the input-id index file. When it does not exist it is written from this run's pass; when it exists and only reconstruction runs, it is used instead of a pass. Defaults to empty (the index lives for this run only).",
        "required": false,
        "default": ""
      },
      "emission-command": {
        "description": "Shell command that runs the AI system over the synthetic inputs (their path is in AAG_SYNTHETIC_INPUTS). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "synthetic-inputs": {
        "description": "JSON Lines file of synthetic inputs, each an object with a string id. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "emission-timeout-ms": {
        "description": "How long the emission gate waits, polling the logs, for an entry for every input. Defaults to 60000.",
        "required": false,
        "default": "60000"
      },
      "required-fields": {
        "description": "Fields every emitted entry needs, comma-separated, with | between alternatives. Defaults to timestamp,input_id|input_hash,model_version,output_id|output_prediction|output|raw_output.",
        "required": false,
        "default": "timestamp,input_id|input_hash,model_version,output_id|output_prediction|output|raw_output"
      },
      "storage-policy": {
        "description": "Storage policy document (JSON or YAML, schemas/storage-policy.schema.json): append_only and object_lock_enabled or worm_enabled; backend local also checks the log files' permissions and append-only attribute. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "allow-crlf": {
        "description": "Accept CRLF line ends; the CR is then part of the line terminator and never of the entry, so the chain is unchanged. Defaults to false (a CRLF line is an error).",
        "required": false,
        "default": "false"
      },
      "threads": {
        "description": "Worker threads for the pass; 0 reads in one thread. Defaults to empty: for logs of 8 MiB or more, one per core but one, and the main thread takes a share too.",
        "required": false,
        "default": ""
      },
      "shard": {
        "description": "Verify one slice of the rotation set, as <i>/<n> (1 <= i <= n), for a matrix job: the set is cut by whole files into n slices of about equal size, this job runs schema and integrity on slice i and writes its boundary file for the reduce step. Defaults to empty (the whole set).",
        "required": false,
        "default": ""
      },
      "shard-boundary": {
        "description": "Path of the boundary file a slice writes (a new file). Defaults to empty (art12-shard-<i>-of-<n>.json in report-dir, or in the workspace when report-dir is empty).",
        "required": false,
        "default": ""
      },
      "shard-boundaries": {
        "description": "The reduce step of a sharded run: glob patterns of the slices' boundary files. Checks that every slice of one cut is there once, that each slice starts from the head of the one before (its first links, its rotation anchor, the entry counts) and that every slice passed; outputs the head and count of the whole set and checks expected-head. Defaults to empty (no reduce step).",
        "required": false,
        "default": ""
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary, the run ledger and the file of all schema violations; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "gates-run": {
        "description": "The gates that ran, comma-separated."
      },
      "gates-skipped": {
        "description": "The gates skipped for a missing input, comma-separated."
      },
      "head": {
        "description": "The chain head, the hash of the last entry."
      },
      "entry-count": {
        "description": "Number of entries in the log set."
      },
      "head-anchor": {
        "description": "<entry-count>:<head>, to pass as expected-head to a later run."
      },
      "broken-links": {
        "description": "Number of broken chain links."
      },
      "schema-violations": {
        "description": "Number of entries that violate the schema."
      },
      "missing-inputs": {
        "description": "Synthetic inputs without a log entry, one per line (emission)."
      },
      "index-path": {
        "description": "Path of the input-id index file, when one was written or used."
      },
      "boundary-path": {
        "description": "Path of the boundary file a slice of a sharded run wrote."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "art19-retention": {
    "name": "art19-retention",
    "description": "Checks that automatically generated logs are kept at least six months (or a sector's longer period), for every log category, write-once, and retrievable, from a retention policy and from Terraform plans with the real semantics of CloudWatch Logs, S3, Azure Blob Storage and Google Cloud Logging and Storage.",
    "inputs": {
      "policy": {
        "description": "Retention policy file (YAML or JSON, schemas/retention-policy.schema.json) inside the workspace. Seed 002's configuration with retention_days, covered_log_types and retrieval_runbook_url is a policy as it is. Give policy, terraform-plan, or both. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "terraform-plan": {
        "description": "Output of `terraform show -json <planfile>`, one path per line for several root modules, inside the workspace. A plan with no log store is an error. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "min-days": {
        "description": "The floor in days, at least 183 (six months, Art.19(1) and Art.26(6)). Presets and the ten-year horizon add to it; every one of them must be met. Defaults to 183.",
        "required": false,
        "default": "183"
      },
      "log-types": {
        "description": "Log categories that must be covered, separated by commas or newlines. Names are compared in one form, so inference_logs and inference are the same. Defaults to inference, decision, error, model-version.",
        "required": false,
        "default": "inference, decision, error, model-version"
      },
      "preset": {
        "description": "Sector floor with its legal sources: finance (five years, financial-services documentation), health (ten years, medical device documentation), employment (six months; national law decides any longer period), or none. Defaults to none.",
        "required": false,
        "default": "none"
      },
      "ten-year-horizon": {
        "description": "Also require ten years (seed 000's provider horizon, after Art.18(1)) from every log, plus horizon-margin-days. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "horizon-margin-days": {
        "description": "Days added to the ten-year horizon for administrative processing; only with ten-year-horizon. Defaults to 0.",
        "required": false,
        "default": "0"
      },
      "require-immutable": {
        "description": "Fail stores that are not write-once for the floor (S3 Object Lock in COMPLIANCE mode, a locked Azure immutability policy, a locked Cloud Logging bucket or Cloud Storage retention policy). When false the check is reported as skipped with what it found. Defaults to true.",
        "required": false,
        "default": "true"
      },
      "retrieval-test-max-age-days": {
        "description": "When above 0, the policy's retrieval.tested_on must be at most this many days old (seed 000 asks for an annual retrieval test; 366 checks that). Defaults to 0.",
        "required": false,
        "default": "0"
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger that audit-record collects; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "floor-days": {
        "description": "The fewest days that meet every requirement of the floor, whatever the calendar."
      },
      "store-count": {
        "description": "Number of log stores judged in the plans."
      },
      "failed-stores": {
        "description": "Addresses of stores with a failing finding, one per line."
      },
      "unknown-stores": {
        "description": "Addresses of stores with a value known only after apply, one per line."
      },
      "uncovered": {
        "description": "Required log categories that are not covered, one per line."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "audit-record": {
    "name": "audit-record",
    "description": "Collects the gate results of a run from its ledger folders, checks that every expected gate of the gates file ran in order with a non-empty result, adds the run's jobs, steps, trigger, actors, approvals, resources and artefact digests, and writes the signed pipeline audit record.",
    "inputs": {
      "mode": {
        "description": "`record` writes and signs the record of this run; `verify` checks an existing record: its schema, its signature (a DSSE envelope with `public-key`, or a Sigstore bundle for `certificate-identity` and `certificate-oidc-issuer`), that the signed statement carries exactly this record and names that signer, that it records a passing run, and with `check-artefacts` that every artefact still has its digest. Defaults to record.",
        "required": false,
        "default": "record"
      },
      "config": {
        "description": "Path of the gates file (schemas/gates-file.schema.json) that defines the expected gates and their order. Defaults to ai-act-gates.yml.",
        "required": false,
        "default": "ai-act-gates.yml"
      },
      "ledger": {
        "description": "Glob patterns of the ledger files to collect, separated by newlines or commas: the ledger folders of every job, downloaded as artifacts. Results of other runs found here fail the record. Defaults to ai-act-gates-reports/ledger/*.json.",
        "required": false,
        "default": "ai-act-gates-reports/ledger/*.json"
      },
      "record": {
        "description": "Path of the record to write (verify mode: to check); the in-toto statement and its signature are written beside it (.intoto.json, .intoto.dsse.json or .intoto.sigstore.json). An existing file is never overwritten. Defaults to ai-act-gates-reports/audit-record.json.",
        "required": false,
        "default": "ai-act-gates-reports/audit-record.json"
      },
      "since": {
        "description": "ISO 8601 time the run began; a result that started earlier belongs to another run and fails the record. The run id already separates GitHub runs. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "signing": {
        "description": "`keyless` signs a Sigstore bundle with a Fulcio certificate for the job's OIDC identity (needs `id-token: write`; SIGSTORE_ID_TOKEN elsewhere), logged in Rekor; `key` signs a DSSE envelope with `signing-key`; `ephemeral` with a key made for this run only (demos); `auto` picks keyless in Actions when the job has an OIDC token, then key when given, then ephemeral on a local run, and otherwise fails. A keyless signer that fails is an error, never a fallback. Defaults to auto.",
        "required": false,
        "default": "auto"
      },
      "signing-key": {
        "description": "An ECDSA P-256 or Ed25519 private key in PEM (pass it from a secret), or the path of a PEM file in the workspace. Never recorded. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "trusted-root": {
        "description": "A Sigstore trusted_root.json in the workspace, for a private Sigstore: keyless signing then uses the Fulcio, Rekor and timestamp authority it names, and verification trusts only it. Without it, signing uses public-good Sigstore and verification fetches the public-good root through TUF (network needed). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "github-token": {
        "description": "Token to read the run, its jobs and steps, approvals and pending deployments from the GitHub API; needs `actions: read`. Defaults to the job's token.",
        "required": false,
        "default": "${{ github.token }}"
      },
      "job-workflow-ref": {
        "description": "The ref of the reusable workflow that runs this job, when called from one (`owner/repo/.github/workflows/file.yml@ref`). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "job-workflow-sha": {
        "description": "The commit of the reusable workflow that runs this job (github.job_workflow_sha). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "signature": {
        "description": "Verify mode: the signature to check, a DSSE envelope (.dsse.json) or a Sigstore bundle (.sigstore.json). Defaults to the record's path with .intoto.dsse.json, else .intoto.sigstore.json, in place of .json.",
        "required": false,
        "default": ""
      },
      "public-key": {
        "description": "Verify mode, DSSE envelopes only (required for them): the PEM public key you trust for the record (the text, or a file in the workspace); never the key the record itself names. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "certificate-identity": {
        "description": "Verify mode, Sigstore bundles only (required for them): the exact certificate identity you expect to have signed, such as https://github.com/ai-act-gates/ai-act-gates/.github/workflows/ai-act-gates.yml@refs/tags/v1; never taken from the record, whose own claim is only compared with it. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "certificate-oidc-issuer": {
        "description": "Verify mode, Sigstore bundles only (required for them): the exact OIDC issuer of that identity, such as https://token.actions.githubusercontent.com. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "check-artefacts": {
        "description": "Verify mode: re-hash every artefact the record lists and fail on any change or missing file. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The record's status, pass, fail or error."
      },
      "record-path": {
        "description": "Path of the audit record, relative to the workspace."
      },
      "record-sha256": {
        "description": "SHA-256 of the record file's bytes."
      },
      "statement-path": {
        "description": "Path of the in-toto statement whose predicate is the record."
      },
      "signature-path": {
        "description": "Path of the signed envelope (DSSE) or Sigstore bundle."
      },
      "signing-kind": {
        "description": "How the statement was signed, key, ephemeral or sigstore-keyless."
      },
      "missing-gates": {
        "description": "Ids of the expected gates that have no result, one per line."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "cosign-verify": {
    "name": "cosign-verify",
    "description": "Admits an image only when its signatures and required attestations verify against the expected Sigstore identity and OIDC issuer (or a public key), in cosign's .sig layout or as OCI 1.1 referrers; also verifies a blob against a Sigstore bundle, like cosign verify-blob.",
    "inputs": {
      "image": {
        "description": "The image to admit, as registry/repository:tag or registry/repository@sha256:digest; a tag is resolved to its digest first and every signature must name that digest. Defaults to empty (blob mode).",
        "required": false,
        "default": ""
      },
      "certificate-identity": {
        "description": "The exact identity (certificate SAN) that must have signed, such as https://github.com/org/repo/.github/workflows/release.yml@refs/heads/main. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "certificate-identity-regexp": {
        "description": "A regular expression the whole identity must match (it is anchored). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "certificate-oidc-issuer": {
        "description": "The exact OIDC issuer, such as https://token.actions.githubusercontent.com. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "certificate-oidc-issuer-regexp": {
        "description": "A regular expression the whole OIDC issuer must match (it is anchored). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "certificate-github-workflow-repository": {
        "description": "The owner/repo the signing workflow ran in, from the Fulcio certificate extension. Defaults to empty (not checked).",
        "required": false,
        "default": ""
      },
      "certificate-github-workflow-ref": {
        "description": "The git ref the signing workflow ran for, such as refs/heads/main. Defaults to empty (not checked).",
        "required": false,
        "default": ""
      },
      "certificate-github-workflow-trigger": {
        "description": "The event that triggered the signing workflow, such as push. Defaults to empty (not checked).",
        "required": false,
        "default": ""
      },
      "key": {
        "description": "A public key (PEM, or a path to one) that must have signed, instead of a keyless identity. Defaults to empty (keyless).",
        "required": false,
        "default": ""
      },
      "insecure-ignore-tlog": {
        "description": "With key only: accept signatures that have no transparency-log entry (made offline). Keyless signatures always need one. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "trusted-root": {
        "description": "A Sigstore trusted_root.json, for offline use and private Sigstore instances. Defaults to empty (the public-good root, fetched through TUF).",
        "required": false,
        "default": ""
      },
      "require-attestations": {
        "description": "Predicate types that must be attested for the image digest by the same identity, separated by newlines or commas, such as https://cyclonedx.org/bom and https://slsa.dev/provenance/v1. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "github-attestations": {
        "description": "Also read the image's attestations and signatures from GitHub's artifact attestations API for this repository (needs attestations read permission). Defaults to false.",
        "required": false,
        "default": "false"
      },
      "bundle": {
        "description": "Blob mode: the Sigstore bundle (.sigstore.json) to verify. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "artifact": {
        "description": "Blob mode: the file the bundle signs (for a DSSE bundle, the subject of its statement). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "github-token": {
        "description": "Token for ghcr.io and for GitHub's attestations API. Defaults to the workflow's token.",
        "required": false,
        "default": "${{ github.token }}"
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger that audit-record collects; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "digest": {
        "description": "The verified image digest (or the artifact's digest in blob mode)."
      },
      "signer-identity": {
        "description": "The identity of the first verified signature (public-key for a key)."
      },
      "signer-issuer": {
        "description": "Its OIDC issuer."
      },
      "verified-signatures": {
        "description": "The signatures that verified, one per line, with where they were found."
      },
      "verified-attestations": {
        "description": "The attestations that verified, one per line, with their predicate types."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "evidence-hash": {
    "name": "evidence-hash",
    "description": "Hashes every file of an evidence pack into a manifest and an in-toto statement, or verifies a pack against its manifest and names every modified, missing and extra file.",
    "inputs": {
      "mode": {
        "description": "`hash` writes a new manifest of the files matched by `paths`; `verify` re-hashes the files of an existing manifest and fails on any modified, missing or extra file. Defaults to hash.",
        "required": false,
        "default": "hash"
      },
      "paths": {
        "description": "Glob patterns of the evidence files, separated by newlines or commas, relative to `root`; `!pattern` excludes. In hash mode every pattern must match at least one file. In verify mode they find extra files; when empty, the patterns recorded in the manifest are used. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "manifest": {
        "description": "Path of the manifest to write (hash mode; an existing file is never overwritten) or to read (verify mode), inside the workspace. Defaults to evidence-manifest.json.",
        "required": false,
        "default": "evidence-manifest.json"
      },
      "statement": {
        "description": "Path of the in-toto Statement v1 written in hash mode, whose subjects are the files. Defaults to the manifest path with .intoto.json in place of .json.",
        "required": false,
        "default": ""
      },
      "category": {
        "description": "Kind of evidence recorded for every file, such as test-report, metrics or model-card. Defaults to evidence.",
        "required": false,
        "default": "evidence"
      },
      "root": {
        "description": "Directory the patterns and the manifest's file paths are relative to, inside the workspace. Defaults to the workspace.",
        "required": false,
        "default": "."
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger that audit-record collects; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "manifest-path": {
        "description": "Path of the manifest written or verified, relative to the workspace."
      },
      "manifest-sha256": {
        "description": "SHA-256 of the manifest file's bytes (hash mode)."
      },
      "statement-path": {
        "description": "Path of the in-toto statement (hash mode)."
      },
      "file-count": {
        "description": "Number of files in the manifest."
      },
      "total-bytes": {
        "description": "Total size of the hashed files in bytes (hash mode)."
      },
      "modified": {
        "description": "Files whose digest or size changed, one per line (verify mode)."
      },
      "missing": {
        "description": "Listed files that are gone, one per line (verify mode)."
      },
      "extra": {
        "description": "Matching files that the manifest does not list, one per line (verify mode)."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "log-export": {
    "name": "log-export",
    "description": "Regulatory export of the AI system's logs (seed 000): a time range, the trace of one request or a cohort, to JSON Lines, CSV and Parquet, with a manifest of sha256 digests, the chain verification result and a row-count completeness check; and the annual retrieval test.",
    "inputs": {
      "logs": {
        "description": "Glob patterns of the log files (JSON Lines, plain or gzip), separated by newlines or commas, inside the workspace; one rotation set, read oldest first (archived app.log.3.gz before app.log). A pattern that matches nothing is an error.",
        "required": true
      },
      "query": {
        "description": "time-range (every event with from <= timestamp < to), trace (every event of one request: its input id and every correlation id those entries carry), cohort (every entry whose fields equal the cohort pairs and the outcome) or retrieval (the annual retrieval test: find and read back an entry of the given age).",
        "required": true
      },
      "from": {
        "description": "Start of the time range, inclusive: an ISO 8601 date-time with an offset (2026-01-01T00:00:00Z, 2026-01-01T01:00:00+01:00) or a date (midnight UTC). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "to": {
        "description": "End of the time range, exclusive, in the same forms as from; must be after from. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "input-id": {
        "description": "The input id whose processing trace is exported (trace query). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "cohort": {
        "description": "The subgroup, as field=value pairs separated by commas or newlines, such as event_type=inference,age_band=30-39,region=Noord-Holland; each field must be a scalar field of the log profile. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "outcome": {
        "description": "The outcome of the cohort query as one field=value pair, such as decision_outcome=reject. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "age": {
        "description": "Retrieval test: the age of the entry to retrieve, as an ISO 8601 duration (P3Y, P36M, P1095D). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "tolerance": {
        "description": "Retrieval test: how far from exactly `age` old the entry may be, as an ISO 8601 duration. Defaults to empty (P30D).",
        "required": false,
        "default": ""
      },
      "as-of": {
        "description": "Retrieval test: the date the age is counted back from, as an ISO 8601 date-time or date. Defaults to empty (now).",
        "required": false,
        "default": ""
      },
      "format": {
        "description": "Comma list of output formats: jsonl (every entry's bytes as written, so chain hashes still verify), csv (RFC 4180, UTF-8, CRLF) and parquet (typed columns). Defaults to parquet.",
        "required": false,
        "default": "parquet"
      },
      "out": {
        "description": "Directory to create for the export, inside the workspace; it must not exist (an export never overwrites anything). The manifest is <out>/manifest.json.",
        "required": true
      },
      "partition": {
        "description": "none writes events.<format>; day writes Hive-style partitions <format>/day=YYYY-MM-DD/part-0.<format> by the UTC day of each event's timestamp. Defaults to none.",
        "required": false,
        "default": "none"
      },
      "schema": {
        "description": "The log profile that types the CSV and Parquet columns: a profile name (recruitment, credit-scoring, remote-biometric-identification, base, events) or a JSON Schema file; every declared top-level property becomes a column, other fields go into extra_fields. Defaults to base.",
        "required": false,
        "default": "base"
      },
      "timestamp-field": {
        "description": "Field holding each event's time, for time ranges, partitions and retrieval. Defaults to timestamp.",
        "required": false,
        "default": "timestamp"
      },
      "id-field": {
        "description": "Field holding the input id. Defaults to input_id.",
        "required": false,
        "default": "input_id"
      },
      "correlation-field": {
        "description": "Field holding the correlation id that links every event of one request; empty for none. Defaults to correlation_id.",
        "required": false,
        "default": "correlation_id"
      },
      "canonicalization": {
        "description": "How an entry is serialized for its chain hash: python-json or jcs (RFC 8785). Defaults to python-json.",
        "required": false,
        "default": "python-json"
      },
      "hash-field": {
        "description": "Field holding each entry's chain hash. Defaults to chain_hash.",
        "required": false,
        "default": "chain_hash"
      },
      "genesis": {
        "description": "The value the first entry's hash chains from (or the head recorded for archived entries before the first file). Defaults to genesis.",
        "required": false,
        "default": "genesis"
      },
      "anchor-field": {
        "description": "Field holding the rotation anchor in each file's first entry; empty turns the anchor check off. Defaults to rotation_anchor.",
        "required": false,
        "default": "rotation_anchor"
      },
      "index": {
        "description": "Trace query: path of an input-id index file (as art12-log-gates writes it). When it exists the trace is read through it without a pass over the log, and each exported entry's chain link is verified; when it does not exist the pass writes it. Defaults to empty (a pass over the whole log verifies the chain).",
        "required": false,
        "default": ""
      },
      "integrity": {
        "description": "full verifies the hash chain of the whole rotation set (genesis to head, rotation anchors) in a pass beside the query; links (time-range and cohort only) verifies each exported entry's link to the line before it in the query pass, which costs next to nothing when the query selects few entries, and records scope export-links in the manifest. Defaults to full.",
        "required": false,
        "default": "full"
      },
      "export-on-integrity-failure": {
        "description": "Export even when the hash chain is broken; the manifest and the result still record every break. Defaults to false (a broken chain exports nothing and fails).",
        "required": false,
        "default": "false"
      },
      "compression": {
        "description": "Parquet page compression, zstd, gzip or none. Defaults to zstd.",
        "required": false,
        "default": "zstd"
      },
      "allow-crlf": {
        "description": "Accept CRLF line ends (the CR is never part of an entry). Defaults to false.",
        "required": false,
        "default": "false"
      },
      "threads": {
        "description": "Worker threads for the chain pass; 0 reads in one thread. Defaults to empty: for logs of 8 MiB or more, one per core beside the query pass, and one per core but one with the main thread taking a share when the chain pass runs before it.",
        "required": false,
        "default": ""
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "manifest-path": {
        "description": "Path of the export manifest (<out>/manifest.json)."
      },
      "manifest-sha256": {
        "description": "SHA-256 of the manifest file's bytes."
      },
      "out-dir": {
        "description": "The export directory, relative to the workspace."
      },
      "event-count": {
        "description": "Events the query selected from the log (the source count)."
      },
      "chain-status": {
        "description": "intact or broken."
      },
      "files": {
        "description": "The data files written, one path per line."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "sbom-attest": {
    "name": "sbom-attest",
    "description": "Builds a CycloneDX 1.6 SBOM of the build that includes the AI models, their training data and provenance (ML-BOM), validates it and the model cards, signs it as an in-toto attestation with Sigstore and attaches it to the image in its registry.",
    "inputs": {
      "sbom": {
        "description": "A CycloneDX JSON SBOM (1.4 to 1.6) made by Syft or cdxgen to extend with the lockfile packages and the models; the file is read, never changed. Defaults to empty (build from the lockfiles and models only).",
        "required": false,
        "default": ""
      },
      "lockfiles": {
        "description": "Glob patterns of the lockfiles, separated by newlines or commas: package-lock.json, requirements*.txt, poetry.lock, uv.lock. Every pattern must match. When empty, these names are searched in the workspace (outside node_modules and virtual environments). Defaults to empty.",
        "required": false,
        "default": ""
      },
      "models": {
        "description": "The models manifest (schemas/models-manifest.schema.json, YAML or JSON): each model's files, model card, datasets, base model and training run. Its files are hashed. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "required-model-fields": {
        "description": "Model-card fields every model must have for the system's intended purpose, separated by newlines or commas, such as task, inputs, outputs, performanceMetrics, datasets, considerations.fairnessAssessments, training.commit. Defaults to task, architecture, inputs, outputs, performanceMetrics, datasets, considerations.users, considerations.technicalLimitations, considerations.ethicalConsiderations and training.commit.",
        "required": false,
        "default": ""
      },
      "image": {
        "description": "The image the SBOM describes, as registry/repository:tag or registry/repository@sha256:digest; resolved to its digest, which becomes the attestation's subject. Defaults to empty (the subject is the SBOM file).",
        "required": false,
        "default": ""
      },
      "push-to-registry": {
        "description": "Attach the signed attestation to the image in its registry as an OCI 1.1 referrer, or through the referrers-tag fallback where the registry has no referrers API. Defaults to true.",
        "required": false,
        "default": "true"
      },
      "push-to-github": {
        "description": "Also store the attestation through GitHub's artifact attestations API (needs attestations write permission); bundles over 16 MiB stay in the registry only. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "signing": {
        "description": "`keyless` signs with a Fulcio certificate for the workflow's OIDC identity (needs id-token write permission; elsewhere SIGSTORE_ID_TOKEN), `key` with the private key in `key` (air-gapped use), `ephemeral` with a key made for this run whose public key is written beside the bundle as .pub.pem (demos and local runs: it proves nothing to anyone who does not trust that file), `none` writes the SBOM only. Defaults to keyless.",
        "required": false,
        "default": "keyless"
      },
      "key": {
        "description": "The private key for signing key, as a PEM (from a secret) or a path to a PEM file; an encrypted key's passphrase is read from COSIGN_PASSWORD. Never recorded. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "trusted-root": {
        "description": "A Sigstore trusted_root.json for a private or offline Sigstore: its Fulcio, Rekor and timestamp authority URLs are used to sign and its keys to verify. Defaults to empty (public-good Sigstore, its root fetched through TUF).",
        "required": false,
        "default": ""
      },
      "output": {
        "description": "Path of the CycloneDX JSON SBOM to write (never overwritten); the Sigstore bundle is written beside it as .sigstore.json. Defaults to sbom.cdx.json.",
        "required": false,
        "default": "sbom.cdx.json"
      },
      "spdx-output": {
        "description": "Path of an SPDX 2.3 JSON document of the same content to write. Defaults to empty (no SPDX).",
        "required": false,
        "default": ""
      },
      "github-token": {
        "description": "Token for ghcr.io and for GitHub's attestations API. Defaults to the workflow's token.",
        "required": false,
        "default": "${{ github.token }}"
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger that audit-record collects; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "sbom-path": {
        "description": "Path of the CycloneDX SBOM written."
      },
      "sbom-sha256": {
        "description": "SHA-256 of the SBOM file's bytes."
      },
      "spdx-path": {
        "description": "Path of the SPDX 2.3 document, when written."
      },
      "public-key-path": {
        "description": "Path of the public key of an ephemeral signature (signing ephemeral)."
      },
      "bundle-path": {
        "description": "Path of the Sigstore bundle (v0.3) of the attestation."
      },
      "image-digest": {
        "description": "The image digest the attestation is about."
      },
      "attestation-digest": {
        "description": "Digest of the referrer manifest holding the attestation in the registry."
      },
      "attestation-location": {
        "description": "How it was attached, referrers-api or referrers-tag."
      },
      "github-attestation-id": {
        "description": "Id of the attestation stored through GitHub, when stored."
      },
      "component-count": {
        "description": "Number of top-level components in the SBOM."
      },
      "model-count": {
        "description": "Number of machine-learning-model components."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  },
  "verify-signed-commits": {
    "name": "verify-signed-commits",
    "description": "Verifies that every commit of a push, pull request or merge queue is signed (OpenPGP, SSH or gitsign) by a key the allow-list gives to a named person, and lists every unsigned, unattributed or badly signed commit with its reason.",
    "inputs": {
      "allowed-signers": {
        "description": "Allow-list files inside the workspace, one per line: YAML or JSON (schemas/allowed-signers.schema.json) mapping OpenPGP fingerprints, SSH keys and Sigstore certificate identities to named people, and/or git's allowed_signers files (any other file name). Required.",
        "required": true
      },
      "range": {
        "description": "Explicit range BASE..HEAD (revisions or commit ids): the commits reachable from HEAD and not from BASE. Needed for workflow_dispatch and schedule; for push, pull_request and merge_group events the range comes from the event. Defaults to the event's range.",
        "required": false,
        "default": ""
      },
      "commits": {
        "description": "Explicit commits, separated by newlines or commas, each verified on its own without walking history (such as the commit a release tag points to). Excludes range. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "source": {
        "description": "git reads the commits from the checkout at repository-path (check out with fetch-depth 0). github-api lists them through the GitHub REST API, rebuilds each commit from the signature and payload of its verification object, checks the rebuilt object against the commit id and verifies it locally against the allow-list, recording GitHub's own verdict beside it: a second opinion, and a way to verify without a full checkout. Defaults to git.",
        "required": false,
        "default": "git"
      },
      "allow-platform-signed": {
        "description": "Let commits pass that are verifiably signed by a signer of kind platform or bot in the allow-list, such as GitHub's web-flow key for merges and edits made in the web interface. They are reported as platform-signed either way, never as an individual's. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "signer-must-be-committer": {
        "description": "Require the committer's email to be one of the signer's emails in the allow-list, so a person cannot sign commits recorded under someone else's name. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "sigstore-trusted-root": {
        "description": "Path of a Sigstore trusted_root.json inside the workspace, holding the Fulcio certificate authorities and certificate-transparency log keys that x509 (gitsign) signatures are checked against. Without it every gitsign commit fails as unverifiable. Defaults to empty.",
        "required": false,
        "default": ""
      },
      "require-transparency-log": {
        "description": "gitsign commits carry no Rekor inclusion proof, and this action contacts no transparency log. With true every gitsign commit fails as unverifiable, with the reason; with false a gitsign signature passes on its CMS signature, its Fulcio chain at the signing time and its embedded SCT, and the report says that Rekor was not checked. Defaults to true.",
        "required": false,
        "default": "true"
      },
      "require-github-verified": {
        "description": "With source github-api, also require GitHub's verification.verified to be true for every commit. GitHub does not verify gitsign signatures nor SSH keys that are not registered as signing keys on an account. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "fetch-missing": {
        "description": "When the checkout is shallow or lacks a commit of the range, fetch the missing commits and history from remote (this adds objects to the repository and unshallows it; it changes no branch). When false, such a checkout fails with how to fix it. Defaults to false.",
        "required": false,
        "default": "false"
      },
      "remote": {
        "description": "The remote fetch-missing fetches from. Defaults to origin.",
        "required": false,
        "default": "origin"
      },
      "repository-path": {
        "description": "Path of the git repository inside the workspace, for source git, or of a git bundle file (as an auditor receives a repository; it is only read: its refs are fetched into a temporary bare repository). Defaults to the workspace.",
        "required": false,
        "default": "."
      },
      "max-commits": {
        "description": "The most commits one run verifies; a larger range is an error rather than a partial pass. Defaults to 10000.",
        "required": false,
        "default": "10000"
      },
      "repository": {
        "description": "owner/name of the repository, for source github-api. Defaults to the repository of the run (GITHUB_REPOSITORY).",
        "required": false,
        "default": ""
      },
      "github-api-url": {
        "description": "Base URL of the GitHub REST API, for GitHub Enterprise Server. Defaults to the run's API URL (GITHUB_API_URL), else https://api.github.com.",
        "required": false,
        "default": ""
      },
      "github-token": {
        "description": "Token for source github-api; needs contents read. Never recorded in reports. Defaults to the workflow's GITHUB_TOKEN.",
        "required": false,
        "default": "${{ github.token }}"
      },
      "report-dir": {
        "description": "Directory for the GateResult JSON, JUnit XML, SARIF, Markdown summary and the run ledger that audit-record collects; empty writes no reports. Defaults to ai-act-gates-reports.",
        "required": false,
        "default": "ai-act-gates-reports"
      }
    },
    "outputs": {
      "status": {
        "description": "The gate's status, pass, fail or error."
      },
      "commit-count": {
        "description": "Number of commits verified."
      },
      "failed-count": {
        "description": "Number of commits that did not pass."
      },
      "failed-commits": {
        "description": "Ids of the commits that did not pass, one per line."
      },
      "unsigned-commits": {
        "description": "Ids of the unsigned commits, one per line."
      },
      "platform-signed-commits": {
        "description": "Ids of the commits signed by a platform or bot signer, one per line."
      },
      "signers": {
        "description": "Names of the allow-listed signers of the passing commits, one per line."
      },
      "result-path": {
        "description": "Path of the GateResult JSON report, which lists every commit with its verdict and reason."
      },
      "junit-path": {
        "description": "Path of the JUnit XML report (one testcase per commit)."
      },
      "sarif-path": {
        "description": "Path of the SARIF report, when findings have file locations."
      }
    }
  }
};

// packages/action-kit/src/spec.ts
function actionSpecs() {
  return ACTION_SPECS;
}
function localDefault(value, env, workspace) {
  if (value === void 0 || !value.includes("${{")) return value;
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, expr) => {
    switch (expr) {
      case "github.token":
        return env.GITHUB_TOKEN ?? env.GH_TOKEN ?? "";
      case "github.workspace":
        return workspace;
      default:
        return "";
    }
  });
}

export {
  actionSpecs,
  localDefault
};
