import { targetOutlier } from "../../../src/core/rules/targetOutlier";
import { ruleTester } from "./ruleTester";
import { penurunanPmks, rows231, tabel231 } from "../../fixtures/sheets/blitar231";
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
import { program } from "../../fixtures/sheets/formTC27";
import { targetsByYear as simple } from "../../fixtures/sheets/targetsByYear";

ruleTester(targetOutlier, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.1 without its 19,69 (Target NSPK / IKK / lainnya columns have no year)",
      sheets: [{ ...tabel231, rows: rows231.filter((r) => r !== penurunanPmks) }],
    },
    {
      name: "Tabel 4.2 and Buleleng Tabel 2.2.1 paths (6,09 among 1,49 1,52 1,54 is within 5x)",
      sheets: [tabel42([sakip, keparahan, pmks, ppks, berdaya, penurunan, layanan]), buleleng],
    },
    {
      name: "zeros, negatives, blanks, dashes, NA, text, too few values, spread-out values and a steady trend",
      sheets: [
        simple([
          [1, "Persentase A", "%", 0, 10, 10, 10, 10],
          [2, "Persentase B", "%", 10, 10, 10, 10, 0],
          [3, "Persentase penurunan C", "%", -2, 1, 1, 1, 1],
          [4, "Persentase D", "%", null, "-", "NA", 10, 90],
          [5, "Persentase E", "%", 50, "tercapai", 1, 1, null],
          [6, "Jumlah F", "orang", 1, 10, 100, 1000, 10000],
          [7, "Jumlah G", "orang", 10, 12, 14, 16, 90],
          [8, "Jumlah H", "orang", 1000, 1000, 1000, 1000, 1000],
        ]),
      ],
    },
    {
      name: "Rp amounts are not targets for this rule",
      sheets: [
        program([
          ["1.06.02", "Program", "Persentase X", "%", 10, 100, 10, 100, 10, 5000, 10, 100, 10, 100, 10, 5400],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "Tabel 2.3.1: penurunan PMKS 19,69 for 2017 among targets of 1",
      sheets: [tabel231],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "G7",
          expected: 1,
          actual: 19.69,
          messageId: "farOff",
          data: { year: "2017", value: 19.69, otherYears: "2018, 2019, 2020, 2021", median: 1 },
        },
      ],
    },
    {
      name: "a low outlier: 5 among 100",
      sheets: [
        simple([
          [1, "Persentase korban bencana yang terpenuhi kebutuhan dasarnya", "%", 100, 100, 5, 100, 100],
        ]),
      ],
      findings: [
        {
          cell: "F2",
          expected: 100,
          actual: 5,
          messageId: "farOff",
          data: {
            name: "Persentase korban bencana yang terpenuhi kebutuhan dasarnya: ",
            year: "2024",
            value: 5,
            otherYears: "2022, 2023, 2025, 2026",
            median: 100,
          },
        },
      ],
    },
    {
      name: "a program K target 10 times its neighbours",
      sheets: [
        program([
          [
            "1.06.02",
            "Program",
            "Jumlah KUBE",
            "kelompok",
            10,
            100,
            12,
            100,
            120,
            100,
            12,
            100,
            12,
            100,
            12,
            500,
          ],
        ]),
      ],
      findings: [
        {
          sheet: "Tabel 6",
          cell: "I4",
          expected: 12,
          actual: 120,
          messageId: "farOff",
          data: { value: 120, median: 12 },
        },
      ],
    },
    {
      // (on a row whose polarity is known, a break within the path's order of magnitude is
      // target-trend's: blind181184Lessons)
      name: "a level's target that breaks its steady path: 50 between 65 and 75",
      sheets: [simple([[1, "Persentase rumah tangga pengguna LPG", "%", 60, 65, 50, 75, 80]])],
      findings: [
        {
          cell: "F2",
          expected: 70,
          actual: 50,
          messageId: "breaksPath",
          data: {
            name: "Persentase rumah tangga pengguna LPG: ",
            year: "2024",
            value: 50,
            direction: { id: "naik", en: "rising" },
            path: { id: "60; 65; 75; 80", en: "60, 65, 75, 80" },
            yearBefore: "2023",
            yearAfter: "2025",
            estimate: 70,
          },
        },
      ],
    },
  ],
});
