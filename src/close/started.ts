// The record of a close started (locks/<Y>.started.json), written before anything else and kept:
// the fingerprint the seal will have and the day of the close. An interrupted close is completed
// only with the books it started from; an opening file without such a record (a seal removed
// with its record, or an older close) is not taken for a close of these books.
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import { startedFileOf } from './files.js';
import type { Seal } from './seal.js';

export interface StartedClose {
  readonly fingerprint: string;
  readonly closedOn: string;
}

interface Step {
  readonly file: string;
  readonly content: string;
  readonly present: boolean;
}

export function startedJson(seal: Pick<Seal, 'version' | 'year' | 'fingerprint' | 'closedOn'>): string {
  const { version, year, fingerprint, closedOn } = seal;
  return `${JSON.stringify({ version, year, fingerprint, closedOn }, null, 2)}\n`;
}

/** Reads a started record; undefined when there is none or it cannot be read as one. */
export function parseStarted(text: string | undefined): StartedClose | undefined {
  if (text === undefined) return undefined;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (typeof raw?.fingerprint === 'string' && typeof raw.closedOn === 'string')
      return { fingerprint: raw.fingerprint, closedOn: raw.closedOn };
  } catch {
    // Not a record: treated as none, and refused below if a close left files.
  }
  return undefined;
}

/** Why the close cannot go on from what an earlier one left, if it cannot. */
export function startedRefusal(
  year: number,
  started: StartedClose | undefined,
  fingerprint: string,
  steps: readonly Step[],
): Text | undefined {
  const left = steps.filter((step) => step.present).map((step) => step.file);
  if (!left.length) return undefined;
  if (!started) return closeMessages.startedNoRecord(year, left.join(', '), left.length > 1, startedFileOf(year));
  if (started.fingerprint !== fingerprint)
    return closeMessages.startedChanged(year, started.closedOn, started.fingerprint, fingerprint);
  return undefined;
}

/** The step writing the record, first of all; kept when it is already there. */
export function startedStep(year: number, started: StartedClose | undefined, seal: Seal): Step {
  return {
    file: startedFileOf(year),
    content: startedJson(seal),
    present: started?.fingerprint === seal.fingerprint && started.closedOn === seal.closedOn,
  };
}
