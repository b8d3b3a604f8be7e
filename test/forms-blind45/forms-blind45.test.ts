// The forty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the PK stands on the first sheet with the Renstra targets on the second, and the SPM
// recap lists the twelve health services.
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind45 } from "./build";

soundnessSuite("the forty-fifth set of unseen standard-form workbooks", buildBlind45, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind45"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("puts the PK and its budget on the first sheet and the Renstra targets on the second", () => {
      const { book: b, wb } = book("pk-kadis-ppkb-");
      expect(wb.worksheets.map((w) => w.name)).toEqual(["PK 2025", "Renstra 2021-2026"]);
      expect(b.expected().tables.map((t) => t.sheet)).toEqual(["Renstra 2021-2026", "PK 2025", "PK 2025"]);
    });

    it("lists the twelve SPM health services", () => {
      const { book: b } = book("rekap-spm-kesehatan-");
      const [t] = b.expected().tables;
      expect(t.lastDataRow - t.firstDataRow + 1).toBe(13);
    });
  },
});
