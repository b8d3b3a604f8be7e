// An E.81 Renja evaluation (Dinas Pertanian Kabupaten Wonoreja, Jawa Timur, 2024, "(dalam ribuan rupiah)") and a
// T-C.27 Renstra funding table (Dinas Pertanian Kabupaten Lombok Selaparang, NTB, 2025-2029, "Tahun ke-1 .. ke-5"):
// penyuluhan and kelembagaan petani. Every name and number is invented.
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

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5?: number;
  k6: number;
  rp6?: number;
  k7: number;
  rp7?: number;
  kq: number[];
  rpq?: number[];
};

export function e81Wonoreja(): BookW {
  const b = new BookW(
    "e81-renja-penyuluhan-distan-wonoreja.xlsx",
    "E.81 evaluation of the Renja (2024)",
    "E.81 of the Dinas Pertanian Wonoreja, program 3.27.07 Penyuluhan Pertanian: K | Rp pairs (5) .. (14), Triwulan I-IV, '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100', (dalam ribuan rupiah), a Rata-rata row",
  );
  const S = "E.81 Distan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WONOREJA", "DINAS PERTANIAN", "Jl. Raya Kedungsari No. 17 Wonoreja"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERTANIAN KABUPATEN WONOREJA",
    "Renja Perangkat Daerah Tahun 2024 - Periode Renstra 2021-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Sub[] = [
    {
      id: "prog",
      kode: "3.27.07",
      nm: "PROGRAM PENYULUHAN PERTANIAN",
      ind: "Persentase kelompok tani kelas madya dan utama",
      sat: "%",
      level: true,
      k5: 35,
      k6: 27.4,
      k7: 30,
      kq: [27.9, 28.6, 29.5, 30.8],
    },
    {
      id: "keg",
      kode: "3.27.07.2.01",
      nm: "Pengembangan Penerapan Penyuluhan Pertanian",
      ind: "Jumlah petani yang mendapat penyuluhan",
      sat: "orang",
      level: false,
      k5: 48000,
      k6: 27350,
      k7: 9600,
      kq: [1840, 2710, 3150, 2260],
    },
    {
      id: "s1",
      kode: "3.27.07.2.01.0001",
      nm: "Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa",
      ind: "Jumlah kelompok tani yang naik kelas",
      sat: "kelompok",
      level: false,
      k5: 250,
      rp5: 1_850_000,
      k6: 142,
      rp6: 1_048_300,
      k7: 55,
      rp7: 412_500,
      kq: [8, 14, 17, 19],
      rpq: [61_250, 98_400, 117_830, 121_600],
    },
    {
      id: "s2",
      kode: "3.27.07.2.01.0002",
      nm: "Penyediaan dan Pemanfaatan Sarana Prasarana Penyuluhan Pertanian",
      ind: "Persentase BPP dengan sarana prasarana layak",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 3_200_000,
      k6: 72.5,
      rp6: 1_905_700,
      k7: 81.25,
      rp7: 705_000,
      kq: [68.75, 75, 75, 81.25],
      rpq: [88_400, 205_300, 231_150, 169_420],
    },
    {
      id: "s3",
      kode: "3.27.07.2.01.0003",
      nm: "Pengembangan Penerapan Teknologi Pertanian melalui Demplot",
      ind: "Jumlah demplot teknologi yang dilaksanakan",
      sat: "unit",
      level: false,
      k5: 120,
      rp5: 1_450_000,
      k6: 70,
      rp6: 842_600,
      k7: 24,
      rp7: 318_000,
      kq: [0, 9, 11, 4],
      rpq: [0, 126_700, 142_350, 46_180],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi",
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
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subs = ["s1", "s2", "s3"];
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: "Bidang Penyuluhan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      for (const k of ["rp5", "rp6", "rp7", ...qr]) {
        if (x.id === "prog") out[k] = fx(c.a(k, "keg"));
        else if (x.id === "keg") out[k] = fx(subs.map((id) => c.a(k, id)).join("+"));
        else out[k] = k.startsWith("rpq") ? x.rpq![Number(k.slice(3)) - 1] : (x[k as "rp5"] as number);
      }
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: the Rp (12) of the demplot is a typed 351,230 (digits swapped)
      out.rp12 = x.id === "s3" ? 351_230 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: the K capaian of s1 keeps a stale result
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`, x.id === "s1" ? 75.2 : undefined);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  }));
  body.push({
    id: "avg",
    bold: true,
    span: ["no", "sat"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
      k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s3")}),2)`),
      rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "prog")}:${c.a("rp14", "s3")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Simluhtan dan penyuluh swadaya; faktor penghambat: 6 penyuluh THL-TBPP berhenti pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Wonoreja, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN", "KABUPATEN WONOREJA"],
    nama: "Ir. SUGENG PRIHANTORO, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19680412 199403 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 (12) of the demplot sub kegiatan is a typed 351,230 among formulas; its quarters 0 + 126,700 + 142,350 + 46,180 give 315,230 (digits swapped)",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the kelompok tani naik kelas keeps a stale cached 75.20; 200 / 250 gives 80.00",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  for (const id of ["prog", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27Selaparang(): BookW {
  const b = new BookW(
    "tc27-renstra-penyuluhan-distan-lombok-selaparang.xlsx",
    "T-C.27 Renstra funding (2025-2029)",
    "T-C.27 of the Dinas Pertanian Lombok Selaparang: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data capaian awal (2024) | Tahun ke-1 .. ke-5 over Target | Rp | Kondisi kinerja akhir periode Renstra Target | Rp | Unit kerja | Lokasi; years only in the title; (dalam ribuan rupiah)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LOMBOK SELAPARANG", "DINAS PERTANIAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pertanian Kabupaten Lombok Selaparang - Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "prog",
      kode: "3.27.07",
      nm: "Program Penyuluhan Pertanian",
      ind: "Persentase kelompok tani kelas lanjut ke atas",
      sat: "%",
      level: true,
      awal: 38.6,
      k: [41, 44, 47, 50, 53],
    },
    {
      id: "keg",
      kode: "3.27.07.2.01",
      nm: "Pengembangan Penerapan Penyuluhan Pertanian",
      ind: "Jumlah BPP yang difasilitasi",
      sat: "unit",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
    },
    {
      id: "s1",
      kode: "3.27.07.2.01.0001",
      nm: "Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa",
      ind: "Jumlah pertemuan rembug tani Gapoktan yang difasilitasi",
      sat: "kali",
      level: false,
      awal: 46,
      k: [48, 50, 52, 52, 54],
      rp: [615_400, 642_800, 668_900, 690_250, 712_600],
    },
    {
      id: "s2",
      kode: "3.27.07.2.01.0002",
      nm: "Penyediaan dan Pemanfaatan Sarana Prasarana Penyuluhan Pertanian",
      ind: "Persentase penyuluh yang menginput data di Simluhtan",
      sat: "%",
      level: true,
      awal: 71.5,
      k: [76, 80, 84, 88, 92],
      rp: [1_240_000, 985_500, 1_012_300, 1_055_800, 1_104_700],
    },
    {
      id: "s3",
      kode: "3.27.07.2.01.0004",
      nm: "Penyediaan Penyuluh Pertanian (THL-TBPP dan PPPK)",
      ind: "Jumlah penyuluh PPPK dan THL-TBPP yang difasilitasi honor",
      sat: "orang",
      level: true,
      awal: 84,
      k: [86, 86, 90, 90, 94],
      rp: [2_476_800, 2_476_800, 2_592_000, 2_592_000, 2_707_200],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      width: 10,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        width: 8,
      },
      {
        key: `rp${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      width: 9,
    },
    {
      key: "akrp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const subs = ["s1", "s2", "s3"];
  const rp = Y.map((y) => `rp${y}`);
  const body: Row[] = lines.map((x) => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj: "Bidang Penyuluhan",
        lok: "12 kecamatan",
      };
      Y.forEach((y, j) => {
        out[`k${y}`] = x.k[j];
        if (x.id === "prog") out[`rp${y}`] = fx(c.a(`rp${y}`, "keg"));
        // planted: the kegiatan's Rp of Tahun ke-3 leaves out the honor of the penyuluh (s3)
        else if (x.id === "keg")
          out[`rp${y}`] = fx((y === 3 ? subs.slice(0, 2) : subs).map((id) => c.a(`rp${y}`, id)).join("+"));
        else out[`rp${y}`] = x.rp![j];
      });
      out.ak = x.level ? fx(c.a("k5")) : fx(Y.map((y) => c.a(`k${y}`)).join("+"));
      if (x.id === "keg") out.ak = fx(c.a("k5"));
      // planted: the kondisi akhir Rp of s2 is typed (the first year's 1,240,000 counted as 1,420,000)
      out.akrp = x.id === "s2" ? 5_578_300 : fx(rp.map((k) => c.a(k)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows: body });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir kinerja indikator persentase = target tahun ke-5; jumlah BPP tetap 12 unit.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akrp", "s2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 3.27.07.2.01.0002 is a typed 5,578,300; the five years give 5,398,300 (1,240,000 read as 1,420,000)",
    truth: rp.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp3", "keg") },
    rules: ["sum-mismatch"],
    note: "Rp Tahun ke-3 of kegiatan 3.27.07.2.01 adds .0001 and .0002 only (1,681,200); with the penyuluh honor 2,592,000 it is 4,273,200",
    truth: subs.map((id) => a("rp3", id)).join("+"),
  });
  for (const id of ["prog", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: Y.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ak", "keg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "keg"),
    trap: Y.map((y) => a(`k${y}`, "keg")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "s1")).join("+"),
  });
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rp.map((k) => a(k, id)).join("+"),
    });
  }
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((id) => a(`rp${y}`, id)).join("+"),
    });
  return b.finish();
}
