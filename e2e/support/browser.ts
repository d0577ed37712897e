import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const artifactsDir = fileURLToPath(new URL('../artifacts', import.meta.url));

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found)
    throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser per spec file and a fresh context (no cookies, no storage) per test; `openPage` adds another
 * context, for journeys that need a second browser. A failed test leaves a full-page screenshot of each
 * page in e2e/artifacts/.
 */
export function useBrowserPage(): { readonly page: Page; openPage: () => Promise<Page> } {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let pages: Page[] = [];

  async function openPage(): Promise<Page> {
    if (!browser) throw new Error('The browser did not start');
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    contexts.push(context);
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await openPage();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(artifactsDir, { recursive: true });
      const name = `${task.file.name}-${task.name}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      for (const [index, page] of pages.entries()) {
        const suffix = index === 0 ? '' : `-${index + 1}`;
        await page
          .screenshot({ path: join(artifactsDir, `${name}${suffix}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    pages = [];
  });

  return {
    get page() {
      const [page] = pages;
      if (!page) throw new Error('useBrowserPage: no page outside a test');
      return page;
    },
    openPage,
  };
}
