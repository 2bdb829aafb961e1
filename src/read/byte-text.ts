// UTF-8 and byte text: whether bytes are UTF-8, where a chunk's last whole character ends, and the
// text of bytes read as Latin-1 (a character per byte, `byteText` in csv-stream.ts) decoded again.
import { isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { giveBuffer, takeBuffer } from './buffers.js';

/**
 * Bytes of a file found to be valid UTF-8 (fileIsUtf8, before its reading: settleEncoding, or the
 * parallel scan's cut): Buffer's decoder, several times faster than a fatal TextDecoder, gives the
 * same text for them (a BOM kept, as `ignoreBOM` kept it).
 */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Whether text[start, end) is ASCII: in byte text, the same as its UTF-8 (no byte beyond ASCII). */
export function asciiText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

let scratch = Buffer.allocUnsafe(4096);

/**
 * The text of the bytes that byte text holds from `start` to `end`, decoded as UTF-8. Byte text is
 * only made of a file found to be valid UTF-8 (fileIsUtf8: settleEncoding, or the parallel scan's
 * checked parts) or of ASCII, and cut between whole characters (at line ends and delimiters), so
 * Buffer's decoder gives the text of the reading without byte text.
 */
export function textOfBytes(text: string, start: number, end: number): string {
  const length = end - start;
  if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, 2 * scratch.length));
  scratch.write(start === 0 && end === text.length ? text : text.slice(start, end), 0, length, 'latin1');
  return scratch.toString('utf8', 0, length);
}

/** The bytes a character each (Latin-1): byte text, and a chunk of ASCII only, at a tenth of UTF-8's cost. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Whether the file from `from` to its end is valid UTF-8 (read in chunks, sequences kept whole across them). */
export function fileIsUtf8(fd: number, from: number): boolean {
  const buffer = takeBuffer(1 << 20);
  try {
    let carry = 0;
    let position = from;
    for (;;) {
      const read = readSync(fd, buffer, carry, buffer.length - carry, position);
      position += read;
      const bytes = buffer.subarray(0, carry + read);
      if (read === 0) return bytes.length === 0 || isUtf8(bytes);
      const cut = completeLength(bytes);
      if (!isUtf8(bytes.subarray(0, cut))) return false;
      carry = bytes.length - cut;
      if (carry > 0) buffer.copyWithin(0, cut, bytes.length);
    }
  } finally {
    giveBuffer(buffer);
  }
}

/** The length of `bytes` without an incomplete UTF-8 sequence at its end. */
export function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i -= 1) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return n - i < need ? i : n;
  }
  return n;
}
