// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// realisation in Rp of the E.81 and of the retribusi recap adds its four quarters except the planted
// cells, and the kondisi akhir of the T-C.27 and the IKU matrix is the last target for rates and the
// sum for counts, except the planted cells.
import type { BookW } from "../forms/kit";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind126 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-twenty-sixth set of unseen standard-form workbooks (Disparekraf)",
  buildBlind126,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind126"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
      const plantedCells = (b: BookW) =>
        new Set(b.findings.flatMap((f) => (f.cell ? [`${f.sheet}!${f.cell}`] : [])));

      it("adds the four quarters into every realisation in Rp, except the planted cells", () => {
        for (const prefix of ["evaluasi-e81-", "rekap-retribusi-"]) {
          const { book: b, wb } = book(prefix);
          const [t] = b.expected().tables;
          const get = getter(wb);
          const rl = Object.entries(t.columns).filter(
            ([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran",
          );
          expect(rl.length).toBe(5);
          const q = rl.slice(0, 4).map(([l]) => colNumber(l));
          const tot = rl[4][0];
          const wrong: string[] = [];
          let seen = 0;
          for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
            const v = get(t.sheet, r, colNumber(tot));
            // the JUMLAH row follows the planted Jumlah above it
            if (typeof v !== "number" || get(t.sheet, r, colNumber(t.firstCol)) === "JUMLAH") continue;
            seen++;
            const s = q.reduce((n, c) => n + Number(get(t.sheet, r, c) ?? 0), 0);
            if (Math.abs(s - v) > 0.5) wrong.push(`${t.sheet}!${tot}${r}`);
          }
          expect(seen).toBeGreaterThanOrEqual(5);
          expect([prefix, wrong]).toEqual([prefix, wrong.filter((w) => plantedCells(b).has(w))]);
          expect(wrong.length).toBe(1);
        }
      });

      it("ends rates on the last target and counts on the sum, except the planted cells", () => {
        for (const prefix of ["renstra-tc27-", "matriks-iku-"]) {
          const { book: b, wb } = book(prefix);
          const [t] = b.expected().tables;
          const get = getter(wb);
          const cols = Object.entries(t.columns);
          const targets = cols
            .filter(([, r]) => Array.isArray(r) && r[0] === "target")
            .map(([l]) => colNumber(l));
          const ak = colNumber(cols.find(([, r]) => (Array.isArray(r) ? r[0] : r) === "kondisi-akhir")![0]);
          const sat = colNumber(cols.find(([, r]) => r === "satuan")![0]);
          const wrong: string[] = [];
          for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
            const v = get(t.sheet, r, ak);
            if (typeof v !== "number") continue;
            const ts = targets.map((c) => Number(get(t.sheet, r, c)));
            const level = ["%", "indeks"].includes(String(get(t.sheet, r, sat)));
            const want = level ? ts[ts.length - 1] : ts.reduce((n, x) => n + x, 0);
            if (Math.abs(want - v) > 0.006) wrong.push(`${t.sheet}!${String.fromCharCode(64 + ak)}${r}`);
          }
          expect(wrong.length).toBe(1);
          expect([prefix, wrong]).toEqual([prefix, wrong.filter((w) => plantedCells(b).has(w))]);
        }
      });
    },
  },
);
