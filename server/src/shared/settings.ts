// GeneLens settings: one typed object with defaults, and a normaliser that never throws.
// package.json `contributes.configuration` declares the same keys and defaults; test/unit/settings.test.ts fails
// when the two drift apart. To add a setting: package.json -> Settings and DEFAULTS here -> normalizeSettings -> use it.

/** Stable diagnostic codes. Listed, with an example each, in README.md. */
export const DIAGNOSTIC_CODES = [
  'claim-contradicted',
  'claim-unsupported',
  'claim-overstated',
  'profile-invalid',
  'ambiguous-term',
  'non-preferred-symbol',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const SEVERITY_LEVELS = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export interface Settings {
  /** Turn GeneLens on or off for all documents. */
  enable: boolean;
  /** Language ids GeneLens serves. */
  languages: string[];
  /** Extra folders of profile files, beside the shipped ones. */
  profilePaths: string[];
  /** Severity per diagnostic code. */
  severity: Record<DiagnosticCode, SeverityLevel>;
  /** `genelens.semanticTokens.enable`: colour genes, variants and chemicals with semantic tokens. */
  semanticTokens: { enable: boolean };
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  enable: true,
  languages: ['markdown', 'plaintext', 'latex', 'quarto', 'rmd'],
  profilePaths: [],
  severity: Object.freeze({
    'claim-contradicted': 'warning',
    'claim-unsupported': 'information',
    'claim-overstated': 'information',
    'profile-invalid': 'error',
    'ambiguous-term': 'hint',
    'non-preferred-symbol': 'hint',
  }) as Record<DiagnosticCode, SeverityLevel>,
  semanticTokens: Object.freeze({ enable: true }),
});

export interface NormalizedSettings {
  settings: Settings;
  /** Values that were ignored, with why; the default was used instead. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringArray(value: unknown, key: string, fallback: string[], problems: string[]): string[] {
  if (value === undefined || value === null) return [...fallback];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value];
  problems.push(`genelens.${key} must be an array of strings; using the default.`);
  return [...fallback];
}

/** Turns raw configuration (the `genelens` section, as a client sends it) into Settings. */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const problems: string[] = [];
  const input = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push('genelens settings must be an object; using the defaults.');

  let enable = DEFAULTS.enable;
  if (typeof input.enable === 'boolean') enable = input.enable;
  else if (input.enable !== undefined) problems.push('genelens.enable must be true or false; using the default.');

  const severity = { ...DEFAULTS.severity };
  const rawSeverity = isRecord(input.severity) ? input.severity : {};
  for (const [code, level] of Object.entries(rawSeverity)) {
    if (!(DIAGNOSTIC_CODES as readonly string[]).includes(code)) {
      problems.push(`genelens.severity: unknown diagnostic code "${code}".`);
    } else if (typeof level === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(level)) {
      severity[code as DiagnosticCode] = level as SeverityLevel;
    } else {
      problems.push(`genelens.severity.${code} must be one of ${SEVERITY_LEVELS.join(', ')}; using the default.`);
    }
  }

  // VS Code sends { semanticTokens: { enable } }; an editor's settings table may use the dotted key as written.
  const semanticTokens = { ...DEFAULTS.semanticTokens };
  const tokens = input.semanticTokens;
  const tokensEnable = isRecord(tokens) ? tokens.enable : input['semanticTokens.enable'];
  if (typeof tokensEnable === 'boolean') semanticTokens.enable = tokensEnable;
  else if (tokensEnable !== undefined || (tokens !== undefined && !isRecord(tokens))) {
    problems.push('genelens.semanticTokens.enable must be true or false; using the default.');
  }

  return {
    settings: {
      enable,
      languages: stringArray(input.languages, 'languages', DEFAULTS.languages, problems),
      profilePaths: stringArray(input.profilePaths, 'profilePaths', DEFAULTS.profilePaths, problems),
      severity,
      semanticTokens,
    },
    problems,
  };
}
