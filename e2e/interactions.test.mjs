// What a reader does with the explorer, done in headless Chromium: choose a
// day, open an event's passage, count the seats of a chart, switch the
// language and find it remembered.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  assertClean, assertPresent, launch, newContext, visit,
} from './lib/explorer.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs `body(context)` in a fresh context (no cookies), closing it after. */
async function inContext(body, options) {
  const context = await newContext(browser, options);
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

describe('the system on a day', () => {
  // Tashkent is contested on 30 October 1917 (Old Style), while the fighting
  // goes on, and held by the soviet on 20 November (the soviet took the
  // fortress on 1 November): the line about Tashkent must change.
  const TASHKENT = 'ul.state li[data-subject="place.tashkent"]';

  it('shows another state when another day is chosen in the form', { timeout: 60_000 }, async () => {
    await inContext(async (context) => {
      const { page, problems } = await visit(context, '/state');
      const during = await chooseDay(page, '1917-10-30');
      const after = await chooseDay(page, '1917-11-20');
      assert.ok(during.tashkent.length > 0, `no \`${TASHKENT}\` line on 1917-10-30`);
      assert.ok(after.tashkent.length > 0, `no \`${TASHKENT}\` line on 1917-11-20`);
      assert.match(during.tashkent.join('\n'), /contested/i, 'Tashkent is contested on 1917-10-30');
      assert.doesNotMatch(after.tashkent.join('\n'), /contested/i, 'Tashkent is no longer contested on 1917-11-20');
      assert.match(after.tashkent.join('\n'), /soviet/i, 'Tashkent is held by the soviet on 1917-11-20');
      assert.notDeepEqual(during.lines, after.lines, 'the lines change with the day');
      assertClean('/state', problems);
    });
  });

  // Fills the date control like a reader, submits the form, and reads the lines.
  async function chooseDay(page, day) {
    await page.locator('form.day input#at').fill(day);
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('at') === day),
      page.locator('form.day button[type=submit]').click(),
    ]);
    assert.equal(await page.locator('form.day input#at').inputValue(), day, 'the form keeps the chosen day');
    return {
      lines: await page.locator('ul.state li[data-subject]').allInnerTexts(),
      tashkent: await page.locator(TASHKENT).allInnerTexts(),
    };
  }
});

describe('the timeline', () => {
  it('gives every event its claims, folded', { timeout: 60_000 }, async () => {
    await inContext(async (context) => {
      const { page, problems } = await visit(context, '/timeline');
      const rows = await assertPresent(page, '/timeline', 'tr[id]');
      const folded = await page.locator('tr[id] details.claims').count();
      assert.equal(folded, rows, 'each `tr[id]` row has a `details.claims`');
      assert.equal(await page.locator('tr[id] details.claims[open]').count(), 0, 'the claims start folded');
      assertClean('/timeline', problems);
    });
  });

  it('opens an event\'s passage in Kazakh and its English when its summary is clicked', { timeout: 60_000 }, async () => {
    await inContext(async (context) => {
      const { page, problems } = await visit(context, '/timeline');
      // the Bolshevik rising in Petrograd, the news that starts the paper's story
      await assertPresent(page, '/timeline', 'tr[id="ev.petrograd-rising"] details.claims summary');
      const claims = page.locator('tr[id="ev.petrograd-rising"] details.claims');
      const passage = claims.locator('blockquote[lang=kk]').first();
      const english = claims.locator('p.english').first();
      assert.equal(await passage.isVisible(), false, 'the passage is hidden before the click');
      await claims.locator('summary').click();
      await passage.waitFor({ state: 'visible' });
      assert.equal(await english.isVisible(), true, 'the English shows with the passage');
      assert.notEqual((await passage.innerText()).trim(), '', 'the passage has text');
      assert.notEqual((await english.innerText()).trim(), '', 'the English has text');
      assertClean('/timeline', problems);
    });
  });
});

describe('the bodies', () => {
  it('draws as many seats in each chart as the chart says it has', { timeout: 60_000 }, async () => {
    await inContext(async (context) => {
      const { page, problems } = await visit(context, '/bodies');
      const charts = page.locator('svg.hemicycle[data-composition][data-seats]');
      const count = await assertPresent(page, '/bodies', 'svg.hemicycle[data-composition][data-seats]');
      for (let i = 0; i < count; i += 1) {
        const chart = charts.nth(i);
        const composition = await chart.getAttribute('data-composition');
        const seats = Number(await chart.getAttribute('data-seats'));
        assert.ok(Number.isInteger(seats) && seats > 0, `${composition}: data-seats is a positive whole number`);
        assert.equal(await chart.locator('circle.seat').count(), seats, `${composition}: ${seats} circle.seat`);
        assert.equal(await chart.isVisible(), true, `${composition}: the chart is visible`);
      }
      assertClean('/bodies', problems);
    });
  });
});

describe('the language switcher', () => {
  it('turns the interface into Kazakh and Russian and remembers the choice in a cookie', { timeout: 60_000 }, async () => {
    await inContext(async (context) => {
      const { page, problems } = await visit(context, '/timeline');
      assert.equal(await htmlLang(page), 'en', 'English for an English-speaking browser');
      const stateLink = page.locator('nav.pages a[href^="/state"]');
      const english = (await stateLink.innerText()).trim();

      await switchTo(page, 'kk');
      assert.equal(await htmlLang(page), 'kk', 'the page is in Kazakh after the switch');
      assert.notEqual((await stateLink.innerText()).trim(), english, 'the navigation is in Kazakh');
      assert.equal(await cookie(context), 'kk', 'the choice is kept in the kenes_lang cookie');

      await page.goto(new URL('state', page.url()).href.replace(/\?.*$/, ''));
      assert.equal(new URL(page.url()).searchParams.get('lang'), null, 'the next page is asked for without ?lang');
      assert.equal(await htmlLang(page), 'kk', 'the next page remembers Kazakh');

      await switchTo(page, 'ru');
      await page.goto(new URL('sources', page.url()).href.replace(/\?.*$/, ''));
      assert.equal(await htmlLang(page), 'ru', 'and then Russian');
      assertClean('/timeline, /state, /sources', problems);
    });
  });

  async function switchTo(page, lang) {
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('lang') === lang),
      page.locator(`nav.langs a[hreflang=${lang}]`).click(),
    ]);
  }

  const htmlLang = (page) => page.locator('html').getAttribute('lang');

  async function cookie(context) {
    const found = (await context.cookies()).find((c) => c.name === 'kenes_lang');
    return found?.value;
  }
});
