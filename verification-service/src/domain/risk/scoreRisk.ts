import type { Risk } from '@helpdesk-verify/core-client/schemas';

/** What the risk score looks at; later proofs add signals here. */
export interface RiskSignals {
  outcome: 'passed' | 'failed' | 'expired' | 'cancelled';
  failedAttempts: number;
  personalContactUsed: boolean;
  employeeDisabled: boolean;
  verificationsForEmployeeLast24h: number;
  secondsToComplete: number | null;
  /** The country the location proof found (null: none found). */
  locationCountry?: string | null;
  /** Countries of the employee's earlier passed verifications; empty: no history, so no signal. */
  usualCountries?: readonly string[];
  /** The Link has a location proof. */
  locationAsked?: boolean;
  /** The employee pressed "I did not request this". */
  reportedByEmployee?: boolean;
  /** Verifications created for this employee in the last hour (this one included). */
  verificationsForEmployeeLastHour?: number;
  /** First use of this passkey, or (without a passkey) the first verification from this browser. */
  newDevice?: boolean | null;
  /** A passkey was used and its attestation does not chain to a trusted root. */
  unattestedPasskey?: boolean;
  /** Whether the browser that completed it is the one that opened the link (null: unknown). */
  sameDeviceAsLink?: boolean | null;
}

type Reason = Risk['reasons'][number];

const RULES: ReadonlyArray<(s: RiskSignals) => Reason | null> = [
  (s) =>
    s.outcome === 'failed'
      ? { code: 'verification_failed', message: 'The employee did not complete the required proofs', weight: 50 }
      : null,
  (s) =>
    s.outcome === 'expired'
      ? { code: 'verification_expired', message: 'The link expired before the employee finished', weight: 20 }
      : null,
  (s) =>
    s.failedAttempts > 0
      ? {
          code: 'failed_attempts',
          message: `${s.failedAttempts} wrong ${s.failedAttempts === 1 ? 'answer' : 'answers'} before the result`,
          weight: Math.min(30, s.failedAttempts * 8),
        }
      : null,
  (s) =>
    s.personalContactUsed
      ? { code: 'personal_contact', message: 'The link went to a personal contact rather than a work one', weight: 10 }
      : null,
  (s) =>
    s.employeeDisabled
      ? { code: 'employee_disabled', message: 'The employee is disabled in the directory', weight: 40 }
      : null,
  (s) =>
    s.verificationsForEmployeeLast24h >= 3
      ? {
          code: 'many_verifications',
          message: `${s.verificationsForEmployeeLast24h} verifications for this employee in 24 hours`,
          weight: 15,
        }
      : null,
  (s) =>
    s.secondsToComplete !== null && s.secondsToComplete < 5 && s.outcome === 'passed'
      ? {
          code: 'completed_too_fast',
          message: `Completed ${s.secondsToComplete} s after opening, faster than a person usually can`,
          weight: 15,
        }
      : null,
  (s) =>
    s.locationCountry &&
    s.usualCountries &&
    s.usualCountries.length > 0 &&
    !s.usualCountries.includes(s.locationCountry)
      ? {
          code: 'unusual_country',
          message: `Located in ${s.locationCountry}, outside the employee's usual countries (${s.usualCountries.join(', ')})`,
          weight: 25,
        }
      : null,
  (s) =>
    s.locationAsked && !s.locationCountry && !s.reportedByEmployee
      ? {
          code: 'location_missing',
          message: 'The Link asks for the location, but no country was determined',
          weight: 10,
        }
      : null,
  (s) =>
    (s.verificationsForEmployeeLastHour ?? 0) >= 3
      ? {
          code: 'verification_burst',
          message: `${s.verificationsForEmployeeLastHour} verifications for this employee within one hour`,
          weight: 20,
        }
      : null,
  (s) =>
    s.newDevice === true
      ? {
          code: 'new_device',
          message: 'Completed on a device this employee has not used to verify before (a new passkey or browser)',
          weight: 10,
        }
      : null,
  (s) =>
    s.unattestedPasskey
      ? {
          code: 'unattested_device',
          message: 'The passkey is not attested hardware: the make of the device is not proven',
          weight: 10,
        }
      : null,
  (s) =>
    s.sameDeviceAsLink === false
      ? { code: 'different_device', message: 'The link was opened in one browser and completed in another', weight: 15 }
      : null,
  (s) =>
    s.reportedByEmployee
      ? {
          code: 'not_requested_by_employee',
          message:
            'The employee reported that they did not request this verification: someone may be impersonating them',
          weight: 60,
        }
      : null,
];

/** A 0–100 risk score with the human-readable reasons that make it up. */
export function scoreRisk(signals: RiskSignals): Risk {
  const reasons = RULES.map((rule) => rule(signals)).filter((r): r is Reason => r !== null);
  return {
    score: Math.min(
      100,
      reasons.reduce((sum, r) => sum + r.weight, 0),
    ),
    reasons,
  };
}
