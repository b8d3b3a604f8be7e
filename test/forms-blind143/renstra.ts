// A T-C.27 of the Renstra Dinas Kesehatan 2025-2029 of an Aceh kabupaten for the ambulans, PSC 119 and
// puskesmas accreditation sub kegiatan ("Tahun ke-1 .. ke-5" resolved from the title, "(dalam ribuan
// rupiah)"), and a Perjanjian Kinerja 2025 of the Kepala Dinas beside the Renstra indicator targets.
// Every name and number is invented.
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

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
};

const Y = [2025, 2026, 2027, 2028, 2029];

export function tc27Ambulans(): BookW {
  const b = new BookW(
    "renstra-tc27-ambulans-psc119-seulawah-timur.xlsx",
    "T-C.27 Renstra Dinas Kesehatan 2025-2029 (ambulans, PSC 119, akreditasi)",
    "T-C.27 of a Dinas Kesehatan in Aceh, Renstra 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja PD Penanggung Jawab; program and kegiatan Rp are SUM formulas of their children; kondisi akhir Rp adds the five years, K is the last target for levels and the sum for flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEULAWAH TIMUR", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kabupaten Seulawah Timur",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0026",
      nm: "Pengadaan Ambulans / Mobil Jenazah",
      ind: "Jumlah unit ambulans puskesmas yang diadakan",
      sat: "unit",
      awal: 2,
      k: [3, 2, 2, 1, 1],
      rp: [2_370_000, 1_620_000, 1_660_000, 850_000, 870_000],
      flow: true,
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0020",
      nm: "Pemeliharaan Rutin dan Berkala Ambulans",
      ind: "Persentase ambulans dalam kondisi siap operasional",
      sat: "%",
      awal: 82.5,
      k: [85, 87.5, 90, 92.5, 95],
      rp: [412_500, 436_000, 458_750, 481_200, 505_300],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0036",
      nm: "Pengelolaan Pelayanan Kesehatan Gawat Darurat Terpadu (PSC 119)",
      ind: "Waktu tanggap rata-rata ambulans PSC 119 (semakin kecil semakin baik)",
      sat: "menit",
      awal: 32,
      k: [30, 27, 25, 22, 20],
      rp: [684_000, 712_400, 745_900, 778_300, 812_600],
    },
    {
      id: "s4",
      kode: "1.02.02.2.03.0012",
      nm: "Pendampingan dan Survei Akreditasi Puskesmas",
      ind: "Jumlah puskesmas terakreditasi paripurna (kumulatif)",
      sat: "puskesmas",
      awal: 4,
      k: [6, 8, 10, 11, 12],
      rp: [318_000, 336_500, 352_800, 198_400, 176_900],
    },
  ];
  const kegs: Ln[] = [
    {
      id: "g1",
      kode: "1.02.02.2.01",
      nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase fasilitas pelayanan kesehatan dengan sarana dan prasarana sesuai standar",
      sat: "%",
      awal: 70,
      k: [74, 78, 82, 86, 90],
    },
    {
      id: "g2",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase puskesmas dengan layanan gawat darurat dan akreditasi sesuai standar",
      sat: "%",
      awal: 36.36,
      k: [50, 63.64, 77.27, 86.36, 95.45],
    },
  ];
  const prog: Ln = {
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase fasilitas pelayanan kesehatan yang terakreditasi dan siap layanan gawat darurat",
    sat: "%",
    awal: 55,
    k: [60, 66, 72, 78, 85],
  };
  const TG = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [TG, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [TG, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kk", head: [KA, "Target"], role: "kondisi-akhir", num: 16, width: 9 },
    { key: "kr", head: [KA, "Rp"], role: "anggaran", num: 17, fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const KS = Y.map((_, i) => `k${i}`);
  const RS = Y.map((_, i) => `r${i}`);
  const line = (l: Ln, kids: string[] | null, pj: string, bold = false): Row => ({
    id: l.id,
    bold,
    cells: (x: Ctx) => {
      const out: Record<string, Cell> = { kode: l.kode, nm: l.nm, ind: l.ind, sat: l.sat, awal: l.awal, pj };
      l.k.forEach((v, i) => (out[KS[i]] = v));
      RS.forEach((k, i) => {
        out[k] = kids ? fx(kids.map((c) => x.a(k, c)).join("+")) : l.rp![i];
      });
      out.kk = l.flow ? fx(KS.map((k) => x.a(k)).join("+")) : fx(x.a("k4"));
      // planted: the ambulans' kondisi akhir Rp stops at Tahun ke-4
      out.kr = fx((l.id === "s1" ? RS.slice(0, 4) : RS).map((k) => x.a(k)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      line(prog, ["g1", "g2"], "Dinas Kesehatan", true),
      line(kegs[0], ["s1", "s2"], "Bidang Yankes"),
      line(subs[0], null, "Seksi Fasyankes"),
      line(subs[1], null, "Seksi Fasyankes"),
      line(kegs[1], ["s3", "s4"], "Bidang Yankes"),
      line(subs[2], null, "Seksi Yankes Rujukan"),
      line(subs[3], null, "Seksi Mutu Yankes"),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase, waktu tanggap dan jumlah kumulatif = target tahun ke-5;",
    "kondisi akhir indikator jumlah pengadaan = jumlah target tahun ke-1 s.d. ke-5; Rp = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Keude Seulawah, 3 Maret 2025",
    jabatan: ["KEPALA DINAS KESEHATAN,"],
    nama: "dr. CUT NURAINI HASBALLAH, M.Kes.",
    nip: "19740812 200312 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s1 = subs[0].rp!;
  b.plant({
    at: { sheet: S, cell: a("kr", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: `Kondisi akhir Rp of sub kegiatan Pengadaan Ambulans adds Tahun ke-1 .. ke-4 only (${s1
      .slice(0, 4)
      .reduce((n, v) => n + v, 0)
      .toLocaleString(
        "en",
      )}); with Tahun ke-5's 870,000 it is ${s1.reduce((n, v) => n + v, 0).toLocaleString("en")} (ribuan rupiah)`,
    truth: RS.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pendampingan dan Survei Akreditasi Puskesmas is coded 1.02.02.2.03.0012 under kegiatan 1.02.02.2.02",
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "g2"),
  });
  for (const [id, kids] of [
    ["prog", ["g1", "g2"]],
    ["g1", ["s1", "s2"]],
    ["g2", ["s3", "s4"]],
  ] as const)
    for (const k of RS)
      b.ok({ sheet: S, cell: a(k, id), rules: ["sum-mismatch"], truth: kids.map((c) => a(k, c)).join("+") });
  for (const id of ["s2", "s3", "s4", "g2"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: RS.map((k) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kk", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: KS.map((k) => a(k, "s1")).join("+"),
  });
  // levels, a lower-is-better time and a cumulative count: the kondisi akhir is Tahun ke-5, not the sum
  for (const id of ["s2", "s3", "s4", "prog"])
    b.ok({
      sheet: S,
      cell: a("kk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: KS.map((k) => a(k, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("k4", "s3"), rules: ["target-trend"], truth: "20" });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "s3" ? "g2" : "g1"),
    });
  return b.finish();
}

type Ik = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; level: boolean };

export function pkRenstraAceh(): BookW {
  const b = new BookW(
    "pk-2025-kadinkes-renstra-krueng-meureuboe.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra Dinas Kesehatan 2025-2029",
    "PK 2025 of the Kepala Dinas Kesehatan of an Aceh kabupaten: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH row; signatures of the Bupati and the Kepala Dinas side by side; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | Target 2025 .. 2029 | Kondisi Akhir (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const IK: Ik[] = [
    {
      id: "i1",
      sas: "Meningkatnya mutu fasilitas pelayanan kesehatan",
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      awal: 25,
      k: [37.5, 50, 62.5, 75, 87.5],
      level: true,
    },
    {
      id: "i2",
      sas: "Meningkatnya mutu fasilitas pelayanan kesehatan",
      ind: "Rasio tempat tidur rumah sakit per 1.000 penduduk",
      sat: "rasio",
      awal: 0.92,
      k: [0.96, 1.0, 1.05, 1.1, 1.15],
      level: true,
    },
    {
      id: "i3",
      sas: "Meningkatnya akses pelayanan kegawatdaruratan",
      ind: "Waktu tanggap rata-rata ambulans PSC 119",
      sat: "menit",
      awal: 34,
      k: [31, 28, 26, 24, 22],
      level: true,
    },
    {
      id: "i4",
      sas: "Meningkatnya kemandirian pengelolaan puskesmas",
      ind: "Persentase puskesmas BLUD dengan realisasi pendapatan mencapai target",
      sat: "%",
      awal: 56.25,
      k: [62.5, 68.75, 75, 81.25, 87.5],
      level: true,
    },
  ];
  // the PK sheet
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KRUENG MEUREUBOE", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: dr. T. Rizal Fahmi, Sp.PD, Kepala Dinas Kesehatan, selaku pihak pertama,",
    "dan Ir. H. Zulkarnain Ibrahim, M.Si, Bupati Krueng Meureuboe, selaku pihak kedua, bersepakat sebagai berikut.",
  ]);
  s.gap();
  // planted: the accreditation target of the PK is the Renstra's 2026 target (50.00), not its 2025 target
  const pkTarget = (ik: Ik) => (ik.id === "i1" ? ik.k[1] : ik.k[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: IK.map((ik, i) => ({
      id: ik.id,
      cells: { no: i + 1, sas: ik.sas, ind: ik.ind, sat: ik.sat, tg: pkTarget(ik) },
    })),
  });
  s.gap();
  const prg = [
    {
      id: "p1",
      kode: "1.02.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 68_412_350_000,
    },
    {
      id: "p2",
      kode: "1.02.02",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 41_876_420_000,
    },
    {
      id: "p3",
      kode: "1.02.03",
      nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      rp: 1_254_800_000,
    },
    {
      id: "p4",
      kode: "1.02.04",
      nm: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
      rp: 386_500_000,
    },
    { id: "p5", kode: "1.02.05", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 612_300_000 },
  ];
  const trueSum = prg.reduce((n, p) => n + p.rp, 0);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...prg.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBK" },
      })),
      // planted: the JUMLAH typed, the farmasi program added in as 836,500,000
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: trueSum + 450_000_000 } },
    ],
  });
  s.gap();
  s.lines(["Krueng Meureuboe, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "BUPATI KRUENG MEUREUBOE", "", "", "", "Ir. H. ZULKARNAIN IBRAHIM, M.Si"], 2);
  s.r -= 6;
  s.lines(
    [
      "Pihak Pertama,",
      "KEPALA DINAS KESEHATAN",
      "",
      "",
      "",
      "dr. T. RIZAL FAHMI, Sp.PD",
      "NIP. 19760214 200502 1 003",
    ],
    4,
  );
  // the Renstra sheet
  const r = b.sheet(R);
  r.lines(["TARGET KINERJA RENSTRA DINAS KESEHATAN KABUPATEN KRUENG MEUREUBOE 2025-2029"], 1, { bold: true });
  r.gap();
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 11 },
      ...Y.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: IK.map((ik, i): Row => ({
      id: ik.id,
      cells: (x: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          ind: ik.ind,
          sat: ik.sat,
          awal: ik.awal,
          ka: fx(x.a("y4")),
        };
        ik.k.forEach((v, j) => (out[`y${j}`] = v));
        return out;
      },
    })),
  });
  const ren = (id: string) => `'${R}'!${t3.a("y0", id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "i1") },
        { sheet: R, cell: t3.a("y0", "i1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the puskesmas terakreditasi paripurna is 50.00, the Renstra's 2026 target; the Renstra 2025 target is 37.50",
    truth: ren("i1"),
    actual: t1.a("tg", "i1"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH of the anggaran is a typed ${(trueSum + 450_000_000).toLocaleString("en")}; the five programs give ${trueSum.toLocaleString("en")} (the farmasi program counted as 836,500,000)`,
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p5")})`,
  });
  for (const id of ["i2", "i3", "i4"])
    b.ok({ sheet: S, cell: t1.a("tg", id), rules: ["cross-table-mismatch"], truth: ren(id) });
  // kondisi akhir of rates, a ratio and a lower-is-better time: the 2029 target, not the sum of the years
  for (const ik of IK)
    b.ok({
      sheet: R,
      cell: t3.a("ka", ik.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("y4", ik.id),
      trap: Y.map((_, j) => t3.a(`y${j}`, ik.id)).join("+"),
    });
  b.ok({ sheet: R, cell: t3.a("y4", "i3"), rules: ["target-trend"], truth: "22" });
  return b.finish();
}
