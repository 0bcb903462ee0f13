// What the browser tests share: the explorer's address, Debian's Chromium,
// the pages and the selectors each promises (the contract the pages are
// built to), and a visit that records every console error, page error and
// failed request on the way.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The running explorer, e.g. http://127.0.0.1:40123/ (set by crates/kenes-web/tests/browser.rs). */
export const BASE = baseUrl();

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.KENES_CHROMIUM ?? '/usr/bin/chromium';

/** Where the screenshots go (the workspace's target/e2e-screenshots unless told). */
export const SCREENSHOTS = process.env.KENES_E2E_SCREENSHOTS
  ?? new URL('../../target/e2e-screenshots/', import.meta.url).pathname;

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Every page, with the selectors its contract promises (each must match at
 * least once on the embedded model). `name` names its screenshots; `phone`
 * marks the pages whose phone-width screenshot is kept too.
 */
export const PAGES = [
  { path: '/', name: 'overview', phone: true, expect: [] },
  { path: '/timeline', name: 'timeline', phone: true, expect: ['tr[id] details.claims summary'] },
  { path: '/state?at=1917-10-30', name: 'state', phone: true,
    expect: ['form.day input#at[type=date][name=at]', 'form.day button[type=submit]', 'ul.state li[data-subject]'] },
  { path: '/sources', name: 'sources', expect: [] },
  { path: '/bodies', name: 'bodies', phone: true, expect: ['svg.hemicycle[data-composition][data-seats] circle.seat'] },
  { path: '/stances', name: 'stances', expect: ['table.stances td[data-stance]'] },
  { path: '/network', name: 'network', phone: true, expect: ['svg.network g.node[data-id]', 'svg.network line.edge'] },
  { path: '/paper', name: 'paper', expect: ['article.paragraph[id]', 'a.quoted[data-claim]'] },
  { path: '/conflicts', name: 'conflicts', expect: ['section.finding[data-code]'] },
  { path: '/search?q=Коровиченко', name: 'search', expect: ['ol.results li[data-kind][data-id]'] },
  { path: '/glossary', name: 'glossary', expect: ['dl.glossary dt[id^="term-"]'] },
  { path: '/entity/person.korovichenko', name: 'entity-person', phone: true, expect: ['p.cite'] },
  { path: '/entity/place.tashkent', name: 'entity-place', expect: ['p.cite'] },
  { path: '/entity/ev.petrograd-rising', name: 'entity-event', expect: ['p.cite'] },
  { path: '/entity/c.oct.petrograd-rising', name: 'entity-claim', expect: ['p.cite'] },
];

function baseUrl() {
  const url = process.env.KENES_E2E_URL;
  if (!url) {
    throw new Error(
      'KENES_E2E_URL is not set: run the browser tests with '
      + '`cargo nextest run -p kenes-web --test browser` (it starts the explorer), '
      + 'or start `kenes serve` and run `KENES_E2E_URL=http://127.0.0.1:8017/ npm test --prefix e2e`',
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** Starts headless Chromium, or says how to install it. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install chromium\` (or set KENES_CHROMIUM)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM });
}

/** A fresh browser context (no cookies) with the given viewport, in English unless told. */
export async function newContext(browser, { viewport = DESKTOP, mobile = false, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, locale });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Opens `path` in a new page of `context`: fails with a clear message unless
 * it answers 200, and records what goes wrong in the page from then on
 * (console errors, uncaught exceptions, requests that fail or answer >= 400).
 * Returns the page and its list of problems (see `assertClean`).
 */
export async function visit(context, path) {
  const page = await context.newPage();
  const problems = watch(page);
  const url = new URL(path.replace(/^\//, ''), BASE).href;
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    // Chromium shows an error page of its own for an error status with an
    // empty body, and goto throws: ask again to say which status it was
    assertAnswered(path, (await fetch(url)).status);
    throw error;
  }
  assertAnswered(path, response?.status());
  return { page, problems };
}

/** Fails unless the document answered 200, naming a page that has not landed. */
export function assertAnswered(path, status) {
  if (status === undefined) {
    throw new Error(`GET ${path}: no response`);
  }
  if (status === 501) {
    throw new Error(`GET ${path} answered 501 Not Implemented: this page has not landed yet `
      + '(the test checks it against the contract in e2e/README.md and passes once it lands)');
  }
  if (status !== 200) {
    throw new Error(`GET ${path} answered ${status}, not 200`);
  }
}

function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the explorer has none
    // and the page never asks for it, so its 404 is not the page's error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(`console error: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });
  return problems;
}

/** Fails listing every problem seen on `path`'s page. */
export function assertClean(path, problems) {
  if (problems.length > 0) {
    throw new Error(`${path}: ${problems.length} problem(s) in the browser:\n  ${problems.join('\n  ')}`);
  }
}

/** Fails unless `selector` matches at least once, naming the contract. */
export async function assertPresent(page, path, selector) {
  const count = await page.locator(selector).count();
  if (count === 0) {
    throw new Error(`${path}: nothing matches \`${selector}\`, which the page's contract promises`);
  }
  return count;
}

/** A screenshot file name in the screenshots folder. */
export function screenshotPath(name) {
  return join(SCREENSHOTS, `${name}.png`);
}
