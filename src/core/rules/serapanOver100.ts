// serapan-over-100: money spent above its ceiling in a realisation table (docs/domain.md, "Serapan
// anggaran": over 100 % is an error, spending above the pagu is not allowed):
// - a realisasi anggaran (Rp) above the anggaran / pagu of the same year and row (the
//   realisation cell is reported, the pagu is the expected maximum);
// - a recorded budget ratio (a capaian / rasio column of a year whose row has anggaran and
//   realisasi anggaran, or a capaian column marked Rp) above 100, when the amounts themselves do
//   not already show the overspending (then the realisation cell is the one reported).
// Only a ceiling counts: the anggaran column's header must name the budget ("Anggaran", "Pagu",
// "DPA", "APBD", "Alokasi"). The Rp of a Renstra target ("Target Kinerja ... Tahun 2022 > Rp",
// "Kerangka Pendanaan") is an indicative plan, and the APBD pagu of that year may be larger: seed
// Tabel 6.1 realises 43.946.500 against a planned 12.981.800, which is not overspending.
// Revenue columns ("Realisasi Pendapatan") have a target, not a ceiling: skipped.
// A quota in kind ("Alokasi" of a quantity, beside its "Realisasi") is a ceiling too.
// So are funds handed over ("Dana Disalurkan", "Diterima") beside their use under one heading
// ("Realisasi Penggunaan", "Belanja"), though both are realisations.
// Pagu 0, blanks, "-", "NA" and text give no finding (another rule's business). No fix: whether
// the amount or the pagu is wrong is for the planner to find out.
import type { DetectedColumn, DetectedTable } from "../detect";
import { kelompokLabel, labelAkhir, norm } from "../detect/text";
import { UANG_TERSALUR } from "../detect/peran";
import {
  awalan,
  barisData,
  kolomDiubah,
  kolomTahunIni,
  namaIndikator,
  persenAt,
  realisasiTahun,
} from "./tahunan";
import type { Rule, RuleFinding } from "./types";
import { childrenOf, numAt, textAt, tolerance } from "./values";
import { sumReferences } from "./precision";
import type { Grid } from "../grid";

/**
 * Does this realisation add up (through its sum formulas, a few levels deep) a row that is itself
 * over its pagu? Then the total's excess is that row's consequence, named in that row's finding
 * (one mistake, one finding: forms-blind19's JUMLAH over a realisation typed in full rupiah).
 */
function ikutBagian(g: Grid, row: number, col: number, lebih: ReadonlySet<number>, depth = 0): boolean {
  if (depth > 4) return false;
  for (const [r, c] of sumReferences(g.formula(row, col)) ?? []) {
    if (c !== col || r === row) continue;
    if (lebih.has(r) || ikutBagian(g, r, col, lebih, depth + 1)) return true;
  }
  return false;
}

// (a works contract's "Nilai Kontrak" caps what may be paid on it, forms-blind55; so does a grant
// agreement's "Nilai Hibah sesuai NPHD", forms-blind84)
const PAGU = /anggaran|pagu|\bdpa\b|apbd|alokasi|nilai kontrak|\bnphd\b/;
// Revenue has a target, not a ceiling: realised revenue above it is good news, not overspending.
// (and so do a BUMD's dividends, "Target Dividen APBD | Realisasi Setoran", forms-blind158)
const PENDAPATAN = /pendapatan|penerimaan|\bpad\b|pajak|retribusi|dividen|setoran|bagian laba/;
const SALDO = /\b(surplus|defisit|netto|neto|silpa|sisa lebih)\b/;
const RENCANA = /renstra|restra|kerangka pendanaan|indikatif/;

// the year's Rp of the Renja an E.81 evaluates ("Target Renja Tahun 2024 > Rp", form column 7):
// the budget the year's spending was planned within, usually the DPA's; a DPA set above the Renja
// is possible, so spending above it is a warning, not an error (forms-blind79)
const RENJA = /\brenja\b/;

// funds received and then spent ("Pendapatan Kapitasi (Rp) | Realisasi Belanja Kapitasi (Rp) | %
// Serapan | SiLPA" of a puskesmas's JKN capitation): no more can be spent than came in
// (forms-blind185)
// (and "Realisasi Penggunaan (Rp)" of funds handed over, below)
const BELANJA = /\b(belanja|pemanfaatan|penggunaan)\b/;

/** Is this pair the spending of revenue received, held to it? */
function belanjaDariPendapatan(p: Pasangan): boolean {
  return BELANJA.test(norm(p.real.header)) && !BELANJA.test(norm(p.pagu.header));
}

/** Is this anggaran column a legal ceiling (not a Renstra plan figure)? */
function ceiling(c: DetectedColumn, table: DetectedTable): boolean {
  const h = norm(c.header);
  if (RENCANA.test(h)) return false;
  if (
    PENDAPATAN.test(h) &&
    table.columns.some((r) => r.role === "realisasi-anggaran" && BELANJA.test(norm(r.header)))
  )
    return true;
  // a fund beside its disbursements ("Dana PSR (Rp) | Penyaluran Dana BPDPKS (Rp) > Tahap I"):
  // no more can be paid out of it than it holds (forms-blind162)
  if (/\bdana\b/.test(h) && !UANG_TERSALUR.test(h) && tersalur(table)) return true;
  return PAGU.test(h) || RENJA.test(h);
}

/** Do the table's realisations say they were paid out of a fund? */
function tersalur(table: DetectedTable): boolean {
  return table.columns.some((c) => c.role === "realisasi-anggaran" && UANG_TERSALUR.test(norm(c.header)));
}

/** A ceiling that is the Renja's planned Rp, not a pagu in force: its findings are warnings. */
function paguRenja(c: DetectedColumn): boolean {
  const h = norm(c.header);
  return RENJA.test(h) && !PAGU.test(h);
}

/** Is a row under this one (any level down) over its own pagu? Then this one's excess follows it. */
function anakLebih(table: DetectedTable, row: number, lebih: ReadonlySet<number>, depth = 0): boolean {
  if (depth > 4) return false;
  return childrenOf(table, row).some((r) => lebih.has(r.row) || anakLebih(table, r.row, lebih, depth + 1));
}

/**
 * Is this a revenue row: of a revenue report (its title or name column says pendapatan, pajak,
 * retribusi; not one of revenue and spending side by side), under a revenue section, named so, or
 * coded 4.x (Pendapatan in the LRA's chart of accounts)?
 */
export function barisPendapatan(table: DetectedTable, nama: string, label: string | undefined): boolean {
  const namaKolom = table.columns.find((c) => c.role === "indikator")?.header ?? "";
  const judul = norm(`${table.title ?? ""} ${namaKolom}`);
  if (PENDAPATAN.test(judul) && !/belanja|pengeluaran|pemanfaatan/.test(judul)) return true;
  // 4.x is Pendapatan, 6.1 Penerimaan Pembiayaan (financing received) in the LRA's chart of accounts;
  // 4.01 .. 4.08 are the urusan penunjang's programs (Sekretariat Daerah 4.01.04, forms-blind38),
  // spending like any other
  return PENDAPATAN.test(norm(nama)) || /^(4\.\d(\.|$)|6\.1(\.|$))/.test(label ?? "");
}

type Pasangan = {
  year?: number;
  pagu: DetectedColumn;
  real: DetectedColumn;
  rasio?: DetectedColumn;
  /** A quota in kind ("Urea (ton) > Alokasi | Realisasi | Serapan (%)"), not money. */
  kuota?: true;
  /** Funds handed over, the ceiling of their use ("Dana Disalurkan | Realisasi Penggunaan"). */
  diterima?: true;
};

// "Alokasi" or "Kuota" over a quantity: what may be handed out, a ceiling in kind as a pagu is in
// money (subsidised fertiliser by kecamatan, forms-blind140: "Penyaluran tidak boleh melebihi
// alokasi")
const KUOTA = /^(alokasi|kuota)\b/;

/** Quota / realisation / absorption columns under one heading, of quantities (K). */
function pasanganKuota(table: DetectedTable): Pasangan[] {
  const out: Pasangan[] = [];
  for (const pagu of table.columns) {
    if (pagu.role !== "target" || pagu.ukuran === "Rp" || !KUOTA.test(labelAkhir(pagu.header))) continue;
    const group = kelompokLabel(pagu.header);
    if (group === undefined) continue;
    const same = (c: DetectedColumn): boolean => c.year === pagu.year && kelompokLabel(c.header) === group;
    const reals = table.columns.filter((c) => c.role === "realisasi" && same(c));
    const rasios = table.columns.filter((c) => c.role === "capaian" && same(c));
    if (reals.length !== 1) continue;
    const p: Pasangan = { pagu, real: reals[0], kuota: true };
    if (pagu.year !== undefined) p.year = pagu.year;
    if (rasios.length === 1) p.rasio = rasios[0];
    out.push(p);
  }
  return out;
}

// funds handed over and then used, both realised ("Dana Disalurkan (Rp) | Realisasi Penggunaan
// (Rp)" of a BOSP recap per kecamatan under "SD" and "SMP"): no more can be used than was handed
// over, so the first is the second's ceiling (forms-blind196)
const TERIMA = /\b(disalurkan|tersalurkan|tersalur|diterima|penerimaan|penyaluran)\b/;

/** Funds received / used pairs of realisations, under one heading (or none) and one year. */
function pasanganTerima(table: DetectedTable): Pasangan[] {
  const out: Pasangan[] = [];
  const reals = table.columns.filter(
    (c) => c.role === "realisasi-anggaran" && c.ukuran !== "K" && !c.toDate && c.quarter === undefined,
  );
  const daun = (c: DetectedColumn): string => norm(labelAkhir(c.header));
  for (const real of reals) {
    if (!BELANJA.test(daun(real)) || TERIMA.test(daun(real))) continue;
    const group = kelompokLabel(real.header);
    const same = (c: DetectedColumn): boolean => c.year === real.year && kelompokLabel(c.header) === group;
    const terima = reals.filter(
      (c) => c !== real && same(c) && TERIMA.test(daun(c)) && !BELANJA.test(daun(c)),
    );
    if (terima.length !== 1) continue;
    const p: Pasangan = { pagu: terima[0], real, diterima: true };
    if (real.year !== undefined) p.year = real.year;
    const rasios = table.columns.filter((c) => c.role === "capaian" && same(c));
    if (rasios.length === 1) p.rasio = rasios[0];
    out.push(p);
  }
  return out;
}

/** Pagu / realisation / ratio columns by year (and K/Rp), from the money columns of the table. */
function pasangan(table: DetectedTable): Pasangan[] {
  const out: Pasangan[] = [];
  const money = (c: DetectedColumn): boolean => c.ukuran !== "K";
  const ceilings = table.columns.filter((c) => c.role === "anggaran" && money(c) && ceiling(c, table));
  for (const pagu of ceilings) {
    // "Pendapatan | Belanja | Surplus / (Defisit)" each over "Anggaran | Realisasi" (an LRA per
    // SKPD, forms-blind36): one year's pagu columns side by side, each paired under its heading
    const group = kelompokLabel(pagu.header);
    const grouped =
      group !== undefined &&
      ceilings.some((c) => c !== pagu && c.year === pagu.year && kelompokLabel(c.header) !== group);
    if (grouped && SALDO.test(group)) continue;
    const same = (c: DetectedColumn): boolean =>
      c.year === pagu.year && money(c) && (!grouped || kelompokLabel(c.header) === group);
    // the year's own realisation: quarters and "s.d. TW II" beside it are parts of the year
    const reals = table.columns.filter((c) => c.role === "realisasi-anggaran" && same(c));
    // (or the only one, paid to date: "Pembayaran s.d. TW III" above the contract's value is over
    // it already, forms-blind66)
    const real = realisasiTahun(reals) ?? (reals.length === 1 ? realisasiTahun(reals, true) : undefined);
    // "Realisasi Belanja PDN > Rp | % thd Pagu | Realisasi Belanja UMK > Rp | % thd Pagu": shares of
    // the one pagu, each under its own heading, none of which may pass it (forms-blind164)
    const bagian = real ? [real] : berkelompok(reals);
    // (ceilings only: "Penyaluran > Total Diterima" beside "Pagu Alokasi" of a BOS report is money
    // received, not a second ceiling, forms-blind41)
    const pagus = table.columns.filter(
      (c) => c.role === "anggaran" && same(c) && kolomTahunIni(c) && ceiling(c, table),
    );
    // "APBD Murni | APBD Perubahan": the amended pagu is the ceiling in force (tahunan.kolomDiubah)
    const inForce = pagus.length > 1 ? pagus.filter(kolomDiubah) : pagus;
    if (!bagian.length || inForce.length !== 1 || inForce[0] !== pagu) continue;
    const hasTarget = table.columns.some(
      (c) => c.role === "target" && c.year === pagu.year && c.ukuran !== "Rp",
    );
    for (const r of bagian) {
      const rasios = table.columns.filter(
        (c) =>
          c.role === "capaian" &&
          c.year === pagu.year &&
          (!grouped || kelompokLabel(c.header) === group) &&
          (bagian.length === 1 || kelompokLabel(c.header) === kelompokLabel(r.header)) &&
          (c.ukuran === "Rp" || (!hasTarget && c.ukuran !== "K")),
      );
      const p: Pasangan = { pagu, real: r };
      if (pagu.year !== undefined) p.year = pagu.year;
      if (rasios.length === 1) p.rasio = rasios[0];
      out.push(p);
    }
  }
  return out;
}

/** The year's realisations each under a heading of its own (none a quarter or "s.d."), or none. */
function berkelompok(reals: readonly DetectedColumn[]): DetectedColumn[] {
  const own = reals.filter((c) => kolomTahunIni(c) && !c.toDate);
  if (own.length < 2 || own.length !== reals.length) return [];
  const labels = new Set(own.map((c) => kelompokLabel(c.header)));
  return labels.size === own.length && !labels.has(undefined) ? own : [];
}

export const serapanOver100: Rule = {
  id: "serapan-over-100",
  severity: "error",
  otherSeverities: [
    {
      severity: "warning",
      when: {
        id: "realisasi di atas anggaran Renja (bukan pagu DPA) pada formulir evaluasi Renja",
        en: "a realisation above the Renja's budget (not a DPA ceiling) in a Renja evaluation form",
      },
    },
  ],
  description: {
    id: "Realisasi anggaran melebihi pagu tahun yang sama (atau yang disalurkan melebihi alokasinya), atau rasio serapan anggaran di atas 100 %.",
    en: "A budget realisation above the year's ceiling (pagu), or what is handed out above its allocation, or a budget absorption ratio above 100 %.",
  },
  example: {
    id: "Realisasi anggaran 2023 Rp 1,2 miliar untuk pagu Rp 1 miliar.",
    en: "A 2023 budget realisation of Rp 1.2 billion for a ceiling of Rp 1 billion.",
  },
  howToFix: {
    id: "Periksa realisasi dan pagunya (pagu perubahan?); realisasi belanja tidak boleh melebihi pagu.",
    en: "Check the realisation and the ceiling (the amended pagu?); spending cannot exceed the ceiling.",
  },
  messages: {
    overPagu: {
      id: "{{name}}realisasi anggaran{{year}} {{realisation}} melebihi pagunya {{pagu}} (serapan {{absorption}} %). Belanja tidak boleh melampaui pagu: periksa angka realisasi dan pagu (perubahan anggaran?).",
      en: "{{name}}the{{year}} budget realisation {{realisation}} exceeds its ceiling {{pagu}} (absorption {{absorption}} %). Spending may not exceed the pagu: check the realisation and the ceiling (a budget revision?).",
    },
    overRenja: {
      id: "{{name}}realisasi anggaran{{year}} {{realisation}} melebihi anggaran Renja {{pagu}} (serapan {{absorption}} %). Belanja biasanya tidak melampaui anggaran Renja / DPA: periksa angka realisasi (triwulannya) dan anggarannya; bila DPA memang lebih besar dari Renja, isi kolom anggaran dengan pagu DPA.",
      en: "{{name}}the{{year}} budget realisation {{realisation}} exceeds the Renja's budget {{pagu}} (absorption {{absorption}} %). Spending usually stays within the Renja / DPA budget: check the realisation (its quarters) and the budget; if the DPA really is larger than the Renja, enter the DPA ceiling in the budget column.",
    },
    overKuota: {
      id: "{{name}}realisasi{{year}} {{realisation}} melebihi alokasinya {{pagu}} (serapan {{absorption}} %). Yang disalurkan tidak boleh melampaui alokasi: periksa angka realisasi dan alokasinya (alokasi perubahan?).",
      en: "{{name}}the{{year}} realisation {{realisation}} exceeds its allocation {{pagu}} (absorption {{absorption}} %). What is handed out may not exceed the allocation: check the realisation and the allocation (a revised allocation?).",
    },
    overDiterima: {
      id: '{{name}}"{{used}}"{{year}} {{realisation}} melebihi "{{received}}" {{pagu}} (serapan {{absorption}} %). Dana tidak dapat dipakai melebihi yang diterima: periksa kedua angka baris ini.',
      en: '{{name}}"{{used}}"{{year}} {{realisation}} exceeds "{{received}}" {{pagu}} (absorption {{absorption}} %). Funds cannot be used beyond what was received: check both figures of this row.',
    },
    ratioOver100: {
      id: "{{name}}rasio serapan anggaran{{year}} tertulis {{ratio}} %, di atas 100 %. Serapan anggaran tidak boleh melampaui pagu; hitung ulang rasionya dari realisasi dan pagu, atau periksa kedua jumlah itu.",
      en: "{{name}}the{{year}} budget absorption ratio is {{ratio}} %, above 100 %. Spending may not exceed the ceiling; recompute the ratio from the realisation and the pagu, or check both amounts.",
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const pairs = [...pasangan(table), ...pasanganKuota(table), ...pasanganTerima(table)].filter(
      (p) => !PENDAPATAN.test(norm(`${p.pagu.header} ${p.real.header}`)) || belanjaDariPendapatan(p),
    );
    if (pairs.length === 0) return out;
    // a revenue report ("LAPORAN REALISASI PENERIMAAN PAJAK DAERAH", "Uraian Pendapatan"): a
    // realisation above its target is good news, not an overspend
    if (barisPendapatan(table, "", undefined)) return out;
    // an LRA lists revenue above spending: realised revenue above its target is no overspending
    const indCol = table.columns.find((c) => c.role === "indikator")?.col;
    const pendapatan = new Set<number>();
    let bagian = "";
    for (const r of table.rows) {
      if (r.kind === "section") bagian = norm(textAt(g, r.row, indCol) || r.label || "");
      else if (PENDAPATAN.test(bagian)) pendapatan.add(r.row);
    }
    // every row over its pagu (read when asked), and of those the ones whose realisation is no
    // sum of others: the rows the totals merely add
    const semua = new Map<Pasangan, Set<number>>();
    const lebihSemua = (p: Pasangan): Set<number> => {
      let set = semua.get(p);
      if (set) return set;
      set = new Set();
      for (const r of table.rows) {
        const pv = numAt(g, r.row, p.pagu.col);
        const rv = numAt(g, r.row, p.real.col);
        if (pv && rv && pv.value > 0 && rv.value > pv.value + 0.5) set.add(r.row);
      }
      semua.set(p, set);
      return set;
    };
    const over = new Map<Pasangan, Set<number>>();
    const lebih = (p: Pasangan): Set<number> => {
      let set = over.get(p);
      if (!set) {
        set = new Set([...lebihSemua(p)].filter((r) => !sumReferences(g.formula(r, p.real.col))));
        over.set(p, set);
      }
      return set;
    };
    for (const row of barisData(table)) {
      const nama = namaIndikator(table, g, row);
      if (pendapatan.has(row.row) || barisPendapatan(table, nama, row.label)) continue;
      // a balance, not a spending line: "SURPLUS / (DEFISIT)", "PEMBIAYAAN NETTO", "SiLPA"
      if (SALDO.test(norm(nama))) continue;
      for (const p of pairs) {
        // " 2023", or nothing for a table of one period
        const tahun = p.year !== undefined ? ` ${p.year}` : "";
        const pagu = numAt(g, row.row, p.pagu.col);
        const real = numAt(g, row.row, p.real.col);
        if (pagu && real && pagu.value > 0 && real.value > pagu.value + 0.5) {
          if (ikutBagian(g, row.row, p.real.col, lebih(p))) continue;
          // (a kegiatan over its pagu because a sub kegiatan under it is, through its quarters'
          // sums rather than its own column's: that row's finding names it, forms-blind79)
          if (anakLebih(table, row.row, lebihSemua(p))) continue;
          const pct = (real.value / pagu.value) * 100;
          const paguCol = p.pagu.col;
          const realCol = p.real.col;
          out.push({
            row: row.row,
            col: p.real.col,
            expected: pagu.value,
            actual: real.value,
            // over a pagu that is itself wrong (a kegiatan pagu short of its sub kegiatan), the
            // overspending follows that mistake (./precision)
            inputs: [[row.row, paguCol]],
            recheck: (cells) => {
              const pv = cells(row.row, paguCol);
              const rv = cells(row.row, realCol);
              return pv === undefined || rv === undefined || rv <= pv + 0.5;
            },
            messageId: p.kuota
              ? "overKuota"
              : p.diterima
                ? "overDiterima"
                : paguRenja(p.pagu)
                  ? "overRenja"
                  : "overPagu",
            ...(paguRenja(p.pagu) ? { severity: "warning" as const } : {}),
            data: {
              name: awalan(nama),
              year: tahun,
              realisation: real.value,
              pagu: pagu.value,
              absorption: pct,
              ...(p.diterima ? { used: p.real.header, received: p.pagu.header } : {}),
            },
          });
          continue;
        }
        if (!p.rasio) continue;
        const r = persenAt(g, row.row, p.rasio.col);
        if (!r || r.value <= 100 + tolerance(r, ctx.settings.toleransi)) continue;
        out.push({
          row: row.row,
          col: p.rasio.col,
          expected: 100,
          actual: r.value,
          // (the share's limit, not its value: a formula's share over it follows a slip in its
          // cells that another finding names, ./precision)
          batas: true,
          messageId: "ratioOver100",
          data: { name: awalan(nama), year: tahun, ratio: r.value },
        });
      }
    }
    return out;
  },
};
