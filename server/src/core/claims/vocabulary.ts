// The claim vocabulary: the verbs and nouns writers use to assert a relation, with their inflections, and the
// opposite of each (for quick fixes). A verb that is not listed here never makes a claim: reporting verbs (shows,
// introduces, covers, studied, measured, quantified, describes, discusses) are deliberately absent.

/** What a claim verb asserts. */
export type VerbClass =
  | 'effect' // activates / inhibits: a signed effect on the object
  | 'produce' // makes, produces, generates: the object is a product
  | 'modulate' // regulates, controls: an effect of either sign
  | 'bind' // binds, interacts with
  | 'convert' // converts A into B, phosphorylates A
  | 'require' // requires, needs, depends on
  | 'associate' // is linked to, is implicated in
  | 'quantify' // doubles, triples: a number no profile carries
  | 'change'; // rises, falls: intransitive change of the subject

export interface VerbInfo {
  lemma: string;
  cls: VerbClass;
  /** +1 raises/activates, -1 lowers/inhibits, 0 neither. */
  sign: 1 | -1 | 0;
  /** Words that must follow the verb ("depend" + "on"). */
  particle?: string;
}

export type VerbForm = 'base' | 's' | 'ed' | 'ing' | 'en';

const IRREGULAR: Record<string, Partial<Record<VerbForm, string>>> = {
  make: { ed: 'made', en: 'made' },
  bind: { ed: 'bound', en: 'bound' },
  drive: { ed: 'drove', en: 'driven' },
  rise: { ed: 'rose', en: 'risen' },
  fall: { ed: 'fell', en: 'fallen' },
  lead: { ed: 'led', en: 'led' },
  give: { ed: 'gave', en: 'given' },
  lie: { ed: 'lay', en: 'lain', ing: 'lying' },
  sit: { ed: 'sat', en: 'sat', ing: 'sitting' },
  go: { s: 'goes', ed: 'went', en: 'gone' },
  lose: { ed: 'lost', en: 'lost' },
  control: { ed: 'controlled', en: 'controlled', ing: 'controlling' },
  shut: { ed: 'shut', en: 'shut', ing: 'shutting' },
  drop: { ed: 'dropped', en: 'dropped', ing: 'dropping' },
};

/** A record's own entry: never "constructor" or another inherited property for a word read from a document. */
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Inflects a regular or listed irregular English verb. */
export function inflect(lemma: string, form: VerbForm): string {
  const irregular = lookup(IRREGULAR, lemma)?.[form];
  if (irregular) return irregular;
  switch (form) {
    case 'base':
      return lemma;
    case 's':
      if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ies';
      if (/(s|sh|ch|x|z|o)$/.test(lemma)) return lemma + 'es';
      return lemma + 's';
    case 'ing':
      if (/ie$/.test(lemma)) return lemma.slice(0, -2) + 'ying';
      if (/[^e]e$/.test(lemma)) return lemma.slice(0, -1) + 'ing';
      return lemma + 'ing';
    case 'ed':
    case 'en':
      if (/e$/.test(lemma)) return lemma + 'd';
      if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ied';
      return lemma + 'ed';
  }
}

function verbs(cls: VerbClass, sign: 1 | -1 | 0, lemmas: string): VerbInfo[] {
  return lemmas.split(/\s*,\s*/).filter(Boolean).map((l) => {
    const [lemma = '', particle] = l.split(' ');
    return particle ? { lemma, cls, sign, particle } : { lemma, cls, sign };
  });
}

export const VERBS: readonly VerbInfo[] = [
  ...verbs('effect', 1, 'activate, stimulate, increase, promote, enable, support, boost, raise, induce, enhance, ' +
    'upregulate, up-regulate, elevate, augment, potentiate, amplify, trigger, restore, replenish, fuel, drive, ' +
    'facilitate, improve, accelerate, strengthen, sustain, maintain, protect, preserve, cause, stabilize, stabilise, extend'),
  ...verbs('effect', -1, 'inhibit, suppress, repress, decrease, block, prevent, downregulate, down-regulate, lower, ' +
    'reduce, impair, diminish, attenuate, deplete, abolish, antagonize, antagonise, dampen, blunt, limit, hinder, ' +
    'hamper, silence, deactivate, inactivate, degrade, curb, counteract, slow, abrogate, disrupt, destabilize, ' +
    'lessen, weaken, exhaust, drain, reverse'),
  ...verbs('effect', 1, 'lead to, result in, contribute to, turn on, switch on, ramp up, step up'),
  ...verbs('effect', -1, 'shut down, shut off, turn off, switch off, tamp down, knock down'),
  ...verbs('produce', 1, 'produce, make, generate, synthesize, synthesise, yield, create'),
  ...verbs('modulate', 0, 'regulate, modulate, control, affect, influence, alter, govern, mediate, target, coordinate'),
  ...verbs('bind', 0, 'bind, interact with, recruit, sequester'),
  ...verbs('associate', 0, 'underlie, predispose to'),
  ...verbs('convert', 0, 'convert, transform, turn, phosphorylate, metabolize, metabolise, utilize, utilise, consume, ' +
    'dephosphorylate, acetylate, deacetylate, hydrolyze, hydrolyse, cleave, transport'),
  ...verbs('require', 0, 'require, need, depend on, rely on'),
  ...verbs('quantify', 1, 'double, triple, quadruple'),
  ...verbs('quantify', -1, 'halve'),
  ...verbs('change', 1, 'rise, climb, surge, spike, soar, go up'),
  ...verbs('change', -1, 'fall, drop, decline, plummet, go down, dwindle, wane'),
];

/** A surface form of a claim verb, with the lemma and form it comes from. */
export interface VerbHit {
  info: VerbInfo;
  form: VerbForm;
}

const FORMS: VerbForm[] = ['base', 's', 'ed', 'en', 'ing'];
const surfaceIndex = new Map<string, VerbHit[]>();
for (const info of VERBS) {
  for (const form of FORMS) {
    const surface = inflect(info.lemma, form);
    const list = surfaceIndex.get(surface) ?? [];
    if (!list.some((h) => h.info === info)) list.push({ info, form });
    surfaceIndex.set(surface, list);
  }
}

/** The claim verbs a lower-case word can be (several forms when spellings coincide: "made" is ed and en). */
const NO_HITS: readonly VerbHit[] = Object.freeze([]);

export function verbHits(word: string): readonly VerbHit[] {
  return surfaceIndex.get(word) ?? NO_HITS;
}

/** Whether a lower-case word is a form of a claim verb. */
export function isVerbForm(word: string): boolean {
  return surfaceIndex.has(word);
}

/** Verbs that also change intransitively ("NMRK1 expression increases during DNA damage"). */
export const INTRANSITIVE_TOO = new Set(['increase', 'decrease', 'rise', 'fall', 'drop', 'decline', 'climb', 'surge',
  'spike', 'soar', 'plummet', 'dwindle', 'wane', 'diminish', 'lessen', 'weaken', 'strengthen', 'improve', 'slow',
  'accelerate']);

export interface RoleNoun {
  sign: 1 | -1 | 0;
  cls: VerbClass;
  /** The verb the noun stands for, for messages ("inhibitor" -> "inhibit"). */
  lemma: string;
}

function role(sign: 1 | -1 | 0, cls: VerbClass, lemma: string): RoleNoun {
  return { sign, cls, lemma };
}

/** Nouns of "is an activator of": sign of the relation they name. */
export const ROLE_NOUNS: Record<string, RoleNoun> = {
  activator: role(1, 'effect', 'activate'), stimulator: role(1, 'effect', 'stimulate'),
  inducer: role(1, 'effect', 'induce'), enhancer: role(1, 'effect', 'enhance'), agonist: role(1, 'effect', 'activate'),
  driver: role(1, 'effect', 'drive'), potentiator: role(1, 'effect', 'potentiate'),
  inhibitor: role(-1, 'effect', 'inhibit'), suppressor: role(-1, 'effect', 'suppress'),
  repressor: role(-1, 'effect', 'repress'), blocker: role(-1, 'effect', 'block'),
  antagonist: role(-1, 'effect', 'antagonize'), inactivator: role(-1, 'effect', 'inactivate'),
  regulator: role(0, 'modulate', 'regulate'), modulator: role(0, 'modulate', 'modulate'),
  producer: role(1, 'produce', 'produce'),
};

/** Opposite of a claim verb, for the quick fix that turns a contradicted effect around ("represses" -> "activates"). */
const OPPOSITE_VERB: Record<string, string> = {
  inhibit: 'activate', suppress: 'activate', repress: 'activate', block: 'activate', abolish: 'activate',
  silence: 'activate', deactivate: 'activate', inactivate: 'activate', antagonize: 'activate', antagonise: 'activate',
  decrease: 'increase', reduce: 'increase', diminish: 'increase', deplete: 'increase', curb: 'increase',
  lessen: 'increase', drain: 'increase', exhaust: 'increase', limit: 'increase', lower: 'raise',
  downregulate: 'upregulate', 'down-regulate': 'up-regulate', impair: 'enhance', attenuate: 'enhance',
  dampen: 'enhance', blunt: 'enhance', weaken: 'strengthen', prevent: 'promote', hinder: 'promote', hamper: 'promote',
  counteract: 'support', slow: 'accelerate', degrade: 'stabilize', abrogate: 'activate', disrupt: 'support',
  destabilize: 'stabilize', stabilize: 'destabilize', stabilise: 'destabilise',
  activate: 'inhibit', stimulate: 'inhibit', increase: 'decrease', promote: 'inhibit', enable: 'impair',
  support: 'impair', boost: 'lower', raise: 'lower', induce: 'repress', enhance: 'impair', upregulate: 'downregulate',
  'up-regulate': 'down-regulate', elevate: 'lower', augment: 'reduce', potentiate: 'inhibit', amplify: 'dampen',
  trigger: 'suppress', restore: 'deplete', replenish: 'deplete', fuel: 'inhibit', drive: 'inhibit',
  facilitate: 'inhibit', improve: 'impair', accelerate: 'slow', strengthen: 'weaken', sustain: 'impair',
  maintain: 'impair', protect: 'impair', preserve: 'impair', cause: 'prevent',
  produce: 'deplete', make: 'deplete', generate: 'deplete', synthesize: 'deplete', synthesise: 'deplete',
  rise: 'fall', climb: 'fall', surge: 'fall', spike: 'fall', soar: 'fall', fall: 'rise', drop: 'rise',
  decline: 'rise', plummet: 'rise', dwindle: 'rise', wane: 'rise',
};

export function oppositeVerb(lemma: string): string | undefined {
  return lookup(OPPOSITE_VERB, lemma);
}

const OPPOSITE_NOUN: Record<string, string> = {
  inhibitor: 'activator', suppressor: 'activator', repressor: 'activator', blocker: 'activator',
  antagonist: 'agonist', inactivator: 'activator',
  activator: 'inhibitor', stimulator: 'inhibitor', inducer: 'repressor', enhancer: 'inhibitor', agonist: 'antagonist',
  driver: 'inhibitor', potentiator: 'inhibitor',
  inhibition: 'activation', suppression: 'activation', repression: 'activation', blockade: 'activation',
  activation: 'inhibition', stimulation: 'inhibition', induction: 'repression', upregulation: 'downregulation',
  downregulation: 'upregulation',
  higher: 'lower', lower: 'higher', more: 'less', less: 'more', greater: 'lower', increased: 'reduced',
  reduced: 'increased', elevated: 'reduced', decreased: 'increased', raised: 'lowered', diminished: 'increased',
  depleted: 'increased',
};

/** Nouns of action: "the inhibition of NMRK1 by AMPK". */
export const NOMINALIZATIONS: Record<string, { sign: 1 | -1; lemma: string }> = {
  inhibition: { sign: -1, lemma: 'inhibit' }, suppression: { sign: -1, lemma: 'suppress' },
  repression: { sign: -1, lemma: 'repress' }, blockade: { sign: -1, lemma: 'block' },
  downregulation: { sign: -1, lemma: 'downregulate' }, activation: { sign: 1, lemma: 'activate' },
  stimulation: { sign: 1, lemma: 'stimulate' }, induction: { sign: 1, lemma: 'induce' },
  upregulation: { sign: 1, lemma: 'upregulate' },
};

export function oppositeNoun(noun: string): string | undefined {
  return lookup(OPPOSITE_NOUN, noun);
}

/**
 * Words of overstated certainty: what no profile source can carry. A word that runs on into a hyphen
 * ("age-dependent", "proof-of-concept") is another word.
 */
export const OVERSTATED = /\b(cures?|cured|curing|guarantee[sd]?|guaranteeing|proven|proves?|proved|proof|definitely|certainly|undoubtedly|unquestionably|indisputably|miracle|miraculous|magic bullet|fountain of youth|eternal youth|immortality|100 ?% (?:effective|safe)|always works|(?:reverse[sd]?|reversing|stops?|halts?|stopping|halting) (?:the )?(?:signs of )?(?:ageing|aging|hair loss|baldness|gr[ae]y hair|wrinkles|age|the clock))(?![\w-])/gi;

/** Words before an overstated word that take the certainty back ("not proven", "no cure") or hedge it ("a possible cure", "almost completely cures"). */
export const OVERSTATED_NEGATORS = /\b(not|no|never|nor|nothing|without|unproven|cannot|isn't|aren't|hasn't|haven't|wasn't|lack|lacks|yet to be|possible|possibly|potential|potentially|almost|nearly|partial|partially|might)\W+(?:\w+\W+){0,5}$/i;

/** Predicates after "is" that claim a change or a link under a condition ("is lost in", "is linked to"). */
export const PREDICATES: Record<string, VerbInfo> = {
  lost: { lemma: 'lose', cls: 'effect', sign: -1 },
  deleted: { lemma: 'delete', cls: 'effect', sign: -1 },
  underexpressed: { lemma: 'underexpress', cls: 'effect', sign: -1 },
  overexpressed: { lemma: 'overexpress', cls: 'effect', sign: 1 },
  amplified: { lemma: 'amplify', cls: 'effect', sign: 1 },
  higher: { lemma: 'raise', cls: 'effect', sign: 1 },
  greater: { lemma: 'raise', cls: 'effect', sign: 1 },
  lower: { lemma: 'lower', cls: 'effect', sign: -1 },
  mutated: { lemma: 'mutate', cls: 'associate', sign: 0 },
  dysregulated: { lemma: 'dysregulate', cls: 'modulate', sign: 0 },
  associated: { lemma: 'associate', cls: 'associate', sign: 0, particle: 'with' },
  linked: { lemma: 'link', cls: 'associate', sign: 0, particle: 'to' },
  tied: { lemma: 'tie', cls: 'associate', sign: 0, particle: 'to' },
  correlated: { lemma: 'correlate', cls: 'associate', sign: 0, particle: 'with' },
  implicated: { lemma: 'implicate', cls: 'associate', sign: 0, particle: 'in' },
};

/** "X is required for Y": Y requires X. */
export const REQUIRED_FOR = new Set(['required', 'needed', 'essential', 'necessary', 'indispensable', 'crucial', 'critical', 'vital']);
