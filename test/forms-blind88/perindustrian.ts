// The Dinas Perindustrian of Provinsi Jawa Tengah: its Renstra 2025-2029 program table (T-C.27-like,
// "(dalam ribuan rupiah)", years in the header, kondisi akhir K the last target for rates and the sum
// for yearly counts, Rp always the sum) and its LKjIP 2024 measurement table (capaian formulas,
// refleksi for the two lower-is-better indicators, predikat words, Rata-rata row). Every name and
// number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Line = {
  id: string;
  lvl: "prog" | "keg" | "sub";
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** flows add their years into the kondisi akhir K; levels take the last year */
  flow: boolean;
  rp?: number[];
  /** rows whose Rp is the SUM of these row ids */
  of?: string[];
};

export function renstraPerindustrianJateng(): BookW {
  const b = new BookW(
    "renstra-tc27-dinperin-jateng-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Perindustrian provinsi)",
    "T-C.27-like Renstra 2025-2029 of a provincial Dinas Perindustrian, (dalam ribuan rupiah): Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja Penanggung Jawab | Lokasi; number row; program and kegiatan Rp as SUM formulas; kondisi akhir Rp as SUM of the five years; TOTAL row adding the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TENGAH", "DINAS PERINDUSTRIAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perindustrian Provinsi Jawa Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS = "Meningkatnya daya saing industri kecil dan menengah";
  const lines: Line[] = [
    {
      id: "p1",
      lvl: "prog",
      kode: "3.31.02",
      nm: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
      ind: "Persentase pertumbuhan nilai produksi IKM binaan",
      sat: "%",
      awal: 5.8,
      k: [6.0, 6.2, 6.4, 6.6, 6.8],
      flow: false,
      of: ["g1", "g2"],
    },
    {
      id: "g1",
      lvl: "keg",
      kode: "3.31.02.2.01",
      nm: "Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri Provinsi",
      ind: "Jumlah dokumen rencana pembangunan industri provinsi yang dievaluasi",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      flow: true,
      of: ["s11", "s12"],
    },
    {
      id: "s11",
      lvl: "sub",
      kode: "3.31.02.2.01.0001",
      nm: "Penyusunan dan Evaluasi Rencana Pembangunan Industri Provinsi (RPIP)",
      ind: "Jumlah dokumen RPIP yang disusun dan dievaluasi",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      flow: true,
      rp: [385_000, 402_500, 418_750, 436_000, 452_300],
    },
    {
      id: "s12",
      lvl: "sub",
      kode: "3.31.02.2.01.0002",
      nm: "Koordinasi, Sinkronisasi dan Pelaksanaan Pembangunan Kawasan Industri",
      ind: "Jumlah laporan koordinasi pembangunan kawasan industri",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      flow: true,
      rp: [612_400, 640_000, 668_250, 695_100, 724_800],
    },
    {
      id: "g2",
      lvl: "keg",
      kode: "3.31.02.2.02",
      nm: "Pembinaan dan Pengembangan Industri Kecil dan Menengah",
      ind: "Persentase IKM binaan yang naik kelas",
      sat: "%",
      awal: 10.5,
      k: [12, 13, 14, 15, 16],
      flow: false,
      of: ["s21", "s22"],
    },
    {
      id: "s21",
      lvl: "sub",
      kode: "3.31.02.2.02.0001",
      nm: "Fasilitasi Sertifikasi Halal, SNI dan HKI bagi IKM",
      ind: "Jumlah IKM yang difasilitasi sertifikasi",
      sat: "unit usaha",
      awal: 230,
      k: [250, 275, 300, 325, 350],
      flow: true,
      rp: [2_145_600, 2_310_000, 2_486_900, 2_655_300, 2_830_750],
    },
    {
      id: "s22",
      lvl: "sub",
      // planted: a sub kegiatan of kegiatan 3.31.02.2.02 coded under program 3.31.03
      kode: "3.31.03.2.02.0002",
      nm: "Revitalisasi dan Pengembangan Sentra IKM",
      ind: "Persentase sentra IKM yang aktif berproduksi",
      sat: "%",
      awal: 76.5,
      k: [78, 80, 82, 84, 86],
      flow: false,
      rp: [3_420_000, 3_575_500, 3_740_250, 3_905_000, 4_068_400],
    },
    {
      id: "p2",
      lvl: "prog",
      kode: "3.31.04",
      nm: "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL",
      ind: "Persentase perusahaan industri yang menyampaikan data melalui SIINas",
      sat: "%",
      awal: 38.4,
      k: [45, 52, 59, 66, 73],
      flow: false,
      of: ["g3"],
    },
    {
      id: "g3",
      lvl: "keg",
      kode: "3.31.04.2.01",
      nm: "Penyediaan Informasi Industri untuk Industri Kecil dan Menengah",
      ind: "Jumlah IKM yang terdaftar dalam SIINas",
      sat: "unit usaha",
      awal: 1_450,
      k: [600, 650, 700, 750, 800],
      flow: true,
      of: ["s31"],
    },
    {
      id: "s31",
      lvl: "sub",
      kode: "3.31.04.2.01.0001",
      nm: "Pendampingan Pendaftaran dan Pelaporan Data IKM melalui SIINas",
      ind: "Jumlah IKM yang didampingi pelaporan SIINas",
      sat: "unit usaha",
      awal: 1_450,
      k: [600, 650, 700, 750, 800],
      flow: true,
      rp: [724_300, 758_900, 792_600, 828_150, 861_400],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 1, width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 6,
      width: 12,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: 7 + 2 * i, width: 9 },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: 8 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kA", head: [A, "Target"], role: "kondisi-akhir", num: 17, width: 9 },
    { key: "rpA", head: [A, "Rp"], role: "anggaran", num: 18, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 19, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 20, width: 14 },
  ];
  const unitOf: Record<string, string> = {
    p1: "Dinas Perindustrian",
    g1: "Bidang Perencanaan Industri",
    s11: "Bidang Perencanaan Industri",
    s12: "Bidang Perencanaan Industri",
    g2: "Bidang IKM",
    s21: "Bidang IKM",
    s22: "Bidang IKM",
    p2: "Dinas Perindustrian",
    g3: "Bidang Informasi Industri",
    s31: "Bidang Informasi Industri",
  };
  const rows: Row[] = lines.map((x) => ({
    id: x.id,
    bold: x.lvl === "prog",
    cells: (c) => {
      const out: Record<string, Cell> = {
        sas: SAS,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.sat === "%" ? fmt(x.awal, DEC) : x.awal,
        kA: x.flow ? sum(x.k) : x.k[4],
        unit: unitOf[x.id],
        lok: "Provinsi Jawa Tengah",
      };
      YEARS.forEach((y, i) => {
        out[`k${y}`] = x.sat === "%" ? fmt(x.k[i], DEC) : x.k[i];
        if (x.rp) out[`rp${y}`] = x.rp[i];
        else if (x.of!.length === 1) out[`rp${y}`] = fx(c.a(`rp${y}`, x.of![0]));
        else out[`rp${y}`] = fx(x.of!.map((id) => c.a(`rp${y}`, id)).join("+"));
      });
      if (x.sat === "%") out.kA = fmt(x.k[4], DEC);
      // planted: the sub kegiatan .0001 of kegiatan 3.31.02.2.02 has a typed kondisi akhir Rp
      out.rpA =
        x.id === "s21"
          ? 13_246_550
          : fx(`SUM(${c.a("rp2025")},${c.a("rp2026")},${c.a("rp2027")},${c.a("rp2028")},${c.a("rp2029")})`);
      return out;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows,
      {
        id: "tot",
        bold: true,
        span: ["sas", "awal"],
        cells: (c) => {
          const out: Record<string, Cell> = { sas: "TOTAL PENDANAAN INDIKATIF" };
          for (const y of YEARS) out[`rp${y}`] = fx(`${c.a(`rp${y}`, "p1")}+${c.a(`rp${y}`, "p2")}`);
          out.rpA = fx(`${c.a("rpA", "p1")}+${c.a("rpA", "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: target kondisi akhir indikator persentase adalah target tahun 2029; indikator jumlah adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Semarang, 20 Mei 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN", "PROVINSI JAWA TENGAH"],
    nama: "Ir. BAMBANG SETYO WIBOWO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690815 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string, p = "rp") => YEARS.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rpA", "s21") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 3.31.02.2.02.0001 is a typed 13,246,550; the five years add up to 12,428,550",
    truth: five("s21"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Revitalisasi dan Pengembangan Sentra IKM is coded 3.31.03.2.02.0002 under kegiatan 3.31.02.2.02 (and its Rp is summed into it)",
    truth: `PARENT(${a("kode", "s22")})`,
    actual: a("kode", "g2"),
  });
  // kondisi akhir K: the last target for rates, the sum of the years for yearly counts
  for (const x of lines) {
    b.ok({
      sheet: S,
      cell: a("kA", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? five(x.id, "k") : a("k2029", x.id),
      trap: x.flow ? a("k2029", x.id) : five(x.id, "k"),
    });
    if (x.id !== "s21")
      b.ok({
        sheet: S,
        cell: a("rpA", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: five(x.id),
      });
  }
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s11")}+${a(`rp${y}`, "s12")}`,
    });
    b.ok({ sheet: S, cell: a(`rp${y}`, "p2"), rules: ["sum-mismatch"], truth: a(`rp${y}`, "s31") });
  }
  // the total adds the two programs only, not every row of the table
  b.ok({
    sheet: S,
    cell: a("rp2027", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2027", "p1")}+${a("rp2027", "p2")}`,
    trap: `SUM(${a("rp2027", "p1")}:${a("rp2027", "s31")})`,
  });
  for (const [id, up] of [
    ["s11", "g1"],
    ["s21", "g2"],
    ["s31", "g3"],
    ["g3", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}

// ============================================================== LKjIP 2024 of the same Dinas

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
};

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

export function lkjipPerindustrianJateng(): BookW {
  const b = new BookW(
    "lkjip-2024-dinperin-jateng-capaian-iku.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perindustrian provinsi)",
    "LKjIP 2024 Bab III of a provincial Dinas Perindustrian: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra 2026 | Capaian thd Target Akhir Renstra (%); ROUND capaian formulas, refleksi (2T-R)/T for the two lower-is-better rows; typed predikat words; Rata-rata capaian row with its predikat",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERINDUSTRIAN PROVINSI JAWA TENGAH", "Jl. Pahlawan No. 31 Semarang"]);
  s.lines(["Tabel 3.1 Capaian Indikator Kinerja Utama Dinas Perindustrian Provinsi Jawa Tengah Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kontribusi IKM terhadap perekonomian daerah";
  const S2 = "Meningkatnya kualitas layanan perizinan dan pembinaan industri";
  const inds: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Pertumbuhan nilai produksi IKM binaan",
      sat: "%",
      r22: 4.85,
      r23: 5.31,
      t: 5.5,
      r: 5.92,
      t26: 6.2,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase IKM binaan yang naik kelas",
      sat: "%",
      r22: 8.4,
      r23: 9.75,
      t: 12,
      r: 10.8,
      t26: 14,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase IKM binaan bersertifikat halal",
      sat: "%",
      r22: 21.6,
      r23: 27.9,
      t: 35,
      r: 31.4,
      t26: 45,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase IKM binaan yang tidak aktif berproduksi",
      sat: "%",
      r22: 11.2,
      r23: 9.6,
      t: 8,
      r: 6.5,
      t26: 6,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu penerbitan rekomendasi teknis izin usaha industri",
      sat: "hari kerja",
      r22: 9,
      r23: 7,
      t: 5,
      r: 6,
      t26: 4,
      neg: true,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah sentra IKM yang direvitalisasi",
      sat: "sentra",
      r22: 3,
      r23: 5,
      t: 6,
      r: 4,
      t26: 8,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(inds[5]) !== 66.67 || predikatBaik(66.67) !== "Cukup") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r22", head: ["Realisasi", "2022"], role: "realisasi", year: 2022, fmt: DEC, width: 9 },
    { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, fmt: DEC, width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, fmt: DEC, width: 11 },
    {
      key: "c26",
      head: ["Capaian thd Target Akhir Renstra (%)"],
      role: "capaian",
      year: 2026,
      fmt: DEC,
      width: 12,
    },
  ];
  const caps = inds.map(capOf);
  const avg = round(sum(caps) / caps.length);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...inds.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: x.r22,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the waktu rekomendasi (lower is better) has the R / T formula of the rows above
          c: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for the sentra's 66.67 (the band > 65 - 75 is Cukup)
          p: x.id === "i6" ? "Baik" : x.id === "i5" ? predikatBaik(120) : predikatBaik(capOf(x)),
          t26: x.t26,
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 4 dan 5 bersifat negatif (semakin kecil semakin baik), capaian = (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Semarang, 27 Februari 2025",
    jabatan: ["Kepala Dinas Perindustrian", "Provinsi Jawa Tengah,"],
    nama: "Ir. BAMBANG SETYO WIBOWO, M.M.",
    nip: "19690815 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the waktu penerbitan rekomendasi (hari kerja, lower is better by the note) is =ROUND(R/T*100,2) = 120.00; (2 x 5 - 6) / 5 gives 80.00, as the IKM tidak aktif row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 66.67 (4 of 6 sentra); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  // refleksi on the lower-is-better IKM tidak aktif: 118.75, not R / T 81.25
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  b.ok({
    sheet: S,
    cell: a("c26", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl(a("r", "i4"), a("t26", "i4")),
    trap: rt(a("r", "i4"), a("t26", "i4")),
  });
  for (const id of ["i1", "i2", "i3", "i6"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: rt(a("r", id), a("t", id)),
    });
    b.ok({ sheet: S, cell: a("c26", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t26", id)) });
  }
  // 90.00 is the top of Baik, not Sangat Baik
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
