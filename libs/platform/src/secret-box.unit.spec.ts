import { isSealed, secretBoxFor, SecretKeyMissing } from './secret-box';

describe('SecretBox', () => {
  const box = secretBoxFor('a-key-of-at-least-32-characters-0123456789');
  const secret = 'webhook-signing-secret-0123456789abcdef';

  it('seals so that the secret is not in the sealed text, and opens it again', () => {
    const sealed = box.seal(secret);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(box.open(sealed)).toBe(secret);
  });

  it('seals the same secret to the same text (configuring it again stays a no-op), another secret to another', () => {
    expect(box.seal(secret)).toBe(box.seal(secret));
    expect(box.seal(`${secret}x`)).not.toBe(box.seal(secret));
  });

  it('opens a secret recorded before sealing as it is; refuses another key and a missing one', () => {
    expect(box.open(secret)).toBe(secret);
    expect(() => secretBoxFor('another-key-of-at-least-32-characters-01').open(box.seal(secret))).toThrow();
    expect(() => secretBoxFor(undefined).open(box.seal(secret))).toThrow(SecretKeyMissing);
    expect(() => secretBoxFor(undefined).seal(secret)).toThrow(SecretKeyMissing);
  });
});
