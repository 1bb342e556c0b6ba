// Makes sure the tests have what they need from the system: Chromium (end-to-end
// tests), CJK fonts (exported images must show CJK titles), DejaVu Sans (the PDF
// export's Unicode font test) and poppler-utils (pdftotext and pdftoppm read the
// exported PDFs back). On a Debian machine where we are root, missing
// packages are installed with apt; otherwise it says what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const needs = [
  { pkg: 'chromium', present: chromium.some((p) => existsSync(p)) },
  { pkg: 'fonts-noto-cjk', present: existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
  { pkg: 'fonts-dejavu-core', present: existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') },
  { pkg: 'poppler-utils', present: ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p)) },
];
const missing = needs.filter((n) => !n.present).map((n) => n.pkg);

if (missing.length === 0) {
  console.log(
    `[system] Chromium at ${chromium.find((p) => existsSync(p))}, CJK and DejaVu fonts and poppler-utils present`,
  );
  process.exit(0);
}
const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (!canApt) {
  console.error(
    `[system] missing: ${missing.join(', ')}. Install these Debian packages (or set CHROMIUM_PATH to a Chromium binary).`,
  );
  process.exit(1);
}
console.log(`[system] installing ${missing.join(' ')} with apt-get (needed by the tests)`);
execSync('apt-get update -qq', { stdio: 'inherit' });
execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
console.log('[system] installed');
