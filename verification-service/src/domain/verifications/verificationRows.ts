import type {
  Agent,
  Assurance,
  DeviceInfo,
  LocationInfo,
  ProofResult,
  Risk,
  TicketSystem,
  VerificationStatus,
} from '@helpdesk-verify/core-client';

/** A `verifications` row as both drivers return it. */
export interface VerificationRow {
  id: string;
  org_id: string;
  link_id: string;
  employee_id: string;
  status: VerificationStatus;
  agent: Agent;
  ticket_system: TicketSystem;
  ticket_id: string;
  ticket_url: string | null;
  reason: string;
  metadata: Record<string, string>;
  contacts: { email: 'work' | 'personal'; sms: 'work' | 'personal' };
  channels: ('email' | 'sms')[];
  match_code: string;
  token_used_at: Date | null;
  assurance_required: Assurance;
  assurance_reached: Assurance | null;
  risk: Risk | null;
  outcome_reason: string | null;
  /** jsonb; older rows may lack the fields added later (aaguid, new_device, source). */
  device: Partial<DeviceInfo> | null;
  location: Partial<LocationInfo> | null;
  expires_at: Date;
  opened_at: Date | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  [key: string]: unknown;
}

export interface ProofRow {
  type: ProofResult['type'];
  required: boolean;
  status: ProofResult['status'];
  assurance: Assurance | null;
  attempts: number;
  state: Record<string, unknown>;
  detail: string | null;
  completed_at: Date | null;
  [key: string]: unknown;
}

export interface EventRow {
  status: string;
  detail: string | null;
  at: Date;
  [key: string]: unknown;
}

export const toProofResult = (p: ProofRow): ProofResult => ({
  type: p.type,
  required: p.required,
  status: p.status,
  assurance: p.assurance,
  attempts: p.attempts,
  completed_at: p.completed_at ? p.completed_at.toISOString() : null,
  detail: p.detail,
});
