/**
 * Escapes text for a quoted DOT string so that Graphviz shows it exactly as
 * written. Backslashes are doubled so that escapes such as \N or \l do
 * nothing, quotes are escaped, line breaks become spaces, and '&' becomes
 * '&amp;' because Graphviz turns HTML entities in strings into characters.
 * Graphviz escapes '<', '>', '&' and quotes again when it writes SVG, so no
 * text passed here can become markup.
 */
export function escapeDotText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;');
}

/** Quotes text as a DOT string; see escapeDotText. */
export function dotString(text: string): string {
  return `"${escapeDotText(text)}"`;
}

/** Quotes lines as one DOT label, each line centred. */
export function dotLines(lines: readonly string[]): string {
  return `"${lines.map(escapeDotText).join('\\n')}"`;
}

/** Splits text into lines of at most `width` characters, breaking between words. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
