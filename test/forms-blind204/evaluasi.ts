// Plans and evaluations of a Dinas Kelautan dan Perikanan: the E.81 evaluation of the Renja 2024 of
// the DKP of Kabupaten Pasir Kalang (Jawa Timur), program 3.25.06 Pengolahan dan Pemasaran Hasil
// Perikanan, and the T-C.27 of the Renstra 2025-2029 of the DKP of Kabupaten Nembrala Raya (Nusa
// Tenggara Timur), garam rakyat and pengolahan ikan, "(dalam ribuan rupiah)". Every name and number
// is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ===================================================== E.81 DKP Kabupaten Pasir Kalang, Renja 2024

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | "-">;
  rp?: { rp5: number; rp6: number; rp7: number; q: number[] };
};

/** Units of the level indicators of the E.81 (their K (12) is the Triwulan IV value). */
export const E81_LEVEL_UNITS = ["%", "kg/kapita/tahun"];

export function e81Olahan(): BookW {
  const b = new BookW(
    "e81-dkp-olahan-ikan-pasir-kalang.xlsx",
    "E.81 evaluasi Renja DKP (pengolahan dan pemasaran hasil perikanan)",
    "E.81 of the DKP Kabupaten Pasir Kalang, TW IV 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir (2026) .. (14) Tingkat capaian Renstra, each K | Rp, number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; UPI with SKP and paket sarana are flows, angka konsumsi ikan and the program's % are levels; Rata-rata and Predikat rows",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PASIR KALANG",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Raya Pelabuhan Nomor 17, Pasir Kalang - Jawa Timur",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KELAUTAN DAN PERIKANAN KABUPATEN PASIR KALANG",
    "Renja Perangkat Daerah Tahun 2024 (s.d. Triwulan IV), Renstra Perangkat Daerah 2022-2026",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "prog",
      kode: "3.25.06",
      nm: "PROGRAM PENGOLAHAN DAN PEMASARAN HASIL PERIKANAN",
      ind: "Persentase UPI skala mikro dan kecil yang memenuhi standar mutu dan keamanan pangan",
      sat: "%",
      level: true,
      k5: 75,
      k6: 58.4,
      k7: 65,
      kq: ["-", "-", "-", 66.2],
    },
    {
      id: "keg",
      kode: "3.25.06.2.02",
      nm: "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
      ind: "Jumlah dokumen hasil pembinaan mutu hasil perikanan",
      sat: "dokumen",
      level: false,
      k5: 5,
      k6: 2,
      k7: 1,
      kq: [0, 0, 0, 1],
    },
    {
      id: "s1",
      kode: "3.25.06.2.02.0001",
      nm: "Pembinaan dan Pemberian Sertifikat Kelayakan Pengolahan (SKP) bagi UPI Skala Mikro dan Kecil",
      ind: "Jumlah UPI yang memperoleh SKP",
      sat: "unit",
      level: false,
      k5: 120,
      k6: 48,
      k7: 24,
      kq: [4, 6, 8, 7],
      rp: {
        rp5: 1_250_000_000,
        rp6: 512_400_000,
        rp7: 268_500_000,
        q: [38_250_000, 71_600_000, 84_900_000, 69_150_000],
      },
    },
    {
      id: "s2",
      kode: "3.25.06.2.02.0002",
      nm: "Fasilitasi Promosi dan Gerakan Memasyarakatkan Makan Ikan (Gemarikan)",
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      level: true,
      k5: 38.5,
      k6: 34.12,
      k7: 35.6,
      kq: ["-", "-", 35.1, 35.84],
      rp: {
        rp5: 1_600_000_000,
        rp6: 642_750_000,
        rp7: 330_000_000,
        q: [41_200_000, 96_350_000, 108_400_000, 79_620_000],
      },
    },
    {
      id: "s3",
      kode: "3.25.06.2.02.0003",
      nm: "Penyediaan Sarana Pengolahan dan Pemasaran bagi Pengolah dan Pemasar Ikan",
      ind: "Jumlah paket sarana pengolahan dan pemasaran yang disalurkan",
      sat: "paket",
      level: false,
      k5: 250,
      k6: 96,
      k7: 50,
      kq: [0, 12, 20, 18],
      rp: {
        rp5: 2_400_000_000,
        rp6: 905_300_000,
        rp7: 486_000_000,
        q: [0, 124_800_000, 197_350_000, 152_600_000],
      },
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 10 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const subIds = ["s1", "s2", "s3"];
  // the K (14) values, for the footer's predikat
  const k14 = lines.map((x) => {
    const k12 = x.level ? (x.kq[3] as number) : (x.kq as number[]).reduce((a, v) => a + v, 0);
    return round(((x.level ? k12 : x.k6 + k12) / x.k5) * 100);
  });
  const avg = round(k14.reduce((a, v) => a + v, 0) / k14.length);
  const lineRow = (x: Line, i: number): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: x.id === "prog" ? "I" : x.id === "keg" ? "1" : `1.${i - 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: "Bidang Pengolahan dan Pemasaran",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      if (x.rp) {
        out.rp5 = x.rp.rp5;
        out.rp6 = x.rp.rp6;
        out.rp7 = x.rp.rp7;
        qr.forEach((k, j) => (out[k] = x.rp!.q[j]));
        // planted: the paket sarana's Rp (12) is typed with two digits swapped (474,750,000)
        out.rp12 = x.id === "s3" ? 447_750_000 : fx(qr.map((k) => c.a(k)).join("+"));
        out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else if (x.id === "keg") {
        for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      } else for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      const r14 = `ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`;
      // planted: s1's Rp (14) keeps the result cached before the 2024 realisation was entered
      out.rp14 = x.id === "s1" ? fx(r14, round((x.rp!.rp6 / x.rp!.rp5) * 100)) : fx(r14);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...lines.map(lineRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan sertifikasi SKP dari UPT Pengujian Mutu Provinsi Jawa Timur.",
    "Faktor penghambat: penyaluran paket sarana tahap I tertunda menunggu hasil verifikasi calon penerima.",
    "Tindak lanjut: percepatan verifikasi kelompok pengolah dan pemasar (poklahsar) pada triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Pasir Kalang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN PASIR KALANG"],
    nama: "Ir. BAMBANG SETYO WICAKSONO, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710604 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string, keys: string[]) => keys.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (12) of sub kegiatan 3.25.06.2.02.0003 is a typed 447,750,000 among formulas; Triwulan I-IV (0 + 124,800,000 + 197,350,000 + 152,600,000) give 474,750,000 (digits swapped)",
    truth: qsum("s3", qr),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Rp (14) of sub kegiatan 3.25.06.2.02.0001 is =ROUND(13/5*100,2) with a stale cached 40.99 (the s.d. 2023 amount alone); 776,300,000 / 1,250,000,000 gives 62.10",
    truth: `ROUND(${a("rp13", "s1")}/${a("rp5", "s1")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value, the s.d. K the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq3", "s2")}+${a("kq4", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({ sheet: S, cell: a("k12", "s1"), rules: ["sum-mismatch"], truth: qsum("s1", qk) });
  b.ok({
    sheet: S,
    cell: a("k13", "s3"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s3")}+${a("k12", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s2"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: qsum("s2", qr),
  });
  b.ok({
    sheet: S,
    cell: a("rp5", "keg"),
    rules: ["sum-mismatch"],
    truth: subIds.map((id) => a("rp5", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

// ====================================== T-C.27 Renstra DKP Kabupaten Nembrala Raya 2025-2029 (Rp 000)

type Plan = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  tk: number[];
  rp?: number[];
};

export function tc27Garam(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-garam-nembrala-raya.xlsx",
    "T-C.27 Renstra DKP (garam rakyat, pengolahan hasil perikanan)",
    "T-C.27 of the DKP Kabupaten Nembrala Raya (NTT), Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit Kerja | Lokasi; no number row; the years only in the title",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NEMBRALA RAYA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kelautan dan Perikanan Kabupaten Nembrala Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const plans: Plan[] = [
    {
      id: "prog",
      kode: "3.25.06",
      nm: "PROGRAM PENGOLAHAN DAN PEMASARAN HASIL PERIKANAN",
      ind: "Persentase petambak garam dan pengolah ikan yang produknya memenuhi standar mutu",
      sat: "%",
      flow: false,
      awal: 58,
      tk: [62, 66, 70, 74, 78],
    },
    {
      id: "keg",
      kode: "3.25.06.2.02",
      nm: "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
      ind: "Jumlah usaha pengolahan dan pemasaran skala mikro dan kecil yang dibina",
      sat: "unit usaha",
      flow: true,
      awal: 85,
      tk: [90, 95, 100, 105, 110],
    },
    {
      id: "s1",
      kode: "3.25.06.2.02.0001",
      nm: "Pembinaan Usaha Garam Rakyat dan Pengolah Hasil Perikanan Skala Mikro dan Kecil",
      ind: "Jumlah petambak garam rakyat yang dibina",
      sat: "orang",
      flow: true,
      awal: 140,
      tk: [150, 160, 160, 170, 180],
      rp: [385_400, 402_750, 418_900, 436_200, 455_000],
    },
    {
      id: "s2",
      kode: "3.25.06.2.02.0002",
      nm: "Fasilitasi Pemasaran Garam Rakyat dan Produk Olahan Ikan",
      ind: "Jumlah pameran dan temu bisnis yang difasilitasi",
      sat: "kegiatan",
      flow: true,
      awal: 3,
      tk: [4, 4, 5, 5, 6],
      rp: [212_500, 224_300, 251_800, 263_400, 289_650],
    },
    {
      id: "s3",
      // planted: coded under program 3.25.02 while it stands under kegiatan 3.25.06.2.02
      kode: "3.25.02.2.02.0003",
      nm: "Pengembangan Mutu Garam Rakyat Beryodium",
      ind: "Persentase garam rakyat yang memenuhi SNI garam konsumsi beryodium",
      sat: "%",
      flow: false,
      awal: 41.5,
      tk: [48, 55, 62, 70, 78],
      rp: [296_800, 318_450, 342_100, 365_750, 390_200],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 17 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
  ];
  for (let y = 1; y <= 5; y++)
    cols.push(
      { key: `y${y}k`, head: [G, `Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, width: 9 },
      {
        key: `y${y}rp`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
        width: 13,
      },
    );
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, width: 9 },
    { key: "akRp", head: [AK, "Rp"], fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 16 },
  );
  const yk = [1, 2, 3, 4, 5].map((y) => `y${y}k`);
  const yr = [1, 2, 3, 4, 5].map((y) => `y${y}rp`);
  const t = s.table({
    cols,
    headerRows: 3,
    rows: plans.map((x): Row => ({
      id: x.id,
      bold: x.id === "prog",
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          pj: "Bidang Penguatan Daya Saing",
          lok: x.id === "s1" ? "Kec. Oesele, Kec. Batu Nitu" : "Kabupaten Nembrala Raya",
        };
        yk.forEach((k, i) => (out[k] = x.tk[i]));
        yr.forEach((k, i) => {
          if (x.rp) out[k] = x.rp[i];
          else if (x.id === "keg") out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          else out[k] = fx(c.a(k, "keg"));
        });
        // planted: the program's kondisi akhir K is the Tahun ke-4 target (74), not the last (78)
        out.akK = x.id === "prog" ? 74 : x.flow ? fx(yk.map((k) => c.a(k)).join("+")) : fx(c.a("y5k"));
        out.akRp = fx(yr.map((k) => c.a(k)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: target kinerja persentase dan indeks pada akhir periode sama dengan target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Nembrala Raya, 14 Agustus 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan", "Kabupaten Nembrala Raya,"],
    nama: "YOHANIS K. NDOLU, S.Pi., M.Si.",
    nip: "19760912 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akK", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the program's persentase (a level) is a typed 74.00, the Tahun ke-4 (2028) target; the last target, Tahun ke-5 (2029), is 78.00",
    truth: a("y5k", "prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengembangan Mutu Garam Rakyat Beryodium is coded 3.25.02.2.02.0003 (program 3.25.02) under kegiatan 3.25.06.2.02; its code is 3.25.06.2.02.0003",
    truth: `${a("kode", "keg")}&".0003"`,
  });
  const sumK = (id: string) => yk.map((k) => a(k, id)).join("+");
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y5k", "s3"),
    trap: sumK("s3"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: sumK("s1"),
    trap: a("y5k", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "keg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: sumK("keg"),
    trap: a("y5k", "keg"),
  });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yr.map((k) => a(k, id)).join("+"),
      // a range over the K | Rp pairs would add the targets too
      trap: id === "prog" ? `SUM(${a("y1k", id)}:${a("y5rp", id)})` : undefined,
      tol: 0.5,
    });
  b.ok({
    sheet: S,
    cell: a("y3rp", "keg"),
    rules: ["sum-mismatch"],
    truth: ["s1", "s2", "s3"].map((id) => a("y3rp", id)).join("+"),
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}
