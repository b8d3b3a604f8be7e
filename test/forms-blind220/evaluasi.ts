// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Sekretariat DPRD: rapat
// paripurna, reses, Perda inisiatif and pokok-pokok pikiran. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
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

/** E.81 of the Sekretariat DPRD Kabupaten Watu Gemilang (Jawa Timur), s.d. Triwulan IV 2024. */
export function e81Setwan(): BookW {
  const b = new BookW(
    "evaluasi-e81-setwan-dprd-watu-gemilang.xlsx",
    "E.81 Evaluasi Renja (Sekretariat DPRD)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; ordinal headers (n-1)/(n-2); K | Rp pairs, number row merged over the pairs with '13 = 6 + 12' and '14 = 13/5 x 100'; program / kegiatan / two sub kegiatan; a level row (% Raperda inisiatif ditetapkan) next to flows (rapat paripurna, laporan reses); Rata-rata and Predikat rows",
  );
  const S = "E.81 Setwan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WATU GEMILANG",
    "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
    "Jl. Panglima Sudirman No. 7 Watu Gemilang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA SEKRETARIAT DPRD KABUPATEN WATU GEMILANG",
    "Renstra Perangkat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD: meningkatnya kualitas fungsi legislasi, anggaran dan pengawasan DPRD",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "4.02.02.2.03.0001",
      ur: "Penyelenggaraan Rapat Paripurna dan Rapat Alat Kelengkapan DPRD",
      ind: "Jumlah rapat paripurna yang difasilitasi",
      sat: "rapat",
      level: false,
      k5: 150,
      k6: 96,
      k7: 30,
      q: [6, 8, 7, 9],
      r5: 6_250_000_000,
      r6: 3_912_400_000,
      r7: 1_280_000_000,
      rq: [248_600_000, 331_250_000, 297_800_000, 389_150_000],
    },
    {
      id: "s2",
      kode: "4.02.02.2.03.0004",
      ur: "Fasilitasi Reses dan Penjaringan Aspirasi Masyarakat",
      ind: "Jumlah laporan reses anggota DPRD",
      sat: "laporan",
      level: false,
      k5: 675,
      k6: 405,
      k7: 135,
      q: [45, 0, 45, 45],
      r5: 11_400_000_000,
      r6: 6_905_300_000,
      r7: 2_310_000_000,
      rq: [742_500_000, 18_400_000, 761_200_000, 768_900_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "4.02.02.2.03",
    ur: "Fasilitasi Rapat, Reses dan Pokok-pokok Pikiran DPRD",
    ind: "Jumlah kegiatan DPRD yang difasilitasi",
    sat: "kegiatan",
    level: false,
    k5: 420,
    k6: 268,
    k7: 84,
    q: [18, 22, 20, 24],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "4.02.02",
    ur: "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD",
    ind: "Persentase Raperda inisiatif DPRD yang ditetapkan menjadi Perda",
    sat: "%",
    level: true,
    k5: 80,
    k6: 62.5,
    k7: 70,
    q: [40, 50, 60, 75],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const N = "Indikator Kinerja Program (outcome) / Kegiatan (output)";
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
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: [N], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
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
    ...pair("8", "Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
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
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0004's realisasi Rp (12) typed 2,219,000,000; the quarters give 2,291,000,000
  const R12S2 = 2_219_000_000;
  // planted: sub kegiatan .0001's (13) Rp typed 5,197,200,000; 6 + 12 = 5,179,200,000
  const R13S1 = 5_197_200_000;
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
      r12: e.id === "s2" ? R12S2 : r12(e),
      k13: k13(e),
      r13: e.id === "s1" ? R13S1 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bagian Persidangan dan Perundang-undangan",
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
          no: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => ({
          no: "Predikat kinerja",
          k14: predikat(round(sum(body.map((x) => (x.cells as Record<string, number>).k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: jadwal Badan Musyawarah ditetapkan sejak awal tahun.",
    "Faktor penghambat: reses Masa Sidang II tertunda karena pembahasan Perubahan APBD.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Watu Gemilang, 14 Januari 2025",
    jabatan: ["SEKRETARIS DPRD", "KABUPATEN WATU GEMILANG"],
    nama: "Drs. HARI PRASETYO WIBISONO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 4.02.02.2.03.0004 (reses) is 2,219,000,000; the four quarters add up to 2,291,000,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 4.02.02.2.03.0001 (rapat paripurna) is 5,197,200,000; 6 + 12 = 3,912,400,000 + 1,266,800,000 = 5,179,200,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  // the level row: 12 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "keg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "keg")}/${a("r5", "keg")}*100,2)`,
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

/** T-C.27 of the Sekretariat DPRD Kota Tanjung Seruni (Kepulauan Riau), Renstra 2025-2029, Rp in thousands. */
export function tc27Setwan(): BookW {
  const b = new BookW(
    "renstra-tc27-setwan-dprd-tanjung-seruni.xlsx",
    "T-C.27 Rencana program dan pendanaan (Sekretariat DPRD)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..ke-5 over Target | Rp (years only in the title); program / kegiatan Rp as sums of the rows beneath (G+I+K+M+O for the kondisi akhir Rp); program level (% pokir terakomodasi), kegiatan flow (naskah akademik), a typed kegiatan Rp among SUMs, a % sub kegiatan",
  );
  const S = "T-C.27 Setwan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SERUNI", "SEKRETARIAT DPRD"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Sekretariat DPRD Kota Tanjung Seruni Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "4.02.02",
      ur: "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD",
      ind: "Persentase pokok-pokok pikiran DPRD yang terakomodasi dalam RKPD",
      sat: "%",
      level: true,
      awal: 58,
      k: [62, 65, 68, 72, 75],
    },
    {
      id: "g",
      kode: "4.02.02.2.01",
      ur: "Pembentukan Peraturan Daerah dan Peraturan DPRD",
      ind: "Jumlah Raperda inisiatif DPRD yang dibahas",
      sat: "raperda",
      level: false,
      awal: 3,
      k: [3, 4, 4, 5, 5],
    },
    {
      id: "s1",
      kode: "4.02.02.2.01.0001",
      ur: "Penyusunan dan Pembahasan Program Pembentukan Perda",
      ind: "Jumlah dokumen Propemperda yang ditetapkan",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [385_400, 404_700, 424_900, 446_200, 468_500],
    },
    {
      id: "s2",
      kode: "4.02.02.2.01.0002",
      ur: "Pengkajian Naskah Akademik Raperda Inisiatif DPRD",
      ind: "Jumlah naskah akademik Raperda inisiatif",
      sat: "naskah",
      level: false,
      awal: 3,
      k: [3, 4, 4, 5, 5],
      rp: [612_000, 826_500, 845_300, 1_062_800, 1_088_400],
    },
    {
      id: "g2",
      kode: "4.02.02.2.05",
      ur: "Fasilitasi Tugas DPRD dan Penyerapan Aspirasi Masyarakat",
      ind: "Jumlah laporan reses dan pokok-pokok pikiran yang dihimpun",
      sat: "laporan",
      level: false,
      awal: 90,
      k: [90, 90, 90, 90, 90],
    },
    {
      id: "s3",
      kode: "4.02.02.2.05.0002",
      ur: "Fasilitasi Penginputan Pokok-pokok Pikiran DPRD pada SIPD",
      ind: "Persentase pokir DPRD yang terinput di SIPD tepat waktu",
      sat: "%",
      level: true,
      awal: 76,
      k: [80, 85, 90, 95, 100],
      rp: [214_600, 225_300, 236_600, 248_400, 260_800],
    },
    {
      id: "s4",
      kode: "4.02.02.2.01.0006",
      ur: "Fasilitasi Reses Anggota DPRD",
      ind: "Jumlah laporan reses anggota DPRD",
      sat: "laporan",
      level: false,
      awal: 90,
      k: [90, 90, 90, 90, 90],
      rp: [2_835_000, 2_976_800, 3_125_600, 3_281_900, 3_446_000],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(5)",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(17)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
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
          // planted: kondisi akhir K of the % sub kegiatan is the year-4 target 95 (year 5: 100)
          akK: p.id === "s3" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          pj: "Bagian Fasilitasi Penganggaran dan Pengawasan",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            // planted: the kegiatan's year-3 Rp typed 1,207,200 among SUMs (its sub kegiatan give 1,270,200)
            out[`r${y}`] = y === 3 ? 1_207_200 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s2")})`);
          else if (p.id === "g2") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s3")}:${x.a(`r${y}`, "s4")})`);
          else out[`r${y}`] = fx(`${x.a(`r${y}`, "g")}+${x.a(`r${y}`, "g2")}`);
        });
        const add = years.map((y) => x.a(`r${y}`)).join("+");
        out.akR = fx(add);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: kondisi akhir untuk indikator persentase adalah target tahun ke-5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Seruni, 18 Februari 2025",
    jabatan: ["SEKRETARIS DPRD KOTA TANJUNG SERUNI"],
    nama: "RAJA AZHARI MAHMUD, S.H., M.H.",
    nip: "19770504 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 4.02.02.2.01 is a typed 1,207,200 among SUM formulas; its sub kegiatan add up to 424,900 + 845,300 = 1,270,200",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the % sub kegiatan 4.02.02.2.05.0002 is 95, the Tahun ke-4 target; a level ends at the Tahun ke-5 target 100",
    truth: a("k5", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Fasilitasi Reses Anggota DPRD is coded 4.02.02.2.01.0006 under kegiatan 4.02.02.2.05",
    truth: `"4.02.02.2.05"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: years.map((y) => a(`k${y}`, "p")).join("+"),
  });
  for (const id of ["g", "s4"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: years.map((y) => a(`k${y}`, id)).join("+"),
      trap: a("k5", id),
    });
  for (const id of ["p", "s1", "s2", "s3", "s4", "g2"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r3", "g2"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "s3")}+${a("r3", "s4")}`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${id === "s3" ? "4.02.02.2.05" : "4.02.02.2.01"}"`,
      actual: `PARENT(${a("kode", id)})`,
    });

  return b.finish();
}
