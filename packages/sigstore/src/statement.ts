/** in-toto Statement v1, the payload every attestation of the suite signs. */

/** The `_type` of an in-toto Statement v1. */
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** The DSSE payload type of in-toto statements. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** An in-toto Statement v1. */
export interface InTotoStatement {
  /** Always `https://in-toto.io/Statement/v1`. */
  _type: string
  /** What the statement is about, each with its digests. */
  subject: Array<{ name: string; digest: Record<string, string> }>
  /** The kind of predicate, such as `https://cyclonedx.org/bom`. */
  predicateType: string
  /** The claim itself. */
  predicate: unknown
}

/** True when `value` has the shape of an in-toto Statement v1. */
export function isStatement(value: unknown): value is InTotoStatement {
  const v = value as Partial<InTotoStatement> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    v._type === IN_TOTO_STATEMENT_TYPE &&
    Array.isArray(v.subject) &&
    typeof v.predicateType === 'string'
  )
}

/** True when the statement names `digest` (`sha256:<hex>` or bare hex) among its subjects. */
export function statementNames(statement: InTotoStatement, digest: string): boolean {
  const [algorithm, hex] = digest.includes(':') ? digest.split(':', 2) : ['sha256', digest]
  return statement.subject.some(s => s.digest?.[algorithm!]?.toLowerCase() === hex!.toLowerCase())
}
