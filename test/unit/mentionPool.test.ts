// The mentions of analyses that are gone are filled in again by the next analyses (matcher/mentionPool.ts): what an
// analysis finds must not depend on where its Mention objects came from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention } from '../../server/src/core';
import { MentionPool } from '../../server/src/core/matcher/mentionPool';
import { geneService } from '../helpers/genes';

const service = geneService();

function mention(start: number, candidates?: string[]): Mention {
  const m: Mention = { start, end: start + 4, text: 'NRK1', entityId: 'nmrk1', kind: 'gene', via: 'alias', known: true };
  if (candidates) m.candidates = candidates;
  return m;
}

/** The fields of each mention, as plain data. */
function fields(mentions: readonly Mention[]): unknown[] {
  return mentions.map((m) => [m.start, m.end, m.text, m.entityId, m.kind, m.via, m.known, m.candidates ?? null]);
}

describe('MentionPool', () => {
  it('keeps mentions without candidates, up to its limit, and hands each out once', () => {
    const pool = new MentionPool(3);
    const kept = [mention(0), mention(10, ['a', 'b']), mention(20), mention(30), mention(40)];
    pool.give(kept);
    assert.equal(pool.size, 3);
    const taken = [pool.take(), pool.take(), pool.take()];
    assert.deepEqual(new Set(taken), new Set([kept[0], kept[2], kept[3]]));
    assert.equal(pool.take(), undefined);
  });
});

describe('the analyzer reusing the mentions of a forgotten analysis', () => {
  const first = 'NMRK1 converts nicotinamide riboside into NMN; NRK1 and NAD+ in rs12611 carriers. The AAC1 gene too.\n';
  const second = 'TP53 and BRCA1, then SIRT3 and PARP1.\n\nNAMPT makes NMN. The AAC1 gene and a P53 mutation.\n';

  it('fills them in with what the new text holds, as a fresh scan finds it', () => {
    const a = TextDocument.create('file:///pool/a.md', 'markdown', 1, first);
    const old = [...service.analyze(a).mentions];
    const ambiguous = old.find((m) => m.candidates !== undefined);
    assert.ok(ambiguous, 'AAC1 names several genes');
    service.forget(a.uri);
    const b = TextDocument.create('file:///pool/b.md', 'markdown', 1, second);
    const mentions = service.analyze(b).mentions;
    assert.deepEqual(fields(mentions), fields(service.findMentions(second, 'markdown')));
    assert.ok(mentions.some((m) => old.includes(m)), 'some objects of the forgotten analysis are filled in again');
    assert.ok(!mentions.includes(ambiguous), 'a mention with candidates is never reused');
    const withCandidates = mentions.filter((m) => m.candidates !== undefined);
    assert.deepEqual(withCandidates.map((m) => m.text), ['AAC1']);
    assert.ok(mentions.filter((m) => m.candidates === undefined).every((m) => !('candidates' in m)));
    service.forget(b.uri);
  });
});
