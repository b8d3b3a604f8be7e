// The forty-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the PK keeps its two tables on one sheet beside the Renstra excerpt, and the LKjIP's lower-is-better
// row uses the refleksi.
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind49 } from "./build";

soundnessSuite("the forty-ninth set of unseen standard-form workbooks", buildBlind49, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind49"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("uses the refleksi for the lower-is-better row of the LKjIP", () => {
      const { book: b, wb } = book("lkjip-2024-dinas-ketahanan-pangan-");
      const [t] = b.expected().tables;
      const v = wb.getWorksheet(t.sheet)!.getCell(t.firstDataRow + 1, 8).value as { formula: string };
      expect(v.formula.startsWith("ROUND((2*")).toBe(true);
    });

    it("puts the PK's two tables on one sheet and the Renstra excerpt on another", () => {
      const { book: b } = book("pk-perubahan-2024-");
      expect(b.expected().tables.map((t) => t.sheet)).toEqual([
        "Renstra 2021-2026",
        "PK Perubahan",
        "PK Perubahan",
      ]);
    });
  },
});
