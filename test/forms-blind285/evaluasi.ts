// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kebudayaan: cagar
// budaya (ODCB, penetapan), sanggar seni and maestro seni. Every name and number is invented.
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

type Ev = {
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

/** E.81 of the Dinas Kebudayaan Kabupaten Lembang Tinggi (Sulawesi Selatan), Tahun 2024. */
export function e81Disbud(): BookW {
  const b = new BookW(
    "e81-renja-disbud-lembang-tinggi-cagar-budaya.xlsx",
    "E.81 Evaluasi Renja (Dinas Kebudayaan)",
    "E.81 Tahun 2024, Renstra 2022-2026; no No column, Kode first; Kinerja | Keuangan pairs with calendar years; an extra 'Tingkat capaian Renja (%)' pair; number row merged over pairs; a level row (% ODCB ditetapkan) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBANG TINGGI",
    "DINAS KEBUDAYAAN",
    "Jl. Poros Karaeng Bulo No. 7, Lembang Tinggi",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KEBUDAYAAN KABUPATEN LEMBANG TINGGI",
    "Renstra Perangkat Daerah 2022-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "2.22.05.2.01.0001",
      ur: "Pengkajian dan Pendaftaran Objek Diduga Cagar Budaya (ODCB)",
      ind: "Jumlah ODCB yang dikaji oleh Tim Ahli Cagar Budaya",
      sat: "objek",
      level: false,
      k5: 120,
      k6: 58,
      k7: 26,
      q: [4, 7, 8, 6],
      r5: 2_650_000_000,
      r6: 1_312_400_000,
      r7: 540_000_000,
      rq: [61_250_000, 138_400_000, 162_750_000, 158_900_000],
    },
    {
      id: "s2",
      kode: "2.22.05.2.01.0002",
      ur: "Penetapan Cagar Budaya Peringkat Kabupaten",
      ind: "Jumlah cagar budaya yang ditetapkan dengan SK Bupati",
      sat: "objek",
      level: false,
      k5: 45,
      k6: 21,
      k7: 9,
      q: [0, 2, 3, 4],
      r5: 1_180_000_000,
      r6: 566_800_000,
      r7: 236_500_000,
      rq: [18_300_000, 52_600_000, 71_450_000, 89_200_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Ev = {
    id: "keg",
    kode: "2.22.05.2.01",
    ur: "Penetapan Cagar Budaya",
    ind: "Jumlah dokumen kajian dan penetapan cagar budaya",
    sat: "dokumen",
    level: false,
    k5: 25,
    k6: 12,
    k7: 5,
    q: [0, 1, 2, 2],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "2.22.05",
    ur: "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA",
    ind: "Persentase ODCB yang ditetapkan menjadi cagar budaya",
    sat: "%",
    level: true,
    k5: 40,
    k6: 28.5,
    k7: 33,
    q: [28.5, 29.4, 31.2, 33.8],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: Ev) => sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra PD Tahun 2026 (Akhir Periode)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Renstra s.d. Renja Tahun 2023",
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
    ...pair("12a", "Tingkat Capaian Renja 2024 (%)", "12a = 12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: the yearly K (12) of sub kegiatan .0002 is 11; its quarters add up to 9
  const K12S2 = 11;
  const body: Row[] = rows.map((e) => ({
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
      k12: e.id === "s2" ? K12S2 : k12(e),
      r12: r12(e),
      k12a: round((k12(e) / e.k7) * 100),
      r12a: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      // planted: the program's (14) Rp is the Renja absorption 12/7 instead of 13/5
      r14: e.id === "prog" ? round((r12(e) / e.r7) * 100) : r14(e),
      pj: e.id === "prog" ? "Kepala Dinas" : "Bidang Cagar Budaya dan Permuseuman",
    },
  }));
  const kAvg = round(sum(rows.map(k14)) / 4);
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
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat Kinerja", k14: predikat(kAvg), r14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Tim Ahli Cagar Budaya (TACB) kabupaten yang telah bersertifikat.",
    "Faktor penghambat: status kepemilikan lahan ODCB milik perorangan dan ahli waris.",
    "Tindak lanjut: percepatan SK penetapan pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Lembang Tinggi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KEBUDAYAAN", "KABUPATEN LEMBANG TINGGI"],
    nama: "Drs. ANDI MAPPASESSU DG. TOBO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710304 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 2.22.05.2.01.0002 (cagar budaya ditetapkan, a flow) is 11; the quarters 0+2+3+4 give 9",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "prog") },
    rules: ["capaian-mismatch"],
    note: "Column 14 Rp of the program holds 12/7 x 100 (the Renja absorption); 13/5 x 100 is lower",
    truth: `ROUND(${a("r13", "prog")}/${a("r5", "prog")}*100,2)`,
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
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12a", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "s1")}/${a("k7", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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

/** T-C.27 of the Dinas Kebudayaan Kota Banyuasri (Jawa Timur), Renstra 2025-2029, Rp in thousands. */
export function tc27Disbud(): BookW {
  const b = new BookW(
    "tc27-renstra-disbud-banyuasri-odcb-museum.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Kebudayaan)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..ke-5 > Target | Rp; two kegiatan with sub kegiatan; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan + kegiatan; kondisi akhir Rp = sum of years; a Lokasi column after the unit",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANYUASRI", "DINAS KEBUDAYAAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Kebudayaan Kota Banyuasri Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.22.05",
      ur: "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA",
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      level: true,
      awal: 46.2,
      k: [50, 55, 60, 65, 70],
    },
    {
      id: "g1",
      kode: "2.22.05.2.01",
      ur: "Penetapan Cagar Budaya",
      ind: "Jumlah ODCB yang ditetapkan sebagai cagar budaya",
      sat: "objek",
      level: false,
      awal: 6,
      k: [5, 6, 6, 7, 7],
    },
    {
      id: "s1",
      kode: "2.22.05.2.01.0001",
      ur: "Pengkajian Objek Diduga Cagar Budaya",
      ind: "Jumlah dokumen kajian ODCB",
      sat: "dokumen",
      level: false,
      awal: 8,
      k: [8, 9, 9, 10, 10],
      rp: [318_400, 334_300, 351_000, 368_600, 387_000],
    },
    {
      id: "s2",
      kode: "2.22.05.2.01.0002",
      ur: "Penetapan dan Pemeringkatan Cagar Budaya",
      ind: "Jumlah SK penetapan cagar budaya",
      sat: "SK",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [142_750, 149_900, 157_400, 165_300, 173_500],
    },
    {
      id: "g2",
      kode: "2.22.05.2.02",
      ur: "Pengelolaan Cagar Budaya",
      ind: "Persentase cagar budaya dalam kondisi terawat",
      sat: "%",
      level: true,
      awal: 61,
      k: [64, 67, 70, 73, 76],
    },
    {
      id: "s3",
      kode: "2.22.05.2.02.0001",
      ur: "Pemeliharaan dan Pemugaran Cagar Budaya",
      ind: "Jumlah cagar budaya yang dipugar",
      sat: "objek",
      level: false,
      awal: 2,
      k: [2, 3, 3, 3, 4],
      rp: [1_245_000, 1_390_500, 1_412_800, 1_480_000, 1_652_300],
    },
    {
      id: "s4",
      kode: "2.22.05.2.01.0003",
      ur: "Pelindungan Cagar Budaya dan Juru Pelihara",
      ind: "Persentase cagar budaya yang memiliki juru pelihara",
      sat: "%",
      level: true,
      awal: 72,
      k: [75, 80, 85, 90, 95],
      rp: [286_200, 300_500, 315_500, 331_300, 347_900],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  // planted: kegiatan Pengelolaan's Rp of Tahun ke-3 typed 1,827,300 (its sub kegiatan give 1,728,300)
  const G2R3 = 1_827_300;
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
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Cagar Budaya",
          lok: "Kota Banyuasri",
        };
        years.forEach((y) => {
          const r = `r${y}`;
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[r] = p.rp[y - 1];
          else if (p.id === "g1") out[r] = fx(`SUM(${x.a(r, "s1")}:${x.a(r, "s2")})`);
          else if (p.id === "g2") out[r] = y === 3 ? G2R3 : fx(`SUM(${x.a(r, "s3")}:${x.a(r, "s4")})`);
          else out[r] = fx(`${x.a(r, "g1")}+${x.a(r, "g2")}`);
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Banyuasri, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KEBUDAYAAN KOTA BANYUASRI"],
    nama: "Dr. RETNO SEKARWANGI, S.Sn., M.Hum.",
    nip: "19760519 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 2.22.05.2.02 is a typed 1,827,300 among SUM formulas; its sub kegiatan add up to 1,728,300",
    truth: `${a("r3", "s3")}+${a("r3", "s4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pelindungan Cagar Budaya is coded 2.22.05.2.01.0003 under kegiatan 2.22.05.2.02",
    truth: `"2.22.05.2.02"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  for (const id of ["p", "g2", "s4"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["g1", "s1", "s2", "s3", "s4"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  for (const y of [1, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.22.05.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `"2.22.05.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  return b.finish();
}
