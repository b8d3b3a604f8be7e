// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perikanan on
// perikanan tangkap: kartu KUSUKA, asuransi nelayan, kapal perikanan and BBM bersubsidi. Invented.
import { BookW, DEC, INT, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

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

/** E.81 of the Dinas Perikanan Kabupaten Teluk Wadaso (Maluku Utara), s.d. Triwulan IV 2024. */
export function e81Perikanan(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-2024-dinas-perikanan-teluk-wadaso.xlsx",
    "E.81 Evaluasi Renja (Dinas Perikanan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp), no No column, a Sumber Data column at the end; a level row (% nelayan terlindungi asuransi) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK WADASO",
    "DINAS PERIKANAN",
    "Jl. Pelabuhan Perikanan Nusantara No. 7, Wadaso",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perikanan Kabupaten Teluk Wadaso",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.25.03.2.01.0003",
      ur: "Fasilitasi Bantuan Premi Asuransi Nelayan",
      ind: "Jumlah nelayan yang difasilitasi premi asuransi",
      sat: "orang",
      level: false,
      k5: 5000,
      k6: 2640,
      k7: 900,
      q: [0, 350, 420, 130],
      r5: 3_750_000_000,
      r6: 1_980_400_000,
      r7: 675_000_000,
      rq: [12_500_000, 262_750_000, 315_000_000, 84_250_000],
    },
    {
      id: "s2",
      kode: "3.25.03.2.01.0005",
      ur: "Pendaftaran Kapal Perikanan dan Penerbitan Pas Kecil",
      ind: "Jumlah kapal perikanan s.d. 10 GT yang didaftarkan",
      sat: "unit",
      level: false,
      k5: 1500,
      k6: 812,
      k7: 260,
      q: [45, 80, 92, 51],
      r5: 1_420_000_000,
      r6: 748_300_000,
      r7: 265_000_000,
      rq: [28_400_000, 71_900_000, 88_250_000, 69_800_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.25.03.2.01",
    ur: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
    ind: "Jumlah kartu KUSUKA nelayan yang diterbitkan",
    sat: "kartu",
    level: false,
    k5: 6000,
    k6: 3120,
    k7: 1100,
    q: [210, 305, 340, 230],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.25.03",
    ur: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
    ind: "Persentase nelayan yang terlindungi asuransi nelayan",
    sat: "%",
    level: true,
    k5: 60,
    k6: 38.5,
    k7: 48,
    q: [41.2, 43, 45.6, 47.9],
  };
  const rows = [prog, keg, ...subs];
  // planted: the kegiatan's (12) K typed 1,185; the quarters give 1,085
  const k12 = (e: E) => (e.id === "keg" ? 1185 : e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    n: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
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
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra pada Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", ["Realisasi Renja Tahun 2024"], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      ["Realisasi Renstra s.d. Tahun 2024"],
      "13 = 6+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "15", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((e) => ({
        id: e.id,
        bold: e.id === "prog",
        cells: {
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
          r13: e.r6 + r12(e),
          k14: k14(e),
          r14: r14(e),
          sd: e.id === "s2" ? "e-Pas Kecil" : "Bidang Perikanan Tangkap",
        },
      })),
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: {
          kode: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          // planted: the Rp average 70.83 is Sedang, not Tinggi
          r14: "Tinggi",
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: cuaca ekstrem Juli-Agustus menunda pengukuran ulang kapal di pulau-pulau kecil.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Wadaso, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN"],
    nama: "HASAN ALBAAR, S.Pi., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760321 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "keg") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of kegiatan 3.25.03.2.01 (kartu KUSUKA) is 1,185; the quarters 210+305+340+230 give 1,085",
    truth: q("k", "keg"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the Rp average 70.83 is 'Tinggi'; the band > 65 to 75 is Sedang",
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
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

/** T-C.27 of the Dinas Perikanan Kabupaten Tanjung Lamara (Sulawesi Tenggara), 2025-2029, in thousands. */
export function tc27Perikanan(): BookW {
  const b = new BookW(
    "renstra-2025-2029-tc27-perikanan-tangkap-tanjung-lamara.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Perikanan)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; No column, headers 'Tahun-1 (2025)'..'Tahun-5 (2029)' over Kinerja | Rp; kegiatan Rp SUM over its sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the years; two % levels and two counts",
  );
  const S = "TC-27 Perikanan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANJUNG LAMARA", "DINAS PERIKANAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Perikanan Kabupaten Tanjung Lamara 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.25.03",
      ur: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Persentase nelayan yang memiliki kartu KUSUKA",
      sat: "%",
      level: true,
      awal: 54.2,
      k: [60, 66, 72, 78, 84],
    },
    {
      id: "g",
      kode: "3.25.03.2.01",
      ur: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
      ind: "Jumlah nelayan kecil yang difasilitasi kartu KUSUKA",
      sat: "orang",
      level: false,
      awal: 1380,
      k: [1200, 1250, 1300, 1350, 1400],
    },
    {
      id: "s1",
      kode: "3.25.03.2.01.0002",
      ur: "Penerbitan Kartu Pelaku Usaha Kelautan dan Perikanan (KUSUKA)",
      ind: "Jumlah kartu KUSUKA yang diterbitkan",
      sat: "kartu",
      level: false,
      awal: 1450,
      k: [1200, 1250, 1300, 1350, 1400],
      rp: [185_400, 194_700, 204_400, 214_600, 225_300],
    },
    {
      id: "s2",
      kode: "3.25.03.2.01.0006",
      ur: "Fasilitasi Bantuan Premi Asuransi Nelayan",
      ind: "Jumlah nelayan penerima bantuan premi asuransi",
      sat: "orang",
      level: false,
      awal: 850,
      k: [900, 900, 950, 950, 1000],
      rp: [612_000, 612_000, 646_000, 646_000, 680_000],
    },
    {
      id: "s3",
      kode: "3.25.03.2.02.0004",
      ur: "Pendataan Kapal Perikanan dan Rekomendasi BBM Bersubsidi",
      ind: "Persentase kapal perikanan s.d. 30 GT yang memperoleh rekomendasi BBM bersubsidi",
      sat: "%",
      level: true,
      awal: 61.5,
      k: [65, 70, 75, 80, 85],
      rp: [142_800, 149_900, 157_400, 165_300, 173_600],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: "6", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun-${y} (${2024 + y})`, "Kinerja"],
        role: "target",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${6 + 2 * y}`,
        fmt: INT,
      },
    ]),
    { key: "akK", head: [AK, "Kinerja"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18 = 8+10+12+14+16", fmt: INT },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p, i) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          no: i + 1,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the asuransi row typed 5,700 (the five years give 4,700)
          akK: p.id === "s2" ? 5700 : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang Perikanan Tangkap",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target Tahun-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Lamara, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN"],
    nama: "Ir. LA ODE MUH. SAFRUDIN, M.P.",
    nip: "19720809 199903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah nelayan penerima bantuan premi asuransi' (a count) is 5,700; the five targets add up to 4,700",
    truth: ks("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 3.25.03.2.02.0004 sits under kegiatan 3.25.03.2.01 (and is summed into it)",
    truth: `"3.25.03.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: ks("s1") });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.25.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
