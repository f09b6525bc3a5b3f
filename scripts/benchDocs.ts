// Generates benchmark documents: Markdown prose about genes and ageing, with claims, code, links and some non-ASCII
// text, deterministic for a given seed. Only used by scripts/bench.ts.

const SENTENCES = [
  'NMRK1 converts nicotinamide riboside into NMN, and NAD+ levels rise in the liver.',
  'AMPK stimulates NMRK1 when energy is low, while high glucose suppresses it.',
  'In our cohort, TP53 and BRCA1 variants were genotyped alongside APOE and rs12611.',
  'The alias NRK1 still appears in older papers on nicotinamide riboside kinase 1.',
  'SIRT3 acts in mitochondria; PARP1 consumes NAD+ during genotoxic stress.',
  'We measured NAMPT expression by qPCR (Fig. 2) and saw a 1.5-fold change, e.g. in muscle.',
  'Ordinary prose follows: the committee met on Tuesday and agreed to set the budget for the next year.',
  'Die Proteinkinase wird in fast allen Geweben exprimiert — über 90 % der Zellen; 細胞のエネルギー代謝 matters.',
  'Patients took NR supplements for twelve weeks; café, naïve and résumé are not genes.',
  'NMRK1 inhibits SIRT3 according to one unreviewed preprint.',
  'A CAT scan and a REST API are not about genes, nor is the MAX dose.',
  'NMRK2 is concentrated in heart and skeletal muscle, and CD38 degrades NAD+.',
];
const EXTRAS = [
  '\n\n```python\nnmrk1 = load("NMRK1")  # code is skipped\n```\n\n',
  '\n\nSee [the profile](https://example.org/genes/NMRK1) and <!-- a comment about NMRK1 -->.\n\n',
  '\n\n## Results for NMRK1 and NAMPT\n\n',
  '\n\n- SIRT1 activates deacetylation targets.\n- `NAD+` in code is skipped.\n\n',
];

/** A seeded linear congruential generator: the same documents on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function generateDocument(size: number, seed: number): string {
  const next = rng(seed);
  const parts: string[] = ['---\ntitle: Benchmark notes\n---\n\n# NAD+ and ageing\n\n'];
  let length = parts[0]?.length ?? 0;
  while (length < size) {
    const r = next();
    const piece = r < 0.08
      ? EXTRAS[Math.floor(next() * EXTRAS.length)] ?? ''
      : (SENTENCES[Math.floor(next() * SENTENCES.length)] ?? '') + (r < 0.25 ? '\n\n' : ' ');
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}
