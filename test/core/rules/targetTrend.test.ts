import { targetTrend } from "../../../src/core/rules/targetTrend";
import { ruleTester } from "./ruleTester";
import { tabel231 } from "../../fixtures/sheets/blitar231";
import {
  berdaya,
  keparahan,
  layanan,
  penurunan,
  pmks,
  ppks,
  sakip,
  tabel42,
} from "../../fixtures/sheets/blitar42";
import { buleleng } from "../../fixtures/sheets/buleleng221";
import { targetsByYear as simple } from "../../fixtures/sheets/targetsByYear";

ruleTester(targetTrend, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.1 (penurunan PMKS 19,69 1 1 1 1 is an outlier, not a fall; flat Gini)",
      sheets: [tabel231],
    },
    {
      name: "Tabel 4.2 rows whose paths are right, and Buleleng Tabel 2.2.1",
      sheets: [tabel42([sakip, pmks, ppks, berdaya, layanan]), buleleng],
    },
    {
      name: "unknown polarity, flat runs, blanks, dashes, NA, text, zeros and negatives",
      sheets: [
        simple([
          [1, "Indeks X", "Indeks", 5, 4, 3, 2, 1],
          [2, "Persentase PMKS", "%", 7, 7, 7, 6.5, 6.5],
          [3, "Persentase fakir miskin yang berdaya", "%", null, "-", "NA", 2, "naik"],
          [4, "Persentase penduduk miskin", "%", 0, 0, 0, 0, 0],
          [5, "Persentase penurunan PMKS", "%", -3, -2, -1, 0, 1],
        ]),
      ],
    },
    {
      name: "an explicit polaritas column overrides the lexicon",
      sheets: [simple([[1, "Persentase penduduk miskin", "%", "positif", 5, 6, 7, 8, 9]], true)],
    },
  ],
  invalid: [
    {
      // Tabel 4.2's 2022 column holds the 2022 realisations (Tabel 4.1: Indeks Keparahan target
      // 0,25 realisasi 0,19; penurunan PMKS target 1,45 realisasi 6,09), so 2024 looks wrong.
      name: "Tabel 4.2: Indeks Keparahan Kemiskinan rises 0,19 -> 0,23; penurunan PMKS falls 6,09 -> 1,49",
      sheets: [tabel42([keparahan, penurunan])],
      findings: [
        {
          sheet: "Tabel 4.2",
          cell: "J4",
          expected: 0.19,
          actual: 0.23,
          messageId: "risesLowerIsBetter",
          data: {
            year: "2024",
            value: 0.23,
            prevYear: "2022",
            prev: 0.19,
            polarity: {
              id: 'tebakan dari kata "kemiskinan" pada nama indikator',
              en: 'guessed from the word "kemiskinan" in the indicator\'s name',
            },
          },
        },
        {
          sheet: "Tabel 4.2",
          cell: "J5",
          expected: 6.09,
          actual: 1.49,
          messageId: "fallsHigherIsBetter",
          data: {
            year: "2024",
            value: 1.49,
            prevYear: "2022",
            prev: 6.09,
            polarity: {
              id: 'tebakan dari kata "penurunan" pada nama indikator',
              en: 'guessed from the word "penurunan" in the indicator\'s name',
            },
          },
        },
      ],
    },
    {
      name: "only the first wrong move is reported; a stated negatif polaritas",
      sheets: [simple([[1, "Indeks Kepuasan Masyarakat", "Indeks", "negatif", 80, 81, 82, 80, 83]], true)],
      findings: [
        {
          cell: "F2",
          expected: 80,
          actual: 81,
          messageId: "risesLowerIsBetter",
          data: {
            name: "Indeks Kepuasan Masyarakat: ",
            year: "2023",
            value: 81,
            prevYear: "2022",
            prev: 80,
            polarity: { id: "dari kolom polaritas", en: "from the polarity column" },
          },
        },
      ],
    },
    {
      name: "a positive share whose target falls",
      sheets: [
        simple([
          [1, "Persentase PMKS yang memperoleh pelayanan rehabilitasi sosial", "%", 82, 85, 90, 88, 90],
        ]),
      ],
      findings: [
        {
          cell: "G2",
          expected: 90,
          actual: 88,
          messageId: "fallsHigherIsBetter",
          data: {
            year: "2025",
            value: 88,
            prevYear: "2024",
            prev: 90,
            polarity: {
              id: 'tebakan dari kata "memperoleh" pada nama indikator',
              en: 'guessed from the word "memperoleh" in the indicator\'s name',
            },
          },
        },
      ],
    },
  ],
});
