// The checker on the six workbooks of test/forms-blind162 (a Dinas Perkebunan: sawit, karet, kopi, kakao, PSR, ISPO, Riau and Sulawesi Tenggara; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of becb922): tables 8/8, roles 84/87, planted mistakes 11/12, no false alarm, no other finding (a PSR fund beside its disbursements read as money paid out under the title's "PENYALURAN", so the disbursement above the fund was not named). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind162 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-second form set (test/forms-blind162)",
  writeFormsBlind162,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left: a productivity (kg/ha/year) in a recap by place is a rate, not a count the
    // engine reads as realised (rekapHitungan's BUKAN_HITUNGAN)
    "rekap-luas-tanam-sawit-kecamatan-disbun-kampar-hulu.xlsx Sawit Rakyat 2024 column H",
    // left: "Status ISPO" of words (Bersertifikat / Proses) is no polarity or grade; a remark the
    // engine does not name
    "rekap-dana-psr-koperasi-disbun-siak-timur.xlsx PSR 2024 column L",
  ],
);
