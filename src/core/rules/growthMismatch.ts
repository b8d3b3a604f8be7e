// growth-mismatch: a recorded growth (role pertumbuhan) that does not follow from the row's
// yearly values, within the rounding of the printed value plus settings.toleransi.
// - "Rata-rata Pertumbuhan > Anggaran" (form T-C.24): the row's anggaran columns in year order;
//   "> Realisasi": its realisasi anggaran (or realisasi) columns. A column that names neither
//   follows the anggaran, else the target, else the realisasi columns.
// - The average is the arithmetic mean of the yearly growth rates (core rataPertumbuhan, the
//   seed's way: Belanja Tidak Langsung 11,60 and 15,70). A value that matches the geometric form
//   (CAGR) instead is accepted, and a finding says which forms were tried.
// - A growth column with a year Y ("Pertumbuhan > 2019") is the growth from Y-1 to Y.
// - "Perubahan Desember thd Juli (%)" is the change from the column labelled "Juli" to the one
//   labelled "Desember" (one column each), whatever roles they were given.
// Why: an average growth that does not follow from the amounts (seed Tabel 2.3.2, Belanja
// Langsung anggaran: 13,72 printed, the amounts give 3,43) misleads every reader of the trend.
// Blanks, "-" and "NA" inside the run, zeros to grow from and negatives give no finding.
import { pertumbuhan, rataPertumbuhan } from "../indicators";
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { daunKepala, labelAkhir } from "../detect/text";
import { awalan, barisData, kolomTahunan, namaIndikator } from "./tahunan";
import type { Rule, RuleContext, RuleFinding } from "./types";
import { angkaEn, angkaId, numAt, round, tolerance } from "./values";

type Deret = { cols: DetectedColumn[]; nama: { id: string; en: string } };

/**
 * "Perubahan Desember thd Juli (%)": the two columns of the table it compares, named by their own
 * labels (months, quarters, years), the first against the second.
 */
function pasanganUntuk(
  table: DetectedTable,
  pc: DetectedColumn,
): [DetectedColumn, DetectedColumn] | undefined {
  const m = /^perubahan( harga)? ([a-z0-9]+) (?:thd|terhadap) ([a-z0-9]+)\s*\(%\)$/.exec(
    labelAkhir(pc.header),
  );
  if (!m) return undefined;
  const find = (label: string): DetectedColumn | undefined => {
    const cs = table.columns.filter((c) => c !== pc && labelAkhir(c.header) === label);
    return cs.length === 1 ? cs[0] : undefined;
  };
  const [now, before] = [find(m[2]), find(m[3])];
  return now && before ? [now, before] : undefined;
}

/** The yearly columns a growth column is computed from. */
function deretUntuk(table: DetectedTable, pc: DetectedColumn): Deret | undefined {
  const leaf = labelAkhir(pc.header);
  // amounts are the Rp columns where the table marks them, else its amount columns unmarked
  const uang = (role: "anggaran" | "realisasi-anggaran") => {
    const rp = kolomTahunan(table, [role], "Rp");
    return rp.length ? rp : kolomTahunan(table, [role]);
  };
  const ang = uang("anggaran");
  const realAng = uang("realisasi-anggaran");
  const real = kolomTahunan(table, ["realisasi"]);
  const target = kolomTahunan(table, ["target"], "K");
  const pick = (...xs: Deret[]): Deret | undefined => xs.find((x) => x.cols.length > 0);
  const A = { cols: ang, nama: { id: "anggaran", en: "budget" } };
  const RA = { cols: realAng, nama: { id: "realisasi anggaran", en: "budget realisation" } };
  const R = { cols: real, nama: { id: "realisasi", en: "realisation" } };
  const T = { cols: target, nama: { id: "target", en: "target" } };
  if (/realisasi/.test(leaf)) return pick(RA, R);
  if (/anggaran|pagu|belanja|dana/.test(leaf)) return pick(A);
  if (/target/.test(leaf)) return pick(T);
  return pick(A, T, R);
}

export const growthMismatch: Rule = {
  id: "growth-mismatch",
  severity: "error",
  description: {
    id: "Pertumbuhan / rata-rata pertumbuhan yang tidak sesuai dengan nilai tahunan pada baris yang sama.",
    en: "A growth or average growth that does not follow from the row's yearly values.",
  },
  example: {
    id: "Rata-rata pertumbuhan tertulis 13,72 %, nilai tahunannya memberi 3,43 %.",
    en: "Average growth written 13.72 %, the yearly values give 3.43 %.",
  },
  howToFix: {
    id: "Hitung ulang dari nilai tahunannya (sebaiknya dengan rumus), atau periksa nilai tahunan itu.",
    en: "Recompute it from the yearly values (preferably with a formula), or check those values.",
  },
  messages: {
    yearly: {
      id: "{{name}}pertumbuhan {{year}} tertulis {{written}} %, tetapi {{series}} {{prevYear}} ke {{year}} tumbuh {{computed}} % ((X{{year}} - X{{prevYear}}) / X{{prevYear}} x 100). Hitung ulang, atau periksa nilai tahunannya.",
      en: "{{name}}the {{year}} growth is {{written}} %, but the {{series}} grew {{computed}} % from {{prevYear}} to {{year}} ((X{{year}} - X{{prevYear}}) / X{{prevYear}} x 100). Recompute it, or check the yearly values.",
    },
    between: {
      id: "{{name}}perubahan {{now}} terhadap {{before}} tertulis {{written}} %, tetapi ({{now}} - {{before}}) / {{before}} x 100 = {{computed}} %. Hitung ulang (sebaiknya dengan rumus), atau periksa kedua nilainya.",
      en: "{{name}}the change of {{now}} against {{before}} is {{written}} %, but ({{now}} - {{before}}) / {{before}} x 100 = {{computed}} %. Recompute it (preferably with a formula), or check both values.",
    },
    average: {
      id: "{{name}}rata-rata pertumbuhan {{series}} tertulis {{written}} %, tetapi rata-rata aritmetika pertumbuhan tahunan {{series}} {{first}}-{{last}} adalah {{arithmetic}} %{{geometric}}. Hitung ulang dari nilai tahunannya, atau periksa nilai tahunan itu.",
      en: "{{name}}the average {{series}} growth is {{written}} %, but the arithmetic mean of the yearly {{series}} growth {{first}}-{{last}} is {{arithmetic}} %{{geometric}}. Recompute it from the yearly values, or check those values.",
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const growthCols = table.columns.filter((c) => c.role === "pertumbuhan");
    for (const pc of growthCols) {
      const pair = pasanganUntuk(table, pc);
      if (pair) {
        out.push(...antaraKolom(table, ctx, pc, pair));
        continue;
      }
      const deret = deretUntuk(table, pc);
      if (!deret) continue;
      for (const row of barisData(table)) {
        const p = numAt(g, row.row, pc.col);
        if (!p) continue;
        const tol = tolerance(p, ctx.settings.toleransi);
        const nama = namaIndikator(table, g, row);
        if (pc.year !== undefined) {
          const cur = deret.cols.find((c) => c.year === pc.year);
          const prev = deret.cols.find((c) => c.year === (pc.year as number) - 1);
          if (!cur || !prev) continue;
          const f = dariKeKolom(g, row.row, pc.col, prev.col, cur.col, tol);
          if (!f) continue;
          const { growth, ...temuan } = f;
          out.push({
            ...temuan,
            messageId: "yearly",
            data: {
              name: awalan(nama),
              year: String(pc.year),
              written: p.value,
              series: deret.nama,
              prevYear: String(prev.year),
              computed: growth,
            },
          });
          continue;
        }
        const values = deret.cols.map((c) => g.value(row.row, c.col));
        const a = rataPertumbuhan(values, "aritmetika");
        if (!a.ok) continue;
        if (Math.abs(a.value - p.value) <= tol) continue;
        const geo = rataPertumbuhan(values, "geometrik");
        if (geo.ok && Math.abs(geo.value - p.value) <= tol) continue;
        const first = deret.cols.find((c) => numAt(g, row.row, c.col))?.year;
        const last = [...deret.cols].reverse().find((c) => numAt(g, row.row, c.col))?.year;
        out.push({
          row: row.row,
          col: pc.col,
          expected: round(a.value, 2),
          actual: p.value,
          inputs: deret.cols.map((c) => [row.row, c.col] as [number, number]),
          recheck: (cells) => {
            const pv = cells(row.row, pc.col);
            const vs = deret.cols.map((c) => cells(row.row, c.col) ?? null);
            const ar = rataPertumbuhan(vs, "aritmetika");
            const ge = rataPertumbuhan(vs, "geometrik");
            return (
              pv === undefined ||
              !ar.ok ||
              Math.abs(ar.value - pv) <= tol ||
              (ge.ok && Math.abs(ge.value - pv) <= tol)
            );
          },
          messageId: "average",
          data: {
            name: awalan(nama),
            series: deret.nama,
            written: p.value,
            first: String(first),
            last: String(last),
            arithmetic: a.value,
            // the other form tried, when it gives a number
            geometric: geo.ok
              ? {
                  id: `; bentuk geometrik (CAGR) memberi ${angkaId(geo.value)} %`,
                  en: `; the geometric form (CAGR) gives ${angkaEn(geo.value)} %`,
                }
              : "",
          },
        });
      }
    }
    return out;
  },
};

/** A change between two named columns of each row ("Perubahan Desember thd Juli (%)"). */
function antaraKolom(
  table: DetectedTable,
  ctx: RuleContext,
  pc: DetectedColumn,
  [now, before]: [DetectedColumn, DetectedColumn],
): RuleFinding[] {
  const g = ctx.grid;
  const out: RuleFinding[] = [];
  const label = (c: DetectedColumn): string => daunKepala(c.header);
  for (const row of barisData(table)) {
    const p = numAt(g, row.row, pc.col);
    if (!p) continue;
    const f = dariKeKolom(g, row.row, pc.col, before.col, now.col, tolerance(p, ctx.settings.toleransi));
    if (!f) continue;
    const { growth, ...temuan } = f;
    out.push({
      ...temuan,
      // (the growth column names the two it compares by their labels: their roles do not matter)
      tanpaPeran: true,
      messageId: "between",
      data: {
        name: awalan(namaIndikator(table, g, row)),
        now: label(now),
        before: label(before),
        written: p.value,
        computed: growth,
      },
    });
  }
  return out;
}

/**
 * The growth written at (row, col) against the one from column `from` to column `to` of its row:
 * the finding's cells, values and recheck, or undefined when it holds (or cannot be read).
 */
function dariKeKolom(
  g: Grid,
  row: number,
  col: number,
  from: number,
  to: number,
  tol: number,
): (Omit<RuleFinding, "messageId" | "data"> & { growth: number }) | undefined {
  const p = numAt(g, row, col);
  const h = pertumbuhan(g.value(row, from), g.value(row, to));
  if (!p || !h.ok || Math.abs(h.value - p.value) <= tol) return undefined;
  return {
    row,
    col,
    expected: round(h.value, 2),
    actual: p.value,
    growth: h.value,
    // a wrong value it reads (a whole-rupiah amount in a table in millions) makes this its
    // consequence (./precision)
    inputs: [
      [row, from],
      [row, to],
    ],
    recheck: (cells) => {
      const pv = cells(row, col);
      const x = pertumbuhan(cells(row, from) ?? null, cells(row, to) ?? null);
      return pv === undefined || !x.ok || Math.abs(x.value - pv) <= tol;
    },
  };
}
