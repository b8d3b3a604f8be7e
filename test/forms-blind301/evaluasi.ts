// The Renja evaluation (E.81) of the Dinas Perhubungan Kabupaten Sungai Rantau (Kalimantan Selatan) on
// uji KIR, and the Renstra funding table (T-C.27) of the Dinas Perhubungan Kota Tanjung Ladang (Kepulauan
// Bangka Belitung) on rambu, marka and PJU. Every name and number is invented.
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

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  r: [number, number, number];
  rq: number[];
};

/** E.81 of the Dishub Sungai Rantau, s.d. Triwulan IV 2024, pengujian kendaraan bermotor. */
export function e81Dishub(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dishub-sungai-rantau.xlsx",
    "E.81 Evaluasi Renja (Dishub)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; Kode first (no No column), K | Rp pairs with the pair number merged ('12 = 8+9+10+11'); a level row (% kendaraan lulus uji) over flows (kendaraan diuji, alat uji dikalibrasi); Keterangan column; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI RANTAU",
    "DINAS PERHUBUNGAN",
    "Jl. Jenderal Sudirman Km. 4 Rantau Hulu, Kalimantan Selatan",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perhubungan Kabupaten Sungai Rantau",
    "Renstra PD 2021-2026, periode pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "2.15.02.2.05.0001",
    ur: "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
    ind: "Jumlah kendaraan yang lulus uji KIR",
    sat: "kendaraan",
    level: false,
    k: [38_000, 21_900, 7_700],
    q: [1_820, 1_950, 1_990, 2_060],
    r: [6_450_000_000, 3_812_400_000, 1_320_000_000],
    rq: [248_300_000, 336_150_000, 318_700_000, 392_450_000],
  };
  const s2: E = {
    id: "s2",
    kode: "2.15.02.2.05.0002",
    ur: "Pemeliharaan dan Kalibrasi Alat Uji Kendaraan Bermotor",
    ind: "Jumlah unit alat uji yang dikalibrasi",
    sat: "unit",
    level: false,
    k: [30, 18, 6],
    q: [0, 3, 0, 3],
    r: [1_150_000_000, 684_200_000, 235_000_000],
    rq: [12_400_000, 98_750_000, 15_300_000, 104_900_000],
  };
  const subsum = (i: number, k: "r" | "rq") => s1[k][i] + s2[k][i];
  const keg: E = {
    id: "keg",
    kode: "2.15.02.2.05",
    ur: "Pengujian Berkala Kendaraan Bermotor",
    ind: "Jumlah kendaraan bermotor wajib uji yang diuji",
    sat: "kendaraan",
    level: false,
    k: [42_000, 24_650, 8_600],
    q: [2_010, 2_180, 2_240, 2_305],
    r: [0, 1, 2].map((i) => subsum(i, "r")) as [number, number, number],
    rq: [0, 1, 2, 3].map((i) => subsum(i, "rq")),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.15.02",
    ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
    sat: "%",
    level: true,
    k: [92, 84.5, 88],
    q: [85.2, 86.4, 87.9, 89.1],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: E) => e.r[1] + sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round((r13(e) / e.r[0]) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const RA = "realisasi-anggaran";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair("5", "Target Renstra PD Tahun 2026 (akhir periode)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Capaian Renstra s.d. Renja Tahun 2023 (n-2)", "6", "realisasi", RA, 2023),
    ...pair("7", "Target Renja Tahun 2024 (n-1)", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", RA, 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", RA, 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", RA, 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", RA, 2024),
    ...pair("12", "Realisasi Kinerja dan Anggaran Renja 2024", "12 = 8+9+10+11", "realisasi", RA, 2024),
    ...pair("13", "Realisasi Renstra PD s.d. Tahun 2024", "13 = 6 + 12", "realisasi", RA, 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16" },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      r5: e.r[0],
      k6: e.k[1],
      r6: e.r[1],
      k7: e.k[2],
      r7: e.r[2],
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((i) => [
          [`k${8 + i}`, e.q[i]],
          [`r${8 + i}`, e.rq[i]],
        ]),
      ),
      k12: k12(e),
      // planted: .0001's realisasi Rp typed 1,259,600,000 (the quarters give 1,295,600,000)
      r12: e.id === "s1" ? 1_259_600_000 : sum(e.rq),
      k13: k13(e),
      r13: r13(e),
      // planted: .0001's (14) K is the Renja capaian 12/7 x 100
      k14: e.id === "s1" ? round((k12(e) / e.k[2]) * 100) : k14(e),
      r14: r14(e),
      pj: "UPTD Pengujian Kendaraan Bermotor",
      ket: e.level ? "nilai akhir TW IV" : undefined,
    },
  }));
  const k14s = rows.map((e) => (e.id === "s1" ? round((k12(e) / e.k[2]) * 100) : k14(e)));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: {
          kode: "Predikat kinerja",
          k14: predikat(round(sum(k14s) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: beroperasinya jalur uji otomatis sejak Triwulan II.",
    "Faktor penghambat: kendaraan angkutan barang dari luar daerah belum tertib uji berkala.",
    "Tindak lanjut: uji KIR keliling ke kecamatan di hulu sungai.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Rantau Hulu, 13 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN SUNGAI RANTAU"],
    nama: "H. MUHAMMAD ARSYAD NOOR, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760314 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.15.02.2.05.0001 is 1,259,600,000; the four quarters add up to 1,295,600,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of sub kegiatan 2.15.02.2.05.0001 is 12/7 x 100 = 101.56 (the Renja capaian); 13/5 x 100 = 29,720/38,000 = 78.21",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dishub Kota Tanjung Ladang, Renstra 2025-2029, Rp in thousands: rambu, marka, PJU. */
export function tc27Dishub(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-dishub-tanjung-ladang.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dishub)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tujuan/Sasaran columns merged down, Tahun ke-1..5 > Target | Rp, kegiatan Rp = SUM over its sub kegiatan, program Rp = kegiatan, kondisi akhir Rp = sum of the five years; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG LADANG", "DINAS PERHUBUNGAN"]);
  s.lines([
    "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF",
    "RENSTRA DINAS PERHUBUNGAN KOTA TANJUNG LADANG 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.15.02",
      ur: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan",
      ind: "Persentase kelengkapan fasilitas perlengkapan jalan kota",
      sat: "%",
      level: true,
      awal: 61.4,
      k: [65, 69, 73, 77, 80],
    },
    {
      id: "g",
      kode: "2.15.02.2.02",
      ur: "Penyediaan Perlengkapan Jalan di Jalan Kota",
      ind: "Jumlah paket perlengkapan jalan yang terpasang",
      sat: "paket",
      level: false,
      awal: 3,
      k: [3, 4, 4, 4, 5],
    },
    {
      id: "s1",
      kode: "2.15.02.2.02.0001",
      ur: "Pengadaan dan Pemasangan Rambu Lalu Lintas",
      ind: "Jumlah rambu lalu lintas yang terpasang",
      sat: "unit",
      level: false,
      awal: 85,
      k: [90, 95, 100, 100, 110],
      rp: [742_500, 779_600, 818_600, 859_500, 902_500],
    },
    // planted: coded under program 2.15.03 although it sits in kegiatan 2.15.02.2.02
    {
      id: "s2",
      kode: "2.15.03.2.02.0003",
      ur: "Pengadaan dan Pemasangan Marka Jalan",
      ind: "Panjang marka jalan yang dicat ulang",
      sat: "km",
      level: false,
      awal: 12.5,
      k: [14, 14, 15, 15, 16],
      rp: [455_000, 477_800, 501_700, 526_800, 553_100],
    },
    {
      id: "s3",
      kode: "2.15.02.2.02.0007",
      ur: "Pemasangan dan Pemeliharaan Penerangan Jalan Umum",
      ind: "Persentase PJU terpasang yang menyala",
      sat: "%",
      level: true,
      awal: 83.2,
      k: [86, 88, 90, 92, 94],
      rp: [2_310_000, 2_425_500, 2_546_800, 2_674_100, 2_807_800],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      { key: `k${y}`, head: [TK, `Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, fmt: DEC },
      { key: `r${y}`, head: [TK, `Tahun ke-${y}`, "Rp"], role: "anggaran", year: 2024 + y, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya keselamatan lalu lintas kota",
          sas: "Meningkatnya kelengkapan perlengkapan jalan",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Lalu Lintas",
          lok: "Kota Tanjung Ladang",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: year 3 of the kegiatan sums only the first two sub kegiatan
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "*) Kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Tanjung Ladang, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN KOTA TANJUNG LADANG"],
    nama: "ROSIDAH APRIYANTI, S.SiT., M.M.",
    nip: "19810907 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 2.15.02.2.02 is =SUM over the first two sub kegiatan (1,320,300); with the PJU sub kegiatan's 2,546,800 it is 3,867,100",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengadaan dan Pemasangan Marka Jalan is coded 2.15.03.2.02.0003 under kegiatan 2.15.02.2.02",
    truth: `"2.15.02.2.02"`,
    actual: `PARENT(${a("kode", "s2")})`,
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g", "s1"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.15.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
