// A ratio the form's own number row states ("(10) = (8)/(4) x 100" over "% Luas Puso") and that one
// typed row breaks while the others keep it (forms-blind253's 6,63 where 96,8 / 1.521,75 x 100 =
// 6,36): read by ratio-components-mismatch, whatever the columns' roles, as the claim rests on the
// form's numbers. A column the header names as capaian is capaian-mismatch's, and a formula's stale
// value is ./rasioTersimpan's.
import type { DetectedTable } from "../detect";
import { kolomPerNomor, rasioNomorDari } from "../detect/nomorKolom";
import { norm } from "../detect/text";
import type { Grid } from "../grid";
import { textOf } from "../grid";
import { bagianMenurutNomor } from "./percentOutOfRange";
import { identitasNomor } from "./identitasNomor";
import type { RuleFinding } from "./types";
import { namaIndikator } from "./tahunan";
import { awalan, barisData, numAt, round, tolerance } from "./values";

export function rasioMenurutNomor(table: DetectedTable, g: Grid, toleransi: number): RuleFinding[] {
  const row = table.numberRow;
  if (row === undefined) return [];
  const byNumber = kolomPerNomor(g, row, table.range.c1, table.range.c2);
  const sums = identitasNomor(table, g);
  const out: RuleFinding[] = [];
  let lebih: Set<string> | undefined;
  for (let c = table.range.c1; c <= table.range.c2; c++) {
    const identity = textOf(g.value(row, c)).trim();
    const m = rasioNomorDari(norm(identity));
    if (!m) continue;
    const [kol, x, y] = [m[1], m[2], m[3]].map((n) => byNumber.get(Number(n)));
    if (!kol || !x || !y || kol.length !== 1 || x.length !== 1 || y.length !== 1) continue;
    const col = table.columns.find((k) => k.col === kol[0]);
    if (!col || (col.role === "capaian" && col.certain)) continue;
    const kali = /100/.test(identity) ? 100 : 1;
    const holds: number[] = [];
    const breaks: RuleFinding[] = [];
    for (const r of barisData(table)) {
      if (g.formula(r.row, col.col)) continue;
      const own = numAt(g, r.row, col.col);
      const a = numAt(g, r.row, x[0]);
      const b = numAt(g, r.row, y[0]);
      if (!own || own.text || !a || !b || b.value === 0) continue;
      const want = (a.value / b.value) * kali;
      const tol = tolerance(own, toleransi);
      if (Math.abs(own.value - want) <= tol) {
        holds.push(r.row);
        continue;
      }
      // (a row whose whole breaks its own sum, "(5) = (2)+(3)-(4)", and whose share holds on the
      // whole that sum gives: the share is right, the whole is the slip, named by sum-mismatch;
      // forms-blind285's 66,67 % of a Jumlah typed 26 where 24 is meant)
      const utuh = nilaiMenurutNomor(sums, g, r.row, y[0]);
      if (utuh !== undefined && utuh !== 0 && Math.abs(own.value - (a.value / utuh) * kali) <= tol) {
        holds.push(r.row);
        continue;
      }
      breaks.push({
        row: r.row,
        col: col.col,
        expected: round(want, 2),
        actual: own.value,
        tanpaPeran: true,
        messageId: "formIdentity",
        data: {
          name: awalan(namaIndikator(table, g, r)),
          column: col.header,
          stated: own.value,
          identity,
          want: round(want, 2),
        },
      });
    }
    // the form's identity holds on most rows: the rows that break it are slips, not another reading
    // (a part's share above 100 % is percent-out-of-range's, one finding for one slip)
    if (holds.length >= 3 && holds.length >= 2 * breaks.length) {
      const dinamai = (lebih ??= new Set(
        bagianMenurutNomor(table, g, toleransi, []).map((f) => `${f.row}:${f.col}`),
      ));
      out.push(...breaks.filter((f) => !dinamai.has(`${f.row}:${f.col}`)));
    }
  }
  return out;
}

/** What the number row's sum identity of a single column gives on a row, if it states one. */
function nilaiMenurutNomor(
  sums: ReturnType<typeof identitasNomor>,
  g: Grid,
  row: number,
  col: number,
): number | undefined {
  const id = sums.find(
    (x) => x.total.length === 1 && x.total[0] === col && x.parts.every((p) => p.length === 1),
  );
  if (!id) return undefined;
  let s = 0;
  for (let k = 0; k < id.parts.length; k++) {
    const v = numAt(g, row, id.parts[k][0]);
    if (!v) return undefined;
    s += id.signs[k] * v.value;
  }
  return s;
}
