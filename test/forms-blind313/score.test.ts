// The checker on the six workbooks of test/forms-blind313 (the Dinas Kelautan dan Perikanan: produksi tangkap and budidaya per kecamatan, nelayan peserta asuransi, volume and nilai lelang per TPI per triwulan; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 9/9, roles 73/73, planted mistakes 10/12 (an auction value typed ten times, named at the typed Jumlah that is right; a 112,35 % share under 'Nelayan Peserta Asuransi > Orang | %'), no false alarm, one other finding (that Jumlah). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind313 } from "./build";

scoreFormSet(
  "the three-hundred-and-thirteenth form set (test/forms-blind313)",
  writeFormsBlind313,
  { books: 6, tables: 9, findings: 12 },
  [],
  [],
);
