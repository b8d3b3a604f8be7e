// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no bagian
// spends more than its SPPD pagu except the planted one, and the T-C.27's Rp kondisi akhir adds the five
// years everywhere except the planted sub kegiatan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind208 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the set forms-blind208 of unseen standard-form workbooks (Bagian Umum / Rumah Tangga)",
  buildBlind208,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind208"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no SPPD pagu beyond 100 %, except the planted Bagian Organisasi", () => {
        const { book: b, wb } = book("rekap-sppd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const pagu = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const jml = colNumber(
          letters.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[4][0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const p = get(t.sheet, r, pagu);
          const j = get(t.sheet, r, jml);
          if (typeof p === "number" && typeof j === "number" && j > p) over.push(r);
        }
        expect(over.length).toBe(1);
      });

      it("adds the five years for the Rp kondisi akhir of the T-C.27, except one planted row", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const rpak = colNumber(t.lastCol);
        const short: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, rpak).value;
          if (v && typeof v === "object" && "formula" in v && String(v.formula).split("+").length !== 5)
            short.push(r);
        }
        expect(short.length).toBe(1);
      });
    },
  },
);
