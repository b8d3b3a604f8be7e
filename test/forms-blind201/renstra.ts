// Renstra tables of two Dinas Kesehatan on kesehatan jiwa and NAPZA: the T-C.27 funding table of the
// Renstra 2025-2029 of Kabupaten Rinjani Timur (Nusa Tenggara Barat), "Tahun ke-1..5" over Target | Rp,
// "(dalam ribuan rupiah)", a second indicator without a code; and the IKU matrix of the Renstra
// 2025-2029 of Kabupaten Lore Tengah Raya (Sulawesi Tengah) with a Polaritas column and the formulas.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
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
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** kondisi akhir K: "last" for levels and stocks, "sum" for yearly flows, or a typed number */
  ak: "last" | "sum" | number;
  rp?: number[];
  f?: string;
};

export function tc27Keswa(): BookW {
  const b = new BookW(
    "tc27-pendanaan-keswa-napza-dinkes-rinjani-timur.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan indikatif (Dinas Kesehatan)",
    "T-C.27 of the Dinas Kesehatan Kabupaten Rinjani Timur (NTB), Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; a sasaran row, a second indicator without code, pair numbers '(10) = (5)+...+(9)'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANI TIMUR", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kabupaten Rinjani Timur",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const prog: Ln = {
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
    sat: "%",
    awal: 81.6,
    tg: [88, 92, 95, 98, 100],
    ak: "last",
    f: DEC,
  };
  const keg: Ln = {
    id: "keg",
    kode: "1.02.02.2.02",
    nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah puskesmas yang menyelenggarakan layanan kesehatan jiwa terpadu",
    sat: "puskesmas",
    awal: 12,
    tg: [14, 16, 18, 20, 22],
    ak: "last",
  };
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0033",
      nm: "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      ind: "Persentase ODGJ berat yang minum obat secara teratur",
      sat: "%",
      awal: 54.2,
      tg: [58, 62, 66, 70, 75],
      ak: "last",
      rp: [612_500, 648_000, 685_250, 720_400, 758_900],
      f: DEC,
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0034",
      nm: "Pengelolaan Pelayanan Kesehatan Jiwa Bebas Pasung",
      ind: "Persentase ODGJ dipasung yang dibebaskan dan mendapat pengobatan",
      sat: "%",
      awal: 72.5,
      tg: [80, 85, 90, 95, 100],
      // planted: the average of the five targets, not the last one
      ak: 90,
      rp: [215_000, 228_750, 240_100, 252_600, 266_300],
      f: DEC,
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0035",
      nm: "Pengelolaan Pelayanan Rehabilitasi Medis Pecandu, Penyalahguna dan Korban Penyalahgunaan NAPZA",
      ind: "Jumlah pecandu dan korban penyalahgunaan NAPZA yang mendapat rehabilitasi medis",
      sat: "orang",
      awal: 104,
      tg: [120, 135, 145, 160, 175],
      ak: "sum",
      rp: [318_400, 335_200, 352_750, 371_600, 390_250],
    },
    {
      id: "s3b",
      ind: "Jumlah IPWL (Institusi Penerima Wajib Lapor) puskesmas yang aktif",
      sat: "IPWL",
      awal: 2,
      // planted: 60 for 6 in Tahun ke-4
      tg: [3, 4, 5, 60, 7],
      ak: "last",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3a)", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "(4)",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + y})`,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${4 + y})`,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(10) = (5)+...+(9)", width: 10 },
    { key: "akRp", head: [AK, "Rp"], num: "(10) = (5)+...+(9)", fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(11)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(12)", width: 14 },
  ];
  const rpK = Y.map((y) => `rp${y}`);
  const line = (x: Ln, rp: ((c: Ctx, k: string) => Cell) | null): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.f ? fmt(x.awal, x.f) : x.awal,
        pj: "Bidang Pelayanan Kesehatan",
        lok: "Kabupaten Rinjani Timur",
      };
      Y.forEach((y, i) => (out[`k${y}`] = x.f ? fmt(x.tg[i], x.f) : x.tg[i]));
      out.akK =
        x.ak === "last"
          ? fx(c.a("k5"))
          : x.ak === "sum"
            ? fx(Y.map((y) => c.a(`k${y}`)).join("+"))
            : x.f
              ? fmt(x.ak, x.f)
              : x.ak;
      if (rp) {
        for (const k of rpK) out[k] = rp(c, k);
        // K columns stand between the Rp: the years' Rp are added one by one
        out.akRp = fx(rpK.map((k) => c.a(k)).join("+"));
      }
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "sas",
        bold: true,
        cells: {
          kode: "Sasaran",
          nm: "Meningkatnya derajat kesehatan jiwa masyarakat dan menurunnya penyalahgunaan NAPZA",
        },
      },
      line(prog, (c, k) => fx(c.a(k, "keg"))),
      line(keg, (c, k) => fx(`${c.a(k, "s1")}+${c.a(k, "s2")}+${c.a(k, "s3")}`)),
      ...subs.map((x) => line(x, x.rp ? (_c, k) => x.rp![Number(k.slice(2)) - 1] : null)),
    ],
  });
  s.gap();
  s.lines(["Keterangan: pagu indikatif dalam ribuan rupiah; Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029."]);
  s.gap();
  signature(s, 14, {
    tempat: "Selong Timur, 9 Agustus 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. LALU MUHAMMAD ZULKIFLI, M.P.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19791102 200803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Target of the pasung rate (a level, 80 .. 100) is a typed 90.00, the average of the five targets; a rate ends at its Tahun ke-5 target 100.00",
    truth: a("k5", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k4", "s3b") },
    rules: ["target-outlier"],
    note: "Tahun ke-4 (2028) target of the active IPWL is 60 among 3, 4, 5, .., 7 (one zero too many); 6 continues the path",
    truth: `(${a("k3", "s3b")}+${a("k5", "s3b")})/2`,
  });
  for (const id of ["prog", "keg", "s1", "s3b"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: Y.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "s3")).join("+"),
    // people rehabilitated each year add up over the period
    trap: a("k5", "s3"),
  });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpK.map((k) => a(k, id)).join("+"),
    });
  for (const k of rpK)
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({ sheet: S, cell: a("k5", "s3b"), rules: ["target-outlier"], truth: "7" });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

// ======================================= IKU matrix, Dinas Kesehatan Kabupaten Lore Tengah Raya

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  pol: "Positif" | "Negatif";
  awal: number;
  tg: number[];
  f: string;
};

export function ikuKeswa(): BookW {
  const b = new BookW(
    "matriks-iku-keswa-napza-dinkes-lore-tengah.xlsx",
    "IKU matrix (Dinas Kesehatan, Renstra 2025-2029)",
    "IKU matrix of the Dinas Kesehatan Kabupaten Lore Tengah Raya (Sulawesi Tengah), Renstra 2025-2029: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Polaritas | Kondisi Awal 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir Renstra | Sumber Data; number row 1 .. 13; lower-is-better rows (prevalensi, relapse, pasung)",
  );
  const S = "IKU Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LORE TENGAH RAYA", "DINAS KESEHATAN", "Jl. Pue Bongo No. 4, Wuasa"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Kesehatan Nomor 440/118/DINKES/2025",
    "INDIKATOR KINERJA UTAMA DINAS KESEHATAN TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas layanan kesehatan jiwa";
  const S2 = "Menurunnya penyalahgunaan NAPZA";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
      rumus: "Jumlah ODGJ berat yang dilayani sesuai standar / jumlah ODGJ berat (estimasi) x 100%",
      sat: "%",
      pol: "Positif",
      awal: 86.2,
      // planted: 105 in 2028
      tg: [90, 93, 96, 105, 100],
      f: DEC,
    },
    {
      id: "u2",
      sas: S1,
      ind: "Jumlah kasus pemasungan ODGJ yang masih berlangsung",
      rumus: "Jumlah ODGJ yang masih dipasung pada akhir tahun",
      sat: "kasus",
      pol: "Negatif",
      awal: 17,
      tg: [13, 10, 7, 4, 2],
      f: "0",
    },
    {
      id: "u3",
      sas: S2,
      ind: "Prevalensi penyalahgunaan NAPZA penduduk usia 15-64 tahun",
      rumus: "Jumlah penyalahguna NAPZA usia 15-64 / jumlah penduduk usia 15-64 x 1.000",
      sat: "per 1.000",
      pol: "Negatif",
      awal: 18.4,
      tg: [17.8, 17.2, 16.5, 15.9, 15.2],
      f: DEC,
    },
    {
      id: "u4",
      sas: S2,
      ind: "Angka kekambuhan (relapse) klien rehabilitasi medis NAPZA",
      rumus: "Klien yang kembali menggunakan NAPZA dalam 6 bulan / klien selesai rehabilitasi x 100%",
      sat: "%",
      pol: "Negatif",
      awal: 34.5,
      // planted: 33.50 in 2027 rises after 30.00
      tg: [32, 30, 33.5, 26, 24],
      f: DEC,
    },
    {
      id: "u5",
      sas: S2,
      ind: "Persentase klien rehabilitasi medis yang menyelesaikan program",
      rumus: "Klien selesai program / klien yang memulai rehabilitasi x 100%",
      sat: "%",
      pol: "Positif",
      awal: 61.3,
      tg: [65, 68, 71, 74, 78],
      f: DEC,
    },
  ];
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 40 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: 4, width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 10 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", num: 6, width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: 7, width: 10 },
      ...YRS.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        num: 8 + i,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, num: 13, width: 10 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", num: 14, width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        pol: x.pol,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(YRS.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
        src: x.sas === S1 ? "Laporan keswa puskesmas" : "Laporan IPWL / SELLI",
      }),
    })),
  });
  s.gap();
  s.lines(["Polaritas negatif: semakin kecil realisasi semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "u1") },
    rules: ["percent-out-of-range"],
    note: "2028 target of the ODGJ berat served as the SPM requires is 105.00 %, above the 100 % a share of the estimated ODGJ berat can reach; the path 96 .. 100 gives 98",
    truth: `(${a("y2027", "u1")}+${a("y2029", "u1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "u4") },
    rules: ["target-trend"],
    note: "the relapse rate is Negatif, yet its 2027 target 33.50 rises above the 2026 target 30.00; 28.00 keeps the path falling to 26.00",
    truth: `(${a("y2026", "u4")}+${a("y2028", "u4")})/2`,
  });
  for (const x of rows)
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", x.id),
      trap: YRS.map((y) => a(`y${y}`, x.id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("y2029", "u2"), rules: ["target-trend"], truth: "2" });
  b.ok({ sheet: S, cell: a("y2029", "u3"), rules: ["target-trend"], truth: "15.2" });
  b.ok({ sheet: S, cell: a("y2029", "u5"), rules: ["target-trend", "percent-out-of-range"], truth: "78" });
  return b.finish();
}
