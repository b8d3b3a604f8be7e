// The checker on the six workbooks of test/forms-blind226 (an RSUD Jiwa run as BLUD: BOR, ALOS, pendapatan BLUD and kekambuhan, Sumatera Barat and Kalimantan Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 93d7779): tables 8/9 (a wards' BOR and ALOS table led by 'Ruang Perawatan' not found), roles 73/87, planted mistakes 8/12, no false alarm, no other finding. A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind226 } from "./build";

scoreFormSet(
  "the two-hundred-and-twenty-sixth form set (test/forms-blind226)",
  writeFormsBlind226,
  { books: 6, tables: 9, findings: 12 },
  [],
  [
    // left: ALOS read as lower-is-better by the set; a psychiatric hospital's length of stay has an ideal range, so its polarity is not guessed
    "lkjip-2025-capaian-rsud-jiwa-batu-ranggas.xlsx Capaian IKU 2025!G5",
    // rule name disputed, left: a stale share of the Total, named ratio-components-mismatch (the set: capaian-mismatch)
    "rekap-pendapatan-blud-kunjungan-tw-rsud-jiwa-tanjung-mentawir.xlsx Pendapatan BLUD 2025!M8",
    // left: the PK's budget table names its funds under a bare 'Sumber' (read as sumber data)
    "pk-2026-direktur-rsud-jiwa-tanjung-mentawir.xlsx PK Direktur 2026 column D",
    // recap conventions, left: BOR as nothing (the set: capaian), a share as nothing
    "rekap-bor-alos-ruang-rawat-rsud-jiwa-batu-ranggas.xlsx BOR ALOS 2025 column F",
    "rekap-pendapatan-blud-kunjungan-tw-rsud-jiwa-tanjung-mentawir.xlsx Pendapatan BLUD 2025 column M",
  ],
);
