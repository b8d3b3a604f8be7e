// Progress of a folder run on stderr, only when stderr is a terminal: "[3/40] dinsos/renstra.xlsx"
// on one line that the next file overwrites, cleared at the end. Redirected output stays clean.

export type Progress = { start: (n: number, total: number, name: string) => void; end: () => void };

const NONE: Progress = { start: () => undefined, end: () => undefined };

/** `write` goes to stderr; `tty` says whether stderr is a terminal. */
export function progress(write: (s: string) => void, tty: boolean | undefined, lang: "id" | "en"): Progress {
  if (!tty) return NONE;
  const word = lang === "en" ? "checking" : "memeriksa";
  let shown = false;
  return {
    start(n, total, name) {
      shown = true;
      // \r and "erase line": the next file replaces this one
      write(`\r\x1b[K[${n}/${total}] ${word} ${name}`);
    },
    end() {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}
