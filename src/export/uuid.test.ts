import { describe, expect, it } from 'vitest';
import { sha1 } from './sha1.ts';
import { isUuid, NAMESPACE_DNS, NAMESPACE_URL, uuidV5 } from './uuid.ts';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const enc = (s: string) => new TextEncoder().encode(s);

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('matches the FIPS 180 test vector for %j', (input, digest) => expect(hex(sha1(enc(input)))).toBe(digest));

  it('handles a message spanning many blocks', () => {
    expect(hex(sha1(enc('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });
});

describe('uuidV5', () => {
  it('matches the well-known name-based UUIDs', () => {
    expect(uuidV5(NAMESPACE_DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5(NAMESPACE_URL, 'http://python.org/')).toBe('4c565f0d-3f5a-5890-b41b-20cf47701c5e');
  });

  it('is stable for a name and different across names, with version 5 and the RFC 4122 variant', () => {
    const a = uuidV5(NAMESPACE_URL, 'x/1');
    expect(uuidV5(NAMESPACE_URL, 'x/1')).toBe(a);
    expect(uuidV5(NAMESPACE_URL, 'x/2')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('recognises UUIDs and nothing else', () => {
    expect(isUuid('2ed6657d-e927-568b-95e1-2665a8aea6a2')).toBe(true);
    expect(isUuid('2ed6657d-e927-568b-95e1-2665a8aea6a')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(() => uuidV5('nope', 'x')).toThrow();
  });
});
