// The expected.json of the unseen standard-form set, in the format of
// ../shared/samples/formulir/expected.json: per workbook the tables (sheet, header [first, last],
// firstDataRow, lastDataRow, firstCol, lastCol, columns {letter: role | [role, year]}), the planted
// findings (sheet + cell or anyOf, rules, note) and the clean cells (sheet, cell, rules).
import type { BookJson, BookW } from "./kit";

export function expectedJson(books: BookW[]): Record<string, BookJson> {
  return Object.fromEntries(books.map((b) => [b.file, b.expected()]));
}
