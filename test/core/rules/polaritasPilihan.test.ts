// The planner's polarity choice (pane settings) beats the table's guess.
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { targetTrend } from "../../../src/core/rules/targetTrend";
import { findingsOf } from "./ruleTester";

const sheet = {
  name: "T 2.3.1",
  rows: [
    [
      "No",
      "Indikator",
      "Satuan",
      "Target 2019",
      "Realisasi 2019",
      "Capaian 2019",
      "Target 2020",
      "Target 2021",
      "Target 2022",
    ],
    [1, "Persentase penduduk miskin", "%", 10, 9, 90, 10, 11, 12],
  ],
};
const key = "persentase penduduk miskin";

describe("a polarity chosen in the pane", () => {
  it("without a choice, 'penduduk miskin' is guessed lower-is-better", () => {
    expect(findingsOf(capaianMismatch, [sheet]).map((f) => f.cell)).toEqual(["F2"]);
    expect(findingsOf(targetTrend, [sheet]).map((f) => f.cell)).toEqual(["H2"]);
  });

  it("chosen positif: the ratio R/T is right and rising targets are right", () => {
    const settings = { polaritas: { [key]: "positif" as const } };
    expect(findingsOf(capaianMismatch, [sheet], settings)).toEqual([]);
    expect(findingsOf(targetTrend, [sheet], settings)).toEqual([]);
  });

  it("says the choice was the planner's", () => {
    const settings = { polaritas: { [key]: "negatif" as const } };
    expect(findingsOf(capaianMismatch, [sheet], settings)[0].message).toMatch(/dipilih di panel/);
  });
});
