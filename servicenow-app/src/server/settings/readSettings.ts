import type { AppSettings } from './AppSettings';
import { readGateCondition } from '../gate/readGateCondition';
import { DEFAULT_GATE_MAX_AGE_MINUTES, DEFAULT_TASK_TABLES, PROPERTY_NAMES } from './PROPERTY_NAMES';

const DEFAULT_TIMEOUT_MS = 15_000;

/** Reads one property; `undefined` or '' when it is not set. */
export type PropertyReader = (name: string) => string | undefined | null;

const list = (text: string | undefined | null): string[] =>
  (text ?? '')
    .split(/[,\s]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** `gate_max_age_minutes`: a positive whole number; `0` means no window; unset or unreadable means the default. */
const maxAge = (text: string | undefined | null): number | null => {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return DEFAULT_GATE_MAX_AGE_MINUTES;
  const minutes = Number(trimmed);
  if (minutes === 0) return null;
  return minutes > 0 && Math.floor(minutes) === minutes ? minutes : DEFAULT_GATE_MAX_AGE_MINUTES;
};

/**
 * The app settings from the system properties (`gs.getProperty` on the platform). Missing values
 * stay empty here; `missingSettings` says which ones an action needs.
 */
export const readSettings = (read: PropertyReader): AppSettings => {
  const timeout = Number(read(PROPERTY_NAMES.timeoutMs) ?? '');
  const tables = read(PROPERTY_NAMES.taskTables);
  return {
    serviceUrl: (read(PROPERTY_NAMES.serviceUrl) ?? '').trim(),
    apiKey: (read(PROPERTY_NAMES.apiKey) ?? '').trim(),
    webhookSecrets: list(read(PROPERTY_NAMES.webhookSecret)),
    defaultLinkId: (read(PROPERTY_NAMES.defaultLinkId) ?? '').trim(),
    taskTables: list(tables === undefined || tables === null || tables.trim() === '' ? DEFAULT_TASK_TABLES : tables),
    gate: {
      enabled: (read(PROPERTY_NAMES.gateEnabled) ?? '').trim() === 'true',
      condition: readGateCondition({
        type: read(PROPERTY_NAMES.gateConditionType) ?? '',
        categories: read(PROPERTY_NAMES.gateCategories) ?? '',
        fieldValues: read(PROPERTY_NAMES.gateFieldValues) ?? '',
        encodedQuery: read(PROPERTY_NAMES.gateEncodedQuery) ?? '',
      }),
      maxAgeMinutes: maxAge(read(PROPERTY_NAMES.gateMaxAgeMinutes)),
    },
    timeoutMs: timeout > 0 && Math.floor(timeout) === timeout ? timeout : DEFAULT_TIMEOUT_MS,
  };
};

/** The property names an outbound call needs and that are empty, for a clear message to the agent. */
export const missingSettings = (settings: AppSettings): string[] => [
  ...(settings.serviceUrl ? [] : [PROPERTY_NAMES.serviceUrl]),
  ...(settings.apiKey ? [] : [PROPERTY_NAMES.apiKey]),
];
