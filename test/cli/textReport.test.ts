// The text report of the shipped sample workbook, in both languages, as a reviewer reads it:
// findings first, grouped by table with errors first, messages whole and wrapped; the tables
// and their column roles only with --verbose. The snapshots were read before they were committed.
import * as path from "path";
import { formatText, wrap } from "../../src/core/report";
import { checkFile } from "../../src/cli/main";

const sample = path.join(__dirname, "..", "..", "contoh", "contoh-renstra.xlsx");

describe("the text report", () => {
  it("of the sample, in Indonesian and in English", async () => {
    const id = formatText(await checkFile(sample, "id"), "id");
    const en = formatText(await checkFile(sample, "en"), "en");
    expect(id).toMatchSnapshot("id");
    expect(en).toMatchSnapshot("en");
    for (const text of [id, en]) {
      // no line over 100 characters except an unbreakable word; no column roles without --verbose
      expect(text.split("\n").filter((l) => l.length > 100 && / \S+ /.test(l.trim()))).toEqual([]);
      expect(text).not.toMatch(/Kolom: |Columns: /);
    }
    // errors come before warnings and info inside each table's group
    const rank = { GALAT: 0, PERINGATAN: 1, INFO: 2 } as const;
    let seen = 0;
    for (const group of id.split("\n\n")) {
      const sev = group.split("\n").flatMap((l) => /^ {2}(GALAT|PERINGATAN|INFO) /.exec(l)?.[1] ?? []);
      const ranks = sev.map((x) => rank[x as keyof typeof rank]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      seen += sev.length;
    }
    expect(seen).toBeGreaterThan(10);
  });

  it("lists the tables and their column roles with --verbose", async () => {
    const text = formatText(await checkFile(sample, "id"), "id", { verbose: true });
    expect(text).toMatch(/Tabel yang dibaca:\n {2}Tabel 1: lembar "T 2.3.1" A4:U38/);
    expect(text).toMatch(/Kolom: A no \| B indikator \| C satuan/);
  });

  it("wraps between words, never inside one", () => {
    const long = "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya ".repeat(3);
    const lines = wrap(long, "    ", 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(" ").replace(/\s+/g, " ").trim()).toBe(long.trim());
  });
});
