/** GlideDateTime text (UTC, `yyyy-MM-dd HH:mm:ss`) of an ISO 8601 UTC timestamp. */
export const glideDateTimeText = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
