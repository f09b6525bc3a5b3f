// Writes the .vsix's README (dist/marketplace/README.md) from MARKETPLACE.md, with each picture it shows inlined as a
// data: URI, so the pictures load on the Details page of the installed extension. Run by `npm run package` before vsce.
// Why inlined: VS Code renders an installed extension's README in a webview whose Content-Security-Policy is
// `img-src https: data:` and whose service worker is off, so a relative path (a file inside the extension) never loads
// there; vsce can only rewrite relative paths to an https address, and the project names none yet. data: images pass
// both VS Code's sanitizer (it keeps `data:` on <img src>) and that policy. MARKETPLACE.md itself keeps the relative
// paths, so it reads as plain Markdown in the repository. Usage: node scripts/marketplace-readme.mjs [out]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'MARKETPLACE.md');
const OUT = path.resolve(ROOT, process.argv[2] ?? 'dist/marketplace/README.md');
const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** `![alt](path)` with a relative path becomes `![alt](data:type;base64,...)`; an absolute URL stays. */
function inline(markdown) {
  let count = 0;
  const text = markdown.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (all, alt, link) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#')) return all;
    const file = path.resolve(path.dirname(SOURCE), link);
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!type) throw new Error(`${link}: only PNG, JPEG and GIF pictures can be inlined (SVG is refused by vsce)`);
    if (!fs.existsSync(file)) throw new Error(`${link}: no such picture beside MARKETPLACE.md`);
    count += 1;
    return `![${alt}](data:${type};base64,${fs.readFileSync(file).toString('base64')})`;
  });
  if (/<img\b/i.test(text)) throw new Error('MARKETPLACE.md: write pictures as ![alt](path), not <img>, so they are inlined');
  return { text, count };
}

try {
  const { text, count } = inline(fs.readFileSync(SOURCE, 'utf8'));
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(`${path.relative(ROOT, OUT)}: MARKETPLACE.md with ${count} pictures inlined (${Math.round(text.length / 1024)} KB)`);
} catch (e) {
  console.error(`marketplace-readme: ${e.message}`);
  process.exit(1);
}
