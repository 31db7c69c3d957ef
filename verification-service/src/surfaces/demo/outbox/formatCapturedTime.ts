/** `2026-01-15T09:00:00.000Z` as `2026-01-15 09:00:00 UTC`. */
export function formatCapturedTime(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
}
