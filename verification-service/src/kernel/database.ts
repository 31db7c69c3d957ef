/** A row as the driver returns it: timestamptz as Date, jsonb as parsed JSON, bytea as Uint8Array. */
export type Row = Record<string, unknown>;

/** Anything SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The one storage interface of the service; PostgreSQL dialect on both drivers. */
export interface Database extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; a throw rolls it back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** What a data-layer function needs of the context: the database (`(ctx, { tx?, … })`). */
export type Db = { db: Queryable };

/** The open transaction a data-layer call joins; without it the statement runs on `ctx.db` by itself. */
export type Tx = { tx?: Queryable };
