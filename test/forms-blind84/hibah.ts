// Hibah recaps of the Bagian Kesejahteraan Rakyat (Sekretariat Daerah): the hibah uang to religious
// and social institutions of an Aceh kabupaten (nilai NPHD, penyaluran tahap I / II, jumlah, sisa,
// grouped by kind of lembaga with subtotals) and the daftar penerima hibah of a Kalimantan Barat
// kabupaten (70 / 30 tahap, % pencairan, status LPJ) with a recap by jenis lembaga under it.
// Paid is never above the NPHD. Every name and number is invented.
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

// ================================== Bagian Kesra Setda Kabupaten Krueng Jeumpa (Aceh), hibah 2024

type Lem = {
  id: string;
  nama: string;
  kec: string;
  nphd: number;
  t1: number;
  t2: number | "-";
  ket?: string;
};

/** Rekap penyaluran hibah uang per lembaga, grouped, subtotals and a grand total of the subtotals. */
export function rekapHibahAceh(): BookW {
  const b = new BookW(
    "rekap-nphd-tahap-kesra-krueng-jeumpa.xlsx",
    "Rekap penyaluran hibah uang (Bagian Kesra)",
    "Rekapitulasi penyaluran hibah uang 2024 of a Bagian Kesra in Aceh: No. | Nama Lembaga Penerima Hibah | Kecamatan | Nomor NPHD | Nilai NPHD (Rp) | 'Penyaluran Dana Hibah (Rp)' > Tahap I | Tahap II | Jumlah | Sisa Dana (Rp) | Keterangan; number row 1 .. '8 = 6 + 7' .. '9 = 5 - 8'; groups A (lembaga keagamaan) and B (organisasi kemasyarakatan) with Sub Jumlah rows, JUMLAH A + B",
  );
  const S = "Rekap Hibah 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KRUENG JEUMPA",
    "SEKRETARIAT DAERAH - BAGIAN KESEJAHTERAAN RAKYAT",
    "Jalan Teuku Umar Nomor 7, Keude Jeumpa, Kode Pos 24417",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN BELANJA HIBAH UANG KEPADA LEMBAGA KEAGAMAAN DAN KEMASYARAKATAN",
    "TAHUN ANGGARAN 2024 (posisi 31 Desember 2024)",
  ]);
  s.gap();
  const A: Lem[] = [
    {
      id: "a1",
      nama: "Masjid Jamik Baiturrahim Gampong Meunasah Tuha",
      kec: "Jeumpa Barat",
      nphd: 150_000_000,
      t1: 90_000_000,
      t2: 60_000_000,
    },
    {
      id: "a2",
      nama: "Dayah Terpadu Darul Mu'arif",
      kec: "Kuta Blang Baro",
      nphd: 297_500_000,
      t1: 178_500_000,
      t2: "-",
      ket: "Tahap II dialihkan ke TA 2025",
    },
    {
      id: "a3",
      nama: "Balai Pengajian Nurul Hikmah Gampong Lueng Putu",
      kec: "Jeumpa Timur",
      nphd: 45_000_000,
      t1: 27_000_000,
      t2: 18_000_000,
    },
    {
      id: "a4",
      nama: "Badan Kemakmuran Meunasah Gampong Blang Seupeung",
      kec: "Peudada Baro",
      nphd: 75_000_000,
      t1: 45_000_000,
      t2: 30_000_000,
    },
    {
      id: "a5",
      nama: "Majelis Taklim Al-Hidayah Keude Jeumpa",
      kec: "Kota Jeumpa",
      nphd: 30_000_000,
      t1: 30_000_000,
      t2: "-",
      ket: "Disalurkan sekaligus",
    },
    {
      id: "a6",
      nama: "Panitia Pembangunan Meunasah Gampong Cot Keumude",
      kec: "Kuta Blang Baro",
      nphd: 200_000_000,
      t1: 120_000_000,
      t2: 80_000_000,
    },
  ];
  const B: Lem[] = [
    {
      id: "b1",
      nama: "Palang Merah Indonesia Kabupaten Krueng Jeumpa",
      kec: "Kota Jeumpa",
      nphd: 250_000_000,
      t1: 150_000_000,
      t2: 100_000_000,
    },
    {
      id: "b2",
      nama: "Kwartir Cabang Gerakan Pramuka Krueng Jeumpa",
      kec: "Kota Jeumpa",
      nphd: 175_000_000,
      t1: 105_000_000,
      t2: 70_000_000,
    },
    {
      id: "b3",
      nama: "Majelis Adat Aceh Kabupaten Krueng Jeumpa",
      kec: "Kota Jeumpa",
      nphd: 320_000_000,
      t1: 192_000_000,
      t2: 128_000_000,
    },
    {
      id: "b4",
      nama: "Forum Kerukunan Umat Beragama Kabupaten",
      kec: "Jeumpa Barat",
      nphd: 85_000_000,
      t1: 51_000_000,
      t2: 34_000_000,
    },
    {
      id: "b5",
      nama: "LKSA Rahmatan Lil Alamin Gampong Pante Baro",
      kec: "Peudada Baro",
      nphd: 60_000_000,
      t1: 36_000_000,
      t2: "-",
      ket: "Tahap II menunggu LPJ Tahap I",
    },
  ];
  const G = "Penyaluran Dana Hibah (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Nama Lembaga Penerima Hibah"], num: "2", width: 44 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "3", width: 16 },
    { key: "nphdNo", head: ["Nomor NPHD"], num: "4", width: 22 },
    { key: "nphd", head: ["Nilai NPHD (Rp)"], role: "anggaran", year: 2024, num: "5", fmt: RP, width: 17 },
    { key: "t1", head: [G, "Tahap I"], role: "realisasi-anggaran", year: 2024, num: "6", fmt: RP, width: 16 },
    {
      key: "t2",
      head: [G, "Tahap II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7",
      fmt: RP,
      width: 16,
    },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 6 + 7",
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Dana (Rp)"], num: "9 = 5 - 8", fmt: RP, width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "10", width: 24 },
  ];
  let nomor = 0;
  const lemRow = (l: Lem, i: number): Row => ({
    id: l.id,
    cells: (x: Ctx) => ({
      no: i + 1,
      nm: l.nama,
      kec: l.kec,
      nphdNo: `451.2/${String(112 + ++nomor).padStart(3, "0")}/NPHD/2024`,
      nphd: l.nphd,
      t1: l.t1,
      t2: l.t2,
      // planted: the Dayah's Jumlah typed 187,500,000 over the SUM (digits swapped: 178,500,000)
      jml: l.id === "a2" ? 187_500_000 : fx(`SUM(${x.a("t1")}:${x.a("t2")})`),
      // fully paid lembaga get "-" in Sisa, as the office types it
      sisa: l.t2 === "-" && l.t1 < l.nphd ? fx(`${x.a("nphd")}-${x.a("jml")}`) : "-",
      ket: l.ket ?? "LPJ lengkap",
    }),
  });
  const sub = (id: string, label: string, first: string, last: string): Row => ({
    id,
    bold: true,
    span: ["no", "nphdNo"],
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = { no: label };
      for (const k of ["nphd", "t1", "t2", "jml", "sisa"])
        // planted: Sub Jumlah B of the Nilai NPHD stops one row short (the LKSA left out)
        c[k] = fx(`SUM(${x.a(k, first)}:${x.a(k, id === "sb" && k === "nphd" ? "b4" : last)})`);
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "ga", bold: true, cells: { no: "A.", nm: "LEMBAGA KEAGAMAAN" } },
      ...A.map(lemRow),
      sub("sa", "Sub Jumlah A", "a1", "a6"),
      { id: "gb", bold: true, cells: { no: "B.", nm: "ORGANISASI KEMASYARAKATAN DAN SOSIAL" } },
      ...B.map(lemRow),
      sub("sb", "Sub Jumlah B", "b1", "b5"),
      {
        id: "tot",
        bold: true,
        span: ["no", "nphdNo"],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "JUMLAH (A + B)" };
          for (const k of ["nphd", "t1", "t2", "jml", "sisa"]) c[k] = fx(`${x.a(k, "sa")}+${x.a(k, "sb")}`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Penyaluran tahap I sebesar 60% dari nilai NPHD, tahap II 40% setelah LPJ tahap I diterima Bagian Kesra.",
    "- Sisa dana yang tidak disalurkan sampai 31 Desember 2024 menjadi SiLPA.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Keude Jeumpa, 14 Januari 2025",
    jabatan: ["KEPALA BAGIAN KESEJAHTERAAN RAKYAT", "SETDAKAB KRUENG JEUMPA,"],
    nama: "TEUKU RIZAL MAULANA, S.Sos., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780512 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "a2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the Dayah Terpadu Darul Mu'arif is a typed 187,500,000 among SUM formulas; Tahap I 178,500,000 + Tahap II '-' give 178,500,000 (two digits swapped)",
    truth: `SUM(${a("t1", "a2")}:${a("t2", "a2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("nphd", "sb") },
    rules: ["sum-mismatch"],
    note: "Sub Jumlah B of the Nilai NPHD is =SUM over b1..b4 = 830,000,000, the LKSA's 60,000,000 left out; the five lines give 890,000,000",
    truth: `SUM(${a("nphd", "b1")}:${a("nphd", "b5")})`,
  });
  for (const l of [...A, ...B]) {
    if (l.id === "a2") continue;
    const jml = a("jml", l.id);
    b.ok({
      sheet: S,
      cell: jml,
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: `${a("t1", l.id)}+${l.t2 === "-" ? 0 : a("t2", l.id)}`,
    });
  }
  // the subtotal A adds only its lines; the grand total adds the two subtotals, not every row above
  for (const k of ["nphd", "t1", "t2", "jml"])
    b.ok({ sheet: S, cell: a(k, "sa"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a1")}:${a(k, "a6")})` });
  for (const k of ["t1", "t2", "jml"]) {
    b.ok({ sheet: S, cell: a(k, "sb"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "b1")}:${a(k, "b5")})` });
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "a1")}:${a(k, "a6")})+SUM(${a(k, "b1")}:${a(k, "b5")})`,
      trap: `SUM(${a(k, "a1")}:${a(k, "sb")})`,
    });
  }
  return b.finish();
}

// ======================= Bagian Kesra Setda Kabupaten Sungai Mentibar (Kalimantan Barat), hibah 2024

type Pen = {
  id: string;
  nama: string;
  alamat: string;
  jenis: "K" | "A" | "S";
  nphd: number;
  t2: boolean;
  lpj: string;
};

/** Daftar penerima hibah uang with % pencairan, and a recap by jenis lembaga under it. */
export function daftarHibahKalbar(): BookW {
  const b = new BookW(
    "daftar-pencairan-hibah-lembaga-sungai-mentibar.xlsx",
    "Daftar penerima dan pencairan hibah (Bagian Kesra)",
    "Daftar penerima hibah uang 2024 of a Bagian Kesra in Kalimantan Barat: No | Penerima Hibah | Alamat / Kecamatan | No. NPHD | Nilai Hibah sesuai NPHD (Rp) | 'Realisasi Pencairan (Rp)' > Tahap I (70%) | Tahap II (30%) | Total | % Pencairan | Sisa Belum Dicairkan (Rp) | Status LPJ; no number row; JUMLAH row with % of the totals; Tabel 2 under it: Rekap menurut Jenis Lembaga (count, NPHD, porsi %)",
  );
  const S = "Hibah 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI MENTIBAR",
    "SEKRETARIAT DAERAH",
    "Bagian Kesejahteraan Rakyat",
  ]);
  s.lines([
    "DAFTAR PENERIMA DAN REALISASI PENCAIRAN HIBAH UANG TAHUN ANGGARAN 2024",
    "Tabel 1. Rincian per Penerima",
  ]);
  s.gap();
  const P: Pen[] = [
    {
      id: "p1",
      nama: "Gereja Katolik Paroki Santo Yosef Nanga Mentibar",
      alamat: "Mentibar Hulu",
      jenis: "K",
      nphd: 120_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p2",
      nama: "Masjid Agung Al-Muhajirin Sungai Mentibar",
      alamat: "Sungai Mentibar",
      jenis: "K",
      nphd: 250_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p3",
      nama: "Vihara Dharma Bhakti Sei Ayak",
      alamat: "Sei Ayak",
      jenis: "K",
      nphd: 80_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p4",
      nama: "GKE Jemaat Immanuel Tanjung Sari",
      alamat: "Tanjung Sari",
      jenis: "K",
      nphd: 95_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p5",
      nama: "Pura Giri Natha Desa Sumber Rejo",
      alamat: "Mentibar Hilir",
      jenis: "K",
      nphd: 60_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p6",
      nama: "Panti Asuhan Kasih Bunda Nanga Ketungau",
      alamat: "Ketungau Tengah",
      jenis: "S",
      nphd: 110_000_000,
      t2: false,
      lpj: "LPJ Tahap I belum",
    },
    {
      id: "p7",
      nama: "Yayasan Pondok Pesantren Nurul Huda",
      alamat: "Mentibar Hilir",
      jenis: "K",
      nphd: 160_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p8",
      nama: "Dewan Adat Dayak Kecamatan Mentibar Hulu",
      alamat: "Mentibar Hulu",
      jenis: "A",
      nphd: 75_000_000,
      t2: true,
      lpj: "Sudah LPJ",
    },
    {
      id: "p9",
      nama: "Majelis Adat Budaya Melayu Kabupaten",
      alamat: "Sungai Mentibar",
      jenis: "A",
      nphd: 75_000_000,
      t2: false,
      lpj: "Proses verifikasi",
    },
    {
      id: "p10",
      nama: "LKS Lanjut Usia Tresna Werdha Sejahtera",
      alamat: "Sei Ayak",
      jenis: "S",
      nphd: 128_000_000,
      t2: false,
      lpj: "Tahap I sesuai perubahan NPHD",
    },
  ];
  const t1Of = (p: Pen) => (p.id === "p10" ? 88_000_000 : Math.round(p.nphd * 0.7));
  const G = "Realisasi Pencairan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Penerima Hibah"], width: 42 },
    { key: "al", head: ["Alamat / Kecamatan"], role: "lokasi", width: 18 },
    { key: "nphdNo", head: ["No. NPHD"], width: 20 },
    { key: "nphd", head: ["Nilai Hibah sesuai NPHD (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "t1", head: [G, "Tahap I (70%)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t2", head: [G, "Tahap II (30%)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "tot", head: [G, "Total"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "pct", head: ["% Pencairan"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "sisa", head: ["Sisa Belum Dicairkan (Rp)"], fmt: RP, width: 16 },
    { key: "lpj", head: ["Status LPJ"], role: "keterangan", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: p.nama,
          al: p.alamat,
          nphdNo: `400.8/${47 + i}/KESRA`,
          nphd: p.nphd,
          t1: t1Of(p),
          // planted: GKE's Tahap II typed 58,500,000 (30% of 95,000,000 is 28,500,000)
          t2: p.id === "p4" ? 58_500_000 : p.t2 ? p.nphd - t1Of(p) : "-",
          tot: fx(`SUM(${x.a("t1")}:${x.a("t2")})`),
          // planted: the LKS Lansia's % typed 86.75 (88,000,000 / 128,000,000 = 68.75)
          pct: p.id === "p10" ? 86.75 : fx(`ROUND(${x.a("tot")}/${x.a("nphd")}*100,2)`),
          sisa: p.t2 && p.id !== "p4" ? "-" : fx(`${x.a("nphd")}-${x.a("tot")}`),
          lpj: p.lpj,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nphdNo"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          nphd: fx(`SUM(${x.a("nphd", "p1")}:${x.a("nphd", "p10")})`),
          t1: fx(`SUM(${x.a("t1", "p1")}:${x.a("t1", "p10")})`),
          t2: fx(`SUM(${x.a("t2", "p1")}:${x.a("t2", "p10")})`),
          tot: fx(`SUM(${x.a("tot", "p1")}:${x.a("tot", "p10")})`),
          pct: fx(`ROUND(${x.a("tot")}/${x.a("nphd")}*100,2)`),
          sisa: fx(`SUM(${x.a("sisa", "p1")}:${x.a("sisa", "p10")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Rekapitulasi menurut Jenis Lembaga Penerima"]);
  s.gap();
  const jenis: Array<[string, "K" | "A" | "S", string]> = [
    ["j1", "K", "Rumah ibadah dan lembaga keagamaan"],
    ["j2", "A", "Lembaga adat"],
    ["j3", "S", "Lembaga kesejahteraan sosial"],
  ];
  const total = P.reduce((n, p) => n + p.nphd, 0);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "jn", head: ["Jenis Lembaga"], width: 42 },
      { key: "n", head: ["Jumlah Penerima (lembaga)"], width: 18 },
      { key: "nphd", head: ["Nilai NPHD (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 20 },
      { key: "porsi", head: ["Porsi (%)"], fmt: DEC, width: 16 },
    ],
    headerRows: 1,
    rows: [
      ...jenis.map(([id, j, label], i): Row => ({
        id,
        cells: (x: Ctx) => ({
          no: i + 1,
          jn: label,
          n: P.filter((p) => p.jenis === j).length,
          nphd: P.filter((p) => p.jenis === j).reduce((n, p) => n + p.nphd, 0),
          porsi: fx(`ROUND(${x.a("nphd")}/${x.a("nphd", "rj")}*100,2)`),
        }),
      })),
      {
        id: "rj",
        bold: true,
        cells: (x: Ctx) => ({
          jn: "Jumlah",
          n: fx(`SUM(${x.a("n", "j1")}:${x.a("n", "j3")})`),
          nphd: fx(`SUM(${x.a("nphd", "j1")}:${x.a("nphd", "j3")})`),
          porsi: fx(`SUM(${x.a("porsi", "j1")}:${x.a("porsi", "j3")})`),
        }),
      },
    ],
  });
  if (total !== 1_153_000_000) throw new Error(`hibah kalbar total ${total}`);
  s.gap();
  signature(s, 8, {
    tempat: "Sungai Mentibar, 20 Januari 2025",
    jabatan: ["Kepala Bagian Kesejahteraan Rakyat,"],
    nama: "YOHANES ANSEL DAMI, S.IP., M.AP.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830927 200903 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("tot", "p4") },
        { sheet: S, cell: a("pct", "p4") },
        { sheet: S, cell: a("t2", "p4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "GKE Jemaat Immanuel: Tahap II typed 58,500,000 (30% of 95,000,000 is 28,500,000), so the Total 125,000,000 is above the NPHD of 95,000,000 (131.58 %, Sisa -30,000,000); paid is never above the NPHD",
    truth: a("nphd", "p4"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "p10") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Pencairan of the LKS Lansia is a typed 86.75 among ROUND formulas; 88,000,000 / 128,000,000 gives 68.75 (digits swapped)",
    truth: `ROUND(${a("tot", "p10")}/${a("nphd", "p10")}*100,2)`,
  });
  for (const p of P) {
    if (p.id === "p4" || p.id === "p10") continue;
    b.ok({
      sheet: S,
      cell: a("pct", p.id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("tot", p.id)}/${a("nphd", p.id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("nphd", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("nphd", "p1")}:${a("nphd", "p10")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t1", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t1", "p1")}:${a("t1", "p10")})`,
  });
  // the % of the JUMLAH row is the ratio of the totals, never the sum (or the average) of the rows' %
  const r2 = (k: string, id: string) => t2.a(k, id);
  const ofJenis = (j: string) =>
    P.filter((p) => p.jenis === j)
      .map((p) => a("nphd", p.id))
      .join("+");
  for (const [id, j] of jenis)
    b.ok({
      sheet: S,
      cell: r2("nphd", id),
      rules: ["cross-table-mismatch", "sum-mismatch"],
      truth: ofJenis(j),
    });
  b.ok({
    sheet: S,
    cell: r2("nphd", "rj"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("nphd", "jml"),
  });
  b.ok({
    sheet: S,
    cell: r2("porsi", "j1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${r2("nphd", "j1")}/${a("nphd", "jml")}*100,2)`,
    tol: 0.011,
  });
  return b.finish();
}
