// Driven by signed-in.sh: logs in as demo members and captures signed-in screens at laptop and phone width, light and dark.
const { chromium } = require(process.env.PLAYWRIGHT);
const base = process.env.BASE;
const out = process.env.OUT;

async function logIn(page, handle) {
    await page.goto(`${base}/Account/Login`);
    await page.getByLabel('Email').fill(`${handle}@demo.devconnect.local`);
    await page.getByLabel('Password').fill('devconnect-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForSelector('[data-testid=user-menu]');
}

async function interactive(page) {
    await page.waitForFunction(() => window.Blazor && document.querySelector('[data-testid]'));
    await page.waitForTimeout(1500);
}

async function shoot(page, name, theme) {
    for (const [width, height] of [[1366, 900], [390, 844]]) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${name}${theme === 'dark' ? '-dark' : ''}-${width}.png`, fullPage: false });
    }
}

async function withTheme(page, theme, path) {
    await page.goto(`${base}/preferences/theme?mode=${theme}&returnUrl=${encodeURIComponent(path)}`);
}

(async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    const ada = await (await browser.newContext()).newPage();
    await logIn(ada, 'ada');
    for (const handle of ['mei-tanaka', 'lucas-martin']) {
        await ada.goto(`${base}/u/${handle}`);
        await interactive(ada);
        await ada.click('[data-testid=block-open]');
        await ada.click('[data-testid=block-confirm]');
        await ada.waitForSelector('[data-testid=block-state]');
    }
    for (const theme of ['light', 'dark']) {
        await withTheme(ada, theme, '/Account/Manage/BlockedMembers');
        await ada.waitForSelector('[data-testid=blocked-members]');
        await shoot(ada, 'blocked-members', theme);
    }

    const kwame = await (await browser.newContext()).newPage();
    await logIn(kwame, 'kwame-mensah');
    await kwame.goto(`${base}/projects?q=pantry`);
    await kwame.click('a[href*="open-pantry"]');
    await interactive(kwame);
    await kwame.click('[data-testid=contact-owner]');
    await kwame.waitForSelector('#message-input');
    await interactive(kwame);
    const conversation = kwame.url();
    for (const text of ['Hello Ada!', 'Is the frontend role still open?', 'I can start next week.', 'One more thing…']) {
        await kwame.fill('#message-input', text);
        await kwame.click('[data-testid=send-message]');
        await kwame.waitForTimeout(700);
    }
    for (const theme of ['light', 'dark']) {
        await withTheme(kwame, theme, new URL(conversation).pathname);
        await kwame.waitForSelector('#message-input');
        await interactive(kwame);
        await kwame.fill('#message-input', 'One more thing…');
        await kwame.click('[data-testid=send-message]');
        await kwame.waitForSelector('.dc-chat-compose .mud-input-error');
        await kwame.locator('#message-input').scrollIntoViewIfNeeded();
        await shoot(kwame, 'limit-refusal', theme);
    }
    await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
