import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../src/cli/chromium';
const O = '/tmp/uxr/';
const server = await preview({ configFile: 'vite.web.config.ts', preview: { port: 4198, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const log = (...a: unknown[]) => console.log(...a);
async function fresh(opts: { w?: number; h?: number; dark?: boolean; ko?: boolean } = {}) {
  const ctx = await browser.newContext({ viewport: { width: opts.w ?? 1440, height: opts.h ?? 1000 }, colorScheme: opts.dark ? 'dark' : 'light', acceptDownloads: true });
  await ctx.addInitScript((lang) => { if (!sessionStorage.getItem('x')) { sessionStorage.setItem('x', '1'); localStorage.clear(); localStorage.setItem('powerplan.lang', lang); } }, opts.ko ? 'ko' : 'en');
  const page = await ctx.newPage();
  page.on('pageerror', (e) => log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && log('console', m.text()));
  page.on('dialog', async (d) => { log('DIALOG', d.type(), d.message()); await d.accept(); });
  await page.goto('http://127.0.0.1:4198/');
  await page.waitForSelector('[data-testid="card-runtime"]');
  await page.waitForTimeout(800);
  return page;
}
const card = async (p: Page) => (await p.locator('.cards, [data-testid="card-runtime"]').first().innerText()).replace(/\n/g, ' | ');
async function setField(p: Page, label: string, text: string, nth = 0) {
  const inp = p.getByLabel(label, { exact: true }).nth(nth);
  await inp.fill(text); await inp.press('Enter'); await p.waitForTimeout(600);
  return inp;
}
const mode = process.argv[2];
if (mode === 'fields') {
  const p = await fresh();
  for (const t of ['2.3 kWh', '2,300 Wh', '2 300', '1.8kwh', 'abc', '-5', '0', '1e9', '']) {
    const inp = await setField(p, 'Energy', t);
    const v = await inp.inputValue();
    const err = await p.locator('.field-error').allInnerTexts();
    const banner = await p.locator('[data-testid="plan-errors"]').allInnerTexts();
    log(JSON.stringify(t), '->', v, '| err', err, '| banner', banner.join(' ').slice(0, 200), '| runtime', (await p.getByTestId('card-runtime').innerText()).replace(/\n/g, ' '));
    if (t === 'abc') await p.screenshot({ path: O + 'field-abc.png' });
    if (t === '-5') await p.screenshot({ path: O + 'field-neg.png' });
    if (t === '1e9') await p.screenshot({ path: O + 'field-huge.png' });
  }
  // durations
  const d = await setField(p, 'Duration', '45 min'); log('dur 45 min ->', await d.inputValue());
  await setField(p, 'Duration', '1.5 h'); log('dur 1.5 h ->', await d.inputValue());
  await setField(p, 'Duration', '0'); log('dur 0 ->', await d.inputValue(), await p.locator('.field-error').allInnerTexts());
  await p.screenshot({ path: O + 'dur0.png' });
  await setField(p, 'For hours', '45 min'); log('for hours 45 min ->', await p.getByLabel('For hours').inputValue());
  log('title', await p.getByTestId('doc-title').innerText());
  // undo
  for (let i = 0; i < 3; i++) { log('undo title attr', await p.getByTestId('undo').getAttribute('title'), await p.getByTestId('undo').getAttribute('aria-label')); await p.getByTestId('undo').click(); await p.waitForTimeout(300); }
  log('after undos dur', await d.inputValue());
  await p.keyboard.press('Control+z'); await p.waitForTimeout(300);
  log('after ctrl-z (focus in input?)', await d.inputValue(), await p.evaluate(() => document.activeElement?.tagName));
  await p.locator('body').click({ position: { x: 700, y: 960 } });
  await p.keyboard.press('Control+z'); await p.waitForTimeout(300); log('ctrl-z on body ->', await d.inputValue());
  await p.keyboard.press('Control+Shift+z'); await p.waitForTimeout(300); log('ctrl-shift-z ->', await d.inputValue());
  await p.screenshot({ path: O + 'after-undo.png' });
}
if (mode === 'segments') {
  const p = await fresh();
  await p.getByTestId('add-segment').click(); await p.waitForTimeout(600);
  await p.screenshot({ path: O + 'seg-added.png' });
  await p.getByTestId('add-segment').click(); await p.getByTestId('add-segment').click(); await p.getByTestId('add-segment').click(); await p.getByTestId('add-segment').click(); await p.waitForTimeout(600);
  await p.screenshot({ path: O + 'seg-many.png' });
  const kinds = await p.getByLabel('Segment kind').locator('option').allInnerTexts(); log('kinds', kinds);
  await p.getByLabel('Segment kind').selectOption({ index: kinds.length - 1 }); await p.waitForTimeout(600);
  await p.screenshot({ path: O + 'seg-kind.png' });
  // drag handle of seg 0
  const h = p.getByTestId('segment-handle-0'); const b = await h.boundingBox();
  if (b) { await p.mouse.move(b.x + b.width / 2, b.y + b.height / 2); await p.mouse.down(); await p.mouse.move(b.x + 200, b.y + 5, { steps: 10 }); await p.mouse.up(); }
  await p.waitForTimeout(600); log('steps after drag', await p.getByTestId('steps').innerText());
  await p.screenshot({ path: O + 'seg-drag.png' });
  await p.getByTestId('segment-handle-0').focus(); await p.keyboard.press('ArrowRight'); await p.keyboard.press('ArrowRight'); await p.waitForTimeout(400);
  log('steps after arrows', (await p.getByTestId('steps').innerText()).split('\n')[0]);
  await p.screenshot({ path: O + 'seg-handle-focus.png' });
  // remove all segments
  for (let i = 0; i < 10; i++) { const r = p.getByTestId('segment-inspector').getByRole('button', { name: 'Remove' }); if (!(await r.count()) || !(await r.isEnabled())) break; await r.click(); await p.waitForTimeout(200); await p.getByTestId('segment-0').click().catch(() => {}); }
  await p.waitForTimeout(600);
  await p.screenshot({ path: O + 'seg-none.png' });
  log('banner', await p.locator('[data-testid="plan-errors"],[data-testid="banner"]').allInnerTexts());
}
if (mode === 'tab') {
  const p = await fresh();
  const seen: string[] = [];
  for (let i = 0; i < 45; i++) {
    await p.keyboard.press('Tab');
    seen.push(await p.evaluate(() => { const e = document.activeElement as HTMLElement; const lab = (e.id && document.querySelector(`label[for="${e.id}"]`)?.textContent) || e.getAttribute('aria-label') || e.textContent?.slice(0, 30) || ''; return `${e.tagName}:${lab.trim()}`; }));
    if (i === 8) await p.screenshot({ path: O + 'focus-8.png' });
    if (i === 3) await p.screenshot({ path: O + 'focus-3.png' });
  }
  log(seen.join('\n'));
  await p.screenshot({ path: O + 'focus-last.png' });
}
if (mode === 'narrow') {
  const p = await fresh({ w: 1024, h: 700 }); await p.screenshot({ path: O + 'narrow.png' });
  const k = await fresh({ w: 1024, h: 700, ko: true }); await k.screenshot({ path: O + 'narrow-ko.png' });
  for (const t of ['compare', 'sensitivity', 'sweep', 'sizing']) {
    await p.click(`[data-testid="tab-${t}"]`);
    if (t === 'compare') await p.click('[data-testid="seed-scenarios"]');
    await p.waitForTimeout(5000); await p.screenshot({ path: O + `narrow-${t}.png`, fullPage: true });
  }
}
if (mode === 'open') {
  const p = await fresh();
  for (const f of ['malformed', 'wrong-types', 'future-version', 'negative-and-zero', 'binary']) {
    const fc = p.waitForEvent('filechooser'); await p.getByTestId('open').click(); const ch = await fc;
    await ch.setFiles(`tests/fixtures/bad/${f}.powerplan.json`); await p.waitForTimeout(800);
    log(f, '| title', await p.getByTestId('doc-title').innerText(), '| banner', (await p.locator('[data-testid="banner"],[data-testid="plan-errors"]').allInnerTexts()).join(' // ').slice(0, 400));
    await p.screenshot({ path: O + `open-${f}.png` });
  }
}
await browser.close(); await server.close();
