// Codes of urusan, bidang urusan, program, kegiatan and sub kegiatan (Kepmendagri 050-5889/2021
// as amended by 900.1.15.5-1317/2023) as code-hierarchy and duplicate-code read them: the code
// cell of each row, cleaned of the line breaks PDF pastes leave ("1.06.01.\n2.01") and of a
// trailing dot, and brought to one form (a zero-padded kegiatan digit "1.06.01.02.01" is the
// same kegiatan as "1.06.01.2.01").
import type { DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";

/** urusan.bidang(.program(.kegiatan-digit.kegiatan(.sub kegiatan)?)?)? */
export const POLA_KODE = /^\d\.\d{2}(\.\d{2}(\.\d\.\d{2}(\.\d{2,4})?)?)?$/;
/** The same with the kegiatan digit zero-padded: 1.06.01.02.01(.0001). */
export const POLA_KODE_NOL = /^\d\.\d{2}\.\d{2}\.0\d\.\d{2}(\.\d{2,4})?$/;
/** Urusan alone ("1") is a code too. */
const URUSAN = /^\d$/;

export type KodeBaris = {
  row: DetectedRow;
  /** As printed, whitespace removed, trailing dot dropped. */
  teks: string;
  /** Comparable form: zero-padded kegiatan digit unpadded. */
  kunci: string;
  /** Matches the Kepmendagri pattern (urusan alone, or POLA_KODE, or POLA_KODE_NOL). */
  baku: boolean;
  nolDepan: boolean;
};

export function bersihkanKode(v: unknown): string {
  if (v === null || v === undefined) return "";
  // (tested before replacing: most codes hold no space, and every row's code is cleaned)
  const s = String(v);
  const t = /\s/.test(s) ? s.replace(/\s+/g, "") : s;
  return t.endsWith(".") ? t.slice(0, -1) : t;
}

export function kunciKode(teks: string): string {
  return POLA_KODE_NOL.test(teks) ? teks.replace(/^(\d\.\d{2}\.\d{2}\.)0(\d)/, "$1$2") : teks;
}

/** Looks like a government code at all (digits and dots, with a dot): "1.06.01", not "12" or "A.1". */
function miripKode(teks: string): boolean {
  return URUSAN.test(teks) || (/^\d+(\.\d+)+$/.test(teks) && teks.includes("."));
}

/**
 * The coded rows of a table: the own value of the kode column (a code merged over several rows
 * counts once); without a kode column, labels with three or more parts ("1.06.01 ..."). Empty
 * when nothing in the table follows the Kepmendagri pattern with a program or deeper, so the
 * numbering of other tables ("1.1", "1.2") is never read as codes.
 */
const KODE_UNIT = /^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$/;

const KODE_MEMO = new WeakMap<DetectedTable, KodeBaris[]>();

/** The coded rows of a table, read once for the three rules that ask (hierarchy, format, duplicates). */
export function kodeBaris(table: DetectedTable, grid: Grid): KodeBaris[] {
  let memo = KODE_MEMO.get(table);
  if (!memo) KODE_MEMO.set(table, (memo = bacaKodeBaris(table, grid)));
  return memo;
}

function bacaKodeBaris(table: DetectedTable, grid: Grid): KodeBaris[] {
  const kodeCol = table.columns.find((c) => c.role === "kode")?.col;
  const out: KodeBaris[] = [];
  for (const r of table.rows) {
    const teks =
      kodeCol !== undefined
        ? bersihkanKode(grid.value(r.row, kodeCol))
        : /^\d\.\d{2}\.\d{2}/.test(bersihkanKode(r.label))
          ? bersihkanKode(r.label)
          : "";
    if (!teks || !miripKode(teks)) continue;
    // a Perangkat Daerah's unit code (SIPD "1.02.0.00.0.00.01.0000") heads its programs in E.79 / RKPD
    // tables; it is no program code and is not judged as one
    if (KODE_UNIT.test(teks)) continue;
    // "1.06.02.03.04" on a sub kegiatan row is a kegiatan 03 without its digit, not a padded one
    const bertingkat = r.kind === "program" || r.kind === "kegiatan" || r.kind === "sub-kegiatan";
    const nolDepan = POLA_KODE_NOL.test(teks) && (!bertingkat || tingkatKode(kunciKode(teks)) === r.kind);
    out.push({
      row: r,
      teks,
      kunci: nolDepan ? kunciKode(teks) : teks,
      baku: URUSAN.test(teks) || POLA_KODE.test(teks) || nolDepan,
      nolDepan,
    });
  }
  const adaProgram = out.some((k) => k.baku && banyakBagian(k.kunci) >= 3);
  return adaProgram ? out : [];
}

/** The parts of a code ("1.06.01" has 3), counted by its dots: rules ask per row, a split builds a list. */
export function banyakBagian(kunci: string): number {
  let n = 1;
  for (let i = 0; i < kunci.length; i++) if (kunci.charCodeAt(i) === 46) n++;
  return n;
}

/** The length of a code's last part ("0001" of a sub kegiatan: 4). */
export function panjangAkhir(kunci: string): number {
  return kunci.length - kunci.lastIndexOf(".") - 1;
}

/** program (3 parts), kegiatan (5), sub kegiatan (6), section (1-2) by the code alone. */
export function tingkatKode(kunci: string): "section" | "program" | "kegiatan" | "sub-kegiatan" | undefined {
  const n = banyakBagian(kunci);
  return n <= 2
    ? "section"
    : n === 3
      ? "program"
      : n === 5
        ? "kegiatan"
        : n === 6
          ? "sub-kegiatan"
          : undefined;
}

/**
 * The column of a coded row's name (program / kegiatan / sub kegiatan): the first free-text column
 * right of the code; without a code column, the indicator column (the code leads its label).
 */
export function kolomNamaKode(table: DetectedTable): number | undefined {
  const kodeCol = table.columns.find((c) => c.role === "kode")?.col;
  const nameCol =
    kodeCol !== undefined
      ? table.columns.find((c) => c.col > kodeCol && c.role === "lainnya")?.col
      : undefined;
  return nameCol ?? table.columns.find((c) => c.role === "indikator")?.col;
}

/** A coded row's name as written, without a code printed before it ("2.09.03 Program ..."). */
export function namaKodeBaris(table: DetectedTable, grid: Grid, k: KodeBaris): string {
  const col = kolomNamaKode(table);
  if (col === undefined) return "";
  const v = grid.displayValue(k.row.row, col);
  const t = v === null || v === undefined ? "" : String(typeof v === "object" ? "" : v);
  return t
    .replace(/^\s*\d+(\.\d+)+\.?\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}
