// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: only the
// planted sub kegiatan spends above its pagu, and the E.81's realisasi K (12) adds the quarters
// exactly where the indicator is a flow (not "%", "skor").
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind193 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind193 of unseen standard-form workbooks (BRIDA)", buildBlind193, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind193"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("spends above the pagu only in the planted sub kegiatan", () => {
      const { book: b, wb } = book("serapan-kelitbangan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const left = colNumber(t.firstCol);
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const pagu = get(t.sheet, r, left + 3);
        const j = get(t.sheet, r, left + 8);
        const kode = String(get(t.sheet, r, left + 1) ?? "");
        if (kode.split(".").length === 6 && typeof pagu === "number" && typeof j === "number" && j > pagu)
          over.push(r);
      }
      expect(over.length).toBe(1);
    });

    it("adds the quarters in the E.81's realisasi K (12) only for flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const left = colNumber(t.firstCol);
      const sat = left + 4;
      const k12 = left + 5 + 14;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value as { formula?: string };
        const flow = String(ws.getCell(r, sat).value) === "dokumen";
        expect([r, String(v.formula).includes("+")]).toEqual([r, flow]);
      }
    });
  },
});
