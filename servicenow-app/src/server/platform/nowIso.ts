import { GlideDateTime } from '@servicenow/glide';

/** The instance clock as ISO 8601 UTC (`GlideDateTime` is UTC; milliseconds since the epoch). */
export const nowIso = (): string => new Date(Number(new GlideDateTime().getNumericValue())).toISOString();
