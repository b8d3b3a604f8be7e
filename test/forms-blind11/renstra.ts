// Renstra tables of the thirteenth unseen set: the T-C.25 "Tujuan, Sasaran, Strategi dan Arah
// Kebijakan" of a DPMPTSP (text only, Misi, Tujuan and Sasaran merged over their strategies) with its
// Tabel 4.2 of tujuan and sasaran targets "Th. 2026" .. on a second sheet (SAKIP values as "BB
// (78,00)", a predikat of the Ombudsman); the T-C.26 of a Dinas PUPR aligned to the RPJMD with
// "Tahun ke-1" .. "ke-5" and the period only in the title; and the Renstra Perubahan of a Dinas
// Kesehatan with "Target Awal | Target Perubahan" under each year and under "Capaian Kinerja Akhir
// Periode". Every name and number is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  fmt,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================ T-C.25 and Tabel 4.2, DPMPTSP Kota Sungaibening 2026-2030

type StIn = { no: number; misi: string; tuj: string; sas: string; str: string; kbj: string };

type TsIn = {
  id: string;
  no: string;
  tuj: string;
  sas?: string;
  ind: string;
  sat: string;
  awal: number | string;
  t: Array<number | string>;
  akhir: number | string;
  f?: string;
  ket?: string;
};

/** T-C.25 and Tabel 4.2 of the Renstra DPMPTSP Kota Sungaibening 2026-2030. */
export function tc25Dpmptsp(): BookW {
  const b = new BookW(
    "tc25-strategi-dpmptsp-sungaibening.xlsx",
    "T-C.25 text table with its tujuan/sasaran targets",
    "Renstra 2026-2030 of a DPMPTSP: sheet T-C.25 No | Misi | Tujuan | Sasaran | Strategi | Arah Kebijakan (text only, merged over strategies, number row (1)..(6), Visi above); sheet Tabel 4.2 No | Tujuan | Sasaran | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan (2025) | Target Kinerja > Th. 2026 | Th. 2027 | Th. 2029 | Th. 2030 (2028 missing) | Kondisi Kinerja Pada Akhir Periode Renstra PD (2030) | Keterangan; SAKIP 'BB (78,00)', Ombudsman predikat",
  );
  const S1 = "T-C.25";
  const S2 = "Tabel 4.2";
  const s = b.sheet(S1);
  letterhead(s, [
    "PEMERINTAH KOTA SUNGAIBENING",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Sultan Hasanuddin No. 9, Sungaibening 78114",
  ]);
  s.lines([
    "Tabel T-C.25",
    "Tujuan, Sasaran, Strategi dan Arah Kebijakan DPMPTSP Kota Sungaibening Tahun 2026-2030",
    "Visi RPJMD: Sungaibening Maju, Sejahtera dan Berdaya Saing 2030",
  ]);
  s.gap();
  const M2 = "Misi 2: Mewujudkan perekonomian daerah yang berdaya saing berbasis potensi lokal";
  const M4 = "Misi 4: Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani";
  const T1 = "Meningkatnya investasi daerah";
  const T2 = "Meningkatnya kualitas pelayanan perizinan dan nonperizinan";
  const T3 = "Terwujudnya tata kelola perangkat daerah yang akuntabel";
  const SA = "Meningkatnya kemudahan berusaha";
  const SB = "Meningkatnya promosi dan kemitraan penanaman modal";
  const SC = "Meningkatnya kepuasan dan kepatuhan pelayanan publik";
  const SD = "Meningkatnya akuntabilitas kinerja DPMPTSP";
  const st: StIn[] = [
    {
      no: 1,
      misi: M2,
      tuj: T1,
      sas: SA,
      str: "Penyederhanaan prosedur dan percepatan waktu layanan perizinan berusaha berbasis risiko",
      kbj: "Optimalisasi OSS-RBA dan integrasi layanan dengan perangkat daerah teknis",
    },
    {
      no: 1,
      misi: M2,
      tuj: T1,
      sas: SA,
      str: "Peningkatan kepastian hukum berusaha",
      kbj: "Penyusunan dan harmonisasi regulasi daerah di bidang penanaman modal",
    },
    {
      no: 1,
      misi: M2,
      tuj: T1,
      sas: SB,
      str: "Promosi potensi dan peluang investasi daerah secara terarah",
      kbj: "Penyusunan profil proyek investasi siap ditawarkan pada sektor unggulan (perikanan, agroindustri, pariwisata)",
    },
    {
      no: 1,
      misi: M2,
      tuj: T1,
      sas: SB,
      str: "Fasilitasi kemitraan usaha mikro, kecil dan menengah dengan usaha besar",
      kbj: "Pendampingan kemitraan PMA/PMDN dengan UMKM lokal",
    },
    {
      no: 2,
      misi: M4,
      tuj: T2,
      sas: SC,
      str: "Peningkatan kualitas sarana prasarana dan SDM Mal Pelayanan Publik",
      kbj: "Standardisasi pelayanan dan penerapan maklumat pelayanan",
    },
    {
      no: 2,
      misi: M4,
      tuj: T2,
      sas: SC,
      str: "Penguatan pengelolaan pengaduan masyarakat",
      kbj: "Tindak lanjut pengaduan melalui SP4N-LAPOR! paling lama 5 (lima) hari kerja",
    },
    {
      no: 3,
      misi: M4,
      tuj: T3,
      sas: SD,
      str: "Penguatan manajemen kinerja berbasis hasil",
      kbj: "Penerapan cascading kinerja sampai jabatan fungsional dan monitoring rencana aksi triwulanan",
    },
  ];
  s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "misi", head: ["Misi"], num: "(2)", width: 30 },
      { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "(3)", width: 28 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(4)", width: 28 },
      { key: "str", head: ["Strategi"], num: "(5)", width: 40 },
      { key: "kbj", head: ["Arah Kebijakan"], num: "(6)", width: 44 },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["no", "misi", "tuj", "sas"],
    rows: st.map((x, i): Row => ({ id: `s${i}`, cells: { ...x } })),
  });
  s.gap();
  signature(s, 5, {
    tempat: "Sungaibening, 4 Agustus 2025",
    jabatan: ["KEPALA DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU,"],
    nama: "RATNA KUSUMAWATI, S.E., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780226 200312 2 005",
  });

  // ----- Tabel 4.2 on its own sheet
  const r = b.sheet(S2);
  r.lines([
    "Tabel 4.2",
    "Tujuan dan Sasaran Jangka Menengah Pelayanan DPMPTSP Kota Sungaibening",
    "Renstra Tahun 2026-2030",
  ]);
  r.gap();
  // the 2028 column is missing: four target columns in a five-year Renstra
  const YEARS = [2026, 2027, 2028, 2029, 2030];
  const SHOWN = [0, 1, 3, 4];
  const PRINTED = SHOWN.map((k) => YEARS[k]);
  const rows: TsIn[] = [
    {
      id: "t1",
      no: "1",
      tuj: T1,
      ind: "Pertumbuhan nilai realisasi investasi (PMA dan PMDN)",
      sat: "%",
      awal: 6.84,
      t: [7, 7.25, 7.5, 7.75, 8],
      akhir: 8,
      f: DEC,
      ket: "Indikator Tujuan",
    },
    {
      id: "s11",
      no: "1.1",
      tuj: T1,
      sas: SA,
      ind: "Indeks Kemudahan Berusaha (IKB) daerah",
      sat: "indeks",
      awal: 3.42,
      t: [3.5, 3.58, 3.66, 3.74, 3.82],
      akhir: 3.82,
      f: DEC,
      ket: "IKU",
    },
    {
      id: "s12",
      no: "1.2",
      tuj: T1,
      sas: SB,
      ind: "Persentase PMA/PMDN yang bermitra dengan UMKM lokal",
      sat: "%",
      awal: 18.5,
      t: [20, 22.5, 25, 27.5, 30],
      akhir: 30,
      f: DEC,
      ket: "IKU",
    },
    {
      id: "t2",
      no: "2",
      tuj: T2,
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan",
      sat: "Nilai",
      awal: 82.35,
      t: [83, 84, 85, 86, 87],
      akhir: 87,
      f: DEC,
      ket: "Indikator Tujuan",
    },
    {
      id: "s21",
      no: "2.1",
      tuj: T2,
      sas: SC,
      ind: "Persentase izin yang diterbitkan tepat waktu sesuai SOP",
      sat: "Persen",
      awal: 91.2,
      t: [93, 95, 97, 98, 100],
      akhir: 100,
      f: DEC,
      ket: "IKU",
    },
    {
      id: "s22",
      no: "2.2",
      tuj: T2,
      sas: SC,
      ind: "Predikat kepatuhan standar pelayanan publik (Ombudsman RI)",
      sat: "Predikat",
      awal: "Zona Hijau",
      t: ["Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau"],
      akhir: "Zona Hijau",
    },
    {
      id: "s31",
      no: "3.1",
      tuj: T3,
      sas: SD,
      ind: "Nilai SAKIP DPMPTSP",
      sat: "Nilai/Predikat",
      // planted: 72.84 is BB
      awal: "A (72,84)",
      t: ["BB (76,00)", "BB (80,00)", "A (82,50)", "A (84,00)", "A (86,00)"],
      akhir: "A (86,00)",
      ket: "IKU",
    },
  ];
  for (const x of rows) if (x.akhir !== x.t[4]) throw new Error(`tc25 ${x.id}`);
  const cell = (x: TsIn, v: number | string): Cell => (typeof v === "number" && x.f ? fmt(v, x.f) : v);
  const t = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 26 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
      { key: "ind", head: ["Indikator Tujuan/Sasaran"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      {
        key: "awal",
        head: ["Data Capaian pada Tahun Awal Perencanaan (2025)"],
        role: "kondisi-awal",
        width: 12,
      },
      ...PRINTED.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", `Th. ${y}`],
        role: "target",
        year: y,
        width: 11,
      })),
      {
        key: "akhir",
        head: ["Kondisi Kinerja Pada Akhir Periode Renstra PD (2030)"],
        role: "kondisi-akhir",
        width: 13,
      },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 2,
    vmerge: ["tuj"],
    rows: rows.map((x): Row => {
      const cells: Record<string, Cell> = {
        no: x.no,
        tuj: x.tuj,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: cell(x, x.awal),
        akhir: cell(x, x.akhir),
        ket: x.ket,
      };
      SHOWN.forEach((k, i) => (cells[`y${i}`] = cell(x, x.t[k])));
      return { id: x.id, cells };
    }),
  });
  r.gap();
  r.lines([
    "Keterangan: nilai SAKIP dan predikat menurut PermenPANRB Nomor 88 Tahun 2021; kondisi kinerja akhir periode adalah target tahun 2030.",
  ]);

  const head = (i: number) => `${t.c(`y${i}`)}${t.headerLast}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S2, cell: head(2) },
        { sheet: S2, cell: head(1) },
      ],
    },
    rules: ["year-gap"],
    note: "the targets of a Renstra 2026-2030 run Th. 2026, Th. 2027, Th. 2029, Th. 2030: the column of 2028 is missing",
    truth: '"Th. 2028"',
  });
  const sk = t.a("awal", "s31");
  b.plant({
    at: { sheet: S2, cell: sk },
    rules: ["sakip-grade-mismatch"],
    note: 'data capaian awal of the Nilai SAKIP is "A (72,84)": 72.84 is BB (> 70 - 80)',
    truth: `SAKIP(SCORE(${sk}))`,
    actual: `GRADE(${sk})`,
  });
  for (const k of [...PRINTED.map((_, i) => `y${i}`), "akhir"]) {
    const c = t.a(k, "s31");
    b.ok({
      sheet: S2,
      cell: c,
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${c}))`,
      actual: `GRADE(${c})`,
      // BB (80,00): the lower bounds are exclusive, 80.00 is not yet A
      trap: k === "y1" ? `SAKIP(SCORE(${c})+0.01)` : undefined,
    });
  }
  for (const x of rows) {
    if (typeof x.akhir !== "number") continue;
    const ys = PRINTED.map((_, i) => t.a(`y${i}`, x.id));
    // a level ends at the 2030 target, not at the targets added up
    b.ok({
      sheet: S2,
      cell: t.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[ys.length - 1],
      trap: ys.join("+"),
    });
  }
  return b.finish();
}

// ============================================ T-C.26 Dinas PUPR Kabupaten Wiradesa, RPJMD 2025-2029

type PuIn = {
  id: string;
  ind: string;
  sat: string;
  awal: number | string;
  t: Array<number | string>;
  neg?: boolean;
  flow?: boolean;
  f?: string;
  pj: string;
};

/** Indikator kinerja Dinas PUPR yang mengacu pada tujuan dan sasaran RPJMD 2025-2029 (T-C.26). */
export function tc26Pupr(): BookW {
  const b = new BookW(
    "tc26-tahunke-pupr-wiradesa.xlsx",
    "T-C.26 with Tahun ke- ordinals",
    "T-C.26 of a Dinas PUPR: No | Indikator | Satuan | Kondisi Kinerja pada Awal Periode RPJMD | Target Capaian Setiap Tahun > Tahun ke-1..ke-5 | Kondisi Kinerja pada Akhir Periode RPJMD | Bidang Penanggung Jawab; the RPJMD period 2025-2029 only in the title; a flooded area (lower is better), km of roads improved (a flow), a predikat",
  );
  const S = "T-C.26";
  const s = b.sheet(S);
  s.lines([
    "Tabel 7.1",
    "INDIKATOR KINERJA PERANGKAT DAERAH YANG MENGACU PADA TUJUAN DAN SASARAN RPJMD",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN WIRADESA",
    "(RPJMD Kabupaten Wiradesa Tahun 2025-2029)",
  ]);
  s.gap();
  const B1 = "Bidang Bina Marga";
  const rows: PuIn[] = [
    {
      id: "jalan",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      awal: 71.85,
      t: [74.2, 76.4, 78.6, 80.8, 83],
      f: DEC,
      pj: B1,
    },
    {
      id: "irigasi",
      ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 62.4,
      t: [64.5, 66.5, 68.5, 70.5, 72.5],
      f: DEC,
      pj: "Bidang Sumber Daya Air",
    },
    {
      id: "air",
      ind: "Persentase rumah tangga yang mendapatkan akses air minum layak",
      sat: "Persen",
      awal: 86.12,
      t: [88, 90, 92, 94, 96],
      f: DEC,
      pj: "Bidang Cipta Karya",
    },
    {
      id: "sanitasi",
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "Persen",
      awal: 79.35,
      t: [81, 83, 85, 87, 89],
      f: DEC,
      pj: "Bidang Cipta Karya",
    },
    {
      id: "genangan",
      ind: "Luas kawasan permukiman yang tergenang banjir",
      sat: "Ha",
      awal: 412.6,
      t: [390, 365, 340, 315, 290],
      neg: true,
      f: DEC,
      pj: "Bidang Sumber Daya Air",
    },
    {
      id: "km",
      ind: "Panjang jalan kabupaten yang ditingkatkan",
      sat: "km",
      awal: 18.4,
      t: [20, 22.5, 22.5, 25, 25],
      flow: true,
      f: DEC,
      pj: B1,
    },
    {
      id: "ruang",
      ind: "Persentase kesesuaian pemanfaatan ruang dengan RTRW",
      sat: "%",
      awal: 68,
      t: [70, 72, 74, 76, 78],
      f: DEC,
      pj: "Bidang Penataan Ruang",
    },
    {
      id: "sakip",
      ind: "Predikat SAKIP Dinas PUPR",
      sat: "Predikat",
      awal: "B",
      t: ["BB", "BB", "BB", "A", "A"],
      pj: "Sekretariat",
    },
  ];
  // planted 1: Tahun ke-3 target of the jalan mantap typed 87.60 (78.60 with its first digits swapped)
  const PLANT_T = { id: "jalan", i: 2, val: 87.6 };
  // planted 2: kondisi akhir of the irigasi (a level) is the Tahun ke-4 target
  const PLANT_K = "irigasi";
  const akhir = (x: PuIn): number | string =>
    x.id === PLANT_K ? x.t[3] : x.flow ? sum(x.t as number[]) : x.t[4];
  const v = (x: PuIn, val: number | string): Cell => (typeof val === "number" && x.f ? fmt(val, x.f) : val);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", num: 2, width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD"],
        role: "kondisi-awal",
        num: 4,
        width: 13,
      },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k - 1}`,
        head: ["Target Capaian Setiap Tahun", `Tahun ke-${k}`],
        role: "target",
        year: 2024 + k,
        num: 4 + k,
        width: 10,
      })),
      {
        key: "akhir",
        head: ["Kondisi Kinerja pada Akhir Periode RPJMD"],
        role: "kondisi-akhir",
        num: 10,
        width: 13,
      },
      { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: 11, width: 22 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: v(x, x.awal),
        akhir: v(x, akhir(x)),
        pj: x.pj,
      };
      x.t.forEach(
        (val, k) => (cells[`y${k}`] = v(x, x.id === PLANT_T.id && k === PLANT_T.i ? PLANT_T.val : val)),
      );
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: Tahun ke-1 s.d. ke-5 adalah tahun 2025 s.d. 2029; kondisi akhir untuk indikator persentase dan luas adalah target tahun ke-5, untuk panjang jalan yang ditingkatkan adalah jumlah lima tahun.",
    "Luas genangan: semakin kecil semakin baik.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Wiradesa, 11 Juli 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. BAGUS PRAMONO ADI, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710819 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a(`y${PLANT_T.i}`, PLANT_T.id) },
    rules: ["target-trend", "target-outlier"],
    note: "Tahun ke-3 (2027) target of the persentase jalan mantap is 87.60 between 76.40 and 80.80 (78.60 with two digits swapped): the path of a higher-is-better rate jumps far up and falls again",
    truth: `(${a("y1", PLANT_T.id)}+${a("y3", PLANT_T.id)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the persentase irigasi kondisi baik (a level) is 70.50, the Tahun ke-4 target; the Tahun ke-5 target is 72.50 (the sum would be 342.50)",
    truth: a("y4", PLANT_K),
  });
  for (const x of rows) {
    if (x.id === PLANT_K || typeof x.awal !== "number") continue;
    const ys = [0, 1, 2, 3, 4].map((k) => a(`y${k}`, x.id));
    b.ok({
      sheet: S,
      cell: a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ys.join("+") : ys[4],
      trap: x.flow ? ys[4] : ys.join("+"),
    });
  }
  // the flooded area falls: its way, for a lower-is-better indicator
  for (let k = 0; k < 5; k++)
    b.ok({
      sheet: S,
      cell: a(`y${k}`, "genangan"),
      rules: ["target-trend", "target-outlier"],
      truth: a(`y${k}`, "genangan"),
    });
  return b.finish();
}

// ============================== Renstra Perubahan 2021-2026, Dinas Kesehatan Kota Telukwangi (2024-2026)

type PbIn = {
  id: string;
  kind: "program" | "indikator" | "kegiatan";
  parent?: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  awal: number | string;
  /** target awal 2024..2026 */
  ta: Array<number | string>;
  /** target perubahan 2024..2026 */
  tp: Array<number | string>;
  neg?: boolean;
  alasan: string;
  pj: string;
};

/** Target awal and target perubahan 2024-2026 of the Renstra Dinas Kesehatan Kota Telukwangi 2021-2026. */
export function perubahanDinkes(): BookW {
  const b = new BookW(
    "renstra-perubahan-dinkes-telukwangi.xlsx",
    "Renstra Perubahan with Target Awal | Target Perubahan",
    "Renstra Perubahan 2021-2026 of a Dinas Kesehatan (Kota): Kode | Program / Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan (2020) | Tahun 2024, 2025, 2026 > Target Awal | Target Perubahan | Capaian Kinerja Akhir Periode > Target Awal | Target Perubahan | Alasan Perubahan | Penanggung Jawab; K only; a program's second indicator on a row without code; predikat SAKIP letters; AKI per 100.000 KH",
  );
  const S = "Renstra Perubahan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUKWANGI", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan dan Indikator Kinerja (Perubahan) Renstra Dinas Kesehatan Kota Telukwangi Tahun 2021-2026",
    "Target Awal dan Target Perubahan Tahun 2024 - 2026",
  ]);
  s.gap();
  const rows: PbIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "1.02.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Predikat SAKIP Dinas Kesehatan",
      sat: "Predikat",
      awal: "B",
      ta: ["BB", "BB", "A"],
      tp: ["BB", "BB", "BB"],
      alasan: "Disesuaikan dengan hasil evaluasi SAKIP 2023 (BB, 71,45)",
      pj: "Sekretariat",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "1.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Persentase laporan keuangan dan kinerja yang disusun tepat waktu",
      sat: "%",
      awal: 85,
      ta: [100, 100, 100],
      tp: [100, 100, 100],
      alasan: "-",
      pj: "Subbagian Keuangan",
    },
    {
      id: "p2",
      kind: "program",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka Kematian Ibu (AKI)",
      sat: "per 100.000 KH",
      awal: 118,
      ta: [92, 88, 85],
      tp: [98, 95, 92],
      neg: true,
      alasan: "Realisasi 2023 sebesar 104 per 100.000 KH (kenaikan kasus pasca pandemi)",
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      id: "p2b",
      kind: "indikator",
      ind: "Prevalensi balita stunting",
      sat: "%",
      awal: 24.6,
      ta: [16, 14, 12],
      tp: [17.5, 15.5, 14],
      neg: true,
      alasan: "Menyesuaikan hasil SKI 2023 (19,8 %) dan RPJMD Perubahan",
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      awal: 12.5,
      ta: [40, 55, 70],
      tp: [35, 50, 65],
      alasan: "Penjadwalan survei akreditasi oleh Kementerian Kesehatan",
      pj: "Bidang Pelayanan Kesehatan",
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "%",
      awal: 92.4,
      ta: [100, 100, 100],
      tp: [100, 100, 100],
      alasan: "- (target SPM)",
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      id: "k23",
      kind: "kegiatan",
      parent: "p2",
      // planted: the kegiatan of program 1.02.02 is coded under program 1.02.03
      kode: "1.02.03.2.03",
      nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Persentase fasilitas pelayanan kesehatan yang melapor melalui sistem informasi kesehatan terintegrasi",
      sat: "%",
      awal: 45,
      ta: [80, 90, 100],
      tp: [85, 92, 100],
      alasan: "Percepatan integrasi SATUSEHAT",
      pj: "Bidang Sumber Daya Kesehatan",
    },
    {
      id: "p3",
      kind: "program",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
      sat: "%",
      awal: 38.5,
      ta: [60, 70, 80],
      tp: [55, 65, 75],
      alasan: "Moratorium formasi tenaga kesehatan 2023",
      pj: "Bidang Sumber Daya Kesehatan",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      ind: "Persentase tenaga kesehatan yang ditingkatkan kompetensinya",
      sat: "%",
      awal: 18,
      ta: [30, 35, 40],
      tp: [30, 40, 50],
      alasan: "Tambahan pelatihan melalui platform Plataran Sehat",
      pj: "Bidang Sumber Daya Kesehatan",
    },
  ];
  // planted 2: the kondisi akhir (target perubahan) of the puskesmas paripurna is the target awal of 2026
  const PLANT_K = "k21";
  const YRS = [2024, 2025, 2026];
  const num = (x: PbIn, val: number | string): Cell =>
    typeof val === "number" ? fmt(val, x.sat === "%" ? DEC : INT) : val;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 11 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2020)"],
      role: "kondisi-awal",
      num: 5,
      width: 12,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `a${i}`,
        head: [`Tahun ${y}`, "Target Awal"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 10,
      },
      {
        key: `p${i}`,
        head: [`Tahun ${y}`, "Target Perubahan"],
        role: "target",
        year: y,
        num: 7 + 2 * i,
        width: 10,
      },
    ]),
    {
      key: "akA",
      head: ["Capaian Kinerja Akhir Periode", "Target Awal"],
      role: "kondisi-akhir",
      num: 12,
      width: 10,
    },
    {
      key: "akP",
      head: ["Capaian Kinerja Akhir Periode", "Target Perubahan"],
      role: "kondisi-akhir",
      num: 13,
      width: 10,
    },
    { key: "als", head: ["Alasan Perubahan"], role: "keterangan", num: 14, width: 32 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => {
      const cells: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: num(x, x.awal),
        akA: num(x, x.ta[2]),
        akP: num(x, x.id === PLANT_K ? x.ta[2] : x.tp[2]),
        als: x.alasan,
        pj: x.pj,
      };
      YRS.forEach((_, i) => {
        cells[`a${i}`] = num(x, x.ta[i]);
        cells[`p${i}`] = num(x, x.tp[i]);
      });
      return { id: x.id, bold: x.kind === "program", cells };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: target perubahan ditetapkan dengan Peraturan Wali Kota Telukwangi Nomor 17 Tahun 2024 tentang Perubahan Renstra Perangkat Daerah Tahun 2021-2026.",
    "Capaian kinerja akhir periode = target tahun 2026. AKI dan prevalensi stunting: semakin kecil semakin baik.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Telukwangi, 28 Juni 2024",
    jabatan: ["KEPALA DINAS KESEHATAN", "KOTA TELUKWANGI,"],
    nama: "dr. FITRIANI HANDAYANI, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760512 200212 2 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const bad = rows.find((x) => x.id === "k23")!;
  b.plant({
    at: { sheet: S, cell: a("kode", "k23") },
    rules: ["code-hierarchy"],
    note: `kegiatan ${bad.nama} is coded ${bad.kode} (program 1.02.03) under program 1.02.02; its code is 1.02.02.2.03`,
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k23")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akP", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: "capaian kinerja akhir periode (target perubahan) of the persentase puskesmas paripurna is 70.00, the target awal of 2026 left standing; the target perubahan of 2026 is 65.00",
    truth: a("p2", PLANT_K),
  });
  for (const x of rows) {
    if (x.kind === "kegiatan" && x.id !== "k23")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent!),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (typeof x.awal !== "number") continue;
    const A = [0, 1, 2].map((i) => a(`a${i}`, x.id));
    const P = [0, 1, 2].map((i) => a(`p${i}`, x.id));
    b.ok({
      sheet: S,
      cell: a("akA", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: A[2],
      trap: A.join("+"),
    });
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("akP", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: P[2],
        // a revised row ends at its revised 2026 target, not at the original one
        trap: x.ta[2] !== x.tp[2] ? A[2] : P.join("+"),
      });
    if (x.neg) for (const c of [...A, ...P]) b.ok({ sheet: S, cell: c, rules: ["target-trend"], truth: c });
  }
  return b.finish();
}
