// The checker on the six workbooks of test/forms-blind345 (a Dinas Peternakan dan Kesehatan Hewan: vaksinasi rabies dan PMK per kecamatan, pemotongan di RPH per jenis ternak beside inseminasi buatan per pos IB, RPH bersertifikat NKV; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 16b561b): tables 9/9, roles 86/90, planted mistakes 10/12 (a vaccine dose count's kondisi akhir typed as the last target beside one other count that adds up; a stale conception rate named capaian-mismatch), no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind345 } from "./build";

scoreFormSet(
  "the three-hundred-and-forty-fifth form set (test/forms-blind345)",
  writeFormsBlind345,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // not found, left: a vaccine dose count's kondisi akhir typed as its last target; one other count adds up, too little practice to hold it to (reading one as enough raised four false alarms in earlier sets: RTH, taman, sanggar, trayek)
    "tc27-disnak-batu-sirih-345.xlsx T-C.27!P10",
    // convention, left: the kondisi akhir Rp read as kondisi-akhir (the set: anggaran)
    "tc27-disnak-batu-sirih-345.xlsx T-C.27 column Q",
    // recap convention, left: the slaughter table's yearly total read as nothing, the pos IB names as nothing, the akseptor as a target (the set: realisasi, lokasi, realisasi)
    "rekap-pemotongan-rph-dan-ib-batu-sirih-345.xlsx RPH dan IB 2024 column G",
    "rekap-pemotongan-rph-dan-ib-batu-sirih-345.xlsx RPH dan IB 2024 column K",
    "rekap-pemotongan-rph-dan-ib-batu-sirih-345.xlsx RPH dan IB 2024 column L",
    // rule name, left: a stale CR % beside its akseptor and bunting named capaian-mismatch, as planners name a stale capaian (the set: ratio-components-mismatch)
    "rekap-pemotongan-rph-dan-ib-batu-sirih-345.xlsx RPH dan IB 2024!P8",
  ],
);
