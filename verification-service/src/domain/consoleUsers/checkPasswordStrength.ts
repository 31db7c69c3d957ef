/** The most common passwords of 12 characters or more (breach lists), refused whatever their case. */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  'qwertyuiopas',
  'qwertyuiop123',
  '1qaz2wsx3edc',
  '1q2w3e4r5t6y',
  'qwerty123456',
  'qwertyqwerty',
  'passwordpassword',
  'password1234',
  'password12345',
  'password123!',
  'passw0rd1234',
  'p@ssw0rd1234',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'adminadmin123',
  'changeme1234',
  'changemenow!',
  'abc123abc123',
  'abcdefghijkl',
  'aaaaaaaaaaaa',
  'trustno1trustno1',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'master123456',
  'helpdesk1234',
  'helpdeskverify',
  'correcthorsebatterystaple',
  'mypassword123',
  'secretpassword',
  'password1!password1!',
  'summer2024!!',
  'winter2024!!',
  'spring2025!!',
  'autumn2025!!',
  'january2026!',
  'company12345',
  'welcome2026!',
]);

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Why a new password is refused, or null when it is strong enough (NIST 800-63B-4: length over
 * composition rules): at least 12 characters, not one of the most common, not the email or its name part.
 */
export function checkPasswordStrength(password: string, email: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is one of the most common passwords';
  if (new Set(lower).size < 4) return 'repeats too few different characters';
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (lower === address || (local.length >= 4 && lower.includes(local))) return 'must not contain your email address';
  return null;
}
