// The checker on the six workbooks of test/forms-blind314 (the Dinas Kependudukan dan Pencatatan Sipil: KTP-el, KIA, akta kelahiran and kematian, waktu layanan per jenis dokumen, serapan per unit kerja; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 01e4ddf): tables 10/10, roles 78/86 (the E.81's 'Realisasi Triwulan I > Target | Rp' read as targets; 'Waktu Layanan (hari) > Standar' as nothing), planted mistakes 11/12 (a service time's capaian computed R / T), no false alarm, one other finding ('Rasio akta kematian terhadap jumlah peristiwa kematian' read lower-is-better). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind314 } from "./build";

scoreFormSet(
  "the three-hundred-and-fourteenth form set (test/forms-blind314)",
  writeFormsBlind314,
  { books: 6, tables: 10, findings: 12 },
  [],
  [],
);
