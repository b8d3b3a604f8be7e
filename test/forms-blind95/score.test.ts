// The checker on the six workbooks of test/forms-blind95 (public order and disaster agencies of Provinsi Sulawesi Tengah and a
// kota in Banten; written without reading src/ or the commit subjects). First score, before the detector saw them (engine of
// ff73517): tables 10/10, roles 77/89, planted mistakes 10/12, no false alarm. Fixed since (a response time's polarity from the
// heading over a table of places' one capaian column), except what is listed below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind95 } from "./build";

const REKAP = "rekap-pelanggaran-perda-satpolpp-cibeber-raya.xlsx";
const BENCANA = "kejadian-bencana-waktu-tanggap-bpbd-sulteng-2024.xlsx";

scoreFormSet(
  "the ninety-fifth form set (test/forms-blind95)",
  writeFormsBlind95,
  { books: 6, tables: 10, findings: 12 },
  [],
  [
    // gap: goods distributed above what was in stock ("Ketersediaan (Rp)" = stock + procurement):
    // the availability is now read as the ceiling (its disbursement says it was paid out, F), but
    // "% Penyaluran" 105.51 names no share of what is done (G11 / H11)
    `${BENCANA} Logistik!G11`,
    `${BENCANA} Logistik column B`,
    // disputed, left (the recap convention): events counted per kind and kabupaten keep no role,
    // the set: realised
    ...["C", "D", "E", "F", "G", "H"].map((c) => `${BENCANA} Kejadian Bencana column ${c}`),
    // disputed, left: the kind of violation naming the rows and its perda keep no role, the
    // quarters' total and the share handled too; the set: indicator, remark, realised
    ...["B", "C", "H", "I"].map((c) => `${REKAP} Rekap 2024 column ${c}`),
  ],
);
