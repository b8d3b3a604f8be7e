// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// saldo akhir of the rekonsiliasi is saldo awal + tambah - kurang except the planted KIB C, and the
// E.81's program % takes the Triwulan IV level while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind138 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-fortieth set of unseen standard-form workbooks (BPKAD, BMD)", buildBlind138, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind138"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("closes every saldo of the rekonsiliasi (awal + tambah - kurang), except the planted KIB C", () => {
      const { book: b, wb } = book("rekonsiliasi-bmd-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const [sa, tb, kr, ak] = [3, 4, 5, 6].map((d) => get(t.sheet, r, c1 + d));
        if (typeof get(t.sheet, r, c1) !== "number") continue;
        if (
          [sa, tb, kr, ak].every((v) => typeof v === "number") &&
          Math.abs((sa as number) + (tb as number) - (kr as number) - (ak as number)) > 0.5
        )
          off.push(r);
      }
      expect(off.length).toBe(1);
      expect(b.findings.some((f) => f.cell === `${String.fromCharCode(64 + c1 + 6)}${off[0]}`)).toBe(true);
    });

    it("takes the Triwulan IV level for the E.81 program % and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c1 = colNumber(t.firstCol);
      const k12 = c1 + 5 + 14;
      let seen = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, c1 + 4).value);
        seen++;
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen).toBe(5);
    });
  },
});
