// The fifty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus a check
// of its own: the rencana aksi adds the quarters of a flow and takes TW IV for a level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind55 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-fifth set of unseen standard-form workbooks", buildBlind55, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind55"),
  uniqueClean: true,
  extra: (loaded) => {
    it("adds the quarters of a flow and takes TW IV for a level in the rencana aksi", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("pk-2025-rencana-aksi-"))!;
      const t = b.expected().tables.find((x) => x.sheet === "Rencana Aksi")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(get(t.sheet, r, c0 + 8));
        kinds.add(sifat);
        if (sifat === "Tingkat") expect(get(t.sheet, r, c0 + 3)).toBe(get(t.sheet, r, c0 + 7));
      }
      expect(kinds).toEqual(new Set(["Jumlah", "Tingkat"]));
    });
  },
});
