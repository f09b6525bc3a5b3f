// The shipped profile data: valid, unambiguous, cross-referenced, sourced, and complete for NMRK1.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../server/src/core/profile';
import { FOLDER } from '../helpers/featureProfiles';
import { loadShippedProfileDocuments, shippedProfiles, shippedProfilesDir } from '../helpers/profiles';

/** PMIDs verified in facts/nad-pathway.md; nothing else may appear in the data. */
const VERIFIED_PMIDS = new Set(['27725675', '17482543', '22682224']);

const profiles = (): Profile[] => shippedProfiles().profiles.map((p) => p.profile);
const byId = (id: string): Profile => {
  const found = profiles().find((p) => p.id === id);
  assert.ok(found, `no profile ${id}`);
  return found;
};

/** Every object in a JSON value with its path, depth first. */
function* objects(value: unknown, at: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, `${at}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    yield [at, record];
    for (const [key, child] of Object.entries(record)) yield* objects(child, `${at}.${key}`);
  }
}

describe('shipped profiles', () => {
  it('all load: valid against the schema, no duplicates, every reference resolves', () => {
    const result = shippedProfiles();
    assert.deepEqual(result.problems, []);
    assert.equal(result.profiles.length, loadShippedProfileDocuments().length);
  });

  it('hold the project entities, one per file, in the folder of their kind, with a lower-case slug name', () => {
    assert.deepEqual(profiles().map((p) => p.id).sort(), [
      'AMPK', 'ATP', 'CD38', 'DNA damage', 'Mg2+', 'NAD+', 'NAM', 'NAMPT', 'NMN', 'NMNAT1', 'NMNAT2', 'NMNAT3', 'NMRK1',
      'NMRK2', 'NR', 'PARP1', 'PRKAA1', 'SIRT1', 'SIRT3', 'SLC12A8', 'high glucose', 'insulin', 'rs12611', 'thyroid hormone',
    ]);
    for (const loaded of shippedProfiles().profiles) {
      const file = fileURLToPath(loaded.uri);
      const relative = path.relative(shippedProfilesDir, file).split(path.sep);
      assert.equal(relative.length, 2, file);
      assert.equal(relative[0], FOLDER[loaded.profile.kind], file);
      assert.match(relative[1] ?? '', /^[a-z0-9]+(-[a-z0-9]+)*\.json$/, file);
      assert.equal(Object.keys(JSON.parse(loaded.text) as object)[0], '$schema', file);
      assert.equal(loaded.profile.$schema, '../../schema/profile.schema.json', file);
    }
  });

  it('claim no id, symbol, name or synonym twice unless the synonym records an ambiguity decision', () => {
    const claims = new Map<string, { id: string; decided: boolean }[]>();
    for (const p of profiles()) {
      const texts = [p.id, p.symbol, p.name].map((text) => ({ text, decided: false }));
      for (const s of p.synonyms ?? []) texts.push({ text: s.text, decided: s.ambiguity !== undefined });
      for (const { text, decided } of texts) {
        const key = text.toLowerCase();
        const list = claims.get(key) ?? [];
        if (!list.some((c) => c.id === p.id && c.decided === decided)) list.push({ id: p.id, decided });
        claims.set(key, list);
      }
    }
    for (const [text, list] of claims) {
      const owners = new Set(list.map((c) => c.id));
      if (owners.size > 1) assert.ok(list.every((c) => c.decided), `"${text}" is claimed by ${[...owners].join(', ')}`);
    }
  });

  it('resolve every relation, reaction, requirement, member, SNP, intervention and gene reference', () => {
    const ids = new Set(profiles().map((p) => p.id));
    for (const p of profiles()) {
      const refs = [
        ...[...(p.upstream ?? []), ...(p.downstream ?? []), ...(p.hormonal ?? [])].map((r) => r.entity),
        ...(p.reactions ?? []).flatMap((r) => [...r.substrates, ...r.products, ...(r.cofactors ?? [])]),
        ...(p.requires ?? []).map((r) => r.entity),
        ...(p.members?.value ?? []),
        ...(p.snps ?? []).map((s) => s.id),
        ...(p.interventions ?? []).flatMap((i) => (i.entity === undefined ? [] : [i.entity])),
        ...(p.gene ? [p.gene.value] : []),
      ];
      for (const ref of refs) assert.ok(ids.has(ref), `${p.id} refers to ${ref}, which no profile defines`);
    }
  });

  it('use only well-formed, verified PMIDs, in pmid fields and in sources', () => {
    for (const p of profiles()) {
      for (const [at, object] of objects(p, p.id)) {
        if ('pmid' in object) {
          assert.match(String(object.pmid), /^[1-9][0-9]{0,8}$/, at);
          assert.ok(VERIFIED_PMIDS.has(String(object.pmid)), `${at}: PMID ${String(object.pmid)} is not verified`);
        }
        const source = object.source;
        if (typeof source === 'string' && source.startsWith('PMID')) {
          assert.match(source, /^PMID:[1-9][0-9]{0,8}$/, at);
          assert.ok(VERIFIED_PMIDS.has(source.slice(5)), `${at}: ${source} is not verified`);
        }
      }
    }
  });

  it('give every fact a source, and every curator reading a note', () => {
    for (const p of profiles()) {
      assert.ok(p.symbolSource && p.nameSource, p.id);
      for (const [at, object] of objects(p, p.id)) {
        if (at === p.id || at.endsWith('.identifiers') || at.endsWith('.ambiguity')) continue;
        assert.equal(typeof object.source, 'string', `${at} has no source`);
        if (object.source === 'curator' && !at.includes('.domains[')) assert.ok(object.note, `${at}: curator without note`);
      }
    }
  });

  it('keep the seed text clean of bullets', () => {
    for (const loaded of shippedProfiles().profiles) assert.ok(!loaded.text.includes('•'), loaded.uri);
  });
});

describe('the NMRK1 profile', () => {
  it('carries the verified identity', () => {
    const p = byId('NMRK1');
    assert.equal(p.kind, 'gene');
    assert.equal(p.symbol, 'NMRK1');
    assert.equal(p.name, 'nicotinamide riboside kinase 1');
    assert.equal(p.identifiers?.hgnc?.value, 'HGNC:26057');
    assert.equal(p.identifiers?.ncbiGene?.value, '54981');
    assert.equal(p.identifiers?.uniprot?.value, 'Q9NWW6');
    assert.equal(p.location?.value, '9q21.13');
    assert.equal(p.proteinLength?.value, 199);
    assert.equal(p.proteinType?.value, 'kinase');
    assert.equal(p.proteinType?.label, 'Enzyme (Kinase)');
    assert.equal(p.family?.value, 'nicotinamide riboside kinase family');
    assert.deepEqual(p.subcellularLocation?.value, ['cytoplasm']);
    assert.equal(p.tissues?.scope, 'broad');
  });

  it('carries every section of the seed', () => {
    const p = byId('NMRK1');
    const counts: [string, number][] = [
      ['keyTakeaways', 5], ['domains', 3], ['upstream', 4], ['downstream', 5], ['hormonal', 2], ['ageing', 7],
      ['disorders', 4], ['interventions', 9], ['labTests', 3], ['snps', 1], ['papers', 5], ['reactions', 1], ['requires', 1],
    ];
    for (const [field, count] of counts) {
      const value = (p as unknown as Record<string, unknown>)[field];
      assert.ok(Array.isArray(value), `${field} missing`);
      assert.equal(value.length, count, field);
    }
    assert.ok((p.overview?.length ?? 0) >= 3, 'overview');
    assert.ok((p.deepDive?.length ?? 0) >= 3, 'deepDive');
    assert.ok(p.summary?.value.startsWith('NMRK1 (Nicotinamide Riboside Kinase 1) is an essential enzyme'));
  });

  it('records the seed relations as the seed states them', () => {
    const p = byId('NMRK1');
    const relations = (list: Profile['upstream']): string[] => (list ?? []).map((r) => `${r.entity} ${r.effect} ${r.label}`);
    assert.deepEqual(relations(p.upstream), [
      'AMPK activates Activator', 'SIRT1 activates Activator', 'DNA damage activates Activator', 'high glucose inhibits Inhibitor',
    ]);
    assert.deepEqual(relations(p.downstream), [
      'NMN produces Produces', 'NAD+ activates Activates', 'SIRT1 activates Activates', 'SIRT3 activates Activates', 'PARP1 activates Activates',
    ]);
    assert.deepEqual(relations(p.hormonal), ['thyroid hormone modulates Metabolic Stimulator', 'insulin modulates Modulator']);
    assert.deepEqual(p.reactions?.[0], { ...p.reactions?.[0], substrates: ['NR', 'ATP'], products: ['NMN'], cofactors: ['Mg2+'] });
    assert.deepEqual(p.requires?.map((r) => r.entity), ['Mg2+']);
  });

  it('keeps its synonyms exact: NRK1 and "NRK 1", never NRK', () => {
    const p = byId('NMRK1');
    const synonyms = (p.synonyms ?? []).map((s) => `${s.type}:${s.text}`);
    assert.deepEqual(synonyms, ['alias:NRK1', 'spelling:NRK 1', 'alias:bA235O14.2', 'alias:FLJ20559', 'previous:C9orf95']);
    assert.ok(p.curatorNotes?.some((n) => n.text.includes('Nik-related kinase')));
  });

  it('names interventions only where the seed makes the name evident', () => {
    const p = byId('NMRK1');
    const named = (p.interventions ?? []).filter((i) => i.name !== '(unnamed in the original profile)');
    assert.deepEqual(named.map((i) => i.entity), ['NR', 'NMN', 'Mg2+']);
    for (const i of p.interventions ?? []) assert.ok(i.note, `intervention "${i.description}" has no curator note`);
  });

  it('cites papers only with verified identifiers', () => {
    const papers = byId('NMRK1').papers ?? [];
    assert.deepEqual(papers.map((paper) => paper.pmid), ['27725675', '17482543', '22682224', undefined, undefined]);
    assert.match(papers[1]?.note ?? '', /yeast only/i);
    assert.equal(papers[4]?.doi, '10.1161/CIRCULATIONAHA.116.026099');
    assert.match(papers[4]?.note ?? '', /NMRK2/);
  });
});

describe('related profiles', () => {
  it('treat AMPK as a family (FamPlex AMPK), not an alias of one gene', () => {
    assert.equal(byId('AMPK').kind, 'family');
    assert.equal(byId('AMPK').identifiers?.famplex?.value, 'AMPK');
    for (const p of profiles()) assert.ok(!(p.synonyms ?? []).some((s) => s.text === 'AMPK'), p.id);
  });

  it('decide the ambiguous aliases', () => {
    const decision = (id: string, text: string): string | undefined =>
      byId(id).synonyms?.find((s) => s.text === text)?.ambiguity?.decision;
    assert.equal(decision('NMRK2', 'NRK2'), 'this');
    assert.deepEqual(byId('NMRK2').synonyms?.[0]?.ambiguity?.alsoNames, ['NEK4']);
    assert.equal(decision('SIRT1', 'SIR2'), 'skip');
    assert.equal(decision('PARP1', 'PARP'), 'skip');
    assert.ok(decision('NAMPT', 'PBEF'));
  });

  it('tie rs12611 to NMRK1 only as the seed does', () => {
    const rs = byId('rs12611');
    assert.equal(rs.kind, 'variant');
    assert.equal(rs.gene?.value, 'NMRK1');
    assert.equal(rs.gene?.source, 'seed');
    assert.match(rs.gene?.note ?? '', /no public source/i);
  });

  it('give NMRK2 its seed tissues and leave out what is unverified', () => {
    assert.deepEqual(byId('NMRK2').tissues?.value, ['heart', 'skeletal muscle']);
    assert.equal(byId('NMRK2').tissues?.scope, 'concentrated');
    assert.equal(byId('PRKAA1').proteinLength, undefined);
    assert.ok(byId('Mg2+').synonyms?.some((s) => s.text === 'magnesium'));
  });
});
