// The seventy-fourth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the PKPT's hari pemeriksaan is personil x hari on every objek row, the BPK recap's
// rekomendasi add up their three statuses on every year, and the PK's yearly target is the TW IV value
// exactly where the Cara Penghitungan says "Posisi akhir".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind72 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-fourth set of unseen standard-form workbooks", buildBlind72, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind72"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives every PKPT objek row HP = personil x hari", () => {
      const { book: b, wb } = book("pkpt-hp-objek-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let n = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const no = get(t.sheet, r, c0);
        if (typeof no !== "number") continue;
        n++;
        const org = Number(get(t.sheet, r, c0 + 5));
        const hari = Number(get(t.sheet, r, c0 + 6));
        expect([r, get(t.sheet, r, c0 + 7)]).toEqual([r, org * hari]);
      }
      expect(n).toBe(11);
    });

    it("adds the three statuses up to the rekomendasi in every year of the BPK recap", () => {
      const { book: b, wb } = book("tl-bpk-per-tahun-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const v = (k: number) => Number(get(t.sheet, r, c0 + k));
        expect([r, v(3)]).toEqual([r, v(5) + v(7) + v(9)]);
      }
    });

    it("takes the TW IV target as the year's exactly where the PK says Posisi akhir", () => {
      const { book: b, wb } = book("pk-target-triwulan-");
      const t = b.expected().tables.find((x) => x.sheet === "PK 2025")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const cara = String(get(t.sheet, r, c0 + 9));
        kinds.add(cara);
        if (cara === "Posisi akhir")
          expect([r, get(t.sheet, r, c0 + 4)]).toEqual([r, get(t.sheet, r, c0 + 8)]);
      }
      expect(kinds).toEqual(new Set(["Akumulasi", "Posisi akhir"]));
    });
  },
});
