// How each kind of entity is shown by the editor features: its label, its group title in the Outline, and the LSP
// symbol and completion kinds (and so the icons) it gets.
import type { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';
import type { EntityKind } from '../core/profile';

export interface KindStyle {
  /** "gene", "protein complex"... */
  label: string;
  /** Outline group: "Genes". */
  group: string;
  symbol: SymbolKind;
  completion: CompletionItemKind;
}

// Numeric values of SymbolKind and CompletionItemKind (vscode-languageserver-types).
export const KIND_STYLE: Readonly<Record<EntityKind, KindStyle>> = {
  gene: { label: 'gene', group: 'Genes', symbol: 5 /* Class */, completion: 7 /* Class */ },
  complex: { label: 'protein complex', group: 'Protein complexes', symbol: 23 /* Struct */, completion: 22 /* Struct */ },
  family: { label: 'protein family or complex', group: 'Families and complexes', symbol: 3 /* Namespace */, completion: 9 /* Module */ },
  chemical: { label: 'chemical', group: 'Chemicals', symbol: 14 /* Constant */, completion: 21 /* Constant */ },
  hormone: { label: 'hormone', group: 'Hormones', symbol: 24 /* Event */, completion: 23 /* Event */ },
  condition: { label: 'condition', group: 'Conditions', symbol: 20 /* Key */, completion: 14 /* Keyword */ },
  disease: { label: 'disease', group: 'Diseases', symbol: 20 /* Key */, completion: 14 /* Keyword */ },
  variant: { label: 'variant', group: 'Variants', symbol: 22 /* EnumMember */, completion: 20 /* EnumMember */ },
  species: { label: 'species', group: 'Species', symbol: 19 /* Object */, completion: 12 /* Value */ },
};

/** Kinds in the order the Outline groups them. */
export const KIND_ORDER: readonly EntityKind[] = ['gene', 'complex', 'family', 'chemical', 'hormone', 'condition', 'disease', 'variant', 'species'];
