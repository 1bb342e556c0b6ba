/**
 * File tokens: the page never names a path for main to open. Main hands it an
 * opaque, unguessable token for each path main learned itself (the recent list,
 * the command line, a second instance, the OS) and opens by token; a token main
 * did not hand out names nothing. Tokens live as long as the process: a restart
 * forgets them all.
 */
import { randomBytes } from 'node:crypto';
import type { FileToken } from '../shared/ipc';

/** Enough for every recent file and every path handed over in a long session; the oldest go first. */
const MAX_GRANTS = 1000;

export class FileGrants {
  readonly #pathOf = new Map<FileToken, string>();
  readonly #tokenOf = new Map<string, FileToken>();

  /** The token for `path` (the same one each time within this process). Only main calls this. */
  grant(path: string): FileToken {
    const known = this.#tokenOf.get(path);
    if (known) return known;
    // 24 random bytes: 32 url-safe base64 characters, see FILE_TOKEN_PATTERN.
    const token = randomBytes(24).toString('base64url');
    this.#pathOf.set(token, path);
    this.#tokenOf.set(path, token);
    if (this.#pathOf.size > MAX_GRANTS) {
      const [oldest, oldPath] = this.#pathOf.entries().next().value as [FileToken, string];
      this.#pathOf.delete(oldest);
      this.#tokenOf.delete(oldPath);
    }
    return token;
  }

  /** The path behind a token main handed out, or undefined for any other string. */
  pathOf(token: string): string | undefined {
    return this.#pathOf.get(token);
  }
}
