// Buffers that files are read into, kept for the next file: a ledger of a dozen small journals
// would otherwise allocate well over a megabyte per file (its head, a chunk, the UTF-8 check, a
// probe), memory the garbage collector then counts against the heap. A buffer is taken while in
// use, so that a reading within a reading gets another; its bytes never outlive the reading
// (what is kept of them is decoded into strings).
const free = new Map<number, Buffer[]>();

/** A buffer of `size` bytes, not zeroed: one given back earlier, else a new one. */
export function takeBuffer(size: number): Buffer {
  return free.get(size)?.pop() ?? Buffer.allocUnsafe(size);
}

/** Gives a buffer back for the next reading (a couple of each size are kept). */
export function giveBuffer(buffer: Buffer): void {
  let list = free.get(buffer.length);
  if (!list) free.set(buffer.length, (list = []));
  if (list.length < 2) list.push(buffer);
}
