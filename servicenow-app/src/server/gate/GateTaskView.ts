/** What the gate reads of the task being saved (the business rule's `current`, or a test double). */
export interface GateTaskView {
  /** The task table, e.g. `incident`. */
  table: string;
  /** Whether the table has this field (dot-walks are not fields). */
  hasField(field: string): boolean;
  /** A field's value as saved by this update ('' when empty); dot-walks allowed. */
  value(field: string): string;
  /** Whether the task, as it will be saved, matches an encoded query. */
  matchesEncodedQuery(query: string): boolean;
}
