// The expected.json of a set of form workbooks (test/forms*), in the format of
// ../shared/samples/formulir/expected.json: per workbook the tables (sheet, header [first, last],
// firstDataRow, lastDataRow, firstCol, lastCol, columns {letter: role | [role, year]}), the planted
// findings (sheet + cell or anyOf, rules, note) and the clean cells (sheet, cell, rules).
import * as fs from "fs";
import * as path from "path";
import type { BookJson, BookW } from "./kit";

export function expectedJson(books: BookW[]): Record<string, BookJson> {
  return Object.fromEntries(books.map((b) => [b.file, b.expected()]));
}

/** Writes every workbook and expected.json into `dir` (created if needed); returns the file names. */
export async function writeBooks(dir: string, books: BookW[]): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  for (const b of books) await b.wb.xlsx.writeFile(path.join(dir, b.file));
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify(expectedJson(books), null, 1) + "\n");
  return books.map((b) => b.file);
}
