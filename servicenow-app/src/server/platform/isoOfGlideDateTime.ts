/** ISO 8601 UTC of a GlideDateTime value (`yyyy-MM-dd HH:mm:ss`, stored in UTC); '' stays ''. */
export const isoOfGlideDateTime = (value: string | null): string => {
  const text = (value ?? '').trim();
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) ? text.replace(' ', 'T') + '.000Z' : text;
};
