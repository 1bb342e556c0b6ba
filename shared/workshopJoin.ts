/**
 * How a workshop is joined: a join code (what the host reads out or pastes), a join link
 * (`touchmap://join?code=...`, the same code in a link) or a team server's address and token.
 * Plain data, no Node and no DOM: main parses what the user typed (nothing from the page or
 * a link is trusted), the renderer shows the host's code and link.
 *
 * A code carries the host's IPv4 address, its port and a 128-bit random token, in Crockford
 * base32 (no I, L, O or U; those read as 1, 1, 0 are accepted), grouped by four:
 * 22 bytes = 176 bits = 36 characters. Guessing the token is hopeless (2^128), and the server
 * rate-limits wrong ones per address.
 */

/** Bytes of the random token: 128 bits. */
export const TOKEN_BYTES = 16;
const CODE_BYTES = 4 + 2 + TOKEN_BYTES;
/** Characters of a code without its dashes. */
export const CODE_LENGTH = Math.ceil((CODE_BYTES * 8) / 5);
/** The longest text the parser looks at (a link with a team server URL and token). */
export const MAX_JOIN_TEXT = 600;
/** The link's scheme (registered with the system by main where it can be). */
export const JOIN_SCHEME = 'touchmap:';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DECODE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));
DECODE.O = 0;
DECODE.I = 1;
DECODE.L = 1;

/** The document a workshop hosted on this computer shares (its server holds that one map). */
export const WORKSHOP_DOCUMENT = 'workshop';
/** A map's name on a team server: what the server accepts as a document (and a file) name. */
export const MAP_NAME_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** Where to connect and with what: a host on the local network (from a code) or a team server. */
export interface JoinTarget {
  /** ws:// or wss:// URL of the sync server. */
  url: string;
  /** The secret the server checks (base64url). */
  token: string;
  /** The map (the server's document) to share: a team server keeps many. */
  documentName: string;
}

export type JoinParse = { ok: true; target: JoinTarget } | { ok: false; reason: 'empty' | 'malformed' };

/** The token as text the server compares: base64url without padding. */
export function tokenText(token: Uint8Array): string {
  let binary = '';
  for (const byte of token) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A team server's token: 16 to 128 url-safe characters. */
export const TEAM_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** The join code for a host at `address:port` with `token`, grouped by four ("7F3K-..."). */
export function encodeJoinCode(address: string, port: number, token: Uint8Array): string {
  const octets = parseIpv4(address);
  if (!octets) throw new Error(`not an IPv4 address: ${address}`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a port: ${port}`);
  if (token.length !== TOKEN_BYTES) throw new Error('the token must be 16 bytes');
  const bytes = [...octets, port >> 8, port & 0xff, ...token];
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** The link form of a code. */
export function joinLink(code: string): string {
  return `touchmap://join?code=${code}`;
}

/** What a code holds, or null when it is not one (wrong length, a letter outside the alphabet, stray bits). */
export function decodeJoinCode(text: string): JoinTarget | null {
  const clean = text.replace(/[\s-]/g, '').toUpperCase();
  if (clean.length !== CODE_LENGTH) return null;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const digit = DECODE[char];
    if (digit === undefined) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >> (bits - 8)) & 0xff);
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  // The last character's unused bits must be zero: one code, one spelling.
  if (value !== 0 || bytes.length !== CODE_BYTES) return null;
  const port = (bytes[4]! << 8) | bytes[5]!;
  if (port === 0) return null;
  const address = bytes.slice(0, 4).join('.');
  return {
    url: `ws://${address}:${port}`,
    token: tokenText(Uint8Array.from(bytes.slice(6))),
    documentName: WORKSHOP_DOCUMENT,
  };
}

/**
 * What the user typed or pasted into Join: a code, or a `touchmap://join?code=...` link.
 * Strict: anything else (another scheme, another path, extra parameters, a code that does not
 * decode) is malformed.
 */
export function parseJoinInput(input: string): JoinParse {
  const text = input.trim();
  if (text.length === 0) return { ok: false, reason: 'empty' };
  if (text.length > MAX_JOIN_TEXT) return { ok: false, reason: 'malformed' };
  if (/^touchmap:/i.test(text)) {
    const code = linkCode(text);
    const target = code === null ? null : decodeJoinCode(code);
    return target ? { ok: true, target } : { ok: false, reason: 'malformed' };
  }
  const target = decodeJoinCode(text);
  return target ? { ok: true, target } : { ok: false, reason: 'malformed' };
}

/**
 * The code of a join link in its one spelling (capitals, grouped by four: what the host's dialog
 * shows), or null when `text` is anything but a `touchmap://join?code=<code>` link whose code decodes.
 */
export function joinLinkCode(text: string): string | null {
  if (text.length > MAX_JOIN_TEXT || !/^touchmap:/i.test(text)) return null;
  const code = linkCode(text);
  if (code === null || decodeJoinCode(code) === null) return null;
  const clean = code.replace(/-/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.match(/.{1,4}/g)!.join('-');
}

/** The code of a join link, or null when the link is anything but `touchmap://join?code=<code>`. */
function linkCode(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== JOIN_SCHEME || url.host !== 'join' || (url.pathname !== '' && url.pathname !== '/')) return null;
  if (url.username || url.password || url.port || url.hash) return null;
  const keys = [...url.searchParams.keys()];
  if (keys.length !== 1 || keys[0] !== 'code') return null;
  const code = url.searchParams.get('code')!;
  return /^[0-9A-Za-z-]{1,60}$/.test(code) ? code : null;
}

/**
 * A team server's address, token and map name, as typed in Host or Join. The URL must be ws:// or
 * wss:// with a host and nothing after the path (no user, no query, no fragment); the token 16-128
 * url-safe characters; the map name letters, digits, `-` and `_` (absent: the server's one
 * `workshop` map).
 */
export function parseTeamServer(urlText: string, token: string, map: string = WORKSHOP_DOCUMENT): JoinParse {
  const text = urlText.trim();
  const secret = token.trim();
  const documentName = map.trim();
  if (text.length === 0 || secret.length === 0 || documentName.length === 0) return { ok: false, reason: 'empty' };
  if (text.length > MAX_JOIN_TEXT || !TEAM_TOKEN_PATTERN.test(secret) || !MAP_NAME_PATTERN.test(documentName))
    return { ok: false, reason: 'malformed' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, reason: 'malformed' };
  if (!url.hostname || url.username || url.password || url.search || url.hash)
    return { ok: false, reason: 'malformed' };
  return { ok: true, target: { url: url.toString().replace(/\/$/, ''), token: secret, documentName } };
}

/**
 * A map name a team server accepts, made from a project's name: letters and digits kept (accents
 * dropped), anything else a `-`; `workshop` when nothing is left.
 */
export function mapNameOf(projectName: string): string {
  const slug = projectName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || WORKSHOP_DOCUMENT;
}

function parseIpv4(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}
