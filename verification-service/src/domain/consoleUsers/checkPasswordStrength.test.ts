import { checkPasswordStrength } from './checkPasswordStrength';
import { generatePassword } from './generatePassword';

describe('checkPasswordStrength', () => {
  it.each([
    ['short', 'must be at least 12 characters'],
    ['élan vital!', 'must be at least 12 characters'],
    ['password1234', 'is one of the most common passwords'],
    ['PASSWORD1234', 'is one of the most common passwords'],
    ['abababababab', 'repeats too few different characters'],
    ['kim.lee@acme.example', 'must not contain your email address'],
    ['my name is kim.lee ok', 'must not contain your email address'],
  ])('refuses %j (%s)', (password, why) => {
    expect(checkPasswordStrength(password, 'Kim.Lee@acme.example')).toBe(why);
  });

  it('takes long passphrases and the generated passwords', () => {
    expect(checkPasswordStrength('correct horse battery staple', 'kim@acme.example')).toBeNull();
    // A short local part ("kim") is too common a fragment to refuse on.
    expect(checkPasswordStrength('kimchi and rice for lunch', 'kim@acme.example')).toBeNull();
    for (let i = 0; i < 50; i++) expect(checkPasswordStrength(generatePassword(), 'kim@acme.example')).toBeNull();
  });
});
