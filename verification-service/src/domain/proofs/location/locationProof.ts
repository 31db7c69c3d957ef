import { LocationOptions } from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../../kernel/ProblemError';
import { proofScript } from '../framework/proofAssets';
import type { ProofDefinition, ProofStepContext, ProofStepResult } from '../framework/ProofDefinition';
import { locateEmployee } from './locateEmployee';
import { renderLocationStep } from './renderLocationStep';

/** A coordinate as a form (string) or JSON (number) sends it; anything else is refused. */
function coordinate(value: unknown, name: string, limit: number): number {
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d{1,3}(\.\d{1,20})?$/.test(value.trim())
        ? Number(value)
        : Number.NaN;
  if (!Number.isFinite(parsed) || Math.abs(parsed) > limit) {
    throw new ProblemError('validation_error', `${name} must be a number between -${limit} and ${limit}`, {
      errors: [{ path: [name], message: `must be a number between -${limit} and ${limit}` }],
    });
  }
  return parsed;
}

/**
 * Locates the employee, stores region and country (only) on the verification, and decides against
 * the Link's allowed countries. Location is a signal, not an authenticator — the browser reports
 * whatever position it is told and an address can be routed through another country — so it passes
 * at `low` assurance and never makes a verification pass on its own.
 */
async function locate(
  step: ProofStepContext,
  coordinates: { latitude: number; longitude: number } | null,
  fallbackNote: string | null,
): Promise<ProofStepResult> {
  const { location, explanation } = await locateEmployee({ ip: step.request.ip, coordinates });
  const allowed = LocationOptions.parse(step.options ?? {}).allowed_countries;
  await step.services.noteLocation(location);
  const how = `${explanation.charAt(0).toUpperCase()}${explanation.slice(1)}${fallbackNote ? `; ${fallbackNote}` : ''}`;
  const state = { source: location.source };
  // `attempts` counts refusals only (the risk score reads them as failed attempts).
  if (allowed.length > 0 && (!location.country || !allowed.includes(location.country))) {
    const where = location.country
      ? `Located in ${location.country}, outside`
      : 'The country could not be determined, so it cannot be checked against';
    return {
      status: 'failed',
      detail: `${where} the countries this Link accepts (${allowed.join(', ')}). ${how}`,
      state,
      attempts: step.proof.attempts + 1,
    };
  }
  const scope = allowed.length > 0 ? ` — an accepted country (${allowed.join(', ')})` : '';
  return {
    status: 'passed',
    assurance: 'low',
    detail: `${how}${scope}. Low assurance: location is a signal, not proof of identity`,
    state,
  };
}

/**
 * Geographic location: region (state/province) and country, never finer. The page asks for the
 * browser's location with consent; without it (denied, unavailable, no script) the request's network
 * address is looked up in an offline database. Coordinates and addresses are never stored or logged.
 */
export const locationProof: ProofDefinition = {
  type: 'location',
  assurance: 'low',
  title: 'Your location',
  description:
    'Region (state/province) and country, from the browser with consent or the network address (offline database); never finer. A Link may list the countries it accepts. A signal, so low assurance.',
  actions: {
    browser: (step, input) =>
      locate(
        step,
        {
          latitude: coordinate(input.latitude, 'latitude', 90),
          longitude: coordinate(input.longitude, 'longitude', 180),
        },
        null,
      ),
    network: (step, input) =>
      locate(
        step,
        null,
        input.reason === 'denied'
          ? 'the browser location was not shared'
          : input.reason === 'unavailable'
            ? 'the browser could not give its location'
            : null,
      ),
  },
  renderPending: renderLocationStep,
  assets: () => ({ 'location.js': proofScript('location', 'location.js') }),
};
