/**
 * Compares two strings in time that depends only on their length, in plain JS so it runs in
 * browsers, Forge and ServiceNow alike. Lengths are not secret here (signatures have a fixed length).
 */
export const constantTimeEqual = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
};
