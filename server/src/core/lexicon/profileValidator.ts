// The profile schema's validator (data/schema/profile.schema.json). Compiled here with Ajv, on first use; the bundles
// (esbuild.js) replace this module with the same validator precompiled at build time as Ajv standalone code, so the
// server does not compile the schema on its start-up path (a few hundred milliseconds) and ships no schema compiler.
import Ajv, { type ValidateFunction } from 'ajv';
import schema from '../../../../data/schema/profile.schema.json';
import type { Profile } from '../profile';

/** Ajv options: every error, with the failing data (profile problems point at it). esbuild.js uses the same. */
export const PROFILE_AJV_OPTIONS = { allErrors: true, verbose: true } as const;

export function compileProfileValidator(): ValidateFunction<Profile> {
  // The code optimizer only slows compiling down here; validating two dozen profiles gains nothing from it.
  return new Ajv({ ...PROFILE_AJV_OPTIONS, code: { optimize: false } }).compile<Profile>(schema);
}
