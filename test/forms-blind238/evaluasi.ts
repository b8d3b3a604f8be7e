// E.81 and T-C.27 of two invented Dinas Komunikasi dan Informatika: indeks SPBE, website OPD aktif,
// titik wifi publik and aduan LAPOR!. Every name and number is invented.
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

/** E.81 of the Diskominfo Kota Tanjung Seruni (Kalimantan Timur), s.d. Triwulan IV 2024. */
export function e81Spbe(): BookW {
  const b = new BookW(
    "e81-spbe-wifi-diskominfo-tanjung-seruni-238.xlsx",
    "E.81 Evaluasi Renja (Diskominfo SPBE)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026, calendar years in the header, Kinerja | Keuangan pairs, unmerged group headers written once, number row; indeks SPBE and % website aktif are levels, wifi and aplikasi are flows; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SERUNI",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Jl. Pangeran Seruni No. 7, Tanjung Seruni",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Komunikasi dan Informatika",
    "Periode pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "w",
      kode: "2.16.03.2.02.0014",
      ur: "Penyediaan Titik Akses Internet Publik (Wifi) di Ruang Terbuka",
      ind: "Jumlah titik wifi publik yang dibangun",
      sat: "titik",
      level: false,
      k5: 250,
      k6: 142,
      k7: 45,
      q: [5, 12, 14, 16],
      r5: 6_750_000_000,
      r6: 3_918_400_000,
      r7: 1_485_000_000,
      rq: [96_200_000, 388_750_000, 421_300_000, 547_900_000],
    },
    {
      id: "a",
      kode: "2.16.03.2.02.0021",
      ur: "Integrasi Aplikasi Layanan Publik ke Portal Tunggal",
      ind: "Jumlah aplikasi yang terintegrasi",
      sat: "aplikasi",
      level: false,
      k5: 40,
      k6: 19,
      k7: 8,
      q: [1, 2, 2, 3],
      r5: 2_400_000_000,
      r6: 1_106_500_000,
      r7: 520_000_000,
      rq: [41_300_000, 118_600_000, 152_450_000, 186_900_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.16.03.2.02",
    ur: "Pengelolaan E-Government di Lingkup Pemerintah Daerah",
    ind: "Persentase website OPD yang aktif dan mutakhir",
    sat: "%",
    level: true,
    k5: 100,
    k6: 78.57,
    k7: 88,
    q: [80.95, 83.33, 85.71, 90.48],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.16.03",
    ur: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
    ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
    sat: "indeks",
    level: true,
    k5: 3.5,
    k6: 2.61,
    k7: 3.0,
    q: [2.61, 2.61, 2.88, 3.12],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    n: string,
    g: string,
    label: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role, year, num: label, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num: label, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra s.d. 2026", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024", "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. 2024", "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  // planted: (12) Kinerja of the aplikasi row typed 9 (the quarters give 8)
  const K12A = 9;
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: e.id === "a" ? K12A : k12(e),
      r12: r12(e),
      k13: e.id === "a" ? e.k6 + K12A : k13(e),
      r13: e.r6 + r12(e),
      k14: e.id === "a" ? round(((e.k6 + K12A) / e.k5) * 100) : k14(e),
      r14: r14(e),
      pj: e.level ? "Bidang Aplikasi Informatika" : "Bidang Infrastruktur TIK",
    },
  }));
  const kAvg = round(sum(body.map((x) => (x.cells as Record<string, number>).k14)) / 4);
  const rAvg = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "a")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "a")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: the Keuangan predikat is "Sangat Tinggi" for an average in the Sedang band
        cells: { no: "Predikat", k14: predikat(kAvg), r14: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: keterlambatan pemasangan jaringan fiber optik di dua kecamatan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Seruni, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
    nama: "Dra. HALIMATUS SA'DIAH RAHMAN, M.AP.",
    nip: "19710308 199503 2 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  if (predikat(rAvg) === "Sangat Tinggi") throw new Error(`r14 average ${rAvg} must not be Sangat Tinggi`);
  b.plant({
    at: { sheet: S, cell: a("k12", "a") },
    rules: ["sum-mismatch"],
    note: "(12) Kinerja of sub kegiatan 2.16.03.2.02.0021 is 9 aplikasi; the quarters 1+2+2+3 give 8 (13 and 14 carry the 9 on)",
    truth: q("k", "a"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat Keuangan "Sangat Tinggi" for an average realisasi anggaran of ${rAvg} (the band gives ${predikat(rAvg)})`,
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
  b.ok({
    sheet: S,
    cell: a("k12", "keg"),
    rules: ["sum-mismatch"],
    truth: a("k11", "keg"),
    trap: q("k", "keg"),
  });
  b.ok({ sheet: S, cell: a("k12", "w"), rules: ["sum-mismatch"], truth: q("k", "w") });
  b.ok({ sheet: S, cell: a("k13", "w"), rules: ["sum-mismatch"], truth: `${a("k6", "w")}+${a("k12", "w")}` });
  for (const id of ["prog", "keg", "w", "a"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "w"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("r6", "keg"), rules: ["sum-mismatch"], truth: `${a("r6", "w")}+${a("r6", "a")}` });
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

/** T-C.27 of the Diskominfo Kabupaten Bukit Larangan (Jambi), Renstra 2026-2030, Rp in full. */
export function tc27Lapor(): BookW {
  const b = new BookW(
    "tc27-lapor-website-diskominfo-bukit-larangan-238.xlsx",
    "T-C.27 Rencana program dan pendanaan (Diskominfo LAPOR!)",
    "T-C.27 Renstra 2026-2030 with Tujuan/Sasaran columns merged over their rows; Tahun ke-1..5 > Target | Rp (years only in the title); kegiatan Rp as SUM formulas; a second indicator without a code; kondisi akhir K last target for % and sum for flows",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT LARANGAN", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Komunikasi dan Informatika Kabupaten Bukit Larangan 2026-2030",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.16.02",
      ur: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
      ind: "Persentase aduan LAPOR! yang ditindaklanjuti OPD",
      sat: "%",
      level: true,
      awal: 81.4,
      k: [84, 87, 90, 93, 95],
    },
    {
      id: "g",
      kode: "2.16.02.2.01",
      ur: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah",
      ind: "Jumlah laporan pengelolaan aduan masyarakat",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
    },
    {
      id: "s1",
      kode: "2.16.02.2.01.0004",
      ur: "Pengelolaan Kanal Aduan SP4N-LAPOR!",
      ind: "Jumlah admin penghubung LAPOR! yang dilatih",
      sat: "orang",
      level: false,
      awal: 38,
      k: [42, 20, 20, 15, 15],
      rp: [186_400_000, 142_750_000, 149_900_000, 128_300_000, 134_700_000],
    },
    {
      id: "s1b",
      kode: "",
      ur: "",
      ind: "Rata-rata waktu tindak lanjut aduan",
      sat: "hari",
      level: true,
      awal: 9,
      k: [7, 6, 5, 5, 4],
    },
    {
      id: "s2",
      kode: "2.16.02.2.01.0006",
      ur: "Pengelolaan Konten Website Resmi Perangkat Daerah",
      ind: "Persentase website OPD aktif",
      sat: "%",
      level: true,
      awal: 72,
      k: [80, 85, 90, 95, 100],
      rp: [264_000_000, 277_200_000, 291_050_000, 305_600_000, 320_900_000],
    },
    {
      id: "s3",
      kode: "2.16.02.2.01.0011",
      ur: "Publikasi Layanan Aduan melalui Media Sosial",
      ind: "Jumlah konten publikasi layanan aduan",
      sat: "konten",
      level: false,
      awal: 96,
      k: [120, 130, 140, 150, 160],
      rp: [78_500_000, 82_400_000, 86_500_000, 90_800_000, 95_400_000],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 4, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 7,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2025 + y,
        num: 6 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2025 + y,
        num: 7 + 2 * y,
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 18, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 19, fmt: RP, width: 16 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya kualitas pelayanan publik berbasis digital",
          sas: "Meningkatnya tindak lanjut aduan masyarakat",
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir K of the % website row is the average of the five targets (90)
          akK: p.id === "s2" ? sum(p.k) / 5 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang IKP",
          lok: "Kab. Bukit Larangan",
        };
        if (p.kode) out.kode = p.kode;
        if (p.ur) out.ur = p.ur;
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            // planted: year 3's SUM stops one row short (leaves out .0011)
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else if (p.id === "p") out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        if (p.id !== "s1b")
          out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator persentase dan rata-rata waktu = target tahun ke-5."]);
  s.gap();
  signature(s, 16, {
    tempat: "Muara Larangan, 3 Maret 2026",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "KABUPATEN BUKIT LARANGAN"],
    nama: "H. ZULKIFLI ANWAR BASRI, S.Sos., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760521 200003 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: string, id: string) => years.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.16.02.2.01 Tahun ke-3 Rp is =SUM over two sub kegiatan (440,950,000); the three add up to 527,450,000 (carried on into the program row and both kondisi akhir Rp)",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase website OPD aktif is 90 (the average of the targets); the Tahun ke-5 target is 100",
    truth: a("k5", "s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: five("k", "p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s1b"),
    trap: five("k", "s1b"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("k", "s1"),
    trap: a("k5", "s1"),
  });
  b.ok({ sheet: S, cell: a("akK", "g"), rules: ["kondisi-akhir-mismatch"], truth: five("k", "g") });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: five("k", "s3") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five("r", id),
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
      truth: `"2.16.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
