// Every page of the explorer in headless Chromium: it answers 200 with one
// `main h1` and the elements its contract promises, the browser reports no
// error on it, it fits a phone's width, and it prints without the
// navigation. A screenshot of each is kept in target/e2e-screenshots/.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  PAGES, PHONE, assertClean, assertPresent, launch, newContext, screenshotPath, visit,
} from './lib/explorer.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const { path, name, phone, expect } of PAGES) {
  describe(path, () => {
    it('answers 200 with one main h1, its contract, and no error in the browser', { timeout: 60_000 }, async () => {
      const context = await newContext(browser);
      try {
        const { page, problems } = await visit(context, path);
        assert.equal(await page.locator('main h1').count(), 1, `${path}: one \`main h1\``);
        assert.notEqual((await page.locator('main h1').innerText()).trim(), '', `${path}: the h1 says something`);
        for (const selector of expect) {
          await assertPresent(page, path, selector);
        }
        await page.screenshot({ path: screenshotPath(name), fullPage: true });
        assertClean(path, problems);
      } finally {
        await context.close();
      }
    });

    it(`fits a phone's width (${PHONE.width}×${PHONE.height}) with no sideways scrolling`, { timeout: 60_000 }, async () => {
      const context = await newContext(browser, { viewport: PHONE, mobile: true });
      try {
        const { page, problems } = await visit(context, path);
        const fit = await page.evaluate(measureWidth);
        if (phone) {
          await page.screenshot({ path: screenshotPath(`${name}-phone`), fullPage: true });
        }
        assert.ok(
          fit.scrollWidth <= fit.innerWidth,
          `${path}: the page is ${fit.scrollWidth} px wide on a ${fit.innerWidth} px screen; `
            + `widest elements: ${fit.widest.join(', ')}`,
        );
        assertClean(path, problems);
      } finally {
        await context.close();
      }
    });

    it('prints without the navigation', { timeout: 60_000 }, async () => {
      const context = await newContext(browser);
      try {
        const { page, problems } = await visit(context, path);
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['nav.pages', 'nav.langs', 'form.search']) {
          assert.equal(await page.locator(selector).isVisible(), false, `${path}: \`${selector}\` is hidden in print`);
        }
        assert.equal(await page.locator('main h1').isVisible(), true, `${path}: the heading prints`);
        assertClean(path, problems);
      } finally {
        await context.close();
      }
    });
  });
}

// Runs in the page: the document's width against the screen's, and the
// elements that stick out furthest (to name in a failure).
function measureWidth() {
  const innerWidth = window.innerWidth;
  const describe = (element) => {
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    const id = element.id ? `#${element.id}` : '';
    return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
  };
  const widest = [...document.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5)
    .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
    .slice(0, 5)
    .map(describe);
  return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth, widest };
}
