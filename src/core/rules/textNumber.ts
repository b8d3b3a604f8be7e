// text-number: a number stored as text in a numeric column (target, realisasi, capaian, anggaran,
// realisasi anggaran, kondisi awal / akhir, pertumbuhan, or a column headed by a year). Text
// pasted from PDF ("11.653", "6,12", "2.161.905.000", "1,234.5") looks like a number but Excel
// leaves it out of SUM and of every formula, so totals and achievements silently go wrong.
// The finding says the number the text means (Indonesian reading, or English when only that one
// parses) and offers it as the fix. When the text reads two ways ("1.092": 1092 the Indonesian
// way, 1,092 the English way) the row's or the column's numbers decide; when they cannot, no
// fix is offered. Left alone: qualitative values ("A (84,35)", "Baik 82"), "-", "NA", blanks,
// text columns, and values with a footnote mark ("0,24*)": a deliberate note such as "predicted
// data"), which get an info at most.
import { parseAngka } from "../numbers";
import type { Angka } from "../numbers";
import type { DetectedColumn, DetectedTable } from "../detect";
import type { Grid } from "../grid";
import { colToLetters, toA1 } from "../grid";
import type { Rule, RuleFinding } from "./types";
import { angkaPenuh, formatPersen, isKolomAngka, sekitar, tetanggaBaris, tetanggaKolom } from "./kolomAngka";

type AngkaNilai = Extract<Angka, { kind: "angka" }>;

function polos(a: Angka): a is AngkaNilai {
  return a.kind === "angka" && a.label === undefined && a.note === undefined;
}

function judul(c: DetectedColumn): string {
  return c.header ? ` (${c.header})` : "";
}

const TEKS_KOLOM = new WeakMap<DetectedTable, Map<number, boolean>>();

/** Is a third or more of the column's values text (words, or numbers with their unit)? */
function kolomTeks(table: DetectedTable, g: Grid, col: number): boolean {
  let memo = TEKS_KOLOM.get(table);
  if (!memo) TEKS_KOLOM.set(table, (memo = new Map()));
  let yes = memo.get(col);
  if (yes === undefined) {
    let n = 0;
    let teks = 0;
    for (const r of table.rows) {
      const v = g.value(r.row, col);
      if (v === null || v === "") continue;
      n++;
      if (typeof v === "string" && /\p{L}/u.test(v)) teks++;
    }
    yes = n >= 3 && teks * 3 >= n;
    memo.set(col, yes);
  }
  return yes;
}

export const textNumber: Rule = {
  id: "text-number",
  severity: "warning",
  description: {
    id: "Angka yang tersimpan sebagai teks di kolom angka: Excel tidak menghitungnya dalam rumus.",
    en: "A number stored as text in a numeric column: Excel leaves it out of formulas.",
  },
  example: {
    id: '"85,5" atau "1.092" diketik sebagai teks di kolom angka.',
    en: '"85,5" or "1.092" typed as text in a numeric column.',
  },
  howToFix: {
    id: "Ubah menjadi angka (Data > Text to Columns, atau ketik ulang); pindahkan tanda catatan kaki ke kolom keterangan.",
    en: "Turn it into a number (Data > Text to Columns, or retype it); move footnote marks to a remarks column.",
  },
  otherSeverities: [
    {
      severity: "info",
      when: {
        id: 'teks dengan tanda catatan kaki ("0,24*)"), yang memang sengaja, atau di kolom yang sepertiga nilainya teks bersatuan ("5 Dokumen", "Madya")',
        en: 'text with a footnote mark ("0,24*)"), which is deliberate, or in a column where a third of the values are text with units ("5 Dokumen", "Madya")',
      },
    },
  ],
  messages: {
    footnoteMark: {
      id: '"{{text}}" ditulis sebagai teks dengan tanda catatan kaki "{{mark}}", jadi tidak ikut dihitung. Bila angkanya ({{number}}) perlu dihitung, tulis angkanya saja dan pindahkan tanda catatan ke kolom keterangan.',
      en: '"{{text}}" is text with the footnote mark "{{mark}}", so it is left out of calculations. If its number ({{number}}) must count, write the number alone and move the mark to a remarks column.',
    },
    ambiguous: {
      id: '"{{text}}" tersimpan sebagai teks di kolom angka{{header}} dan bisa dibaca {{indonesian}} (cara Indonesia) atau {{english}} (cara Inggris); angka di sekitarnya tidak memastikan yang mana. Tulis sebagai angka dengan nilai yang benar.',
      en: '"{{text}}" is stored as text in a numeric column{{header}} and reads {{indonesian}} (Indonesian format) or {{english}} (English format); the numbers around it do not tell which. Enter it as a number with the right value.',
    },
    formulaText: {
      id: 'Rumus di sel ini menghasilkan teks "{{text}}", bukan angka {{number}}; rumus lain tidak akan menghitungnya. Ubah rumusnya agar menghasilkan angka (misalnya tanpa TEXT()).',
      en: 'The formula in this cell returns the text "{{text}}", not the number {{number}}; other formulas will not count it. Change it to return a number (e.g. without TEXT()).',
    },
    storedAsText: {
      id: '"{{text}}" tersimpan sebagai teks di kolom angka{{header}}, sehingga tidak ikut dalam rumus dan jumlah. Ubah menjadi angka {{number}}.',
      en: '"{{text}}" is stored as text in a numeric column{{header}}, so formulas and totals leave it out. Turn it into the number {{number}}.',
    },
    columnAsText: {
      id: 'Kolom {{letter}}: {{count}} angka tersimpan sebagai teks (mis. {{cell}} "{{example}}"), sehingga tidak ikut dalam rumus dan jumlah. Ubah seluruh kolom menjadi angka (pilih kolomnya, Data > Text to Columns, format Indonesia).',
      en: 'Column {{letter}}: {{count}} numbers stored as text (e.g. {{cell}} "{{example}}"), so formulas and totals leave them out. Turn the whole column into numbers (select it, Data > Text to Columns, Indonesian format).',
    },
  },
  fixable: "value",
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const cols = table.columns.filter(isKolomAngka);
    if (cols.length === 0) return out;
    for (const r of table.rows) {
      for (const c of cols) {
        const v = g.value(r.row, c.col);
        if (typeof v !== "string") continue;
        const id = parseAngka(v, { decimal: "id" });
        if (id.kind === "kosong" || id.kind === "tanpa-nilai") continue;
        const teks = v.trim();
        if (id.kind === "angka" && id.label !== undefined) continue; // "A (84,35)", "Baik 82"
        if (id.kind === "angka" && id.note !== undefined) {
          out.push({
            row: r.row,
            col: c.col,
            severity: "info",
            actual: teks,
            messageId: "footnoteMark",
            data: { text: teks, mark: id.note, number: angkaPenuh(id.value) },
          });
          continue;
        }
        const en = parseAngka(v, { decimal: "en" });
        const readings: number[] = [];
        if (polos(id)) readings.push(id.value);
        if (polos(en) && !readings.includes(en.value)) readings.push(en.value);
        if (readings.length === 0) continue; // words, "(3,2)", "#REF!": not a number
        const percent = (polos(id) && id.percent) || (polos(en) && en.percent);

        let value: number | undefined = readings[0];
        let ragu = false;
        if (readings.length === 2) {
          const row = tetanggaBaris(table, g, r.row, c);
          const ref = row.length > 0 ? row : tetanggaKolom(table, g, r, c.col).ref;
          const fit = readings.filter((x) => sekitar(x, ref));
          if (fit.length === 1) value = fit[0];
          else if (ref.length > 0) ragu = true; // both or neither fit: the numbers around cannot tell
        }
        const scale = formatPersen(g, r.row, c.col) && percent ? 100 : 1;
        const canFix = !ragu && !g.formula(r.row, c.col);
        const f: RuleFinding = {
          row: r.row,
          col: c.col,
          expected: (value as number) / scale,
          actual: teks,
          ...(ragu
            ? {
                messageId: "ambiguous",
                data: {
                  text: teks,
                  header: judul(c),
                  indonesian: angkaPenuh(readings[0]),
                  english: angkaPenuh(readings[1]),
                },
              }
            : {
                messageId: g.formula(r.row, c.col) ? "formulaText" : "storedAsText",
                data: { text: teks, header: judul(c), number: angkaPenuh(value as number) },
              }),
        };
        if (ragu) delete f.expected;
        if (canFix) f.fix = { value: (value as number) / scale };
        // a column of targets written with their units ("5 Dokumen", "Madya", "100 %"), as Renja
        // tables often are: the text is the form's way, not a slip
        if (!g.formula(r.row, c.col) && kolomTeks(table, g, c.col)) f.severity = "info";
        out.push(f);
      }
    }
    return perKolom(table, g, out);
  },
};

/**
 * A column typed all as text (a table pasted from a PDF: "20.150.000.000,00" in every row) is one
 * finding, not one per cell: at its first cell, with how many there are.
 */
function perKolom(table: DetectedTable, g: Grid, found: RuleFinding[]): RuleFinding[] {
  const byCol = new Map<number, RuleFinding[]>();
  for (const f of found) if (f.severity !== "info") byCol.set(f.col, [...(byCol.get(f.col) ?? []), f]);
  const out = found.filter((f) => f.severity === "info");
  for (const [col, list] of byCol) {
    let valued = 0;
    for (const r of table.rows) {
      const v = g.value(r.row, col);
      if (v !== null && v !== "") valued++;
    }
    if (list.length < 3 || list.length < valued * 0.8) {
      out.push(...list);
      continue;
    }
    const first = list[0];
    const letter = colToLetters(col);
    out.push({
      row: first.row,
      col,
      actual: first.actual,
      messageId: "columnAsText",
      data: {
        letter,
        count: String(list.length),
        cell: toA1(first.row, col),
        example: String(first.actual),
      },
    });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}
