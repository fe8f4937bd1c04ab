/**
 * Files as the converters receive them: a name (a path, or what a browser's file picker gives)
 * and the text, read by the caller (the command line from disk, the studio from a drop).
 */
export interface TextFile {
  name: string;
  text: string;
}

/** Strips a UTF-8 byte order mark, which JSON.parse rejects but Excel and some editors write. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The last part of a path, either kind of slash: "exports/Story - events.csv" → "Story - events.csv". */
export const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
