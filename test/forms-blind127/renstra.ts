// Two plan tables of health offices: the T-C.27 of the Renstra 2025-2029 of the Dinas Kesehatan of
// Kabupaten Bone Tilamuta (Gorontalo), "Tahun ke-1 .. ke-5" with the years only in the title and the
// money "(dalam ribuan rupiah)", a second indicator without a code; and the IKU matrix of the Dinas
// Kesehatan of Kabupaten Seulimeum Raya (Aceh), 2025-2029, with lower-is-better mortality rates.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Plan = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  /** kondisi akhir K as typed */
  ak: number;
};

export function tc27Dinkes(): BookW {
  const b = new BookW(
    "tc27-renstra-dinkes-bone-tilamuta-2025-2029.xlsx",
    "T-C.27 Rencana program, kegiatan dan pendanaan (Dinkes)",
    "T-C.27 of a Dinas Kesehatan in Gorontalo: Kode | Program/Kegiatan | Indikator | Satuan | Data capaian awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi akhir > Target | Rp | Unit | Lokasi; years from the title; (dalam ribuan rupiah)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BONE TILAMUTA", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Kesehatan Kabupaten Bone Tilamuta Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const kegs: Plan[] = [
    {
      id: "kA",
      kode: "1.02.02.2.01",
      nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah fasilitas pelayanan kesehatan yang dibangun/direhabilitasi",
      sat: "unit",
      awal: 2,
      k: [3, 4, 4, 3, 2],
      rp: [8_450_000, 11_200_000, 10_750_000, 7_900_000, 5_300_000],
      ak: 16,
    },
    {
      id: "kB",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase pasien rujukan yang tertangani sesuai standar",
      sat: "%",
      awal: 79.4,
      k: [82, 85, 88, 90, 92],
      rp: [23_400_000, 24_150_000, 25_300_000, 26_050_000, 27_200_000],
      // planted: the five yearly levels added
      ak: 437,
    },
    {
      id: "kB2",
      ind: "Net Death Rate (NDR) RSUD rujukan",
      sat: "per mil",
      awal: 29.6,
      k: [28, 26, 24, 22, 20],
      ak: 20,
    },
    {
      id: "kC",
      kode: "1.02.02.2.03",
      nm: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Persentase fasilitas pelayanan kesehatan yang melapor melalui SIK terintegrasi",
      sat: "%",
      awal: 54,
      k: [60, 70, 80, 90, 100],
      rp: [1_250_000, 1_300_000, 1_375_000, 1_420_000, 1_480_000],
      ak: 100,
    },
  ];
  const prog: Plan = {
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase fasilitas pelayanan kesehatan yang terakreditasi",
    sat: "%",
    awal: 72,
    k: [76, 80, 84, 88, 92],
    ak: 92,
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const ORD = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 10,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, ORD[i], "Target"], role: "target", year: y, num: 6 + 2 * i, width: 8 },
      {
        key: `rp${i}`,
        head: [G, ORD[i], "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "akrp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rowOf = (p: Plan): Row => ({
    id: p.id,
    bold: p.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: p.kode,
        nm: p.nm,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        ak: p.ak,
        pj: p.id === "kB" || p.id === "kB2" ? "Bidang Yankes" : "Bidang Yankes / SDK",
        lok: "Kab. Bone Tilamuta",
      };
      p.k.forEach((v, i) => (out[`k${i}`] = v));
      if (p.id === "prog")
        for (let i = 0; i < 5; i++)
          out[`rp${i}`] = fx(`${c.a(`rp${i}`, "kA")}+${c.a(`rp${i}`, "kB")}+${c.a(`rp${i}`, "kC")}`);
      else if (p.rp) p.rp.forEach((v, i) => (out[`rp${i}`] = v));
      if (p.id === "kC")
        out.akrp = 6_925_000; // planted: typed, the five years give 6,825,000
      else if (p.id !== "kB2")
        out.akrp = fx(`${c.a("rp0")}+${c.a("rp1")}+${c.a("rp2")}+${c.a("rp3")}+${c.a("rp4")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: [prog, ...kegs].map(rowOf) });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase dan rasio = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tilamuta, 20 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN BONE TILAMUTA,"],
    nama: "dr. RAHMAT S. DJAFAR, M.Kes",
    nip: "19790521 200701 1 012",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const years = (k: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${k}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ak", "kB") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the rujukan percentage (a level) is 437, the five yearly targets added; it is the 2029 target 92",
    truth: a("k4", "kB"),
  });
  b.plant({
    at: { sheet: S, cell: a("akrp", "kC") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 1.02.02.2.03 is a typed 6,925,000 (ribu); the five years give 6,825,000",
    truth: years("rp", "kC"),
  });
  for (const id of ["prog", "kA", "kB"])
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years("rp", id),
    });
  for (let i = 0; i < 5; i++)
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${i}`, "kA")}+${a(`rp${i}`, "kB")}+${a(`rp${i}`, "kC")}`,
    });
  b.ok({ sheet: S, cell: a("ak", "kA"), rules: ["kondisi-akhir-mismatch"], truth: years("k", "kA") });
  // traps: the levels end on the last target, not the sum of the five
  for (const id of ["prog", "kB2", "kC"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: years("k", id),
    });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  t: number[];
  ak: number;
};

export function ikuDinkes(): BookW {
  const b = new BookW(
    "iku-dinkes-seulimeum-raya-2025-2029.xlsx",
    "Matriks IKU (Dinkes)",
    "IKU matrix of a Dinas Kesehatan in Aceh: No | Sasaran | IKU | Definisi | Formulasi | Satuan | Kondisi awal 2024 | Target 2025 .. 2029 | Kondisi akhir 2029 | Sumber data | PJ; lower-is-better mortality and stunting",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  s.lines(
    [
      "LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN SEULIMEUM RAYA",
      "NOMOR 440/112/SK/2025 TENTANG INDIKATOR KINERJA UTAMA DINAS KESEHATAN TAHUN 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const S1 = "Meningkatnya derajat kesehatan ibu dan anak";
  const S2 = "Meningkatnya mutu dan akses pelayanan kesehatan";
  const rows: Iku[] = [
    {
      id: "aki",
      sas: S1,
      ind: "Angka Kematian Ibu (AKI)",
      def: "Kematian ibu selama kehamilan, persalinan dan nifas",
      rumus: "Jumlah kematian ibu / jumlah kelahiran hidup x 100.000",
      sat: "per 100.000 KH",
      awal: 186,
      t: [178, 170, 162, 154, 146],
      ak: 146,
    },
    {
      id: "akb",
      sas: S1,
      ind: "Angka Kematian Bayi (AKB)",
      def: "Kematian bayi usia 0-11 bulan",
      rumus: "Jumlah kematian bayi / jumlah kelahiran hidup x 1.000",
      sat: "per 1.000 KH",
      awal: 14.2,
      // planted: 2028 above 2027 on a lower-is-better rate
      t: [13.8, 13.4, 13.0, 13.6, 12.2],
      ak: 12.2,
    },
    {
      id: "stn",
      sas: S1,
      ind: "Prevalensi stunting pada balita",
      def: "Balita dengan tinggi badan menurut umur < -2 SD",
      rumus: "Jumlah balita stunting / jumlah balita diukur x 100%",
      sat: "%",
      awal: 24.6,
      t: [22.1, 19.8, 17.5, 15.3, 14],
      ak: 14,
    },
    {
      id: "akr",
      sas: S2,
      ind: "Persentase fasilitas pelayanan kesehatan terakreditasi",
      def: "Puskesmas, klinik dan RSUD dengan status akreditasi",
      rumus: "Jumlah fasyankes terakreditasi / jumlah fasyankes x 100%",
      sat: "%",
      awal: 61.5,
      // planted: 2027 typed 8.0 for 80
      t: [68, 74, 8, 86, 92],
      ak: 92,
    },
    {
      id: "ikm",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat terhadap pelayanan RSUD",
      def: "Hasil survei kepuasan masyarakat (PermenPANRB 14/2017)",
      rumus: "Rata-rata tertimbang nilai unsur pelayanan x 25",
      sat: "nilai",
      awal: 78.4,
      t: [79.5, 80.5, 81.5, 82.5, 83.5],
      ak: 83.5,
    },
    {
      id: "uhc",
      sas: S2,
      ind: "Persentase penduduk yang memiliki jaminan kesehatan aktif (UHC)",
      def: "Penduduk terdaftar dan aktif sebagai peserta JKN",
      rumus: "Jumlah peserta JKN aktif / jumlah penduduk x 100%",
      sat: "%",
      awal: 96.1,
      t: [96.5, 97, 97.5, 98, 98.5],
      ak: 98.5,
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 30 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", num: "(4)", width: 30 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(5)", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(6)", width: 12 },
    {
      key: "awal",
      head: ["Kondisi Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(7)",
      fmt: DEC,
      width: 10,
    },
    ...Y.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      num: `(${8 + i})`,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "ak",
      head: ["Kondisi Akhir Renstra (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(13)",
      fmt: DEC,
      width: 10,
    },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(14)", width: 14 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(15)", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((r, i): Row => ({
      id: r.id,
      cells: {
        no: i + 1,
        sas: r.sas,
        ind: r.ind,
        def: r.def,
        rumus: r.rumus,
        sat: r.sat,
        awal: r.awal,
        ...Object.fromEntries(r.t.map((v, j) => [`t${j}`, v])),
        ak: r.ak,
        src: r.id === "ikm" ? "Survei IKM RSUD" : r.id === "uhc" ? "BPJS Kesehatan" : "Profil Kesehatan",
        pj: r.id === "akr" || r.id === "ikm" ? "Bidang Yankes" : "Bidang Kesmas",
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: AKI, AKB dan prevalensi stunting berpolaritas negatif (semakin rendah semakin baik).",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t3", "akb") },
    rules: ["target-trend"],
    note: "AKB target 2028 is 13.6, above the 13.0 of 2027 on a lower-is-better rate that falls 0.4 a year (13.8, 13.4, 13.0, .., 12.2): 12.6 is meant",
    truth: "12.6",
  });
  b.plant({
    at: { sheet: S, cell: a("t2", "akr") },
    rules: ["target-outlier", "target-trend"],
    note: "Accreditation target 2027 typed 8.00 between 74 and 86 (80 is meant, a lost zero)",
    truth: "80",
  });
  const years = (id: string) => [0, 1, 2, 3, 4].map((i) => a(`t${i}`, id)).join("+");
  // traps: kondisi akhir of the rates is the 2029 target, not the sum of the five years
  for (const id of ["aki", "stn", "ikm", "uhc"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      trap: years(id),
    });
  // the falling targets of the lower-is-better rates are right
  for (const id of ["aki", "stn"])
    for (const i of [2, 4])
      b.ok({ sheet: S, cell: a(`t${i}`, id), rules: ["target-trend"], truth: a(`t${i}`, id) });
  return b.finish();
}
