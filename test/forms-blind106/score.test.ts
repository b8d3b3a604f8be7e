// The checker on the six workbooks of test/forms-blind106 (fire and rescue services of a kota in Sumatera Utara and two
// kabupaten in Sulawesi Tengah; written without reading src/ or the commit subjects). First score, before the detector saw
// them (engine of 8760432): tables 10/10, roles 92/105, planted mistakes 10/12, one false alarm (a warning on the fleet
// operated, whose kondisi akhir is its last target while a note names the counts that add up) and one unlisted error that
// follows a planted mistake. Fixed after: "Target Capaian Tahun > 2025" is a target (the Renstra's five targets had been read
// as capaian: the PK's cross-table mistake and the outlier now found); a note saying which counts are "tambahan per tahun"
// leaves the others at their last target. A regression test of what the engine does, the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind106 } from "./build";

const LKJIP = "lkjip-2024-damkar-tanjung-deli-waktu-tanggap.xlsx";
const ARMADA = "penyelamatan-non-kebakaran-armada-tojo-lalundu-2024.xlsx";

scoreFormSet(
  "the hundred-and-sixth form set (test/forms-blind106)",
  writeFormsBlind106,
  { books: 6, tables: 10, findings: 12 },
  [
    // follows a planted mistake: the E.81's predikat footer over an average that takes in X17's
    // typed 108.33
    "evaluasi-renja-damkar-tanjung-deli-2024.xlsx E.81 Renja 2024!Y19",
  ],
  [
    // gap: an LKjIP per fire post keeps no place (the set: lokasi) and reads its standard as the
    // target (the set: realised)
    `${LKJIP} Tabel 3.1 column B`,
    `${LKJIP} Tabel 3.1 column C`,
    // gap: a recap's response time keeps no role (the set: realised); rescue kinds naming the rows
    // keep none (the set: indicator); a growth without a year (the set: 2024); the fleet's posts
    // keep no place and its readiness share no capaian
    "rekap-kejadian-kebakaran-per-kecamatan-tanjung-deli-2024.xlsx Kejadian 2024 column K",
    `${ARMADA} Non Kebakaran column B`,
    `${ARMADA} Non Kebakaran column I`,
    `${ARMADA} Armada column B`,
    `${ARMADA} Armada column H`,
  ],
);
