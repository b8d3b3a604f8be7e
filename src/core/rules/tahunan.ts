// Small helpers shared by the rules that read a row year by year: which columns hold a role for
// a year (and K or Rp), the body rows that carry values, and a row's indicator text.
import type { DetectedColumn, DetectedRow, DetectedTable, Role } from "../detect";
import type { Grid } from "../grid";
import { parseA1 } from "../grid";
import { textAt } from "./values";
import { aditif, pisahSatuan } from "./konsolidasi";
import { caraCatatanBaris } from "./catatan";
import { labelAkhir, norm } from "../detect/text";

export type Ukuran = "K" | "Rp" | undefined;

// (what is part of a year is the detector's reading: one definition, there)
export { bagianTahun } from "../detect/periode";
import { bagianTahun } from "../detect/periode";

/**
 * The one column of a year's realisation among `cols` (of one role, year and measure): the year's
 * own; without one, its latest to-date value ("s.d. Bulan Ini", not "s.d. Bulan Lalu"), which a
 * monthly report's ratio divides.
 */
export function realisasiTahun(
  cols: readonly DetectedColumn[],
  /** a realisation to a quarter counts too ("Pembayaran s.d. TW III" against a ceiling) */
  sampaiBagian = false,
): DetectedColumn | undefined {
  const own = cols.filter(kolomTahunIni);
  // "Penyaluran > Total Diterima | Realisasi Penggunaan" (a BOS report): the one named a realisation
  const disebut = own.filter((c) => /realisasi/i.test(c.header));
  // "Tahap I > Realisasi | Tahap II > Realisasi | Total Realisasi (Rp)": the total of the stages
  // (forms-blind62's Dana Kelurahan)
  // ("Realisasi Pencairan (Rp) > Tahap I | Tahap II | Total": the total, forms-blind84)
  const total = disebut.filter((c) => /^(total|jumlah)( realisasi\b|$)/.test(labelAkhir(c.header)));
  if (own.length)
    return own.length === 1
      ? own[0]
      : disebut.length === 1
        ? disebut[0]
        : total.length === 1
          ? total[0]
          : undefined;
  const kini = cols.filter(
    (c) =>
      c.toDate &&
      (sampaiBagian || !bagianTahun(c)) &&
      !c.endOfPeriod &&
      !/\b(lalu|sebelumnya)\b/i.test(c.header),
  );
  return kini.length === 1 ? kini[0] : undefined;
}

/** A column of one year's own value: not part of a year, not "s.d." to date, not the end-period target. */
export function kolomTahunIni(c: DetectedColumn): boolean {
  return !bagianTahun(c) && !c.toDate && !c.endOfPeriod;
}

/**
 * The amended column, the one in force: "Pagu Perubahan" beside "Pagu Murni", "Target Perubahan"
 * beside "Target Awal" (a Renstra Perubahan, an APBD-P); not "Sebelum Perubahan".
 */
export function kolomDiubah(c: DetectedColumn): boolean {
  return (
    /perubahan|revisi|sesudah|setelah|menjadi|\bp-?apbd\b/i.test(c.header) &&
    !/\bawal\b|semula|sebelum|murni/i.test(c.header)
  );
}

/** Does a column measure the same thing as `ukuran`? Undefined matches anything but Rp. */
export function samaUkuran(c: DetectedColumn, ukuran: Ukuran): boolean {
  if (ukuran === "Rp") return c.ukuran === "Rp";
  return c.ukuran !== "Rp";
}

/** Columns of one of `roles` with a year, in year order (then left to right). */
const KOLOM = new WeakMap<DetectedTable, Map<string, DetectedColumn[]>>();

/** Year columns of the roles, in year order; computed once per table and question (rules ask per row). */
export function kolomTahunan(
  table: DetectedTable,
  roles: readonly Role[],
  ukuran?: Ukuran,
): DetectedColumn[] {
  let memo = KOLOM.get(table);
  if (!memo) KOLOM.set(table, (memo = new Map()));
  const key = `${roles.join(",")}|${ukuran ?? ""}`;
  let cols = memo.get(key);
  if (!cols) {
    cols = table.columns
      .filter(
        (c) => roles.includes(c.role) && c.year !== undefined && samaUkuran(c, ukuran) && kolomTahunIni(c),
      )
      .sort((a, b) => (a.year as number) - (b.year as number) || a.col - b.col);
    memo.set(key, cols);
  }
  return cols;
}

/**
 * The one column of `role` for `year` (and ukuran); for a column without a year, the only column
 * of that role without a year. Undefined when there is none or more than one.
 */
export function kolomUntuk(
  table: DetectedTable,
  role: Role,
  year: number | undefined,
  ukuran: Ukuran,
): DetectedColumn | undefined {
  const found = table.columns.filter(
    (c) => c.role === role && c.year === year && samaUkuran(c, ukuran) && kolomTahunIni(c),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * When a year has several columns of a role ("Tahun 2024 > Target | Capaian (%)" and "Pembanding
 * Nasional > Target RPJMN 2024 | Capaian thd Nasional (%)", forms-blind27): the one a capaian
 * column measures against is the nearest on its left with no other capaian between them.
 */
export function kolomTerdekat(
  table: DetectedTable,
  cc: DetectedColumn,
  role: Role,
): DetectedColumn | undefined {
  const found = table.columns.filter(
    (c) => c.role === role && c.year === cc.year && samaUkuran(c, cc.ukuran) && kolomTahunIni(c),
  );
  if (found.length < 2) return undefined;
  const left = found.filter((c) => c.col < cc.col).sort((a, b) => b.col - a.col)[0];
  if (!left) return undefined;
  const between = table.columns.some((c) => c.role === "capaian" && c.col > left.col && c.col < cc.col);
  return between ? undefined : left;
}

/** The indicator text of a row (the indikator column, or the detector's merged text). */
export function namaIndikator(table: DetectedTable, grid: Grid, row: DetectedRow): string {
  // many rules ask for every row: read once
  let memo = NAMA.get(table);
  if (!memo) NAMA.set(table, (memo = new Map()));
  const known = memo.get(row.row);
  if (known !== undefined) return known;
  let nama = row.indikator || "";
  // Some tables have two indicator columns (Indikator Tujuan, Indikator Sasaran): the rightmost
  // filled one is the most specific (Buleleng Tabel 2.2.1: the sasaran's "Persentase penduduk miskin").
  for (let i = table.columns.length - 1; i >= 0; i--) {
    const c = table.columns[i];
    if (c.role !== "indikator") continue;
    const t = textAt(grid, row.row, c.col);
    if (t) {
      nama = t;
      break;
    }
  }
  memo.set(row.row, nama);
  return nama;
}
// one weak entry per table (a row object belongs to one detection of one grid), a map of its rows
const NAMA = new WeakMap<DetectedTable, Map<number, string>>();

/** The satuan text of a row, or "". */
export function satuanBaris(table: DetectedTable, grid: Grid, row: DetectedRow): string {
  return textAt(grid, row.row, table.columns.find((c) => c.role === "satuan")?.col);
}

/**
 * The row's unit: its satuan cell, else the unit in brackets at the end of its indicator's name
 * ("Prevalensi balita stunting (%)", "Jumlah kunjungan wisatawan (orang)": an RKPD without a
 * satuan column, forms-blind31).
 */
export function satuanAtauNama(table: DetectedTable, grid: Grid, row: DetectedRow): string {
  return satuanBaris(table, grid, row) || pisahSatuan(namaIndikator(table, grid, row)).satuan;
}

/** Do the row's values add up over quarters or years (konsolidasi.aditif of its unit and name)? */
export function aditifBaris(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
): "ya" | "tidak" | "tidak-tahu" {
  const own = rekapDinyatakan(table, grid, row);
  if (own) return own;
  const satuan = satuanBaris(table, grid, row);
  const nama = namaIndikator(table, grid, row);
  // the table's notes: a final condition they call the sum is a flow, the last value a level
  // ("indikator persentase dan jumlah cabor dibina bersifat posisi", forms-blind59)
  const cara = caraCatatanBaris(table, grid, row, nama, satuan);
  if (cara) return cara === "jumlah" ? "ya" : "tidak";
  return aditif(satuan, nama);
}

/**
 * The row's own word on how its quarters make the year, in a note column: "Akumulasi TW I s.d.
 * TW IV" adds them, "Posisi TW IV" / "nilai TW IV" keeps the last (forms-blind27's "Cara Rekap").
 * Beats any reading of the unit or the name.
 */
function rekapDinyatakan(table: DetectedTable, grid: Grid, row: DetectedRow): "ya" | "tidak" | undefined {
  for (const c of table.columns) {
    if (c.role !== "keterangan") continue;
    const t = norm(textAt(grid, row.row, c.col));
    // a "Cara Penghitungan" of one word: "Jumlah" / "Posisi akhir tahun" (forms-blind31)
    if (/^(jumlah|penjumlahan|akumulasi|dijumlahkan)$/.test(t)) return "ya";
    if (/^(posisi|nilai|kondisi) akhir( tahun| triwulan)?$/.test(t)) return "tidak";
    // a Rencana Aksi's "Sifat Target: Kumulatif": its quarter targets run from January, TW IV is
    // the year (forms-blind53); not a "Cara Rekap" that adds them
    if (/^kumulatif\b/.test(t) && /^sifat\b/.test(labelAkhir(c.header))) return "tidak";
    if (!/\b(tw|triwulan)\b/.test(t)) continue;
    // ("kumulatif (posisi TW IV)": a to-date level whose year is its position at TW IV,
    // forms-blind260; read before the words that add)
    // ("capaian kumulatif (posisi akhir TW)": the position at each quarter's end, forms-blind290)
    if (
      /\b(posisi|nilai|kondisi|capaian) ((akhir )?(tw|triwulan) (iv|4)|akhir (tw|triwulan))\b|\bnilai terakhir\b/.test(
        t,
      )
    )
      return "tidak";
    if (/\b(akumulasi|akumulatif|kumulatif|jumlah|penjumlahan)\b/.test(t)) return "ya";
  }
  return undefined;
}

/** The polaritas cell of a row (undefined when the table has no such column). */
export function polaritasCell(table: DetectedTable, grid: Grid, row: DetectedRow): unknown {
  const col = table.columns.find((c) => c.role === "polaritas")?.col;
  return col === undefined ? undefined : grid.value(row.row, col);
}

export { persenAt } from "./kolomAngka";
export { awalan, barisData } from "./values";

/**
 * Is a count of recipients written as one of its own terms, "=L13" where the form says "11 = 7 +
 * 9"? The schools receiving BOSDA are much the same schools every year (forms-blind132): the row's
 * formula keeps the year's level, and that says more than the count's unit. A count of what was
 * done ("rapat koordinasi" written "=TW IV", forms-blind70) is still a flow, whatever its formula.
 */
export function penerimaSatuSuku(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
  totalCol: number,
  partCols: readonly number[],
): boolean {
  const f = grid.formula(row.row, totalCol);
  const ref = f === undefined ? undefined : parseA1(f.replace(/^=/, ""));
  if (ref === undefined || ref.row !== row.row || !partCols.includes(ref.col)) return false;
  return /\b(penerima|yang (menerima|mendapat(kan)?|memperoleh))\b/.test(
    norm(namaIndikator(table, grid, row)),
  );
}

/**
 * Is a count the same in every part and for the year, as its target is ("Jumlah kendaraan dinas
 * yang dipelihara": 38 in each quarter, 38 for the year against a target of 38, forms-blind208)?
 * The fleet kept, a level, whatever its wording says was done: summed, it would be four times its
 * target.
 */
export function levelTetap(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
  totalCol: number,
  partCols: readonly number[],
): boolean {
  const total = grid.value(row.row, totalCol);
  if (typeof total !== "number" || partCols.length < 2) return false;
  if (partCols.some((c) => grid.value(row.row, c) !== total)) return false;
  const year = table.columns.find((c) => c.col === totalCol)?.year;
  const targets = table.columns.filter((c) => c.role === "target" && c.ukuran !== "Rp" && c.year === year);
  return targets.length === 1 && grid.value(row.row, targets[0].col) === total;
}
