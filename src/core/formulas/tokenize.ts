// A lexer for Excel formulas as Office.js `range.formulas` hands them over: A1 references,
// en-US syntax ("," between arguments, "." as decimal point). It only has to find function
// calls and their arguments reliably, so it keeps apart what may hide a "(" or a ",":
// string literals ("say ""hi"""), quoted sheet names ('It''s'!A1), structured and external
// references in brackets (Table1[[#This Row],[Col]], [Book.xlsx]Sheet1!A1) and array
// constants ({1,2;3,4}). Every token keeps its offsets, so untouched text is copied byte for byte.
// The lexer never throws: an unterminated literal runs to the end of the text (and is flagged).

export type TokenKind =
  | "string" // "..." with "" escapes
  | "quoted" // '...' with '' escapes (a quoted sheet name, before "!")
  | "bracket" // [...] possibly nested (structured / external references)
  | "array" // {...} array constant
  | "error" // #N/A, #VALUE!, ...
  | "number"
  | "func" // a name directly followed by "(": the "(" is the next token
  | "word" // names, cell references, TRUE/FALSE, sheet names before "!"
  | "open"
  | "close"
  | "comma"
  | "semicolon"
  | "space"
  | "op";

export type Token = { kind: TokenKind; text: string; start: number; end: number; unterminated?: boolean };

const ERROR_LITERAL =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/i;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
// Names, references and function names: letters (any script), digits, "_", ".", "\", "$", "?".
const WORD = /^[$A-Za-z_\\\u00C0-\uFFFF][$\w.\\?\u00C0-\uFFFF]*/;
const SPACE = /^[ \t\r\n\u00A0]+/;
const TWO_CHAR_OPS = new Set(["<=", ">=", "<>"]);

/** Offset just after a literal opened by `quote` at `start`, where a doubled quote is an escape. */
function endOfQuoted(text: string, start: number, quote: string): { end: number; closed: boolean } {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return { end: i + 1, closed: true };
    }
    i++;
  }
  return { end: text.length, closed: false };
}

function endOfBracket(text: string, start: number): { end: number; closed: boolean } {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") {
      i += 2; // "'" escapes the next character inside a structured reference
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true };
    }
    i++;
  }
  return { end: text.length, closed: false };
}

function endOfArray(text: string, start: number): { end: number; closed: boolean } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const s = endOfQuoted(text, i, '"');
      if (!s.closed) return s;
      i = s.end;
      continue;
    }
    if (ch === "}") return { end: i + 1, closed: true };
    i++;
  }
  return { end: text.length, closed: false };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number, unterminated = false): void => {
    const t: Token = { kind, text: text.slice(i, end), start: i, end };
    if (unterminated) t.unterminated = true;
    tokens.push(t);
    i = end;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    const rest = text.slice(i);
    if (ch === '"' || ch === "'") {
      const q = endOfQuoted(text, i, ch);
      push(ch === '"' ? "string" : "quoted", q.end, !q.closed);
    } else if (ch === "[") {
      const b = endOfBracket(text, i);
      push("bracket", b.end, !b.closed);
    } else if (ch === "{") {
      const a = endOfArray(text, i);
      push("array", a.end, !a.closed);
    } else if (ch === "#" && ERROR_LITERAL.test(rest)) {
      push("error", i + (ERROR_LITERAL.exec(rest) as RegExpExecArray)[0].length);
    } else if (NUMBER.test(rest)) {
      push("number", i + (NUMBER.exec(rest) as RegExpExecArray)[0].length);
    } else if (WORD.test(rest)) {
      const end = i + (WORD.exec(rest) as RegExpExecArray)[0].length;
      push(text[end] === "(" ? "func" : "word", end);
    } else if (SPACE.test(rest)) {
      push("space", i + (SPACE.exec(rest) as RegExpExecArray)[0].length);
    } else if (ch === "(") push("open", i + 1);
    else if (ch === ")") push("close", i + 1);
    else if (ch === ",") push("comma", i + 1);
    else if (ch === ";") push("semicolon", i + 1);
    else push("op", i + (TWO_CHAR_OPS.has(rest.slice(0, 2)) ? 2 : 1));
  }
  return tokens;
}

/** The value of a string literal token: "say ""hi""" -> say "hi". */
export function stringValue(token: string): string {
  return token.slice(1, token.endsWith('"') && token.length > 1 ? -1 : undefined).replace(/""/g, '"');
}

/** A JS string as an Excel string literal. */
export function excelString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
