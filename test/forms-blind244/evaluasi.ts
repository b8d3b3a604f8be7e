// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Dinas Kelautan
// dan Perikanan: garam rakyat (PUGAR) and fish processing (pengolah ikan bersertifikat SKP).
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

/** E.81 of the DKP Kabupaten Tanjung Warasa (Nusa Tenggara Barat), s.d. Triwulan IV 2024. */
export function e81Garam(): BookW {
  const b = new BookW(
    "e81-renja-dkp-tanjung-warasa-garam-2024.xlsx",
    "E.81 Evaluasi Renja (DKP garam rakyat)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; Kinerja | Keuangan pairs, 12/13/14 as formulas; a % level program row over ton flows; Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG WARASA",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Pelabuhan Lama No. 7 Labuhan Warasa",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KELAUTAN DAN PERIKANAN KABUPATEN TANJUNG WARASA",
    "Renstra PD 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.25.06.2.01.0002",
      ur: "Fasilitasi Sarana Produksi Garam Rakyat (geomembran, PUGAR)",
      ind: "Produksi garam rakyat petambak binaan",
      sat: "ton",
      level: false,
      k5: 42_000,
      k6: 23_640,
      k7: 8_500,
      q: [0, 1_260, 4_980, 2_815],
      r5: 6_450_000_000,
      r6: 3_918_400_000,
      r7: 1_325_000_000,
      rq: [96_250_000, 318_700_000, 486_150_000, 377_900_000],
    },
    {
      id: "s2",
      kode: "3.25.06.2.01.0003",
      ur: "Pendampingan Kelompok Usaha Garam Rakyat",
      ind: "Jumlah kelompok petambak garam yang didampingi",
      sat: "kelompok",
      level: false,
      k5: 180,
      k6: 104,
      k7: 36,
      q: [6, 11, 12, 7],
      r5: 1_740_000_000,
      r6: 1_012_350_000,
      r7: 352_000_000,
      rq: [41_600_000, 88_450_000, 109_300_000, 97_750_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "3.25.06.2.01",
    ur: "Pemberdayaan Usaha Garam Rakyat",
    ind: "Jumlah petambak garam yang memperoleh sarana produksi",
    sat: "orang",
    level: false,
    k5: 1_200,
    k6: 655,
    k7: 240,
    q: [18, 64, 97, 58],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.25.06",
    ur: "PROGRAM PENGELOLAAN GARAM RAKYAT",
    ind: "Persentase lahan garam rakyat berproduksi dengan teknologi geomembran",
    sat: "%",
    level: true,
    k5: 75,
    k6: 48.6,
    k7: 60,
    q: [49.2, 53.8, 58.1, 61.4],
  };
  const rows = [prog, keg, ...subs];
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "16", width: 18 },
  ];
  const R12S1 = 1_297_000_000; // planted: the quarters give 1,279,000,000
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => {
      const qs = (p: string) => ["8", "9", "10", "11"].map((n) => x.a(p + n)).join(",");
      return {
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
        k12: e.level ? fx(x.a("k11")) : fx(`SUM(${qs("k")})`),
        r12: e.id === "s1" ? R12S1 : fx(`SUM(${qs("r")})`),
        k13: e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: "Bidang Pengelolaan Garam",
        ket: e.level ? "indikator tingkat (TW IV)" : i === 2 ? "musim kemarau mundur" : "-",
      };
    },
  }));
  // K capaian: prog 61.4/75 = 81.87, keg (655+237)/1200 = 74.33, s1 (23640+9055)/42000 = 77.85,
  // s2 (104+36)/180 = 77.78 -> average 77.96 = Tinggi; the sheet says "Sedang" (planted)
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
          no: "Rata-rata Capaian Kinerja dan Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      { id: "pred", span: ["no", "ind"], cells: { no: "Predikat Kinerja", k14: "Sedang", r14: "Tinggi" } },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: curah hujan tinggi hingga Juli 2024 menunda musim produksi garam."]);
  s.gap();
  signature(s, 22, {
    tempat: "Labuhan Warasa, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "Ir. LALU SAMSIRWAN, M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19720309 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 12 Rp of sub kegiatan 3.25.06.2.01.0002 is a typed 1,297,000,000 among SUM formulas; the quarters add up to 1,279,000,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat kinerja 'Sedang' for an average K capaian of 77.96; > 75 to 90 is Tinggi",
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
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
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
  if (predikat(round((81.87 + 74.33 + 77.85 + 77.78) / 4)) !== "Tinggi") throw new Error("E.81 plan changed");
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
  sumOf?: string[];
};

/** T-C.27 of the DKP Kota Pasir Bahari (Sulawesi Tenggara), Renstra 2025-2029, Rp in thousands. */
export function tc27Olahan(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-pasir-bahari-olahan-ikan.xlsx",
    "T-C.27 Renstra (DKP pengolahan ikan)",
    "T-C.27 2025-2029, (dalam ribuan rupiah), Tahun ke-1..5 > Target | Rp, kegiatan and program Rp as SUM, kondisi akhir Rp = sum of years, Lokasi column",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PASIR BAHARI", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Kelautan dan Perikanan Kota Pasir Bahari Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: P[] = [
    {
      id: "prog",
      kode: "3.25.05",
      ur: "PROGRAM PENGOLAHAN DAN PEMASARAN HASIL PERIKANAN",
      ind: "Angka konsumsi ikan per kapita",
      sat: "kg/kapita/tahun",
      level: true,
      awal: 38.4,
      k: [39.6, 40.8, 42.0, 43.1, 44.5],
      sumOf: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "3.25.05.2.01",
      ur: "Pembinaan Mutu dan Keamanan Hasil Perikanan",
      ind: "Persentase pengolah ikan bersertifikat SKP",
      sat: "%",
      level: true,
      awal: 22.5,
      k: [27, 32, 38, 44, 50],
      sumOf: ["a1", "a2"],
    },
    {
      id: "a1",
      kode: "3.25.05.2.01.0001",
      ur: "Penerbitan Sertifikat Kelayakan Pengolahan (SKP)",
      ind: "Jumlah sertifikat SKP yang diterbitkan",
      sat: "sertifikat",
      level: false,
      awal: 14,
      k: [18, 20, 22, 24, 26],
      rp: [212_500, 236_000, 258_750, 281_400, 305_600],
    },
    {
      id: "a2",
      kode: "3.25.05.2.01.0002",
      ur: "Bimbingan Teknis Cara Pengolahan Ikan yang Baik",
      ind: "Jumlah pengolah ikan yang dibina",
      sat: "orang",
      level: false,
      awal: 60,
      k: [80, 80, 90, 90, 100],
      rp: [344_800, 352_000, 389_250, 401_500, 442_300],
    },
    {
      id: "k2",
      kode: "3.25.05.2.02",
      ur: "Pemasaran dan Promosi Hasil Perikanan",
      ind: "Jumlah kegiatan promosi gemar makan ikan",
      sat: "kegiatan",
      level: false,
      awal: 6,
      k: [8, 8, 10, 10, 12],
      sumOf: ["b1", "b2"],
    },
    {
      id: "b1",
      kode: "3.25.05.2.02.0003",
      ur: "Kampanye Gerakan Memasyarakatkan Makan Ikan (GEMARIKAN)",
      ind: "Jumlah kampanye GEMARIKAN",
      sat: "kali",
      level: false,
      awal: 4,
      k: [5, 5, 6, 6, 7],
      rp: [185_000, 192_400, 214_600, 221_000, 248_900],
    },
    {
      // planted: code of another program under kegiatan 3.25.05.2.02
      id: "b2",
      kode: "3.25.03.2.02.0004",
      ur: "Fasilitasi Pameran dan Temu Bisnis Produk Olahan Ikan",
      ind: "Jumlah UPI yang difasilitasi pameran",
      sat: "UPI",
      level: false,
      awal: 10,
      k: [12, 12, 15, 15, 18],
      rp: [126_300, 131_800, 148_200, 152_600, 170_450],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y - 1,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      fmt: DEC,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19 },
  ];
  const KR_A2 = 1_992_850; // planted: the five years give 1,929,850
  const rows: Row[] = P.map((p) => ({
    id: p.id,
    bold: !p.rp,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        ka: p.level ? p.k[4] : sum(p.k),
        kr: p.id === "a2" ? KR_A2 : fx(`SUM(${Y.map((y) => x.a(`r${y}`)).join(",")})`),
        pj: "Bidang Pengolahan dan Pemasaran",
        lok: "Kota Pasir Bahari",
      };
      Y.forEach((y, i) => {
        c[`t${y}`] = p.k[i];
        c[`r${y}`] = p.rp ? p.rp[i] : fx(`SUM(${p.sumOf!.map((id) => x.a(`r${y}`, id)).join(",")})`);
      });
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  signature(s, 14, {
    tempat: "Pasir Bahari, 3 Maret 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan"],
    nama: "Dr. WA ODE NURHAYATI, S.Pi., M.Si.",
    nip: "19790524 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kr", "a2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 3.25.05.2.01.0002 typed 1,992,850; the five years add up to 1,929,850",
    truth: yrs("a2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 3.25.03.2.02.0004 (program 3.25.03) sits under kegiatan 3.25.05.2.02",
    truth: `"3.25.05.2.02"`,
    actual: `PARENT(${a("kode", "b2")})`,
  });
  for (const id of ["prog", "k1"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: Y.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["a1", "k2", "b1"]) {
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`t${y}`, id)).join("+"),
    });
  }
  for (const id of ["prog", "k1", "a1", "k2", "b1", "b2"])
    b.ok({ sheet: S, cell: a("kr", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yrs(id) });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "a1")}+${a(`r${y}`, "a2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r3", "prog"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "k1")}+${a("r3", "k2")}`,
  });
  for (const id of ["a1", "a2", "b1"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${P.find((p) => p.id === id)!.kode.slice(0, 12)}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
