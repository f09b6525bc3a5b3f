// Which open documents GeneLens serves: the languages in `genelens.languages`, matched by the id the editor sends.
// Editors spell some ids differently (Neovim and Helix: "text", "tex"), so those aliases count as the VS Code id.
import type { Settings } from './shared/settings';

const ALIASES: Readonly<Record<string, string>> = {
  text: 'plaintext',
  txt: 'plaintext',
  tex: 'latex',
  plaintex: 'latex',
  md: 'markdown',
  qmd: 'quarto',
  rmarkdown: 'rmd',
};

export function canonicalLanguageId(languageId: string): string {
  const id = languageId.toLowerCase();
  return ALIASES[id] ?? id;
}

export function isServedLanguage(languageId: string, settings: Settings): boolean {
  if (!settings.enable) return false;
  const id = languageId.toLowerCase();
  const canonical = canonicalLanguageId(id);
  return settings.languages.some((l) => {
    const wanted = l.toLowerCase();
    return wanted === id || wanted === canonical;
  });
}
