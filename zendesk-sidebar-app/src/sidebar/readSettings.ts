/** The installation settings the sidebar reads (the API key is a secure setting and is never here). */
export interface SidebarSettings {
  /** Service origin without a trailing slash, e.g. `https://verify.example.com`. */
  serviceUrl: string;
  defaultLinkId: string | null;
  /** Tickets with this tag cannot be solved until a verification of the requester passed. */
  solveGateTag: string | null;
  /** How long a passed verification lets a gated ticket be solved, in minutes; null: no limit. */
  gateMaxAgeMinutes: number | null;
}

import { parseMaxAgeMinutes } from '../gate/parseMaxAgeMinutes';

/** Settings, or every problem an admin must fix, in words. */
export type SettingsResult = { ok: true; settings: SidebarSettings } | { ok: false; problems: string[] };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Reads and checks `metadata().settings`. */
export const readSettings = (settings: Record<string, unknown>): SettingsResult => {
  const problems: string[] = [];
  const serviceUrl = text(settings.service_url).replace(/\/+$/, '');
  if (serviceUrl === '') problems.push('The Service URL setting is empty.');
  else if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(serviceUrl))
    problems.push(`The Service URL setting is not an http(s) URL: ${serviceUrl}`);
  const defaultLinkId = text(settings.default_link_id);
  if (defaultLinkId !== '' && !/^lnk_[0-9A-Za-z]+$/.test(defaultLinkId))
    problems.push(`The Default Link setting is not a Link id (lnk_…): ${defaultLinkId}`);
  const solveGateTag = text(settings.solve_gate_tag);
  if (/[\s,]/.test(solveGateTag)) problems.push(`The solve gate tag must be a single tag: ${solveGateTag}`);
  const maxAge = parseMaxAgeMinutes(settings.gate_max_age_minutes);
  if (!maxAge.ok) problems.push(maxAge.problem);
  if (problems.length > 0 || !maxAge.ok) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      serviceUrl,
      defaultLinkId: defaultLinkId || null,
      solveGateTag: solveGateTag.toLowerCase() || null,
      gateMaxAgeMinutes: maxAge.minutes,
    },
  };
};
