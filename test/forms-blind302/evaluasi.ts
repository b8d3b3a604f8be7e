// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kesehatan on
// maternal and child health: imunisasi dasar lengkap, K6, persalinan di fasyankes, AKI. Every name
// and number is invented.
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

/** E.81 of the Dinas Kesehatan Kabupaten Tanjung Sirih (Jambi), s.d. Triwulan IV 2024. */
export function e81Kesehatan(): BookW {
  const b = new BookW(
    "e81-renja-dinkes-tanjung-sirih-kia.xlsx",
    "E.81 Evaluasi Renja (Dinkes KIA)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; 'Tahun 2023' / 'Tahun 2024' headers; K | Rp pairs with one number per column (5..32); 12 and 13 as formulas; a % imunisasi level row; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG SIRIH",
    "DINAS KESEHATAN",
    "Jl. Pangeran Hidayat No. 7 Muara Sirih",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS KESEHATAN KABUPATEN TANJUNG SIRIH",
    "Periode Pelaksanaan: Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan K6",
      sat: "orang",
      level: false,
      k5: 27_500,
      k6: 15_840,
      k7: 5_600,
      q: [1_210, 1_385, 1_402, 1_296],
      r5: 3_450_000_000,
      r6: 2_012_460_000,
      r7: 712_500_000,
      rq: [118_250_000, 176_400_000, 198_720_000, 187_930_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0002",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
      ind: "Jumlah ibu bersalin yang ditolong nakes di fasyankes",
      sat: "orang",
      level: false,
      k5: 26_000,
      k6: 15_210,
      k7: 5_400,
      q: [1_188, 1_305, 1_356, 1_277],
      r5: 2_880_000_000,
      r6: 1_702_300_000,
      r7: 604_000_000,
      rq: [96_500_000, 151_250_000, 170_880_000, 159_640_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    ind: "Jumlah bayi yang mendapat imunisasi dasar lengkap",
    sat: "bayi",
    level: false,
    k5: 25_400,
    k6: 14_620,
    k7: 5_250,
    q: [1_140, 1_262, 1_318, 1_231],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
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
    k6: 88.6,
    k7: 93,
    q: [22.4, 46.1, 71.8, 94.3],
  };
  const rows = [prog, keg, ...subs];
  const k12v = (e: E) => (e.id === "s1" ? 5_923 : e.level ? e.q[3] : sum(e.q));
  const k13v = (e: E) => (e.level ? k12v(e) : e.k6 + k12v(e));
  const avgK = round(sum(rows.map((e) => round((k13v(e) / e.k5) * 100))) / 4);
  const avgR = round(sum(rows.map((e) => round(((e.r6 + sum(e.rq)) / e.r5) * 100))) / 4);
  // planted: the Rp predikat is one band too high (or low)
  const predR = predikat(avgR) === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi";
  const groups: Array<[string, string, Col["role"], Col["role"], number | undefined]> = [
    ["5", "Target Renstra Perangkat Daerah Tahun 2026", "target", "anggaran", 2026],
    ["6", "Realisasi Capaian Renstra s.d. Renja Tahun 2023", "realisasi", "realisasi-anggaran", 2023],
    ["7", "Target Renja Tahun 2024", "target", "anggaran", 2024],
    ["8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024],
    ["9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024],
    ["10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024],
    ["11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024],
    ["12", "Realisasi Renja Tahun 2024", "realisasi", "realisasi-anggaran", 2024],
    ["13", "Realisasi Renstra s.d. Tahun 2024", "realisasi", "realisasi-anggaran", 2024],
    ["14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "capaian", "capaian", undefined],
  ];
  let n = 4;
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...groups.flatMap(([k, g, role, rrole, year]): Col[] => [
      { key: `k${k}`, head: [g, "K"], role, year, num: ++n, fmt: DEC, width: 10 },
      { key: `r${k}`, head: [g, "Rp"], role: rrole, year, num: ++n, fmt: RP, width: 16 },
    ]),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: ++n, width: 14 },
  ];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => {
      const qs = (p: string) => ["8", "9", "10", "11"].map((m) => x.a(`${p}${m}`)).join("+");
      const k12 = e.level ? x.a("k11") : `${qs("k")}`;
      return {
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
        // planted: the K6 sub kegiatan's 12 K typed 5,923 (the quarters give 5,293)
        k12: e.id === "s1" ? 5_923 : fx(k12),
        r12: fx(qs("r")),
        k13: fx(e.level ? x.a("k12") : `${x.a("k6")}+${x.a("k12")}`),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: "Bidang Kesmas",
      };
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      { id: "pred", span: ["no", "ind"], cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predR } },
    ],
  });
  const a = (k: string, id: string) => t.a(k, id);
  // the predikat cells: K right, Rp planted wrong (written after finish computes the averages)
  s.gap();
  s.lines([
    "Catatan: cakupan IDL adalah capaian kumulatif; realisasi Triwulan IV sama dengan capaian tahunan.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Muara Sirih, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN TANJUNG SIRIH"],
    nama: "dr. RAHMAWATI SYAHRIAL, M.K.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780423 200604 2 011",
  });
  const qs = (p: string, id: string) => ["8", "9", "10", "11"].map((m) => a(`${p}${m}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 12 K of sub kegiatan 1.02.02.2.02.0001 is a typed 5,923 among formulas; the four quarters give 5,293 (digits swapped)",
    truth: qs("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `The Rp predikat says ${predR}; the Rp average capaian is ${avgR}, which is ${predikat(avgR)}`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: qs("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(AVERAGE(${a("r14", "prog")}:${a("r14", "s2")}),2)`,
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

/** T-C.27 of the Dinas Kesehatan Kabupaten Watu Lembo (Nusa Tenggara Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Kesehatan(): BookW {
  const b = new BookW(
    "tc27-renstra-dinkes-watu-lembo-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes KIA)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once (not merged), Tahun ke-1 (2025)..ke-5 (2029) over Target | Rp; AKI (negative level) and % persalinan di fasyankes beside counts; kegiatan Rp = SUM of sub kegiatan",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WATU LEMBO", "DINAS KESEHATAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kesehatan Kabupaten Watu Lembo Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Angka Kematian Ibu (per 100.000 KH)",
      sat: "per 100.000 KH",
      level: true,
      awal: 176,
      k: [168, 160, 151, 143, 135],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      level: true,
      awal: 86.4,
      k: [88, 90, 92, 94, 96],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah kelas ibu hamil yang dilaksanakan",
      sat: "kelas",
      level: false,
      awal: 210,
      k: [220, 230, 240, 250, 260],
      rp: [845_300, 887_600, 932_000, 978_600, 1_027_500],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0003",
      ur: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      ind: "Persentase bayi baru lahir mendapat kunjungan neonatal lengkap",
      sat: "%",
      level: true,
      awal: 84,
      k: [86, 88, 90, 92, 94],
      rp: [412_800, 433_400, 455_100, 477_900, 501_800],
    },
    {
      id: "s3",
      kode: "1.02.03.2.02.0034",
      ur: "Pengelolaan Pelayanan Imunisasi Dasar Lengkap",
      ind: "Jumlah desa/kelurahan UCI yang dibina",
      sat: "desa",
      level: false,
      awal: 18,
      k: [20, 22, 24, 26, 28],
      rp: [566_200, 594_500, 624_200, 655_400, 688_200],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
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
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
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
          pj: "Dinas Kesehatan",
          lok: "Kabupaten",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's 2027 Rp sums one row short (s1:s2)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: AKI adalah indikator negatif; kondisi akhir indikator rasio dan persentase adalah target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Lembo, 3 Maret 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KABUPATEN WATU LEMBO"],
    nama: "dr. I GUSTI NGURAH ARTAYASA, M.P.H.",
    nip: "19810217 200903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (p: string, id: string) => years.map((y) => a(`${p}${y}`, id)).join("+");
  const subsum = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "The kegiatan's Tahun ke-3 (2027) Rp is =SUM over two of its three sub kegiatan (1,387,100); the three give 2,011,300",
    truth: subsum(3),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengelolaan Pelayanan Imunisasi Dasar Lengkap is coded 1.02.03.2.02.0034 under kegiatan 1.02.02.2.02",
    truth: `"1.02.02.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "g", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: all("k", id),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: all("k", id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: all("r", id),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subsum(y) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
