// The sixty-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Renja's program rows add only their kegiatan, the LKjIP's day indicators take the
// refleksi, and the PK stands on its own sheet beside the Renstra.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind69 } from "./build";

soundnessSuite("the sixty-ninth set of unseen standard-form workbooks", buildBlind69, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind69"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds only the kegiatan cells in the Renja's program rows", () => {
      const { wb } = book("renja-2025-");
      const ws = wb.getWorksheet("Renja 2025")!;
      let programs = 0;
      ws.eachRow((row) => {
        const kode = String(row.getCell(1).value ?? "");
        if (/^\d\.\d\d\.\d\d$/.test(kode)) {
          programs++;
          const f = (row.getCell(6).value as { formula: string }).formula;
          for (const ref of f.replace(/^SUM\(|\)$/g, "").split(",")) {
            const r = Number(/\d+$/.exec(ref)![0]);
            expect([ref, String(ws.getCell(r, 1).value).split(".").length]).toEqual([ref, 5]);
          }
        }
      });
      expect(programs).toBe(2);
    });

    it("takes the refleksi for the LKjIP's risalah days and R/T for the percentages", () => {
      const { book: b, wb } = book("lkjip-2024-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const get = getter(wb);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, 4));
        const f = (ws.getCell(r, 8).value as { formula: string }).formula;
        if (sat === "%") expect([r, f.startsWith("ROUND((2*")]).toEqual([r, false]);
        if (/risalah/.test(String(get(t.sheet, r, 3)))) expect(f.startsWith("ROUND((2*")).toBe(true);
      }
    });

    it("puts the PK and the Renstra on sheets of their own", () => {
      const { book: b } = book("perjanjian-kinerja-");
      const sheets = new Set(b.expected().tables.map((t) => t.sheet));
      expect(sheets).toEqual(new Set(["PK 2025", "Renstra"]));
      expect(b.expected().tables.length).toBe(3);
    });
  },
});
