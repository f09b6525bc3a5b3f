// package.json's `contributes` and the code's settings must not drift apart (a cheap version of rust-analyzer's
// generated-config check); normalizeSettings reports every value it ignores.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULTS, DIAGNOSTIC_CODES, normalizeSettings, SEVERITY_LEVELS } from '../../server/src/shared/settings';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown; restrictedConfigurations?: string[] } };
  contributes: {
    configuration: { title: string; properties: Record<string, Record<string, unknown>> };
    commands: { command: string; title: string; category?: string }[];
    jsonValidation?: unknown[];
  };
};
const properties = manifest.contributes.configuration.properties;

function property(key: string): Record<string, unknown> {
  const p = properties[`genelens.${key}`];
  assert.ok(p, `package.json declares no genelens.${key}`);
  return p;
}

describe('package.json contributes.configuration', () => {
  it('declares exactly the settings the code knows, plus trace.server', () => {
    // A group of settings (semanticTokens: { enable }) is declared key by key ("genelens.semanticTokens.enable");
    // severity is one object-valued setting.
    const keys = Object.entries(DEFAULTS).flatMap(([k, v]) =>
      k !== 'severity' && typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.keys(v).map((s) => `${k}.${s}`) : [k],
    );
    const expected = [...keys.map((k) => `genelens.${k}`), 'genelens.trace.server'].sort();
    assert.deepEqual(Object.keys(properties).sort(), expected);
    assert.equal(manifest.contributes.configuration.title, 'GeneLens');
  });

  it('gives every setting a description, a default and a scope', () => {
    for (const [key, p] of Object.entries(properties)) {
      assert.ok(typeof (p.description ?? p.markdownDescription) === 'string', `${key} has no description`);
      assert.ok('default' in p, `${key} has no default`);
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(String(p.scope)), `${key} has no valid scope`);
    }
  });

  it('uses the defaults of settings.ts', () => {
    assert.equal(property('enable').default, DEFAULTS.enable);
    assert.equal(property('enable').type, 'boolean');
    assert.deepEqual(property('languages').default, DEFAULTS.languages);
    assert.deepEqual(property('profilePaths').default, DEFAULTS.profilePaths);
    assert.deepEqual(property('severity').default, { ...DEFAULTS.severity });
    assert.equal(property('semanticTokens.enable').default, DEFAULTS.semanticTokens.enable);
    assert.equal(property('semanticTokens.enable').type, 'boolean');
  });

  it('declares a severity per diagnostic code, with the levels and default of settings.ts', () => {
    const severity = property('severity');
    const codes = severity.properties as Record<string, { enum: string[]; default: string; type: string; markdownDescription?: string; description?: string }>;
    assert.deepEqual(Object.keys(codes).sort(), [...DIAGNOSTIC_CODES].sort());
    assert.equal(severity.additionalProperties, false);
    for (const code of DIAGNOSTIC_CODES) {
      const p = codes[code];
      assert.ok(p, code);
      assert.equal(p.type, 'string');
      assert.deepEqual(p.enum, [...SEVERITY_LEVELS], `${code} levels`);
      assert.equal(p.default, DEFAULTS.severity[code], `${code} default`);
      assert.ok((p.markdownDescription ?? p.description ?? '').includes(code), `${code} description names the code`);
    }
  });

  it('declares trace.server as the language client expects', () => {
    const trace = property('trace.server');
    assert.deepEqual(trace.enum, ['off', 'messages', 'verbose']);
    assert.equal(trace.default, 'off');
  });

  it('activates on every default language, never on *', () => {
    for (const language of DEFAULTS.languages) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('declares the commands the client registers, in the GeneLens category', () => {
    const client = fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8');
    const registered = [...client.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(declared, registered);
    assert.deepEqual(declared, ['genelens.openProfile', 'genelens.restartServer', 'genelens.showOutput']);
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'GeneLens', c.command);
  });

  it('says what is limited in an untrusted workspace', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.match(String(untrusted?.description), /profilePaths/);
    assert.match(String(untrusted?.description), /\.genelens\/profiles/);
    assert.deepEqual(untrusted?.restrictedConfigurations, ['genelens.profilePaths']);
  });

  it('keeps the profile schema for profile files', () => {
    assert.ok((manifest.contributes.jsonValidation ?? []).length > 0);
  });
});

describe('normalizeSettings', () => {
  it('gives the defaults, without problems, for an absent section', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, problems } = normalizeSettings(raw);
      assert.deepEqual(settings, { ...DEFAULTS, languages: [...DEFAULTS.languages], severity: { ...DEFAULTS.severity } });
      assert.deepEqual(problems, []);
    }
  });

  it('takes valid values', () => {
    const { settings, problems } = normalizeSettings({
      enable: false,
      languages: ['markdown'],
      profilePaths: ['/team/profiles'],
      severity: { 'claim-unsupported': 'off', 'claim-contradicted': 'error' },
    });
    assert.deepEqual(problems, []);
    assert.equal(settings.enable, false);
    assert.deepEqual(settings.languages, ['markdown']);
    assert.deepEqual(settings.profilePaths, ['/team/profiles']);
    assert.equal(settings.severity['claim-unsupported'], 'off');
    assert.equal(settings.severity['claim-contradicted'], 'error');
    assert.equal(settings.severity['profile-invalid'], DEFAULTS.severity['profile-invalid']);
  });

  it('reports each bad value, names the setting, and keeps the default', () => {
    const { settings, problems } = normalizeSettings({
      enable: 'yes',
      languages: 'markdown',
      profilePaths: [1, 2],
      severity: { 'claim-contradicted': 'loud', 'no-such-code': 'error' },
    });
    assert.equal(settings.enable, DEFAULTS.enable);
    assert.deepEqual(settings.languages, DEFAULTS.languages);
    assert.deepEqual(settings.profilePaths, DEFAULTS.profilePaths);
    assert.equal(settings.severity['claim-contradicted'], DEFAULTS.severity['claim-contradicted']);
    assert.equal(problems.length, 5, problems.join('\n'));
    for (const key of ['genelens.enable', 'genelens.languages', 'genelens.profilePaths', 'claim-contradicted', 'no-such-code']) {
      assert.ok(problems.some((p) => p.includes(key)), `no problem names ${key}: ${problems.join(' | ')}`);
    }
  });

  it('reports a section that is not an object', () => {
    const { settings, problems } = normalizeSettings('on');
    assert.equal(settings.enable, DEFAULTS.enable);
    assert.equal(problems.length, 1);
  });

  it('never shares arrays with DEFAULTS', () => {
    const { settings } = normalizeSettings(undefined);
    settings.languages.push('rust');
    assert.deepEqual(DEFAULTS.languages, ['markdown', 'plaintext', 'latex', 'quarto', 'rmd']);
  });
});
