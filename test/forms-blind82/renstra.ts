// The Renstra 2025-2029 T-C.27 of the Dinas Pertanian Kabupaten Way Tenumbang (Lampung): tujuan and
// sasaran merged over their programs, programs and kegiatan with a target and Rp per year, kondisi
// akhir = the 2029 target for rates and productivity, the sum of the years for lengths and counts,
// and the sum of the five years' Rp. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Rn = {
  id: string;
  sas: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  lvl: boolean;
  base: number;
  k: number[];
  rp?: number[];
  kids?: string[];
  lok: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** Tujuan | Sasaran | Kode | Program dan Kegiatan | Indikator | Satuan | Kondisi Awal 2024 | Tahun 2025 .. 2029 (Target, Rp) | Kondisi Akhir | Unit | Lokasi. */
export function renstraWayTenumbang(): BookW {
  const b = new BookW(
    "renstra-tc27-pendanaan-indikatif-distan-way-tenumbang-2025-2029.xlsx",
    "Renstra 2025-2029 T-C.27 rencana program, kegiatan dan pendanaan indikatif (Dinas Pertanian)",
    "Tujuan (merged) | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; three header rows; program Rp per year = its kegiatan; kondisi akhir K = 2029 target for levels, the sum for flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAY TENUMBANG", "DINAS PERTANIAN"]);
  s.lines(
    [
      "Tabel 6.1",
      "Rencana Program, Kegiatan dan Pendanaan Dinas Pertanian Kabupaten Way Tenumbang Tahun 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const TJ = "Meningkatnya produksi dan produktivitas tanaman pangan yang berdaya saing";
  const SA = "Meningkatnya ketersediaan prasarana pertanian";
  const SB = "Meningkatnya ketersediaan sarana produksi pertanian";
  const SC = "Meningkatnya kapasitas kelembagaan petani";
  const xs: Rn[] = [
    {
      id: "P1",
      sas: SA,
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      ind: "Persentase luas sawah terlayani jaringan irigasi tersier",
      sat: "%",
      lvl: true,
      base: 61.4,
      k: [64, 67, 70, 73, 76],
      kids: ["K11", "K12"],
      lok: "Kabupaten",
    },
    {
      id: "K11",
      sas: SA,
      kode: "3.27.03.2.01",
      nama: "Pengembangan Prasarana Pertanian",
      ind: "Panjang jaringan irigasi tersier yang dibangun/direhabilitasi",
      sat: "km",
      lvl: false,
      base: 18.5,
      k: [12, 12.5, 13, 13.5, 14],
      rp: [4185000000, 4390000000, 4615000000, 4820000000, 5050000000],
      lok: "9 kecamatan",
    },
    // planted 3: the kegiatan under program 3.27.03 coded with program 3.27.02
    {
      id: "K12",
      sas: SA,
      kode: "3.27.02.2.03",
      nama: "Pembangunan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun",
      sat: "km",
      lvl: false,
      base: 7.2,
      k: [8, 8, 9, 9, 10],
      rp: [2640000000, 2710000000, 3015000000, 3090000000, 3420000000],
      lok: "Sentra padi",
    },
    {
      id: "P2",
      sas: SB,
      kode: "3.27.02",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ind: "Produktivitas padi sawah",
      sat: "ku/ha",
      lvl: true,
      base: 52.8,
      // planted 2: 2027 typed 45.90 for 54.90
      k: [53.5, 54.2, 45.9, 55.6, 56.3],
      kids: ["K21"],
      lok: "Kabupaten",
    },
    {
      id: "K21",
      sas: SB,
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Jumlah laporan pengawasan pupuk bersubsidi dan pestisida",
      sat: "laporan",
      lvl: false,
      base: 12,
      k: [12, 12, 12, 12, 12],
      rp: [415500000, 436000000, 458250000, 481000000, 505500000],
      lok: "Kabupaten",
    },
    {
      id: "P3",
      sas: SC,
      kode: "3.27.07",
      nama: "Program Penyuluhan Pertanian",
      ind: "Persentase kelompok tani kelas madya ke atas",
      sat: "%",
      lvl: true,
      base: 34.2,
      k: [37, 40, 43, 46, 50],
      kids: ["K31"],
      lok: "Kabupaten",
    },
    {
      id: "K31",
      sas: SC,
      kode: "3.27.07.2.01",
      nama: "Pelaksanaan Penyuluhan Pertanian",
      ind: "Jumlah sekolah lapang dan demplot yang dilaksanakan",
      sat: "unit",
      lvl: false,
      base: 22,
      k: [24, 26, 28, 30, 32],
      rp: [1276000000, 1342500000, 1410000000, 1485750000, 1562000000],
      lok: "BPP 9 kecamatan",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const GA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Program dan Kegiatan"], role: "lainnya", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "base",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...YEARS.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, fmt: DEC, width: 9 },
      { key: `r${y}`, head: [G, `Tahun ${y}`, "Rp"], role: "anggaran", year: y, fmt: RP, width: 16 },
    ]),
    { key: "akK", head: [GA, "Target"], role: "kondisi-akhir", fmt: DEC, width: 9 },
    { key: "akR", head: [GA, "Rp"], role: "kondisi-akhir", fmt: RP, width: 17 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const UNIT: Record<string, string> = { SA: "Bidang PSP", SB: "Bidang PSP", SC: "Bidang Penyuluhan" };
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | number | string> = {
        tuj: TJ,
        sas: x.sas,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        base: x.base,
        unit: x.sas === SC ? UNIT.SC : UNIT.SA,
        lok: x.lok,
      };
      YEARS.forEach((y, i) => {
        o[`k${y}`] = x.k[i];
        o[`r${y}`] = x.kids ? fx(x.kids.map((id) => c.a(`r${y}`, id)).join("+")) : x.rp![i];
      });
      o.akK = x.lvl ? fx(c.a("k2029")) : fx(`SUM(${YEARS.map((y) => c.a(`k${y}`)).join(",")})`);
      // planted 1: the kondisi akhir Rp of the penyuluhan kegiatan leaves out 2028
      const ys = x.id === "K31" ? YEARS.filter((y) => y !== 2028) : YEARS;
      o.akR = fx(ys.map((y) => c.a(`r${y}`)).join("+"));
      return o;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows, vmerge: ["tuj", "sas"] });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase dan produktivitas = target tahun 2029; indikator jumlah dan panjang = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Ratu Ilir, 30 Juli 2025",
    jabatan: ["Kepala Dinas Pertanian", "Kabupaten Way Tenumbang,"],
    nama: "Ir. HENDRA SAPUTRA WIRANEGARA, M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19741106 200212 1 003",
  });
  const a = (k: string, r: string) => t.a(k, r);
  const sum5 = (k: string, r: string) => YEARS.map((y) => a(`${k}${y}`, r)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "K31") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "inconsistent-formula"],
    note: "kondisi akhir Rp of Pelaksanaan Penyuluhan Pertanian adds 2025, 2026, 2027 and 2029 = 5,590,500,000 and leaves out 2028 (1,485,750,000); the five years give 7,076,250,000",
    truth: sum5("r", "K31"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "P2") },
    rules: ["target-trend"],
    note: "produktivitas padi target 2027 typed 45.90 in the rising series 53.50, 54.20, .., 55.60, 56.30; between them it is 54.90 (digits swapped)",
    truth: `ROUND((${a("k2026", "P2")}+${a("k2028", "P2")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "K12") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pembangunan Jalan Usaha Tani under program 3.27.03 coded 3.27.02.2.03 (a code of program 3.27.02); it is 3.27.03.2.02",
    actual: `PARENT(${a("kode", "K12")})`,
    truth: a("kode", "P1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "P1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "P1"),
    trap: sum5("k", "P1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "P3"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: a("k2029", "P3"),
    trap: sum5("k", "P3"),
  });
  b.ok({ sheet: S, cell: a("akK", "K11"), rules: ["kondisi-akhir-mismatch"], truth: sum5("k", "K11") });
  b.ok({
    sheet: S,
    cell: a("akR", "P1"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: sum5("r", "P1"),
  });
  b.ok({
    sheet: S,
    cell: a("r2026", "P1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2026", "K11")}+${a("r2026", "K12")}`,
    trap: `SUM(${a("r2026", "K11")}:${a("r2026", "K21")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "K11"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "K11")})`,
    truth: a("kode", "P1"),
  });
  b.ok({
    sheet: S,
    cell: a("k2028", "P3"),
    rules: ["target-trend"],
    truth: "46",
  });
  return b.finish();
}
