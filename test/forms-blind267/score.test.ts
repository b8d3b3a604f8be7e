// The checker on the six workbooks of test/forms-blind267 (the Disnaker on BLK training, AK/1 job seekers, TPT and industrial disputes; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of aa4772a): tables 9/9, roles 84/88, planted mistakes 10/12 (a stale '% Ditempatkan dari Kompeten' named capaian-mismatch, the set: ratio-components-mismatch; a lettered number row's '(f) = (c)+(d)+(e)' not read), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind267 } from "./build";

scoreFormSet(
  "the two-hundred-and-sixty-seventh form set (test/forms-blind267)",
  writeFormsBlind267,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-disnakertrans-tanjung-karangasri.xlsx TC-27 Disnakertrans column Q",
    // recap conventions, left: those found competent, the base of the share placed, as a target (the set: realised); the share of job seekers placed as nothing (the set: capaian); disputes recorded as realised (the set: target)
    "rekap-blk-kejuruan-lulusan-penempatan-lembah-sarimas-2024.xlsx Rekap BLK 2024 column D",
    "ak1-pencaker-kecamatan-dan-phi-triwulan-tanjung-karangasri.xlsx AK1 dan PHI 2024 column G",
    "ak1-pencaker-kecamatan-dan-phi-triwulan-tanjung-karangasri.xlsx AK1 dan PHI 2024 column J",
  ],
);
