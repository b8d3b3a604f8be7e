// An IKU matrix of a Sekretariat DPRD for 2025-2029 (No | Sasaran Strategis | Indikator Kinerja Utama
// | Formula Perhitungan | Satuan | Kondisi Awal (2024) | Target Kinerja > 2025 .. 2029 | Kondisi Akhir
// (2029) | Sumber Data | Penanggung Jawab) with a number row in brackets; rates, an index, a
// lower-is-better time and counts per year (kondisi akhir the sum, by the note). Every name and
// number is invented.
import { BookW, DEC, fmt, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  t: number[];
  akhir: "last" | "sum";
  src: string;
  pj: string;
  f: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** IKU 2025-2029 of the Sekretariat DPRD, Kabupaten Gunungtalang. */
export function ikuSetwan(): BookW {
  const b = new BookW(
    "iku-formula-setwan-gunungtalang.xlsx",
    "IKU matrix with targets 2025-2029 (Sekretariat DPRD)",
    "IKU of a Sekretariat DPRD: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formula Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; number row (1) .. (14); rates and an index (kondisi akhir the 2029 target), a lower-is-better time (falling targets), counts of documents per year (kondisi akhir the sum, by the note)",
  );
  const S = "IKU Setwan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGTALANG",
    "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
    "Jl. Pemuda No. 2, Gunungtalang",
  ]);
  s.lines(
    [
      "Lampiran Keputusan Sekretaris DPRD Kabupaten Gunungtalang Nomor 000.8/014/Setwan/2025",
      "INDIKATOR KINERJA UTAMA SEKRETARIAT DPRD KABUPATEN GUNUNGTALANG TAHUN 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const S1 = "Meningkatnya kualitas fasilitasi fungsi pembentukan peraturan daerah";
  const S2 = "Meningkatnya akuntabilitas dan kualitas pelayanan kesekretariatan DPRD";
  const S3 = "Meningkatnya keterbukaan informasi dan penyerapan aspirasi masyarakat";
  const rows: IkIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase Raperda yang ditetapkan sesuai Propemperda",
      rumus: "(Jumlah Raperda ditetapkan / jumlah Raperda dalam Propemperda) x 100%",
      sat: "%",
      awal: 70,
      t: [72.5, 75, 77.5, 80, 82.5],
      akhir: "last",
      src: "Bagian Persidangan dan Perundang-undangan",
      pj: "Kepala Bagian Persidangan dan Perundang-undangan",
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah naskah akademik Raperda inisiatif DPRD yang disusun",
      rumus: "Jumlah naskah akademik yang diselesaikan dalam satu tahun",
      sat: "dokumen",
      awal: 3,
      t: [4, 4, 5, 5, 5],
      akhir: "sum",
      src: "Bagian Persidangan dan Perundang-undangan",
      pj: "Kepala Bagian Persidangan dan Perundang-undangan",
      f: "0",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
      rumus: "(Jumlah rekomendasi LHP ditindaklanjuti / jumlah rekomendasi LHP) x 100%",
      sat: "%",
      awal: 80,
      t: [82.5, 85, 87.5, 90, 92.5],
      akhir: "last",
      src: "LHP BPK RI dan Inspektorat",
      pj: "Kepala Bagian Umum dan Keuangan",
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Indeks kepuasan anggota DPRD terhadap layanan Sekretariat DPRD",
      rumus: "Rata-rata tertimbang nilai unsur layanan hasil survei kepada anggota DPRD",
      sat: "indeks",
      awal: 78.2,
      t: [79, 80, 81, 82, 83],
      akhir: "last",
      src: "Survei kepuasan anggota DPRD",
      pj: "Sekretaris DPRD",
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu penyampaian risalah rapat paripurna",
      rumus: "Jumlah hari kerja sejak rapat sampai risalah diterima anggota / jumlah rapat paripurna",
      sat: "hari kerja",
      awal: 7,
      t: [6, 5, 5, 4, 3],
      akhir: "last",
      src: "Bagian Persidangan dan Perundang-undangan",
      pj: "Kepala Bagian Persidangan dan Perundang-undangan",
      f: "0",
    },
    {
      id: "i6",
      sas: S3,
      ind: "Jumlah produk hukum DPRD yang dipublikasikan melalui JDIH",
      rumus:
        "Jumlah keputusan DPRD, keputusan pimpinan dan peraturan DPRD yang diunggah ke JDIH dalam satu tahun",
      sat: "dokumen",
      awal: 40,
      t: [45, 45, 48, 50, 52],
      akhir: "sum",
      src: "Laman JDIH DPRD",
      pj: "Kepala Bagian Fasilitasi Penganggaran dan Pengawasan",
      f: "0",
    },
    {
      id: "i7",
      sas: S3,
      ind: "Persentase aspirasi masyarakat yang difasilitasi untuk ditindaklanjuti alat kelengkapan DPRD",
      rumus: "(Jumlah aspirasi difasilitasi / jumlah aspirasi yang diterima) x 100%",
      sat: "%",
      awal: 65,
      t: [68, 71, 74, 77, 80],
      akhir: "last",
      src: "Register aspirasi masyarakat",
      pj: "Kepala Bagian Fasilitasi Penganggaran dan Pengawasan",
      f: DEC,
    },
  ];
  // planted 1: the 2027 target of the rekomendasi LHP is typed 78.50 (digits swapped); the path
  // 82.50, 85.00, 87.50, 90.00, 92.50 rises by 2.50 a year
  const PLANT_T = { id: "i3", year: 2027, v: 78.5 };
  // planted 2: kondisi akhir of the produk hukum dipublikasikan (a count per year, summed by the note)
  // is the 2029 target 52; the five years give 240
  const PLANT_K = { id: "i6", v: 52 };
  let n = 0;
  const num = () => `(${++n})`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: num(), width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: num(), width: 34 },
    { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", num: num(), width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", num: num(), width: 10 },
    ...YEARS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      num: num(),
      width: 9,
    })),
    {
      key: "akhir",
      head: ["Kondisi Akhir (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      num: num(),
      width: 10,
    },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", num: num(), width: 24 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const cells: Record<string, number | string | ReturnType<typeof fmt>> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          src: x.src,
          pj: x.pj,
        };
        YEARS.forEach(
          (y, i) =>
            (cells[`t${y}`] = fmt(x.id === PLANT_T.id && y === PLANT_T.year ? PLANT_T.v : x.t[i], x.f)),
        );
        cells.akhir = fmt(x.id === PLANT_K.id ? PLANT_K.v : x.akhir === "last" ? x.t[4] : sum(x.t), x.f);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Kondisi akhir indikator persentase dan indeks adalah target tahun 2029; rata-rata waktu penyampaian risalah semakin kecil semakin baik.",
    "- Kondisi akhir indikator jumlah naskah akademik dan jumlah produk hukum yang dipublikasikan adalah akumulasi target tahun 2025 s.d. 2029.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Gunungtalang, 10 Februari 2025",
    jabatan: ["SEKRETARIS DPRD", "KABUPATEN GUNUNGTALANG,"],
    nama: "Drs. HERU SANTOSO WIDAGDO, M.AP.",
    pangkat: "Pembina Utama Muda",
    nip: "19690523 199403 1 006",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a(`t${PLANT_T.year}`, PLANT_T.id) },
    rules: ["target-trend", "target-outlier"],
    note: "The 2027 target of the persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti is 78.50 (digits swapped) between 85.00 (2026) and 90.00 (2028) of a rising path; 87.50 continues the 2.50 steps",
    truth: `(${a("t2026", PLANT_T.id)}+${a("t2028", PLANT_T.id)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_K.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the jumlah produk hukum DPRD yang dipublikasikan (a count per year, an accumulation by the note) is 52, the 2029 target; 45 + 45 + 48 + 50 + 52 gives 240",
    truth: YEARS.map((y) => a(`t${y}`, PLANT_K.id)).join("+"),
  });
  for (const x of rows) {
    if (x.id === PLANT_K.id) continue;
    const last = a("t2029", x.id);
    const all = YEARS.map((y) => a(`t${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.akhir === "last" ? last : all,
      trap: x.akhir === "last" ? all : last,
    });
  }
  // the risalah time is lower is better: its falling targets are right
  b.ok({ sheet: S, cell: a("t2028", "i5"), rules: ["target-trend"], truth: "4" });
  b.ok({ sheet: S, cell: a("t2029", "i5"), rules: ["target-trend"], truth: "3" });
  return b.finish();
}
