// The E.81 evaluation of the Renja 2024 of the Bagian Tata Pemerintahan, Setda Kabupaten Tanjung Balantak
// (Sulawesi Tengah), and the T-C.27 funding table of the Renstra Setda 2025-2029 of the Bagian Tata
// Pemerintahan, Kabupaten Tambora Raya (Nusa Tenggara Barat). Rupiah in thousands. Every name and number
// is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  sum as sumOf,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const plus = (xs: string[]) => xs.join("+");

// =========================================================== E.81 Renja 2024, Kabupaten Tanjung Balantak

type ERow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
};

export function e81Tapem(): BookW {
  const b = new BookW(
    "e81-renja-tapem-tanjung-balantak.xlsx",
    "E.81 evaluasi hasil Renja (Bagian Tata Pemerintahan)",
    "E.81 s.d. Triwulan IV 2024 of a Bagian Tapem in Sulawesi Tengah; '(dalam ribuan rupiah)'; K | Rp pairs for (5) .. (14); number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; program and kegiatan rates are levels (Triwulan IV); Rata-rata and Predikat rows",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANJUNG BALANTAK", "SEKRETARIAT DAERAH - BAGIAN TATA PEMERINTAHAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN TANJUNG BALANTAK",
    "Periode Pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Renstra Setda 2021-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: ERow[] = [
    {
      id: "p",
      kode: "4.01.02",
      nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
      ind: "Persentase segmen batas desa yang telah ditegaskan",
      sat: "%",
      level: true,
      k5: 100,
      k6: 58.49,
      k7: 80,
      kq: [62.26, 66.04, 73.58, 77.36],
    },
    {
      id: "k",
      kode: "4.01.02.2.01",
      nm: "Pelaksanaan Kebijakan Pemerintahan",
      ind: "Persentase desa yang memiliki peta batas desa definitif",
      sat: "%",
      level: true,
      k5: 90,
      k6: 54.17,
      k7: 70,
      kq: [55.83, 59.17, 63.33, 67.5],
    },
    {
      id: "s1",
      kode: "4.01.02.2.01.0003",
      nm: "Fasilitasi Penegasan Batas Desa",
      ind: "Jumlah segmen batas desa yang ditegaskan",
      sat: "segmen",
      level: false,
      k5: 60,
      k6: 31,
      k7: 12,
      kq: [2, 3, 4, 2],
      rp5: 1_480_000,
      rp6: 876_400,
      rp7: 312_500,
      rpq: [42_300, 88_150, 97_400, 71_850],
    },
    {
      id: "s2",
      kode: "4.01.02.2.01.0004",
      nm: "Fasilitasi Pembakuan Nama Rupabumi",
      ind: "Jumlah dokumen gasetir nama rupabumi yang dibakukan",
      sat: "dokumen",
      level: false,
      k5: 10,
      k6: 5,
      k7: 2,
      kq: [0, 1, 0, 1],
      rp5: 905_000,
      rp6: 512_300,
      rp7: 186_750,
      rpq: [21_600, 47_900, 55_300, 49_280],
    },
    {
      id: "s3",
      kode: "4.01.02.2.01.0005",
      nm: "Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) dan Bahan EPPD",
      ind: "Jumlah dokumen LPPD dan laporan EPPD yang disampaikan tepat waktu",
      sat: "dokumen",
      level: false,
      k5: 10,
      k6: 6,
      k7: 2,
      kq: [0, 1, 0, 1],
      rp5: 690_000,
      rp6: 402_650,
      rp7: 141_200,
      rpq: [18_450, 33_700, 41_120, 39_630],
    },
  ];
  const subs = ["s1", "s2", "s3"];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
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
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const rpKeys = ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"];
  const body: Row[] = rows.map((x, i): Row => ({
    id: x.id,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | number | string> = {
        no: i + 1,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: "Bagian Tata Pemerintahan",
      };
      x.kq.forEach((v, q) => (o[`kq${q + 1}`] = v));
      const qs = (p: string) => [1, 2, 3, 4].map((q) => c.a(`${p}q${q}`));
      if (x.level) {
        // a rate is a level: the year's K is the Triwulan IV value, the s.d. K the latest value
        o.k12 = fx(c.a("kq4"));
        o.k13 = fx(c.a("k12"));
      } else {
        o.k12 = fx(plus(qs("k")));
        o.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      }
      // planted: the LPPD row takes the Renja capaian 12 / 7 instead of 13 / 5
      o.k14 = fx(
        x.id === "s3" ? `ROUND(${c.a("k12")}/${c.a("k7")}*100,2)` : `ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`,
      );
      if (x.rpq) {
        rpKeys.forEach((k, j) => (o[k] = [x.rp5!, x.rp6!, x.rp7!, ...x.rpq!][j]));
        // planted: the rupabumi sub kegiatan's realisasi Rp is a typed 147,080 (174,080 with digits swapped)
        o.rp12 = x.id === "s2" ? 147_080 : fx(plus(qs("rp")));
      } else {
        const under = x.id === "p" ? ["k"] : subs;
        for (const k of [...rpKeys, "rp12"]) o[k] = fx(plus(under.map((id) => c.a(k, id))));
      }
      o.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      o.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return o;
    },
  }));
  const subRows = rows.filter((x) => x.rpq);
  const kAvg = round(
    subRows.reduce(
      (n, x) => n + (x.id === "s3" ? (sumOf(x.kq) / x.k7) * 100 : ((x.k6 + sumOf(x.kq)) / x.k5) * 100),
      0,
    ) / 3,
  );
  const rpAvg = round(
    subRows.reduce(
      (n, x) => n + round(((x.rp6! + (x.id === "s2" ? 147_080 : sumOf(x.rpq!))) / x.rp5!) * 100),
      0,
    ) / 3,
  );
  const avgK = (c: { a(k: string, id?: string): string }, k: string) =>
    `ROUND(AVERAGE(${c.a(k, "s1")}:${c.a(k, "s3")}),2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan anggaran sub kegiatan",
          k14: fx(avgK(c, "k14")),
          rp14: fx(avgK(c, "rp14")),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        // typed from the sheet's own averages (the K average follows the planted LPPD capaian)
        cells: { no: "Predikat kinerja", k14: predikat(kAvg), rp14: predikat(rpAvg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Tim Penegasan dan Penetapan Batas Desa (PPB Desa) serta Badan Informasi Geospasial.",
    "Faktor penghambat: dua segmen batas desa masih dalam sengketa di Kecamatan Lembah Tiwaa.",
    "Tindak lanjut: fasilitasi musyawarah batas desa Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tanjung Balantak, 15 Januari 2025",
    jabatan: ["Kepala Bagian Tata Pemerintahan,"],
    nama: "MOH. RIZAL LATADJARU, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19830612 200212 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 4.01.02.2.01.0004 is a typed 147,080 among sum formulas; the four quarters 21,600 + 47,900 + 55,300 + 49,280 give 174,080 (digits swapped)",
    truth: plus([1, 2, 3, 4].map((q) => a(`rpq${q}`, "s2"))),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of sub kegiatan 4.01.02.2.01.0005 is =ROUND(12/7*100,2) = 100.00 (the Renja capaian); 13 / 5 = 8 / 10 gives 80.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  for (const id of ["p", "k"]) {
    const q = [1, 2, 3, 4].map((n) => a(`kq${n}`, id));
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: plus(q) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7"])
    b.ok({ sheet: S, cell: a(k, "k"), rules: ["sum-mismatch"], truth: plus(subs.map((id) => a(k, id))) });
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: plus([1, 2, 3, 4].map((q) => a(`rpq${q}`, id))),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const id of subs)
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: plus([1, 2, 3, 4].map((q) => a(`kq${q}`, id))),
    });
  return b.finish();
}

// =================================================== T-C.27 Renstra Setda 2025-2029, Kabupaten Tambora Raya

type TRow = {
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

export function tc27Tapem(): BookW {
  const b = new BookW(
    "tc27-pendanaan-tapem-setda-tambora-raya.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Bagian Tata Pemerintahan)",
    "T-C.27 of the Renstra Setda 2025-2029 of a kabupaten in NTB, '(dalam ribuan rupiah)'; 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp (years from the title); Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp; levels (persentase, nilai EPPD) and flows (segmen, dokumen)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAMBORA RAYA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Bagian Tata Pemerintahan",
    "Renstra Sekretariat Daerah Kabupaten Tambora Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: TRow[] = [
    {
      id: "p",
      kode: "4.01.02",
      nm: "Program Pemerintahan dan Kesejahteraan Rakyat",
      ind: "Nilai status kinerja penyelenggaraan pemerintahan daerah (EPPD)",
      sat: "nilai",
      awal: 3.02,
      k: [3.05, 3.1, 3.15, 3.2, 3.25],
      level: true,
    },
    {
      id: "k",
      kode: "4.01.02.2.01",
      nm: "Pelaksanaan Kebijakan Pemerintahan",
      ind: "Persentase desa dengan batas desa yang telah ditetapkan dengan Peraturan Bupati",
      sat: "%",
      awal: 41.3,
      k: [50, 60, 70, 80, 90],
      level: true,
    },
    {
      id: "s1",
      kode: "4.01.02.2.01.0003",
      nm: "Fasilitasi Penegasan dan Penetapan Batas Desa",
      ind: "Jumlah segmen batas desa yang ditegaskan",
      sat: "segmen",
      awal: 14,
      k: [9, 9, 8, 8, 7],
      rp: [287_500, 301_250, 298_400, 312_650, 306_200],
      level: false,
    },
    {
      id: "s2",
      kode: "4.01.02.2.01.0004",
      nm: "Fasilitasi Pembakuan Nama Rupabumi (Toponimi)",
      ind: "Jumlah dokumen usulan pembakuan nama rupabumi",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [142_300, 148_750, 151_200, 155_900, 160_450],
      level: false,
    },
    {
      id: "s3",
      kode: "4.01.02.2.02.0005",
      nm: "Fasilitasi Penyusunan LPPD dan EPPD",
      ind: "Persentase indikator kinerja kunci LPPD yang terisi lengkap dan tepat waktu",
      sat: "%",
      awal: 88.5,
      k: [90, 92.5, 95, 97.5, 100],
      rp: [118_600, 124_350, 129_800, 133_750, 139_200],
      level: true,
    },
  ];
  const subs = ["s1", "s2", "s3"];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y - 1,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 10,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 13,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        cells: (c) => {
          const o: Record<string, ReturnType<typeof fx> | number | string> = {
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            awal: x.awal,
            pj: "Bagian Tata Pemerintahan",
            lok: "Kabupaten Tambora Raya",
          };
          Y.forEach((y, i) => {
            o[`k${y}`] = x.k[i];
            if (x.rp) o[`rp${y}`] = x.rp[i];
            else o[`rp${y}`] = fx(plus((x.id === "p" ? ["k"] : subs).map((id) => c.a(`rp${y}`, id))));
          });
          o.ka = x.level ? fx(c.a("k5")) : fx(plus(Y.map((y) => c.a(`k${y}`))));
          // planted: the segmen sub kegiatan's kondisi akhir Rp is a typed 1,479,000 (the years give 1,506,000)
          o.rpa = x.id === "s1" ? 1_479_000 : fx(plus(Y.map((y) => c.a(`rp${y}`))));
          return o;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "awal"],
        cells: (c) => ({
          kode: "JUMLAH PENDANAAN INDIKATIF",
          ...Object.fromEntries(["rp1", "rp2", "rp3", "rp4", "rp5", "rpa"].map((k) => [k, fx(c.a(k, "p"))])),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: target segmen batas desa per tahun sesuai Peta Jalan Penegasan Batas Desa 2025-2029 (88 segmen tersisa).",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rpa", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 4.01.02.2.01.0003 is a typed 1,479,000; the five years 287,500 + 301,250 + 298,400 + 312,650 + 306,200 give 1,506,000",
    truth: plus(Y.map((y) => a(`rp${y}`, "s1"))),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi Penyusunan LPPD dan EPPD is coded 4.01.02.2.02.0005 (kegiatan 4.01.02.2.02, Kesra) under kegiatan 4.01.02.2.01; its code is 4.01.02.2.01.0005",
    truth: `${a("kode", "k")}&".0005"`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  for (const id of ["p", "k", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      // a level's kondisi akhir is the last year's target, not the five years added
      trap: plus(Y.map((y) => a(`k${y}`, id))),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: plus(Y.map((y) => a(`k${y}`, id))),
      trap: a("k5", id),
    });
  for (const id of ["p", "k", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rpa", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: plus(Y.map((y) => a(`rp${y}`, id))),
    });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k"),
      rules: ["sum-mismatch"],
      truth: plus(subs.map((id) => a(`rp${y}`, id))),
    });
  b.ok({
    sheet: S,
    cell: a("rpa", "j"),
    rules: ["sum-mismatch"],
    truth: a("rpa", "p"),
    trap: `SUM(${a("rpa", "p")}:${a("rpa", "s3")})`,
  });
  return b.finish();
}
