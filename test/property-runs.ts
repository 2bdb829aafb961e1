// How many cases a property test tries: the count its test gives, enough for every `npm test`,
// times ASSO_PROPERTY_RUNS when set (e.g. ASSO_PROPERTY_RUNS=10 to search ten times deeper
// before a release, or after a change to the code a property covers).
export const runs = (count: number): number =>
  Math.max(1, Math.round(count * Number(process.env.ASSO_PROPERTY_RUNS ?? 1)));
