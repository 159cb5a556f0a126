import { describe, expect, it } from 'vitest';
import { UNSAFE_ADDRESSES } from '../../test/support/unsafeAddresses.ts';
import { httpUrl, isHttpUrl, quotedAddress } from './httpUrl.ts';


describe('addresses from outside data', () => {
  it.each(UNSAFE_ADDRESSES)('refuses %j', (address) => {
    expect(httpUrl(address)).toBeUndefined();
    expect(isHttpUrl(address)).toBe(false);
  });

  it('refuses what is not text at all', () => {
    for (const value of [undefined, null, 42, {}, ['https://lms.example/'], { href: 'https://lms.example/' }]) expect(httpUrl(value)).toBeUndefined();
  });

  it('accepts http(s) addresses, and gives back the parsed one that the browser would follow', () => {
    expect(httpUrl('https://lms.example/mod/xapilaunch/view.php?id=12')).toBe('https://lms.example/mod/xapilaunch/view.php?id=12');
    expect(httpUrl('HTTP://LMS.Example:8080/Return')).toBe('http://lms.example:8080/Return');
    expect(httpUrl(' https://lms.example/return ')).toBe('https://lms.example/return');
    expect(httpUrl('http://10.0.0.5/xapi/')).toBe('http://10.0.0.5/xapi/');
  });

  it('quotes a refused address on one short line', () => {
    expect(quotedAddress('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(quotedAddress(`data:text/html,${'A'.repeat(500)}`)).toHaveLength(60);
    expect(quotedAddress('java\nscript:\talert(1)')).toBe('java script: alert(1)');
    expect(quotedAddress(42)).toBe('42');
  });
});
