// What forms-blind189 .. 192 taught (small industry, regional assets, environmental health, public
// order): a unit of two counted things ("unit/bidang") is one or the other, no rate, so its
// quarters add up; a heading's "Jumlah KK" under "Kepala Keluarga" is that heading's total, so a
// count beside it above it is named.
import { aditif } from "../../../src/core/rules/konsolidasi";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an E.81 sub kegiatan counted in 'unit/bidang' (forms-blind190)", () => {
  it("adds its quarters: assets by the piece or land by the parcel, no rate", () => {
    expect(aditif("unit/bidang", "Jumlah aset yang diinventarisasi dan dinilai")).toBe("ya");
    // (a rate of one per the other stays a level)
    expect(aditif("ton/ha", "Produktivitas padi")).toBe("tidak");
    expect(aditif("orang/hari", "Jumlah kunjungan")).toBe("tidak");
  });
});

describe("an STBM recap whose households are totalled as 'Jumlah KK' (forms-blind191)", () => {
  it("names the households with a latrine above all households", () => {
    const spec: SheetSpec = {
      name: "Rekap STBM 2024",
      rows: [
        ["REKAPITULASI STBM PER PUSKESMAS TAHUN 2024"],
        [],
        ["No", "Puskesmas", "Kepala Keluarga", null, null],
        ["No", "Puskesmas", "Jumlah KK", "Akses Jamban Sehat", "%"],
        ["(1)", "(2)", "(6)", "(7)", "(8) = (7) / (6) x 100"],
        [1, "Karangwaru", 9842, 8915, 90.58],
        [2, "Sidomulyo", 7215, 7009, 97.14],
        [3, "Ngampel", 6128, 6842, 111.65],
        [4, "Tegalsari", 8337, 7486, 89.79],
      ],
      merges: ["A3:A4", "B3:B4", "C3:E3"],
      formulas: {
        E6: "ROUND(D6/C6*100,2)",
        E7: "ROUND(D7/C7*100,2)",
        E8: "ROUND(D8/C8*100,2)",
        E9: "ROUND(D9/C9*100,2)",
      },
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "E8"]]);
  });
});
