// The evaluation forms' sums over time (E.81 / E.79 / T-C.19, docs/desain.md "Forms"), checked by
// sum-mismatch:
// - the year's realisation is the sum of its four quarters (E.81 col 12 = 8 + 9 + 10 + 11), or of
//   its two semesters;
// - the realisation "s.d." a year is that "s.d." the year before plus the year's own
//   (E.81 col 13 = 6 + 12).
// Rp always; K only for an indicator that counts a flow (./konsolidasi): for rates and stocks
// a quarter's K is a level, and the year's K is the latest level, not a sum.
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { bagianKepala, bulanKe, daunKepala, norm } from "../detect/text";
import { colToLetters } from "../grid";
import {
  aditifBaris,
  awalan,
  bagianTahun,
  barisData,
  levelTetap,
  namaIndikator,
  satuanBaris,
  penerimaSatuSuku,
} from "./tahunan";
import { tingkatPasti } from "./konsolidasi";
import { PLAN_ROLES } from "../detect/peran";
import type { RuleFinding } from "./types";
import { numAt, jumlahSama } from "./values";
import type { Cells } from "./precision";

const REAL = new Set(["realisasi", "realisasi-anggaran"]);
const BULAN_INI = /\b(bulan|bln\.?) ini\b/;
const BULAN_LALU = /\b(bulan|bln\.?) (lalu|sebelumnya)\b/;

type Identity = {
  total: DetectedColumn;
  parts: DetectedColumn[];
  what: { id: string; en: string };
};

const ARUS_KOLOM = /\b(produksi|penerimaan|pendapatan|kunjungan|penjualan|pengunjung)\b/;

function isRp(c: DetectedColumn): boolean {
  return c.ukuran === "Rp" || c.role === "realisasi-anggaran" || c.role === "anggaran";
}

const BULAN_KE = Array.from({ length: 12 }, (_, i) => i + 1);

/** The month a month's own column names by its last label ("Target Bulanan > Jan" -> 1). */
function bulanKolom(c: DetectedColumn): number | undefined {
  if (!c.month) return undefined;
  return bulanKe(daunKepala(c.header));
}

/**
 * The year's value as the sum of its four quarters or its two semesters, among `same` (columns of
 * one kind: plan or realisation, K or Rp).
 */
function yearOfParts(same: DetectedColumn[], y: number, kind: "target" | "realisasi"): Identity[] {
  return [...sampaiTriwulan(same, y), ...tahunDariBagian(same, y, kind)];
}

/**
 * "Realisasi s.d. Triwulan III" of an E.81 reported mid-year beside the quarters' own columns:
 * the quarters so far add up to it (forms-blind53).
 */
function sampaiTriwulan(same: DetectedColumn[], y: number): Identity[] {
  const out: Identity[] = [];
  for (const sd of same) {
    const q = sd.quarter;
    if (sd.year !== y || !sd.toDate || q === undefined || q < 2) continue;
    const parts = Array.from({ length: q }, (_, i) =>
      same.filter((c) => c.year === y && c.quarter === i + 1 && !c.toDate),
    );
    if (!parts.every((p) => p.length === 1)) continue;
    const romawi = ["I", "II", "III", "IV"][q - 1];
    out.push({
      total: sd,
      parts: parts.map((p) => p[0]),
      what: { id: `jumlah triwulan I s.d. ${romawi}`, en: `the sum of quarters I to ${romawi}` },
    });
  }
  return out;
}

function tahunDariBagian(same: DetectedColumn[], y: number, kind: "target" | "realisasi"): Identity[] {
  let year = same.filter((c) => c.year === y && !c.toDate && !bagianTahun(c));
  // "Pagu 2025 | Rencana Penyerapan > TW I .. TW IV | Jumlah" (forms-blind31): the parts' total is
  // the year column under their own heading
  if (year.length > 1) {
    const kelompok = (c: DetectedColumn): string => bagianKepala(c.header)[0];
    const parts = same.filter((c) => c.year === y && bagianTahun(c) && !c.toDate);
    const heads = new Set(parts.map(kelompok));
    if (heads.size === 1) year = year.filter((c) => heads.has(kelompok(c)) && c.header.includes(" > "));
  }
  if (year.length !== 1) return [];
  // stages: as many as the year has, from the first on
  const tahap = same.filter((c) => c.year === y && c.tahap !== undefined).length;
  const split = [
    { n: [1, 2, 3, 4], of: (c: DetectedColumn) => c.quarter, id: "empat triwulan", en: "four quarters" },
    { n: [1, 2], of: (c: DetectedColumn) => c.semester, id: "dua semester", en: "two semesters" },
    {
      n: Array.from({ length: tahap }, (_, i) => i + 1),
      of: (c: DetectedColumn) => c.tahap,
      id: `${tahap} tahap`,
      en: `${tahap} stages`,
    },
    // "Target Bulanan > Jan .. Des" of a Rencana Aksi (forms-blind31)
    { n: BULAN_KE, of: (c: DetectedColumn) => bulanKolom(c), id: "dua belas bulan", en: "twelve months" },
  ].filter((s) => s.n.length >= 2);
  const out: Identity[] = [];
  for (const s of split) {
    // (no column of the year split this way, the common case: no list per part to find it)
    if (!same.some((c) => c.year === y && !c.toDate && s.of(c) !== undefined)) continue;
    const parts = s.n.map((q) => same.filter((c) => c.year === y && s.of(c) === q && !c.toDate));
    if (!parts.every((p) => p.length === 1)) continue;
    out.push({
      total: year[0],
      parts: parts.map((p) => p[0]),
      what:
        kind === "target"
          ? same.some((c) => c.role === "anggaran")
            ? { id: `jumlah pagu ${s.id}`, en: `the sum of the ${s.en}' budgets` }
            : { id: `jumlah target ${s.id}`, en: `the sum of the ${s.en}' targets` }
          : { id: `jumlah ${s.id}`, en: `the sum of the ${s.en}` },
    });
  }
  return out;
}

/** The identities a table's columns allow, per money / performance kind. */
function identities(table: DetectedTable): Identity[] {
  const out: Identity[] = [];
  // the end-period Rp is the sum of the years' Rp when the table shows the whole period
  // (beside a final condition, T-C.27's, kondisi-akhir-mismatch checks it)
  const akhir = table.columns.some((c) => c.role === "kondisi-akhir")
    ? []
    : table.columns.filter((c) => c.role === "anggaran" && c.endOfPeriod && isRp(c));
  const tahunan = table.columns
    .filter((c) => c.role === "anggaran" && isRp(c) && c.year !== undefined && !c.toDate && !bagianTahun(c))
    .sort((a, b) => (a.year as number) - (b.year as number));
  const ys = tahunan.map((c) => c.year as number);
  const runtut = ys.length >= 4 && ys.every((y, i) => i === 0 || y === ys[i - 1] + 1);
  if (akhir.length === 1 && runtut)
    out.push({
      total: akhir[0],
      parts: tahunan,
      what: {
        id: `jumlah Rp tahun ${ys[0]}-${ys[ys.length - 1]}`,
        en: `the sum of the Rp of ${ys[0]}-${ys[ys.length - 1]}`,
      },
    });
  // targets by quarter ("Target per Triwulan > I .. IV") add up to the year's target the same way
  const plan = table.columns.filter((c) => PLAN_ROLES.has(c.role) && c.year !== undefined && !c.endOfPeriod);
  for (const rp of [true, false]) {
    const same = plan.filter((c) => isRp(c) === rp);
    for (const y of new Set(same.map((c) => c.year as number))) out.push(...yearOfParts(same, y, "target"));
  }
  const real = table.columns.filter((c) => REAL.has(c.role) && c.year !== undefined);
  for (const rp of [true, false]) {
    const same = real.filter((c) => isRp(c) === rp);
    const years = new Set(same.map((c) => c.year as number));
    for (const y of years) {
      const year = same.filter((c) => c.year === y && !c.toDate && !bagianTahun(c));
      out.push(...yearOfParts(same, y, "realisasi"));
      // a monthly report: "Real. s.d. Bln Lalu" + "Real. Bln Ini" = "Realisasi s.d. Bln Ini"
      // (forms-blind24's SIPD export)
      const bulan = (c: DetectedColumn, re: RegExp) => c.year === y && re.test(c.header.toLowerCase());
      const sdIni = same.filter((c) => c.toDate && bulan(c, BULAN_INI));
      const sdLalu = same.filter((c) => c.toDate && bulan(c, BULAN_LALU));
      const ini = same.filter((c) => c.month && !c.toDate && bulan(c, BULAN_INI));
      if (sdIni.length === 1 && sdLalu.length === 1 && ini.length === 1)
        out.push({
          total: sdIni[0],
          parts: [sdLalu[0], ini[0]],
          what: {
            id: "realisasi s.d. bulan lalu ditambah realisasi bulan ini",
            en: "the realisation to last month plus this month's",
          },
        });
      const sd = same.filter((c) => c.year === y && c.toDate && !bagianTahun(c));
      const sdBefore = same.filter((c) => c.year === y - 1 && c.toDate && !bagianTahun(c));
      if (sd.length === 1 && sdBefore.length === 1 && year.length === 1)
        out.push({
          total: sd[0],
          parts: [sdBefore[0], year[0]],
          what: {
            id: `realisasi s.d. ${y - 1} ditambah realisasi ${y}`,
            en: `the realisation to ${y - 1} plus the realisation of ${y}`,
          },
        });
    }
  }
  return out;
}

function kindName(c: DetectedColumn, lang: "id" | "en", row?: DetectedRow): string {
  if (row?.role === "target") return "target";
  if (row?.role === "realisasi") return lang === "id" ? "realisasi" : "realisation";
  if (c.endOfPeriod) return lang === "id" ? "pagu akhir periode" : "end-of-period budget";
  if (c.role === "anggaran") return lang === "id" ? "pagu" : "budget";
  if (c.role === "target") return "target";
  if (lang === "id") return isRp(c) ? "realisasi anggaran" : "realisasi kinerja";
  return isRp(c) ? "budget realisation" : "performance realisation";
}

/** Row-wise tables: a "s.d. Y" column against the year columns up to Y. */
function rowWiseIdentities(table: DetectedTable): Identity[] {
  if (table.orientation !== "rows") return [];
  const years = table.columns
    .filter((c) => c.year !== undefined && !c.toDate && !c.endOfPeriod)
    .sort((a, b) => (a.year as number) - (b.year as number));
  return table.columns
    .filter((c) => c.toDate && c.year !== undefined)
    .flatMap((sd) => {
      const parts = years.filter((c) => (c.year as number) <= (sd.year as number));
      const ys = parts.map((c) => c.year as number);
      if (parts.length < 2 || !ys.every((y, i) => i === 0 || y === ys[i - 1] + 1)) return [];
      return [
        {
          total: sd,
          parts,
          what: {
            id: `jumlah tahun ${ys[0]}-${ys[ys.length - 1]}`,
            en: `the sum of ${ys[0]}-${ys[ys.length - 1]}`,
          },
        },
      ];
    });
}

export function identitasPeriode(table: DetectedTable, grid: Grid): RuleFinding[] {
  const ids = [...identities(table), ...rowWiseIdentities(table)];
  if (ids.length === 0) return [];
  const out: RuleFinding[] = [];
  // (or the rows' own heading: "Uraian Pendapatan Asli Daerah" over Pajak, Retribusi, ..., each
  // realised per quarter, forms-blind332)
  const kepalaBaris = norm(table.columns.find((c) => c.role === "indikator")?.header ?? "");
  // (not on totals: a wrong line above makes its total's year disagree with the total's quarters
  // too, through sums this check does not follow)
  for (const row of barisData(table)) {
    if (row.kind === "total") continue;
    if (table.orientation === "rows" && row.role !== "target" && row.role !== "realisasi") continue;
    let flow: ReturnType<typeof aditifBaris> | undefined;
    for (const id of ids) {
      if (!isRp(id.total)) {
        flow ??= aditifBaris(table, grid, row);
        // the parts' heading names a flow ("Realisasi Produksi (ton) > Trw. I", forms-blind32)
        if (
          flow === "tidak-tahu" &&
          (ARUS_KOLOM.test(norm(id.parts[0].header)) || ARUS_KOLOM.test(kepalaBaris))
        )
          flow = "ya";
        // "Posisi / Jumlah s.d. TW IV" (forms-blind35): the heading allows the position for what
        // is a stock, so a stock ("terdaftar") summed is wrong, and a count's sum is not asked for
        const posisi = /\bposisi\b/.test(norm(id.total.header));
        if (
          flow === "tidak" &&
          (posisi || tingkatPasti(satuanBaris(table, grid, row), namaIndikator(table, grid, row)))
        ) {
          const f = summedLevel(table, grid, row, id);
          if (f) out.push(f);
        }
        if (flow !== "ya" || posisi) continue;
        // the row's own formula keeps one term: recipients, a level by the sheet's word (./tahunan penerimaSatuSuku)
        const partCols = id.parts.map((c) => c.col);
        if (penerimaSatuSuku(table, grid, row, id.total.col, partCols)) continue;
        // (the same count each quarter as its target: a level kept, ./tahunan levelTetap)
        if (levelTetap(table, grid, row, id.total.col, partCols)) continue;
      }
      const f = check(table, grid, row, id);
      if (f) out.push(f);
    }
  }
  return out;
}

/**
 * A level (a rate, a percentage, an index) summed over quarters or years: the total is exactly
 * the sum of its parts while it should be the latest level (the last part). Certain only when
 * the written value is that sum to the digit; anything else is left alone.
 */
function summedLevel(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
  id: Identity,
): RuleFinding | undefined {
  const t = numAt(grid, row.row, id.total.col);
  const parts = id.parts.map((c) => numAt(grid, row.row, c.col));
  if (!t || parts.some((p) => !p)) return undefined;
  const last = parts[parts.length - 1]?.value as number;
  const sum = parts.reduce((s, p) => s + (p?.value ?? 0), 0);
  if (jumlahSama(t.value, last) || !jumlahSama(t.value, sum) || parts.every((p) => p?.value === 0))
    return undefined;
  const nama = namaIndikator(table, grid, row);
  const lastCol = id.parts[id.parts.length - 1].col;
  const y = id.total.year !== undefined ? ` ${id.total.year}` : "";
  // " s.d." / " to date", or nothing
  const sd = id.total.toDate ? { id: " s.d.", en: " to date" } : "";
  return {
    row: row.row,
    col: id.total.col,
    expected: last,
    actual: t.value,
    inputs: [[row.row, lastCol]],
    recheck: (cells: Cells) => {
      const tv = cells(row.row, id.total.col);
      const lv = cells(row.row, lastCol);
      return tv === undefined || lv === undefined || jumlahSama(tv, lv);
    },
    // sum-mismatch's message (./sumMismatch declares it)
    messageId: "levelSummed",
    data: {
      name: awalan(nama),
      toDate: sd,
      year: y,
      written: t.value,
      parts: id.what,
      columns: id.parts.map((c) => colToLetters(c.col)).join(", "),
      last,
      lastColumn: colToLetters(lastCol),
    },
  };
}

function check(table: DetectedTable, grid: Grid, row: DetectedRow, id: Identity): RuleFinding | undefined {
  const t = numAt(grid, row.row, id.total.col);
  const parts = id.parts.map((c) => numAt(grid, row.row, c.col));
  // a "-" or a blank among twelve months is a month without any (a Rencana Aksi's monthly plan);
  // among quarters it may be one not reported yet
  const kosong = (i: number): boolean => {
    const v = grid.value(row.row, id.parts[i].col);
    return v === null || v === undefined || (typeof v === "string" && /^\s*-?\s*$/.test(v));
  };
  const months = id.parts.length === 12;
  if (!t || parts.some((p, i) => !p && !(months && kosong(i))) || parts.filter(Boolean).length < 2)
    return undefined;
  const sum = parts.reduce((s, p) => s + (p?.value ?? 0), 0);
  if (jumlahSama(sum, t.value)) return undefined;
  const nama = namaIndikator(table, grid, row);
  const cols = id.parts.map((c) => colToLetters(c.col)).join(", ");
  const y = id.total.year !== undefined ? ` ${id.total.year}` : "";
  // " s.d." / " to date", or nothing
  const sd = id.total.toDate ? { id: " s.d.", en: " to date" } : "";
  const inputs: Array<[number, number]> = id.parts.map((c) => [row.row, c.col]);
  return {
    row: row.row,
    col: id.total.col,
    expected: sum,
    actual: t.value,
    inputs,
    recheck: (cells: Cells) => {
      const tv = cells(row.row, id.total.col);
      const vs = id.parts.map((c) => cells(row.row, c.col));
      if (tv === undefined || vs.some((v) => v === undefined)) return true;
      return jumlahSama(
        vs.reduce((s: number, v) => s + (v as number), 0),
        tv,
      );
    },
    // sum-mismatch's message (./sumMismatch declares it)
    messageId: "periodSum",
    data: {
      name: awalan(nama),
      kind: { id: kindName(id.total, "id", row), en: kindName(id.total, "en", row) },
      toDate: sd,
      year: y,
      written: t.value,
      parts: id.what,
      columns: cols,
      sum,
      difference: t.value - sum,
    },
  };
}
