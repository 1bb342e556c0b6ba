// Makes sure the end-to-end tests have a Chromium and CJK fonts, installing them
// with apt when this is a Debian machine where we may (root). Says what it does.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
const hasCjk = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

if (found && hasCjk) {
  console.log(`[e2e] using Chromium at ${found}`);
  process.exit(0);
}
const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (!canApt) {
  console.error(
    `[e2e] ${found ? 'CJK fonts are' : 'Chromium is'} missing and cannot be installed here automatically.\n` +
      '      Install Debian packages "chromium" and "fonts-noto-cjk", or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log('[e2e] installing Chromium and CJK fonts for the end-to-end tests: apt-get install chromium fonts-noto-cjk');
execSync('apt-get update -qq', { stdio: 'inherit' });
execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
console.log('[e2e] Chromium installed at /usr/bin/chromium');
