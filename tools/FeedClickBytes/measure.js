// Opens /projects in Chromium, waits for the feed's circuit, clicks three language chips in turn (rust, go, rust
// again) and counts the WebSocket message bytes the circuit exchanged per click (as the browser sees them after
// permessage-deflate). Five fresh tabs; prints the median. Usage: node measure.js http://127.0.0.1:5530
const { chromium } = require('playwright-core');

const median = values => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const size = frame => typeof frame.payload === 'string' ? Buffer.byteLength(frame.payload) : frame.payload.length;

(async () => {
  const base = process.argv[2];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const clicks = [['rust', /lang=rust$/], ['go', /lang=rust&lang=go$/], ['rust', /lang=go$/]];
  const runs = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const counted = { received: 0, sent: 0, on: false };
    page.on('websocket', socket => {
      socket.on('framereceived', frame => { if (counted.on) counted.received += size(frame); });
      socket.on('framesent', frame => { if (counted.on) counted.sent += size(frame); });
    });
    await page.goto(base + '/projects');
    await page.locator('[data-island][data-interactive=true]').first().waitFor({ timeout: 60000 });
    // Let the circuit's start settle; then only the clicks are counted (each followed by its enhanced navigation).
    await page.waitForTimeout(1500);
    counted.on = true;
    for (const [language, address] of clicks) {
      await page.locator(`button[data-lang=${language}]`).click();
      await page.waitForURL(address);
      await page.waitForTimeout(1500);
    }
    counted.on = false;
    runs.push(counted);
    await context.close();
  }
  await browser.close();
  console.log(`received per click: ${Math.round(median(runs.map(r => r.received)) / clicks.length)} bytes; ` +
    `sent per click: ${Math.round(median(runs.map(r => r.sent)) / clicks.length)} bytes (median of ${runs.length} tabs)`);
})().catch(error => { console.error(error); process.exit(1); });
