import type { AppSettings } from './AppSettings'
import { DEFAULT_TASK_TABLES, PROPERTY_NAMES } from './PROPERTY_NAMES'

const DEFAULT_TIMEOUT_MS = 15_000

/** Reads one property; `undefined` or '' when it is not set. */
export type PropertyReader = (name: string) => string | undefined | null

const list = (text: string | undefined | null): string[] =>
    (text ?? '')
        .split(/[,\s]+/)
        .map((item) => item.trim())
        .filter((item) => item !== '')

/**
 * The app settings from the system properties (`gs.getProperty` on the platform). Missing values
 * stay empty here; `missingSettings` says which ones an action needs.
 */
export const readSettings = (read: PropertyReader): AppSettings => {
    const timeout = Number(read(PROPERTY_NAMES.timeoutMs) ?? '')
    const tables = read(PROPERTY_NAMES.taskTables)
    return {
        serviceUrl: (read(PROPERTY_NAMES.serviceUrl) ?? '').trim(),
        apiKey: (read(PROPERTY_NAMES.apiKey) ?? '').trim(),
        webhookSecrets: list(read(PROPERTY_NAMES.webhookSecret)),
        defaultLinkId: (read(PROPERTY_NAMES.defaultLinkId) ?? '').trim(),
        taskTables: list(tables === undefined || tables === null || tables.trim() === '' ? DEFAULT_TASK_TABLES : tables),
        gateEnabled: (read(PROPERTY_NAMES.gateEnabled) ?? '').trim() === 'true',
        gateCategories: list(read(PROPERTY_NAMES.gateCategories)).map((c) => c.toLowerCase()),
        timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    }
}

/** The property names an outbound call needs and that are empty, for a clear message to the agent. */
export const missingSettings = (settings: AppSettings): string[] => [
    ...(settings.serviceUrl ? [] : [PROPERTY_NAMES.serviceUrl]),
    ...(settings.apiKey ? [] : [PROPERTY_NAMES.apiKey]),
]
