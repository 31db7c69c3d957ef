import type { GateCondition } from './GateCondition';

/** The policy gate's configuration (`x_hdv_verify.gate_*`). */
export interface GateSettings {
  /** Whether the gate refuses to resolve or close the tasks its condition holds. */
  enabled: boolean;
  condition: GateCondition;
  /** How long a pass counts, in minutes (`gate_max_age_minutes`); null for as long as the task lives. */
  maxAgeMinutes: number | null;
}
