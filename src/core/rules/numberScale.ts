// number-scale: an Indonesian thousands dot read as a decimal point. "1.092" typed into an
// Excel set to English becomes 1,092 (one point zero nine two) instead of 1092, and every sum,
// ratio and capaian built on it is off by a factor of a thousand. Seed Kota Blitar Tabel 2.3.2:
// "Jumlah PMKS yang mendapatkan pelatihan keterampilan" 1009, 1092, 1224, 1262; typed as
// 1.092 the 2018 value would be a thousand times too small.
// A typed number (not text, not a formula, not formatted as percent) between 1 and 1000 with a
// fraction of at most three digits is reported when it lies far outside its neighbours and its
// value x 1000 lies among them (between half the smallest and twice the largest). Neighbours:
// - the row: the other values of the same kind in the row (kondisi awal, targets,
//   realisations, kondisi akhir; or the money columns), at least two of them, or one whole
//   count of at least 100 (target 1009, realisasi 1,092);
// - the column, when its other values (three or more) are all whole counts of at least 10 and
//   the row's unit is not a percentage, index or score.
// The fix (value x 1000) is offered only then: exactly one of the two readings fits. When one
// context finds the value itself plausible, nothing is reported. Achievements and growth rates
// are left alone: 1,05 there is a ratio, not a lost thousand.
// Also a budget realisation typed in thousands among rupiah (3.186.452 for a pagu of
// 3.452.800.000 where the other rows absorb 30-120 % of theirs).
import type { DetectedColumn, DetectedRow, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { norm } from "../detect/text";
import { skalaLintas } from "./skalaLintas";
import type { Rule, RuleFinding } from "./types";
import {
  angkaPenuh,
  formatPersen,
  isKolomAngka,
  keluarga,
  kolomAngkaTersirat,
  sekitar,
  tetanggaBaris,
  tetanggaKolom,
} from "./kolomAngka";
import { barisNilai } from "./values";
import { kolomTahunIni, satuanAtauNama } from "./tahunan";

const PERSEN_SATUAN = /%|persen|indeks|rasio|nilai|poin|skor/;

/** A value the thousands-dot slip can produce: 1 <= |v| < 1000, not whole, at most 3 decimals. */
function calon(v: number): boolean {
  const a = Math.abs(v);
  if (a < 1 || a >= 1000 || Number.isInteger(a)) return false;
  const k = a * 1000;
  return Math.abs(k - Math.round(k)) < 1e-6;
}

type Konteks = "baris" | "kolom";

function nilaiKonteks(
  table: DetectedTable,
  grid: Grid,
  row: DetectedRow,
  col: DetectedColumn,
  satuan: string,
): Array<{ dari: Konteks; ref: number[] }> {
  const out: Array<{ dari: Konteks; ref: number[] }> = [];
  const baris = tetanggaBaris(table, grid, row.row, col);
  // one neighbour is enough when it is a whole count of at least 100 (target 1009, realisasi 1,092)
  const satu = baris.length === 1 && Number.isInteger(baris[0]) && Math.abs(baris[0]) >= 100;
  if (baris.length >= 2 || satu) out.push({ dari: "baris", ref: baris });
  const kolom = tetanggaKolom(table, grid, row, col.col);
  // a column of rows in kg, kios, ekor and km (an export of sub kegiatan outputs, forms-blind24)
  // says nothing of one row's scale: only a column of one unit does
  if (kolom.n >= 3 && kolom.hitungan && !PERSEN_SATUAN.test(satuan) && satuanTunggal(table, grid))
    out.push({ dari: "kolom", ref: kolom.ref });
  return out;
}

// (helpers, not closures over the loop's value: a closure there costs a context per cell looked at)
function sekitarSalahSatu(v: number, konteks: ReadonlyArray<{ ref: number[] }>): boolean {
  for (const k of konteks) if (sekitar(v, k.ref)) return true;
  return false;
}
function konteksSekitar<K extends { ref: number[] }>(v: number, konteks: readonly K[]): K[] {
  const out: K[] = [];
  for (const k of konteks) if (sekitar(v, k.ref)) out.push(k);
  return out;
}

const SATUAN = new WeakMap<DetectedTable, Set<string>>();

/** Do the table's rows share one unit (or say none)? */
function satuanTunggal(table: DetectedTable, grid: Grid): boolean {
  let set = SATUAN.get(table);
  if (!set) {
    set = new Set();
    for (const r of table.rows) {
      const t = norm(satuanAtauNama(table, grid, r));
      if (t) set.add(t);
    }
    SATUAN.set(table, set);
  }
  return set.size <= 1;
}

export const numberScale: Rule = {
  id: "number-scale",
  severity: "warning",
  description: {
    id: "Titik ribuan yang terbaca sebagai koma desimal: nilai kira-kira 1000 kali lebih kecil dari nilai di sekitarnya (1.092 terbaca 1,092).",
    en: "A thousands dot read as a decimal point: a value about 1000 times smaller than its neighbours (1.092 read as 1.092 instead of 1092).",
  },
  example: {
    id: "1,245 orang di antara 1.082 dan 1.318: titik ribuan terbaca sebagai koma desimal.",
    en: "1.245 persons among 1,082 and 1,318: a thousands dot read as a decimal point.",
  },
  howToFix: {
    id: "Ketik ulang angkanya tanpa titik ribuan (1245), atau atur Excel ke format Indonesia sebelum menempel.",
    en: "Retype the number without the thousands dot (1245), or set Excel to the Indonesian format before pasting.",
  },
  messages: {
    thousandsDot: {
      id: "Nilai tersimpan {{value}}, kira-kira 1000 kali lebih kecil dari {{neighbours}} ({{low}} s.d. {{high}}): titik ribuan tampaknya terbaca sebagai koma desimal. Maksudnya kemungkinan {{meant}}; perbaiki nilainya.",
      en: "The stored value {{value}} is about 1000 times smaller than {{neighbours}} ({{low}} to {{high}}): a thousands dot seems to have been read as a decimal point. It most likely means {{meant}}; correct the value.",
    },
    inThousands: {
      id: "Realisasi anggaran {{value}} hanya {{share}} % dari pagunya ({{pagu}}), padahal baris lain menyerap 30-120 %: angkanya tampaknya ditulis dalam ribuan rupiah. Maksudnya kemungkinan {{meant}}; tulis dalam rupiah seperti kolom lainnya.",
      en: "The budget realisation {{value}} is only {{share}} % of its pagu ({{pagu}}), while the other rows absorb 30-120 %: it seems written in thousands of rupiah. It most likely means {{meant}}; write it in rupiah like the rest of the column.",
    },
    wholeRupiah: {
      id: "Nilai {{value}} kira-kira {{factor}} kali nilai lain di kolom ini ({{low}} s.d. {{high}}), padahal tabel ini ditulis dalam {{scale}} rupiah: angka ini tampaknya ditulis dalam rupiah penuh. Maksudnya kemungkinan {{meant}}; tulis dalam satuan tabelnya.",
      en: "The value {{value}} is about {{factor}} times the other values in this column ({{low}} to {{high}}), while this table is written in {{scale}} rupiah: it seems written in whole rupiah. It most likely means {{meant}}; write it in the table's unit.",
    },
    // a program's amount against the same program's in another table (./skalaLintas)
    otherTableSmaller: {
      id: "Anggaran {{year}} tertulis {{value}}, sedangkan program yang sama di {{cell}} beranggaran {{other}}: angkanya sama, tetapi {{factor}} kali lebih kecil. Tampaknya ada nol yang hilang; maksudnya kemungkinan {{meant}}. Periksa dan samakan dengan dokumen anggaran.",
      en: "The {{year}} budget is {{value}}, while the same program in {{cell}} has {{other}}: the same digits, but {{factor}} times smaller. A zero seems lost; it most likely means {{meant}}. Check it against the budget document.",
    },
    otherTableLarger: {
      id: "Anggaran {{year}} tertulis {{value}}, sedangkan program yang sama di {{cell}} beranggaran {{other}}: angkanya sama, tetapi {{factor}} kali lebih besar. Tampaknya ada nol yang berlebih; maksudnya kemungkinan {{meant}}. Periksa dan samakan dengan dokumen anggaran.",
      en: "The {{year}} budget is {{value}}, while the same program in {{cell}} has {{other}}: the same digits, but {{factor}} times larger. A zero seems added; it most likely means {{meant}}. Check it against the budget document.",
    },
  },
  fixable: "value",
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const cols = table.columns.filter(
      (c) =>
        (isKolomAngka(c) && keluarga(c) !== "capaian" && keluarga(c) !== "pertumbuhan") ||
        kolomAngkaTersirat(table, g, c),
    );
    if (cols.length === 0) return out;
    for (const r of table.rows) {
      if (r.kind === "section") continue;
      // the unit is read only for a row with a candidate value: most rows have none
      let satuan: string | undefined;
      for (const c of cols) {
        const v = g.value(r.row, c.col);
        if (typeof v !== "number" || !calon(v)) continue;
        if (g.formula(r.row, c.col) || formatPersen(g, r.row, c.col)) continue;
        const kali = Math.round(v * 1000);
        satuan ??= norm(satuanAtauNama(table, g, r));
        const konteks = nilaiKonteks(table, g, r, c, satuan);
        if (konteks.length === 0) continue;
        // The value must be far off in every context, and its thousandfold must fit in one.
        if (sekitarSalahSatu(v, konteks)) continue;
        const cocok = konteksSekitar(kali, konteks);
        if (cocok.length === 0) continue;
        const k = cocok[0];
        const lo = Math.min(...k.ref.map(Math.abs));
        const hi = Math.max(...k.ref.map(Math.abs));
        const where =
          k.dari === "baris"
            ? { id: "nilai lain di baris ini", en: "the other values in this row" }
            : { id: "nilai lain di kolom ini", en: "the other values in this column" };
        out.push({
          row: r.row,
          col: c.col,
          expected: kali,
          actual: v,
          fix: { value: kali },
          // a column of counts a role names nothing about: the claim rests on its numbers alone
          ...(c.role === "lainnya" && k.dari === "kolom" ? { tanpaPeran: true as const } : {}),
          messageId: "thousandsDot",
          data: {
            value: angkaPenuh(v),
            neighbours: where,
            low: angkaPenuh(lo),
            high: angkaPenuh(hi),
            meant: angkaPenuh(kali),
          },
        });
      }
    }
    out.push(...ribuan(table, g));
    out.push(...rupiahPenuh(table, g));
    out.push(...skalaLintas(table, ctx));
    return out;
  },
};

/**
 * A budget realisation typed in thousands among rupiah: 3.186.452 against a pagu of
 * 3.452.800.000, where every other row absorbs 30 % to 120 % of its pagu and this one, times a
 * thousand, does too.
 */
function ribuan(table: DetectedTable, g: Grid): RuleFinding[] {
  if (table.skalaRupiah) return [];
  const out: RuleFinding[] = [];
  const reals = table.columns.filter(
    (c) => c.role === "realisasi-anggaran" && c.year !== undefined && kolomTahunIni(c),
  );
  for (const rc of reals) {
    const pagus = table.columns.filter(
      (c) => c.role === "anggaran" && c.year === rc.year && c.ukuran !== "K" && kolomTahunIni(c),
    );
    if (pagus.length !== 1) continue;
    const pc = pagus[0];
    const rows = barisNilai(table)
      .map((r) => ({ r, p: g.value(r.row, pc.col), v: g.value(r.row, rc.col) }))
      .filter(
        (x): x is { r: DetectedRow; p: number; v: number } =>
          typeof x.p === "number" && typeof x.v === "number" && x.p > 0 && x.v > 0,
      );
    const wajar = (ratio: number): boolean => ratio >= 0.3 && ratio <= 1.2;
    const normal = rows.filter((x) => wajar(x.v / x.p)).length;
    if (normal < 2) continue;
    for (const x of rows) {
      if (wajar(x.v / x.p) || !Number.isInteger(x.v) || !wajar((x.v * 1000) / x.p)) continue;
      if (g.formula(x.r.row, rc.col)) continue;
      const kali = x.v * 1000;
      out.push({
        row: x.r.row,
        col: rc.col,
        expected: kali,
        actual: x.v,
        fix: { value: kali },
        messageId: "inThousands",
        data: {
          value: angkaPenuh(x.v),
          share: angkaPenuh(Math.round((x.v / x.p) * 10000) / 100),
          pagu: angkaPenuh(x.p),
          meant: angkaPenuh(kali),
        },
      });
    }
  }
  return out;
}

/**
 * A whole-rupiah amount in a table kept in thousands ("(dalam ribuan rupiah)"): 1.286.400.000
 * among amounts of 42.500 to 5.588.150, where the amount divided by the table's factor sits among
 * them. Typed amounts only (a formula follows its inputs); the parent sums it breaks are named as
 * its consequences (./precision).
 */
function rupiahPenuh(table: DetectedTable, g: Grid): RuleFinding[] {
  const f = table.skalaRupiah;
  if (!f || f <= 1) return [];
  const out: RuleFinding[] = [];
  const rows = barisNilai(table);
  const uang = table.columns.filter(
    (c) => (c.role === "anggaran" || c.role === "realisasi-anggaran") && c.ukuran !== "K",
  );
  for (const c of uang) {
    const typed = rows
      .map((r) => ({ r, v: g.value(r.row, c.col) }))
      .filter((x): x is { r: DetectedRow; v: number } => typeof x.v === "number" && x.v > 0);
    if (typed.length < 4) continue;
    for (const x of typed) {
      if (g.formula(x.r.row, c.col)) continue;
      const others = typed.filter((y) => y !== x).map((y) => y.v);
      const hi = Math.max(...others);
      const lo = Math.min(...others);
      const dibagi = x.v / f;
      if (x.v <= 100 * hi || dibagi < lo / 2 || dibagi > hi * 2) continue;
      out.push({
        row: x.r.row,
        col: c.col,
        expected: dibagi,
        actual: x.v,
        fix: { value: dibagi },
        messageId: "wholeRupiah",
        data: {
          value: angkaPenuh(x.v),
          factor: angkaPenuh(f),
          low: angkaPenuh(lo),
          high: angkaPenuh(hi),
          scale: f === 1000 ? { id: "ribuan", en: "thousands of" } : angkaPenuh(f),
          meant: angkaPenuh(dibagi),
        },
      });
    }
  }
  return out;
}
