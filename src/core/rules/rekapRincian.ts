// A recap by place beside the detail it sums ("REKAPITULASI ... MENURUT KABUPATEN" under the
// roads per ruas, each ruas with its "Kab.", forms-blind66): each recap cell is the sum of the
// detail rows of its place, in the column of the same name ("Baik (km)" over "Kondisi Permukaan
// (km) > Baik"). Asked only where the tables show it: every recap row names a place of the detail
// table, and nearly every cell of the matched columns agrees (three or more, a quarter at most
// off); the recap cells that do not are named. Checked by cross-table-mismatch.
import type { DetectedColumn, DetectedTable } from "../detect";
import { TEXT_ROLES } from "../detect/peran";
import { daunKepala, labelTanpaKurung, norm } from "../detect/text";
import { BUKAN_HITUNGAN } from "../detect/tebakanRekap";
import { colToLetters } from "../grid";
import type { RuleContext, RuleFinding } from "./types";
import { barisNilai, jumlahSama, kolomMenurut, numAt, textAt } from "./values";

/** A column's name for matching: its own label without its unit ("baik" of "Baik (km)"). */
const nama = (c: DetectedColumn): string => labelTanpaKurung(c.header);

/** The table's place column and its numeric columns of counts or amounts, by name. */
function bentuk(
  t: DetectedTable,
): { tempat: DetectedColumn; kolom: Map<string, DetectedColumn> } | undefined {
  const tempat = t.columns.find((c) => c.role === "lokasi");
  if (!tempat) return undefined;
  const kolom = kolomMenurut(t.columns, (c) =>
    TEXT_ROLES.has(c.role) || c.role === "no" || c.role === "capaian" || BUKAN_HITUNGAN.test(norm(c.header))
      ? undefined
      : nama(c) || undefined,
  );
  return { tempat, kolom };
}

export function rekapRincian(table: DetectedTable, ctx: RuleContext): RuleFinding[] {
  const g = ctx.grid;
  const rekap = bentuk(table);
  if (!rekap || rekap.kolom.size === 0) return [];
  const baris = barisNilai(table);
  if (baris.length < 2) return [];
  // every row a place of its own (read row by row: most tables repeat one by their second row)
  const tempatRekap: string[] = [];
  const dilihat = new Set<string>();
  for (const r of baris) {
    const t = norm(textAt(g, r.row, rekap.tempat.col));
    if (!t || dilihat.has(t)) return [];
    dilihat.add(t);
    tempatRekap.push(t);
  }
  for (const other of ctx.tables) {
    if (other.table === table || other.grid !== g) continue;
    const rinci = bentuk(other.table);
    if (!rinci) continue;
    // the detail's rows by place; the recap's places must all be there, some with two rows or more
    const grup = new Map<string, number[]>();
    for (const r of barisNilai(other.table)) {
      const t = norm(textAt(g, r.row, rinci.tempat.col));
      if (t) grup.set(t, [...(grup.get(t) ?? []), r.row]);
    }
    if (!tempatRekap.every((t) => grup.has(t))) continue;
    if (!tempatRekap.some((t) => grup.get(t)!.length >= 2)) continue;
    const pasangan = [...rekap.kolom].flatMap(([k, a]) => {
      const b = rinci.kolom.get(k);
      return b ? [{ a, b }] : [];
    });
    if (pasangan.length === 0) continue;
    const sel: Array<{
      row: number;
      a: DetectedColumn;
      b: DetectedColumn;
      nilai: number;
      jumlah: number;
      rows: number[];
    }> = [];
    for (const { a, b } of pasangan)
      baris.forEach((r, i) => {
        const v = numAt(g, r.row, a.col);
        const rows = grup.get(tempatRekap[i])!;
        const parts = rows.map((x) => numAt(g, x, b.col));
        if (!v || v.text || parts.some((p) => !p || p.text)) return;
        const jumlah = parts.reduce((s, p) => s + p!.value, 0);
        sel.push({ row: r.row, a, b, nilai: v.value, jumlah, rows });
      });
    const salah = sel.filter((s) => !jumlahSama(s.nilai, s.jumlah));
    const sesuai = sel.length - salah.length;
    if (sesuai < 3 || salah.length === 0 || salah.length * 4 > sel.length) continue;
    return salah.map((s) => ({
      row: s.row,
      col: s.a.col,
      expected: s.jumlah,
      actual: s.nilai,
      tanpaPeran: true,
      messageId: "recapOfDetail",
      data: {
        place: textAt(g, s.row, rekap.tempat.col),
        column: daunKepala(s.a.header),
        written: s.nilai,
        sum: s.jumlah,
        cells: s.rows.map((x) => `${colToLetters(s.b.col)}${x}`).join(", "),
        sheet: other.table.sheet,
        agree: String(sesuai),
      },
    }));
  }
  return [];
}
