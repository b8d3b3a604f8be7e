// T-C.27 of the Renstra 2025-2029 of the Dinas Perdagangan dan Metrologi of a Kalimantan Utara
// kabupaten (Sebuku Hulu, invented): "Tahun ke-1 .. ke-5" over Target | Rp (the years only in the
// title), "(dalam ribuan rupiah)", program and kegiatan Rp as SUM formulas over the rows beneath them,
// kondisi akhir Rp = the five years, kondisi akhir K = the last target for rates and the sum for flows,
// a JUMLAH row over the two programs, Tujuan and Sasaran merged down the rows. Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kind: "p" | "g" | "s";
  kode: string;
  nm: string;
  ind: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  lok: string;
  pj: string;
  sas: string;
};

const Y = [1, 2, 3, 4, 5];

export function tc27Disdagmet(): BookW {
  const b = new BookW(
    "renstra-tc27-pendanaan-disdagmet-sebuku-hulu-2025-2029.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Dinas Perdagangan dan Metrologi)",
    "T-C.27 of a Renstra 2025-2029 in Kalimantan Utara: Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator Kinerja | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra PD > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; number row 1..21; Rp in thousands; SUM formulas; JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEBUKU HULU", "DINAS PERDAGANGAN DAN METROLOGI"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Perdagangan dan Metrologi Kabupaten Sebuku Hulu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SA = "Meningkatnya kelancaran distribusi barang kebutuhan pokok";
  const SB = "Meningkatnya tertib ukur dan perlindungan konsumen";
  const lines: Line[] = [
    {
      id: "pA",
      kind: "p",
      kode: "3.30.03",
      nm: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",
      ind: "Persentase pasar rakyat dalam kondisi baik (%)",
      level: true,
      awal: 64.25,
      k: [68, 71.5, 75, 78, 81],
      lok: "Kabupaten Sebuku Hulu",
      pj: "Dinas Perdagangan dan Metrologi",
      sas: SA,
    },
    {
      id: "gA",
      kind: "g",
      kode: "3.30.03.2.01",
      nm: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      ind: "Persentase pasar rakyat yang dikelola sesuai SNI 8152 (%)",
      level: true,
      awal: 36.5,
      k: [40, 45, 52.5, 57.5, 62.5],
      lok: "Kabupaten Sebuku Hulu",
      pj: "Bidang Sarana Perdagangan",
      sas: SA,
    },
    {
      id: "a1",
      kind: "s",
      kode: "3.30.03.2.01.0001",
      nm: "Pembangunan Sarana Distribusi Perdagangan",
      ind: "Jumlah pasar rakyat yang dibangun/direvitalisasi (pasar)",
      level: false,
      awal: 2,
      k: [1, 1, 2, 1, 1],
      rp: [3_850_000, 4_120_500, 6_275_800, 3_940_000, 4_015_600],
      lok: "Kec. Sebuku, Kec. Lumbis Hilir, Kec. Tulin Onsoi",
      pj: "Bidang Sarana Perdagangan",
      sas: SA,
    },
    {
      id: "a2",
      kind: "s",
      kode: "3.30.03.2.01.0002",
      nm: "Pembinaan terhadap Pengelola Sarana Distribusi Perdagangan Masyarakat",
      ind: "Jumlah pengelola pasar rakyat yang dibina (orang)",
      level: false,
      awal: 35,
      k: [40, 40, 45, 45, 50],
      rp: [312_400, 328_750, 569_500, 347_200, 361_900],
      lok: "Seluruh kecamatan",
      pj: "Bidang Sarana Perdagangan",
      sas: SA,
    },
    {
      id: "pB",
      kind: "p",
      kode: "3.30.06",
      nm: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
      ind: "Persentase UTTP bertanda tera sah yang berlaku (%)",
      level: true,
      awal: 78.4,
      k: [80.5, 82, 84.5, 86.5, 88],
      lok: "Kabupaten Sebuku Hulu",
      pj: "Dinas Perdagangan dan Metrologi",
      sas: SB,
    },
    {
      id: "gB",
      kind: "g",
      kode: "3.30.06.2.01",
      nm: "Pelaksanaan Metrologi Legal, berupa Tera, Tera Ulang dan Pengawasan",
      ind: "Persentase UTTP wajib tera ulang yang ditera ulang (%)",
      level: true,
      awal: 75.2,
      k: [78, 80, 82.5, 85, 87.5],
      lok: "Kabupaten Sebuku Hulu",
      pj: "UPTD Metrologi Legal",
      sas: SB,
    },
    {
      id: "b1",
      kind: "s",
      kode: "3.30.06.2.01.0001",
      nm: "Pelaksanaan Tera/Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP)",
      ind: "Jumlah UTTP yang ditera/ditera ulang (unit)",
      level: false,
      awal: 6420,
      k: [6800, 7150, 7500, 7900, 8300],
      rp: [612_300, 648_900, 687_450, 725_800, 768_350],
      lok: "UPTD Metrologi Legal dan sidang tera di kecamatan",
      pj: "UPTD Metrologi Legal",
      sas: SB,
    },
    {
      id: "b2",
      kind: "s",
      kode: "3.30.06.2.01.0002",
      nm: "Pengawasan Metrologi Legal atas UTTP, BDKT dan Satuan Ukuran",
      ind: "Jumlah pengawasan metrologi legal (kali)",
      level: false,
      awal: 18,
      k: [20, 22, 24, 24, 26],
      rp: [184_600, 196_250, 207_900, 215_400, 228_750],
      lok: "Pasar, SPBU dan toko modern",
      pj: "UPTD Metrologi Legal",
      sas: SB,
    },
    {
      id: "b3",
      kind: "s",
      // planted: coded under kegiatan 3.30.03.2.01 while it stands under 3.30.06.2.01
      kode: "3.30.03.2.01.0003",
      nm: "Penyuluhan dan Pembinaan Pasar Tertib Ukur",
      ind: "Jumlah pasar tertib ukur yang dibina (pasar)",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [95_400, 102_300, 108_750, 114_200, 121_600],
      lok: "Pasar Induk Sebuku, Pasar Lumbis",
      pj: "UPTD Metrologi Legal",
      sas: SB,
    },
  ];
  const kids: Record<string, [string, string]> = {
    gA: ["a1", "a2"],
    pA: ["gA", "gA"],
    gB: ["b1", "b3"],
    pB: ["gB", "gB"],
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 4, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 36,
    },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 6,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 6 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kak", head: [KA, "Target"], role: "kondisi-akhir", num: 17, width: 10 },
    { key: "rak", head: [KA, "Rp"], role: "kondisi-akhir", num: 18, fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 19, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 20, width: 22 },
  ];
  const rKeys = [...Y.map((y) => `r${y}`), "rak"];
  const lineRow = (x: Line): Row => ({
    id: x.id,
    bold: x.kind === "p",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        tuj: "Meningkatnya kontribusi sektor perdagangan terhadap perekonomian daerah",
        sas: x.sas,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        awal: x.awal,
        pj: x.pj,
        lok: x.lok,
      };
      Y.forEach((y) => (out[`k${y}`] = x.k[y - 1]));
      if (x.rp) {
        Y.forEach((y) => (out[`r${y}`] = x.rp![y - 1]));
        out.rak = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      } else {
        const [k1, k2] = kids[x.id];
        for (const k of rKeys) out[k] = k1 === k2 ? fx(c.a(k, k1)) : fx(`SUM(${c.a(k, k1)}:${c.a(k, k2)})`);
        // planted: the kegiatan's Tahun ke-3 Rp is typed 6,485,300 (the sub kegiatan give 6,845,300)
        if (x.id === "gA") out.r3 = 6_485_300;
        // the kegiatan's kondisi akhir Rp adds its five years, like the sub kegiatan
        if (x.kind === "g")
          out.rak = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      }
      // a rate: the kondisi akhir is the last target; a flow: the five years added
      // planted: the program 3.30.06's kondisi akhir is the Tahun ke-4 target typed
      out.kak = x.id === "pB" ? 86.5 : x.level ? fx(c.a("k5")) : fx(Y.map((y) => c.a(`k${y}`)).join("+"));
      if (x.level) {
        out.awal = { v: x.awal, fmt: DEC };
      }
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: [
      ...lines.map(lineRow),
      {
        id: "jml",
        bold: true,
        span: ["tuj", "awal"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { tuj: "JUMLAH" };
          for (const k of rKeys) out[k] = fx(`${c.a(k, "pA")}+${c.a(k, "pB")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: target program dan kegiatan berupa persentase adalah kondisi pada akhir tahun; target sub kegiatan adalah jumlah per tahun.",
    "Sumber: Rancangan Akhir Renstra Dinas Perdagangan dan Metrologi 2025-2029.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Sebuku Hulu, 14 Agustus 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN DAN METROLOGI,"],
    nama: "YOHANES LAWING, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780905 200312 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const last = (id: string) => a("k5", id);
  const all = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rsum = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "gA") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 3.30.03.2.01 is a typed 6,485,300 in a row of SUM formulas; its two sub kegiatan add up to 6,845,300 (digits swapped)",
    truth: `${a("r3", "a1")}+${a("r3", "a2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kak", "pB") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the persentase UTTP bertanda tera sah (a rate) is 86.50, the Tahun ke-4 target; the Tahun ke-5 target is 88.00",
    truth: last("pB"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penyuluhan dan Pembinaan Pasar Tertib Ukur is coded 3.30.03.2.01.0003 under kegiatan 3.30.06.2.01 (it should be 3.30.06.2.01.0003)",
    truth: `PARENT(${a("kode", "b3")})`,
    actual: a("kode", "gB"),
  });
  // rates: the last target, not the sum; flows: the sum, not the last target
  for (const id of ["pA", "gA", "gB"])
    b.ok({ sheet: S, cell: a("kak", id), rules: ["kondisi-akhir-mismatch"], truth: last(id), trap: all(id) });
  for (const id of ["a1", "a2", "b1", "b2"])
    b.ok({ sheet: S, cell: a("kak", id), rules: ["kondisi-akhir-mismatch"], truth: all(id), trap: last(id) });
  for (const id of ["a1", "a2", "b1", "b2", "b3", "gB"])
    b.ok({
      sheet: S,
      cell: a("rak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rsum(id),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "gA"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "a1")}+${a(`r${y}`, "a2")}`,
    });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "gB"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "b1")}+${a(`r${y}`, "b2")}+${a(`r${y}`, "b3")}`,
    });
  // the JUMLAH adds the two programs, not every row above it
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "a1")}+${a(`r${y}`, "a2")}+${a(`r${y}`, "b1")}+${a(`r${y}`, "b2")}+${a(`r${y}`, "b3")}`,
      trap: `SUM(${a(`r${y}`, "pA")}:${a(`r${y}`, "b3")})`,
    });
  for (const id of ["a1", "a2", "b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id.startsWith("a") ? "gA" : "gB"),
    });
  for (const id of ["gA", "gB"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "gA" ? "pA" : "pB"),
    });
  return b.finish();
}
