// ratio-components-mismatch: a percentage row that is not its numerator row / denominator row
// x 100 ("1." over "1.1" and "1.2", seed "Capaian Kinerja Program"). The percentage and the
// denominator (the population) are read as given; the numerator cell is reported, with the
// count that would make the row right. A numbered group is read as a ratio only where the ratio
// holds in some column and the parent is no sum of its parts (docs/desain.md, "Precision").
import { TEXT_ROLES } from "../detect/peran";
import { nilaiRumus, parseRumusBaris } from "../formulas/hitung";
import { rasioTersimpan } from "./rasioTersimpan";
import { rasioMenurutNomor } from "./rasioNomor";
import type { Rule, RuleFinding } from "./types";
import { barisData, childrenOf, numAt, textAt, tolerance } from "./values";
import { awalan, namaIndikator } from "./tahunan";
import { cellReferences, colToLetters, fromR1C1, toR1C1 } from "../grid";
import { nilaiRasio } from "./precision";
import type { Grid } from "../grid";
import type { DetectedTable } from "../detect";

const VALUE_ROLES: ReadonlySet<string> = new Set(["kondisi-awal", "target", "realisasi", "kondisi-akhir"]);

/**
 * A row the table computes from other rows in its other years ("Produktivitas padi" = ROUND(E7/
 * E8,2), ROUND(F7/F8,2)) with a number typed in one year that the same formula contradicts
 * (forms-blind40's 5,75 ton/ha where 186.420 / 36.150 gives 5,16).
 */
function rumusSebaris(
  table: DetectedTable,
  g: Grid,
  toleransi: number | undefined,
  said: readonly RuleFinding[],
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const cols = table.columns.filter((c) => VALUE_ROLES.has(c.role) && c.ukuran !== "Rp").map((c) => c.col);
  const done = new Set(said.map((f) => `${f.row}:${f.col}`));
  for (const row of barisData(table)) {
    // (made for a row's first formula: most rows have none)
    let byForm: Map<string, number[]> | undefined;
    for (const c of cols) {
      const f = g.formula(row.row, c);
      if (!f) continue;
      const refs = cellReferences(f);
      // other rows of its own column only: the row is computed from rows above or below it
      if (!refs.length || refs.some(([r, rc]) => rc !== c || r === row.row)) continue;
      const form = toR1C1(f.replace(/^=/, ""), row.row, c);
      byForm ??= new Map();
      byForm.set(form, [...(byForm.get(form) ?? []), c]);
    }
    if (byForm === undefined) continue;
    const [form, users] = [...byForm.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!form || !users || users.length < 2) continue;
    for (const c of cols) {
      if (g.formula(row.row, c) || done.has(`${row.row}:${c}`)) continue;
      const own = numAt(g, row.row, c);
      if (!own || own.text) continue;
      const rumus = `=${fromR1C1(form, row.row, c)}`;
      const want = nilaiRasio(g, rumus);
      if (want === undefined || Math.abs(want - own.value) <= tolerance(own, toleransi)) continue;
      out.push({
        row: row.row,
        col: c,
        expected: want,
        actual: own.value,
        fix: { formula: rumus },
        messageId: "rowFormula",
        data: {
          name: awalan(namaIndikator(table, g, row)),
          stated: own.value,
          columns: users.map(colToLetters).join(", "),
          formula: rumus,
          want,
        },
      });
    }
  }
  return out;
}

export const ratioComponentsMismatch: Rule = {
  id: "ratio-components-mismatch",
  severity: "error",
  description: {
    id: "Baris persentase yang tidak sama dengan baris pembilang / baris penyebut x 100.",
    en: "A percentage row that is not its numerator row / denominator row x 100.",
  },
  example: {
    id: 'Baris "1. Persentase ..." 12,5 sedangkan baris 1.1 / baris 1.2 x 100 = 15.',
    en: 'Row "1. Persentase ..." 12.5 while row 1.1 / row 1.2 x 100 = 15.',
  },
  howToFix: {
    id: "Hitung ulang persentasenya dari baris pembilang dan penyebut, sebaiknya dengan rumus.",
    en: "Recompute the percentage from its numerator and denominator rows, preferably with a formula.",
  },
  messages: {
    ratio: {
      id: "{{indicator}}: tertulis {{stated}} %, tetapi {{numerator}} / {{denominator}} x 100 = {{ratio}} %. Pembilang seharusnya {{want}} bila persentase dan penyebutnya benar; periksa ketiganya.",
      en: "{{indicator}}: {{stated}} % is stated, but {{numerator}} / {{denominator}} x 100 = {{ratio}} %. The numerator would be {{want}} if the percentage and the denominator are right; check all three.",
    },
    rowFormula: {
      id: "{{name}}tertulis {{stated}}, tetapi kolom {{columns}} baris ini menghitungnya dari baris lain; rumus yang sama di sini, {{formula}}, memberi {{want}}. Periksa angka ini atau angka yang dirujuk, lalu pakai rumusnya.",
      en: "{{name}}{{stated}} is written, but columns {{columns}} of this row compute it from other rows; the same formula here, {{formula}}, gives {{want}}. Check this figure or the ones it refers to, then use the formula.",
    },
    formIdentity: {
      id: '{{name}}kolom "{{column}}" tertulis {{stated}}, tetapi menurut nomor kolom formulir "{{identity}}" nilainya {{want}}, seperti di baris lainnya. Perbaiki angka ini atau angka pembentuknya.',
      en: '{{name}}the column "{{column}}" is {{stated}}, but by the form\'s column numbers "{{identity}}" it is {{want}}, as on the other rows. Fix this figure or the figures it is made of.',
    },
    ownFormula: {
      id: "{{label}}tertulis {{stated}}, tetapi rumusnya sendiri ({{formula}}) memberi {{want}}. Periksa angka ini atau baris yang dirujuk rumusnya.",
      en: "{{label}}is {{stated}}, but its own formula ({{formula}}) gives {{want}}. Check this figure or the rows its formula names.",
    },
  },
  check(table, ctx) {
    const out: RuleFinding[] = [
      ...rasioTersimpan(table, ctx.grid, ctx.settings.toleransi, "lain"),
      ...rasioMenurutNomor(table, ctx.grid, ctx.settings.toleransi),
    ];
    const g = ctx.grid;
    const indCol = table.columns.find((c) => c.role === "indikator")?.col;
    const numCols = table.columns.filter((c) => !TEXT_ROLES.has(c.role)).map((c) => c.col);
    for (const parent of table.rows) {
      // numbered parts ("1.1", "1.2" under "1."); parts of a sum are sum-mismatch's
      const kids = childrenOf(table, parent.row);
      if (kids.length < 2) continue; // (no two parts among fewer rows: most rows have none)
      const parts = kids.filter((r) => r.kind === "komponen" && /^\d+\.\d+/.test(r.label ?? ""));
      if (parts.length !== 2) continue;
      const [num, den] = parts;
      // Is "1." really num / den x 100 here? Not when it is their sum (a program over its two
      // kegiatan numbered 1.1 and 1.2), nor when the ratio holds in no column at all.
      let holds = 0;
      let sums = 0;
      for (const c of numCols) {
        const p = numAt(g, parent.row, c);
        const a = numAt(g, num.row, c);
        const b = numAt(g, den.row, c);
        if (!p || !a || !b) continue;
        if (Math.abs(a.value + b.value - p.value) <= Math.max(0.5, Math.abs(p.value) * 1e-9)) sums++;
        if (
          b.value !== 0 &&
          Math.abs((a.value / b.value) * 100 - p.value) <= tolerance(p, ctx.settings.toleransi)
        )
          holds++;
      }
      if (sums > 0 || holds === 0) continue;
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
          messageId: "ratio",
          data: {
            indicator: `${parent.label ?? ""} ${name}`.trimStart(),
            stated: p.value,
            numerator: String(num.label),
            denominator: String(den.label),
            ratio,
            want,
          },
        });
      }
    }
    out.push(...rumusSebaris(table, g, ctx.settings.toleransi, out));
    // A rumus that names rows of the table ("(1.1 / 1.2) x 100%"): the row must follow it.
    const rumusCol = table.columns.find((c) => c.role === "rumus")?.col;
    if (rumusCol === undefined) return out;
    const byLabel = new Map(
      table.rows.filter((r) => r.label).map((r) => [r.label!.replace(/\.$/, ""), r.row]),
    );
    const reported = new Set(out.map((f) => `${f.row}:${f.col}`));
    for (const row of table.rows) {
      const rumus = parseRumusBaris(textAt(g, row.row, rumusCol));
      if (!rumus || !rumus.rows.every((l) => byLabel.has(l))) continue;
      for (const c of numCols) {
        const own = numAt(g, row.row, c);
        if (!own || reported.has(`${row.row}:${c}`)) continue;
        const values: Record<string, number | undefined> = {};
        for (const l of rumus.rows) values[l] = numAt(g, byLabel.get(l)!, c)?.value;
        const want = nilaiRumus(rumus, values);
        if (want === undefined || Math.abs(want - own.value) <= tolerance(own, ctx.settings.toleransi))
          continue;
        const text = textAt(g, row.row, rumusCol);
        out.push({
          row: row.row,
          col: c,
          expected: Math.round(want * 100) / 100,
          actual: own.value,
          messageId: "ownFormula",
          // "1.3 " before the verb, nothing for a row without a label
          data: { label: `${row.label ?? ""} `.trimStart(), stated: own.value, formula: text, want },
        });
      }
    }
    return out;
  },
};
