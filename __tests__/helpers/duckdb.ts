/** DuckDB (from npm) as an independent reader of exported Parquet and CSV files. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'

let connection: DuckDBConnection | undefined

/** Runs SQL and returns the rows as objects (counts come back as bigint). */
export async function duck(sql: string): Promise<Array<Record<string, unknown>>> {
  if (!connection) connection = await (await DuckDBInstance.create(':memory:')).connect()
  const reader = await connection.runAndReadAll(sql)
  return reader.getRowObjects() as Array<Record<string, unknown>>
}

/** A path as a SQL string literal. */
export function lit(path: string): string {
  return `'${path.replace(/'/g, "''")}'`
}
