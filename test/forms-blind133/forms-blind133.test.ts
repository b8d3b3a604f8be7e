// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan gets more BSPS than its alokasi except the planted one, and the E.81 levels take the 2024
// value for (11) while the flows add (7) + (9).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind133 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-thirty-fifth set of unseen standard-form workbooks (Dinas Perkim and Bagian Kesra)",
  buildBlind133,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind133"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("pays no kecamatan more BSPS than its alokasi, except the planted row", () => {
        const { book: b, wb } = book("rekap-bsps-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const alok = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const paid = colNumber(
          letters.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[2][0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const n = get(t.sheet, r, alok);
          const p = get(t.sheet, r, paid);
          if (typeof n === "number" && typeof p === "number" && p > n) over.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("serapan-over-100"));
        expect(over.length).toBe(planted.length);
      });

      it("gives every BSPS kecamatan Rp 20 juta per unit", () => {
        const { book: b, wb } = book("rekap-bsps-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const unit = colNumber(t.firstCol) + 3;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, unit + 2)).toBe(Number(get(t.sheet, r, unit)) * 20_000_000);
      });

      it("takes the 2024 level for (11) of the E.81 levels and adds (7) + (9) for the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k11 = colNumber(t.firstCol) + 5 + 10;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k11).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
