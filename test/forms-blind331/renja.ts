// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Diskominfo offices:
// Kabupaten Wae Lolo (Nusa Tenggara Timur) and Kota Sungai Berlian (Kalimantan Selatan). Every name,
// person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  unit: string;
};

/** E.81 of Diskominfo Kabupaten Wae Lolo, s.d. Triwulan IV 2024 (n-1), Renstra 2021-2026; no No column. */
export function e81Kominfo(): BookW {
  const b = new BookW(
    "evaluasi-renja-diskominfo-wae-lolo-331.xlsx",
    "E.81 Evaluasi Renja (Diskominfo)",
    "E.81 s.d. TW IV 2024; ordinal (n-2)/(n-1) headers resolved from the title; no No column; K/Rp pairs under three header rows; number row merged over pairs; level rows (%, indeks) beside flows; rata-rata and predikat footer",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAE LOLO",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "Jl. Ki Hajar Dewantara No. 14, Lolo Bajo",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN WAE LOLO",
    "Renstra PD Tahun 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  // money per row: [Renstra akhir, s.d. n-2, Renja n-1], quarters
  const money: Record<string, { r: [number, number, number]; rq: number[] }> = {
    s1a: {
      r: [4_850_000_000, 2_310_450_000, 985_000_000],
      rq: [172_400_000, 248_650_000, 231_900_000, 305_300_000],
    },
    s1b: {
      r: [1_240_000_000, 702_300_000, 246_000_000],
      rq: [38_500_000, 61_250_000, 57_800_000, 79_600_000],
    },
    s2a: {
      r: [7_500_000_000, 3_115_800_000, 1_420_000_000],
      rq: [95_000_000, 312_750_000, 408_200_000, 561_350_000],
    },
    s2b: {
      r: [9_200_000_000, 4_506_250_000, 1_850_000_000],
      rq: [210_400_000, 455_900_000, 486_300_000, 642_150_000],
    },
  };
  const add = (a: string, c: string) => ({
    r: money[a].r.map((x, i) => x + money[c].r[i]) as [number, number, number],
    rq: money[a].rq.map((x, i) => x + money[c].rq[i]),
  });
  money.g1 = add("s1a", "s1b");
  money.p1 = money.g1;
  money.g2 = add("s2a", "s2b");
  money.p2 = money.g2;
  const rows: Ev[] = [
    {
      id: "p1",
      kode: "2.16.02",
      ur: "Program Pengelolaan Informasi dan Komunikasi Publik",
      ind: "Persentase OPD yang mempublikasikan informasi publik secara berkala",
      sat: "%",
      level: true,
      k: [100, 78, 88],
      q: [70, 76, 84, 90],
      unit: "Bidang IKP",
    },
    {
      id: "g1",
      kode: "2.16.02.2.01",
      ur: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase konten informasi yang diverifikasi sebelum tayang",
      sat: "%",
      level: true,
      k: [95, 85, 90],
      q: [86, 88, 91, 92],
      unit: "Bidang IKP",
    },
    {
      id: "s1a",
      kode: "2.16.02.2.01.0002",
      ur: "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
      ind: "Jumlah konten informasi publik yang dipublikasikan",
      sat: "konten",
      level: false,
      k: [6000, 2950, 1200],
      q: [260, 310, 295, 340],
      unit: "Seksi Konten",
    },
    {
      id: "s1b",
      kode: "2.16.02.2.01.0005",
      ur: "Pelayanan Informasi Publik melalui PPID Utama",
      ind: "Jumlah laporan layanan informasi publik PPID",
      sat: "laporan",
      level: false,
      k: [60, 36, 12],
      q: [3, 3, 3, 3],
      unit: "Sekretariat PPID",
    },
    {
      id: "p2",
      kode: "2.16.03",
      ur: "Program Aplikasi Informatika",
      ind: "Indeks SPBE Kabupaten",
      sat: "indeks",
      level: true,
      k: [3.2, 2.41, 2.75],
      q: [2.41, 2.41, 2.41, 2.68],
      unit: "Bidang Aptika",
    },
    {
      id: "g2",
      kode: "2.16.03.2.02",
      ur: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase layanan publik berbasis elektronik yang terintegrasi",
      sat: "%",
      level: true,
      k: [80, 45, 60],
      q: [48, 52, 57, 61],
      unit: "Bidang Aptika",
    },
    {
      id: "s2a",
      kode: "2.16.03.2.02.0004",
      ur: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
      ind: "Jumlah aplikasi layanan yang dikembangkan dan terintegrasi",
      sat: "aplikasi",
      level: false,
      k: [25, 11, 5],
      q: [0, 1, 2, 2],
      unit: "Seksi E-Gov",
    },
    {
      id: "s2b",
      kode: "2.16.03.2.02.0011",
      ur: "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
      ind: "Jumlah titik jaringan intra pemerintah yang dibangun dan dipelihara",
      sat: "titik",
      level: false,
      k: [120, 58, 24],
      q: [4, 6, 8, 5],
      unit: "Seksi Infrastruktur TIK",
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: number,
    year?: number,
    roles?: ["target", "anggaran"] | ["realisasi", "realisasi-anggaran"] | ["capaian", "capaian"],
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], num, role: roles?.[0], year, fmt: DEC },
    { key: `${key}r`, head: [...head, "Rp"], num, role: roles?.[1], year, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], num: 1, role: "kode", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      num: 3,
      role: "indikator",
      width: 40,
    },
    { key: "sat", head: ["Satuan"], num: 4, role: "satuan" },
    ...pair("t5", ["Target Renstra PD pada Akhir Periode Renstra"], 5, undefined, ["target", "anggaran"]),
    ...pair("r6", ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"], 6, 2023, [
      "realisasi",
      "realisasi-anggaran",
    ]),
    ...pair("t7", ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"], 7, 2024, [
      "target",
      "anggaran",
    ]),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, ["Realisasi Kinerja pada Triwulan", q], 8 + i, 2024, [
        "realisasi",
        "realisasi-anggaran",
      ]),
    ),
    ...pair("x12", ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"], 12, 2024, [
      "realisasi",
      "realisasi-anggaran",
    ]),
    ...pair("x13", ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"], 13, 2024, [
      "realisasi",
      "realisasi-anggaran",
    ]),
    ...pair(
      "c14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. n-1 (%)"],
      14,
      undefined,
      ["capaian", "capaian"],
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], num: 15, role: "penanggung-jawab", width: 20 },
  ];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const c14k = rows.map((e) => round((k13(e) / e.k[0]) * 100));
  const c14r = rows.map((e) => {
    const m = money[e.id];
    return round(((m.r[1] + sum(m.rq)) / m.r[0]) * 100);
  });
  const shortQ = sum(money.s1a.rq.slice(0, 3)); // planted: (12) Rp of s1a misses Triwulan IV
  const body: Row[] = rows.map((e, i) => {
    const m = money[e.id];
    const cells: Record<string, number | string> = {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      t5k: e.k[0],
      t5r: m.r[0],
      r6k: e.k[1],
      r6r: m.r[1],
      t7k: e.k[2],
      t7r: m.r[2],
      x12k: k12(e),
      x12r: e.id === "s1a" ? shortQ : sum(m.rq),
      x13k: k13(e),
      x13r: m.r[1] + sum(m.rq),
      c14k: c14k[i],
      c14r: c14r[i],
      unit: e.unit,
    };
    e.q.forEach((v, j) => {
      cells[`q${j + 1}k`] = v;
      cells[`q${j + 1}r`] = m.rq[j];
    });
    return { id: e.id, cells, bold: e.id.startsWith("p") };
  });
  const avgK = round(sum(c14k) / c14k.length, 6);
  const avgR = round(sum(c14r) / c14r.length, 6);
  const wrongK = predikat(avgK) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  body.push(
    {
      id: "avg",
      span: ["kode", "x13r"],
      cells: (x) => ({
        kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
        c14k: fx(`AVERAGE(${x.a("c14k", "p1")}:${x.a("c14k", "s2b")})`),
        c14r: fx(`AVERAGE(${x.a("c14r", "p1")}:${x.a("c14r", "s2b")})`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "x13r"],
      cells: { kode: "Predikat Kinerja", c14k: wrongK, c14r: predikat(avgR) },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan pimpinan daerah terhadap SPBE dan forum Satu Data.",
    "Faktor penghambat: keterbatasan bandwidth di kecamatan kepulauan.",
    "Tindak lanjut: integrasi aplikasi layanan ke portal tunggal pada Tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lolo Bajo, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA,", "STATISTIK DAN PERSANDIAN"],
    nama: "Yohanes Bria Lelo, S.Kom., M.T.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760412 200312 1 006",
  });
  const at = (k: string, id: string) => ({ sheet: S, cell: t.a(k, id) });
  const qs = (kind: "k" | "r", id: string) => [1, 2, 3, 4].map((i) => t.a(`q${i}${kind}`, id)).join("+");
  b.plant({
    at: at("x12r", "s1a"),
    rules: ["sum-mismatch"],
    truth: qs("r", "s1a"),
    note: `column 12 Rp of sub kegiatan .0002 is ${shortQ.toLocaleString("en")}: Triwulan IV is left out; the four quarters give ${sum(money.s1a.rq).toLocaleString("en")}`,
  });
  b.plant({
    at: at("c14k", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("c14k", "avg")})`,
    note: `"${wrongK}" for an average K capaian of ${round(avgK)}; the band says ${predikat(avgK)}`,
  });
  const ok = (k: string, id: string, rules: string[], truth: string, trap?: string) =>
    b.ok({ sheet: S, cell: t.a(k, id), rules, truth, trap });
  ok("x12k", "p1", ["sum-mismatch"], t.a("q4k", "p1"), qs("k", "p1"));
  ok("x13k", "p1", ["sum-mismatch"], t.a("x12k", "p1"), `${t.a("r6k", "p1")}+${t.a("x12k", "p1")}`);
  ok("x12k", "p2", ["sum-mismatch"], t.a("q4k", "p2"), qs("k", "p2"));
  ok("x12k", "g2", ["sum-mismatch"], t.a("q4k", "g2"), qs("k", "g2"));
  ok("x13k", "g2", ["sum-mismatch"], t.a("x12k", "g2"), `${t.a("r6k", "g2")}+${t.a("x12k", "g2")}`);
  ok("x12k", "s2a", ["sum-mismatch"], qs("k", "s2a"));
  ok("x12r", "s1b", ["sum-mismatch"], qs("r", "s1b"));
  ok("x12r", "p2", ["sum-mismatch"], qs("r", "p2"));
  ok("x13k", "s2b", ["sum-mismatch"], `${t.a("r6k", "s2b")}+${t.a("x12k", "s2b")}`);
  ok("x13r", "s2a", ["sum-mismatch"], `${t.a("r6r", "s2a")}+${t.a("x12r", "s2a")}`);
  ok("c14k", "s2a", ["capaian-mismatch"], `${t.a("x13k", "s2a")}/${t.a("t5k", "s2a")}*100`);
  ok("c14k", "p2", ["capaian-mismatch"], `${t.a("x13k", "p2")}/${t.a("t5k", "p2")}*100`);
  ok("c14r", "g2", ["capaian-mismatch"], `${t.a("x13r", "g2")}/${t.a("t5r", "g2")}*100`);
  ok("c14r", "pred", ["predikat-mismatch"], `PREDIKAT(${t.a("c14r", "avg")})`);
  return b.finish();
}

type Tc = {
  id: string;
  tuj: string;
  sas: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  flow: boolean;
  rp?: number[];
  pj: string;
};

/** T-C.27 of Diskominfo Kota Sungai Berlian, Renstra 2025-2029, "(dalam ribuan rupiah)", Tahun ke-1..5. */
export function tc27Kominfo(): BookW {
  const b = new BookW(
    "tc27-renstra-diskominfo-sungai-berlian-331.xlsx",
    "T-C.27 Renstra (Diskominfo)",
    "T-C.27 Renstra 2025-2029, Tahun ke-1..5 > Target / Rp (ribuan) resolved from the title, merged Tujuan and Sasaran, SUM formulas for kegiatan and kondisi akhir Rp, program Rp referring to its kegiatan, statistik sektoral and IKP programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUNGAI BERLIAN", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Komunikasi dan Informatika Kota Sungai Berlian Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const T1 = "Meningkatnya kualitas data pembangunan daerah";
  const S1 = "Tersedianya data statistik sektoral yang akurat dan mutakhir";
  const T2 = "Meningkatnya keterbukaan informasi publik";
  const S2 = "Meningkatnya kualitas layanan informasi dan pengaduan publik";
  const rows: Tc[] = [
    {
      id: "p1",
      tuj: T1,
      sas: S1,
      kode: "2.20.02",
      ur: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
      ind: "Persentase OPD yang menyajikan data statistik sektoral sesuai prinsip Satu Data",
      sat: "%",
      awal: 42,
      t: [50, 60, 70, 80, 90],
      flow: false,
      pj: "Bidang Statistik",
    },
    {
      id: "g1",
      tuj: T1,
      sas: S1,
      kode: "2.20.02.2.01",
      ur: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kota",
      ind: "Persentase kegiatan statistik sektoral yang memperoleh rekomendasi BPS",
      sat: "%",
      awal: 55,
      t: [60, 65, 70, 75, 80],
      flow: false,
      pj: "Bidang Statistik",
    },
    {
      id: "s1a",
      tuj: T1,
      sas: S1,
      kode: "2.20.02.2.01.0001",
      ur: "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi Data Statistik Sektoral",
      ind: "Jumlah publikasi data statistik sektoral",
      sat: "publikasi",
      awal: 4,
      t: [4, 5, 5, 6, 6],
      flow: true,
      rp: [412_500, 438_750, 455_000, 481_300, 502_900],
      pj: "Seksi Statistik",
    },
    {
      id: "s1b",
      tuj: T1,
      sas: S1,
      kode: "2.20.02.2.01.0002",
      ur: "Pembinaan Statistik Sektoral",
      ind: "Jumlah laporan pembinaan statistik sektoral",
      sat: "laporan",
      awal: 2,
      t: [2, 2, 2, 2, 2],
      flow: true,
      rp: [98_400, 104_600, 110_250, 116_800, 121_500],
      pj: "Seksi Statistik",
    },
    {
      id: "p2",
      tuj: T2,
      sas: S2,
      kode: "2.16.02",
      ur: "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK",
      ind: "Nilai keterbukaan informasi publik (Komisi Informasi Provinsi)",
      sat: "nilai",
      awal: 78.4,
      t: [80, 82.5, 85, 87.5, 90],
      flow: false,
      pj: "Bidang IKP",
    },
    {
      id: "g2",
      tuj: T2,
      sas: S2,
      kode: "2.16.02.2.01",
      ur: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase permohonan informasi publik yang diselesaikan tepat waktu",
      sat: "%",
      awal: 81,
      t: [85, 88, 90, 93, 95],
      flow: false,
      pj: "Bidang IKP",
    },
    {
      id: "s2a",
      tuj: T2,
      sas: S2,
      kode: "2.16.02.2.01.0002",
      ur: "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
      ind: "Jumlah konten komunikasi publik yang diproduksi",
      sat: "konten",
      awal: 860,
      t: [900, 950, 1000, 1050, 1100],
      flow: true,
      rp: [1_245_000, 1_310_500, 1_376_000, 1_442_800, 1_508_300],
      pj: "Seksi Pengelolaan Konten",
    },
    {
      id: "s2b",
      tuj: T2,
      sas: S2,
      kode: "2.16.02.2.01.0007",
      ur: "Pengelolaan Saluran Aspirasi dan Pengaduan Masyarakat (SP4N-LAPOR!)",
      ind: "Jumlah laporan rekapitulasi tindak lanjut aduan masyarakat",
      sat: "laporan",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      flow: true,
      rp: [186_300, 195_600, 205_400, 215_700, 226_500],
      pj: "Seksi Layanan Aduan",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], num: 1, role: "tujuan", width: 24 },
    { key: "sas", head: ["Sasaran"], num: 2, role: "sasaran", width: 24 },
    { key: "kode", head: ["Kode"], num: 3, role: "kode", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 4, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      num: 5,
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], num: 6, role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      num: 7,
      role: "kondisi-awal",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        num: 6 + 2 * y,
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      },
      {
        key: `p${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        num: 7 + 2 * y,
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      num: 18,
      role: "kondisi-akhir",
      fmt: DEC,
    },
    {
      key: "kar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: 19,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], num: 20, role: "penanggung-jawab", width: 20 },
    { key: "lok", head: ["Lokasi"], num: 21, role: "lokasi" },
  ];
  const kaK = (e: Tc) => (e.flow ? sum(e.t) : e.t[4]);
  const wrongKa = rows.find((e) => e.id === "g2")!.t[3];
  const s2a = rows.find((e) => e.id === "s2a")!.rp!;
  const typedKaR = sum(s2a.slice(0, 4));
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: !e.rp,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        tuj: e.tuj,
        sas: e.sas,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        kak: e.id === "g2" ? wrongKa : kaK(e),
        kar: e.id === "s2a" ? typedKaR : fx(`SUM(${Y.map((y) => x.a(`p${y}`)).join(",")})`),
        pj: e.pj,
        lok: "Kota Sungai Berlian",
      };
      Y.forEach((y, i) => {
        c[`t${y}`] = e.t[i];
        if (e.rp) c[`p${y}`] = e.rp[i];
        else if (e.id.startsWith("g")) {
          const sub = e.id === "g1" ? ["s1a", "s1b"] : ["s2a", "s2b"];
          c[`p${y}`] = fx(`SUM(${x.a(`p${y}`, sub[0])}:${x.a(`p${y}`, sub[1])})`);
        } else c[`p${y}`] = fx(x.a(`p${y}`, e.id === "p1" ? "g1" : "g2"));
      });
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body, vmerge: ["tuj", "sas"] });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir Renstra Diskominfo Kota Sungai Berlian 2025-2029"]);
  const A = (k: string, id: string) => t.a(k, id);
  const yrs = (k: "t" | "p", id: string, sep = "+") => Y.map((y) => A(`${k}${y}`, id)).join(sep);
  b.plant({
    at: { sheet: S, cell: A("kak", "g2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: A("t5", "g2"),
    note: `kondisi akhir of a percentage (permohonan selesai tepat waktu) is ${wrongKa}, the Tahun ke-4 target; the last target (Tahun ke-5, 2029) is 95`,
  });
  b.plant({
    at: { sheet: S, cell: A("kar", "s2a") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: yrs("p", "s2a"),
    note: `typed ${typedKaR.toLocaleString("en")} in a column of SUM formulas leaves Tahun ke-5 out; the five years give ${sum(s2a).toLocaleString("en")}`,
  });
  const ok = (k: string, id: string, rules: string[], truth: string, trap?: string) =>
    b.ok({ sheet: S, cell: A(k, id), rules, truth, trap });
  ok("kak", "p1", ["kondisi-akhir-mismatch"], A("t5", "p1"), yrs("t", "p1"));
  ok("kak", "g1", ["kondisi-akhir-mismatch"], A("t5", "g1"), yrs("t", "g1"));
  ok("kak", "p2", ["kondisi-akhir-mismatch"], A("t5", "p2"), yrs("t", "p2"));
  ok("kak", "s1a", ["kondisi-akhir-mismatch"], yrs("t", "s1a"), A("t5", "s1a"));
  ok("kak", "s2b", ["kondisi-akhir-mismatch"], yrs("t", "s2b"), A("t5", "s2b"));
  ok("kar", "s1b", ["kondisi-akhir-mismatch", "sum-mismatch"], yrs("p", "s1b"));
  ok("kar", "p1", ["kondisi-akhir-mismatch", "sum-mismatch"], yrs("p", "p1"));
  ok("p3", "g1", ["sum-mismatch"], `${A("p3", "s1a")}+${A("p3", "s1b")}`);
  ok("p5", "g2", ["sum-mismatch"], `${A("p5", "s2a")}+${A("p5", "s2b")}`);
  ok("p2", "p2", ["sum-mismatch"], `${A("p2", "s2a")}+${A("p2", "s2b")}`);
  return b.finish();
}
