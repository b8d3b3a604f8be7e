// Planning tables with K | Rp pairs: the E.81 evaluasi Renja 2024 of a Kalimantan Selatan kabupaten's
// BPKAD (program 5.02.05 pengelolaan BMD, quarters I-IV, realisasi 11 = 7+8+9+10, capaian 12 = 11/6)
// and the T-C.27 of the Renstra BPKAD Provinsi Kalimantan Selatan 2025-2029 (dalam ribuan rupiah).
// Levels (%) take the last quarter or the last year; flows and every Rp add up. All invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  qk: number[];
  tr?: number;
  qr?: number[];
  level: boolean;
};

export function e81BpkadBalangan(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-bpkad-aset-balangan-hilir.xlsx",
    "E.81 evaluasi Renja 2024 (BPKAD)",
    "E.81-like evaluasi hasil Renja 2024: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (6) Target Renja 2024, (7)-(10) Realisasi Triwulan I-IV, (11) Realisasi s.d. Triwulan IV '11 = 7+8+9+10', (12) Tingkat Capaian '12 = 11/6 x 100%'; number row merged over the pairs; levels take Triwulan IV",
  );
  const S = "E81 BPKAD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BALANGAN HILIR", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p",
      kode: "5.02.05",
      nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
      ind: "Persentase BMD yang tercatat dan dilaporkan sesuai standar",
      sat: "%",
      tk: 90,
      qk: [62, 74, 81, 91.5],
      level: true,
    },
    {
      id: "k",
      kode: "5.02.05.2.01",
      nm: "Pengelolaan Barang Milik Daerah",
      ind: "Persentase perangkat daerah yang rekonsiliasi aset tepat waktu",
      sat: "%",
      tk: 85,
      qk: [40, 60, 75, 88.57],
      level: true,
    },
    {
      id: "s1",
      kode: "5.02.05.2.01.0001",
      nm: "Penatausahaan Barang Milik Daerah",
      ind: "Jumlah laporan barang milik daerah yang tersusun",
      sat: "laporan",
      tk: 6,
      qk: [1, 2, 1, 2],
      tr: 385_400_000,
      qr: [62_150_000, 98_730_000, 87_905_000, 121_480_000],
      level: false,
    },
    {
      id: "s2",
      kode: "5.02.05.2.01.0003",
      nm: "Inventarisasi Barang Milik Daerah",
      ind: "Jumlah aset yang diinventarisasi dan dinilai",
      sat: "unit/bidang",
      tk: 1200,
      qk: [180, 340, 390, 265],
      tr: 612_750_000,
      qr: [71_200_000, 164_380_000, 198_445_000, 142_910_000],
      level: false,
    },
    {
      id: "s3",
      kode: "5.02.05.2.01.0006",
      nm: "Pengamanan Barang Milik Daerah",
      ind: "Persentase bidang tanah milik daerah yang bersertifikat",
      sat: "%",
      tk: 68,
      qk: [61.2, 63.5, 65.8, 67.4],
      tr: 498_200_000,
      qr: [35_600_000, 112_470_000, 156_300_000, 171_250_000],
      level: true,
    },
  ];
  const P = [
    ["6", "Target Renja Tahun 2024"],
    ["7", "Realisasi Triwulan I"],
    ["8", "Realisasi Triwulan II"],
    ["9", "Realisasi Triwulan III"],
    ["10", "Realisasi Triwulan IV"],
    ["11 = 7+8+9+10", "Realisasi Capaian Kinerja dan Anggaran s.d. Triwulan IV"],
    ["12 = 11/6 x 100%", "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)"],
  ];
  const roleK = [
    "target",
    "realisasi",
    "realisasi",
    "realisasi",
    "realisasi",
    "realisasi",
    "capaian",
  ] as const;
  const roleR = [
    "anggaran",
    "realisasi-anggaran",
    "realisasi-anggaran",
    "realisasi-anggaran",
    "realisasi-anggaran",
    "realisasi-anggaran",
    "capaian",
  ] as const;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: 2, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    ...P.flatMap(([n, h], i): Col[] => [
      { key: `k${i}`, head: [h, "K"], role: roleK[i], year: 2024, num: n, width: 9 },
      {
        key: `r${i}`,
        head: [h, "Rp"],
        role: roleR[i],
        year: 2024,
        num: n,
        fmt: i === 6 ? DEC : RP,
        width: i === 6 ? 9 : 15,
      },
    ]),
  ];
  const subs = ["s1", "s2", "s3"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: rows.map((e): Row => ({
      id: e.id,
      bold: !e.qr,
      cells: (x: Ctx) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | ReturnType<typeof fmt>> = {
          kode: e.kode,
          nm: e.nm,
          ind: e.ind,
          sat: e.sat,
        };
        const f = e.level ? DEC : "0";
        out.k0 = fmt(e.tk, f);
        e.qk.forEach((v, q) => (out[`k${q + 1}`] = fmt(v, f)));
        out.k5 = fx(e.level ? x.a("k4") : `${x.a("k1")}+${x.a("k2")}+${x.a("k3")}+${x.a("k4")}`);
        // planted: the laporan BMD's capaian K typed 110.00 (6 / 6 = 100.00)
        out.k6 = e.id === "s1" ? fmt(110, DEC) : fx(`ROUND(${x.a("k5")}/${x.a("k0")}*100,2)`);
        for (let q = 0; q <= 4; q++) {
          if (e.qr) out[`r${q}`] = q === 0 ? e.tr! : e.qr[q - 1];
          else if (e.id === "k") out[`r${q}`] = fx(subs.map((id) => x.a(`r${q}`, id)).join("+"));
          else out[`r${q}`] = fx(x.a(`r${q}`, "k"));
        }
        // planted: the inventarisasi's Rp (11) leaves out Triwulan II
        out.r5 = fx(
          e.id === "s2"
            ? `${x.a("r1")}+${x.a("r3")}+${x.a("r4")}`
            : `${x.a("r1")}+${x.a("r2")}+${x.a("r3")}+${x.a("r4")}`,
        );
        out.r6 = fx(`ROUND(${x.a("r5")}/${x.a("r0")}*100,2)`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan BPN dalam percepatan sertifikasi tanah; aplikasi SIMDA BMD terintegrasi dengan SIPD.",
    "Faktor penghambat: aset tanah belum didukung alas hak; kuasa pengguna barang terlambat menyampaikan laporan semesteran.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Paringin Hilir, 20 Januari 2025",
    jabatan: ["Kepala BPKAD,"],
    nama: "AHMAD FAUZAN NOOR, S.E., M.Ak.",
    pangkat: "Pembina (IV/a)",
    nip: "19800527 200501 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r5", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (11) of sub kegiatan 5.02.05.2.01.0003 is =7+9+10 = 412,555,000, Triwulan II's 164,380,000 left out; the four quarters give 576,935,000",
    truth: `${a("r1", "s2")}+${a("r2", "s2")}+${a("r3", "s2")}+${a("r4", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k6", "s1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (12) of the laporan BMD is a typed 110.00 among ROUND formulas; 6 laporan against a target of 6 give 100.00",
    truth: `ROUND(${a("k5", "s1")}/${a("k0", "s1")}*100,2)`,
  });
  for (const e of rows) {
    const quarters = `${a("k1", e.id)}+${a("k2", e.id)}+${a("k3", e.id)}+${a("k4", e.id)}`;
    b.ok({
      sheet: S,
      cell: a("k5", e.id),
      rules: ["sum-mismatch"],
      truth: e.level ? a("k4", e.id) : quarters,
      // a level (%) takes Triwulan IV, not the four quarters added
      trap: e.level ? quarters : undefined,
    });
    if (e.id !== "s1")
      b.ok({
        sheet: S,
        cell: a("k6", e.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("k5", e.id)}/${a("k0", e.id)}*100,2)`,
      });
    if (e.id === "s1" || e.id === "s3") {
      b.ok({
        sheet: S,
        cell: a("r5", e.id),
        rules: ["sum-mismatch"],
        truth: `${a("r1", e.id)}+${a("r2", e.id)}+${a("r3", e.id)}+${a("r4", e.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("r6", e.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("r5", e.id)}/${a("r0", e.id)}*100,2)`,
      });
    }
  }
  for (let q = 0; q <= 4; q++)
    b.ok({
      sheet: S,
      cell: a(`r${q}`, "k"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`r${q}`, "s1")}:${a(`r${q}`, "s3")})`,
    });
  return b.finish();
}

type Tc = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
};

export function tc27BpkadKalsel(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-bpkad-aset-prov-kalsel.xlsx",
    "T-C.27 Renstra BPKAD 2025-2029",
    "T-C.27 (dalam ribuan rupiah): Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Kondisi Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > K | Rp | Kondisi Kinerja pada Akhir Periode Renstra > K | Rp | Unit Kerja PD Penanggung Jawab; number row 1..12 merged over the pairs; program Rp = its kegiatan; kondisi akhir Rp = the five years, K = the last year for levels, the sum for flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan BPKAD Provinsi Kalimantan Selatan 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rows: Tc[] = [
    {
      id: "p",
      kode: "5.02.05",
      nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
      ind: "Persentase BMD dengan status hukum dan nilai wajar yang jelas",
      sat: "%",
      awal: 61.4,
      k: [64, 68, 72, 76, 80],
      level: true,
    },
    {
      id: "k1",
      kode: "5.02.05.1.01",
      nm: "Pengelolaan Barang Milik Daerah",
      ind: "Jumlah laporan BMD semesteran dan tahunan yang tersusun",
      sat: "laporan",
      awal: 3,
      k: [3, 3, 3, 3, 3],
      rp: [1_845_600, 1_938_000, 2_034_900, 2_136_600, 2_243_400],
      level: false,
    },
    {
      id: "k2",
      kode: "5.02.05.1.02",
      nm: "Pengamanan dan Sertifikasi Barang Milik Daerah",
      ind: "Persentase bidang tanah milik provinsi yang bersertifikat",
      sat: "%",
      awal: 52.7,
      k: [56, 60, 64, 68, 72],
      rp: [2_480_000, 2_604_000, 2_734_200, 2_870_900, 3_014_400],
      level: true,
    },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], role: "lainnya", num: 2, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, width: 10 },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "K"], role: "target", year: y, num: 6 + i, width: 8 },
      {
        key: `r${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "akk", head: [AK, "K"], role: "kondisi-akhir", year: 2029, num: 11, width: 9 },
    { key: "akr", head: [AK, "Rp"], role: "anggaran", year: 2029, num: 11, fmt: RP, width: 13 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows.map((e): Row => ({
      id: e.id,
      bold: !e.rp,
      cells: (x: Ctx) => {
        const f = e.level ? DEC : "0";
        const out: Record<string, ReturnType<typeof fx> | number | string | ReturnType<typeof fmt>> = {
          kode: e.kode,
          nm: e.nm,
          ind: e.ind,
          sat: e.sat,
          awal: fmt(e.awal, f),
          unit: "Bidang Aset",
        };
        Y.forEach((y, i) => {
          // planted: the program's 2027 target typed 720 (72 between 68 and 76)
          out[`k${y}`] = fmt(e.id === "p" && y === 2027 ? 720 : e.k[i], f);
          out[`r${y}`] = e.rp ? e.rp[i] : fx(`${x.a(`r${y}`, "k1")}+${x.a(`r${y}`, "k2")}`);
        });
        out.akk = fx(e.level ? x.a("k2029") : Y.map((y) => x.a(`k${y}`)).join("+"));
        // planted: the sertifikasi's kondisi akhir Rp typed 11,223,500 (2025 left out)
        out.akr = e.id === "k2" ? 11_223_500 : fx(Y.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Renstra BPKAD Provinsi Kalimantan Selatan 2025-2029, Bab VI."]);
  const a = (k: string, id: string) => t.a(k, id);
  const rpSum = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akr", "k2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir Rp of kegiatan 5.02.05.1.02 is a typed 11,223,500, the years 2026-2029 only; the five years give 13,703,500",
    truth: rpSum("k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "p") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "the program's 2027 target is 720 %, between 68 (2026) and 76 (2028): 72 with a digit too many",
    truth: "72",
  });
  for (const e of rows) {
    const ks = Y.map((y) => a(`k${y}`, e.id)).join("+");
    if (e.id !== "p")
      b.ok({
        sheet: S,
        cell: a("akk", e.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: e.level ? a("k2029", e.id) : ks,
        // a level's kondisi akhir is the last year, not the five added
        trap: e.level ? ks : a("k2029", e.id),
      });
    if (e.id !== "k2")
      b.ok({ sheet: S, cell: a("akr", e.id), rules: ["kondisi-akhir-mismatch"], truth: rpSum(e.id) });
  }
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`k${y}`, "p"),
      rules: ["target-outlier"],
      truth: String(rows[0].k[Y.indexOf(y)]),
    });
  return b.finish();
}
