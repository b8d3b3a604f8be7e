// The checker on the six workbooks of test/forms-blind190 (a BPKAD on barang milik daerah: mutasi KIB, pemanfaatan (sewa, KSP), inventarisasi, sertifikasi, opini BPK, Kalimantan Selatan and Nusa Tenggara Timur; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of e11f344): tables 8/8, roles 71/79, planted mistakes 12/12, one false alarm ("unit/bidang" read as a rate, so the quarters of assets inventoried were named wrongly added). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind190 } from "./build";

scoreFormSet(
  "the hundred-and-ninetieth form set (test/forms-blind190)",
  writeFormsBlind190,
  { books: 6, tables: 8, findings: 12 },
  [],
  [
    // disputed, left (the recap convention): a KIB movement recap's class code, name, opening and
    // closing balances and movements (the set: code, nothing, kondisi awal / akhir, nothing); the
    // engine offers the amounts as realised
    ...["B", "C", "D", "E", "F", "G"].map(
      (c) => `rekap-mutasi-kib-bpkad-tanah-bumbu-raya.xlsx Rekap KIB 2024 column ${c}`,
    ),
    // left: the "Bentuk" (sewa / KSP) text column keeps no role (the set: remark)
    "pemanfaatan-bmd-sewa-ksp-kota-nangalewa.xlsx Pemanfaatan BMD 2024 column C",
    // disputed, left: the T-C.27's end-period Rp is a kondisi-akhir in money (the set: anggaran)
    "tc27-pendanaan-renstra-bpkad-aset-prov-kalsel.xlsx T-C.27 column Q",
  ],
);
