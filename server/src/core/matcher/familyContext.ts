// Whether a family text stands for the family where it is written, or is the start (or end) of one member's name:
// "caspase-3", "cyclin D1", "IFN-gamma", "BMP-2", "PKC alpha", "PI3K p110", "E-cadherin", "P-selectin" name one gene,
// written in a way the gene table may not list; a family mention there would be wrong (and pick no member either).
// The family stands where no member's mark follows or precedes it: "PKC isoforms", "AMPK-dependent", "PI3K/Akt",
// "p-ERK" (phosphorylated ERK). Reads a few code units around the match: no allocation, constant time.

/** Greek letter names, lower case, as members are written after a family: "PKC alpha", "IFN-gamma". */
const GREEK_NAMES = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi',
  'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isGreek = (c: number): boolean => (c >= 0x3b1 && c <= 0x3c9) || (c >= 0x391 && c <= 0x3a9);
const isAlnum = (c: number): boolean => isDigit(c) || isUpper(c) || isLower(c) || isGreek(c) || c > 0xbf;

/** End of the run of letters and digits at `i`. */
function runEnd(u: Uint16Array, i: number, to: number): number {
  let j = i;
  while (j < to && isAlnum(u[j] ?? 0)) j++;
  return j;
}

/** Whether u[i, j) is a Greek letter name in any case ("alpha", "Beta"). */
function greekName(u: Uint16Array, i: number, j: number): boolean {
  const n = j - i;
  if (n < 2 || n > 7) return false;
  outer: for (const name of GREEK_NAMES) {
    if (name.length !== n) continue;
    for (let k = 0; k < n; k++) if (((u[i + k] ?? 0) | 32) !== name.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** A member's mark: digits ("3", "1a"), a Greek letter or its name, a capital and digits ("D1", "B"), "p110". */
function memberMark(u: Uint16Array, i: number, to: number, afterHyphen: boolean): boolean {
  const j = runEnd(u, i, to);
  if (j === i) return false;
  const c = u[i] ?? 0;
  if (isDigit(c) || isGreek(c)) return true;
  if (greekName(u, i, j)) return true;
  // "cyclin D1", "cyclin E", "IFN-g": one letter, then digits only.
  let k = i + 1;
  while (k < j && isDigit(u[k] ?? 0)) k++;
  if (k === j && (isUpper(c) || (afterHyphen && j === i + 1))) return true;
  // "PI3K p110", "PKC-p85": a lower-case letter and digits.
  return isLower(c) && k === j && k > i + 1;
}

/** Whether the family text at u[start, end) is part of one member's name rather than the family's. */
export function namesOneMember(u: Uint16Array, start: number, end: number, to: number): boolean {
  const next = u[end] ?? 0;
  if (next === 45 /* - */ || next === 0x2010 || next === 0x2011) {
    if (memberMark(u, end + 1, to, true)) return true;
  } else if (next === 32 && memberMark(u, end + 1, to, false)) {
    // "cyclin D1", "caspase 3", "PKC alpha", "PKC δ" (the mark must end the word: "PKC A" but not "PKC Activates").
    return true;
  }
  // "E-cadherin", "VE-cadherin", "P-selectin": one to three capitals and a hyphen before it.
  if (start >= 2 && (u[start - 1] ?? 0) === 45) {
    let k = start - 2;
    while (k >= 0 && start - 2 - k < 3 && isUpper(u[k] ?? 0)) k--;
    const letters = start - 2 - k;
    if (letters >= 1 && letters <= 3 && !isAlnum(u[k] ?? 32)) return true;
  }
  return false;
}
