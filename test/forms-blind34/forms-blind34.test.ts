// The thirty-fourth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the SIPD export starts at A1 with one header row and its codes split across columns.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind34 } from "./build";

soundnessSuite("the thirty-fourth set of unseen standard-form workbooks", buildBlind34, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind34"),
  uniqueClean: true,
  extra: (loaded) => {
    it("starts the SIPD export at A1 with one header row and five code columns", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("sipd-export-"))!;
      const [t] = b.expected().tables;
      expect([t.header, t.firstCol]).toEqual([[1, 1], "A"]);
      expect(Object.values(t.columns).filter((r) => r === "kode").length).toBe(5);
      const get = getter(wb);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const parts = [1, 2, 3, 4, 5].map((c) => String(get(t.sheet, r, c)));
        for (let k = 1; k < 4; k++) expect(parts[k].startsWith(parts[k - 1] + ".")).toBe(true);
      }
    });
  },
});
