// Limits a profile file must keep before it is parsed, checked in one linear pass over its text: a file nested
// thousands of levels deep (`[[[[...]]]]`) would otherwise overflow the parser's and the validator's stacks, and one
// such file must not take every other profile down with it (issue #16). The file gets a `profile-invalid` problem that
// names the limit; the rest load as usual.

/** Deepest nesting of objects and arrays read; the profile schema needs fewer than ten levels. */
export const MAX_PROFILE_DEPTH = 64;
/**
 * Longest string value read, in UTF-16 code units: the longest summary in the shipped profiles is a few thousand; a
 * name of a megabyte made loading take seconds (found by `npm run fuzz`).
 */
export const MAX_PROFILE_STRING = 64 * 1024;
/** Largest profile file read, in UTF-16 code units (about 32 MB of ASCII). */
export const MAX_PROFILE_LENGTH = 32 * 1024 * 1024;

export interface LimitBreach {
  /** Offset in the text where the limit is passed. */
  offset: number;
  message: string;
}

/** The first limit the text passes, or undefined. Strings are skipped, so brackets inside them do not count. */
export function profileLimitBreach(text: string): LimitBreach | undefined {
  if (text.length > MAX_PROFILE_LENGTH) {
    return { offset: 0, message: `The profile file is ${Math.round(text.length / 1048576)} MB; GeneLens reads profile files up to ${MAX_PROFILE_LENGTH / 1048576} MB.` };
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      if (i - start - 1 > MAX_PROFILE_STRING) {
        return { offset: start, message: `This string is ${i - start - 1} characters long; GeneLens reads strings in profiles up to ${MAX_PROFILE_STRING}.` };
      }
    } else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > MAX_PROFILE_DEPTH) {
        return { offset: i, message: `Objects and arrays are nested more than ${MAX_PROFILE_DEPTH} levels deep here; GeneLens reads profiles up to that depth.` };
      }
    } else if (c === 125 || c === 93 /* } ] */) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
