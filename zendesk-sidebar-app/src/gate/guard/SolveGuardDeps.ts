import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { ZendeskApiOptions } from '../../zendesk/ZendeskApiOptions';

/** What the server-side solve guard needs; the clock and the service are injected. */
export interface SolveGuardDeps {
  /** The signing secret(s) of the Zendesk webhook `requirements.json` created (two during a rotation); none: not configured. */
  signingSecrets: readonly string[];
  zendesk: ZendeskApiOptions;
  /** The gate tag (the sidebar's `solve_gate_tag`). */
  gateTag: string;
  /** The freshness window of a pass, in minutes; null: none. */
  maxAgeMinutes: number | null;
  /** This ticket's verifications from the service (an API key with `verifications:read`). */
  verifications(ticketId: string): Promise<Verification[]>;
  now(): Date;
  log?: (entry: Record<string, unknown>) => void;
}

/** The guard's answer to Zendesk: 200 for every decision taken, 4xx for a request that is not Zendesk's, 503 to be retried. */
export interface SolveGuardAnswer {
  status: number;
  body: { result: string; detail?: string; verification_id?: string };
}
