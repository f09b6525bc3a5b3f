// Profile files (text) -> validated profiles with their locations, and every problem with its file and position.
// A file with a syntax or schema error is skipped and reported; every other profile keeps working. Never throws.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Range } from 'vscode-languageserver-types';
import type { Profile } from '../profile';
import type { LoadedProfile, LoadResult, ProfileDocument, ProfileProblem } from '../types';
import { formatPath, keyNodeOf, nodeAtPath, OffsetMapper, pointerToPath, type JsonPath } from './jsonLocations';
import { profileLimitBreach } from './profileLimits';
import { compileProfileValidator } from './profileValidator';

let validator: ValidateFunction<Profile> | undefined;

/** The schema validator, made once, on first use (precompiled in the bundles: profileValidator.ts). */
function getValidator(): ValidateFunction<Profile> {
  validator ??= compileProfileValidator();
  return validator;
}

export function loadProfiles(docs: ProfileDocument[]): LoadResult {
  const problems: ProfileProblem[] = [];
  const byId = new Map<string, LoadedProfile>();
  for (const doc of docs) {
    const loaded = loadOne(doc, problems);
    if (!loaded) continue;
    const earlier = byId.get(loaded.profile.id);
    if (earlier) reportOverride(earlier, loaded, problems);
    byId.set(loaded.profile.id, loaded); // the later file overrides, in the earlier one's place
  }
  const profiles = [...byId.values()];
  checkReferences(profiles, new Set(byId.keys()), problems);
  return { profiles, problems };
}

function loadOne(doc: ProfileDocument, problems: ProfileProblem[]): LoadedProfile | undefined {
  const breach = profileLimitBreach(doc.text);
  if (breach) {
    problems.push({ uri: doc.uri, range: new OffsetMapper(doc.text).range(breach.offset, 1), message: breach.message, severity: 'error' });
    return undefined;
  }
  try {
    return loadStrict(doc) ?? loadWithTree(doc, problems);
  } catch (e) {
    // Whatever one file does, the others still load: its failure is its own problem.
    const start = { line: 0, character: 0 };
    problems.push({ uri: doc.uri, range: { start, end: start }, message: `The profile could not be read: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' });
    return undefined;
  }
}

/**
 * The fast path, for a file that is plain JSON without duplicate keys and valid against the schema (every shipped
 * profile): JSON.parse reads it, and the syntax tree is only built when a range is asked for. Undefined for any other
 * file: loadWithTree then reads it again and reports its problems.
 */
function loadStrict(doc: ProfileDocument): LoadedProfile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(doc.text);
  } catch {
    return undefined; // comments, a trailing comma, a syntax error: the tree says where
  }
  if (hasDuplicateKeys(doc.text) || !getValidator()(value)) return undefined;
  let root: Node | undefined;
  const tree = (): Node | undefined => (root ??= parseTree(doc.text, [], { disallowComments: false, allowTrailingComma: false }));
  return located(doc, tree, value, new OffsetMapper(doc.text));
}

/** JSON strings, and the brackets around objects and arrays; a string followed by a colon is a key. */
const JSON_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;

/** Whether a text JSON.parse accepted has an object with the same key twice (JSON.parse keeps the last silently). */
export function hasDuplicateKeys(text: string): boolean {
  const keys: (Set<string> | undefined)[] = [];
  JSON_TOKEN.lastIndex = 0;
  for (let m = JSON_TOKEN.exec(text); m !== null; m = JSON_TOKEN.exec(text)) {
    const token = m[0];
    const c = token.charCodeAt(0);
    if (c === 123 /* { */) keys.push(new Set());
    else if (c === 91 /* [ */) keys.push(undefined);
    else if (c === 125 /* } */ || c === 93 /* ] */) keys.pop();
    else if (m[1] !== undefined) {
      const raw = token.slice(0, token.length - m[1].length);
      const key = raw.includes('\\') ? String(JSON.parse(raw)) : raw.slice(1, -1);
      const seen = keys[keys.length - 1];
      if (seen?.has(key)) return true;
      seen?.add(key);
    }
  }
  return false;
}

/** Reads a file through jsonc-parser's syntax tree: comments allowed, every problem reported with its position. */
function loadWithTree(doc: ProfileDocument, problems: ProfileProblem[]): LoadedProfile | undefined {
  const mapper = new OffsetMapper(doc.text);
  const report = (range: Range, message: string, severity: ProfileProblem['severity'] = 'error'): void => {
    problems.push({ uri: doc.uri, range, message, severity });
  };
  const errors: ParseError[] = [];
  const root = parseTree(doc.text, errors, { disallowComments: false, allowTrailingComma: false });
  for (const e of errors) {
    report(mapper.range(e.offset, e.length), `JSON syntax error: ${describeParseError(e)}; this profile is not loaded`);
  }
  if (errors.length > 0) return undefined;
  if (!root) {
    report(mapper.range(0, 0), 'Empty profile file: expected one JSON object; nothing is loaded');
    return undefined;
  }
  reportDuplicateKeys(root, mapper, report);
  // Plain objects (jsonc-parser builds null-prototype ones), so consumers can compare and spread them freely.
  const value: unknown = JSON.parse(JSON.stringify(getNodeValue(root)));
  const validate = getValidator();
  if (!validate(value)) {
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const found = describeSchemaError(error, root, mapper);
      if (!found) continue;
      const key = `${JSON.stringify(found.range)}|${found.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report(found.range, `${found.message}; this profile is not loaded`);
    }
    return undefined;
  }
  return located(doc, () => root, value, mapper);
}

/** The loaded profile; its ranges are worked out on first use (the syntax tree too, on the fast path). */
function located(doc: ProfileDocument, tree: () => Node | undefined, profile: Profile, mapper: OffsetMapper): LoadedProfile {
  let entryRange: Range | undefined;
  let symbolRange: Range | undefined;
  const whole = (): Range => {
    const root = tree();
    return root ? mapper.rangeOfNode(root) : mapper.range(0, 0);
  };
  return {
    uri: doc.uri,
    text: doc.text,
    profile,
    get entryRange(): Range {
      return (entryRange ??= whole());
    },
    get symbolRange(): Range {
      if (!symbolRange) {
        const root = tree();
        const symbolNode = nodeAtPath(root, ['symbol']);
        // Inside the quotes, so a definition selects the symbol itself.
        symbolRange = symbolNode ? mapper.range(symbolNode.offset + 1, symbolNode.length - 2) : mapper.range(root?.offset ?? 0, 0);
      }
      return symbolRange;
    },
    rangeOf(path: (string | number)[]): Range | undefined {
      const node = nodeAtPath(tree(), path);
      return node ? mapper.rangeOfNode(node) : undefined;
    },
  };
}

function describeParseError(e: ParseError): string {
  const name = printParseErrorCode(e.error);
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.startsWith('<') ? 'unexpected input' : words;
}

function reportDuplicateKeys(node: Node, mapper: OffsetMapper, report: (r: Range, m: string, s: 'warning') => void): void {
  if (node.type === 'object') {
    const seen = new Set<unknown>();
    for (const property of node.children ?? []) {
      const keyNode = property.children?.[0];
      if (!keyNode) continue;
      if (seen.has(keyNode.value)) {
        report(mapper.rangeOfNode(keyNode), `Duplicate key "${String(keyNode.value)}": only the last one is used`, 'warning');
      }
      seen.add(keyNode.value);
    }
  }
  for (const child of node.children ?? []) reportDuplicateKeys(child, mapper, report);
}

interface Described {
  range: Range;
  message: string;
}

function describeSchemaError(error: ErrorObject, root: Node, mapper: OffsetMapper): Described | undefined {
  if (error.keyword === 'if') return undefined; // the failing "then" is reported on its own
  const path = pointerToPath(root, error.instancePath);
  const where = formatPath(path);
  const node = nodeAtPath(root, path) ?? root;
  const rangeOfValue = mapper.rangeOfNode(node);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map(String) : [];
      return { range: rangeOfValue, message: `${where} must be one of ${allowed.join(', ')}` };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const valueNode = nodeAtPath(node, [key]);
      const keyNode = valueNode ? keyNodeOf(valueNode) : undefined;
      const known = Object.keys(propertiesOf(error.parentSchema));
      const hint = known.length > 0 ? ` (expected one of ${known.join(', ')})` : '';
      return {
        range: keyNode ? mapper.rangeOfNode(keyNode) : rangeOfValue,
        message: `${where} has unknown property "${key}"${hint}`,
      };
    }
    case 'required': {
      // Like VS Code's JSON service: mark the object's opening brace, not the whole object.
      const missing = String(params.missingProperty);
      const message = error.schemaPath.includes('curatorNote')
        ? `${where} has source "curator" and needs a "note" that says why`
        : `${where} is missing required property "${missing}"`;
      return { range: mapper.range(node.offset, 1), message };
    }
    case 'pattern':
      return { range: rangeOfValue, message: `${where} ${describePattern(error)}` };
    case 'minLength':
    case 'minItems':
      return { range: rangeOfValue, message: `${where} must not be empty` };
    default:
      return { range: rangeOfValue, message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

function describePattern(error: ErrorObject): string {
  const got = typeof error.data === 'string' ? ` (got ${JSON.stringify(error.data)})` : '';
  if (error.schemaPath.startsWith('#/definitions/source/')) {
    return `must be "seed", "curator", "PMID:<digits>" or one of HGNC, NCBI Gene, UniProt, ChEBI, HMDB, dbSNP, FamPlex${got}`;
  }
  if (error.schemaPath.startsWith('#/definitions/trimmedText/')) {
    return `must be non-empty text without leading or trailing white space${got}`;
  }
  const description = descriptionOf(error.parentSchema);
  const pattern = String((error.params as Record<string, unknown>).pattern);
  return `must match ${pattern}${description ? ` (${description.replace(/\.$/, '')})` : ''}${got}`;
}

function propertiesOf(schemaObject: unknown): Record<string, unknown> {
  if (typeof schemaObject !== 'object' || schemaObject === null) return {};
  const properties = (schemaObject as { properties?: unknown }).properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}

function descriptionOf(schemaObject: unknown): string | undefined {
  if (typeof schemaObject !== 'object' || schemaObject === null) return undefined;
  const description = (schemaObject as { description?: unknown }).description;
  return typeof description === 'string' ? description : undefined;
}

/**
 * The folder a profile belongs to, for duplicate checks: the nearest enclosing `profiles/` folder (data/profiles,
 * .genelens/profiles), else the file's own folder. A workspace profile overriding a shipped one is intended.
 */
function profileFolder(uri: string): string {
  const marker = uri.lastIndexOf('/profiles/');
  if (marker >= 0) return uri.slice(0, marker + '/profiles/'.length);
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function reportOverride(earlier: LoadedProfile, later: LoadedProfile, problems: ProfileProblem[]): void {
  if (profileFolder(earlier.uri) !== profileFolder(later.uri)) return;
  const id = later.profile.id;
  const at = (p: LoadedProfile): Range => p.rangeOf(['id']) ?? p.symbolRange;
  problems.push(
    { uri: later.uri, range: at(later), severity: 'warning', message: `Duplicate id "${id}": also defined in ${earlier.uri}; this file overrides it` },
    { uri: earlier.uri, range: at(earlier), severity: 'warning', message: `Duplicate id "${id}": ${later.uri} defines it again and overrides this file` },
  );
}

/** Every place a profile refers to another profile's id. */
export function profileReferences(profile: Profile): [JsonPath, string][] {
  const refs: [JsonPath, string][] = [];
  for (const field of ['upstream', 'downstream', 'hormonal'] as const) {
    for (const [i, relation] of (profile[field] ?? []).entries()) refs.push([[field, i, 'entity'], relation.entity]);
  }
  for (const [i, reaction] of (profile.reactions ?? []).entries()) {
    for (const part of ['substrates', 'products', 'cofactors'] as const) {
      for (const [j, id] of (reaction[part] ?? []).entries()) refs.push([['reactions', i, part, j], id]);
    }
  }
  for (const [i, requirement] of (profile.requires ?? []).entries()) refs.push([['requires', i, 'entity'], requirement.entity]);
  for (const [i, intervention] of (profile.interventions ?? []).entries()) {
    if (intervention.entity !== undefined) refs.push([['interventions', i, 'entity'], intervention.entity]);
  }
  for (const [i, snp] of (profile.snps ?? []).entries()) refs.push([['snps', i, 'id'], snp.id]);
  for (const [i, member] of (profile.members?.value ?? []).entries()) refs.push([['members', 'value', i], member]);
  return refs;
}

function checkReferences(profiles: LoadedProfile[], ids: ReadonlySet<string>, problems: ProfileProblem[]): void {
  for (const loaded of profiles) {
    for (const [path, id] of profileReferences(loaded.profile)) {
      if (ids.has(id)) continue;
      problems.push({
        uri: loaded.uri,
        range: loaded.rangeOf(path) ?? loaded.symbolRange,
        severity: 'warning',
        message: `${formatPath(path)} "${id}" refers to no loaded profile`,
      });
    }
  }
}
