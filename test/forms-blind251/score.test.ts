// The checker on the six workbooks of test/forms-blind251 (mangrove and coastal rehabilitation: planting, survival, POKMASWAS and abrasi; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of b98acd3): tables 9/9, roles 84/91, planted mistakes 13/13, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind251 } from "./build";

scoreFormSet(
  "the two-hundred-and-fifty-first form set (test/forms-blind251)",
  writeFormsBlind251,
  { books: 6, tables: 9, findings: 13 },
  [],
  [
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-renstra-dkp-pesisir-pantai-lirang.xlsx Tabel T-C.27 column Q",
    // recap conventions, left: coastal villages planted read as realised (the set: nothing), seedlings planted as a target (the set: realised); joint patrols as nothing, violations reported as a target, active groups at the period's end as a kondisi akhir (the set: realised), a coastline's length as a target (the set: nothing)
    "rekap-tanam-mangrove-per-kecamatan-teluk-sangkar.xlsx Rekap Tanam 2024 column C",
    "rekap-tanam-mangrove-per-kecamatan-teluk-sangkar.xlsx Rekap Tanam 2024 column E",
    "pokmaswas-patroli-abrasi-pantai-lirang-2024.xlsx POKMASWAS dan Abrasi column B",
    "pokmaswas-patroli-abrasi-pantai-lirang-2024.xlsx POKMASWAS dan Abrasi column C",
    "pokmaswas-patroli-abrasi-pantai-lirang-2024.xlsx POKMASWAS dan Abrasi column F",
    "pokmaswas-patroli-abrasi-pantai-lirang-2024.xlsx POKMASWAS dan Abrasi column J",
  ],
);
