// Text from the books (labels, names, file names) shown on a terminal: a control character could
// move the cursor, clear the screen, retitle the window or fake a line, so each is shown escaped,
// visibly: C0 (tab and line ends included), ESC, DEL, C1 (U+009B is a CSI on its own), and the
// invisible bidirectional overrides. Used at the edge: render/ and the diagnostic printer.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

export function visible(text: string): string {
  if (!hasControl(text)) return text;
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
}

/** Each line of a multi-line message made visible, the line ends kept. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/** Whether `text` holds a character CONTROL matches (a loop: most texts have none, and a regular expression replacement costs more). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
    if (c >= 0x200e && (c <= 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))) return true;
  }
  return false;
}
