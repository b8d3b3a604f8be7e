import { ExcelError } from "../../src/functions/excelValue";
import { asMatrix, flatten, mapCells } from "../../src/functions/matrix";

const add = (...xs: unknown[]): number => xs.reduce<number>((s, x) => s + Number(x), 0);

describe("mapCells", () => {
  it("applies a function cell by cell over ranges of the same shape", () => {
    expect(
      mapCells(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [10, 20],
            [30, 40],
          ],
        ],
        add,
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it("broadcasts a single cell over a range", () => {
    expect(mapCells([[[1], [2], [3]], [[100]]], add)).toEqual([[101], [102], [103]]);
    expect(mapCells([5, [[1, 2, 3]]], add)).toEqual([[6, 7, 8]]);
  });

  it("returns one #VALUE! with a message when ranges differ in shape", () => {
    const r = mapCells([[[1], [2], [3]], [[1, 2, 3]]], add);
    expect(r).toHaveLength(1);
    const e = r[0][0] as ExcelError;
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Ukuran rentang berbeda \(3x1 dan 1x3\)/);
    expect(e.messageEn).toMatch(/same size/);
  });
});

describe("asMatrix / flatten", () => {
  it("treats scalars, omitted arguments, rows and matrices alike", () => {
    expect(asMatrix(7)).toEqual([[7]]);
    expect(asMatrix(null)).toEqual([[null]]);
    expect(asMatrix([])).toEqual([[null]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
    expect(
      flatten([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(flatten([[1], [2], [3]])).toEqual([1, 2, 3]);
  });
});
