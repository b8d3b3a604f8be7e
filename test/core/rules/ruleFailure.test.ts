// A rule that throws on one table (issue 14, item 3): one info finding naming the rule at the
// table, the other rules' findings unchanged, the other tables still checked.
import { runRules } from "../../../src/core/rules";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import type { Rule } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/detect";
import { sheet } from "./ruleTester";

const rusak: Rule = {
  id: "broken-rule",
  severity: "error",
  description: { id: "Aturan uji yang selalu gagal.", en: "A test rule that always fails." },
  example: { id: "Tabel di lembar A.", en: "A table on sheet A." },
  howToFix: { id: "Tidak ada: ini aturan uji.", en: "None: a test rule." },
  messages: {},
  check(table) {
    if (table.sheet === "A") throw new Error("index 7 out of range");
    return [];
  },
};

const grids = ["A", "B"].map((name) =>
  sheet({
    name,
    rows: [
      ["No", "Program", "Pagu 2024"],
      [1, "Program Penunjang", 100],
      [2, "Program Rehabilitasi Sosial", 150],
      [null, "Jumlah", 300],
    ],
  }),
);

describe("a rule that throws", () => {
  it("becomes one info at its table; the other rules and tables are checked", () => {
    const tables = grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
    const alone = runRules(tables, { rules: [sumMismatch] });
    const found = runRules(tables, { rules: [rusak, sumMismatch] });
    const failed = found.filter((f) => f.rule === "broken-rule");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: "info", sheet: "A", cell: "A1", messageId: "ruleFailed" });
    expect(failed[0].message).toMatch(
      /Aturan broken-rule gagal memeriksa tabel ini \(index 7 out of range\)/,
    );
    // the total (300) is not the sum of its parts (250) on both sheets: still found
    expect(alone.map((f) => f.sheet)).toEqual(expect.arrayContaining(["A", "B"]));
    expect(found.filter((f) => f.rule !== "broken-rule")).toEqual(alone);
  });

  it("includes a message the rule did not declare, or did not fill", () => {
    const messages = { total: { id: "Jumlah {{n}}.", en: "Total {{n}}." } };
    const finding = { row: 1, col: 1 };
    const unknown: Rule = { ...rusak, messages, check: () => [{ ...finding, messageId: "sum" }] };
    const unfilled: Rule = { ...rusak, messages, check: () => [{ ...finding, messageId: "total" }] };
    const tables = grids.slice(1).flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
    const [a] = runRules(tables, { rules: [unknown] });
    const [b] = runRules(tables, { rules: [unfilled] });
    expect(a).toMatchObject({ messageId: "ruleFailed", severity: "info" });
    expect(a.message).toMatch(/no message "sum"/);
    expect(b.message).toMatch(/no data for \{\{n\}\}/);
  });
});
