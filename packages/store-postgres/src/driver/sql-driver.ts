/** The rows of a statement and how many rows it touched. */
export interface SqlResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Something that runs one parameterized statement: a driver, or a transaction of one. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<SqlResult<Row>>;
}

/**
 * The tiny interface between the store and a PostgreSQL connection: the store speaks one SQL
 * dialect, and each driver (a `pg` Pool, PGlite) only runs statements. A statement run by
 * `query` outside `transaction` is its own transaction: when its promise resolves, it is
 * committed.
 */
export interface SqlDriver extends SqlQueryable {
  /** Runs `work` in one transaction on one connection: committed if it resolves, else rolled back. */
  transaction<Result>(work: (transaction: SqlQueryable) => Promise<Result>): Promise<Result>;
  /** How many statements can run at the same time (the pool size; 1 for PGlite). */
  readonly connections: number;
  /** Releases the connections the driver owns. */
  close(): Promise<void>;
}

/** The SQLSTATE of an error that PostgreSQL reported, if it is one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
