import { chromium } from 'playwright-core';
const [,, file, out, width = '1120'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +width, height: 900 } });
await p.goto('file://' + file);
await p.screenshot({ path: out, fullPage: true });
await b.close();
