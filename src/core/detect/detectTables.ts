// Finds every Renstra / IKU table in a sheet: header band, columns and their roles and years,
// body bounds, row kinds. One pass down the sheet; a table's rows are not scanned again.
import type { Grid } from "../grid";
import { colToLetters, textOf } from "../grid";
import { satuanBenda } from "../numbers/satuan";
import { Band, bandsAt, headerPath } from "./band";
import { findBody } from "./body";
import { tableKind } from "./kind";
import { KATA_DIKERJAKAN, classifyHeader } from "./roles";
import { classifyRows } from "./rows";
import { Konteks, bagianTahun, konteksDari, resolveTime } from "./periode";
import { tebakRekap } from "./tebakanRekap";
import { realisasiDariCapaian } from "./realisasiRumus";
import { rowWise } from "./rowWise";
import {
  capaianSampaiNomor,
  pasanganCapaianNomor,
  salinanMenurutNomor,
  triwulanMenurutNomor,
} from "./nomorKolom";
import { MONEY_ROLES, UANG_TERSALUR, kondisiAkhirRupiah } from "./peran";
import {
  isYearText,
  judulTanpaAnggaran,
  kelompokKepala,
  labelAkhir,
  labelTanpaKurung,
  norm,
  yearIn,
} from "./text";
import { SKALA_PREDIKAT, glosaSaja, labelSkala, parsePolaritas } from "../indicators";
import type { DetectedColumn, DetectedRow, DetectedTable, Role } from "./types";

const MAX_TITLE_ROWS = 3;

function titleRows(grid: Grid, band: Band, floor: number): number[] {
  const rows: number[] = [];
  for (let r = band.top - 1; r > floor && rows.length < MAX_TITLE_ROWS; r--) {
    let cells = 0;
    for (let c = 1; c <= Math.max(band.c2, 1); c++) if (!grid.isBlank(r, c)) cells++;
    if (cells === 0) {
      if (rows.length && r < rows[rows.length - 1] - 1) break;
      continue;
    }
    if (cells > 2) break;
    rows.push(r);
  }
  return rows.reverse();
}

function columnsOf(
  grid: Grid,
  band: Band,
  first: number,
  last: number,
  ctx: Konteks,
  title: string,
): DetectedColumn[] {
  const cols: DetectedColumn[] = [];
  const paths: string[][] = [];
  for (let c = band.c1; c <= band.c2; c++) {
    const path = headerPath(grid, band, c);
    if (path.length === 0) {
      let used = false;
      for (let r = first; r <= last && !used; r++) used = !grid.isBlank(r, c);
      if (!used) continue; // an empty spacer column
    }
    const g = classifyHeader(path);
    const col: DetectedColumn = { col: c, role: g.role, header: path.join(" > "), certain: g.certain };
    if (g.year !== undefined) col.year = g.year;
    if (g.ukuran) col.ukuran = g.ukuran;
    cols.push(col);
    paths.push(path);
  }
  return resolveTime(tahunKeDariJudul(pairYears(moneyRealisations(cols), paths), title), paths, ctx);
}

/**
 * "2025" written once over a K / Rp pair without a merge: the Rp column right of a K column of a
 * year, under the same group heading, is of that year.
 */
function pairYears(cols: DetectedColumn[], paths: string[][]): DetectedColumn[] {
  return cols.map((c, i) => {
    const k = cols[i - 1];
    if (i === 0 || c.year !== undefined || c.ukuran !== "Rp" || k.ukuran !== "K" || k.year === undefined)
      return c;
    if (k.col !== c.col - 1 || (paths[i].length > 1 && paths[i][0] !== paths[i - 1][0])) return c;
    return { ...c, year: k.year };
  });
}

const CONTEXT_ROWS = 8;

/** Texts above the band (title, letterhead) nearest first, to resolve years the header leaves out. */
function textsAbove(grid: Grid, band: Band, floor: number): string[] {
  const out: string[] = [];
  for (let r = band.top - 1; r > floor && r >= band.top - CONTEXT_ROWS; r--) {
    const cells: string[] = [];
    for (let c = 1; c <= grid.colCount && cells.length <= 3; c++) {
      const v = grid.value(r, c);
      if (typeof v === "string" && v.trim()) cells.push(v);
    }
    if (cells.length && cells.length <= 3) out.push(cells.join(" "));
  }
  return out;
}

// "(dalam ribuan rupiah)", "(Rp 000)", "dalam juta rupiah": the factor of every Rp column.
function skalaRupiah(texts: string[]): number | undefined {
  for (const t of texts.map(norm)) {
    if (/ribuan rupiah|rp\.? ?\(?000\)?|dalam ribu|x ?rp\.? ?1\.?000\b/.test(t)) return 1000;
    if (/jutaan rupiah|juta rupiah|dalam juta/.test(t)) return 1_000_000;
  }
  return undefined;
}

/**
 * Columns headed by a year alone take their role from the table's title, as a guess:
 * "Capaian Kinerja Program Tahun 2017-2020" over 2017 ... 2020 holds realisations.
 */
function rolesFromTitle(cols: DetectedColumn[], title: string): DetectedColumn[] {
  if (cols.some((c) => c.quarter !== undefined || c.semester !== undefined)) return cols;
  const role = peranJudul(title);
  if (!role) return cols;
  return cols.map((c) =>
    c.role === "lainnya" && c.year !== undefined && !c.certain && isYearText(c.header) ? { ...c, role } : c,
  );
}

/** What a table's title says its period columns hold, when it says so. */
function peranJudul(title: string): Role | undefined {
  const t = norm(title);
  return /realisasi|capaian kinerja|pencapaian/.test(t)
    ? "realisasi"
    : /\btarget\b|rencana/.test(t)
      ? "target"
      : /anggaran|pagu|pendanaan/.test(t)
        ? "anggaran"
        : undefined;
}

// "Tahun - 1", "Tahun ke-2", "Th. III": a year counted from the plan's first, nothing else
const HANYA_TAHUN_KE = /^(tahun|th\.?)\s*(ke)?\s*-?\s*([1-9]|i{1,3}|iv|v)$/;

/**
 * "Pagu Indikatif Program (Rp)" over "Program | Tahun - 1 | Tahun - 2" (forms-blind336): columns
 * headed by a counted year alone hold what the title names, as a guess, and take their year from
 * the plan's period like any counted year; before the years are resolved, which needs the role.
 */
function tahunKeDariJudul(cols: DetectedColumn[], title: string): DetectedColumn[] {
  const role = peranJudul(title);
  if (!role) return cols;
  return cols.map((c) =>
    c.role === "lainnya" && c.year === undefined && !c.certain && HANYA_TAHUN_KE.test(norm(c.header))
      ? { ...c, role }
      : c,
  );
}

/**
 * "REKAPITULASI PENYALURAN BANTUAN SOSIAL ..." over "Tahap I > Nilai (Rp)": under a title of money
 * paid out that names no plan, amounts whose header names no plan either were paid out too
 * (forms-blind54); a "Pagu" or "Anggaran" column beside them stays the ceiling.
 */
function uangTersalur(cols: DetectedColumn[], title: string): DetectedColumn[] {
  // a title of money paid out ("PENYALURAN") may name its fiscal year and funds ("TAHUN ANGGARAN
  // 2024 (APBD dan DAK)", forms-blind44); a report of "REALISASI ... TAHUN ANGGARAN 2024" beside a
  // pagu is a budget's realisation report and keeps its columns (forms-blind51's BOS)
  // ("REKAPITULASI PENERIMA INSENTIF ... TAHUN ANGGARAN 2024", forms-blind169)
  const t = /\b(penyaluran|pencairan|penerima)\b/.test(norm(title)) ? judulTanpaAnggaran(title) : norm(title);
  // ("REKAPITULASI PENERIMA BANTUAN SOSIAL": what its recipients were paid, forms-blind67)
  if (!/\b(penyaluran|pencairan|penerimaan|penerima|realisasi)\b/.test(t) || RENCANA_UANG.test(t))
    return cols;
  // amounts that say themselves they were paid out ("Penyaluran Dana BPDPKS (Rp) > Tahap I") leave
  // the title nothing to say: the fund beside them ("Dana PSR (Rp)") is what they are held to
  // (forms-blind162)
  if (cols.some((c) => MONEY_ROLES.has(c.role) && UANG_TERSALUR.test(norm(c.header)))) return cols;
  return cols.map((c) =>
    c.role === "anggaran" && !RENCANA_UANG.test(judulTanpaAnggaran(c.header))
      ? { ...c, role: "realisasi-anggaran" }
      : c,
  );
}
// ("Nilai Hibah sesuai NPHD (Rp)": the grant agreement caps what is paid on it, forms-blind84;
// a tax's "Pokok Ketetapan (Rp)", what was assessed, is what its receipts are held to, forms-blind160)
const RENCANA_UANG =
  /\b(target|rencana|pagu|anggaran|alokasi|usulan|dpa|apbd|apbn|kebutuhan|prakiraan|nphd|ketetapan)\b/;

/**
 * In a budget table (anggaran per year, no performance target) "Realisasi ... Tahun ke" is the
 * money spent: seed Tabel 2.3.2 heads it "Realisasi Capaian Pada Tahun Ke" over Rupiah amounts.
 */
function moneyRealisations(cols: DetectedColumn[]): DetectedColumn[] {
  const budget = cols.some((c) => c.role === "anggaran" && c.ukuran !== "K");
  // ("Fisik %" beside the money is the works' progress, no performance measure: forms-blind24)
  const performance = cols.some((c) => c.role === "target" || (c.ukuran === "K" && c.role !== "lainnya"));
  if (!budget || performance) return cols;
  // (not what was done to things: "Kampung Terlayani Internet s.d. 2024 > BTS 4G" beside the
  // internet budget counts kampung, forms-blind103)
  // (nor what its own unit says is goods: "Komoditas Tersalur > Beras (ton) | Minyak Goreng
  // (liter)" beside the distribution's cost in Rp, forms-blind236)
  return cols.map((c) =>
    c.role === "realisasi" &&
    !KATA_DIKERJAKAN.test(norm(c.header)) &&
    !satuanBenda(satuanAkhir(norm(c.header)))
      ? { ...c, role: "realisasi-anggaran" }
      : c,
  );
}
/** The unit in a header's last brackets ("Beras (ton)" gives "ton"). */
const satuanAkhir = (h: string): string => /\(\s*([^()]*?)\s*\)\s*$/.exec(h)?.[1] ?? "";

/**
 * A realisation report's quarters ("LAPORAN REALISASI DAK ..." over "Triwulan I > Keuangan (Rp) |
 * Fisik (%)", beside "Realisasi s.d. Triwulan IV"): what each quarter holds is what was paid and
 * done, not a pagu and a target. Not where a quarter's path names a target or a plan (a PK's
 * Rencana Aksi gives targets per quarter).
 */
function quarterRealisations(cols: DetectedColumn[], title: string): DetectedColumn[] {
  const periodic = (c: DetectedColumn) => c.quarter !== undefined || c.semester !== undefined || c.month;
  const guessed = cols.filter(
    (c) => periodic(c) && (c.role === "anggaran" || c.role === "target") && !PLAN.test(norm(c.header)),
  );
  if (guessed.length === 0 || cols.some((c) => periodic(c) && PLAN.test(norm(c.header)))) return cols;
  const report =
    /\b(laporan realisasi|realisasi|evaluasi|pengendalian)\b/.test(norm(title)) ||
    cols.some((c) => c.role === "realisasi" || c.role === "realisasi-anggaran");
  if (!report || /\b(rencana aksi|target)\b/.test(norm(title))) return cols;
  const which = new Set(guessed);
  return cols.map((c) =>
    which.has(c) ? { ...c, role: c.role === "anggaran" ? "realisasi-anggaran" : "realisasi" } : c,
  );
}

/**
 * "Realisasi Triwulan I > Target | Rp": the pair's K under a realisation's heading, headed with the
 * word the form's target pair uses (forms-blind314's E.81, seven such columns), is the realisation;
 * not where the heading holds a realisation of its own beside it ("Realisasi Tahun 2024 > Target |
 * Realisasi | Capaian (%)", forms-blind166), nor under a heading that names a target too.
 */
function targetDiBawahRealisasi(cols: DetectedColumn[]): DetectedColumn[] {
  const ganti = new Set<DetectedColumn>();
  for (const c of cols) {
    if (c.role !== "target" || labelAkhir(c.header) !== "target") continue;
    const grup = kelompokKepala(c.header);
    const g = grup === undefined ? "" : norm(grup);
    if (!/^realisasi\b/.test(g) || /\btarget\b/.test(g)) continue;
    const saudara = cols.filter((k) => k !== c && kelompokKepala(k.header) === grup);
    if (saudara.length === 1 && saudara[0].ukuran === "Rp") ganti.add(c);
  }
  if (ganti.size === 0) return cols;
  return cols.map((c) => (ganti.has(c) ? { ...c, role: "realisasi", ukuran: "K" } : c));
}

/**
 * "Penjelasan" alone beside the figures of a report (realisations, capaian) explains the row's
 * result, a remark; in an IKU matrix without them it explains the indicator, a definition.
 */
function remarks(cols: DetectedColumn[]): DetectedColumn[] {
  if (!cols.some((c) => c.role === "realisasi" || c.role === "realisasi-anggaran" || c.role === "capaian"))
    return cols;
  return cols.map((c) =>
    c.role === "definisi" && /^penjelasan$/.test(labelAkhir(c.header)) ? { ...c, role: "keterangan" } : c,
  );
}

/**
 * "Target (Rp) | Realisasi (Rp) | %" with the group heading taken as the table's caption
 * (forms-blind20's LRA BLUD, two tables side by side under "PENDAPATAN BLUD" / "BELANJA BLUD"):
 * a lone "%" right after a realisation is its ratio, of the same year and measure.
 */
function loneRatios(cols: DetectedColumn[]): DetectedColumn[] {
  return cols.map((c, i) => {
    // (or after the "Lebih/(Kurang)" that follows it: an LRA, forms-blind26)
    const selisih = cols[i - 1]?.role === "lainnya" && /lebih|kurang|selisih/i.test(cols[i - 1].header);
    const prev = selisih && cols[i - 2]?.col === c.col - 2 ? { ...cols[i - 2], col: c.col - 1 } : cols[i - 1];
    if (c.role !== "lainnya" || !prev || prev.col !== c.col - 1 || !/^\(?(%|persen)\)?$/.test(norm(c.header)))
      return c;
    if (prev.role !== "realisasi" && prev.role !== "realisasi-anggaran") return c;
    const out: DetectedColumn = { ...c, role: "capaian", certain: true };
    if (prev.year !== undefined) out.year = prev.year;
    if (prev.ukuran) out.ukuran = prev.ukuran;
    else if (prev.role === "realisasi-anggaran") out.ukuran = "Rp";
    return out;
  });
}

/**
 * "Target Akhir Renstra" after the yearly targets of a plan (no realisation, no capaian beside
 * them) is the plan's final condition (forms-blind20's Renstra target table); in an evaluation form
 * it quotes the end-period target the realisation is measured against, and stays a target.
 */
function akhirRencana(cols: DetectedColumn[]): DetectedColumn[] {
  const report = cols.some(
    (c) => c.role === "realisasi" || c.role === "realisasi-anggaran" || c.role === "capaian",
  );
  const yearly = cols.filter((c) => c.role === "target" && c.year !== undefined && !c.endOfPeriod);
  if (report || yearly.length < 2) return cols;
  const last = Math.max(...yearly.map((c) => c.col));
  return cols.map((c) => {
    if (
      c.role !== "target" ||
      c.col <= last ||
      !/\btarget akhir\b|\bakhir (periode|renstra)\b/.test(norm(c.header))
    )
      return c;
    const out: DetectedColumn = { ...c, role: "kondisi-akhir", certain: true };
    delete out.endOfPeriod;
    // after three or more yearly targets, the last one's year, as detect/periode reads a
    // "Kondisi Kinerja pada Akhir Periode" there (forms-blind60's "Target Akhir Renstra")
    const years = yearly.map((t) => t.year as number);
    if (out.year === undefined && new Set(years).size >= 3) out.year = Math.max(...years);
    return out;
  });
}

/**
 * "Kode | Program | Pagu 2025 (Rp) | ...": without an indicator column, the column naming the
 * programme, kegiatan or perangkat daerah of each row is the row's name (forms-blind31's
 * Rencana Aksi Anggaran).
 */
/**
 * A works report's "Nilai Kontrak (Rp)" with no pagu beside it is the money the works are weighed
 * by, the table's only amount (forms-blind32's progres fisik); beside a pagu it is none
 * (forms-blind30's DAK report).
 */
function kontrakSaja(cols: DetectedColumn[], tahun: number | undefined): DetectedColumn[] {
  if (cols.some((c) => c.role === "anggaran")) return cols;
  return cols.map((c) => {
    if (c.role !== "lainnya" || !/^nilai kontrak\b/.test(labelAkhir(c.header))) return c;
    const out: DetectedColumn = { ...c, role: "anggaran", ukuran: "Rp", certain: true };
    if (tahun !== undefined) out.year = tahun;
    return out;
  });
}

function namaBaris(cols: DetectedColumn[]): DetectedColumn[] {
  if (cols.some((c) => c.role === "indikator")) return cols;
  // "Jenis Pengembangan Kompetensi | Satuan | Target | Realisasi | Capaian": any kind of thing
  // measured against a target names the rows (forms-blind50)
  const diukur = cols.some((c) => c.role === "target") && cols.some((c) => c.role === "realisasi");
  const i = cols.findIndex(
    (c) =>
      c.role === "lainnya" &&
      c.year === undefined &&
      (/^(nama )?(program|kegiatan|sub kegiatan|program \/ kegiatan|program dan kegiatan|bidang \/ kegiatan|komoditas|jenis komoditas|jenis layanan|jenis dokumen|jenis pelayanan)( \/ sub kegiatan)?$/.test(
        labelAkhir(c.header),
      ) ||
        (diukur && /^jenis [a-z]+( [a-z]+){0,2}$/.test(labelAkhir(c.header)))),
  );
  if (i < 0) return cols;
  return cols.map((c, j) => (j === i ? { ...c, role: "indikator", certain: true } : c));
}

/**
 * "2025 | 2026 | 2027 | 2028 | Target Akhir 2029": the yearly targets' last year, named as the
 * end (forms-blind30's IKU), when no other column holds that year's target and the years before it
 * run up to it. After a plan's full run of years it stays the final condition (akhirRencana).
 */
function targetTahunAkhir(cols: DetectedColumn[]): DetectedColumn[] {
  const yearly = cols.filter((c) => c.role === "target" && c.year !== undefined && !c.endOfPeriod);
  return cols.map((c) => {
    if (c.role !== "kondisi-akhir" || c.year === undefined || c.ukuran === "Rp") return c;
    if (!/\btarget\b/.test(norm(c.header))) return c;
    const y = c.year;
    if (yearly.some((t) => t.year === y) || !yearly.some((t) => t.year === y - 1)) return c;
    if (yearly.filter((t) => (t.year as number) < y).length < 2) return c;
    return { ...c, role: "target", certain: true };
  });
}

/**
 * T-C.27's "Kondisi Kinerja pada Akhir Periode > Rp" is the final condition in money, as its heading
 * and the form's identity say ("kondisi akhir Rp = the sum of the five years' Rp"): certain, with the
 * year of the K beside it. The rules read it as that sum (kondisiAkhirRupiah, detect/peran), never as
 * an indicator's value nor as one more year's pagu.
 */
function akhirRupiah(cols: DetectedColumn[]): DetectedColumn[] {
  return cols.map((c, i) => {
    if (!kondisiAkhirRupiah(c)) return c;
    const k = cols
      .slice(Math.max(0, i - 1), i + 2)
      .find((x) => x.role === "kondisi-akhir" && x.ukuran !== "Rp");
    const out: DetectedColumn = { ...c, certain: true };
    if (k?.year !== undefined) out.year = k.year;
    return out;
  });
}

/**
 * "Sumber Dana > PAD | DAU | DAK | DBH | Jumlah" (forms-blind21's DPA recap), "Jan .. Des | Jumlah
 * / Posisi Akhir 2024" (forms-blind22's monthly service report): a "Jumlah" right after amounts or
 * parts of one year is that year's own figure of the same kind.
 */
function jumlahSumber(cols: DetectedColumn[]): DetectedColumn[] {
  const KINDS = new Set(["anggaran", "realisasi", "realisasi-anggaran"]);
  return cols.map((c, i) => {
    const before = cols.slice(Math.max(0, i - 2), i);
    const leaf = labelAkhir(c.header);
    // "TW I .. TW IV | Tahun 2024" (forms-blind23): the year alone after its quarters names its own
    // figure too
    // "Trw. I .. Trw. IV | Produksi Setahun" (forms-blind32): the year's own, named as the whole year
    const setahun =
      /\b(setahun|satu tahun|tahunan)$/.test(leaf) && before.every((b) => b.quarter !== undefined || b.month);
    const tahun = (isYearText(leaf) || setahun) && before.every((b) => b.quarter !== undefined || b.month);
    if (c.role !== "lainnya" || before.length < 2 || !(/^(jumlah|total)\b/.test(leaf) || tahun)) return c;
    const { role, year, ukuran } = before[0];
    if (!KINDS.has(role) || year === undefined || before[1].col !== c.col - 1) return c;
    if (tahun && !setahun && yearIn(leaf) !== year) return c;
    if (!before.every((b) => b.role === role && b.year === year && b.ukuran === ukuran)) return c;
    const out: DetectedColumn = { col: c.col, role, year, header: c.header, certain: true };
    if (role === "anggaran") out.ukuran = "Rp";
    else if (ukuran) out.ukuran = ukuran;
    return out;
  });
}

/**
 * A column named like an indicator whose cells are all numbers ("IKA | IKU | IKTL", the air-quality
 * index under "Komponen Indeks", forms-blind42): a value, not the rows' names. So is a place
 * column of numbers ("PLTS Komunal > Lokasi (desa / gedung)": how many sites, forms-blind79).
 */
function indikatorAngka(grid: Grid, cols: DetectedColumn[], rows: number[]): DetectedColumn[] {
  if (!cols.some((c) => c.role === "indikator" || c.role === "lokasi")) return cols;
  return cols.map((c) =>
    (c.role === "indikator" || c.role === "lokasi") && angkaSaja(grid, c.col, rows) >= 3
      ? { ...c, role: "lainnya", certain: false }
      : c,
  );
}

/** Numbers only in a column's filled data cells (a dash is none): their count, or 0 when any is not a number. */
function angkaSaja(grid: Grid, col: number, rows: number[]): number {
  let isi = 0;
  for (const r of rows) {
    const v = grid.value(r, col);
    if (v === null || v === undefined || (typeof v === "string" && /^\s*[-–—]?\s*$/.test(v))) continue;
    if (typeof v !== "number") return 0;
    isi++;
  }
  return isi;
}

// every word of the predikat scales ("sangat tinggi", "baik", "cukup berhasil"), normalised
const KATA_PREDIKAT = new Set(Object.values(SKALA_PREDIKAT).flatMap((s) => labelSkala(s).map(norm)));

/**
 * "Kinerja Tahun 2025 > Capaian (%) | Tingkat Capaian" where the second holds "Sangat Tinggi",
 * "Tinggi", ...: a capaian column of predikat words is the predikat (forms-blind92).
 */
function capaianBerkata(grid: Grid, cols: DetectedColumn[], rows: number[]): DetectedColumn[] {
  return cols.map((c) => {
    if (c.role !== "capaian" || c.ukuran === "Rp") return c;
    let kata = 0;
    for (const r of rows) {
      const v = grid.value(r, c.col);
      if (v === null || v === undefined || (typeof v === "string" && !v.trim())) continue;
      if (typeof v !== "string" || !KATA_PREDIKAT.has(norm(v))) return c;
      kata++;
    }
    return kata >= 3 ? { ...c, role: "predikat", certain: true } : c;
  });
}

/**
 * "Sasaran Bayi (Surviving Infant)" over numbers: the population a service is meant for, its
 * target, not the Sasaran text of a plan (forms-blind55).
 */
function sasaranAngka(
  grid: Grid,
  cols: DetectedColumn[],
  rows: number[],
  tahun: number | undefined,
): DetectedColumn[] {
  return cols.map((c) => {
    if (c.role !== "sasaran" || angkaSaja(grid, c.col, rows) < 3) return c;
    const out: DetectedColumn = { ...c, role: "target", certain: true };
    if (tahun !== undefined && out.year === undefined) out.year = tahun;
    return out;
  });
}

/**
 * "Kinerja 2023" before "Tahun 2024 > Target | Realisasi | Capaian (%)": the performance of a year
 * before the one realised is that year's realisation (forms-blind70's LKjIP).
 */
function kinerjaLalu(cols: DetectedColumn[]): DetectedColumn[] {
  const tahun = cols.filter((c) => c.role === "realisasi" && c.year !== undefined).map((c) => c.year!);
  if (tahun.length === 0) return cols;
  const kini = Math.min(...tahun);
  return cols.map((c) =>
    c.role === "lainnya" &&
    c.year !== undefined &&
    c.year < kini &&
    /^(kinerja|capaian kinerja|kinerja tahun)( tahun)? (19|20)\d\d$/.test(labelAkhir(c.header))
      ? { ...c, role: "realisasi", certain: true }
      : c,
  );
}

/**
 * "IKLH | Target IKLH (RPJMD) | Capaian (%)": the column named as the target's indicator is its
 * realisation (forms-blind42's IKLH by year).
 */
function realisasiSenama(cols: DetectedColumn[]): DetectedColumn[] {
  if (!cols.some((c) => c.role === "capaian") || cols.some((c) => c.role === "realisasi")) return cols;
  const nama = labelTanpaKurung;
  const targets = cols
    .filter((c) => c.role === "target")
    .map((c) => nama(c.header).replace(/^target\s+/, ""));
  return cols.map((c) => {
    if (c.role !== "lainnya" || !nama(c.header) || !targets.includes(nama(c.header))) return c;
    const out: DetectedColumn = { ...c, role: "realisasi", certain: true };
    const t = cols.find((x) => x.role === "target" && x.year !== undefined);
    if (t?.year !== undefined && out.year === undefined) out.year = t.year;
    return out;
  });
}

/**
 * "Kinerja Tahun 2024 > Capaian (%) | Tahun 2023 > Realisasi | Predikat": away from any capaian, a
 * predikat grades the table's one capaian, of its year (forms-blind204).
 */
function predikatSatuCapaian(c: DetectedColumn, cols: DetectedColumn[]): DetectedColumn {
  const capaian = cols.filter((x) => x.role === "capaian");
  const [satu] = capaian;
  if (capaian.length !== 1 || satu.year === undefined || satu.toDate || satu.endOfPeriod || bagianTahun(satu))
    return c;
  return { ...c, year: satu.year };
}

/**
 * "Capaian 2024 (%) | Predikat": a predikat without a year grades the year's capaian right before it
 * (forms-blind39), and takes its year.
 */
function predikatTahun(cols: DetectedColumn[]): DetectedColumn[] {
  const realised = new Set(cols.filter((c) => c.role === "realisasi").map((c) => c.year));
  return cols.map((c, i) => {
    const before = cols[i - 1];
    if (c.role !== "predikat" || c.year !== undefined) return c;
    if (!before || before.col !== c.col - 1 || before.role !== "capaian") return predikatSatuCapaian(c, cols);
    if (before.year === undefined || bagianTahun(before)) return c;
    if (before.toDate || before.endOfPeriod) return c;
    // "Tahun 2024 > Capaian (%) | Renstra 2021-2026 > Capaian thd 2026 (%) | Kategori Capaian": a
    // capaian against a later year's target, none realised, is how far the Renstra is; the grade
    // is the realised year's (forms-blind164)
    if (!realised.has(before.year)) {
      const tahun = cols
        .filter((x) => x.role === "capaian" && realised.has(x.year) && !x.toDate && !x.endOfPeriod)
        .map((x) => x.year!);
      if (tahun.length) return { ...c, year: Math.max(...tahun) };
    }
    return { ...c, year: before.year };
  });
}

/**
 * "Ket." holding only "Negatif" / "Positif" (or "Maksimal" / "Minimal"): the polarity, by what the
 * column holds (forms-blind26's row-wise LKjIP).
 */
function polaritasIsi(
  grid: Grid,
  cols: DetectedColumn[],
  rows: number[],
  barisan: boolean,
): DetectedColumn[] {
  // a "Sifat" column of "Tingkat / Jumlah" says how the quarters make the year, not which way is
  // better: remarks (forms-blind55)
  cols = cols.map((c) => {
    if (c.role !== "polaritas" || labelAkhir(c.header) !== "sifat") return c;
    const isi = rows.map((r) => grid.value(r, c.col)).filter((v) => typeof v === "string" && v.trim());
    return isi.length >= 2 && isi.every((v) => !parsePolaritas(String(v).trim())?.ok)
      ? { ...c, role: "keterangan" as const, certain: true }
      : c;
  });
  // a polarity says how achievement is judged: only beside targets or capaian ("Ket.: Naik /
  // Turun" beside a price's change says which way it moved, forms-blind60)
  // (a row-wise table's targets are rows)
  const dinilai = barisan || cols.some((c) => c.role === "target" || c.role === "capaian");
  const out = cols.map((c) => {
    if (c.role !== "keterangan" && !(c.role === "lainnya" && !c.certain)) return c;
    if (!dinilai) return c;
    let n = 0;
    for (const r of rows) {
      const v = grid.value(r, c.col);
      if (v === null || v === undefined || v === "" || v === "-") continue;
      // words only: a column of "-" or "+" signs says nothing
      if (typeof v !== "string" || !/\p{L}{3}/u.test(v) || !parsePolaritas(v.trim())?.ok) return c;
      // a gloss alone ("semakin kecil semakin baik" beside "-" in a Keterangan) explains its row,
      // as remarks do; it does not make a column of polarity words (forms-blind70, 75)
      if (!glosaSaja(v)) n++;
    }
    return n >= 2 ? { ...c, role: "polaritas" as const, certain: true } : c;
  });
  // and a "Sifat" column of "Kumulatif / Non Kumulatif" beside "Arah" (Naik / Turun): remarks, when
  // another column holds the polarity (forms-blind43)
  const polar = out.filter((c) => c.role === "polaritas");
  if (polar.length < 2) return out;
  const isi = (c: DetectedColumn): number =>
    rows.filter((r) => {
      const v = grid.value(r, c.col);
      return typeof v === "string" && !!parsePolaritas(v.trim())?.ok;
    }).length;
  const counts = polar.map(isi);
  if (Math.max(...counts) < 2) return out;
  return out.map((c) => {
    const i = polar.indexOf(c);
    return i >= 0 && counts[i] === 0 ? { ...c, role: "keterangan" as const } : c;
  });
}

/**
 * An LKjIP's "Capaian Tahun 2023" is that year's realisation as a rule, but when its cells are
 * percentages ("97%", "108%") beside rows counted in nilai, hari or kejadian, it is the year's
 * achievement (forms-blind30's kecamatan LKjIP): a realisation would carry each row's own unit.
 */
function capaianBerpersen(grid: Grid, cols: DetectedColumn[], rows: number[]): DetectedColumn[] {
  const satuan = cols.find((c) => c.role === "satuan");
  if (!satuan) return cols;
  return cols.map((c) => {
    if (c.role !== "realisasi" || !/\bcapaian\b/.test(norm(c.header)) || /realisasi/.test(norm(c.header)))
      return c;
    let persen = 0;
    let filled = 0;
    let lainSatuan = false;
    for (const r of rows) {
      const v = grid.value(r, c.col);
      if (v === null || v === undefined || v === "") continue;
      filled++;
      const fmt = grid.cell(r, c.col)?.numFmt ?? "";
      if (
        (typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*%\s*$/.test(v)) ||
        (typeof v === "number" && fmt.includes("%"))
      )
        persen++;
      const u = norm(textOf(grid.value(r, satuan.col)));
      if (u && !/^(%|persen|\(%\))$/.test(u)) lainSatuan = true;
    }
    return filled >= 2 && persen * 5 >= filled * 4 && lainSatuan
      ? { ...c, role: "capaian", certain: true }
      : c;
  });
}

const PLAN = /\b(target|rencana|sasaran|pagu|alokasi|anggaran)\b/;

/**
 * K and Rp of one year whose values say the opposite of their headers (the "Rp" column holds the
 * smaller numbers in most rows): the reading is not certain, so nothing arithmetic becomes an
 * error on it (docs/desain.md, "Precision before recall").
 */
function swappedPairs(grid: Grid, cols: DetectedColumn[], rows: number[]): DetectedColumn[] {
  const doubt = new Set<number>();
  for (const rp of cols) {
    // amounts only: a capaian pair (K % beside Rp %) compares nothing of the sort
    if (rp.ukuran !== "Rp" || rp.year === undefined || rp.role === "capaian" || rp.role === "pertumbuhan")
      continue;
    const k = cols.find((c) => c.ukuran === "K" && c.year === rp.year && Math.abs(c.col - rp.col) === 1);
    if (!k) continue;
    let smaller = 0;
    let both = 0;
    for (const r of rows) {
      const a = grid.value(r, rp.col);
      const b = grid.value(r, k.col);
      if (typeof a !== "number" || typeof b !== "number" || a === 0) continue;
      both++;
      if (Math.abs(a) < Math.abs(b)) smaller++;
    }
    if (both >= 2 && smaller >= both * 0.8) {
      doubt.add(rp.col);
      doubt.add(k.col);
    }
  }
  return doubt.size ? cols.map((c) => (doubt.has(c.col) ? { ...c, certain: false } : c)) : cols;
}

export function detectTables(grid: Grid): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let floor = 0; // last row of the previous table
  let prevContext: string[] = [];
  for (let r = 1; r <= grid.rowCount; r++) {
    const bands = bandsAt(grid, r);
    if (bands.length === 0) continue;
    let next = r;
    let lastRow = floor;
    const above = textsAbove(grid, bands[0], floor);
    for (const band of bands) {
      const body = findBody(grid, band);
      next = Math.max(next, body.next - 1, band.bottom);
      if (body.last < body.first) continue;
      const table = tableAt(grid, band, body, floor, [...above, ...prevContext, grid.name]);
      lastRow = Math.max(lastRow, body.last);
      tables.push(table);
    }
    if (above.length) prevContext = above;
    if (lastRow > floor) floor = lastRow;
    r = next;
  }
  return tables;
}

function tableAt(
  grid: Grid,
  band: Band,
  body: ReturnType<typeof findBody>,
  floor: number,
  context: string[],
): DetectedTable {
  const titles = titleRows(grid, band, floor);
  const title = titles.map((t) => textOf(grid.displayValue(t, firstCol(grid, t)))).join(" ");
  const ctx = konteksDari([title, ...context]);
  let columns = columnsOf(grid, band, body.first, body.last, ctx, title);
  const skip = new Set(body.repeatedHeaderRows);
  const bodyRows: number[] = [];
  for (let x = body.first; x <= body.last; x++)
    if (!skip.has(x) && !grid.rowIsBlank(x, band.c1, band.c2)) bodyRows.push(x);
  columns = quarterRealisations(columns, title);
  columns = targetDiBawahRealisasi(columns);
  columns = remarks(columns);
  columns = loneRatios(columns);
  columns = akhirRencana(columns);
  columns = akhirRupiah(columns);
  columns = targetTahunAkhir(columns);
  columns = namaBaris(columns);
  columns = kontrakSaja(columns, ctx.tahun);
  columns = jumlahSumber(columns);
  columns = capaianSampaiNomor(grid, columns, band.numberRow);
  columns = triwulanMenurutNomor(grid, columns, band.numberRow);
  columns = pasanganCapaianNomor(grid, columns, band.numberRow);
  columns = salinanMenurutNomor(grid, columns, band.numberRow);
  columns = predikatTahun(columns);
  const skala = skalaRupiah([title, ...context.slice(0, 4)]);
  if (!skala || skala < 1_000_000) columns = swappedPairs(grid, columns, bodyRows);
  // a row-wise table says in its rows what the year columns hold; otherwise the title may
  const wise = rowWise(grid, columns, bodyRows);
  columns = wise ? wise.columns : uangTersalur(rolesFromTitle(columns, title), title);
  const notes = columns
    .filter((c) => !c.certain)
    .map(
      (c) =>
        `Kolom ${colToLetters(c.col)} ("${c.header || "tanpa judul"}"): peran "${c.role}" ditebak, periksa.`,
    );
  const c1 = Math.min(...columns.map((c) => c.col));
  const c2 = Math.max(...columns.map((c) => c.col));
  columns = indikatorAngka(grid, columns, bodyRows);
  columns = sasaranAngka(grid, columns, bodyRows, ctx.tahun);
  columns = realisasiSenama(columns);
  columns = kinerjaLalu(columns);
  columns = realisasiDariCapaian(grid, columns, bodyRows);
  columns = polaritasIsi(grid, columns, bodyRows, !!wise);
  columns = capaianBerpersen(grid, columns, bodyRows);
  columns = capaianBerkata(grid, columns, bodyRows);
  const rows = classifyRows(grid, columns, bodyRows);
  if (!wise) columns = tebakRekap(grid, columns, rows, ctx.tahun, title ?? "");
  if (wise)
    for (const row of rows) {
      if (wise.roles.has(row.row)) row.role = wise.roles.get(row.row);
      const name = wise.names.get(row.row);
      if (name) row.indikator = name;
    }
  const table: DetectedTable = {
    sheet: grid.name,
    range: { r1: band.top, c1, r2: body.last, c2 },
    headerRange: { r1: band.top, c1, r2: band.numberRow ?? band.bottom, c2 },
    dataRange: { r1: body.first, c1, r2: akhirData(grid, rows, body.last, c1, c2), c2 },
    repeatedHeaderRows: body.repeatedHeaderRows,
    titleRows: titles,
    kind: tableKind(columns),
    columns,
    rows,
    notes,
  };
  if (wise) table.orientation = "rows";
  if (band.numberRow) table.numberRow = band.numberRow;
  if (title) table.title = title;
  if (skala) table.skalaRupiah = skala;
  return table;
}

/**
 * The last data row: a summary set apart under a blank row ("Rata-rata capaian kinerja",
 * "Predikat kinerja" under an E.81 or an LKjIP table, forms-blind161) is the table's footer, a part
 * of the table its rules check, but not of its data.
 */
function akhirData(grid: Grid, rows: readonly DetectedRow[], last: number, c1: number, c2: number): number {
  let r = last;
  const kind = new Map(rows.map((x) => [x.row, x.kind]));
  while (r > 0 && (kind.get(r) === "rata-rata" || kind.get(r) === "predikat")) r--;
  if (r === last || !grid.rowIsBlank(r, c1, c2)) return last;
  while (r > 0 && grid.rowIsBlank(r, c1, c2)) r--;
  return r;
}

function firstCol(grid: Grid, r: number): number {
  for (let c = 1; c <= grid.colCount; c++) if (!grid.isBlank(r, c)) return c;
  return 1;
}
