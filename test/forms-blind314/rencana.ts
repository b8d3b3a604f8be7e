// The Renja evaluation (E.81) of Disdukcapil Kabupaten Lembah Sirampog (Jawa Tengah) and the Renstra
// funding table (T-C.27) of Disdukcapil Kota Batu Pualam (Sumatera Barat): KTP-el, KIA, akta
// kelahiran, akta kematian. Every name, person and number is invented.
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

type R = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  q: number[];
  rq: number[];
  unit: string;
};

/** E.81 s.d. Triwulan IV 2024; ordinal (n-2) / (n-1) headers resolved from the title; no No column. */
export function e81Dukcapil(): BookW {
  const b = new BookW(
    "e81-disdukcapil-lembah-sirampog-314.xlsx",
    "E.81 Evaluasi Renja (Disdukcapil)",
    "E.81 s.d. TW IV 2024 (Renstra 2022-2026); no No column; ordinal (n-2)/(n-1) headers; 'Target | Rp' pairs; number row merged over the pairs; level rows (% kepemilikan); footer rata-rata + predikat",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRAMPOG",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Pangeran Diponegoro No. 41, Sirampog Kidul",
  ]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Disdukcapil Kabupaten Lembah Sirampog",
    "Renstra Perangkat Daerah 2022-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const ktp: R = {
    id: "ktp",
    kode: "2.12.02.2.01.0001",
    ur: "Penerbitan Dokumen Pendaftaran Penduduk",
    ind: "Jumlah keping KTP-el dicetak",
    level: false,
    k5: 310_000,
    r5: 4_150_000_000,
    k6: 176_420,
    r6: 2_386_700_000,
    k7: 62_000,
    r7: 842_500_000,
    q: [13_870, 16_215, 15_940, 17_305],
    rq: [168_400_000, 214_950_000, 201_380_000, 239_120_000],
    unit: "Bidang Dafduk",
  };
  const kia: R = {
    id: "kia",
    kode: "2.12.02.2.01.0002",
    ur: "Penyelenggaraan Kartu Identitas Anak",
    ind: "Jumlah KIA diterbitkan",
    level: false,
    k5: 145_000,
    r5: 1_275_000_000,
    k6: 80_930,
    r6: 712_400_000,
    k7: 30_000,
    r7: 268_000_000,
    q: [6_412, 7_908, 8_115, 7_236],
    rq: [52_300_000, 71_845_000, 69_210_000, 64_975_000],
    unit: "Bidang Dafduk",
  };
  const sumOf = (xs: R[], k: "r5" | "r6" | "r7") => sum(xs.map((x) => x[k]));
  const sumQ = (xs: R[]) => [0, 1, 2, 3].map((i) => sum(xs.map((x) => x.rq[i])));
  const kegD: R = {
    id: "kegD",
    kode: "2.12.02.2.01",
    ur: "Pelayanan Pendaftaran Penduduk",
    ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
    level: false,
    k5: 455_000,
    r5: sumOf([ktp, kia], "r5"),
    k6: 257_350,
    r6: sumOf([ktp, kia], "r6"),
    k7: 92_000,
    r7: sumOf([ktp, kia], "r7"),
    q: [20_282, 24_123, 24_055, 24_541],
    rq: sumQ([ktp, kia]),
    unit: "Bidang Dafduk",
  };
  const progD: R = {
    ...kegD,
    id: "progD",
    kode: "2.12.02",
    ur: "PROGRAM PENDAFTARAN PENDUDUK",
    ind: "Persentase penduduk wajib KTP yang memiliki KTP-el",
    level: true,
    k5: 99.5,
    k6: 97.12,
    k7: 98.4,
    q: [97.35, 97.71, 98.02, 98.26],
  };
  const akta: R = {
    id: "akta",
    kode: "2.12.03.2.01.0001",
    ur: "Penerbitan Dokumen Pencatatan Sipil",
    ind: "Jumlah akta kelahiran dan akta kematian diterbitkan",
    level: false,
    k5: 96_000,
    r5: 1_980_000_000,
    k6: 58_214,
    r6: 1_162_900_000,
    k7: 19_500,
    r7: 405_000_000,
    q: [4_506, 5_131, 4_877, 5_390],
    rq: [84_620_000, 109_435_000, 96_870_000, 101_265_000],
    unit: "Bidang Capil",
  };
  const kegC: R = { ...akta, id: "kegC", kode: "2.12.03.2.01", ur: "Pelayanan Pencatatan Sipil" };
  const progC: R = {
    ...kegC,
    id: "progC",
    kode: "2.12.03",
    ur: "PROGRAM PENCATATAN SIPIL",
    ind: "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun",
    level: true,
    k5: 98,
    k6: 93.6,
    k7: 95.5,
    q: [93.95, 94.4, 94.82, 95.14],
  };
  const all = [progD, kegD, ktp, kia, progC, kegC, akta];
  const k12 = (e: R) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: R) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: R) => sum(e.rq);
  const r13 = (e: R) => e.r6 + r12(e);
  const k14 = (e: R) => round((k13(e) / e.k5) * 100);
  const r14 = (e: R) => round((r13(e) / e.r5) * 100);
  const WRONG_R12 = r12(kia) + 90_000_000; // a typo in the column 12 Rp of the KIA sub kegiatan
  const pair = (
    key: string,
    g: string,
    num: string,
    role?: Col["role"],
    rrole?: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Target"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "4", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "5",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "6",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("q1", "Realisasi Triwulan I", "7", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q2", "Realisasi Triwulan II", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q3", "Realisasi Triwulan III", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q4", "Realisasi Triwulan IV", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)",
      "12 = 5 + 11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun (n-1) (%)",
      "13 = 12 / 4 x 100",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "14", width: 16 },
  ];
  const rows: Row[] = all.map((e) => ({
    id: e.id,
    bold: e.kode.length <= 7,
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      kq1: e.q[0],
      rq1: e.rq[0],
      kq2: e.q[1],
      rq2: e.rq[1],
      kq3: e.q[2],
      rq3: e.rq[2],
      kq4: e.q[3],
      rq4: e.rq[3],
      k12: k12(e),
      r12: e === kia ? WRONG_R12 : r12(e),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      unit: e.unit,
    },
  }));
  const avgK = round(sum(all.map(k14)) / all.length);
  const wrongPred = predikat(avgK) === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi";
  rows.push(
    {
      id: "avg",
      span: ["kode", "ind"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${x.c("k14")}${x.row("progD")}:${x.c("k14")}${x.row("akta")}),2)`),
        r14: fx(`ROUND(AVERAGE(${x.c("r14")}${x.row("progD")}:${x.c("r14")}${x.row("akta")}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "ind"],
      cells: {
        kode: "Predikat kinerja",
        k14: wrongPred,
        r14: predikat(round(sum(all.map(r14)) / all.length)),
      },
    },
  );
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines(["Faktor pendorong: jemput bola perekaman KTP-el di sekolah dan desa."], 1);
  s.gap();
  signature(s, 20, {
    tempat: "Lembah Sirampog, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL"],
    nama: "Drs. HARYO WICAKSONO, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19710314 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["1", "2", "3", "4"].map((i) => a(`${p}q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "kia") },
    rules: ["sum-mismatch"],
    truth: q("r", "kia"),
    note: `Column 11 Rp of the KIA sub kegiatan is ${WRONG_R12}; the four quarters add up to ${r12(kia)}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
    note: `"${wrongPred}" for an average kinerja capaian of ${avgK} (${predikat(avgK)})`,
  });
  // traps: a level's quarters are not summed; its s.d. value is the latest level
  for (const id of ["progD", "progC"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["ktp", "kegC", "akta"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["progD", "kegD", "progC"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "kegD"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "ktp")}+${a("r7", "kia")}`,
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
  tuj?: string;
  sas?: string;
  kode?: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
  kind: "prog" | "keg" | "sub" | "ind";
};

/** T-C.27 Renstra 2025-2029 of Disdukcapil Kota Batu Pualam; "Tahun ke-1..5", Rp in thousands. */
export function tc27Dukcapil(): BookW {
  const b = new BookW(
    "tc27-renstra-disdukcapil-batu-pualam-314.xlsx",
    "T-C.27 Renstra (Disdukcapil)",
    "T-C.27 Renstra 2025-2029, (dalam ribuan rupiah), 'Tahun ke-1..5' > 'Target | Rp (000)', unmerged group headers written once, Tujuan and Sasaran merged, SUM formulas for program and kegiatan Rp, kondisi akhir K and Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU PUALAM", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Disdukcapil Kota Batu Pualam Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TUJ = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const SAS = "Meningkatnya kepemilikan dokumen kependudukan";
  const ps: P[] = [
    {
      id: "p",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.02",
      ur: "Program Pendaftaran Penduduk",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      awal: 61.4,
      k: [66, 71, 75.5, 80, 84],
      kind: "prog",
    },
    {
      id: "k1",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.02.2.01",
      ur: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah dokumen pendaftaran penduduk diterbitkan",
      sat: "dokumen",
      awal: 48_310,
      k: [50_000, 51_500, 53_000, 54_500, 56_000],
      flow: true,
      kind: "keg",
    },
    {
      id: "s1",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.02.2.01.0001",
      ur: "Penerbitan Dokumen Pendaftaran Penduduk (KTP-el, KK, KIA)",
      ind: "Jumlah KTP-el dan KIA dicetak",
      sat: "keping",
      awal: 36_200,
      k: [37_500, 38_600, 39_800, 41_000, 42_200],
      rp: [612_400, 648_900, 671_250, 705_800, 738_600],
      flow: true,
      kind: "sub",
    },
    {
      id: "s1b",
      tuj: TUJ,
      sas: SAS,
      ur: "",
      ind: "Persentase KTP-el tercetak dalam 1 hari kerja",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
      kind: "ind",
    },
    {
      id: "s2",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.02.2.01.0003",
      ur: "Pelayanan Pendaftaran Penduduk Keliling (Jemput Bola)",
      ind: "Jumlah kelurahan yang dilayani jemput bola",
      sat: "kelurahan",
      awal: 18,
      k: [24, 24, 24, 24, 24],
      rp: [186_300, 194_750, 203_400, 212_600, 221_900],
      flow: true,
      kind: "sub",
    },
    {
      id: "s3",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.02.2.01.0005",
      ur: "Pemutakhiran Data Kependudukan",
      ind: "Jumlah laporan pemutakhiran data penduduk",
      sat: "laporan",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [95_600, 99_800, 104_100, 108_700, 113_400],
      flow: true,
      kind: "sub",
    },
    {
      id: "p2",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.03",
      ur: "Program Pencatatan Sipil",
      ind: "Rasio akta kematian terhadap jumlah peristiwa kematian (%)",
      sat: "%",
      awal: 54.2,
      k: [60, 65, 70, 75, 80],
      kind: "prog",
    },
    {
      id: "k2",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.03.2.01",
      ur: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah akta pencatatan sipil diterbitkan",
      sat: "akta",
      awal: 9_850,
      k: [10_200, 10_500, 10_800, 11_100, 11_400],
      flow: true,
      kind: "keg",
    },
    {
      id: "s4",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.03.2.01.0001",
      ur: "Penerbitan Dokumen Pencatatan Sipil",
      ind: "Jumlah akta kelahiran dan kematian diterbitkan",
      sat: "akta",
      awal: 9_850,
      k: [10_200, 10_500, 10_800, 11_100, 11_400],
      rp: [318_700, 332_450, 347_900, 361_200, 376_850],
      flow: true,
      kind: "sub",
    },
    {
      id: "s5",
      tuj: TUJ,
      sas: SAS,
      kode: "2.12.03.2.01.0002",
      ur: "Fasilitasi Pencatatan Sipil di Fasilitas Kesehatan",
      ind: "Jumlah rumah sakit dan puskesmas terhubung layanan akta",
      sat: "faskes",
      awal: 6,
      k: [9, 12, 14, 16, 18],
      rp: [74_200, 81_650, 86_300, 90_400, 95_100],
      kind: "sub",
    },
  ];
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 4, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 7,
      fmt: "#,##0.##",
      width: 12,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [`Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 8 + 2 * i,
        fmt: "#,##0.##",
        width: 10,
      },
      {
        key: `r${i}`,
        head: [`Tahun ke-${i + 1}`, "Rp (000)"],
        role: "anggaran",
        year: y,
        num: 9 + 2 * i,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 18,
      fmt: "#,##0.##",
      width: 11,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp (000)"],
      num: 19,
      fmt: RP,
      width: 13,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 14 },
  ];
  const subsOf: Record<string, string[]> = {
    k1: ["s1", "s2", "s3"],
    k2: ["s4", "s5"],
    p: ["k1"],
    p2: ["k2"],
  };
  const WRONG_KA = ps[0].k[3]; // kondisi akhir of a level copied from Tahun ke-4
  const rows: Row[] = ps.map((p) => ({
    id: p.id,
    bold: p.kind === "prog",
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        tuj: p.tuj!,
        sas: p.sas!,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        unit: p.kode?.startsWith("2.12.03")
          ? "Bidang Pencatatan Sipil"
          : "Bidang Pelayanan Pendaftaran Penduduk",
        lok: "Kota Batu Pualam",
      };
      if (p.kode) c.kode = p.kode;
      if (p.ur) c.ur = p.ur;
      p.k.forEach((v, i) => (c[`k${i}`] = v));
      c.ka = p.id === "p" ? WRONG_KA : p.flow ? sum(p.k) : p.k[4];
      if (p.kind !== "ind") {
        YEARS.forEach((_, i) => {
          const col = x.c(`r${i}`);
          if (p.rp) c[`r${i}`] = p.rp[i];
          else {
            const kids = subsOf[p.id];
            const first = x.row(kids[0]);
            let last = first;
            // the rows under a kegiatan run to its last sub kegiatan
            for (const k of kids) last = Math.max(last, x.row(k));
            if (p.id === "k1" && i === 2) last = x.row("s2"); // one row short
            c[`r${i}`] = kids.length === 1 ? fx(`${col}${first}`) : fx(`SUM(${col}${first}:${col}${last})`);
          }
        });
        c.ra = fx(
          `SUM(${x.c("r0")}${x.r},${x.c("r1")}${x.r},${x.c("r2")}${x.r},${x.c("r3")}${x.r},${x.c("r4")}${x.r})`,
        );
      }
      return c;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows,
    vmerge: ["tuj", "sas"],
  });
  s.gap();
  signature(s, 17, {
    tempat: "Batu Pualam, 3 Maret 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kota Batu Pualam"],
    nama: "YULIANTI RAHMAH, S.STP, M.AP",
    nip: "19800522 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const r2 = (id: string) => a("r2", id);
  b.plant({
    at: { sheet: S, cell: r2("k1") },
    rules: ["sum-mismatch"],
    truth: `${r2("s1")}+${r2("s2")}+${r2("s3")}`,
    note: "Tahun ke-3 Rp of kegiatan 2.12.02.2.01 is =SUM over two of its three sub kegiatan (the row of .0005 left out)",
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "p") },
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p"),
    note: `Kondisi akhir of a % (KIA coverage) is ${WRONG_KA}, the Tahun ke-4 target; the Tahun ke-5 target is ${ps[0].k[4]}`,
  });
  const five = (k: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${k}${i}`, id)).join("+");
  // traps: a level's kondisi akhir is its last target, a flow's is the sum
  b.ok({
    sheet: S,
    cell: a("ka", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p2"),
    trap: five("k", "p2"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "s1b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "s1b"),
    trap: five("k", "s1b"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "s5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "s5"),
    trap: five("k", "s5"),
  });
  for (const id of ["s1", "s4", "k2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: five("k", id),
      trap: a("k4", id),
    });
  for (const id of ["s1", "s2", "s3", "s4", "k2", "p2"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five("r", id),
    });
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k1"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${i}`, id)).join("+"),
    });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s4")}+${a(`r${i}`, "s5")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s5"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s5")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}
