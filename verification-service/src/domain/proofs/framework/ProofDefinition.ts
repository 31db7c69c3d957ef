import type { Assurance, LocationInfo, ProofType } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import type { Queryable } from '../../../kernel/database';
import type { SafeHtml } from '../../../kernel/html';
import type { SessionVerification } from './SessionVerification';

/** A proof's stored progress inside one verification (`verification_proofs`). */
export interface ProofRecord {
  type: ProofType;
  required: boolean;
  status: 'pending' | 'passed' | 'failed' | 'skipped';
  attempts: number;
  state: Record<string, unknown>;
  detail: string | null;
}

/** What a proof step may use: the locked verification, its own record, and the outside world. */
export interface ProofStepContext {
  ctx: AppContext;
  tx: Queryable;
  verification: SessionVerification;
  proof: ProofRecord;
  /** The proof's options on the verification's Link, as they are now (parse them with the proof's schema). */
  options: unknown;
  request: { userAgent: string | null; ip: string | null };
  services: ProofServices;
}

/** What `onStart` may use: a step without the Link's options. */
export type ProofStartContext = Omit<ProofStepContext, 'options'>;

/** Outside services a proof may call. */
export interface ProofServices {
  /**
   * Queues a one-time-code text message in the message outbox inside the step's transaction (a code
   * still queued is replaced); it is sent right after the commit and retried on a provider failure
   * until `expiresAt`, so a crash cannot lose it.
   */
  queueSms(message: { to: string; body: string }, options: { expiresAt: Date }): Promise<void>;
  /** Merges what the proof established about the employee's device into the verification's `device`. */
  noteDevice(facts: Record<string, unknown>): Promise<void>;
  /** Stores where the employee is on the verification: region and country only, never finer. */
  noteLocation(location: LocationInfo): Promise<void>;
}

/**
 * The result of a step. A message it sends is queued through `services` in the step's transaction
 * (sent after the commit, so a slow provider never holds the database). `data` (pending only) is JSON handed back to the page script that posted the action (e.g. the
 * WebAuthn options of a ceremony); it is not stored, and form posts without script ignore it.
 */
export type ProofStepResult =
  | {
      status: 'pending';
      state?: Record<string, unknown>;
      attempts?: number;
      notice?: string;
      data?: Record<string, unknown>;
    }
  | { status: 'passed'; assurance: Assurance; detail: string; state?: Record<string, unknown>; attempts?: number }
  | { status: 'failed'; detail: string; state?: Record<string, unknown>; attempts?: number };

/** What the employee page needs to draw a pending proof. */
export interface ProofView {
  verification: SessionVerification;
  proof: ProofRecord;
  /** Where the proof's forms post: `${actionBase}/${action}`. */
  actionBase: string;
  csrfToken: string;
  notice: string | null;
}

/** What a preparation sees: the verification and the proof's record, read without a lock. */
export interface ProofPrepareContext {
  ctx: AppContext;
  verification: SessionVerification;
  proof: ProofRecord;
}

/**
 * Heavy work an action needs before the verification is locked (e.g. running the face model), done
 * outside the database transaction. Its result is the input the action then receives instead of the
 * posted body; one preparation of a proof runs at a time per verification.
 */
export interface ProofPreparation {
  /** The largest body the action accepts, in bytes, when the server's default is too small. */
  bodyLimit?: number;
  run(prepare: ProofPrepareContext, input: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** Work a proof needs done every `intervalMs` while the service runs (e.g. erasing due images). */
export interface ProofJob {
  name: string;
  intervalMs: number;
  run(ctx: AppContext): Promise<unknown>;
}

/**
 * One kind of proof, kept in its own folder. New proofs are new definitions in the registry; the
 * generic proof routes serve their actions and scripts, and the service starts their jobs.
 */
export interface ProofDefinition {
  type: ProofType;
  /** The strongest assurance this proof can give. */
  assurance: Assurance;
  title: string;
  description: string;
  /** Runs when the employee starts the verification (e.g. email possession passes here). */
  onStart?(step: ProofStartContext): Promise<ProofStepResult | undefined>;
  /** The actions the page may post, by name. Input is the form or JSON body. */
  actions: Record<string, (step: ProofStepContext, input: Record<string, unknown>) => Promise<ProofStepResult>>;
  /** Actions that need a preparation outside the transaction, by action name. */
  prepare?: Record<string, ProofPreparation>;
  /** The HTML of the proof's step while it is pending. */
  renderPending(view: ProofView): SafeHtml;
  /** The browser scripts the step loads, by file name, read once when the routes are added (see proofScriptUrl). */
  assets?(): Record<string, string>;
  /** Checks at service start what the proof needs (e.g. its trust store), so bad configuration stops the start. */
  start?(ctx: AppContext): void;
  /** Periodic jobs of the proof. */
  jobs?: readonly ProofJob[];
  /**
   * Refuses, at creation time, a verification this proof could not run (e.g. no phone on file).
   * Returns a message for the agent, or null when fine.
   */
  precondition?(input: {
    employee: {
      phone: string | null;
      personal_phone: string | null;
      email: string;
      has_reference_photo?: boolean;
      reference_photo_type?: string | null;
    };
    contacts: { email: 'work' | 'personal'; sms: 'work' | 'personal' };
    channels: readonly string[];
  }): string | null;
}
