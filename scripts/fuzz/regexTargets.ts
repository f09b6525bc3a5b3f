// Every file of server/src with a regular expression, and what feeds it its worst case: the document families
// (documents.ts) whose growth checks run that code on hostile text, or why its expressions never see document text.
// `regexes` is the file's count of regex literals and `new RegExp` calls: test/unit/fuzzRegexTargets.test.ts fails
// when it changes, so a new expression gets a look at which family feeds it its worst case.

export interface RegexTarget {
  regexes: number;
  /** Families whose text reaches these expressions; absent when they never see document text. */
  families?: readonly string[];
  /** Why the expressions never see document text. */
  notDocumentText?: string;
}

const PROFILE_DATA = 'profile files, the gene table and their identifiers (limits: profileLimits.ts; hostile profiles suite)';

export const REGEX_TARGETS: Record<string, RegexTarget> = {
  'server/src/cli/annotate.ts': { regexes: 1, families: ['long-word', 'space-run', 'nbsp-words'] },
  'server/src/cli/args.ts': { regexes: 1, notDocumentText: 'command-line arguments' },
  'server/src/cli/check.ts': { regexes: 1, notDocumentText: 'command-line arguments (--severity)' },
  'server/src/cli/exportDictionary.ts': { regexes: 7, notDocumentText: 'lexicon terms' },
  'server/src/cli/hover.ts': { regexes: 2, notDocumentText: 'the hover card GeneLens renders (escaped data)' },
  'server/src/cli/output.ts': { regexes: 1, families: ['many-findings', 'quotes-many'] },
  'server/src/cli/pubtator.ts': { regexes: 1, families: ['long-line', 'mixed-eol'] },
  'server/src/cli/pubtatorAnnotations.ts': { regexes: 3, families: ['long-line', 'mixed-eol', 'control-chars'] },
  'server/src/cli/sarif.ts': { regexes: 1, notDocumentText: 'file paths' },
  'server/src/core/analysis/edits.ts': { regexes: 1, families: ['backslashes', 'begin-end', 'nested-braces'] },
  'server/src/core/claims/attributeWords.ts': { regexes: 3, families: ['long-sentence-findings', 'space-run'] },
  'server/src/core/claims/checker.ts': { regexes: 2, families: ['quotes-open', 'quotes-many'] },
  'server/src/core/claims/judge/attributes.ts': { regexes: 9, families: ['long-sentence-findings', 'digit-run', 'space-run'] },
  'server/src/core/claims/judge/fixes.ts': { regexes: 10, families: ['many-findings', 'long-upper-word'] },
  'server/src/core/claims/judge/goClaims.ts': { regexes: 8, families: ['long-sentence-findings', 'space-run', 'long-word'] },
  'server/src/core/claims/judge/reactions.ts': { regexes: 3, families: ['long-word', 'nested-brackets', 'long-sentence-findings'] },
  'server/src/core/claims/judge/relations.ts': { regexes: 12, families: ['digit-run', 'digit-dot-run', 'space-run', 'hyphen-run', 'long-sentence-findings'] },
  'server/src/core/claims/judge/sourceWords.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/claims/knowledge/facts.ts': { regexes: 2, notDocumentText: PROFILE_DATA },
  'server/src/core/claims/knowledge/profileProse.ts': { regexes: 21, families: ['long-word', 'hyphen-words', 'long-sentence-findings'] },
  'server/src/core/claims/readers/attributeArgs.ts': { regexes: 1, families: ['digit-run', 'hyphen-words'] },
  'server/src/core/claims/readers/attributes.ts': { regexes: 8, families: ['digit-run', 'digit-dot-run', 'alnum-word', 'long-word'] },
  'server/src/core/claims/readers/geneClaims.ts': { regexes: 2, families: ['long-upper-word', 'alnum-word'] },
  'server/src/core/claims/readers/nominal.ts': { regexes: 2, families: ['hyphen-run', 'hyphen-words'] },
  'server/src/core/claims/readers/processClaims.ts': { regexes: 2, families: ['long-word', 'long-sentence-findings'] },
  'server/src/core/claims/readers/overstated.ts': { regexes: 5, families: ['overstated', 'negator-punct', 'question-spaces', 'space-run'] },
  'server/src/core/claims/readers/participles.ts': { regexes: 2, families: ['long-sentence-findings', 'digit-run', 'long-word'] },
  'server/src/core/claims/readers/relations.ts': { regexes: 1, families: ['long-sentence-findings', 'space-run'] },
  'server/src/core/claims/readers/subjects.ts': { regexes: 3, families: ['long-word', 'many-findings', 'hyphen-run', 'digit-run'] },
  'server/src/core/claims/sentences/tokens.ts': { regexes: 2, families: ['long-word', 'space-run', 'nbsp-words'] },
  'server/src/core/claims/sentences/units.ts': { regexes: 11, families: ['blanks-list', 'nbsp-list', 'blank-lines-growing', 'tabs-heading', 'setext-run', 'quote-run', 'pipes', 'hash-run', 'backslashes', 'tex-commands', 'begin-end'] },
  'server/src/core/claims/rewordings.ts': { regexes: 4, families: ['overstated', 'space-run'] },
  'server/src/core/claims/vocabulary.ts': { regexes: 9, families: ['overstated', 'negator-punct', 'space-run'] },
  'server/src/core/features/codeActions.ts': { regexes: 2, families: ['many-findings', 'tabs-heading', 'mixed-eol'] },
  'server/src/core/features/completion.ts': { regexes: 2, families: ['long-upper-word', 'control-chars'] },
  'server/src/core/features/documentLinks.ts': { regexes: 1, families: ['pmid-run', 'pmid-prefixes', 'digit-run', 'nbsp-words'] },
  'server/src/core/features/suppression.ts': { regexes: 6, families: ['suppress-lines', 'html-comment-open', 'percent-run', 'hash-run', 'mixed-eol'] },
  'server/src/core/lexicon/buildLexicon.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/familyLexicon.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/familyTable.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/geneIndex.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/geneLexicon.ts': { regexes: 7, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/geneTableScan.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/geneVariants.ts': { regexes: 2, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/jsonLocations.ts': { regexes: 4, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/loadProfiles.ts': { regexes: 3, notDocumentText: PROFILE_DATA },
  'server/src/core/lexicon/meshTable.ts': { regexes: 9, notDocumentText: 'the chemical and disease tables (generated, in data/lexicon/) and their British spellings, made at load' },
  'server/src/core/markup/latex.ts': { regexes: 1, families: ['backslashes', 'percent-run', 'at-run', 'url-long', 'tex-commands', 'math'] },
  'server/src/core/markup/links.ts': { regexes: 2, families: ['at-run', 'dotted-run', 'url-long'] },
  'server/src/core/markup/markdown.ts': { regexes: 1, families: ['mixed-eol'] },
  'server/src/core/markup/markdownInline.ts': { regexes: 1, families: ['backticks', 'html-tags', 'nested-brackets', 'url-long', 'at-run', 'emphasis'] },
  'server/src/core/matcher/abbreviationDefs.ts': { regexes: 1, families: ['nested-parens', 'digit-run', 'space-run'] },
  'server/src/core/matcher/abbreviations.ts': { regexes: 3, families: ['nested-parens', 'long-upper-word'] },
  'server/src/core/matcher/caseTrie.ts': { regexes: 1, families: ['digit-run', 'pmid-run'] },
  'server/src/core/matcher/chars.ts': { regexes: 3, families: ['control-chars', 'greek-run', 'long-line'] },
  'server/src/core/matcher/definedChemicals.ts': { regexes: 8, families: ['nested-parens', 'long-word', 'long-upper-word', 'alnum-word', 'digit-run', 'hyphen-run', 'space-run'] },
  'server/src/core/matcher/geneContext.ts': { regexes: 2, families: ['tex-commands', 'nested-braces', 'emphasis'] },
  'server/src/core/matcher/species.ts': { regexes: 5, families: ['long-word', 'alnum-word', 'digit-run', 'greek-words', 'species-sentences'] },
  'server/src/core/matcher/virusInfections.ts': { regexes: 2, notDocumentText: "the species table's virus names (lexicon/taxa.ts), once per table" },
  'server/src/core/matcher/variants.ts': { regexes: 2, families: ['variants', 'variant-prefix-run', 'space-run'] },
  'server/src/core/render/familyCard.ts': { regexes: 2, notDocumentText: PROFILE_DATA },
  'server/src/core/render/geneCard.ts': { regexes: 4, notDocumentText: PROFILE_DATA },
  'server/src/core/render/geneFunctionsCard.ts': { regexes: 1, notDocumentText: 'the Gene Ontology table (generated, in data/lexicon/)' },
  'server/src/core/render/markdown.ts': { regexes: 12, families: ['long-word', 'control-chars', 'many-findings'] },
  'server/src/core/render/meshCard.ts': { regexes: 1, notDocumentText: 'the chemical and disease tables (generated, in data/lexicon/)' },
  'server/src/core/render/sources.ts': { regexes: 1, notDocumentText: PROFILE_DATA },
  'server/src/core/types.ts': { regexes: 1, notDocumentText: 'language ids and file extensions' },
  'server/src/geneTableFile.ts': { regexes: 1, notDocumentText: 'the gene index format' },
  'server/src/meshTableFile.ts': { regexes: 1, notDocumentText: 'the index format constant' },
  'server/src/profileWatcher.ts': { regexes: 2, notDocumentText: 'file paths of watched profile folders' },
  'server/src/shared/links.ts': { regexes: 16, families: ['pmid-run', 'digit-run'] },
};
