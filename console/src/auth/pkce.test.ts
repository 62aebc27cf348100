import { describe, expect, it } from 'vitest';
import { base64url, challengeOf, createVerifier } from './pkce';

describe('PKCE S256', () => {
  it('challenge is base64url(sha256(verifier)): the RFC 7636 appendix B example', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('challenge equals an independent sha256 of the verifier, without padding or +/', async () => {
    const { createHash } = await import('node:crypto');
    for (let i = 0; i < 20; i++) {
      const verifier = createVerifier();
      const expected = createHash('sha256').update(verifier).digest('base64url');
      const challenge = await challengeOf(verifier);
      expect(challenge).toBe(expected);
      expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('verifiers are 43 characters of the unreserved set, and differ', () => {
    const verifiers = new Set(Array.from({ length: 50 }, createVerifier));
    expect(verifiers.size).toBe(50);
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('base64url maps + and / and drops padding', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
});
