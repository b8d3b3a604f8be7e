// The Renja evaluation (E.81) of the Bagian Protokol dan Komunikasi Pimpinan of Kabupaten Batang Ulu
// (Sumatera Barat) and the Renstra funding table (T-C.27) of the same Bagian of Kota Tanjung Lasa
// (Kalimantan Timur). Every name and number is invented.
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

/** E.81 of the Setda Kabupaten Batang Ulu, Bagian Prokopim, s.d. Triwulan IV 2024. */
export function e81Protokol(): BookW {
  const b = new BookW(
    "evaluasi-e81-protokol-kompim-batang-ulu.xlsx",
    "E.81 Evaluasi Renja (Bagian Protokol dan Komunikasi Pimpinan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; three header rows with the quarters under 'Realisasi Kinerja Pada Triwulan' > I..IV > K | Rp; satuan after the indicator, no kode column for the unit; a level row (% agenda terliput) above flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG ULU",
    "SEKRETARIAT DAERAH - BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Batang Ulu",
    "Renstra Sekretariat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "4.01.02.2.04.0001",
      ur: "Fasilitasi Keprotokolan",
      ind: "Jumlah agenda pimpinan yang difasilitasi keprotokolan",
      sat: "agenda",
      level: false,
      k5: 3000,
      k6: 1640,
      k7: 620,
      q: [138, 162, 171, 187],
      r5: 6_450_000_000,
      r6: 3_512_400_000,
      r7: 1_380_000_000,
      rq: [248_600_000, 331_250_000, 352_900_000, 409_700_000],
    },
    {
      id: "s2",
      kode: "4.01.02.2.04.0002",
      ur: "Fasilitasi Komunikasi Pimpinan",
      ind: "Jumlah laporan monitoring media harian",
      sat: "laporan",
      level: false,
      k5: 1500,
      k6: 742,
      k7: 250,
      q: [62, 63, 62, 61],
      r5: 2_250_000_000,
      r6: 1_098_750_000,
      r7: 415_000_000,
      rq: [91_200_000, 104_350_000, 99_800_000, 112_600_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Ev = {
    id: "keg",
    kode: "4.01.02.2.04",
    ur: "Pelaksanaan Protokol dan Komunikasi Pimpinan",
    ind: "Jumlah rilis pers kegiatan pimpinan daerah",
    sat: "rilis",
    level: false,
    k5: 2400,
    k6: 1310,
    k7: 480,
    q: [104, 126, 131, 142],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "4.01.02",
    ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
    ind: "Persentase agenda pimpinan yang terfasilitasi dan terliput",
    sat: "%",
    level: true,
    k5: 98,
    k6: 91.5,
    k7: 95,
    q: [92.4, 93.8, 94.6, 96.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: Ev) => sum(e.rq);
  const r13 = (e: Ev) => e.r6 + r12(e);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round((r13(e) / e.r5) * 100);
  const two = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja Pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...two("5", ["Target Renstra s.d. Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...two("6", ["Realisasi Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...two("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...two("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...two("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...two("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...two("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...two("12", ["Realisasi Renja Tahun 2024"], "12", "realisasi", "realisasi-anggaran", 2024),
    ...two("13", ["Realisasi Renstra s.d. Tahun 2024"], "13", "realisasi", "realisasi-anggaran", 2024),
    ...two("14", ["Capaian Renstra s.d. Tahun 2024 (%)"], "14", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 16 },
  ];
  // planted: (13) Rp of sub kegiatan .0002 typed 1,560,700,000; 6 + 12 give 1,506,700,000
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
      r13: e.id === "s2" ? 1_560_700_000 : r13(e),
      k14: k14(e),
      r14: r14(e),
      ket: e.level ? "indikator tingkat (TW IV)" : "",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const trueK = predikat(avgK);
  // planted: the K predikat is one band too high
  const wrongK = trueK === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
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
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: wrongK, r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator persentase agenda terliput adalah indikator tingkat; realisasi tahunan = nilai Triwulan IV.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Pulau Ulu, 14 Januari 2025",
    jabatan: ["KEPALA BAGIAN PROTOKOL DAN", "KOMUNIKASI PIMPINAN"],
    nama: "RAHMAT DT. MANGKUTO, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19830417 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 4.01.02.2.04.0002 is 1,560,700,000; column 6 + column 12 = 1,098,750,000 + 407,950,000 = 1,506,700,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the K average ${avgK} is '${wrongK}'; the Permendagri 86/2017 band gives '${trueK}'`,
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
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["keg", "s1"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s1")}/${a("r5", "s1")}*100,2)`,
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

type Pd = {
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

/** T-C.27 of the Setda Kota Tanjung Lasa, Bagian Prokopim, Renstra 2025-2029, Rp in thousands. */
export function tc27Protokol(): BookW {
  const b = new BookW(
    "renstra-tc27-protokol-kompim-tanjung-lasa.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bagian Protokol dan Komunikasi Pimpinan)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; header 'Capaian Kinerja Program dan Kerangka Pendanaan' > 'Tahun ke-n (2025)' > Target | Rp; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; level rows (indeks persepsi, % terdokumentasi) and flows; Lokasi column",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG LASA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Bagian Protokol dan Komunikasi Pimpinan 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pd[] = [
    {
      id: "p",
      kode: "4.01.02",
      ur: "Program Pemerintahan dan Kesejahteraan Rakyat",
      ind: "Indeks Persepsi Publik terhadap Komunikasi Pimpinan Daerah (skala 4)",
      sat: "indeks",
      level: true,
      awal: 3.12,
      k: [3.2, 3.28, 3.35, 3.42, 3.5],
    },
    {
      id: "g",
      kode: "4.01.02.2.04",
      ur: "Pelaksanaan Protokol dan Komunikasi Pimpinan",
      ind: "Jumlah publikasi kegiatan pimpinan daerah",
      sat: "publikasi",
      level: false,
      awal: 820,
      k: [850, 880, 910, 940, 970],
    },
    {
      id: "s1",
      kode: "4.01.02.2.04.0001",
      ur: "Fasilitasi Keprotokolan",
      ind: "Jumlah agenda pimpinan yang terfasilitasi",
      sat: "agenda",
      level: false,
      awal: 1120,
      k: [1150, 1180, 1200, 1220, 1250],
      rp: [2_845_600, 2_987_900, 3_137_300, 3_294_100, 3_458_800],
    },
    {
      id: "s2",
      kode: "4.01.02.2.04.0002",
      ur: "Fasilitasi Komunikasi Pimpinan",
      ind: "Jumlah siaran pers yang diterbitkan",
      sat: "rilis",
      level: false,
      awal: 410,
      k: [430, 450, 470, 490, 510],
      rp: [612_400, 643_000, 675_200, 708_900, 744_400],
    },
    {
      id: "s3",
      kode: "4.01.02.2.05.0003",
      ur: "Pendokumentasian Tugas Pimpinan",
      ind: "Persentase agenda pimpinan yang terdokumentasi",
      sat: "%",
      level: true,
      awal: 88,
      k: [90, 92, 94, 96, 98],
      rp: [468_300, 491_700, 516_300, 542_100, 569_200],
    },
  ];
  const CK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [CK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [CK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
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
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bagian Prokopim",
          lok: "Kota Tanjung Lasa",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: year 3 of the kegiatan sums one row short (leaves out .0003)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: target indikator tingkat (indeks, %) pada akhir periode = target tahun ke-5."]);
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Lasa, 3 Maret 2025",
    jabatan: ["SEKRETARIS DAERAH KOTA TANJUNG LASA"],
    nama: "Dr. H. SYAHRANI ABDUL MUIS, M.AP.",
    nip: "19720908 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Rp 2027 of kegiatan 4.01.02.2.04 is SUM over .0001-.0002 only (3,812,500); with .0003 the three sub kegiatan give 4,328,800",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pendokumentasian Tugas Pimpinan is coded 4.01.02.2.05.0003 under kegiatan 4.01.02.2.04",
    truth: `"4.01.02.2.04"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"4.01.02.2.04"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
