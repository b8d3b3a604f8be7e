// The planner's polarity choice (pane settings) beats the table's guess.
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { targetTrend } from "../../../src/core/rules/targetTrend";
import { findingsOf, ruleTester } from "./ruleTester";

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
});

// the finding says the choice was the planner's
ruleTester(capaianMismatch, {
  requireMessageId: true,
  valid: [
    {
      name: "chosen positif: R / T is right",
      sheets: [sheet],
      settings: { polaritas: { [key]: "positif" } },
    },
  ],
  invalid: [
    {
      name: "chosen negatif: the polarity's source is the pane",
      sheets: [sheet],
      settings: { polaritas: { [key]: "negatif" } },
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "F2",
          messageId: "achievement",
          data: {
            convention: "negatif-refleksi",
            reason: { id: "dipilih di panel", en: "chosen in the pane" },
          },
        },
      ],
    },
  ],
});
