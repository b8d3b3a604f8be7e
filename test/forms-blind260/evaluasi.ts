// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pemberdayaan
// Masyarakat dan Desa: perdes APBDes, Siskeudes and administrasi pemerintahan desa. All invented.
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
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the DPMD Kabupaten Lembah Saroka (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Dpmd(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dpmd-lembah-saroka.xlsx",
    "E.81 Evaluasi Renja (DPMD)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; Kinerja | Rp pairs, number row merged over pairs; a level row (% desa perdes APBDes tepat waktu) over flows (desa difasilitasi, laporan Siskeudes); Rata-rata and Predikat rows; Keterangan column",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SAROKA",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Bagindo Aziz Chan No. 17 Saroka",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DPMD KABUPATEN LEMBAH SAROKA",
    "Periode pelaksanaan s.d. Triwulan IV Tahun Anggaran 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.13.04.2.01.0002",
      ur: "Fasilitasi Penyusunan dan Penetapan Perdes APBDes",
      ind: "Jumlah desa yang difasilitasi penyusunan APBDes",
      sat: "desa",
      level: false,
      k5: 850,
      k6: 510,
      k7: 170,
      q: [120, 50, 0, 0],
      r5: 4_250_000_000,
      r6: 2_480_500_000,
      r7: 865_000_000,
      rq: [312_400_000, 198_650_000, 141_200_000, 176_330_000],
    },
    {
      id: "s2",
      kode: "2.13.04.2.01.0005",
      ur: "Pembinaan Pengelolaan Keuangan Desa melalui Siskeudes",
      ind: "Jumlah laporan Siskeudes desa yang diverifikasi",
      sat: "laporan",
      level: false,
      k5: 1700,
      k6: 1020,
      k7: 340,
      q: [0, 170, 0, 168],
      r5: 3_100_000_000,
      r6: 1_806_200_000,
      r7: 640_000_000,
      rq: [96_500_000, 187_300_000, 142_750_000, 198_920_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.13.04.2.01",
    ur: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
    ind: "Jumlah desa yang dibina administrasi pemerintahannya",
    sat: "desa",
    level: false,
    k5: 850,
    k6: 510,
    k7: 170,
    q: [40, 45, 45, 40],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.13.04",
    ur: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
    ind: "Persentase desa yang menetapkan Perdes APBDes tepat waktu",
    sat: "%",
    level: true,
    k5: 100,
    k6: 78.5,
    k7: 90,
    q: [62.4, 88.2, 91.8, 93.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    n: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra s.d. Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 16 },
  ];
  // planted: (13) Rp of sub kegiatan .0005 typed 2,341,670,000; 6 + 12 give 2,431,670,000
  const R13S2 = 2_341_670_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: r12(e),
      k13: k13(e),
      r13: e.id === "s2" ? R13S2 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      ket: e.level ? "kumulatif (posisi TW IV)" : "",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: K predikat "Sangat Tinggi" for an average of 83.35 (Tinggi)
        cells: () => ({ no: "Predikat", k14: "Sangat Tinggi", r14: predikat(round(sum(rows.map(r14)) / 4)) }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: indikator persentase desa bersifat kumulatif, realisasi tahunan = posisi TW IV."]);
  s.gap();
  signature(s, 22, {
    tempat: "Saroka, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
    nama: "Drs. HENDRA SUTAN MARAJO, M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19720308 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 2.13.04.2.01.0005 is 2,341,670,000; 1,806,200,000 + 625,470,000 = 2,431,670,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for an average capaian kinerja of 83.35 (band > 75 - 90: Tinggi)",
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
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

/** T-C.27 of the DPMD Kabupaten Muara Pelangan (Kalimantan Selatan), Renstra 2025-2029, in thousands. */
export function tc27Dpmd(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-dpmd-muara-pelangan.xlsx",
    "T-C.27 Rencana program dan pendanaan (DPMD)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; 'Tahun ke-n (yyyy)' over Target | Rp; Lokasi column; kegiatan Rp as SUM of the sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = five years",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MUARA PELANGAN", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DPMD Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.13.04",
      ur: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
      ind: "Persentase desa yang menyusun laporan keuangan desa melalui Siskeudes Online",
      sat: "%",
      level: true,
      awal: 71.3,
      k: [76, 81, 86, 92, 100],
    },
    {
      id: "g",
      kode: "2.13.04.2.01",
      ur: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
      ind: "Jumlah desa yang dibina penyusunan RPJMDes dan RKPDes",
      sat: "desa",
      level: false,
      awal: 96,
      k: [112, 112, 120, 120, 124],
    },
    {
      id: "s1",
      kode: "2.13.04.2.01.0001",
      ur: "Fasilitasi Penyusunan RPJMDes dan RKPDes",
      ind: "Jumlah dokumen RKPDes yang difasilitasi",
      sat: "dokumen",
      level: false,
      awal: 96,
      k: [112, 112, 120, 120, 124],
      rp: [318_400, 334_300, 351_000, 368_600, 387_000],
    },
    {
      id: "s2",
      kode: "2.13.04.2.01.0003",
      ur: "Pendampingan Penatausahaan Keuangan Desa (Siskeudes)",
      ind: "Persentase operator Siskeudes desa yang bersertifikat",
      sat: "%",
      level: true,
      awal: 42.5,
      k: [50, 60, 70, 80, 90],
      rp: [205_750, 216_000, 226_800, 238_150, 250_050],
    },
    {
      id: "s3",
      kode: "2.13.04.2.01.0006",
      ur: "Monitoring dan Evaluasi Penyaluran Dana Desa per Tahap",
      ind: "Jumlah laporan monev penyaluran dana desa",
      sat: "laporan",
      level: false,
      awal: 3,
      k: [3, 3, 3, 3, 3],
      rp: [142_600, 149_700, 157_200, 165_100, 173_300],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "18",
      width: 14,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the Siskeudes operator % typed 95 (year 5 target 90)
          akK: p.id === "s2" ? 95 : p.level ? p.k[4] : sum(p.k),
          pj: "DPMD",
          lok: "Kabupaten",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: year 3 kegiatan Rp sums two sub kegiatan only
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 12, {
    tempat: "Pelangan, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
    nama: "H. MUHAMMAD RIDHANI, S.Sos., M.AP.",
    nip: "19760419 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the % operator Siskeudes bersertifikat is 95; the year-5 (2029) target is 90",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan Rp of Tahun ke-3 is =SUM over two sub kegiatan (577,800); with monev dana desa 157,200 it is 735,000",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: ks("s3") });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.13.04.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  }
  return b.finish();
}
