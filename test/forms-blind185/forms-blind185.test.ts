// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// takes the Triwulan IV value for the rates and adds the quarters of the flows, and the kapitasi
// belanja stays within the kapitasi received except on the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind185 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the set forms-blind185 of unseen standard-form workbooks (UPTD Puskesmas BLUD)",
  buildBlind185,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind185"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no kapitasi above what the puskesmas received, except the planted row", () => {
        const { book: b, wb } = book("rekap-kapitasi-jkn-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const first = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, first) !== "number") continue;
          const pagu = get(t.sheet, r, first + 4);
          const jml = get(t.sheet, r, first + 7);
          if (typeof pagu === "number" && typeof jml === "number" && jml > pagu) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });

      it("takes the Triwulan IV value for the rates of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const k11 = first + 5 + 10;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k11).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, first + 4).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
