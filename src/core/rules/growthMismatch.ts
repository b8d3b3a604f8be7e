// growth-mismatch: a recorded growth (role pertumbuhan) that does not follow from the row's
// yearly values, within the rounding of the printed value plus settings.toleransi.
// - "Rata-rata Pertumbuhan > Anggaran" (form T-C.24): the row's anggaran columns in year order;
//   "> Realisasi": its realisasi anggaran (or realisasi) columns. A column that names neither
//   follows the anggaran, else the target, else the realisasi columns.
// - The average is the arithmetic mean of the yearly growth rates (core rataPertumbuhan, the
//   seed's way: Belanja Tidak Langsung 11,60 and 15,70). A value that matches the geometric form
//   (CAGR) instead is accepted, and a finding says which forms were tried.
// - A growth column with a year Y ("Pertumbuhan > 2019") is the growth from Y-1 to Y.
// Why: an average growth that does not follow from the amounts (seed Tabel 2.3.2, Belanja
// Langsung anggaran: 13,72 printed, the amounts give 3,43) misleads every reader of the trend.
// Blanks, "-" and "NA" inside the run, zeros to grow from and negatives give no finding.
import { pertumbuhan, rataPertumbuhan } from "../indicators";
import type { DetectedColumn, DetectedTable } from "../detect";
import { labelAkhir } from "../detect/text";
import { awalan, barisData, kolomTahunan, namaIndikator } from "./tahunan";
import type { Rule, RuleFinding } from "./types";
import { angkaEn, angkaId, numAt, round, tolerance } from "./values";

type Deret = { cols: DetectedColumn[]; nama: { id: string; en: string } };

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
          const h = pertumbuhan(g.value(row.row, prev.col), g.value(row.row, cur.col));
          if (!h.ok || Math.abs(h.value - p.value) <= tol) continue;
          out.push({
            row: row.row,
            col: pc.col,
            expected: round(h.value, 2),
            actual: p.value,
            // a wrong yearly value (a whole-rupiah amount in a table in millions) makes this its
            // consequence (./precision)
            inputs: [
              [row.row, prev.col],
              [row.row, cur.col],
            ],
            recheck: (cells) => {
              const pv = cells(row.row, pc.col);
              const x = pertumbuhan(cells(row.row, prev.col) ?? null, cells(row.row, cur.col) ?? null);
              return pv === undefined || !x.ok || Math.abs(x.value - pv) <= tol;
            },
            messageId: "yearly",
            data: {
              name: awalan(nama),
              year: String(pc.year),
              written: p.value,
              series: deret.nama,
              prevYear: String(prev.year),
              computed: h.value,
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
