// year-gap: a year missing from a run of year columns of the same role (and K / Rp). Seed Kota
// Blitar Renstra Tabel 4.2 heads its targets 2022, 2024, 2025, 2026 (after kondisi awal 2021):
// 2023 is missing, so either a column was dropped or the years are shifted and every target
// sits under the wrong year. Reported at the header cell of the first column after the gap
// (the cell of that column's header that prints the year, else its first own header cell),
// with the missing year as expected and the year found as actual.
// A run needs three or more years with at least one step of one year; steps of two to four
// years are gaps, so runs by five years (2025, 2030, 2035) and far horizons (2026 -> 2045)
// are not. Years repeated in a role (two groups of target columns) count once.
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { yearIn } from "../detect/text";
import type { Rule, RuleFinding } from "./types";
import { kolomTahunIni } from "./tahunan";
import { namaPeran } from "./kolomAngka";

/** The header cell of a column that prints its year; else the column's first own header cell. */
function selJudul(table: DetectedTable, grid: Grid, col: number, year: number): { row: number; col: number } {
  const { r1, r2 } = table.headerRange;
  let firstOwn: number | undefined;
  for (let r = r1; r <= r2; r++) {
    if (r === table.numberRow || grid.isBlank(r, col)) continue;
    const m = grid.mergeAt(r, col);
    if (m && (m.r1 !== r || m.c1 !== col)) continue;
    firstOwn ??= r;
    if (yearIn(String(grid.value(r, col))) === year) return { row: r, col };
  }
  return { row: firstOwn ?? r1, col };
}

export const yearGap: Rule = {
  id: "year-gap",
  severity: "warning",
  description: {
    id: "Tahun yang hilang dari deretan kolom tahun dengan peran yang sama (misalnya 2022, 2024, 2025: 2023 tidak ada).",
    en: "A year missing from a run of year columns of the same role (e.g. 2022, 2024, 2025: 2023 is missing).",
  },
  example: {
    id: "Kolom target 2022, 2024, 2025: 2023 tidak ada.",
    en: "Target columns 2022, 2024, 2025: 2023 is missing.",
  },
  howToFix: {
    id: "Tambahkan kolom tahun yang hilang, atau perbaiki tahun di judul kolom bila nilainya tergeser.",
    en: "Add the missing year's column, or correct the header years if the values are shifted.",
  },
  messages: {
    yearMissing: {
      id: "Kolom {{role}}{{unit}} melompat dari {{before}} ke {{after}}: tahun {{missing}} tidak ada. Tambahkan kolom {{missing}}, atau perbaiki tahun di judul kolom bila nilainya tergeser.",
      en: "The {{role}}{{unit}} columns jump from {{before}} to {{after}}: {{missing}} is missing. Add the {{missing}} column, or correct the header years if the values are shifted.",
    },
  },
  check(table, ctx) {
    const out: RuleFinding[] = [];
    const groups = new Map<string, DetectedColumn[]>();
    for (const c of table.columns) {
      // the end-period target and values "s.d." a year stand apart from the run of years
      if (c.year === undefined || !kolomTahunIni(c)) continue;
      const key = `${c.role}|${c.ukuran ?? ""}`;
      const list = groups.get(key) ?? [];
      list.push(c);
      groups.set(key, list);
    }
    for (const cols of groups.values()) {
      const years = [...new Set(cols.map((c) => c.year as number))].sort((a, b) => a - b);
      if (years.length < 3) continue;
      const steps = years.slice(1).map((y, i) => y - years[i]);
      if (!steps.includes(1)) continue;
      steps.forEach((step, i) => {
        if (step < 2 || step > 4) return;
        const before = years[i];
        const after = years[i + 1];
        const missing = Array.from({ length: step - 1 }, (_, k) => before + k + 1);
        const col = cols.filter((c) => c.year === after).sort((a, b) => a.col - b.col)[0];
        const at = selJudul(table, ctx.grid, col.col, after);
        const role = { id: namaPeran(col.role, "id"), en: namaPeran(col.role, "en") };
        const unit = col.ukuran ? ` (${col.ukuran})` : "";
        out.push({
          ...at,
          // years are labels, not quantities: strings, so no one prints them as 2.023
          expected: String(missing[0]),
          actual: String(after),
          messageId: "yearMissing",
          data: { role, unit, before: String(before), after: String(after), missing: missing.join(", ") },
        });
      });
    }
    return out;
  },
};
