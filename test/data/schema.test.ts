// data/schema/profile.schema.json and server/src/core/profile.ts are one contract: same properties, same required
// ones, same allowed values. Read profile.ts with the TypeScript parser and compare.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import schema from '../../data/schema/profile.schema.json';
import { repoRoot } from '../helpers/profiles';

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: string[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  description?: string;
  additionalProperties?: boolean;
}

const definitions = (schema as unknown as { definitions: Record<string, SchemaNode> }).definitions;
const source = ts.createSourceFile(
  'profile.ts',
  fs.readFileSync(path.join(repoRoot, 'server/src/core/profile.ts'), 'utf8'),
  ts.ScriptTarget.ES2022,
  true,
);

/** A schema node with its $ref and allOf parts merged in: the properties and required names an instance sees. */
function flatten(node: SchemaNode): SchemaNode {
  const parts = [...(node.$ref ? [node.$ref] : []), ...(node.allOf ?? []).flatMap((p) => (p.$ref ? [p.$ref] : []))].map((ref) => {
    const target = definitions[ref.replace('#/definitions/', '')];
    assert.ok(target, ref);
    return flatten(target);
  });
  let out: SchemaNode = { ...node };
  for (const part of parts) {
    out = {
      ...part,
      ...out,
      properties: part.properties || out.properties ? { ...part.properties, ...out.properties } : undefined,
      required: [...new Set([...(part.required ?? []), ...(out.required ?? [])])],
      additionalProperties: out.additionalProperties ?? part.additionalProperties,
    };
  }
  return out;
}

function findDeclaration(name: string): ts.InterfaceDeclaration | ts.TypeAliasDeclaration {
  const found = source.statements.find(
    (s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name,
  );
  assert.ok(found, `profile.ts declares ${name}`);
  return found;
}

/** The members of an object type written in profile.ts: an interface, a type literal, or `Fact<T> & { ... }`. */
function membersOf(type: ts.TypeNode | ts.InterfaceDeclaration): ts.TypeElement[] {
  if (ts.isInterfaceDeclaration(type)) return [...type.members];
  if (ts.isTypeLiteralNode(type)) return [...type.members];
  if (ts.isIntersectionTypeNode(type)) return type.types.flatMap((t) => membersOf(t));
  if (ts.isTypeReferenceNode(type)) {
    const declaration = findDeclaration(type.typeName.getText(source));
    return ts.isInterfaceDeclaration(declaration) ? membersOf(declaration) : membersOf(declaration.type);
  }
  assert.fail(`unexpected type ${type.getText(source)}`);
}

/** String literals of a union written inline or through an alias (Effect, EntityKind, SynonymType). */
function literalsOf(type: ts.TypeNode | undefined): string[] | undefined {
  if (!type) return undefined;
  if (ts.isUnionTypeNode(type)) {
    const values = type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText(source);
    const alias = source.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === name);
    return alias && ts.isTypeAliasDeclaration(alias) ? literalsOf(alias.type) : undefined;
  }
  return undefined;
}

/** Compare one TypeScript object type with one schema object, recursively for nested object types. */
function compare(where: string, members: ts.TypeElement[], node: SchemaNode): void {
  const object = flatten(node);
  const schemaProperties = object.properties ?? {};
  const props = members.filter(ts.isPropertySignature);
  const names = props.map((p) => p.name.getText(source).replace(/^'|'$/g, ''));
  assert.deepEqual(Object.keys(schemaProperties).sort(), [...names].sort(), `${where}: properties`);
  const required = props.filter((p) => !p.questionToken).map((p) => p.name.getText(source).replace(/^'|'$/g, ''));
  assert.deepEqual([...(object.required ?? [])].sort(), required.sort(), `${where}: required properties`);
  assert.equal(object.additionalProperties, false, `${where}: additionalProperties`);
  for (const prop of props) {
    const name = prop.name.getText(source).replace(/^'|'$/g, '');
    const child = schemaProperties[name];
    assert.ok(child, `${where}.${name}`);
    assert.ok(child.description ?? flatten(child).description, `${where}.${name} has a description`);
    const literals = literalsOf(prop.type);
    const resolved = flatten(child);
    if (literals) assert.deepEqual(resolved.enum, literals, `${where}.${name}: allowed values`);
    let type = prop.type;
    if (type && ts.isArrayTypeNode(type)) type = type.elementType;
    const target = resolved.type === 'array' && resolved.items ? resolved.items : child;
    const isObjectType =
      type && (ts.isTypeLiteralNode(type) || ts.isIntersectionTypeNode(type) ||
        (ts.isTypeReferenceNode(type) && ts.isInterfaceDeclaration(findDeclarationOrUndefined(type))));
    if (type && isObjectType) compare(`${where}.${name}`, membersOf(type), target);
  }
}

function findDeclarationOrUndefined(type: ts.TypeReferenceNode): ts.Node {
  const name = type.typeName.getText(source);
  return source.statements.find((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name) ?? type;
}

describe('profile schema', () => {
  it('mirrors the Profile interface of profile.ts, nested types included', () => {
    const profile = findDeclaration('Profile');
    assert.ok(ts.isInterfaceDeclaration(profile));
    compare('Profile', membersOf(profile), schema as unknown as SchemaNode);
  });

  it('is draft-07 and restricts sources to the documented forms', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const pattern = new RegExp(schema.definitions.source.pattern);
    for (const ok of ['seed', 'curator', 'PMID:27725675', 'HGNC', 'NCBI Gene', 'UniProt', 'ChEBI', 'HMDB', 'dbSNP']) {
      assert.ok(pattern.test(ok), ok);
    }
    for (const bad of ['PMID:0123', 'PMID:', 'pmid:123', 'Seed', 'Wikipedia', 'PMID:1234567890', ' seed']) assert.ok(!pattern.test(bad), bad);
  });
});
