/**
 * Which tasks the policy gate holds (`x_hdv_verify.gate_condition_type` and its property):
 * - `category`: the task's `category` is one of `categories` (lower case);
 * - `field`: one of the `field=value` pairs matches the task (for tables without `category`, e.g.
 *   `sc_req_item` or HR cases);
 * - `encoded_query`: the task matches a ServiceNow encoded query (`GlideFilter.checkRecord`).
 */
export type GateCondition =
  | { kind: 'category'; categories: string[] }
  | { kind: 'field'; pairs: { field: string; value: string }[] }
  | { kind: 'encoded_query'; query: string };
