#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/cli/powerplan.cjs by `npm run build:cli` (run by npm's prepare).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'powerplan.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'powerplan: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) first.\n',
  );
  process.exit(1);
}
require(bundle).main();
