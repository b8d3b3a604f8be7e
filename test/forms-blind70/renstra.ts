// The Renstra 2025-2029 T-C.27 of the DP3AP2KB of Kabupaten Bontomarannu Timur (Sulawesi Selatan):
// kondisi awal 2024, five target years with K and Rp, kondisi akhir K and Rp. Rates keep their 2029
// target as kondisi akhir, yearly counts of new acceptors add up, and a lower-is-better rate falls.
// Every number is invented; codes follow Kepmendagri 050-5889/2021.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type R = {
  id: string;
  kd: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  kids?: string[];
  /** kondisi akhir K adds the five years (a yearly count) */
  add?: boolean;
};

/** Renstra 2025-2029, Tabel T-C.27, one text column for program and kegiatan. */
export function renstraTc27Bontomarannu(): BookW {
  const b = new BookW(
    "renstra-2025-2029-tc27-dp3ap2kb-kab-bontomarannu-timur.xlsx",
    "Renstra T-C.27 (rencana program, kegiatan dan pendanaan)",
    "Kode | 'Program / Kegiatan' | 'Indikator Kinerja Program (Outcome) / Kegiatan (Output)' | Satuan | 'Kondisi Kinerja Awal RPJMD (Tahun 2024)' | 'Capaian Kinerja Program dan Kerangka Pendanaan' > 'Tahun 2025' .. 'Tahun 2029' > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | 'PD Penanggung Jawab'; number row pairs; Rp in rupiah",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas PP, PA, PPKB Kabupaten Bontomarannu Timur 2025-2029",
  ]);
  const xs: R[] = [
    {
      id: "p1",
      kd: "2.08.02",
      ur: "PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      awal: 64.21,
      k: [65.0, 65.8, 66.6, 67.4, 68.2],
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kd: "2.08.02.2.01",
      ur: "Pelembagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan Kabupaten/Kota",
      ind: "Jumlah perangkat daerah yang menerapkan PPRG",
      sat: "PD",
      awal: 9,
      k: [12, 16, 20, 24, 28],
      rp: [385_400_000, 412_750_000, 436_200_000, 458_900_000, 481_350_000],
    },
    {
      id: "k2",
      kd: "2.08.02.2.02",
      ur: "Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi pada Organisasi Kemasyarakatan Kewenangan Kabupaten/Kota",
      ind: "Persentase perempuan di lembaga legislatif dan jabatan pimpinan tinggi",
      sat: "%",
      awal: 14.3,
      k: [15.5, 16.8, 18.0, 19.2, 20.5],
      rp: [298_600_000, 315_400_000, 332_800_000, 349_250_000, 367_900_000],
    },
    {
      id: "p2",
      kd: "2.08.08",
      ur: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
      ind: "Angka kekerasan terhadap anak per 10.000 anak",
      sat: "per 10.000 anak",
      awal: 6.4,
      k: [6.1, 7.5, 5.3, 4.9, 4.5],
      kids: ["k3", "k4"],
    },
    {
      id: "k3",
      kd: "2.08.08.2.01",
      ur: "Pencegahan Kekerasan terhadap Anak yang Melibatkan Para Pihak Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah desa/kelurahan dengan PATBM aktif",
      sat: "desa/kel",
      awal: 38,
      k: [46, 54, 62, 70, 78],
      rp: [524_300_000, 561_750_000, 598_400_000, 632_900_000, 668_150_000],
    },
    {
      id: "k4",
      kd: "2.08.08.2.02",
      ur: "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase anak korban kekerasan yang mendapat layanan",
      sat: "%",
      awal: 92.5,
      k: [94, 95.5, 97, 98.5, 100],
      rp: [736_800_000, 778_250_000, 812_600_000, 849_450_000, 887_300_000],
    },
    {
      id: "p3",
      kd: "2.14.03",
      ur: "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
      ind: "Angka pemakaian kontrasepsi modern (mCPR)",
      sat: "%",
      awal: 58.4,
      k: [59.3, 60.2, 61.1, 62.0, 63.0],
      kids: ["k5"],
    },
    {
      id: "k5",
      kd: "2.14.03.2.02",
      ur: "Pendayagunaan dan Peningkatan Kompetensi Tenaga Lini Lapangan KB",
      ind: "Jumlah peserta KB baru MKJP",
      sat: "akseptor",
      awal: 1_790,
      k: [1_850, 1_900, 1_950, 2_000, 2_050],
      rp: [1_245_600_000, 1_318_400_000, 1_392_750_000, 1_461_200_000, 1_534_900_000],
      add: true,
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kd", head: ["Kode"], role: "kode", num: 1, width: 13 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal RPJMD (Tahun 2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: "#,##0.0#",
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ${y}`, "K"],
        role: "target",
        year: y,
        num: 6 + i,
        fmt: "#,##0.0#",
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "kak", head: [KA, "K"], role: "kondisi-akhir", year: 2029, num: 11, fmt: "#,##0.0#", width: 9 },
    { key: "karp", head: [KA, "Rp"], role: "kondisi-akhir", year: 2029, num: 11, fmt: RP, width: 16 },
    { key: "pj", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 14 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kd: x.kd, ur: x.ur, ind: x.ind, sat: x.sat, awal: x.awal };
      Y.forEach((y, j) => {
        out[`k${y}`] = x.k[j];
        if (x.rp) out[`rp${y}`] = x.rp[j];
        // planted: program 2.08.08's 2028 Rp typed 1,428,350,000 (kegiatan add to 1,482,350,000)
        else if (x.id === "p2" && y === 2028) out[`rp${y}`] = 1_428_350_000;
        else out[`rp${y}`] = fx(`SUM(${(x.kids ?? []).map((k) => c.a(`rp${y}`, k)).join(",")})`);
      });
      out.kak = x.add ? fx(`SUM(${Y.map((y) => c.a(`k${y}`)).join(",")})`) : x.k[4];
      out.karp = fx(`${c.a("rp2025")}+${c.a("rp2026")}+${c.a("rp2027")}+${c.a("rp2028")}+${c.a("rp2029")}`);
      out.pj = x.kd.startsWith("2.14") ? "Bidang PPKB" : "Bidang PPPA";
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan: angka kekerasan terhadap anak semakin kecil semakin baik.",
    "Kondisi akhir peserta KB baru MKJP = jumlah lima tahun (2025-2029); indikator lain = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Parangloe Baru, 4 Juni 2025",
    jabatan: ["Kepala Dinas PP, PA, PPKB", "Kabupaten Bontomarannu Timur,"],
    nama: "Dr. Hj. ST. RAHMAWATI MAPPASESSU, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720330 199803 2 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k2026", "p2") },
    rules: ["target-trend", "target-outlier"],
    note: "angka kekerasan per 10.000 anak (falling, lower is better) target 2026 typed 7.5, above the 2024 kondisi awal 6.4 and 2025's 6.1; between 6.1 and 5.3 it is 5.7 (digits swapped)",
    truth: `ROUND((${a("k2025", "p2")}+${a("k2027", "p2")})/2,1)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp2028", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program 2.08.08 Rp 2028 typed 1,428,350,000 among SUM formulas; kegiatan 632,900,000 + 849,450,000 = 1,482,350,000",
    truth: `${a("rp2028", "k3")}+${a("rp2028", "k4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kak", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p1"),
    trap: `SUM(${a("k2025", "p1")},${a("k2026", "p1")},${a("k2027", "p1")},${a("k2028", "p1")},${a("k2029", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kak", "k5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `${a("k2025", "k5")}+${a("k2026", "k5")}+${a("k2027", "k5")}+${a("k2028", "k5")}+${a("k2029", "k5")}`,
    trap: a("k2029", "k5"),
  });
  b.ok({
    sheet: S,
    cell: a("kak", "k4"),
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    truth: a("k2029", "k4"),
  });
  b.ok({
    sheet: S,
    cell: a("k2029", "p2"),
    rules: ["target-trend"],
    truth: `${a("k2028", "p2")}-0.4`,
  });
  b.ok({
    sheet: S,
    cell: a("rp2027", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2027", "k1")}+${a("rp2027", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("karp", "p3"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: `${a("karp", "k5")}`,
  });
  return b.finish();
}
