// The day, for the commands that record one (the date of a close). SOURCE_DATE_EPOCH (seconds,
// the reproducible-builds convention) pins it, for tests and reproducible files.
export function todayIso(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch))
    return new Date(parseInt(epoch, 10) * 1000).toISOString().slice(0, 10);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
