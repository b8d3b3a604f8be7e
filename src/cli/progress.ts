// Progress on stderr, only when stderr is a terminal. A folder run: "[3/40] dinsos/renstra.xlsx"
// on one line that the next file overwrites, cleared at the end. A single file that takes more
// than a second: what the checker is doing ("laporan.xlsx: exceljs membaca buku kerja ... (12 s)"),
// each stage overwriting the last, then writing the marked copy (issue 11 item 6). Redirected
// output stays clean.
import type { Stage } from "./xlsxPackage";

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

export type StageProgress = {
  /** What the work is at now. */
  stage: (s: Stage) => void;
  /** The line cleared (before any other message). */
  end: () => void;
};

const QUIET: StageProgress = { stage: () => undefined, end: () => undefined };

/**
 * One long piece of work (a single file), shown once it has taken `after` ms: its name, the stage
 * it is at and the seconds since it started, on one line each stage overwrites (and a timer every
 * second, so a long stage shows it is still going).
 */
export function stageProgress(
  write: (s: string) => void,
  tty: boolean | undefined,
  lang: "id" | "en",
  name: string,
  after = 1000,
): StageProgress {
  if (!tty) return QUIET;
  const started = Date.now();
  let current: Stage | undefined;
  let shown = false;
  const show = (): void => {
    if (!current || Date.now() - started < after) return;
    shown = true;
    const s = Math.floor((Date.now() - started) / 1000);
    write(`\r\x1b[K${name}: ${lang === "en" ? current.en : current.id} (${s} s)`);
  };
  const timer = setInterval(show, 1000);
  timer.unref();
  return {
    stage(s) {
      current = s;
      show();
    },
    end() {
      clearInterval(timer);
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}
