// The Renja evaluation (E.81) of the Dinas Kesehatan Kabupaten Rawa Seruni (Kalimantan Selatan) and the
// Renstra funding table (T-C.27) of the Dinas Kesehatan Kota Tanjung Bayur (Sulawesi Utara): imunisasi
// dasar lengkap, desa UCI, drop out DPT-campak, rantai dingin vaksin. Every name and number is invented.
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

/** E.81 of the Dinkes Rawa Seruni, s.d. Triwulan IV 2024, calendar years, an extra Renja capaian column. */
export function e81Imunisasi(): BookW {
  const b = new BookW(
    "e81-renja-dinkes-idl-rantai-dingin-rawa-seruni.xlsx",
    "E.81 Evaluasi Renja (Dinkes, imunisasi)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the group headers; K | Rp pairs; an extra 'Tingkat Capaian Renja (%)' pair (12/7) before column 13; number row merged over pairs; two level rows (cakupan IDL, % puskesmas suhu standar) next to flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RAWA SERUNI",
    "DINAS KESEHATAN",
    "Jl. Jenderal Sudirman No. 8 Marabahan Seruni, Kalimantan Selatan",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN KABUPATEN RAWA SERUNI",
    "Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0025",
      ur: "Pengelolaan Pelayanan Imunisasi Rutin dan Imunisasi Kejar",
      ind: "Jumlah sesi pelayanan imunisasi di posyandu",
      sat: "sesi",
      level: false,
      k5: 9600,
      k6: 4710,
      k7: 1680,
      q: [402, 425, 437, 416],
      r5: 14_250_000_000,
      r6: 7_118_420_000,
      r7: 2_486_500_000,
      rq: [402_150_000, 611_380_000, 648_920_000, 706_410_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0026",
      ur: "Pengelolaan Rantai Dingin dan Logistik Vaksin",
      ind: "Persentase puskesmas dengan suhu penyimpanan vaksin sesuai standar (2-8 °C)",
      sat: "%",
      level: true,
      k5: 100,
      k6: 87.5,
      k7: 92,
      q: [87.5, 90.6, 90.6, 93.8],
      r5: 8_900_000_000,
      r6: 4_402_775_000,
      r7: 1_612_000_000,
      rq: [215_600_000, 388_145_000, 452_300_000, 498_735_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah bayi yang mendapat imunisasi dasar lengkap",
    sat: "bayi",
    level: false,
    k5: 30_500,
    k6: 14_820,
    k7: 5150,
    q: [1180, 1290, 1335, 1207],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Cakupan imunisasi dasar lengkap (IDL)",
    sat: "%",
    level: true,
    k5: 95,
    k6: 88.4,
    k7: 92,
    q: [21.6, 45.3, 70.8, 93.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD Tahun 2026", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("c", "Tingkat Capaian Renja 2024 (%)", "12a = 12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0025's (12) Rp typed 2,386,860,000; the quarters give 2,368,860,000
  const R12S1 = 2_386_860_000;
  // planted: the kegiatan's Renja capaian K is 7/12 x 100 = 102.75; 12/7 x 100 = 97.32
  const KC_KEG = round((keg.k7 / k12(keg)) * 100);
  const k14s = rows.map((e) => round((k13(e) / e.k5) * 100));
  const r14s = rows.map((e) => round(((e.r6 + r12(e)) / e.r5) * 100));
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
      r12: e.id === "s1" ? R12S1 : r12(e),
      kc: e.id === "keg" ? KC_KEG : round((k12(e) / e.k7) * 100),
      rc: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14s[i],
      r14: r14s[i],
      pj:
        e.id === "s2"
          ? "Seksi Surveilans dan Imunisasi / Instalasi Farmasi"
          : "Seksi Surveilans dan Imunisasi",
    },
  }));
  const avgK = round(sum(k14s) / 4);
  const avgR = round(sum(r14s) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran Renstra (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sweeping imunisasi kejar bersama kader posyandu dan bidan desa.",
    "Faktor penghambat: pemadaman listrik di puskesmas kepulauan sungai mengganggu rantai dingin vaksin.",
    "Tindak lanjut: pengadaan solar direct drive refrigerator pada APBD Perubahan 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Marabahan Seruni, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN RAWA SERUNI"],
    nama: "dr. HJ. NORLAILA RAHMAWATI, M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.02.02.2.02.0025 is 2,386,860,000; the four quarters add up to 2,368,860,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kc", "keg") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Renja K of the kegiatan (jumlah bayi IDL) is 102.75 = 7/12 x 100 (inverted); 12/7 x 100 = 5,012 / 5,150 = 97.32",
    truth: `ROUND(${a("k12", "keg")}/${a("k7", "keg")}*100,2)`,
  });
  // the level rows: 12 K is the Triwulan IV level, 13 K the latest level
  for (const id of ["prog", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s2"])
    b.ok({
      sheet: S,
      cell: a("kc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  for (const k of ["k14", "r14"])
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
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

/** T-C.27 of the Dinkes Kota Tanjung Bayur (Sulawesi Utara), Renstra 2025-2029, Rp in thousands. */
export function tc27Imunisasi(): BookW {
  const b = new BookW(
    "tc27-renstra-dinkes-uci-drop-out-tanjung-bayur.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes, imunisasi)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tujuan and Sasaran columns merged down on the left, Lokasi on the right; Tahun ke-1..ke-5 over Target | Rp; kegiatan Rp = SUM of its sub kegiatan, program Rp = its single kegiatan; a negative level (angka drop out), a stock %, a flow (sesi imunisasi kejar)",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BAYUR", "DINAS KESEHATAN DAERAH"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kota Tanjung Bayur",
    "Renstra Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase kelurahan Universal Child Immunization (UCI)",
      sat: "%",
      level: true,
      awal: 78,
      k: [80, 83, 86, 89, 92],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      level: true,
      awal: 86.5,
      k: [88, 90, 92, 94, 95],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0025",
      ur: "Pengelolaan Pelayanan Imunisasi Kejar dan Sweeping",
      ind: "Jumlah sesi imunisasi kejar yang dilaksanakan",
      sat: "sesi",
      level: false,
      awal: 112,
      k: [120, 120, 130, 130, 140],
      rp: [1_245_600, 1_307_900, 1_373_300, 1_442_000, 1_514_100],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0026",
      ur: "Pengelolaan Rantai Dingin Vaksin",
      ind: "Persentase puskesmas dengan vaccine refrigerator berstandar PQS",
      sat: "%",
      level: true,
      awal: 64,
      k: [70, 76, 82, 88, 94],
      rp: [682_400, 716_500, 752_300, 790_000, 829_500],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0027",
      ur: "Pelacakan dan Penanganan Bayi Drop Out Imunisasi",
      ind: "Angka drop out DPT-HB-Hib 1 - Campak Rubela",
      sat: "%",
      level: true,
      awal: 6.8,
      k: [6, 5.5, 5, 4.5, 4],
      rp: [214_800, 225_500, 236_800, 248_600, 261_000],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "1", width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "4", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "5",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "6" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "7",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${6 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${7 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "18", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "19", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "20", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "21", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya derajat kesehatan masyarakat",
          sas: "Meningkatnya perlindungan bayi dari penyakit yang dapat dicegah dengan imunisasi",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the drop out rate is the Tahun ke-1 target 6 (the Tahun ke-5 target is 4)
          akK: p.id === "s3" ? p.k[0] : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang P2P",
          lok: "34 kelurahan",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp typed 2,326,400 (its sub kegiatan give 2,362,400)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 2_326_400 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: angka drop out adalah indikator negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 16, {
    tempat: "Tanjung Bayur, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN DAERAH", "KOTA TANJUNG BAYUR"],
    nama: "dr. FRANSISKUS X. WOLAJAN, M.P.H.",
    nip: "19740527 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (p: string, id: string) => years.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 1.02.02.2.02 is a typed 2,326,400 among SUM formulas; its three sub kegiatan add up to 2,362,400",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the angka drop out (a rate) is 6.00, the Tahun ke-1 target; the Tahun ke-5 target is 4.00",
    truth: a("k5", "s3"),
  });
  for (const id of ["p", "g", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yr("k", id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yr("k", "s1"),
    trap: a("k5", "s1"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yr("r", id),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
