// Edit-to-updated-results latency in Chromium: types a new pack energy N times into the built web UI and
// reads the renderer's `pp:edit-to-results` performance measures (edit dispatched → results committed).
// Part of `npm run bench`; BENCH_SMOKE=1 (or --smoke) runs fewer edits and fails only on a 10× regression.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../src/cli/chromium';

const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const TARGET_MS = 16;
const edits = smoke ? 10 : 60;
if (!existsSync('dist/web/index.html')) {
  console.error('bench-ui: dist/web is missing; run `npm run build:web`');
  process.exit(1);
}
let executablePath: string;
try {
  executablePath = findChromium();
} catch (e) {
  console.error(`bench-ui: ${(e as Error).message}`);
  process.exit(1);
}
const server = await preview({
  configFile: 'vite.web.config.ts',
  preview: { port: 4277, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto('http://127.0.0.1:4277/');
  await page.getByTestId('card-runtime').waitFor();
  const input = page.getByTestId('pack-energy');
  for (let i = 0; i < edits; i++) {
    await input.fill(String(2000 + (i % 20) * 50));
    await input.press('Enter');
    await page.waitForFunction((n) => performance.getEntriesByName('pp:edit-to-results').length >= n, i + 1);
  }
  const ms = await page.evaluate(() =>
    performance.getEntriesByName('pp:edit-to-results').map((e) => e.duration),
  );
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const p90 = ms[Math.floor(ms.length * 0.9)]!;
  const status = median <= TARGET_MS ? 'ok' : 'OVER TARGET';
  console.log(
    `edit → updated results in Chromium (Optimus, ${ms.length} edits)   median ${median.toFixed(2)} ms (p90 ${p90.toFixed(2)})  < ${TARGET_MS} ms  ${status}`,
  );
  if (smoke && !(median <= TARGET_MS * 10)) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
