// What forms-blind181 .. 184 taught (PAUD, stunting, sanitation and drainage, ASN training): a
// level's target that breaks its path against a known polarity, within the path's order of
// magnitude, is a target-trend (a slipped decimal point stays a target-outlier); those who take
// part are some of the heading's "Jumlah" beside them; "% Kondisi Baik" is a share of a whole; a
// cost per participant is no budget.
import { classifyHeader } from "../../../src/core/detect/roles";
import { sekalaJalur } from "../../../src/core/rules/targetOutlier";
import { foundOn, tabelTarget } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const iku = (values: number[]): SheetSpec =>
  tabelTarget("IKU", [[1, "Angka Partisipasi Murni (APM) PAUD", "%", ...values]]);

describe("a level's target against its rising path (forms-blind181)", () => {
  it("names 43 between 48 and 50 once, as a trend", () => {
    expect(foundOn(iku([44, 46, 48, 43, 50]))).toEqual([["target-trend", "G2"]]);
  });

  it("keeps a slipped decimal point a target-outlier", () => {
    expect(foundOn(iku([44, 46, 48, 4.9, 50]))).toEqual([["target-outlier", "G2"]]);
  });

  it("keeps a yearly flow's slip a target-outlier, which target-trend does not judge", () => {
    // (deferred to target-trend before, which leaves a flow's path alone: the slip was lost)
    const rumah = [1, "Jumlah rumah tidak layak huni yang direhabilitasi", "unit", 100, 120, 140, 106, 180];
    expect(foundOn(tabelTarget("IKU", [rumah]))).toEqual([["target-outlier", "G2"]]);
  });

  it("tells the two apart by the order of magnitude", () => {
    expect(sekalaJalur(43, 49)).toBe(true);
    expect(sekalaJalur(3.3, 2.3)).toBe(true);
    expect(sekalaJalur(6.7, 67)).toBe(false);
    expect(sekalaJalur(400, 40)).toBe(false);
  });
});

describe("a recap whose count beside the heading's Jumlah passes it (forms-blind181)", () => {
  it("names the share above 100 % by the number row", () => {
    const spec: SheetSpec = {
      name: "Rekap Kecamatan 2024",
      rows: [
        ["REKAPITULASI CAPAIAN SPM PAUD PER KECAMATAN TAHUN 2024"],
        [],
        ["No", "Kecamatan", "Anak Usia 5-6 Tahun", null, null],
        ["No", "Kecamatan", "Jumlah (jiwa)", "Mengikuti PAUD", "% (SPM)"],
        ["(1)", "(2)", "(3)", "(4)", "(5) = (4) / (3) x 100"],
        [1, "Cibeureum Girang", 1842, 1715, 93.11],
        [2, "Sukamanah", 1326, 1362, 102.71],
        [3, "Pasirjambu Hilir", 1108, 972, 87.73],
        [4, "Cikadu Wetan", 964, 889, 92.22],
      ],
      merges: ["A3:A4", "B3:B4", "C3:E3"],
      formulas: {
        E6: "ROUND(D6/C6*100,2)",
        E7: "ROUND(D7/C7*100,2)",
        E8: "ROUND(D8/C8*100,2)",
        E9: "ROUND(D9/C9*100,2)",
      },
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "E7"]]);
  });
});

describe("a drainage recap (forms-blind183)", () => {
  it("names a length in good condition longer than the channel", () => {
    const spec: SheetSpec = {
      name: "Drainase 2024",
      rows: [
        ["REKAPITULASI KONDISI SALURAN DRAINASE PER KECAMATAN TAHUN 2024"],
        [],
        ["No", "Kecamatan", "Panjang Saluran Drainase (m)", "Saluran Kondisi Baik (m)", "% Kondisi Baik"],
        [1, "Wlingi Kota", 48600, 34020, 70],
        [2, "Kanigoro Utara", 41250, 27225, 66],
        [3, "Talun Kidul", 27400, 28130, 102.66],
        [4, "Karangrejo", 30150, 19899, 66],
      ],
      formulas: {
        E4: "ROUND(D4/C4*100,2)",
        E5: "ROUND(D5/C5*100,2)",
        E6: "ROUND(D6/C6*100,2)",
        E7: "ROUND(D7/C7*100,2)",
      },
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "E6"]]);
  });
});

describe("a training recap (forms-blind184)", () => {
  it("reads a cost per participant as no budget", () => {
    expect(classifyHeader(["Biaya per Peserta (Rp)"]).role).toBe("lainnya");
    expect(classifyHeader(["Anggaran (Rp)", "Pagu"]).role).toBe("anggaran");
  });
});
