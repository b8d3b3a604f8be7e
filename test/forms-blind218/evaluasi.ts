// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two BKPSDM: kenaikan pangkat,
// pensiun, disiplin pegawai and SIASN pemutakhiran data. Every name and number is invented.
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

/** E.81 of the BKPSDM Kabupaten Sangkuri Hulu (Sulawesi Barat), s.d. Triwulan IV 2024. */
export function e81Bkpsdm(): BookW {
  const b = new BookW(
    "e81-renja-2024-bkpsdm-sangkuri-hulu-pensiun-siasn.xlsx",
    "E.81 Evaluasi Renja (BKPSDM)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers (s.d. 2023, Renja 2024); quarters grouped under 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp (three header rows); number row merged over pairs; a level row (% data ASN mutakhir SIASN) above flows (SK pensiun, data diverifikasi); Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SANGKURI HULU",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Jl. Poros Mamasa-Sangkuri Km. 4, Sangkuri",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja BKPSDM Kabupaten Sangkuri Hulu",
    "Renstra Perangkat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "5.03.02.2.01.0004",
      ur: "Pengelolaan Pemberhentian dan Pensiun ASN",
      ind: "Jumlah SK pensiun dan pemberhentian ASN yang diterbitkan",
      sat: "SK",
      level: false,
      k5: 1250,
      k6: 742,
      k7: 260,
      q: [58, 71, 64, 69],
      r5: 3_450_000_000,
      r6: 2_061_300_000,
      r7: 715_000_000,
      rq: [142_350_000, 188_900_000, 171_250_000, 196_700_000],
    },
    {
      id: "s2",
      kode: "5.03.02.2.01.0006",
      ur: "Pemutakhiran Data dan Informasi Kepegawaian pada SIASN",
      ind: "Jumlah data ASN yang diverifikasi pada SIASN",
      sat: "data ASN",
      level: false,
      k5: 4750,
      k6: 2668,
      k7: 990,
      q: [212, 239, 271, 291],
      r5: 2_880_000_000,
      r6: 1_702_450_000,
      r7: 605_500_000,
      rq: [118_400_000, 149_750_000, 160_300_000, 171_900_000],
    },
  ];
  const add = (k: "k5" | "k6" | "k7" | "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "5.03.02.2.01",
    ur: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
    ind: "Jumlah layanan pemberhentian dan data kepegawaian yang diselesaikan",
    sat: "layanan",
    level: false,
    k5: add("k5"),
    k6: add("k6"),
    k7: add("k7"),
    q: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.q[i]))),
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "5.03.02",
    ur: "PROGRAM KEPEGAWAIAN DAERAH",
    ind: "Persentase data ASN yang mutakhir pada SIASN",
    sat: "%",
    level: true,
    k5: 100,
    k6: 71.4,
    k7: 85,
    q: [74.2, 78.9, 83.5, 88.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD Tahun 2026"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja PD Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 12 },
  ];
  // planted: sub kegiatan .0004's (13) Rp typed 2,670,500,000; 6 + 12 = 2,760,500,000
  const R13S1 = 2_670_500_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
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
      r13: e.id === "s1" ? R13S1 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pengadaan, Pemberhentian dan Informasi",
      ket: e.level ? "nilai akhir TW IV" : undefined,
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => ({
          no: "Predikat Kinerja",
          // planted: the K average of about 81 is Tinggi, not Sangat Tinggi
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / rows.length)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi SIASN dengan aplikasi layanan kepegawaian daerah.",
    "Faktor penghambat: berkas usul pensiun dari OPD sering tidak lengkap.",
    "Tindak lanjut: verifikasi berkas pensiun satu tahun sebelum BUP.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sangkuri, 14 Januari 2025",
    jabatan: ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA"],
    nama: "Drs. ANDI MAPPATANGKA LOLO, M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710519 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 5.03.02.2.01.0004 is 2,670,500,000; 6 + 12 = 2,061,300,000 + 699,200,000 = 2,760,500,000 (digits swapped)",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat 'Sangat Tinggi' for a K average of ${avgK}; the band > 75 to 90 is Tinggi`,
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
  b.ok({
    sheet: S,
    cell: a("r13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s2")}/${a("r5", "s2")}*100,2)`,
  });
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
  subs?: string[];
};

/** T-C.27 of the BKPSDM Kota Banua Raden (Kalimantan Selatan), Renstra 2025-2029, Rp in thousands. */
export function tc27Bkpsdm(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-bkpsdm-kota-banua-raden-kp-disiplin.xlsx",
    "T-C.27 Rencana program dan pendanaan (BKPSDM)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; calendar years over Target | Rp; one program over two kegiatan, each over two sub kegiatan; kegiatan Rp = SUM of its sub kegiatan, program Rp = kegiatan + kegiatan; kondisi akhir Rp = sum of the years; levels (%) next to flows (usul kenaikan pangkat, ASN dibina disiplin); Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANUA RADEN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BKPSDM Kota Banua Raden 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "5.03.02",
      ur: "PROGRAM KEPEGAWAIAN DAERAH",
      ind: "Persentase ASN yang tidak melanggar disiplin",
      sat: "%",
      level: true,
      awal: 97.2,
      k: [97.5, 97.8, 98.1, 98.4, 98.7],
    },
    {
      id: "ga",
      kode: "5.03.02.2.01",
      ur: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
      ind: "Persentase ASN pensiun yang menerima SK tepat waktu (TMT)",
      sat: "%",
      level: true,
      awal: 90,
      k: [92, 94, 96, 98, 100],
      subs: ["a1", "a2"],
    },
    {
      id: "a1",
      kode: "5.03.02.2.01.0003",
      ur: "Pengelolaan Pemberhentian dan Pensiun ASN",
      ind: "Jumlah SK pensiun yang diterbitkan",
      sat: "SK",
      level: false,
      awal: 164,
      k: [171, 180, 176, 189, 195],
      rp: [412_800, 433_400, 455_100, 477_900, 501_800],
    },
    {
      id: "a2",
      kode: "5.03.02.2.01.0005",
      ur: "Pemutakhiran Data Kepegawaian pada SIASN",
      ind: "Persentase data ASN terverifikasi pada SIASN",
      sat: "%",
      level: true,
      awal: 78,
      k: [85, 90, 94, 97, 100],
      rp: [286_500, 300_800, 315_900, 331_700, 348_300],
    },
    {
      id: "gb",
      kode: "5.03.02.2.02",
      ur: "Mutasi, Promosi dan Pembinaan ASN",
      ind: "Persentase usul kenaikan pangkat yang ditetapkan tepat periode",
      sat: "%",
      level: true,
      awal: 88,
      k: [90, 92, 94, 96, 98],
      subs: ["b1", "b2"],
    },
    {
      id: "b1",
      kode: "5.03.02.2.02.0001",
      ur: "Pengelolaan Kenaikan Pangkat ASN",
      ind: "Jumlah usul kenaikan pangkat yang diproses",
      sat: "usul",
      level: false,
      awal: 1120,
      k: [1150, 1180, 1200, 1230, 1260],
      rp: [845_200, 887_500, 931_900, 978_500, 1_027_400],
    },
    {
      id: "b2",
      kode: "5.03.02.2.02.0006",
      ur: "Pembinaan dan Penegakan Disiplin ASN",
      ind: "Jumlah ASN yang mendapat pembinaan disiplin",
      sat: "orang",
      level: false,
      awal: 135,
      k: [120, 120, 110, 100, 90],
      rp: [198_600, 208_500, 218_900, 229_800, 241_300],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
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
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [TK, String(y), "Target"],
        role: "target",
        year: y,
        num: String(6 + 2 * i),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(7 + 2 * i),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the SIASN % row's kondisi akhir is 97 (the 2028 target); 2029 is 100
          akK: p.id === "a2" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          pj: p.id.startsWith("a") || p.id === "ga" ? "Bidang PPIK" : "Bidang Mutasi dan Disiplin",
          lok: "Kota Banua Raden",
        };
        years.forEach((y) => {
          const k = `r${y}`;
          out[`k${y}`] = p.k[years.indexOf(y)];
          if (p.rp) out[k] = p.rp[years.indexOf(y)];
          else if (p.subs) {
            // planted: kegiatan 5.03.02.2.02 in 2027 sums its first sub kegiatan only
            const last = p.id === "gb" && y === 2027 ? p.subs[0] : p.subs[1];
            out[k] = fx(`SUM(${x.a(k, p.subs[0])}:${x.a(k, last)})`);
          } else out[k] = fx(`${x.a(k, "ga")}+${x.a(k, "gb")}`);
        });
        out.akR = p.rp ? sum(p.rp) : fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = total lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Banua Raden, 24 Februari 2025",
    jabatan: ["KEPALA BKPSDM KOTA BANUA RADEN"],
    nama: "H. MUHAMMAD RIDHANI NOOR, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750830 199903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2027", "gb") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 5.03.02.2.02's 2027 Rp is =SUM over its first sub kegiatan only (931,900); with Pembinaan Disiplin's 218,900 it is 1,150,800",
    truth: `${a("r2027", "b1")}+${a("r2027", "b2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "a2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase data ASN terverifikasi SIASN is 97, the 2028 target; the 2029 target is 100",
    truth: a("k2029", "a2"),
  });
  for (const id of ["p", "ga", "gb"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: ks(id),
    });
  for (const id of ["a1", "b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      ...(id === "a1" ? {} : { trap: a("k2029", id) }),
    });
  for (const id of ["a1", "a2", "b1", "b2", "ga"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "gb"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "b1")}+${a(`r${y}`, "b2")}`,
    });
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "ga")}+${a(`r${y}`, "gb")}`,
    });
  for (const id of ["a1", "a2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"5.03.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"5.03.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
