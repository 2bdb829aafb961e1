// What identifies the code of this build: scripts/bundle.mjs writes the bundle's SHA-256 in place of
// the mark below. Run from the sources or tsc's modules, the mark stays, and nothing is cached
// between runs (a change of code could not be told from another).
const MARK = '@@ASSO_BUILD_ID@@';

/** The bundle's SHA-256, or undefined outside a bundle. */
export function buildId(): string | undefined {
  return MARK.startsWith('@@') ? undefined : MARK;
}
