// Helpers shared by the claim readers: who the arguments are, and the relation claims they make.
import type { SubjectScan } from './subjects';
import type { ObjectScan } from './objects';
import type { Arg, Claim, VerbUse } from '../claim';
import { NON_ASSERTIVE, set, type Token } from '../sentences/tokens';
import type { VerbClass } from '../vocabulary';

/** True when a word before the claim takes the assertion back ("whether", "if", "myth"). */
export function nonAssertive(toks: Token[], from: number): boolean {
  for (let k = 0; k < from; k++) {
    const low = toks[k]!.low;
    if (NON_ASSERTIVE.has(low)) return true;
    // "No profile evidence that ...", "there is little proof that ...", "without data showing ...".
    if (EVIDENCE.has(low) && toks.slice(Math.max(0, k - 3), k).some((t) => DENIALS.has(t.low))) return true;
  }
  return false;
}

const EVIDENCE = set('evidence proof data study studies support');
const DENIALS = set('no not little lack lacking without scant insufficient');

export function subjectsOf(scan: SubjectScan): Arg[] {
  return scan.args.length > 0 ? scan.args : scan.phrase ? [scan.phrase] : [];
}

export function objectsOf(scan: ObjectScan): Arg[] {
  return scan.args.length > 0 ? scan.args : scan.phrase ? [scan.phrase] : [];
}

export function pushRelations(
  claims: Claim[], cls: VerbClass, sign: 1 | -1 | 0, subjects: Arg[], objects: Arg[], negated: boolean, verb: VerbUse,
): void {
  for (const s of subjects) {
    for (const o of objects) {
      if (!s.entityId && !o.entityId) continue;
      if (s.entityId && s.entityId === o.entityId) continue;
      claims.push({
        type: 'relation', cls, sign, subject: s, object: o, negated, verb,
        start: Math.min(s.start, o.start, verb.start), end: Math.max(s.end, o.end, verb.end),
      });
    }
  }
}
