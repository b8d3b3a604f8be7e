// Renstra tables of a Dinas Lingkungan Hidup: the T-C.27 funding table of a Lampung kabupaten's DLH (RTH,
// penghijauan, hutan kota; "(dalam ribuan rupiah)", ordinal years) and the IKU matrix of an NTT kabupaten's DLH
// (IKLH, RTH, IKTL, lahan kritis lower is better). Every name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const Y = [2025, 2026, 2027, 2028, 2029];

type Keg = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp: number[];
  flow: boolean;
  f: string;
};

export function tc27Rth(): BookW {
  const b = new BookW(
    "tc27-pendanaan-rth-penghijauan-dlh-way-sekampung.xlsx",
    "T-C.27 Renstra (DLH)",
    "T-C.27 of the DLH of a Lampung kabupaten: Kode | Program / Kegiatan | Indikator | Satuan | Kondisi Awal (2024) | 'Capaian Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Penanggung Jawab; number row 1 .. '16 = 7+9+11+13+15'; Rp in thousands; program Rp = its kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAY SEKAMPUNG", "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Lingkungan Hidup Kabupaten Way Sekampung Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const K: Keg[] = [
    {
      id: "k1",
      kode: "2.11.05.2.01",
      ur: "Pengelolaan Keanekaragaman Hayati Kabupaten",
      ind: "Luas RTH publik yang ditata dan dipelihara",
      sat: "Ha",
      awal: 2.8,
      k: [3.2, 3.5, 3.8, 4.0, 4.5],
      rp: [1_285_400, 1_342_750, 1_410_000, 1_468_200, 1_535_600],
      flow: true,
      f: DEC,
    },
    {
      id: "k2",
      kode: "2.11.05.2.02",
      ur: "Penyelenggaraan Penghijauan dan Pembibitan Tanaman",
      ind: "Jumlah bibit tanaman penghijauan yang disalurkan",
      sat: "batang",
      awal: 55_000,
      k: [60_000, 65_000, 70_000, 75_000, 80_000],
      rp: [845_300, 902_600, 948_150, 1_006_800, 1_064_250],
      flow: true,
      f: INT,
    },
    {
      id: "k3",
      // planted: the kegiatan is coded under program 2.11.06
      kode: "2.11.06.2.03",
      ur: "Pengelolaan Taman Kota dan Hutan Kota",
      ind: "Luas hutan kota yang dikelola",
      sat: "Ha",
      awal: 10,
      k: [12, 12, 14, 14, 16],
      rp: [612_000, 640_500, 671_800, 702_300, 738_900],
      flow: false,
      f: DEC,
    },
  ];
  const G = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 10,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: INT,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, width: 11 },
    { key: "akR", head: [AK, "Rp"], num: "17 = 7+9+11+13+15", fmt: INT, width: 14 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const sumYears = (key: string, r: number, c: (k: string) => string) =>
    `SUM(${Y.map((y) => `${c(`${key}${y}`)}${r}`).join(",")})`;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (x) => ({
          kode: "2.11.05",
          ur: "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)",
          ind: "Persentase luas RTH publik terhadap luas kawasan perkotaan",
          sat: "%",
          awal: fmt(17.4, DEC),
          ...Object.fromEntries(
            Y.flatMap((y, i) => [
              [`k${y}`, fmt([18.2, 19.0, 19.8, 20.6, 21.5][i], DEC)],
              // planted: the 2027 program Rp leaves out the hutan kota kegiatan
              [
                `r${y}`,
                fx(
                  y === 2027
                    ? `${x.a(`r${y}`, "k1")}+${x.a(`r${y}`, "k2")}`
                    : K.map((k) => x.a(`r${y}`, k.id)).join("+"),
                ),
              ],
            ]),
          ),
          akK: fmt(21.5, DEC),
          akR: fx(sumYears("r", x.r, x.c)),
          pj: "Dinas Lingkungan Hidup",
        }),
      },
      ...K.map((k): Row => ({
        id: k.id,
        cells: (x) => ({
          kode: k.kode,
          ur: k.ur,
          ind: k.ind,
          sat: k.sat,
          awal: fmt(k.awal, k.f),
          ...Object.fromEntries(
            Y.flatMap((y, i) => [
              [`k${y}`, fmt(k.k[i], k.f)],
              [`r${y}`, k.rp[i]],
            ]),
          ),
          akK: k.flow ? fx(sumYears("k", x.r, x.c)) : fmt(k.k[4], k.f),
          // planted: the five-year Rp of the penghijauan kegiatan typed 4,676,100 (4,767,100 added up)
          akR: k.id === "k2" ? 4_676_100 : fx(sumYears("r", x.r, x.c)),
          pj: k.id === "k1" ? "Bidang Tata Lingkungan" : "Bidang Pertamanan dan RTH",
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: target kegiatan berupa luas dan jumlah bibit bersifat kumulatif per tahun; luas hutan kota yang dikelola dan persentase RTH adalah kondisi pada akhir tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Sukadana Ilir, 14 Februari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN WAY SEKAMPUNG,"],
    nama: "Ir. HENDRA SAPUTRA WIJAYA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2027", "p") },
    rules: ["sum-mismatch"],
    note: "Program Rp of Tahun ke-3 (2027) adds the kegiatan RTH and penghijauan only (2,358,150); with the hutan kota's 671,800 it is 3,029,950",
    truth: K.map((k) => a("r2027", k.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("akR", "k2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of the penghijauan kegiatan is a typed 4,676,100 among SUM formulas; the five years add to 4,767,100 (digits swapped)",
    truth: sumYears("r", t.row("k2"), (k) => t.c(k)),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pengelolaan Taman Kota dan Hutan Kota is coded 2.11.06.2.03 under program 2.11.05; its code is 2.11.05.2.03",
    truth: `${a("kode", "p")}&".2.03"`,
  });
  for (const y of Y.filter((y) => y !== 2027))
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: K.map((k) => a(`r${y}`, k.id)).join("+"),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  for (const id of ["k1", "k3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: sumYears("r", t.row(id), (k) => t.c(k)),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: sumYears("k", t.row("k1"), (k) => t.c(k)),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: sumYears("k", t.row("k2"), (k) => t.c(k)),
  });
  // a rate and a level: the kondisi akhir is the Tahun ke-5 target, not the five years added
  for (const id of ["p", "k3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: sumYears("k", t.row(id), (k) => t.c(k)),
    });
  return b.finish();
}

// ======================================================= IKU matrix, DLH Kabupaten Lembata Timur (NTT)

type Iku = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  akhir: number;
  f: string;
  neg?: boolean;
};

export function ikuDlh(): BookW {
  const b = new BookW(
    "matriks-iku-dlh-lembata-timur-2025-2029.xlsx",
    "IKU matrix (DLH)",
    "IKU 2025-2029 of the DLH of an NTT kabupaten: No | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal 2024 | 'Target Tahun' > I (2025) .. V (2029) | Kondisi Akhir | Penanggung Jawab; typed targets, lahan kritis lower is better",
  );
  const S = "IKU DLH";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBATA TIMUR",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Trans Lamalera No. 21, Wairiang",
  ]);
  s.lines([
    "INDIKATOR KINERJA UTAMA (IKU)",
    "DINAS LINGKUNGAN HIDUP KABUPATEN LEMBATA TIMUR TAHUN 2025-2029",
  ]);
  s.gap();
  const I: Iku[] = [
    {
      id: "i1",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      def: "Rata-rata tertimbang IKA, IKU, IKTL dan IKAL (KLHK)",
      sat: "indeks",
      awal: 68.42,
      tg: [69.0, 69.6, 70.2, 70.8, 71.5],
      akhir: 71.5,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase luas Ruang Terbuka Hijau publik di kawasan perkotaan",
      def: "Luas RTH publik / luas kawasan perkotaan x 100%",
      sat: "%",
      awal: 11.8,
      tg: [12.5, 13.5, 14.5, 15.5, 16.5],
      akhir: 15.5,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      def: "Indeks tutupan hutan dan vegetasi non-hutan terhadap luas wilayah",
      sat: "indeks",
      awal: 52.36,
      tg: [53.0, 53.8, 52.6, 55.0, 55.8],
      akhir: 55.8,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Luas lahan kritis di luar kawasan hutan",
      def: "Luas lahan kritis dan sangat kritis hasil penilaian BPDAS (semakin kecil semakin baik)",
      sat: "Ha",
      awal: 18_450,
      tg: [17_900, 17_300, 16_650, 15_950, 15_200],
      akhir: 15_200,
      f: INT,
      neg: true,
    },
    {
      id: "i5",
      ind: "Persentase desa yang menerima bibit penghijauan",
      def: "Desa penerima bibit / jumlah desa x 100%",
      sat: "%",
      awal: 28,
      tg: [35, 45, 55, 65, 75],
      akhir: 75,
      f: DEC,
    },
  ];
  const T = "Target Tahun";
  const ORD = ["I", "II", "III", "IV", "V"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "definisi", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 11 },
    ...Y.map((y, i): Col => ({
      key: `y${y}`,
      head: [T, `${ORD[i]} (${y})`],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 11 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: I.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((y, i) => [`y${y}`, fmt(x.tg[i], x.f)])),
        ak: fmt(x.akhir, x.f),
        pj:
          x.id === "i2" || x.id === "i5"
            ? "Bidang Pertamanan dan Penghijauan"
            : "Bidang Penaatan dan Peningkatan Kapasitas",
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir adalah target tahun V (2029); luas lahan kritis semakin kecil semakin baik.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "i2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the RTH publik is 15.50, the 2028 (IV) target; the 2029 (V) target is 16.50",
    truth: a("y2029", "i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "i3") },
    rules: ["target-trend"],
    note: "The 2027 (III) target of the IKTL is 52.60, below 53.80 (2026) and 55.00 (2028) of a rising indicator; 54.40 fits the path",
    truth: `(${a("y2026", "i3")}+${a("y2028", "i3")})/2`,
  });
  for (const id of ["i1", "i3", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "i4"), rules: ["target-trend"], truth: "15200" });
  b.ok({ sheet: S, cell: a("y2027", "i4"), rules: ["target-trend"], truth: "16650" });
  return b.finish();
}
