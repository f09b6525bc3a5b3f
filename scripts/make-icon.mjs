// Writes images/icon.png (128x128, the extension's icon in VS Code and the Marketplace) from the SVG below, rendered
// by Debian's headless Chromium through playwright-core (set CHROMIUM for another path). Run: node scripts/make-icon.mjs
// The icon: a lens over a short stretch of double helix, on the gallery banner's dark teal.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'images', 'icon.png');
const SIZE = 128;

/** Points of a sine strand across the lens, phase-shifted for the second strand. */
function strand(phase) {
  const pts = [];
  for (let x = 26; x <= 78; x += 2) pts.push(`${x},${(52 + 13 * Math.sin((x - 26) / 52 * 2 * Math.PI + phase)).toFixed(1)}`);
  return pts.join(' ');
}

function rungs() {
  const lines = [];
  for (let x = 30; x <= 74; x += 6.5) {
    const a = 52 + 13 * Math.sin((x - 26) / 52 * 2 * Math.PI);
    const b = 52 + 13 * Math.sin((x - 26) / 52 * 2 * Math.PI + Math.PI);
    lines.push(`<line x1="${x.toFixed(1)}" y1="${a.toFixed(1)}" x2="${x.toFixed(1)}" y2="${b.toFixed(1)}" />`);
  }
  return lines.join('');
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <rect x="0" y="0" width="128" height="128" rx="24" fill="#0e3b43"/>
  <defs><clipPath id="lens"><circle cx="52" cy="52" r="30"/></clipPath></defs>
  <circle cx="52" cy="52" r="30" fill="#134e58"/>
  <g clip-path="url(#lens)">
    <g stroke="#7fd1c7" stroke-width="2.2" stroke-linecap="round">${rungs()}</g>
    <polyline points="${strand(0)}" fill="none" stroke="#f2c14e" stroke-width="4.5" stroke-linecap="round"/>
    <polyline points="${strand(Math.PI)}" fill="none" stroke="#ffffff" stroke-width="4.5" stroke-linecap="round"/>
  </g>
  <circle cx="52" cy="52" r="30" fill="none" stroke="#ffffff" stroke-width="7"/>
  <line x1="74" y1="74" x2="106" y2="106" stroke="#ffffff" stroke-width="12" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${SVG}</body></html>`);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.locator('svg').screenshot({ path: OUT, omitBackground: true });
  console.log(`wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes)`);
} finally {
  await browser.close();
}
