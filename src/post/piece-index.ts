// Where the first row of each entry of one year and journal is (its piece, or its EcritureNum in a
// FEC file): duplicated pieces and rows not kept together are found with it. A ledger holds
// hundreds of thousands of pieces, nearly all short, in capitals, digits and dashes, and written in
// increasing order: such a piece becomes a number, and numbers that only grow are appended to a
// sorted array, with no hashing and no lookup at all. A piece that comes back in an older order is
// looked up in that array (binary search) and, when new, kept in a map; any other piece is kept
// in a map by its text. Every piece is found again, whatever the order.

/** Base 39 with no zero digit: distinct pieces of up to ten symbols give distinct safe integers. */
const BASE = 39;
const MAX_LENGTH = 10;

/** The symbol of a character (1–38, in the order of the characters), or 0 when it has none. */
function symbolOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 45; // 0-9: 3–12
  if (c >= 65 && c <= 90) return c - 52; // A-Z: 13–38
  if (c === 45) return 1; // -
  if (c === 47) return 2; // /
  return 0;
}

const SYMBOLS = '-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The number of a piece of one to ten digits, capitals, dashes and slashes, −1 for any other. Longer
 * pieces are larger, and pieces of one length are in the order of their characters.
 */
export function pieceCode(piece: string): number {
  const length = piece.length;
  if (length === 0 || length > MAX_LENGTH) return -1;
  let code = 0;
  for (let i = 0; i < length; i += 1) {
    const symbol = symbolOf(piece.charCodeAt(i));
    if (symbol === 0) return -1;
    code = code * BASE + symbol;
  }
  return code;
}

/** The piece of a number pieceCode gave. */
export function pieceOfCode(code: number): string {
  let piece = '';
  for (let rest = code; rest > 0; rest = Math.floor(rest / BASE)) piece = SYMBOLS[(rest % BASE) - 1] + piece;
  return piece;
}

export class PieceIndex {
  /** Numbers of pieces in increasing order, and where each piece was first seen. */
  private codes = new Float64Array(256);
  private places = new Float64Array(256);
  private count = 0;
  /** Numbers of pieces that came after a larger one. */
  private readonly late = new Map<number, number>();
  /** Pieces with no number. */
  private readonly texts = new Map<string, number>();
  /** The last piece looked up, and its number: `set` follows a `get` of the same piece. */
  private lastPiece = '';
  private lastCode = -1;

  private codeOf(piece: string): number {
    if (piece !== this.lastPiece) {
      this.lastPiece = piece;
      this.lastCode = pieceCode(piece);
    }
    return this.lastCode;
  }

  get size(): number {
    return this.count + this.late.size + this.texts.size;
  }

  /** Where `piece` was first seen, or undefined. */
  get(piece: string): number | undefined {
    const code = this.codeOf(piece);
    if (code < 0) return this.texts.get(piece);
    const count = this.count;
    if (count === 0 || code > this.codes[count - 1]!) return undefined;
    const codes = this.codes;
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = codes[middle]!;
      if (value === code) return this.places[middle];
      if (value < code) low = middle + 1;
      else high = middle - 1;
    }
    return this.late.get(code);
  }

  /** Records where `piece`, not seen before, is first seen. */
  set(piece: string, place: number): void {
    const code = this.codeOf(piece);
    if (code < 0) {
      this.texts.set(piece, place);
      return;
    }
    const count = this.count;
    if (count > 0 && code <= this.codes[count - 1]!) {
      this.late.set(code, place);
      return;
    }
    if (count === this.codes.length) {
      const codes = new Float64Array(count * 2);
      codes.set(this.codes);
      this.codes = codes;
      const places = new Float64Array(count * 2);
      places.set(this.places);
      this.places = places;
    }
    this.codes[count] = code;
    this.places[count] = place;
    this.count = count + 1;
  }

  /** Every piece recorded, as another thread's index is compared with this one (piecesMeet). */
  keys(): PieceKeys {
    const codes = new Float64Array(this.count + this.late.size);
    codes.set(this.codes.subarray(0, this.count));
    if (this.late.size > 0) {
      let at = this.count;
      for (const code of this.late.keys()) codes[at++] = code;
      codes.sort();
    }
    return { codes, texts: [...this.texts.keys()] };
  }

  /** Every piece recorded. */
  *pieces(): Generator<string> {
    for (let i = 0; i < this.count; i += 1) yield pieceOfCode(this.codes[i]!);
    for (const code of this.late.keys()) yield pieceOfCode(code);
    yield* this.texts.keys();
  }
}

/** The pieces of an index, sent between threads: the numbered ones sorted, the others by their text. */
export interface PieceKeys {
  readonly codes: Float64Array;
  readonly texts: readonly string[];
}

/** Whether two indexes hold a piece in common: sorted numbers merged, texts looked up. */
export function piecesMeet(left: PieceKeys, right: PieceKeys): boolean {
  if (shareValue(left.codes, right.codes)) return true;
  if (left.texts.length === 0 || right.texts.length === 0) return false;
  const texts = new Set(left.texts);
  return right.texts.some((text) => texts.has(text));
}

/** Whether two sorted arrays share a value. */
function shareValue(left: Float64Array, right: Float64Array): boolean {
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) return true;
    if (left[i]! < right[j]!) i += 1;
    else j += 1;
  }
  return false;
}
