// sum-mismatch: a total that is not the sum of its parts, per money and count column:
// - a kegiatan's Rp over its sub kegiatan, a program's over its kegiatan (by kode);
// - a row over the rows right under it that add up to it in most columns (tables without
//   codes, e.g. "Belanja Langsung" over Belanja Pegawai, Barang dan Jasa, Modal);
// - a Jumlah / TOTAL row over the top-level rows above it.
// When the parts and the grand total agree and only the group row does not, the group row is
// the culprit (seed Tabel 2.3.2: Belanja Langsung 2017 is 22.000.000 short while TOTAL agrees
// with the parts), and it is reported instead of the total.
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import { kondisiAkhirRupiah } from "../detect";
import type { Grid } from "../grid";
import type { Rule, RuleFinding } from "./types";
import type { MessageData } from "./messages";
import { identitasPeriode } from "./identitasPeriode";
import { rumusTersimpan } from "./rumusTersimpan";
import { jumlahCampur } from "./jumlahCampur";
import { jumlahRasio } from "./jumlahRasio";
import { jumlahGanda } from "./jumlahGanda";
import { rumusTetangga } from "./rumusTetangga";
import { rekapHitungan } from "./rekapHitungan";
import { kumulatifBaris } from "./kumulatifBaris";
import { identitasUraian } from "./identitasUraian";
import { anggaranKas } from "./anggaranKas";
import { linearReferences, sumReferences } from "./precision";
import { cekIdentitasNomor } from "./identitasNomor";
import {
  awalan,
  bagianSalahNol,
  childrenOf,
  nilaiAt,
  nilaiTetap,
  numAt,
  salinanBaris,
  textAt,
  jumlahSama,
} from "./values";
import { namaPeran } from "./kolomAngka";
import { norm } from "../detect/text";
import { ratioReferences, refleksiReferences } from "../grid";
import { TEXT_ROLES } from "../detect/peran";

type Group = { parent: DetectedRow; children: DetectedRow[]; by: "kode" | "nilai" };

const SUMMABLE = new Set(["anggaran", "realisasi-anggaran"]);
const NOT_AMOUNTS = new Set(["capaian", "pertumbuhan", "predikat"]);

/** Is the cell a ratio formula (R / T x 100 or the refleksi, rounded or not)? */
function rasioSel(grid: Grid, row: number, col: number): boolean {
  const f = grid.formula(row, col);
  return f !== undefined && (ratioReferences(f) !== undefined || refleksiReferences(f) !== undefined);
}

/** Is the cell's formula a sum and difference of other cells of its own row? */
function rumusMenyamping(grid: Grid, row: number, col: number): boolean {
  const terms = linearReferences(grid.formula(row, col));
  return !!terms && terms.length >= 2 && terms.every(([r, c]) => r === row && c !== col);
}

/** Money columns, and count columns of K/Rp pairs (Rp only: K is a performance value). */
function sumColumns(table: DetectedTable): DetectedColumn[] {
  // growth rates and ratios under an "Anggaran" heading are not amounts
  // an Rp column of no known meaning (sisa, bertambah/berkurang) is not judged: its sums follow
  // the pagu and realisation they are computed from
  // the period's Rp (T-C.27's kondisi akhir Rp, "Jumlah 2025-2029") beside the years' Rp is each
  // row's sum of them, checked row by row: its totals follow the years', where a wrong figure is
  // named once (forms-blind30: a 2028 pagu's SUM that leaves out a kegiatan, not also its period)
  const yearly = table.columns.some((c) => c.role === "anggaran" && c.year !== undefined && !c.endOfPeriod);
  return table.columns.filter(
    (c) =>
      !(yearly && ((c.role === "anggaran" && c.endOfPeriod) || kondisiAkhirRupiah(c))) &&
      (SUMMABLE.has(c.role) || (c.ukuran === "Rp" && !NOT_AMOUNTS.has(c.role) && c.role !== "lainnya")),
  );
}

/** The cells a total adds up, and its identity for ./precision. */
function identity(parent: number, rows: DetectedRow[], col: number): Pick<RuleFinding, "inputs" | "recheck"> {
  return {
    inputs: rows.map((r) => [r.row, col] as [number, number]),
    recheck: (cells) => {
      const t = cells(parent, col);
      if (t === undefined) return true;
      let s = 0;
      for (const r of rows) s += cells(r.row, col) ?? 0;
      return jumlahSama(s, t);
    },
  };
}

/**
 * The typed part that, with a zero too many or too few, keeps a typed total from adding up
 * (./values `bagianSalahNol`), as its finding: the total is right and that part is the slip.
 */
function temuanNol(
  grid: Grid,
  table: DetectedTable,
  totalRow: number,
  parts: DetectedRow[],
  c: DetectedColumn,
  total: number,
): RuleFinding | undefined {
  const nilai = parts.map((p) => nilaiAt(grid, p.row, c.col));
  const nol = bagianSalahNol(nilai, total);
  const part = nol && parts[nol.index];
  if (!nol || !part || grid.formula(part.row, c.col)) return undefined;
  const actual = nilai[nol.index]!;
  return {
    // (the sum it restores: another rule's correction of the same cell, number-scale's thousand,
    // says it once, ./precision)
    ...identity(totalRow, parts, c.col),
    jumlahSel: [totalRow, c.col],
    row: part.row,
    col: c.col,
    expected: nol.want,
    actual,
    messageId: "partZeroSlip",
    data: {
      ...data(grid, table, { parent: part, children: [] }, c, actual, nol.want),
      factor: nol.factor,
      want: nol.want,
      total,
    },
    fix: { value: nol.want },
  };
}

function sumOf(grid: Grid, rows: DetectedRow[], col: number): number | undefined {
  let s = 0;
  let any = false;
  for (const r of rows) {
    // (the value alone: no reading built per cell)
    const n = nilaiAt(grid, r.row, col);
    if (n !== undefined) {
      s += n;
      any = true;
    }
  }
  return any ? s : undefined;
}

/** Groups by kode: program > kegiatan > sub kegiatan, as the detector linked them. */
function codeGroups(table: DetectedTable, grid: Grid, cols: DetectedColumn[]): Group[] {
  const out: Group[] = [];
  for (const p of table.rows) {
    // a bidang urusan ("1.03") with its own figures over its programs (an RKPD's T-C.33, forms-blind23)
    if (p.kind === "section" && /^\d+(\.\d+)*$/.test(p.label ?? "")) {
      // (a heading without figures is no total: its programs stay the Jumlah's parts)
      if (!cols.some((c) => numAt(grid, p.row, c.col))) continue;
      const programs = childrenOf(table, p.row).filter((r) => r.kind === "program");
      if (programs.length) out.push({ parent: p, children: programs, by: "kode" });
      continue;
    }
    if (p.kind !== "program" && p.kind !== "kegiatan") continue;
    const want = p.kind === "program" ? "kegiatan" : "sub-kegiatan";
    const children = childrenOf(table, p.row).filter((r) => r.kind === want);
    if (children.length) out.push({ parent: p, children, by: "kode" });
  }
  return out;
}

/**
 * Groups the sheet shows by indentation, without codes: a row labelled only in one text column
 * ("Meningkatnya kualitas pengelolaan keuangan daerah" under Sasaran) over the rows labelled only
 * in the next one (its programs under Program). Taken as sums only when most such parents add up.
 */
function outlineGroups(table: DetectedTable, grid: Grid, cols: DetectedColumn[]): Group[] {
  const labels = table.columns
    .filter(
      (c) =>
        c.role === "sasaran" ||
        c.role === "tujuan" ||
        c.role === "indikator" ||
        (c.role === "lainnya" && c.year === undefined),
    )
    .map((c) => c.col)
    .sort((a, b) => a - b);
  if (labels.length < 2) return [];
  const level = (r: DetectedRow): number | undefined => {
    const filled = labels.filter((c) => textAt(grid, r.row, c) !== "");
    return filled.length === 1 ? labels.indexOf(filled[0]) : undefined;
  };
  const rows = table.rows.filter((r) => r.kind !== "total" && r.kind !== "section");
  const out: Group[] = [];
  for (let i = 0; i < rows.length; i++) {
    const lv = level(rows[i]);
    if (lv === undefined) continue;
    const children: DetectedRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const l = level(rows[j]);
      if (l === lv + 1) children.push(rows[j]);
      else break;
    }
    if (children.length) out.push({ parent: rows[i], children, by: "nilai" });
  }
  // the indentation means "sum of" only when most parents do add up in some column
  return out.length && kebanyakanJumlah(out, grid, cols) ? out : [];
}

/** Do most of these parents add up to their children in some column? */
function kebanyakanJumlah(groups: readonly Group[], grid: Grid, cols: readonly DetectedColumn[]): boolean {
  const adds = groups.filter((g) =>
    cols.some((c) => {
      const p = numAt(grid, g.parent.row, c.col);
      const s = sumOf(grid, g.children, c.col);
      return !!p && s !== undefined && jumlahSama(p.value, s);
    }),
  );
  return adds.length * 2 > groups.length;
}

// the levels of a plan's cascade, as a "Level Kinerja" column names each row's
const LEVEL: ReadonlyArray<[RegExp, number]> = [
  [/^misi$/, 0],
  [/^tujuan( pd| perangkat daerah)?$/, 1],
  [/^sasaran( strategis| pd| perangkat daerah)?$/, 2],
  [/^program$/, 3],
  [/^kegiatan$/, 4],
  [/^sub ?-?kegiatan$/, 5],
];
const levelOf = (t: string): number | undefined => {
  const n = norm(t);
  return n ? LEVEL.find(([re]) => re.test(n))?.[1] : undefined;
};

/**
 * A cascade whose "Level Kinerja" column names each row's level ("Tujuan | Sasaran | Program |
 * Kegiatan", a pohon kinerja with its pagu, forms-blind80): a row over the rows of the next level
 * under it, until the next row of its own level or above. Taken as sums only when most such
 * parents add up in some column (as ./outlineGroups).
 */
function levelGroups(table: DetectedTable, grid: Grid, cols: DetectedColumn[]): Group[] {
  const rows = table.rows.filter((r) => r.kind !== "total" && r.kind !== "section");
  const kolom = table.columns.find((c) => {
    if (TEXT_ROLES.has(c.role)) return false;
    let n = 0;
    const seen = new Set<number>();
    for (const r of rows) {
      const t = textAt(grid, r.row, c.col);
      if (!t) continue;
      const lv = levelOf(t);
      if (lv === undefined) return false;
      seen.add(lv);
      n++;
    }
    return n >= 3 && seen.size >= 2;
  });
  if (!kolom) return [];
  const lv = (r: DetectedRow): number | undefined => levelOf(textAt(grid, r.row, kolom.col));
  const out: Group[] = [];
  for (let i = 0; i < rows.length; i++) {
    const mine = lv(rows[i]);
    if (mine === undefined) continue;
    const children: DetectedRow[] = [];
    let next: number | undefined;
    for (let j = i + 1; j < rows.length; j++) {
      const l = lv(rows[j]);
      if (l === undefined) continue;
      if (l <= mine) break;
      next ??= l;
      if (l === next) children.push(rows[j]);
    }
    if (children.length) out.push({ parent: rows[i], children, by: "nilai" });
  }
  return out.length >= 2 && kebanyakanJumlah(out, grid, cols) ? out : [];
}

/**
 * "1 | Program ... | =SUM(C18,C19,C20)" over three unnumbered kegiatan rows, and "2 | Program ... |
 * 2.143.750.000" typed over its own: where the numbered parts' formulas add exactly the unnumbered
 * rows that follow them (two or more do), the unnumbered rows after every numbered part are inside
 * it, typed or not (a PK's programme table, forms-blind57). Returns the groups of the typed parts,
 * which the sheet's own pattern holds to the rows under them.
 */
function ikutiPola(all: readonly DetectedRow[], inner: Set<number>): Group[] {
  const numbered = all.filter((p) => p.label !== undefined);
  const ikut = (i: number): DetectedRow[] => {
    const out: DetectedRow[] = [];
    for (let j = all.indexOf(numbered[i]) + 1; j < all.length && all[j].label === undefined; j++)
      out.push(all[j]);
    return out;
  };
  let sesuai = 0;
  const lain: Group[] = [];
  for (let i = 0; i < numbered.length; i++) {
    const anak = ikut(i);
    if (!anak.length) continue;
    if (anak.every((a) => inner.has(a.row))) sesuai++;
    else lain.push({ parent: numbered[i], children: anak, by: "nilai" });
  }
  if (sesuai < 2) return [];
  for (let i = 0; i < numbered.length; i++) for (const a of ikut(i)) inner.add(a.row);
  return lain;
}

/** Groups the detector found by value: a total row over the component rows under it. */
function valueGroups(table: DetectedTable): Group[] {
  const out: Group[] = [];
  for (const p of table.rows) {
    // a sub kegiatan over its lettered lines is such a total too (detect/rows.ts)
    if (p.kind !== "total" && p.kind !== "sub-kegiatan") continue;
    // parts, and subtotals under it (account codes 5 > 5.1 > 5.1.01: detect/rows.ts)
    const children = childrenOf(table, p.row).filter((r) => r.kind === "komponen" || r.kind === "total");
    if (children.length) out.push({ parent: p, children, by: "nilai" });
  }
  return out;
}

/** The data of a total's message: the row's name, which value it is, the two figures. */
function data(
  grid: Grid,
  table: DetectedTable,
  g: { parent: DetectedRow; children: DetectedRow[] },
  col: DetectedColumn,
  actual: number,
  expected: number,
): MessageData {
  const ind = table.columns.find((c) => c.role === "indikator")?.col;
  const named = table.columns
    .filter(
      (c) => c.role === "sasaran" || c.role === "tujuan" || (c.role === "lainnya" && c.year === undefined),
    )
    .map((c) => textAt(grid, g.parent.row, c.col))
    .find((t) => t && !/^[\d\s\-–—]+$/.test(t));
  // (the row's own name first: a recap's "Nama Desa" is a place, forms-blind50)
  const name =
    textAt(grid, g.parent.row, ind) ||
    g.parent.indikator ||
    named ||
    g.parent.label ||
    `baris ${g.parent.row}`;
  const diff = actual - expected;
  // which value it is: "anggaran 2017", "realisasi anggaran 2021 (Rp)", "target 2024 (K)"
  const kind = (lang: "id" | "en"): string =>
    [
      lang === "en" ? col.year : "",
      col.role === "lainnya" ? "" : namaPeran(col.role, lang),
      lang === "id" ? col.year : "",
      col.ukuran && (col.role === "target" || col.role === "realisasi") ? `(${col.ukuran})` : "",
    ]
      .filter(Boolean)
      .join(" ");
  const apa = { id: kind("id"), en: kind("en") };
  return {
    name: awalan(name),
    what: { id: apa.id ? `${apa.id} ` : "", en: apa.en ? `the ${apa.en} is` : "written" },
    written: actual,
    sum: expected,
    difference: diff,
  };
}

/**
 * Does the parent's own SUM formula settle the question? It does when it adds up to its saved
 * value and reads rows other than the children found (the grouping was read differently); a
 * formula over only some of the children is a range that stops short, and is reported.
 */
function formulaDecides(
  grid: Grid,
  row: number,
  col: number,
  children: DetectedRow[],
  value: number,
  parents?: ReadonlyMap<number, number>,
): boolean {
  const refs = sumReferences(grid.formula(row, col));
  if (!refs || refs.some(([, c]) => c !== col)) return false;
  let s = 0;
  for (const [r] of refs) s += numAt(grid, r, col)?.value ?? 0;
  if (!jumlahSama(s, value)) return false; // a stale or broken formula: the sum check stands
  const kids = new Set(children.map((k) => k.row));
  // a range that adds a child and that child's own parts counts them twice: not to be trusted
  const read = new Set(refs.map(([r]) => r));
  if (parents && refs.some(([r]) => read.has(parents.get(r) ?? -1))) return false;
  return refs.some(([r]) => !kids.has(r));
}

/**
 * Is the parent's figure a formula across its own row ("Jumlah s.d. Desember" = SUM(E8:P8),
 * "Lebih/(Kurang)" = Q8 - D8) whose every input column adds up over the same parts? Then the
 * parent is right and the parts disagree with it only because one part's own row formula is
 * wrong (a month left out): that part's finding names the mistake, not a second one here.
 */
function rowFormulaHolds(grid: Grid, row: number, col: number, children: DetectedRow[]): boolean {
  const refs = linearReferences(grid.formula(row, col));
  if (!refs || refs.length === 0 || refs.some(([r, c]) => r !== row || c === col)) return false;
  for (const c of new Set(refs.map(([, c]) => c))) {
    const p = numAt(grid, row, c);
    const s = sumOf(grid, children, c);
    if (!p || s === undefined || !jumlahSama(p.value, s)) return false;
  }
  return true;
}

/**
 * A running total down the rows ("Realisasi s.d. Bulan Ini" = last month's + this month's): most
 * rows' formulas add the row above in the same column and a cell of another column.
 */
function berjalan(grid: Grid, rows: readonly DetectedRow[], col: number): boolean {
  let n = 0;
  for (const p of rows) {
    const refs = sumReferences(grid.formula(p.row, col)) ?? [];
    if (refs.some(([r, c]) => r === p.row - 1 && c === col) && refs.some(([, c]) => c !== col)) n++;
  }
  return n >= 2 && n * 2 >= rows.length;
}

export const sumMismatch: Rule = {
  id: "sum-mismatch",
  severity: "error",
  description: {
    id: "Jumlah (baris jumlah/total, kegiatan atas sub kegiatan, induk atas rinciannya) yang tidak sama dengan jumlah bagian-bagiannya.",
    en: "A total (jumlah/total row, a kegiatan over its sub kegiatan, a parent over its parts) that is not the sum of its parts.",
  },
  example: {
    id: "Program tertulis 2.285.149, kegiatannya berjumlah 2.258.149; Total 10 juta kurang dari Semester I + II.",
    en: "A programme written 2,285,149 whose kegiatan add up to 2,258,149; a Total 10 million short of Semester I + II.",
  },
  howToFix: {
    id: "Perbaiki angka yang salah (angka total atau rinciannya), sebaiknya dengan rumus SUM atas rinciannya.",
    en: "Correct the wrong figure (the total or one of its parts), preferably with a SUM over the parts.",
  },
  messages: {
    mixedUnits: {
      id: "{{name}}rumus {{formula}} menjumlahkan kolom {{other}} ({{columns}}) bersama angka {{kind}} baris ini; tanpa kolom itu jumlahnya {{want}} ({{fix}}). Perbaiki rentang rumusnya.",
      en: "{{name}}the formula {{formula}} adds {{other}} columns ({{columns}}) to this row's {{kind}} figures; without them the sum is {{want}} ({{fix}}). Correct the formula's range.",
    },
    mixedUnitsColumn: {
      id: "{{name}}rumus {{formula}} menjumlahkan kolom {{other}} ({{columns}}) bersama angka {{kind}} baris ini; tanpa kolom itu jumlahnya {{want}} ({{fix}}). Rumus yang sama ada juga di {{others}}. Perbaiki rentang rumus-rumus itu.",
      en: "{{name}}the formula {{formula}} adds {{other}} columns ({{columns}}) to this row's {{kind}} figures; without them the sum is {{want}} ({{fix}}). {{others}} hold the same formula. Correct those formulas' ranges.",
    },
    total: {
      id: "{{name}}{{what}}tertulis {{written}}, jumlah rinciannya {{sum}} (selisih {{difference}}). Periksa baris jumlah ini atau angka rinciannya.",
      en: "{{name}}{{what}} {{written}}, but its parts add up to {{sum}} (difference {{difference}}). Check this total or the figures of its parts.",
    },
    partOfAgreeingTotal: {
      id: "{{name}}{{what}}tertulis {{written}}, jumlah rinciannya {{sum}} (selisih {{difference}}). Baris total sudah sesuai dengan rinciannya, jadi angka di sel ini yang perlu diperbaiki.",
      en: "{{name}}{{what}} {{written}}, but its parts add up to {{sum}} (difference {{difference}}). The grand total agrees with the parts, so this cell is the one to correct.",
    },
    partZeroSlip: {
      id: "{{name}}{{what}}tertulis {{written}}, {{factor}} kali {{want}}: dengan {{want}} rinciannya pas berjumlah {{total}} seperti tertulis di baris jumlah. Periksa jumlah nol angka ini.",
      en: "{{name}}{{what}} {{written}}, {{factor}} times {{want}}: with {{want}} the parts add up to {{total}}, as the total row says. Check the zeros of this figure.",
    },
    parentCode: {
      id: "{{name}}{{what}}tertulis {{written}}, jumlah rinciannya {{sum}} (selisih {{difference}}). Pagu induk harus sama dengan jumlah pagu kode di bawahnya.",
      en: "{{name}}{{what}} {{written}}, but its parts add up to {{sum}} (difference {{difference}}). A parent's budget must equal the sum of the codes under it.",
    },
    parent: {
      id: "{{name}}{{what}}tertulis {{written}}, jumlah rinciannya {{sum}} (selisih {{difference}}). Periksa angka ini atau rinciannya.",
      en: "{{name}}{{what}} {{written}}, but its parts add up to {{sum}} (difference {{difference}}). Check this figure or its parts.",
    },
    // the number row's identities (./identitasNomor)
    formColumnNumbers: {
      id: '{{name}}tertulis {{written}}, tetapi menurut nomor kolom formulir "{{label}}" nilainya {{columns}} = {{sum}} (selisih {{difference}}). Perbaiki angka ini atau angka pembentuknya.',
      en: '{{name}}{{written}} is written, but the form\'s column numbers say "{{label}}": {{columns}} = {{sum}} (difference {{difference}}). Correct this figure or the ones it is made of.',
    },
    // the same sum as the table's total row computes it across its row (./identitasNomor)
    totalRowFormula: {
      id: '{{name}}tertulis {{written}}, tetapi baris jumlah tabel ini menghitung kolom ini sebagai {{columns}} ("{{label}}"), dan di baris ini {{columns}} = {{sum}} (selisih {{difference}}). Perbaiki angka ini atau angka pembentuknya.',
      en: '{{name}}{{written}} is written, but the table\'s total row computes this column as {{columns}} ("{{label}}"), and on this row {{columns}} = {{sum}} (difference {{difference}}). Correct this figure or the ones it is made of.',
    },
    // a period's total over its quarters, semesters or months (./identitasPeriode)
    periodSum: {
      id: "{{name}}{{kind}}{{toDate}}{{year}} tertulis {{written}}, tetapi {{parts}} (kolom {{columns}}) = {{sum}} (selisih {{difference}}). Perbaiki angka ini atau angka pembentuknya.",
      en: "{{name}}the {{kind}}{{toDate}}{{year}} is {{written}}, but {{parts}} (columns {{columns}}) = {{sum}} (difference {{difference}}). Correct this figure or the ones it is made of.",
    },
    levelSummed: {
      id: "{{name}}realisasi kinerja{{toDate}}{{year}} tertulis {{written}}, yaitu {{parts}} (kolom {{columns}}). Indikator ini berupa tingkat (persentase, rasio, indeks) yang tidak dijumlahkan: nilainya adalah nilai terakhir, {{last}} (kolom {{lastColumn}}).",
      en: "{{name}}the performance realisation{{toDate}}{{year}} is {{written}}, which is {{parts}} (columns {{columns}}). This indicator is a level (a percentage, ratio or index) that does not add up: its value is the latest one, {{last}} (column {{lastColumn}}).",
    },
    // a row whose label states its sum over the numbered rows, "SiLPA (3 + 6)" (./identitasUraian)
    rowLabelIdentity: {
      id: '{{name}}tertulis {{written}}, tetapi menurut uraiannya "{{label}}" nilainya {{cells}} = {{sum}} (selisih {{difference}}). Perbaiki angka ini atau angka pembentuknya.',
      en: '{{name}}{{written}} is written, but its label says "{{label}}": {{cells}} = {{sum}} (difference {{difference}}). Correct this figure or the ones it is made of.',
    },
    // a running total down a table of periods (./kumulatifBaris)
    runningTotal: {
      id: '{{name}}kolom "{{column}}" tertulis {{written}}, tetapi "{{period}}" sampai baris ini ({{columns}}) berjumlah {{sum}} (selisih {{difference}}), padahal baris lain tabel ini menjumlahkannya. Perbaiki angka ini atau angka rinciannya.',
      en: '{{name}}the column "{{column}}" is {{written}}, but "{{period}}" up to this row ({{columns}}) adds up to {{sum}} (difference {{difference}}), while the table\'s other rows add it up. Correct this figure or its parts.',
    },
    // a "Jumlah ..." column of a recap against the group of columns beside it (./rekapHitungan)
    columnGroupSum: {
      id: '{{name}}{{column}} tertulis {{written}}, tetapi kolom "{{group}}" ({{columns}}) berjumlah {{sum}} (selisih {{difference}}), padahal di {{agree}} baris lain tabel ini keduanya sama. Perbaiki angka ini atau angka rinciannya.',
      en: '{{name}}{{column}} is {{written}}, but the columns "{{group}}" ({{columns}}) add up to {{sum}} (difference {{difference}}), while in {{agree}} other rows of this table the two agree. Correct this figure or its parts.',
    },
    // a DPA's cash plan against its pagu (./anggaranKas)
    cashPlan: {
      id: "{{name}}anggaran kas empat triwulan ({{columns}}) berjumlah {{sum}}, sedangkan pagu DPA-nya {{pagu}} (selisih {{difference}}). Anggaran kas setahun harus sama dengan pagu: periksa angka triwulannya atau pagunya.",
      en: "{{name}}the cash plan of the four quarters ({{columns}}) adds up to {{sum}}, while the DPA ceiling is {{pagu}} (difference {{difference}}). A year's cash plan must equal the ceiling: check the quarters or the ceiling.",
    },
    // a column sum that stops short of the rows the row's other sums add (./rumusTetangga)
    rowSumShort: {
      id: "{{name}}rumus ={{formula}} menjumlahkan baris {{own}} saja, padahal di kolom {{columns}} baris ini menjumlahkan baris {{rows}}; dengan baris yang tertinggal jumlahnya {{sum}} (selisih {{difference}}). Perluas rentang rumusnya.",
      en: "{{name}}the formula ={{formula}} adds rows {{own}} only, while in columns {{columns}} this row adds rows {{rows}}; with the rows left out the sum is {{sum}} (difference {{difference}}). Widen the formula's range.",
    },
    // a typed cell among the row's column sums (./rumusTetangga)
    typedAmongRowSums: {
      id: "{{name}}tertulis {{written}} (diketik), padahal di kolom {{columns}} baris ini adalah rumus jumlah baris {{rows}}; di kolom ini baris-baris itu berjumlah {{sum}} (selisih {{difference}}). Pakai rumus yang sama, atau periksa angkanya.",
      en: "{{name}}{{written}} is typed, while in columns {{columns}} this row is a formula adding rows {{rows}}; in this column those rows add up to {{sum}} (difference {{difference}}). Use the same formula, or check the figure.",
    },
    // a total that SUMs subtotals with the rows they add (./jumlahGanda)
    countedTwice: {
      id: "{{name}}rumus ={{formula}} menjumlahkan baris sub jumlah ({{subtotals}}) beserta rincian yang sudah dijumlahkannya, sehingga semuanya terhitung dua kali ({{written}}); tanpa baris sub jumlah itu jumlahnya {{sum}}. Jumlahkan sub jumlahnya saja, atau rinciannya saja.",
      en: "{{name}}the formula ={{formula}} adds the subtotal rows ({{subtotals}}) together with the rows they already add, so everything is counted twice ({{written}}); without those subtotal rows the sum is {{sum}}. Add the subtotals only, or the rows only.",
    },
    // a total row that SUMs a column of ratios (./jumlahRasio)
    summedRatios: {
      id: "{{name}}kolom {{column}} menjumlahkan {{rows}} persentase di atasnya ({{written}}), padahal persentase tidak dapat dijumlahkan; persentase keseluruhan dihitung dari jumlah baris ini sendiri: {{formula}} = {{want}}. Ganti rumusnya.",
      en: "{{name}}column {{column}} adds up the {{rows}} percentages above it ({{written}}), but percentages do not add up; the overall percentage comes from this row's own totals: {{formula}} = {{want}}. Replace the formula.",
    },
    // a row's own +/- formula saved without recalculation (./rumusTersimpan)
    staleFormula: {
      id: "{{name}}nilai tersimpan di kolom {{column}} {{saved}}, tetapi rumusnya ={{formula}} memberi {{result}}: buku kerja disimpan tanpa dihitung ulang. Tekan F9 (hitung ulang), periksa hasilnya, lalu simpan sebelum mengirim.",
      en: "{{name}}the saved value in column {{column}} is {{saved}}, but its formula ={{formula}} gives {{result}}: the workbook was saved without recalculating. Press F9 (recalculate), check the result, and save before sending.",
    },
  },
  fixable: "value",
  check(table, ctx) {
    const grid = ctx.grid;
    // the number row's own identities first (the form says them in so many words), then those
    // the columns' meaning gives, on cells the number row did not already judge
    const out: RuleFinding[] = cekIdentitasNomor(table, grid);
    const seen = new Set(out.map((f) => `${f.row}:${f.col}`));
    for (const f of identitasPeriode(table, grid)) if (!seen.has(`${f.row}:${f.col}`)) out.push(f);
    // a total that SUMs a column of ratios (./jumlahRasio), or subtotals with their rows (./jumlahGanda)
    for (const f of [...jumlahRasio(table, grid, ctx.settings.toleransi), ...jumlahGanda(table, grid)])
      if (!out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
    // a row's sum of counts and money together (./jumlahCampur)
    for (const f of jumlahCampur(table, grid))
      if (!out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
    // and a row's own +/- formula whose saved value is not its result (./rumusTersimpan)
    for (const f of rumusTersimpan(table, grid))
      if (!seen.has(`${f.row}:${f.col}`) && !out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
    // last, on cells no other reading judged: a typed cell among its row's column sums, a column
    // sum that stops short of theirs (./rumusTetangga)
    const tutup = (): RuleFinding[] => {
      for (const f of rumusTetangga(table, grid))
        if (!out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
      // a cell computed as a ratio ("=ROUND(I13/F13*100,2)", the share of a subtotal's own
      // amounts) is no sum of the rows above it, whatever its column was read as (forms-blind91's
      // "Persentase Penyaluran (%)" under "Penyaluran BOSP (Rp)"): a stale one is capaian-mismatch's
      return out.filter((f) => !rasioSel(grid, f.row, f.col));
    };
    // and a recap of counts whose columns name no role, by its own sums (./rekapHitungan), and a
    // DPA's cash plan against its pagu (./anggaranKas)
    for (const f of [
      ...rekapHitungan(table, grid),
      ...anggaranKas(table, grid),
      ...kumulatifBaris(table, grid),
      ...identitasUraian(table, grid),
    ])
      if (!out.some((o) => o.row === f.row && o.col === f.col)) out.push(f);
    const cols = sumColumns(table);
    if (cols.length === 0) return tutup();
    const groups = [...codeGroups(table, grid, cols), ...valueGroups(table)];
    // (the levels a cascade names, for the rows its codes leave without children: its tujuan
    // and sasaran over their programs)
    const dariKode = new Set(groups.map((g) => g.parent.row));
    groups.push(...levelGroups(table, grid, cols).filter((g) => !dariKode.has(g.parent.row)));
    if (groups.length === 0) groups.push(...outlineGroups(table, grid, cols));
    // (filled by loops, not lists of lists: tables run to thousands of rows)
    const childRows = new Set<number>();
    for (const g of groups) for (const c of g.children) childRows.add(c.row);
    const groupOf = new Map(groups.map((g) => [g.parent.row, g]));
    // parents in the budget hierarchy (a second indicator line under its sub kegiatan is none)
    const parentOf = new Map<number, number>();
    for (const r of table.rows)
      if (
        r.parent !== undefined &&
        (r.kind === "kegiatan" || r.kind === "sub-kegiatan" || r.kind === "komponen")
      )
        parentOf.set(r.row, r.parent);
    const culprits = new Set<string>();

    // Totals: the top-level rows between the previous total (or section) and this one.
    // Sections without a total of their own (T-C.29's urusan headings) do not close the rows
    // above them: a Jumlah after two of them adds both. Its own section's rows alone also count.
    const totals: Array<{ total: DetectedRow; parts: DetectedRow[]; section?: DetectedRow[] }> = [];
    let start = 0;
    let sectionStart = 0;
    const partsIn = (from: number, to: number): DetectedRow[] =>
      table.rows
        .slice(from, to)
        .filter(
          (p) =>
            p.kind !== "section" &&
            (p.kind !== "total" || groupOf.has(p.row)) &&
            p.kind !== "indikator-lanjutan" &&
            p.kind !== "komponen" &&
            !childRows.has(p.row),
        );
    table.rows.forEach((r, i) => {
      if (r.kind === "section") sectionStart = i + 1;
      // a subtotal (a total with its own parts) is a part of the grand total below it
      if (r.kind !== "total" || groupOf.has(r.row)) return;
      const parts = partsIn(start, i);
      const section = sectionStart > start ? partsIn(sectionStart, i) : undefined;
      if (parts.length) totals.push({ total: r, parts, section });
      start = sectionStart = i + 1;
    });

    for (const { total, parts: all, section } of totals) {
      // rows a part's own sum formula adds up (programs under a sasaran subtotal "=D11+D12") are
      // inside that part: counted once, through it. The nesting is the table's, so a column whose
      // parts hold no such formula ("Jumlah 2025-2029" = SUM across the row) follows the others.
      // Followed down the nesting (a program's formula adds kegiatan, theirs add sub kegiatan,
      // and a sub kegiatan's adds the lettered lines under it: forms-blind20).
      const inner = new Set<number>();
      for (const c of cols) {
        const seen = new Set<number>();
        const todo = all.map((p) => p.row);
        for (let row = todo.pop(); row !== undefined; row = todo.pop()) {
          const refs = sumReferences(grid.formula(row, c.col)) ?? [];
          // a running total ("=E11+D12": last month's position plus this month's) reads another
          // column too: it nests nothing (forms-blind37's BLUD realisation s.d. bulan ini)
          if (refs.some(([, rc]) => rc !== c.col)) continue;
          for (const [r, rc] of refs)
            if (rc === c.col && r !== row && !seen.has(r)) {
              seen.add(r);
              inner.add(r);
              todo.push(r);
            }
        }
      }
      for (const g of ikutiPola(all, inner)) if (!groupOf.has(g.parent.row)) groups.push(g);
      const parts = inner.size ? all.filter((p) => !inner.has(p.row)) : all;
      for (const c of cols) {
        // a running total's JUMLAH is its last position, not a sum of positions
        if (berjalan(grid, all, c.col)) continue;
        // nor is a position the total row takes from one row ("Saldo Awal": =B9, ./values)
        if (salinanBaris(grid, total.row, c.col, all)) continue;
        // nor a total computed across its own row ("Saldo Akhir" =B13+C13+D13-E13): it is the sum
        // of its column only if what it reads is, and a column that is not says so itself
        if (rumusMenyamping(grid, total.row, c.col)) continue;
        const t = numAt(grid, total.row, c.col);
        const s = sumOf(grid, parts, c.col);
        if (!t || s === undefined) continue;
        if (jumlahSama(s, t.value)) continue;
        const own = section && sumOf(grid, section, c.col);
        if (own !== undefined && jumlahSama(own, t.value)) continue;
        // the total's own formula over other rows (the sasaran subtotals), adding up: the sheet
        // says what it sums
        if (formulaDecides(grid, total.row, c.col, parts, t.value, parentOf)) continue;
        // a level carried into the total row: every part and the total hold the same number
        // ("Jumlah Tempat Tidur" 245 in each month and in "Jumlah / Tahun", forms-blind105)
        if (nilaiTetap(grid, parts, c.col, t.value)) continue;
        // Does the total agree with the parts once a group row is replaced by its own parts' sum?
        let blamed = false;
        for (const p of parts) {
          const g = groupOf.get(p.row);
          const pv = numAt(grid, p.row, c.col);
          const gs = g ? sumOf(grid, g.children, c.col) : undefined;
          if (!g || !pv || gs === undefined) continue;
          if (jumlahSama(s - pv.value + gs, t.value)) {
            culprits.add(`${p.row}:${c.col}`);
            out.push({
              ...identity(p.row, g.children, c.col),
              row: p.row,
              col: c.col,
              expected: gs,
              actual: pv.value,
              messageId: "partOfAgreeingTotal",
              data: data(grid, table, g, c, pv.value, gs),
              fix: { value: gs },
            });
            blamed = true;
            break;
          }
        }
        // a typed total that the parts reach once one typed part loses (or gains) a zero: the
        // total is right and that part is the slip (forms-blind313's auction value)
        const nol =
          blamed || grid.formula(total.row, c.col)
            ? undefined
            : temuanNol(grid, table, total.row, parts, c, t.value);
        if (nol) {
          culprits.add(`${nol.row}:${c.col}`);
          out.push(nol);
          blamed = true;
        }
        if (!blamed) {
          out.push({
            ...identity(total.row, parts, c.col),
            row: total.row,
            col: c.col,
            expected: s,
            actual: t.value,
            messageId: "total",
            data: data(grid, table, { parent: total, children: parts }, c, t.value, s),
          });
        }
      }
    }

    for (const g of groups) {
      for (const c of cols) {
        // (the key is built only when a part was blamed: most tables have none)
        if (culprits.size > 0 && culprits.has(`${g.parent.row}:${c.col}`)) continue;
        const p = numAt(grid, g.parent.row, c.col);
        const s = sumOf(grid, g.children, c.col);
        if (!p || s === undefined || jumlahSama(s, p.value)) continue;
        // What the sheet says first: a SUM over rows of its own choosing that adds up is trusted
        // over the grouping read from codes or values (a mis-coded row is code-hierarchy's finding).
        if (formulaDecides(grid, g.parent.row, c.col, g.children, p.value, parentOf)) continue;
        if (rowFormulaHolds(grid, g.parent.row, c.col, g.children)) continue;
        // (a typed parent its typed parts reach once one loses a zero: the part is the slip,
        // forms-blind319's Renja Rp typed ten times under a kegiatan that has the right sum)
        const nol = grid.formula(g.parent.row, c.col)
          ? undefined
          : temuanNol(grid, table, g.parent.row, g.children, c, p.value);
        if (nol) {
          out.push(nol);
          continue;
        }
        out.push({
          ...identity(g.parent.row, g.children, c.col),
          row: g.parent.row,
          col: c.col,
          expected: s,
          actual: p.value,
          messageId: g.by === "kode" ? "parentCode" : "parent",
          data: data(grid, table, g, c, p.value, s),
        });
      }
    }
    return tutup();
  },
};
