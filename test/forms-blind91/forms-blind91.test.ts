// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no APM
// above 100 except the planted row, and the levels of the E.79 take their Triwulan IV value.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind91 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the ninety-first set of unseen standard-form workbooks (Dinas Pendidikan SU / NTT)",
  buildBlind91,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind91"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every APM at or below 100, except the planted row, while some APK pass 100", () => {
        const { book: b, wb } = book("rekap-apk-apm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const cols = Object.entries(t.columns).filter(([, r]) => r === "realisasi");
        const apk = colNumber(cols[2][0]);
        const apm = colNumber(cols[3][0]);
        const over: number[] = [];
        let apkOver = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const m = get(t.sheet, r, apm);
          const k = get(t.sheet, r, apk);
          if (typeof m === "number" && m > 100) over.push(r);
          if (typeof k === "number" && k > 100) apkOver++;
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("percent-out-of-range")).length);
        expect(apkOver).toBeGreaterThanOrEqual(2);
      });

      it("adds the quarters of the E.79 flows and takes Triwulan IV for its levels", () => {
        const { book: b, wb } = book("evaluasi-e79-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const sat = first + 3;
        const k12 = first + 4 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const unit = String(ws.getCell(r, sat).value);
          seen.add(unit);
          expect([r, String(v.formula).includes("+")]).toEqual([r, unit !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
