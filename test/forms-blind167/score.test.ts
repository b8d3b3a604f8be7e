// The checker on the six workbooks of test/forms-blind167 (a Dinas PUPR's spatial planning and a TPID: KKPR, RDTR, inflation and rice prices, Jawa Tengah and Kalimantan Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of bef0635): tables 7/9, roles 60/66, planted mistakes 10/12, no false alarm, one other finding (a monthly rice-price table of two regions side by side not found: its header named no role, "Bulan | Harga Rata-rata (Rp/kg) > 2023 | 2024 | Perubahan yoy (%)"). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind167 } from "./build";

scoreFormSet(
  "the hundred-and-sixty-seventh form set (test/forms-blind167)",
  writeFormsBlind167,
  { books: 6, tables: 9, findings: 12 },
  [
    // follows the planted typed Jumlah of H14 (164 for 146): 164 issued of 158 applications
    "rekap-kkpr-pkkpr-triwulan-pupr-sindangreja.xlsx Rekap KKPR 2024!I14",
  ],
  [],
);
