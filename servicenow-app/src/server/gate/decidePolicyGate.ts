import { decideTicketGate } from '@helpdesk-verify/core-client/receiver';
import type { GateVerification } from '@helpdesk-verify/core-client/receiver';
import type { VerificationRecord } from '../ports';
import type { GateSettings } from './GateSettings';
import type { GateTaskView } from './GateTaskView';
import { taskMatchesGate } from './taskMatchesGate';

/** Everything the gate looks at when a task is saved. */
export interface PolicyGateInput {
  gate: GateSettings;
  task: GateTaskView;
  /** Whether this update resolves or closes the task (`isClosingUpdate`). */
  closing: boolean;
  /** sys_user sys_id of the task's current caller, null when it has none. */
  callerSysId: string | null;
  /** The verification rows of this task. */
  verifications: readonly VerificationRecord[];
  now: Date;
}

/** Allow, or refuse with the message the agent sees. */
export type PolicyGateDecision = { allow: true } | { allow: false; message: string };

/**
 * The ServiceNow policy gate: a task the gate condition holds cannot be resolved or closed unless
 * core-client's `decideTicketGate` allows it: the latest verification of this task for its current
 * caller passed, within `gate_max_age_minutes`. Everything else passes untouched.
 */
export const decidePolicyGate = (input: PolicyGateInput): PolicyGateDecision => {
  if (!input.gate.enabled || !input.closing || !taskMatchesGate(input.gate.condition, input.task))
    return { allow: true };
  const verifications: GateVerification[] = input.verifications.map((row) => ({
    verificationId: row.verificationId,
    status: row.status,
    employee: row.employeeSysId,
    requestedAt: row.requestedAt,
    completedAt: row.completedAt,
  }));
  const decision = decideTicketGate({
    verifications,
    employee: input.callerSysId,
    now: input.now,
    maxAgeMinutes: input.gate.maxAgeMinutes,
  });
  if (decision.allow) return { allow: true };
  return {
    allow: false,
    message:
      'This task needs a passed identity verification of its caller before it is resolved or closed. ' +
      decision.message,
  };
};
