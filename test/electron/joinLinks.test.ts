// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  joinCodeFromArgv,
  joinCodeFromLink,
  JoinLinkInbox,
  JOIN_PROTOCOL,
  registerJoinScheme,
} from '../../electron/joinLinks';
import { isJoinCode } from '../../shared/ipc';
import { encodeJoinCode, joinLink, MAX_JOIN_TEXT } from '../../shared/workshopJoin';

const TOKEN = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);
const CODE = encodeJoinCode('192.168.1.20', 41234, TOKEN);
const LINK = joinLink(CODE);

/** A log that keeps what it was told. */
function recorder() {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line) };
}

describe('joinCodeFromArgv', () => {
  it('takes the join link among Electron and Chromium arguments, as its code', () => {
    const { log, lines } = recorder();
    const argv = ['--allow-file-access-from-files', '--original-process-start-time=1', LINK];
    expect(joinCodeFromArgv(argv, log)).toBe(CODE);
    expect(isJoinCode(joinCodeFromArgv(argv, log))).toBe(true);
    expect(lines).toEqual([]);
  });

  it('gives the code in its one spelling, whatever case the link came in', () => {
    const lower = `TOUCHMAP://join?code=${CODE.toLowerCase()}`;
    expect(joinCodeFromArgv([lower], () => undefined)).toBe(CODE);
  });

  it('passes by flags, file paths and other schemes without a word', () => {
    const { log, lines } = recorder();
    const argv = [
      `--${LINK}`,
      `-${LINK}`,
      `--url=${LINK}`,
      '/home/ann/maps/shop.touchmap',
      'C:\\maps\\touchmap://join.touchmap',
      `https://example.com/?next=${encodeURIComponent(LINK)}`,
      `file:///tmp/${LINK}`,
      `mailto:${LINK}`,
      ` ${LINK}`,
      `touchmap:${CODE}`,
    ];
    expect(joinCodeFromArgv(argv, log)).toBeNull();
    expect(lines).toEqual([]);
  });

  it('ignores a touchmap:// argument that is not exactly a join link, and never logs its text', () => {
    const hostile = [
      `touchmap://join?code=${CODE}&then=delete`,
      `touchmap://host?code=${CODE}`,
      `touchmap://join/../etc?code=${CODE}`,
      `touchmap://user:pass@join?code=${CODE}`,
      `touchmap://join?code=${CODE}#x`,
      `touchmap://join?code=${CODE.slice(0, -1)}U`,
      'touchmap://join?code=',
      'touchmap://join',
      'touchmap://',
      `touchmap://join?code=${CODE}\0`,
      `touchmap://jo\tin?code=${CODE}`,
      `touchmap://join?code=${CODE}\n--inspect=9229`,
      `touchmap://join?code=${CODE} `,
    ];
    for (const arg of hostile) {
      const { log, lines } = recorder();
      expect({ arg, code: joinCodeFromArgv(['--flag', arg], log) }).toEqual({ arg, code: null });
      expect(lines).toHaveLength(1);
      // The code (with its token) never reaches the log, nor any part of it.
      expect(lines[0]).not.toContain(CODE.slice(0, 9));
      expect(lines[0]).not.toContain('code=');
    }
  });

  it('ignores a huge argument without parsing it, and logs only its length', () => {
    const { log, lines } = recorder();
    const huge = `${LINK}&${'x'.repeat(5_000_000)}`;
    const parse = vi.spyOn(URL.prototype, 'searchParams', 'get');
    expect(joinCodeFromArgv([huge], log)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(lines).toEqual([expect.stringContaining(`${huge.length} characters`)]);
    expect(lines[0]!.length).toBeLessThan(200);
    // At the limit a real link is still taken: a team server's link may be long, a code link never is.
    expect(LINK.length).toBeLessThan(MAX_JOIN_TEXT);
  });

  it('takes no link when two are given at once, even two good ones', () => {
    const other = joinLink(encodeJoinCode('10.0.0.2', 5000, TOKEN));
    const { log, lines } = recorder();
    expect(joinCodeFromArgv([LINK, other], log)).toBeNull();
    expect(joinCodeFromArgv([LINK, LINK], log)).toBeNull();
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(CODE.slice(0, 9));
  });

  it('skips arguments that are not text (a broken argv cannot throw)', () => {
    expect(joinCodeFromArgv([undefined, 42, null, LINK] as unknown as string[], () => undefined)).toBe(CODE);
  });
});

describe('joinCodeFromLink (macOS open-url)', () => {
  it('takes a join link and refuses anything else, logging lengths only', () => {
    const { log, lines } = recorder();
    expect(joinCodeFromLink(LINK, log)).toBe(CODE);
    expect(joinCodeFromLink(`https://evil.example/${CODE}`, log)).toBeNull();
    expect(joinCodeFromLink(`touchmap://join?code=${CODE}&x=1`, log)).toBeNull();
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(CODE.slice(0, 9));
  });
});

describe('registerJoinScheme', () => {
  it('registers the packaged app by itself', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) };
    expect(
      registerJoinScheme(app, { execPath: '/opt/Touchmap/touchmap', argv: ['/opt/Touchmap/touchmap'] }, () => {}),
    ).toBe(true);
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledExactlyOnceWith(JOIN_PROTOCOL);
  });

  it('in development, registers Electron with the app folder as its first argument', () => {
    const app = { setAsDefaultProtocolClient: vi.fn(() => true) };
    registerJoinScheme(
      app,
      { defaultApp: true, execPath: '/usr/lib/electron/electron', argv: ['electron', '.'] },
      () => {},
    );
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledExactlyOnceWith('touchmap', '/usr/lib/electron/electron', [
      resolve('.'),
    ]);
    // `electron` without an app folder: nothing the system could start, so nothing is registered.
    app.setAsDefaultProtocolClient.mockClear();
    expect(registerJoinScheme(app, { defaultApp: true, execPath: 'electron', argv: ['electron'] }, () => {})).toBe(
      false,
    );
    expect(app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
  });

  it('logs when the system refuses', () => {
    const { log, lines } = recorder();
    registerJoinScheme({ setAsDefaultProtocolClient: () => false }, { execPath: 'x', argv: ['x'] }, log);
    expect(lines).toHaveLength(1);
  });
});

describe('JoinLinkInbox', () => {
  it('holds the latest code until the page can hear it, then passes codes straight on', () => {
    const inbox = new JoinLinkInbox();
    inbox.deliver('A');
    inbox.deliver('B');
    const sent: string[] = [];
    inbox.connect((code) => sent.push(code));
    expect(sent).toEqual(['B']);
    inbox.deliver('C');
    expect(sent).toEqual(['B', 'C']);
    // The window closed: the next link waits for the next page.
    inbox.connect(null);
    inbox.deliver('D');
    expect(sent).toEqual(['B', 'C']);
    expect(inbox.waiting).toBe('D');
  });
});
