// Satuan Polisi Pamong Praja tables: the rekap of perda violations handled per jenis and per quarter
// of a kota in Banten (counts add their quarters; the persentase penegakan of the total row is the
// ratio of the totals) with the Linmas terlatih per kecamatan under it, and the T-C.27 of the Satpol PP
// of Provinsi Sulawesi Tengah (Renstra 2025-2029, dalam ribuan rupiah). Every name and number is
// invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================================ Satpol PP Kota Cibeber Raya (Banten), rekap 2024

type Jenis = { id: string; nama: string; perda: string; q: number[]; sel: number };

export function rekapPelanggaranCibeber(): BookW {
  const b = new BookW(
    "rekap-pelanggaran-perda-satpolpp-cibeber-raya.xlsx",
    "Rekap pelanggaran perda per jenis dan triwulan (Satpol PP)",
    "Rekap 2024 of a Satpol PP kota in Banten: No | Jenis Pelanggaran | Perda yang Dilanggar | 'Jumlah Pelanggaran yang Ditangani (kasus)' > Triwulan I..IV | Jumlah | 'Penegakan Perda' > Diselesaikan (kasus) | Persentase (%); number row with (8)=(4)+(5)+(6)+(7) and (10)=(9)/(8)x100; SUM formulas, a JUMLAH row whose percentage is the ratio of the totals; a second table under it: Linmas per kecamatan (anggota, terlatih, %)",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA CIBEBER RAYA",
    "SATUAN POLISI PAMONG PRAJA",
    "Jl. Raya Ciwaduk No. 27 Cibeber Raya - Banten",
  ]);
  s.lines([
    "REKAPITULASI PENANGANAN PELANGGARAN PERATURAN DAERAH DAN PERATURAN WALI KOTA",
    "TAHUN 2024 (TRIWULAN I s.d. IV)",
  ]);
  s.gap();
  const J: Jenis[] = [
    {
      id: "j1",
      nama: "Pedagang kaki lima di fasilitas umum",
      perda: "Perda 4/2019",
      q: [46, 38, 52, 41],
      sel: 168,
    },
    { id: "j2", nama: "Reklame tanpa izin", perda: "Perda 7/2020", q: [23, 31, 19, 27], sel: 86 },
    { id: "j3", nama: "Bangunan tanpa PBG", perda: "Perda 2/2021", q: [9, 12, 7, 11], sel: 27 },
    { id: "j4", nama: "Peredaran minuman beralkohol", perda: "Perda 5/2018", q: [14, 8, 17, 22], sel: 55 },
    {
      id: "j5",
      nama: "Pengemis, gelandangan dan anak jalanan",
      perda: "Perda 4/2019",
      q: [33, 29, 41, 36],
      sel: 139,
    },
    {
      id: "j6",
      nama: "Tempat hiburan melanggar jam operasional",
      perda: "Perwal 18/2022",
      q: [6, 4, 9, 5],
      sel: 24,
    },
    { id: "j7", nama: "Pembuangan sampah sembarangan", perda: "Perda 3/2017", q: [58, 47, 63, 55], sel: 201 },
  ];
  const G = "Jumlah Pelanggaran yang Ditangani (kasus)";
  const P = "Penegakan Perda";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "jen", head: ["Jenis Pelanggaran"], role: "indikator", num: "(2)", width: 36 },
    { key: "perda", head: ["Perda yang Dilanggar"], role: "keterangan", num: "(3)", width: 14 },
    { key: "q1", head: [G, "Triwulan I"], num: "(4)", fmt: INT, width: 9 },
    { key: "q2", head: [G, "Triwulan II"], num: "(5)", fmt: INT, width: 9 },
    { key: "q3", head: [G, "Triwulan III"], num: "(6)", fmt: INT, width: 9 },
    { key: "q4", head: [G, "Triwulan IV"], num: "(7)", fmt: INT, width: 9 },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(8)=(4)+(5)+(6)+(7)",
      fmt: INT,
      width: 10,
    },
    {
      key: "sel",
      head: [P, "Diselesaikan (kasus)"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      fmt: INT,
      width: 12,
    },
    {
      key: "pct",
      head: [P, "Persentase (%)"],
      role: "capaian",
      year: 2024,
      num: "(10)=(9)/(8)x100",
      fmt: DEC,
      width: 11,
    },
  ];
  const col = (k: string, x: Ctx) => `SUM(${x.a(k, "j1")}:${x.a(k, "j7")})`;
  const q2true = J.reduce((n, j) => n + j.q[1], 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...J.map((j, i): Row => ({
        id: j.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          jen: j.nama,
          perda: j.perda,
          q1: j.q[0],
          q2: j.q[1],
          q3: j.q[2],
          q4: j.q[3],
          jml: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          sel: j.sel,
          pct: fx(`ROUND(${x.a("sel")}/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "perda"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          q1: fx(col("q1", x)),
          // planted: a stale cached result (the Triwulan II total before the reklame cases were revised)
          q2: fx(col("q2", x), q2true - 10),
          q3: fx(col("q3", x)),
          q4: fx(col("q4", x)),
          jml: fx(col("jml", x)),
          sel: fx(col("sel", x)),
          pct: fx(`ROUND(${x.a("sel")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Bidang Penegakan Perundang-undangan Daerah, data per 31 Desember 2024."]);
  s.gap();
  s.lines(["REKAPITULASI ANGGOTA SATUAN PERLINDUNGAN MASYARAKAT (LINMAS) TERLATIH TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nama: "Cibeber Kota", ang: 412, lat: 186 },
    { id: "k2", nama: "Ciwaduk", ang: 358, lat: 149 },
    { id: "k3", nama: "Kalumpang Baru", ang: 295, lat: 131 },
    { id: "k4", nama: "Pabuaran Timur", ang: 377, lat: 152 },
    { id: "k5", nama: "Sumur Pecung Hilir", ang: 264, lat: 97 },
    { id: "k6", nama: "Tegal Ratu", ang: 331, lat: 140 },
  ];
  const angTrue = K.reduce((n, k) => n + k.ang, 0);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 36 },
      { key: "ang", head: ["Anggota Linmas (orang)"], role: "target", year: 2024, fmt: INT, width: 14 },
      {
        key: "lat",
        head: ["Linmas Terlatih s.d. 2024 (orang)"],
        role: "realisasi",
        year: 2024,
        fmt: INT,
        width: 14,
      },
      { key: "pct", head: ["Persentase Terlatih (%)"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          ang: k.ang,
          lat: k.lat,
          pct: fx(`ROUND(${x.a("lat")}/${x.a("ang")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x: Ctx) => ({
          kec: "Jumlah",
          // planted: the SUM stops one row short (Tegal Ratu left out)
          ang: fx(`SUM(${x.a("ang", "k1")}:${x.a("ang", "k5")})`),
          lat: fx(`SUM(${x.a("lat", "k1")}:${x.a("lat", "k6")})`),
          pct: fx(`ROUND(${x.a("lat")}/${x.a("ang")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Cibeber Raya, 14 Januari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "KOTA CIBEBER RAYA,"],
    nama: "H. ADE SUHERMAN JAYADI, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780912 199702 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH Triwulan II is =SUM over the seven jenis with a stale cached result of ${q2true - 10}; the rows give ${q2true}`,
    truth: `SUM(${a("q2", "j1")}:${a("q2", "j7")})`,
  });
  b.plant({
    at: { sheet: S, cell: a2("ang", "tot") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggota Linmas is =SUM(k1:k5), one row short: ${angTrue - 331} instead of ${angTrue}`,
    truth: `SUM(${a2("ang", "k1")}:${a2("ang", "k6")})`,
  });
  for (const j of J) {
    b.ok({
      sheet: S,
      cell: a("jml", j.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("q1", j.id)}:${a("q4", j.id)})`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", j.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("sel", j.id)}/${a("jml", j.id)}*100,2)`,
    });
  }
  for (const k of ["q1", "q3", "q4", "jml", "sel"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "j1")}:${a(k, "j7")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("sel", "j1")}:${a("sel", "j7")})/SUM(${a("jml", "j1")}:${a("jml", "j7")})*100,2)`,
    trap: `SUM(${a("pct", "j1")}:${a("pct", "j7")})`,
  });
  for (const k of K)
    b.ok({
      sheet: S,
      cell: a2("pct", k.id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a2("lat", k.id)}/${a2("ang", k.id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a2("lat", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("lat", "k1")}:${a2("lat", "k6")})`,
  });
  return b.finish();
}

// ============================== Satpol PP Provinsi Sulawesi Tengah, T-C.27 Renstra 2025-2029

type Ln = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
  kind: "prog" | "keg" | "sub";
  kids?: string[];
};

export function tc27SatpolSulteng(): BookW {
  const b = new BookW(
    "renstra-tc27-satpolpp-sulawesi-tengah-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Satpol PP)",
    "T-C.27 of the Satpol PP Provinsi Sulawesi Tengah, Renstra 2025-2029 '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' over 'Tahun ke-1'..'Tahun ke-5' > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja; three header rows, number row; program and kegiatan Rp as SUM formulas over the rows beneath, kondisi akhir Rp = SUM of the five years, kondisi akhir K last target for levels and sum for counts",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGAH", "SATUAN POLISI PAMONG PRAJA"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Satuan Polisi Pamong Praja Provinsi Sulawesi Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "p",
      kode: "1.05.02",
      nama: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      ind: "Persentase penegakan Perda dan Perkada provinsi",
      sat: "%",
      awal: 78.4,
      k: [80, 82.5, 85, 87.5, 90],
      level: true,
      kind: "prog",
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.05.02.2.01",
      nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Provinsi",
      ind: "Persentase gangguan trantibum yang tertangani",
      sat: "%",
      awal: 84.1,
      k: [86, 88, 90, 92, 94],
      level: true,
      kind: "keg",
      kids: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "1.05.02.2.01.0001",
      nama: "Deteksi Dini dan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah patroli dan pengamanan wilayah",
      sat: "kali",
      awal: 140,
      k: [144, 150, 156, 160, 166],
      rp: [1_284_600, 1_342_750, 1_405_300, 1_468_900, 1_537_250],
      level: false,
      kind: "sub",
    },
    {
      id: "s12",
      kode: "1.05.02.2.01.0003",
      nama: "Penyediaan Sarana dan Prasarana Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah paket sarana pengamanan yang disediakan",
      sat: "paket",
      awal: 3,
      k: [4, 4, 5, 5, 6],
      rp: [742_500, 768_200, 815_400, 842_900, 887_600],
      level: false,
      kind: "sub",
    },
    {
      id: "k2",
      kode: "1.05.02.2.02",
      nama: "Penegakan Peraturan Daerah Provinsi dan Peraturan Gubernur",
      ind: "Persentase pelanggaran Perda yang ditindak",
      sat: "%",
      awal: 71.6,
      k: [74, 77, 80, 83, 86],
      level: true,
      kind: "keg",
      kids: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "1.05.02.2.02.0001",
      nama: "Pengawasan atas Kepatuhan terhadap Perda dan Pergub",
      ind: "Jumlah operasi penegakan Perda",
      sat: "operasi",
      awal: 36,
      k: [40, 42, 44, 46, 48],
      rp: [926_300, 971_800, 1_018_450, 1_064_700, 1_113_900],
      level: false,
      kind: "sub",
    },
    {
      id: "s22",
      // planted: the sub kegiatan is coded under kegiatan 1.05.03.2.02 (the Linmas program), not 1.05.02.2.02
      kode: "1.05.03.2.02.0002",
      nama: "Penindakan atas Pelanggaran Perda dan Pergub",
      ind: "Persentase kasus pelanggaran yang diproses sampai sidang tipiring",
      sat: "%",
      awal: 42.5,
      k: [45, 50, 55, 60, 65],
      rp: [518_750, 546_200, 572_800, 601_350, 630_400],
      level: true,
      kind: "sub",
    },
  ];
  const YR = [2025, 2026, 2027, 2028, 2029];
  const GH = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 12,
    },
    ...YR.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [GH, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + i,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [GH, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "ka", head: [KA, "Target"], role: "kondisi-akhir", num: 11, width: 9 },
    { key: "kr", head: [KA, "Rp"], num: 11, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 18 },
  ];
  const KR_TYPED = 6_284_650;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: L.map((l): Row => ({
      id: l.id,
      bold: l.kind !== "sub",
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          kode: l.kode,
          nama: l.nama,
          ind: l.ind,
          sat: l.sat,
          awal: l.awal,
          unit: l.kind === "sub" ? (l.id.startsWith("s1") ? "Bidang Trantibum" : "Bidang PPUD") : "Satpol PP",
        };
        YR.forEach((_, i) => {
          c[`k${i}`] = l.k[i];
          c[`r${i}`] = l.kind === "sub" ? l.rp![i] : fx(l.kids!.map((k) => x.a(`r${i}`, k)).join("+"));
        });
        c.ka = l.level
          ? fx(x.a("k4"))
          : fx(`SUM(${x.a("k0")},${x.a("k1")},${x.a("k2")},${x.a("k3")},${x.a("k4")})`);
        // planted: the kondisi akhir Rp of the patroli sub kegiatan is typed, not the sum of the five years
        c.kr = l.id === "s11" ? KR_TYPED : fx(YR.map((_, i) => x.a(`r${i}`)).join("+"));
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: Kondisi akhir target = target tahun ke-5 untuk indikator persentase; jumlah lima tahun untuk indikator jumlah.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Palu Barat Raya, 3 Maret 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "PROVINSI SULAWESI TENGAH,"],
    nama: "Drs. MUH. RIZAL LAMAKARATE, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700418 199303 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => YR.map((_, i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kr", "s11") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `Kondisi akhir Rp of Deteksi Dini is a typed ${KR_TYPED.toLocaleString("en")}; the five years add up to ${(1_284_600 + 1_342_750 + 1_405_300 + 1_468_900 + 1_537_250).toLocaleString("en")}`,
    truth: five("s11"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 1.05.03.2.02.0002 sits under kegiatan 1.05.02.2.02 (it should be 1.05.02.2.02.0002)",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  for (const l of L) {
    if (l.id !== "s11")
      b.ok({
        sheet: S,
        cell: a("kr", l.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: five(l.id),
      });
    if (l.level)
      b.ok({
        sheet: S,
        cell: a("ka", l.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: a("k4", l.id),
        trap: `SUM(${a("k0", l.id)},${a("k1", l.id)},${a("k2", l.id)},${a("k3", l.id)},${a("k4", l.id)})`,
      });
    else
      b.ok({
        sheet: S,
        cell: a("ka", l.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: `SUM(${a("k0", l.id)},${a("k1", l.id)},${a("k2", l.id)},${a("k3", l.id)},${a("k4", l.id)})`,
        trap: a("k4", l.id),
      });
    if (l.kind !== "sub")
      for (let i = 0; i < 5; i++)
        b.ok({
          sheet: S,
          cell: a(`r${i}`, l.id),
          rules: ["sum-mismatch"],
          truth: l.kids!.map((k) => a(`r${i}`, k)).join("+"),
        });
  }
  for (const id of ["s11", "s12", "s21"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id.startsWith("s1") ? "k1" : "k2"),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
