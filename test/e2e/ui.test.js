// UI-level end-to-end test: GeneLens in code-server's real VS Code workbench, driven through headless Chromium
// with playwright-core, the way a user would: hover NMRK1 and read the card (timing open-to-first-squiggle and
// open-to-first-hover), read the status bar, type "NMR" in Markdown and see NMRK1 first in the suggest list, see the
// squiggle under a contradicted claim, open the quick-fix menu with one Ctrl+. and apply the fix, and look at the
// extension's Details page. Screenshots go to --out (test-output/e2e/).
//
// usage: node test/e2e/ui.test.js --url http://127.0.0.1:PORT --workspace DIR [--out test-output/e2e]
//          [--result FILE] [--update-docs]
// --workspace is a copy of test/vscode/fixtures. --update-docs copies hover.png, quick-fix.png, completion.png and
// details.png to docs/images/ when every step passed.
// Exit status: 0 all steps passed, 1 a step failed, 2 the run itself failed.
/* global document, NodeFilter, getComputedStyle */
const fs = require('fs');
const path = require('path');
const { parseArgs, launchBrowser, workbenchUrl, writeJson } = require('./browser');

const NMRK1_NAME = /nicotinamide riboside kinase 1/i;
const CLAIM = 'AMPK inhibits NMRK1.';
const FIXED = 'AMPK activates NMRK1.';

/** Polls `probe` until truthy or `ms` passes; throws with `what` and the last value on timeout. */
async function waitFor(what, probe, ms = 30000, every = 250) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await probe().catch((e) => ({ error: e.message }));
    if (last && !last.error) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, every));
  }
}

// ---- page probes (run in the browser) ------------------------------------------------------------------------------

/** Screen rectangle of `needle[from, from+length)` in the visible editor lines, measured on the rendered text. */
function rectOfText([needle, from, length]) {
  // A notebook's cell editors live in an overlay above the editor group, not inside it.
  const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line, .notebookOverlay .monaco-editor .view-lines .view-line')]
    .filter((l) => l.getBoundingClientRect().height > 0);
  for (const line of lines) {
    const text = line.textContent.replace(/\u00a0/g, ' ');
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const start = at + from;
    const end = start + length;
    const range = document.createRange();
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let node;
    while ((node = walker.nextNode())) {
      const len = node.textContent.length;
      if (seen <= start && start <= seen + len) range.setStart(node, start - seen);
      if (seen <= end && end <= seen + len) {
        range.setEnd(node, end - seen);
        break;
      }
      seen += len;
    }
    const r = range.getBoundingClientRect();
    const l = line.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, lineTop: l.top, lineBottom: l.bottom };
  }
  return null;
}

function editorLines() {
  const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line, .notebookOverlay .monaco-editor .view-lines .view-line')]
    .filter((l) => l.getBoundingClientRect().height > 0);
  return lines
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((l) => l.textContent.replace(/\u00a0/g, ' '));
}

function hoverTexts() {
  return [...document.querySelectorAll('.monaco-hover')]
    .filter((h) => h.getBoundingClientRect().width > 0 && getComputedStyle(h).visibility !== 'hidden')
    .map((h) => h.innerText);
}

/** Squiggles (warning/error/info) whose vertical centre lies within [top, bottom]. */
function squigglesBetween([top, bottom]) {
  return [...document.querySelectorAll('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info')]
    .map((s) => s.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.top + r.height / 2 >= top && r.top + r.height / 2 <= bottom)
    .map((r) => ({ x: r.x, width: r.width }));
}

/** True when the active editor shows any diagnostic decoration (hint dots included). */
function anySquiggle() {
  return [...document.querySelectorAll('.editor-group-container.active .monaco-editor .squiggly-hint, .editor-group-container.active .monaco-editor .squiggly-info, .editor-group-container.active .monaco-editor .squiggly-warning, .editor-group-container.active .monaco-editor .squiggly-error')]
    .some((e) => e.getBoundingClientRect().width > 0);
}

/**
 * The rows of the visible suggest widget: their text and whether each is the focused (selected) one. The workbench
 * draws the widget with the overflowing widgets, outside the editor group's element.
 */
function suggestRows() {
  return [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((r) => ({ text: r.innerText.replace(/\s+/g, ' ').trim(), focused: r.classList.contains('focused') }));
}

function actionWidgetRows() {
  return [...document.querySelectorAll('.action-widget .monaco-list-row')].map((r) => r.innerText.replace(/\s+/g, ' ').trim());
}

// ---- steps ---------------------------------------------------------------------------------------------------------

async function openFile(page, name, needle) {
  const visible = () => page.evaluate(editorLines).then((ls) => ls.some((l) => l.includes(needle)));
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  if (await row.isVisible().catch(() => false)) {
    await row.click();
  } else {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20000 });
    await page.keyboard.type(name, { delay: 20 });
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20000 });
    await page.keyboard.press('Enter');
  }
  await waitFor(`${name} to show in the editor`, visible, 30000);
}

/**
 * Hovers the mouse over `needle[from, from+length)` until a hover matching `expect` shows; returns its text.
 * Each try moves off the text and back to a slightly different point; every third try also asks for the hover with
 * the keyboard (Ctrl+K Ctrl+I at the word), since the mouse hover is now and then not triggered in headless Chromium.
 */
async function hoverOver(page, needle, from, length, expect, ms) {
  const at = await waitFor(`"${needle}" on screen`, () => page.evaluate(rectOfText, [needle, from, length]));
  let attempt = 0;
  return waitFor(`a hover matching ${expect}`, async () => {
    const x = at.x + [0, -0.25, 0.25][attempt % 3] * at.width;
    if (attempt > 0 && attempt % 3 === 0) {
      await page.mouse.click(x, at.y);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    } else {
      await page.mouse.move(at.x, at.lineBottom + 60, { steps: 2 }); // below the text: no hover there
      await page.mouse.move(x, at.y, { steps: 5 });
    }
    attempt++;
    await page.waitForFunction((src) => [...document.querySelectorAll('.monaco-hover')].some((h) => new RegExp(src, 'i').test(h.innerText)),
      expect.source, { timeout: 2500 }).catch(() => undefined);
    const texts = await page.evaluate(hoverTexts);
    return texts.find((t) => expect.test(t));
  }, ms, 100);
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ['url', 'workspace']);
  const out = path.resolve(args.out || 'test-output/e2e');
  fs.mkdirSync(out, { recursive: true });
  const results = [];
  const timings = {};
  let page;
  // Screenshots wait for running animations (the hover fades in) so the images show what a user sees.
  const shot = async (name) => {
    await page.evaluate(() => Promise.race([
      Promise.all(document.getAnimations()
        .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))),
      new Promise((r) => setTimeout(r, 2000)),
    ])).catch(() => undefined);
    await page.screenshot({ path: path.join(out, name) });
  };
  let broken = false; // once the workbench or a document fails to open, later steps cannot run
  async function step(title, fn) {
    const t0 = Date.now();
    if (broken) {
      results.push({ title, state: 'failed', error: 'not run: an earlier step that it needs failed' });
      console.log(`  ✖ ${title} (not run)`);
      return;
    }
    try {
      const note = await fn();
      results.push({ title, state: 'passed', durationMs: Date.now() - t0, note });
      console.log(`  ✔ ${title} (${Date.now() - t0} ms)${note ? `\n      ${note}` : ''}`);
    } catch (e) {
      results.push({ title, state: 'failed', error: String(e && e.message) });
      console.log(`  ✖ ${title}\n      ${String(e && e.message).split('\n').join('\n      ')}`);
      await shot(`failed-${results.length}.png`).catch(() => undefined);
    }
  }
  const essential = async (title, fn) => {
    await step(title, fn);
    if (results[results.length - 1].state === 'failed') broken = true;
  };

  const browser = await launchBrowser();
  try {
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => console.log('[pageerror]', e.message.slice(0, 300)));
    console.log('UI test in code-server:');

    await essential('the workbench loads with the fixtures folder', async () => {
      await page.goto(workbenchUrl(args.url, path.resolve(args.workspace)), { waitUntil: 'domcontentloaded', timeout: 60000 });
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    });

    let opened = 0;
    let firstSquiggle;
    await essential('nmrk1-notes.md opens', async () => {
      opened = Date.now();
      timings.opened_at = new Date(opened).toISOString(); // to set beside GeneLens' own start-up lines in its log
      await openFile(page, 'nmrk1-notes.md', 'NMRK1 (nicotinamide');
      timings.open_ms = Date.now() - opened;
      // Start-up, as a user meets it: from the click that opens the file to the first squiggle (here the hint dots
      // under NRK1), polled every 100 ms beside the hover step.
      firstSquiggle = waitFor('a first squiggle', async () => ((await page.evaluate(anySquiggle)) ? Date.now() - opened : undefined), 120000, 100)
        .catch(() => undefined);
    });

    await step('hovering NMRK1 shows its card', async () => {
      const card = await hoverOver(page, 'NMRK1 (nicotinamide', 0, 5, NMRK1_NAME, 90000); // the server may still be starting
      timings.open_to_first_hover_ms = Date.now() - opened;
      await shot('hover.png');
      return `card: ${JSON.stringify(card.slice(0, 300))}`;
    });

    await step('start-up: open to first squiggle and to first hover card', async () => {
      timings.open_to_first_diagnostic_ms = await firstSquiggle;
      if (timings.open_to_first_diagnostic_ms === undefined) throw new Error('no squiggle within 120 s of opening nmrk1-notes.md');
      return JSON.stringify(timings);
    });

    await step('the status bar says what it counts, in words', async () => {
      // Visible text "GeneLens: N terms, M claims"; the accessible label "GeneLens: N terms recognized, M claims flagged".
      return waitFor('a GeneLens status bar item with its counts in words', () =>
        page.evaluate(() => {
          const items = [...document.querySelectorAll('.statusbar-item')];
          const text = items.map((e) => e.innerText.replace(/\s+/g, ' ').trim()).find((t) => /GeneLens: [1-9]\d* terms?, \d+ claims?$/.test(t));
          const label = [...document.querySelectorAll('.statusbar-item, .statusbar-item [aria-label]')]
            .map((e) => e.getAttribute('aria-label') || '').find((l) => /GeneLens: [1-9]\d* terms? recognized/.test(l));
          return text && label ? `text: ${JSON.stringify(text)}; label: ${JSON.stringify(label)}` : undefined;
        }), 30000);
    });

    await step('typing "NMR" in Markdown opens the suggest list with NMRK1 first, selected, with its full name', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      // Into the last line of prose, then away with the mouse: no hover card stays open over the editor.
      const line = await page.evaluate(rectOfText, ['This note covers', 0, 4]);
      await page.mouse.click(line.x, line.y);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('We measured NMR', { delay: 120 });
      const rows = await waitFor('the suggest list with NMRK1', async () => {
        const r = await page.evaluate(suggestRows);
        return r.some((x) => /^NMRK1\b/.test(x.text)) ? r : undefined;
      }, 20000, 200);
      await shot('completion.png');
      const first = rows[0];
      if (!/^NMRK1\b/.test(first.text)) throw new Error(`first row is not NMRK1: ${JSON.stringify(rows.slice(0, 5))}`);
      if (!NMRK1_NAME.test(first.text)) throw new Error(`NMRK1's row has no full name: ${JSON.stringify(first)}`);
      if (!first.focused) throw new Error(`NMRK1 is not the selected row: ${JSON.stringify(rows.slice(0, 5))}`);
      await page.keyboard.press('Escape');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Z');
      return `rows: ${JSON.stringify(rows.slice(0, 4).map((r) => r.text))}`;
    });

    await essential('claims.md opens', () => openFile(page, 'claims.md', CLAIM));

    await step('the contradicted claim is underlined', async () => {
      const claim = await waitFor('the claim on screen', () => page.evaluate(rectOfText, [CLAIM, 0, CLAIM.length]));
      const squiggles = await waitFor('a squiggle under the claim', async () => {
        const s = await page.evaluate(squigglesBetween, [claim.lineTop, claim.lineBottom]);
        return s.length ? s : undefined;
      }, 60000);
      const message = await hoverOver(page, CLAIM, 5, 8, /activ/i, 20000);
      // let the hover finish looking for quick fixes ("Checking for quick fixes..." -> "Quick Fix...")
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((h) => /Quick Fix/i.test(h.innerText)),
        null, { timeout: 5000 }).catch(() => undefined);
      await shot('claim.png');
      return `${squiggles.length} squiggle(s) on the line; hover: ${JSON.stringify(message.slice(0, 200))}`;
    });

    let menu = [];
    await step('Ctrl+. offers the quick fix', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      const word = await page.evaluate(rectOfText, [CLAIM, 5, 8]); // "inhibits"
      await page.mouse.click(word.x, word.y);
      // One Ctrl+., as a user presses it: if that finds nothing ("No code actions available"), the step fails.
      await page.keyboard.press('Control+.');
      menu = await waitFor('the quick-fix menu from the first Ctrl+.', async () => {
        const rows = await page.evaluate(actionWidgetRows);
        if (rows.some((r) => /activat/i.test(r))) return rows;
        const none = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor-overlaymessage, .message')]
          .map((e) => e.innerText).find((t) => /No code actions/i.test(t)));
        if (none) throw new Error(`the first Ctrl+. found nothing: ${JSON.stringify(none)}`);
        return undefined;
      }, 15000, 200);
      await shot('quick-fix.png');
      return `menu: ${JSON.stringify(menu)}`;
    });

    await step('applying the fix changes the text', async () => {
      if (!menu.length) throw new Error('no quick-fix menu');
      // Pick the fix with the keyboard, as in the editor: move the focus to it, then Enter.
      const focused = () => page.evaluate(() => {
        const row = document.querySelector('.action-widget .monaco-list-row.focused');
        return row ? row.innerText.replace(/\s+/g, ' ').trim() : '';
      });
      for (let i = 0; i < menu.length && !/activat/i.test(await focused()); i++) await page.keyboard.press('ArrowDown');
      if (!/activat/i.test(await focused())) throw new Error(`could not focus the fix; focused: "${await focused()}"`);
      await page.keyboard.press('Enter');
      const lines = await waitFor(`"${FIXED}" in the editor`, async () => {
        const ls = await page.evaluate(editorLines);
        return ls.some((l) => l.includes(FIXED)) ? ls : undefined;
      }, 15000);
      if (lines.some((l) => l.includes(CLAIM))) throw new Error(`the old claim is still there: ${JSON.stringify(lines)}`);
      const fixed = await page.evaluate(rectOfText, [FIXED, 0, FIXED.length]);
      await waitFor('the squiggle to go away', async () =>
        (await page.evaluate(squigglesBetween, [fixed.lineTop, fixed.lineBottom])).length === 0, 20000);
      await page.mouse.move(5, 5);
      await shot('fixed.png');
    });

    // Where scientists write: a Quarto file and a Jupyter notebook's Markdown cell, hover and squiggle.
    const claimAndCard = async (file) => {
      const claim = await waitFor(`the claim in ${file}`, () => page.evaluate(rectOfText, [CLAIM, 0, CLAIM.length]));
      await waitFor(`a squiggle under the claim in ${file}`, async () => {
        const s = await page.evaluate(squigglesBetween, [claim.lineTop, claim.lineBottom]);
        return s.length ? s : undefined;
      }, 60000);
      const card = await hoverOver(page, 'NMRK1 (nicotinamide', 0, 5, NMRK1_NAME, 60000);
      return `card: ${JSON.stringify(card.slice(0, 120))}`;
    };
    await step('paper.qmd (Quarto): hover NMRK1 and the squiggle under the claim', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await openFile(page, 'paper.qmd', CLAIM);
      const note = await claimAndCard('paper.qmd');
      await shot('quarto.png');
      return note;
    });
    await step('analysis.ipynb: a Markdown cell being edited shows hover and the squiggle', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await openFile(page, 'analysis.ipynb', 'levels = ');
      // The Markdown cell is rendered (in the notebook's webview) until it is edited: into the code cell above it, out
      // to the notebook's command mode (Escape), down to the Markdown cell, and Enter edits it in an editor of its own.
      const code = await waitFor('the code cell', () => page.evaluate(rectOfText, ['levels = ', 0, 6]));
      await page.mouse.click(code.x, code.y);
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const editing = () => page.evaluate(editorLines).then((ls) => (ls.some((l) => l.includes(CLAIM)) ? true : undefined));
      await waitFor('the Markdown cell in edit mode', async () => {
        if (await editing()) return true;
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+End'); // the last cell
        await page.keyboard.press('Enter');
        return editing();
      }, 30000, 1500);
      await page.mouse.move(5, 5);
      const note = await claimAndCard('the notebook cell');
      await shot('notebook.png');
      return note;
    });

    // The packaged README inlines its pictures as data: URIs (scripts/marketplace-readme.mjs): the Details page's webview
    // allows `img-src https: data:` only. Every picture MARKETPLACE.md shows must load (naturalWidth > 0).
    await step('the Details page shows the Marketplace README (not the developer README), its pictures and the icon', async () => {
      const expected = [...fs.readFileSync(path.resolve(__dirname, '../../MARKETPLACE.md'), 'utf8').matchAll(/!\[([^\]]*)\]\(/g)].map((m) => m[1]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+X');
      const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'GeneLens' }).first();
      if (!(await row.isVisible({ timeout: 15000 }).catch(() => false))) {
        await page.keyboard.press('Control+Shift+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20000 });
        await page.keyboard.type('Extensions: Show Installed Extensions', { delay: 10 });
        await page.keyboard.press('Enter');
      }
      await row.click({ timeout: 30000 });
      let readmeFrame;
      const pictures = () => readmeFrame.evaluate(() => [...document.images].map((i) => ({ alt: i.alt, ok: i.complete && i.naturalWidth > 0, width: i.naturalWidth, src: (i.getAttribute('src') || '').slice(0, 30) })));
      await waitFor('the Marketplace README on the Details page', async () => {
        for (const frame of page.frames()) {
          const r = await frame.evaluate(() => {
            const text = document.body ? document.body.innerText : '';
            if (!/reads biomedical prose/.test(text)) return undefined;
            return /npm install && npm run demo|## Development/.test(text) ? 'developer' : 'marketplace';
          }).catch(() => undefined);
          if (r === 'developer') throw new Error('the Details page shows the developer README');
          if (r) {
            readmeFrame = frame;
            return r;
          }
        }
        return undefined;
      }, 60000, 500);
      const loaded = await waitFor(`the ${expected.length} pictures of MARKETPLACE.md to load`, async () => {
        const imgs = await pictures();
        return imgs.length === expected.length && imgs.every((i) => i.ok) ? imgs : { error: JSON.stringify(imgs) };
      }, 20000);
      const alts = loaded.map((i) => i.alt);
      if (JSON.stringify(alts) !== JSON.stringify(expected)) throw new Error(`pictures ${JSON.stringify(alts)}, expected ${JSON.stringify(expected)}`);
      const icon = await waitFor('the icon in the page header', () => page.evaluate(() => {
        const img = document.querySelector('.extension-editor .header img.icon, .extension-editor .header .icon-container img');
        return img && img.complete && img.naturalWidth > 0 ? img.getAttribute('src') : undefined;
      }), 20000);
      // Scroll the first picture into view (the header with the icon stays), so the screenshot shows it rendering.
      await readmeFrame.evaluate(() => document.images[0].scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(500);
      await shot('details.png');
      return `pictures loaded: ${loaded.length} of ${expected.length} (natural widths ${loaded.map((i) => i.width).join(', ')}; ${JSON.stringify(loaded.map((i) => i.src))}); icon: ${JSON.stringify(String(icon).slice(0, 120))}`;
    });

    if (args['update-docs'] && results.every((r) => r.state === 'passed')) {
      const docs = path.resolve(__dirname, '../../docs/images');
      fs.mkdirSync(docs, { recursive: true });
      for (const f of ['hover.png', 'quick-fix.png', 'completion.png', 'details.png', 'quarto.png', 'notebook.png']) {
        if (fs.existsSync(path.join(out, f))) fs.copyFileSync(path.join(out, f), path.join(docs, f));
      }
      console.log(`  copied hover.png, quick-fix.png, completion.png, details.png, quarto.png and notebook.png to ${docs}`);
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.length - passed;
  console.log(`  ${passed} passed, ${failed} failed; screenshots in ${out}`);
  if (args.result) writeJson(path.resolve(args.result), { ok: failed === 0, passed, failed, tests: results, timings });
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`ui.test: ${(e && e.stack) || e}`);
    process.exit(2);
  },
);
