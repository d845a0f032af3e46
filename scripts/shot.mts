// Take screenshots of the built web UI (dist/web) in Debian's Chromium:
// npx tsx scripts/shot.mts OUT.png [hash] [--dark] [--ko] [--full] [--tab=compare|sensitivity|sweep|sizing]
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../src/cli/chromium';

const out = process.argv[2] ?? 'docs/screenshot.png';
const hash = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : '';
const server = await preview({
  configFile: 'vite.web.config.ts',
  preview: { port: 4199, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: 1440, height: 1000 },
  colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
if (process.argv.includes('--ko'))
  // Runs in the page, not in Node (scripts are typed without the DOM).
  await page.addInitScript(() =>
    (
      globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
    ).localStorage.setItem('powerplan.lang', 'ko'),
  );
await page.goto(`http://127.0.0.1:4199/${hash}`);
await page.waitForSelector('[data-testid="card-runtime"], [data-testid="report"]', { timeout: 15000 });
const tabArg = process.argv.find((a) => a.startsWith('--tab='));
if (tabArg) {
  await page.click(`[data-testid="tab-${tabArg.slice(6)}"]`);
  if (tabArg.endsWith('compare')) await page.click('[data-testid="seed-scenarios"]');
  await page.waitForTimeout(6000);
}
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
await server.close();
console.log('wrote', out);
