// The README's pictures of the explorer: a few pages as a reader first sees
// them (the screen, not the whole page), written to docs/screenshots/ and,
// where Debian's pngquant is installed, reduced to 64 colours to stay small.
// Not a test; run it by hand against a running explorer:
//
//   kenes serve &     # prints its address
//   KENES_E2E_URL=http://127.0.0.1:8017/ node e2e/screenshots.mjs

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

import { DESKTOP, PHONE, launch, newContext, visit } from './lib/explorer.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;

// name, path, viewport, and what to do before the picture
const SHOTS = [
  ['overview', '/', DESKTOP],
  ['timeline', '/timeline', DESKTOP, openPassage],
  ['paper', '/paper', DESKTOP],
  ['bodies', '/bodies?body=body.regional-executive-committee', DESKTOP, toFirstChart],
  ['network', '/network', DESKTOP],
  ['state-phone', '/state?at=1917-10-30', PHONE],
];

// the first seat chart near the top of the screen
async function toFirstChart(page) {
  await page.locator('figure.account').first().evaluate((figure) => window.scrollTo(0, figure.offsetTop - 60));
}

// the Petrograd rising's claims, opened, near the top of the screen
async function openPassage(page) {
  const claims = page.locator('tr[id="ev.petrograd-rising"] details.claims');
  await claims.locator('summary').click();
  await page.locator('tr[id="ev.petrograd-rising"]').evaluate((row) => window.scrollTo(0, row.offsetTop - 40));
}

mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  for (const [name, path, viewport, prepare] of SHOTS) {
    const context = await newContext(browser, { viewport, mobile: viewport === PHONE });
    try {
      const { page } = await visit(context, path);
      await prepare?.(page);
      const file = `${OUT}${name}.png`;
      await page.screenshot({ path: file });
      shrink(file);
      console.log(`wrote ${file}`);
    } catch (error) {
      console.log(`skipped ${name}: ${error.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}

function shrink(file) {
  if (existsSync('/usr/bin/pngquant')) {
    execFileSync('/usr/bin/pngquant', ['--force', '--skip-if-larger', '--output', file, '64', '--', file]);
  }
}
