// dist/server.js through the Language Server Protocol alone, as any editor would drive it over stdio.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, ROOT, SERVER } from '../helpers/lspClient';

interface Pos { line: number; character: number }
interface Rng { start: Pos; end: Pos }
interface Hover { contents: string | { value: string } | ({ value: string } | string)[] }
interface LocationLink { targetUri: string; targetRange: Rng; targetSelectionRange: Rng; originSelectionRange?: Rng }
interface Location { uri: string; range: Rng }

const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PROFILES = path.join(ROOT, 'data', 'profiles');
let docs = 0;
const newUri = (ext = 'md'): string => pathToFileURL(path.join(os.tmpdir(), `genelens-protocol-${process.pid}-${++docs}.${ext}`)).href;

function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const one = (c: { value: string } | string): string => (typeof c === 'string' ? c : c.value);
  return Array.isArray(hover.contents) ? hover.contents.map(one).join('\n') : one(hover.contents);
}

/** The id as a whole token (NAD+ keeps its plus; NR is not the NR of NRK1). */
function hasToken(text: string, token: string): boolean {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9+])`).test(text);
}

/** Position of the middle of the n-th occurrence of `term` in `text`. */
function positionOf(text: string, term: string, occurrence = 0): Pos {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(term, offset + 1);
  assert.ok(offset >= 0, `"${term}" not in the test text`);
  const before = text.slice(0, offset + Math.floor(term.length / 2));
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function textAt(file: string, range: Rng): string {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (range.start.line !== range.end.line) return '';
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

const hover = (client: LspClient, uri: string, position: Pos) =>
  client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });

describe('command line', () => {
  it('prints the version and the help, and refuses to run without a transport', () => {
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), VERSION);
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio/);
    const none = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /--stdio/);
  });

  it('--stdio --version ends while its input pipe stays open (the reader thread the entry starts holds nothing)', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio', '--version'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill(), 10_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(timer);
    child.stdin.destroy();
    assert.equal(code, 0, 'the process was killed after 10 s: something kept it alive');
    assert.equal(out.trim(), VERSION);
  });
});

describe('language server over stdio', () => {
  const client = new LspClient();
  let capabilities: Record<string, unknown> = {};
  let serverInfo: { name: string; version?: string } | undefined;

  before(async () => {
    ({ capabilities, serverInfo } = await client.initialize({ initializationOptions: { statusNotification: true } }));
  });
  after(() => client.stop());

  it('answers initialize with its capabilities', () => {
    assert.deepEqual(serverInfo, { name: 'genelens', version: VERSION });
    const sync = capabilities.textDocumentSync as { change: number; openClose: boolean; save?: unknown };
    assert.equal(sync.change, 2, 'incremental sync');
    assert.equal(sync.openClose, true);
    assert.ok(sync.save, 'wants didSave (profile files reload on save)');
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
    assert.equal(capabilities.diagnosticProvider, undefined, 'diagnostics are pushed');
  });

  it('hovers every kind of term with the card of the right entity', async () => {
    const text = [
      '# Notes',
      'NMRK1 phosphorylates NR.',
      'Its alias NRK1 is common.',
      'The nicotinamide riboside kinase 1 protein.',
      'NAMPT makes NMN; SIRT3 needs NAD+.',
      'Also called nicotinamide mononucleotide.',
      'The variant rs12611 is listed.',
    ].join('\n');
    const uri = newUri();
    client.open(uri, text);
    // [where to hover (its middle), the entity the card must open with]
    const cases: [term: string, id: string][] = [
      ['NMRK1', 'NMRK1'],
      ['NRK1', 'NMRK1'],
      ['nicotinamide riboside kinase 1', 'NMRK1'],
      ['NAMPT', 'NAMPT'],
      ['SIRT3', 'SIRT3'],
      ['NMN;', 'NMN'],
      ['nicotinamide mononucleotide', 'NMN'],
      ['NR.', 'NR'],
      ['NAD+', 'NAD+'],
      ['rs12611', 'rs12611'],
    ];
    for (const [term, id] of cases) {
      const position = positionOf(text, term);
      const card = hoverText(await hover(client, uri, position));
      const firstLine = card.split('\n')[0] ?? '';
      assert.ok(hasToken(firstLine, id), `hover on "${term}" should open with ${id}, got: ${firstLine}`);
    }
    const none = await hover(client, uri, positionOf(text, 'Notes'));
    assert.equal(none, null, 'no card where no term is');
  });

  it('applies incremental changes: hover follows the edit', async () => {
    const uri = newUri();
    client.open(uri, 'We study XYZ9 here.');
    assert.equal(await hover(client, uri, { line: 0, character: 10 }), null);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 13 } }, text: 'NMRK1' }],
    });
    assert.ok(hasToken(hoverText(await hover(client, uri, { line: 0, character: 11 })), 'NMRK1'));
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Intro.\nNAMPT too. ' }],
    });
    // "We study NMRK1" is now on line 1 after "NAMPT too. "
    assert.ok(hasToken(hoverText(await hover(client, uri, { line: 1, character: 2 })), 'NAMPT'));
    assert.ok(hasToken(hoverText(await hover(client, uri, { line: 1, character: 22 })), 'NMRK1'));
  });

  it('goes to the definition in the profile file (LocationLink)', async () => {
    const uri = newUri();
    const text = 'NRK1 and NAD+ and rs12611.';
    client.open(uri, text);
    for (const [term, file, id] of [
      ['NRK1', 'genes/nmrk1.json', 'NMRK1'],
      ['NAD+', 'chemicals/nad.json', 'NAD+'],
      ['rs12611', 'variants/rs12611.json', 'rs12611'],
    ] as const) {
      const links = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, term) });
      assert.ok(Array.isArray(links) && links.length === 1, `one link for ${term}`);
      const link = links[0] as LocationLink;
      const target = fileURLToPath(link.targetUri);
      assert.equal(target, path.join(PROFILES, file));
      assert.equal(textAt(target, link.targetSelectionRange), id, `${term} lands on the symbol`);
      assert.ok(link.targetRange.start.line <= link.targetSelectionRange.start.line && link.targetRange.end.line >= link.targetSelectionRange.end.line);
      assert.equal(text.slice(link.originSelectionRange?.start.character, link.originSelectionRange?.end.character), term);
    }
  });

  it('publishes claim-contradicted, offers a quick fix, reports the status and clears on close', async () => {
    const uri = newUri();
    const start = client.published.length;
    const statuses = client.notifications.length;
    client.open(uri, 'AMPK inhibits NMRK1.\n');
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, start);
    const contradicted = published.diagnostics.find((d) => d.code === 'claim-contradicted');
    assert.ok(contradicted, JSON.stringify(published.diagnostics));
    assert.equal(contradicted.source, 'genelens');
    assert.equal(contradicted.severity, 2, 'warning by default');
    assert.equal(published.version, 1);

    const status = await client.waitFor('genelens/status', () =>
      client.notifications.slice(statuses).find((n) => n.method === 'genelens/status' && (n.params as { uri: string }).uri === uri),
    );
    const counts = status.params as { mentions: number; findings: number };
    assert.ok(counts.mentions >= 2, `mentions ${counts.mentions}`);
    assert.ok(counts.findings >= 1, `findings ${counts.findings}`);
    assert.deepEqual((status.params as { problems?: string[] }).problems, [], 'all works: no problem');

    const actions = await client.request<{ title: string; kind?: string; edit?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: contradicted.range,
      context: { diagnostics: [contradicted], only: ['quickfix'] },
    });
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.edit), JSON.stringify(actions.map((a) => a.title)));

    const closed = client.published.length;
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, closed);
  });

  it('publishes no diagnostics for a sentence that claims nothing', async () => {
    const uri = newUri();
    const start = client.published.length;
    client.open(uri, 'This note covers NMRK1 and NMN.\n');
    const published = await client.waitForDiagnostics(uri, () => true, start);
    assert.deepEqual(published.diagnostics, []);
  });

  it('answers null, not an error, for unknown documents and out-of-range positions', async () => {
    assert.equal(await hover(client, 'file:///nowhere/never-opened.md', { line: 0, character: 0 }), null);
    const uri = newUri();
    client.open(uri, 'NMRK1 and some words');
    // positions past the end are clamped to the end of the text (LSP), where no term is
    assert.equal(await hover(client, uri, { line: 99, character: 99 }), null);
    assert.equal(await hover(client, uri, { line: 0, character: 10_000 }), null);
    const defs = await client.request('textDocument/definition', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } });
    assert.equal(defs, null);
  });

  it('survives binary junk, a 10 MB document, a 100,000-character line and 6,000 claims', async () => {
    const junk = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1') + '\u0000\uD800\uDFFF\uFFFE';
    // 10 MB of notes: terms in every paragraph, a contradicted claim in every 50th
    const notes = 'NMRK1 and NMN come up in this paragraph about the NAD+ salvage pathway, written for a review. '.repeat(4);
    const block = `${notes}\n\n`.repeat(49) + 'AMPK inhibits NMRK1.\n\n';
    const big = block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
    const longLine = 'x'.repeat(50_000) + ' NMRK1 ' + 'y'.repeat(50_000);
    const small = newUri();
    client.open(small, 'NMRK1 here.');
    for (const [name, text] of [['junk', junk], ['10 MB', big], ['long line', longLine]] as const) {
      const uri = newUri();
      const start = client.published.length;
      client.open(uri, text);
      await client.waitForDiagnostics(uri, () => true, start, 120_000);
      assert.ok(client.running, `server died on ${name}`);
      const card = hoverText(await hover(client, small, { line: 0, character: 2 }));
      assert.ok(hasToken(card, 'NMRK1'), `hover still works after ${name}`);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    const manyClaims = newUri();
    const start = client.published.length;
    client.open(manyClaims, 'AMPK inhibits NMRK1.\n\n'.repeat(6000));
    const capped = await client.waitForDiagnostics(manyClaims, () => true, start, 120_000);
    assert.equal(capped.diagnostics.length, 1000, 'one message stays bounded: at most 1000 diagnostics a document, as VS Code shows');
    const note = capped.diagnostics[999];
    assert.equal(note?.severity, 3, 'the last one is information');
    assert.match(note?.message ?? '', /^5001 more GeneLens diagnostics in this document are not shown/);
    await client.waitFor('a log line about the cap', () => client.logs.find((l) => l.includes('the 999 most severe are published')));
    client.notify('textDocument/didClose', { textDocument: { uri: manyClaims } });

    const lineHover = hoverText(await hover(client, newUriOpen(client, longLine), { line: 0, character: 50_003 }));
    assert.ok(hasToken(lineHover, 'NMRK1'), 'a term deep in a long line is still recognized');
  });
});

function newUriOpen(client: LspClient, text: string): string {
  const uri = newUri();
  client.open(uri, text);
  return uri;
}

describe('a client without LocationLink support', () => {
  const client = new LspClient();
  before(() =>
    client.initialize({ capabilities: { textDocument: { definition: { linkSupport: false } }, workspace: { configuration: false } } }),
  );
  after(() => client.stop());

  it('gets a Location into the profile file', async () => {
    const uri = newUri('txt');
    client.open(uri, 'nicotinamide riboside kinase 1', 'plaintext');
    const location = await client.request<Location | Location[] | null>('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 5 } });
    const one = (Array.isArray(location) ? location[0] : location) as Location | undefined;
    assert.ok(one && 'uri' in one, JSON.stringify(location));
    assert.equal(fileURLToPath(one.uri), path.join(PROFILES, 'genes/nmrk1.json'));
    assert.ok(one.range.end.line > one.range.start.line, 'the whole entry');
  });
});

describe('settings from workspace/configuration', () => {
  const client = new LspClient();
  before(async () => {
    client.configuration = { languages: ['latex', 'markdown'], severity: { 'claim-contradicted': 'error' } };
    await client.initialize();
  });
  after(() => client.stop());

  it('uses the configured severity and serves only the configured languages', async () => {
    const md = newUri();
    let start = client.published.length;
    client.open(md, 'AMPK inhibits NMRK1.\n');
    const published = await client.waitForDiagnostics(md, (p) => p.diagnostics.length > 0, start);
    assert.equal(published.diagnostics.find((d) => d.code === 'claim-contradicted')?.severity, 1, 'error');
    assert.ok(!client.notifications.some((n) => n.method === 'genelens/status'), 'status only for clients that ask');

    const txt = newUri('txt');
    start = client.published.length;
    client.open(txt, 'AMPK inhibits NMRK1.\n', 'plaintext');
    assert.deepEqual((await client.waitForDiagnostics(txt, () => true, start)).diagnostics, []);
    assert.equal(await hover(client, txt, { line: 0, character: 16 }), null);
  });

  it('re-reads the settings when they change', async () => {
    client.configuration = { enable: false };
    const md = newUri();
    client.open(md, 'AMPK inhibits NMRK1.\n');
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const start = client.published.length;
    client.notify('textDocument/didChange', { textDocument: { uri: md, version: 2 }, contentChanges: [{ text: 'AMPK inhibits NMRK1!\n' }] });
    await client.waitForDiagnostics(md, (p) => p.version === 2 && p.diagnostics.length === 0, start);
    assert.equal(await hover(client, md, { line: 0, character: 16 }), null);
  });
});

/** A temporary copy of data/ (profiles and schema), to break or extend without touching the shipped one. */
function copyOfData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-data-'));
  fs.cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  return dir;
}

describe('a broken profile', () => {
  const dataDir = copyOfData();
  const broken = path.join(dataDir, 'profiles', 'genes', 'sirt3.json');
  const client = new LspClient();
  before(async () => {
    const text = fs.readFileSync(broken, 'utf8');
    fs.writeFileSync(broken, text.slice(0, Math.floor(text.length / 2))); // cut in the middle: not JSON any more
    await client.initialize({ initializationOptions: { dataDir } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is reported on its file, with code profile-invalid, and in the log', async () => {
    const brokenUri = pathToFileURL(broken).href;
    const published = await client.waitForDiagnostics(brokenUri, (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.every((d) => d.code === 'profile-invalid'), JSON.stringify(published.diagnostics));
    await client.waitFor('a log line naming the broken file', () => client.logs.find((l) => l.includes('sirt3.json')));
  });

  it('leaves every other profile working', async () => {
    const uri = newUri();
    const text = 'NMRK1 and NAMPT and SIRT3.';
    client.open(uri, text);
    assert.ok(hasToken(hoverText(await hover(client, uri, positionOf(text, 'NMRK1'))), 'NMRK1'));
    assert.ok(hasToken(hoverText(await hover(client, uri, positionOf(text, 'NAMPT'))), 'NAMPT'));
    const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'NMRK1') });
    assert.equal(fileURLToPath(links[0]?.targetUri ?? 'file:///'), path.join(dataDir, 'profiles', 'genes', 'nmrk1.json'));
  });
});

describe('workspace profiles', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-ws-'));
  const teamDir = path.join(workspace, '.genelens', 'profiles');
  const teamNmrk1 = path.join(teamDir, 'nmrk1.json');
  const shippedNmrk1 = path.join(PROFILES, 'genes', 'nmrk1.json');
  const rootUri = pathToFileURL(workspace).href;
  const definitionOf = async (client: LspClient): Promise<string> => {
    const uri = newUri();
    client.open(uri, 'NMRK1');
    const links = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 2 } });
    return fileURLToPath(links?.[0]?.targetUri ?? 'file:///none');
  };
  before(() => {
    fs.mkdirSync(teamDir, { recursive: true });
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('are loaded when they appear, override the shipped entry, and are watched', async () => {
    const client = new LspClient();
    const registrations: unknown[] = [];
    client.onRequest('client/registerCapability', (params) => {
      registrations.push(params);
      return null;
    });
    try {
      await client.initialize({ rootUri });
      assert.equal(await definitionOf(client), shippedNmrk1, 'no team profile yet');
      await client.waitFor('a file watcher registration', () => (registrations.length > 0 ? true : undefined));
      assert.match(JSON.stringify(registrations), /\.genelens\/profiles/);
      fs.copyFileSync(shippedNmrk1, teamNmrk1);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(teamNmrk1).href, type: 1 }] });
      await client.eventually('the team profile to win', async () => ((await definitionOf(client)) === teamNmrk1 ? true : undefined));
    } finally {
      await client.stop();
    }
  });

  it('are not loaded in an untrusted workspace', async () => {
    fs.copyFileSync(shippedNmrk1, teamNmrk1);
    const untrusted = new LspClient();
    const trusted = new LspClient();
    try {
      await untrusted.initialize({ rootUri, initializationOptions: { trusted: false } });
      await trusted.initialize({ rootUri, initializationOptions: { trusted: true } });
      assert.equal(await definitionOf(untrusted), shippedNmrk1);
      assert.equal(await definitionOf(trusted), teamNmrk1);
    } finally {
      await Promise.all([untrusted.stop(), trusted.stop()]);
    }
  });

  it('load genelens.profilePaths (relative to the folder) and reload when a profile file is saved', async () => {
    const more = path.join(workspace, 'more-profiles');
    fs.mkdirSync(more, { recursive: true });
    const client = new LspClient();
    client.configuration = { profilePaths: ['more-profiles'] };
    try {
      // no file watching: the save alone must trigger the reload
      await client.initialize({
        rootUri,
        capabilities: { textDocument: { definition: { linkSupport: true }, synchronization: { didSave: true } }, workspace: { configuration: true, workspaceFolders: true } },
      });
      const uri = newUri();
      client.open(uri, 'NAD+ matters.');
      const target = async () => {
        const links = await client.request<LocationLink[] | null>('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 1 } });
        return fileURLToPath(links?.[0]?.targetUri ?? 'file:///none');
      };
      assert.equal(await target(), path.join(PROFILES, 'chemicals', 'nad.json'));
      const teamNad = path.join(more, 'nad.json');
      fs.copyFileSync(path.join(PROFILES, 'chemicals', 'nad.json'), teamNad);
      const profileUri = pathToFileURL(teamNad).href;
      client.open(profileUri, fs.readFileSync(teamNad, 'utf8'), 'json');
      client.notify('textDocument/didSave', { textDocument: { uri: profileUri } });
      await client.eventually('the saved profile to win', async () => ((await target()) === teamNad ? true : undefined));
    } finally {
      await client.stop();
    }
  });
});
