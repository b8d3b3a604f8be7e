// ratio-components-mismatch: a percentage row that is not its numerator row / denominator row
// x 100 ("1." over "1.1" and "1.2", seed "Capaian Kinerja Program"). The percentage and the
// denominator (the population) are read as given; the numerator cell is reported, with the
// count that would make the row right.
import type { Rule, RuleFinding } from "./types";
import { angkaEn, angkaId, childrenOf, numAt, textAt, tolerance } from "./values";

const TEXT_ROLES = new Set([
  "no",
  "kode",
  "tujuan",
  "sasaran",
  "indikator",
  "definisi",
  "rumus",
  "satuan",
  "polaritas",
  "penanggung-jawab",
  "sumber-data",
  "lokasi",
  "keterangan",
  "predikat",
]);

export const ratioComponentsMismatch: Rule = {
  id: "ratio-components-mismatch",
  severity: "error",
  description: {
    id: "Baris persentase yang tidak sama dengan baris pembilang / baris penyebut x 100.",
    en: "A percentage row that is not its numerator row / denominator row x 100.",
  },
  check(table, ctx) {
    const out: RuleFinding[] = [];
    const g = ctx.grid;
    const indCol = table.columns.find((c) => c.role === "indikator")?.col;
    const numCols = table.columns.filter((c) => !TEXT_ROLES.has(c.role)).map((c) => c.col);
    for (const parent of table.rows) {
      // numbered parts ("1.1", "1.2" under "1."); parts of a sum are sum-mismatch's
      const parts = childrenOf(table, parent.row).filter(
        (r) => r.kind === "komponen" && /^\d+\.\d+/.test(r.label ?? ""),
      );
      if (parts.length !== 2) continue;
      const [num, den] = parts;
      for (const c of numCols) {
        const p = numAt(g, parent.row, c);
        const a = numAt(g, num.row, c);
        const b = numAt(g, den.row, c);
        if (!p || !a || !b || b.value === 0) continue;
        const ratio = (a.value / b.value) * 100;
        if (Math.abs(ratio - p.value) <= tolerance(p, ctx.settings.toleransi)) continue;
        const want = (p.value * b.value) / 100;
        const name = textAt(g, parent.row, indCol) || parent.label || "";
        out.push({
          row: num.row,
          col: c,
          expected: Math.round(want * 100) / 100,
          actual: a.value,
          pesan: {
            id: `${parent.label ?? ""} ${name}: tertulis ${angkaId(p.value)} %, tetapi ${num.label} / ${den.label} x 100 = ${angkaId(ratio)} %. Pembilang seharusnya ${angkaId(want)} bila persentase dan penyebutnya benar; periksa ketiganya.`.trim(),
            en: `${parent.label ?? ""} ${name}: ${angkaEn(p.value)} % is stated, but ${num.label} / ${den.label} x 100 = ${angkaEn(ratio)} %. The numerator would be ${angkaEn(want)} if the percentage and the denominator are right; check all three.`.trim(),
          },
        });
      }
    }
    return out;
  },
};
