/**
 * A phone number reduced to its last four digits, for API responses and pages:
 * `maskPhone('+14155550100')` is `'•••• 0100'`. A number with fewer than six digits (or none)
 * becomes `'••••'`, since four of five digits would reveal almost all of it.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '••••';
  return `•••• ${digits.slice(-4)}`;
}
