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

/** A character CONTROL matches, tested without replacing: most texts have none. */
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether `text` holds a character CONTROL matches. A regular expression's test rather than a loop
 * over charCodeAt: a listing's cells are strings of several kinds (slices of the file read, joined
 * and flat ones, one and two bytes a character), which make the loop's property loads megamorphic,
 * three to four times slower than the test.
 */
function hasControl(text: string): boolean {
  return HAS_CONTROL.test(text);
}
