// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// rekap IKM's tenaga kerja is L + P on every kecamatan but the planted one, and the E.81's Kinerja (12)
// is a sum of quarters exactly where the indicator is a flow (not %, not indeks).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind88 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the eighty-eighth set of unseen standard-form workbooks (Perindustrian and Kominfo-Statistik)",
  buildBlind88,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind88"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds Laki-laki and Perempuan on every kecamatan of the rekap IKM except the planted one", () => {
        const { book: b, wb } = book("rekap-ikm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const bad: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c1) !== "number") continue;
          const l = get(t.sheet, r, c1 + 4) as number;
          const p = get(t.sheet, r, c1 + 5) as number;
          const j = get(t.sheet, r, c1 + 6) as number;
          if (l + p !== j) bad.push(r);
        }
        expect(bad.length).toBe(1);
        expect(b.findings.some((f) => f.cell === `${String.fromCharCode(64 + c1 + 6)}${bad[0]}`)).toBe(true);
      });

      it("sums the quarters of the E.81's Kinerja (12) exactly where the indicator is a flow", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c1 = colNumber(t.firstCol);
        const k12 = c1 + 4 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, c1 + 3).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%" && sat !== "indeks"]);
        }
        expect(seen.has("%") && seen.has("dataset")).toBe(true);
      });
    },
  },
);
