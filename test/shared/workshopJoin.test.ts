import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_PATTERN } from '../../shared/ipcChannels';
import {
  CODE_LENGTH,
  decodeJoinCode,
  encodeJoinCode,
  joinLink,
  joinLinkCode,
  parseJoinInput,
  MAP_NAME_PATTERN,
  mapNameOf,
  parseTeamServer,
  tokenText,
} from '../../shared/workshopJoin';

const token = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);

describe('join codes', () => {
  it('round-trips the address, port and token, grouped by four', () => {
    const code = encodeJoinCode('192.168.1.23', 41234, token);
    expect(code).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(code.replace(/-/g, '')).toHaveLength(CODE_LENGTH);
    expect(decodeJoinCode(code)).toEqual({
      url: 'ws://192.168.1.23:41234',
      token: tokenText(token),
      documentName: 'workshop',
    });
  });

  it('reads a code typed in lower case, with spaces, or with O/I/L for 0/1/1', () => {
    const code = encodeJoinCode('127.0.0.1', 1, token);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeJoinCode(sloppy)).toEqual(decodeJoinCode(code));
  });

  it('refuses a code one character short, one too long, with a letter outside the alphabet, or with stray bits', () => {
    const code = encodeJoinCode('10.0.0.5', 5000, token).replace(/-/g, '');
    expect(decodeJoinCode(code.slice(1))).toBeNull();
    expect(decodeJoinCode(`${code}0`)).toBeNull();
    expect(decodeJoinCode(`U${code.slice(1)}`)).toBeNull();
    // The last character carries one bit of the token; its four padding bits must be zero.
    const last = code[code.length - 1]!;
    const stray = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'['0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(last) ^ 1];
    expect(decodeJoinCode(code.slice(0, -1) + stray)).toBeNull();
  });

  it('refuses port 0', () => {
    expect(() => encodeJoinCode('10.0.0.5', 0, token)).toThrow();
  });
});

describe('parseJoinInput', () => {
  const code = encodeJoinCode('127.0.0.1', 45678, token);

  it('accepts a code or its link', () => {
    expect(parseJoinInput(`  ${code} `)).toEqual({ ok: true, target: decodeJoinCode(code) });
    expect(parseJoinInput(joinLink(code))).toEqual({ ok: true, target: decodeJoinCode(code) });
  });

  it('says empty for nothing typed', () => {
    expect(parseJoinInput('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['another scheme', `https://join?code=${code}`],
    ['another action', `touchmap://open?code=${code}`],
    ['a path', `touchmap://join/x?code=${code}`],
    ['an extra parameter', `touchmap://join?code=${code}&file=/etc/passwd`],
    ['the code twice', `touchmap://join?code=${code}&code=${code}`],
    ['a user part', `touchmap://me@join?code=${code}`],
    ['a fragment', `touchmap://join?code=${code}#x`],
    ['a port', `touchmap://join:80?code=${code}`],
    ['no code', 'touchmap://join'],
    ['a bad code', 'touchmap://join?code=ABCD'],
    ['script', 'javascript:alert(1)'],
    ['a huge text', 'A'.repeat(10_000)],
    ['a wrong code', 'ABCD-EFGH-JKMN'],
  ])('refuses %s', (_name, text) => {
    expect(parseJoinInput(text)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('mapNameOf', () => {
  it.each([
    ['Saturday shop', 'saturday-shop'],
    ['Árvíztűrő tükörfúrógép', 'arvizturo-tukorfurogep'],
    ['  --Pay & leave!--  ', 'pay-leave'],
    ['超市之旅', 'workshop'],
    ['', 'workshop'],
  ])('names %j %j on a team server', (name, map) => {
    expect(mapNameOf(name)).toBe(map);
  });

  it('always gives a name the server accepts', () => {
    for (const name of ['a'.repeat(500), 'x-'.repeat(40), 'Šiauliai 2026', '\u0000\uffff'])
      expect(mapNameOf(name)).toMatch(MAP_NAME_PATTERN);
  });
});

describe('parseTeamServer', () => {
  const secret = 'team-secret-0123456789';
  it('accepts ws and wss URLs with a token', () => {
    expect(parseTeamServer('wss://sync.example.org/maps', secret)).toEqual({
      ok: true,
      target: { url: 'wss://sync.example.org/maps', token: secret, documentName: 'workshop' },
    });
    expect(parseTeamServer('ws://10.1.2.3:1234', secret, ' saturday-shop_2 ')).toEqual({
      ok: true,
      target: { url: 'ws://10.1.2.3:1234', token: secret, documentName: 'saturday-shop_2' },
    });
  });

  it.each([
    ['a path', '../etc/passwd'],
    ['a slash', 'maps/shop'],
    ['a dot', 'shop.yjs'],
    ['spaces', 'my shop'],
    ['too long', 'x'.repeat(101)],
    ['script', '<script>'],
  ])('refuses a map name with %s', (_name, map) => {
    expect(parseTeamServer('wss://sync.example.org', secret, map)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('says empty for a blank map name', () => {
    expect(parseTeamServer('wss://sync.example.org', secret, '  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['http', 'http://sync.example.org'],
    ['file', 'file:///etc/passwd'],
    ['credentials', 'wss://user:pw@sync.example.org'],
    ['a query', 'wss://sync.example.org/?token=x'],
    ['not a URL', 'sync example'],
  ])('refuses %s', (_name, url) => {
    expect(parseTeamServer(url, secret)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a short or odd token and says empty for missing fields', () => {
    expect(parseTeamServer('wss://a.example', 'short')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseTeamServer('wss://a.example', 'has spaces in it!!!!')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseTeamServer('', secret)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('join link codes (what main sends the page for a clicked link)', () => {
  it("gives a link's code in the spelling the host's dialog shows, which the preload's pattern accepts", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })),
        fc.integer({ min: 1, max: 65535 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        ([a, b], port, secret) => {
          const code = encodeJoinCode(`10.${a}.${b}.7`, port, secret);
          expect(code).toMatch(JOIN_CODE_PATTERN);
          expect(joinLinkCode(joinLink(code))).toBe(code);
          // Typed sloppily in the link (lower case, o/l for 0/1): the same code, spelled the one way.
          const sloppy = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
          expect(joinLinkCode(`touchmap://join?code=${sloppy}`)).toBe(code);
        },
      ),
    );
  });

  it('is null for anything but a join link with a code that decodes', () => {
    const code = encodeJoinCode('192.168.1.23', 41234, token);
    for (const text of [
      code,
      `touchmap://join?code=${code}&x=1`,
      `touchmap://join?code=${code.slice(1)}`,
      `http://join?code=${code}`,
    ])
      expect(joinLinkCode(text)).toBeNull();
  });
});
