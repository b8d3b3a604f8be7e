// The checker on the six workbooks of test/forms-blind203 (a Bapenda on PBB-P2 and BPHTB: ketetapan, realisasi, tunggakan and piutang per kecamatan and per buku, Jawa Tengah and Sulawesi Selatan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c0e6d7f): tables 8/8, roles 57/61, planted mistakes 12/12, no false alarm, one other warning (false: "Persentase capaian target BPHTB" of 101,3 read as a share). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind203 } from "./build";

scoreFormSet(
  "the two-hundred-and-third form set (test/forms-blind203)",
  writeFormsBlind203,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (revenue in Rp): the tax assessed and collected are offered as money, budget and
    // realised (the set: target and realised); the arrears written off keep no role (the set:
    // realised Rp); a T-C.27's program name column beside its indicator column keeps none (the set:
    // indicator)
    "ketetapan-realisasi-pbb-p2-kecamatan-bapenda-sindangraya.xlsx PBB-P2 Kecamatan column D",
    "ketetapan-realisasi-pbb-p2-kecamatan-bapenda-sindangraya.xlsx PBB-P2 Kecamatan column G",
    "piutang-pbb-p2-per-buku-bapenda-tanete-riaja.xlsx Piutang per Buku column F",
    "tc27-pendanaan-renstra-bapenda-sindangraya.xlsx T-C.27 column B",
  ],
);
