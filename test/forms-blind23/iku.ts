// The IKU of a Sekretariat Daerah (Kota Tanjungbira, Sulawesi Barat, 2025-2029): qualitative targets
// (audit opinion "WTP", SAKIP letters "BB" / "A", RB index letters, "Level 3" SPIP maturity) beside
// numeric ones (IKM, indeks SPBE, a lower-is-better share of unresolved BPK findings), with the
// Formulasi column, the kondisi awal and the kondisi akhir. Every name and number is invented.
import { BookW, DEC, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { must } from "./common";

type QIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number | string;
  t: Array<number | string>;
  akhir: number | string;
  src: string;
  pj: string;
  neg?: boolean;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** Indikator Kinerja Utama 2025-2029 of the Sekretariat Daerah Kota Tanjungbira. */
export function ikuSetda(): BookW {
  const b = new BookW(
    "iku-wtp-level-setda-tanjungbira.xlsx",
    "IKU with qualitative targets (Sekretariat Daerah)",
    "IKU 2025-2029 of a Sekretariat Daerah: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi / Cara Pengukuran | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; WTP, SAKIP and RB letters, SPIP levels as text; numeric IKM, SPBE and a lower-is-better finding share",
  );
  const S = "IKU Setda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNGBIRA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN SEKRETARIS DAERAH KOTA TANJUNGBIRA NOMOR 800/112/SETDA/2025",
    "INDIKATOR KINERJA UTAMA SEKRETARIAT DAERAH KOTA TANJUNGBIRA TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya akuntabilitas kinerja dan keuangan Pemerintah Kota";
  const S2 = "Meningkatnya kualitas tata kelola dan pelayanan Sekretariat Daerah";
  const rows: QIn[] = [
    {
      id: "q1",
      sas: S1,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      rumus: "Opini yang diberikan BPK RI atas LKPD tahun sebelumnya",
      sat: "opini",
      awal: "WTP",
      t: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      akhir: "WTP",
      src: "LHP BPK RI",
      pj: "Bagian Perencanaan dan Keuangan",
    },
    {
      id: "q2",
      sas: S1,
      ind: "Nilai SAKIP Pemerintah Kota",
      rumus: "Predikat hasil evaluasi SAKIP oleh KemenPANRB",
      sat: "predikat",
      awal: "B",
      t: ["BB", "BB", "BB", "A", "A"],
      akhir: "A",
      src: "LHE SAKIP KemenPANRB",
      pj: "Bagian Organisasi",
    },
    {
      id: "q3",
      sas: S1,
      ind: "Level maturitas penyelenggaraan SPIP",
      rumus: "Level hasil penilaian maturitas SPIP oleh BPKP",
      sat: "level",
      awal: "Level 2",
      t: ["Level 3", "Level 3", "Level 3", "Level 4", "Level 4"],
      akhir: "Level 4",
      src: "Laporan penilaian BPKP",
      pj: "Bagian Organisasi",
    },
    {
      id: "q4",
      sas: S1,
      ind: "Persentase temuan BPK yang belum ditindaklanjuti",
      rumus:
        "Jumlah rekomendasi belum ditindaklanjuti / jumlah rekomendasi x 100 (semakin kecil semakin baik)",
      sat: "%",
      awal: 28.4,
      t: [25, 20, 15, 10, 5],
      akhir: 5,
      src: "Pemantauan TLHP Inspektorat",
      pj: "Bagian Perencanaan dan Keuangan",
      neg: true,
    },
    {
      id: "q5",
      sas: S2,
      ind: "Indeks Reformasi Birokrasi",
      rumus: "Kategori hasil evaluasi RB oleh KemenPANRB",
      sat: "kategori",
      awal: "CC",
      t: ["B", "B", "BB", "BB", "BB"],
      akhir: "BB",
      src: "LHE RB KemenPANRB",
      pj: "Bagian Organisasi",
    },
    {
      id: "q6",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat atas layanan Sekretariat Daerah",
      rumus: "Nilai rata-rata tertimbang unsur layanan x 25 (PermenPANRB 14/2017)",
      sat: "nilai",
      awal: 80.25,
      t: [81, 82.5, 38.5, 84.5, 85],
      akhir: 85,
      src: "Survei Kepuasan Masyarakat",
      pj: "Bagian Umum",
    },
    {
      id: "q7",
      sas: S2,
      ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
      rumus: "Indeks hasil evaluasi SPBE KemenPANRB",
      sat: "indeks",
      awal: 2.45,
      t: [2.6, 2.8, 3, 3.2, 3.5],
      akhir: 3.05,
      src: "Hasil evaluasi SPBE",
      pj: "Bagian Organisasi",
    },
  ];
  // planted 1: the 2027 IKM target typed 38.50 (83.50 with the digits swapped) between 82.50 and 84.50
  // planted 2: the kondisi akhir of the indeks SPBE typed 3.05 (3.50 with the digits swapped)
  must(rows[5].t[2] === 38.5 && rows[6].akhir !== rows[6].t[4], "iku plants");
  const TK = "Target Kinerja";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YEARS.map((y, i): Col => ({ key: `t${i}`, head: [TK, String(y)], role: "target", year: y, width: 9 })),
    { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 10 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const v = (x: number | string) => (typeof x === "number" ? { v: x, fmt: DEC } : x);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const out: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: v(x.awal),
          akhir: v(x.akhir),
          src: x.src,
          pj: x.pj,
        };
        x.t.forEach((y, i) => (out[`t${i}`] = v(y)));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 4 berpolaritas negatif (semakin kecil semakin baik). Kondisi akhir adalah target tahun 2029.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjungbira, 8 Januari 2025",
    jabatan: ["SEKRETARIS DAERAH", "KOTA TANJUNGBIRA,"],
    nama: "Drs. MUH. ARSYAD TANDIPAU, M.Si.",
    pangkat: "Pembina Utama Madya",
    nip: "19680711 199303 1 008",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "q6") },
    rules: ["target-trend", "target-outlier"],
    note: "IKM target 2027 is 38.50 between 82.50 (2026) and 84.50 (2028): 83.50 with its digits swapped",
    truth: `(${a("t1", "q6")}+${a("t3", "q6")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "q7") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the indeks SPBE (a level) is 3.05; the 2029 target is 3.50 (digits swapped)",
    truth: a("t4", "q7"),
  });
  for (const x of rows) {
    if (x.id === "q7") continue;
    const ts = YEARS.map((_, i) => a(`t${i}`, x.id));
    b.ok({
      sheet: S,
      cell: a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ts[4],
      // a rate's end is its last target, never the five added up
      trap: typeof x.akhir === "number" ? (x.id === "q6" ? undefined : ts.join("+")) : undefined,
    });
  }
  // qualitative targets are values, not numbers typed as text or blanks
  for (const [id, i] of [
    ["q1", 0],
    ["q2", 3],
    ["q3", 1],
    ["q5", 2],
  ] as const)
    b.ok({
      sheet: S,
      cell: a(`t${i}`, id),
      rules: ["text-number", "missing-value"],
      truth: `"${rows.find((x) => x.id === id)!.t[i]}"`,
    });
  // the falling share of unresolved findings is the plan of a lower-is-better indicator
  for (let i = 1; i < 5; i++)
    b.ok({
      sheet: S,
      cell: a(`t${i}`, "q4"),
      rules: ["target-trend", "target-outlier"],
      truth: `${a(`t${i - 1}`, "q4")}-5`,
    });
  b.ok({ sheet: S, cell: a("t4", "q7"), rules: ["target-trend"], truth: `${a("t3", "q7")}+0.3` });
  return b.finish();
}
