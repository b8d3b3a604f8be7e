// Planning forms of the fourth unseen set: a T-C.27 of a Dinas Kominfo whose years stand in a header
// row of their own over "Target Kinerja | Pagu Indikatif", one program summed by formulas and one
// whose kegiatan and program amounts are typed; and the IKU matrix of a kecamatan's Renstra
// ("Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029") with lower-is-better indicators
// whose targets fall. Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, RP, fx, signature, sum, type Cell, type Col } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type RsIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level?: boolean;
  awal: number;
  t: number[];
  rp?: number[];
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  /** amounts of this row and its kegiatan typed, not summed by formulas */
  typed?: boolean;
};

/** T-C.27: Dinas Komunikasi dan Informatika Kota Sindangraja, Renstra 2025-2029. */
export function tc27(): BookW {
  const b = new BookW(
    "tc27-diskominfo-sindangraja.xlsx",
    "T-C.27",
    "T-C.27 of a Dinas Kominfo: years in a header row of their own over Target Kinerja | Pagu Indikatif, one program summed by formulas, one typed",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Komunikasi dan Informatika Kota Sindangraja Tahun 2025-2029",
  ]);
  s.gap();
  const rows: RsIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.16.02",
      nama: "Program Informasi dan Komunikasi Publik",
      ind: "Nilai keterbukaan informasi publik",
      sat: "nilai",
      level: true,
      awal: 78.4,
      t: [80, 82, 84, 86, 88],
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.16.02.2.01",
      nama: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase informasi publik yang dipublikasikan melalui kanal resmi pemerintah daerah",
      sat: "%",
      level: true,
      awal: 85,
      t: [88, 90, 92, 94, 96],
    },
    {
      id: "s1",
      kind: "sub",
      parent: "k1",
      kode: "2.16.02.2.01.0002",
      nama: "Monitoring Opini dan Aspirasi Publik di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah laporan monitoring opini dan aspirasi publik",
      sat: "laporan",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      rp: [428_500_000, 452_000_000, 476_300_000, 501_200_000, 527_800_000],
    },
    {
      id: "s2",
      kind: "sub",
      parent: "k1",
      kode: "2.16.02.2.01.0004",
      nama: "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
      ind: "Jumlah konten informasi publik yang diproduksi",
      sat: "konten",
      awal: 640,
      t: [700, 750, 800, 850, 900],
      rp: [612_750_000, 648_400_000, 685_900_000, 724_600_000, 766_250_000],
    },
    {
      id: "s3",
      kind: "sub",
      parent: "k1",
      kode: "2.16.02.2.01.0006",
      nama: "Layanan Hubungan Media",
      ind: "Jumlah kerja sama publikasi dengan media massa",
      sat: "kerja sama",
      awal: 35,
      t: [36, 38, 40, 42, 44],
      rp: [1_150_000_000, 1_205_000_000, 1_262_500_000, 1_318_000_000, 1_376_400_000],
    },
    {
      id: "p2",
      kind: "program",
      typed: true,
      kode: "2.16.03",
      nama: "Program Aplikasi Informatika",
      ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
      sat: "indeks",
      level: true,
      awal: 2.85,
      t: [3.0, 3.2, 3.4, 3.6, 3.8],
    },
    {
      id: "k2",
      kind: "kegiatan",
      typed: true,
      parent: "p2",
      kode: "2.16.03.2.02",
      nama: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase perangkat daerah yang terhubung jaringan intra pemerintah",
      sat: "%",
      level: true,
      awal: 72,
      t: [78, 84, 90, 95, 100],
    },
    {
      id: "s4",
      kind: "sub",
      parent: "k2",
      kode: "2.16.03.2.02.0005",
      nama: "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen pengelolaan nama domain dan subdomain",
      sat: "dokumen",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      rp: [185_000_000, 194_250_000, 203_960_000, 214_160_000, 224_870_000],
    },
    {
      id: "s5",
      kind: "sub",
      parent: "k2",
      kode: "2.16.03.2.02.0010",
      nama: "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
      ind: "Jumlah titik jaringan intra pemerintah baru yang dibangun",
      sat: "titik",
      awal: 14,
      t: [15, 15, 12, 10, 8],
      rp: [2_480_000_000, 2_520_000_000, 2_150_000_000, 1_860_000_000, 1_540_000_000],
    },
    {
      id: "s6",
      kind: "sub",
      parent: "k2",
      kode: "2.16.03.2.02.0016",
      nama: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
      ind: "Jumlah aplikasi layanan publik yang dikembangkan",
      sat: "aplikasi",
      awal: 3,
      t: [4, 4, 5, 5, 6],
      rp: [1_340_000_000, 1_410_000_000, 1_585_000_000, 1_660_000_000, 1_825_000_000],
    },
    {
      id: "k3",
      kind: "kegiatan",
      typed: true,
      parent: "p2",
      kode: "2.16.03.2.03",
      nama: "Pengelolaan Pusat Data dan Keamanan Informasi Pemerintah Daerah",
      ind: "Persentase ketersediaan (uptime) layanan pusat data pemerintah daerah",
      sat: "%",
      level: true,
      awal: 97.5,
      t: [98, 98.5, 99, 99.5, 99.8],
    },
    {
      id: "s7",
      kind: "sub",
      parent: "k3",
      kode: "2.16.03.2.03.0001",
      nama: "Pengelolaan Pusat Data Pemerintah Daerah",
      ind: "Jumlah laporan pengelolaan pusat data",
      sat: "laporan",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      rp: [965_000_000, 1_012_000_000, 1_063_500_000, 1_117_000_000, 1_172_800_000],
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const x of rows.filter((r) => r.kind === kind))
      x.rp = YEARS.map((_, i) => sum(kidsOf(x.id).map((k) => k.rp![i])));
  const PLANT_SUM = { id: "k2", i: 2 }; // 2027
  const typedSum = 3_398_960_000; // 3,938,960,000 with two digits swapped
  const PLANT_AK = "k1";
  const PLANT_AK_VAL = 92; // the mean of the five targets, not the last one
  const G = "Target Kinerja Program dan Kerangka Pendanaan Indikatif";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output) / Sub Kegiatan"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"], role: "kondisi-awal" },
    ...YEARS.flatMap((y): Col[] => [
      { key: `t${y}`, head: [G, String(y), "Target Kinerja"], role: "target", year: y },
      {
        key: `rp${y}`,
        head: [G, String(y), "Pagu Indikatif"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [AK, "Target Kinerja"], role: "kondisi-akhir" },
    { key: "akRp", head: [AK, "Pagu Indikatif"], fmt: RP, width: 17 },
    { key: "lokasi", head: ["Lokasi"], role: "lokasi" },
    {
      key: "pj",
      head: ["Unit Kerja Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      width: 22,
    },
  ];
  const akOf = (x: RsIn) => (x.level ? x.t[4] : sum(x.t));
  const PJ: Record<string, string> = {
    p1: "Bidang Informasi dan Komunikasi Publik",
    p2: "Bidang Aplikasi Informatika",
  };
  const progOf = (x: RsIn): string =>
    x.kind === "program" ? x.id : progOf(rows.find((r) => r.id === x.parent)!);
  let no = 0;
  const t = s.table(
    {
      cols,
      headerRows: 3,
      rows: rows.map((x) => ({
        id: x.id,
        bold: x.kind === "program",
        cells: (c) => {
          const out: Record<string, Cell> = {
            no: x.kind === "program" ? String(++no) : undefined,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            awal: x.awal,
            akK: x.id === PLANT_AK ? PLANT_AK_VAL : akOf(x),
            lokasi: "Kota Sindangraja",
            pj: PJ[progOf(x)],
          };
          YEARS.forEach((y, i) => {
            out[`t${y}`] = x.t[i];
            const col = `rp${y}`;
            if (x.kind === "sub" || x.typed)
              out[col] = x.id === PLANT_SUM.id && i === PLANT_SUM.i ? typedSum : x.rp![i];
            else {
              const kids = kidsOf(x.id);
              out[col] =
                x.kind === "kegiatan"
                  ? fx(`SUM(${c.a(col, kids[0].id)}:${c.a(col, kids[kids.length - 1].id)})`)
                  : fx(kids.map((k) => c.a(col, k.id)).join("+"));
            }
          });
          // kondisi akhir Rp: a formula over the five years, typed in the typed program
          out.akRp =
            x.typed || (x.kind === "sub" && progOf(x) === "p2")
              ? sum(x.rp!)
              : fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
          return out;
        },
      })),
    },
    1,
  );
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator persentase, nilai dan indeks adalah target tahun 2029."]);
  const a = (k: string, id: string) => t.a(k, id);
  const plantedYear = YEARS[PLANT_SUM.i];
  b.plant({
    at: { sheet: S, cell: a(`rp${plantedYear}`, PLANT_SUM.id) },
    rules: ["sum-mismatch"],
    note: "the typed 2027 pagu of kegiatan Pengelolaan e-Government is 3,398,960,000; its three sub kegiatan add up to 3,938,960,000 (the program total uses the latter)",
    truth: kidsOf(PLANT_SUM.id)
      .map((k) => a(`rp${plantedYear}`, k.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a percentage is 92, the mean of 88..96; the 2029 target is 96",
    truth: a("t2029", PLANT_AK),
  });
  for (const x of rows) {
    const tk = YEARS.map((y) => a(`t${y}`, x.id));
    if (x.id !== PLANT_AK)
      b.ok({
        sheet: S,
        cell: a("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.level ? tk[4] : tk.join("+"),
        trap: x.level ? tk.join("+") : x.t[4] === x.t[0] ? tk[4] : undefined,
      });
    if (x.id !== PLANT_SUM.id)
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
        truth: YEARS.map((y) => a(`rp${y}`, x.id)).join("+"),
        tol: 0.5,
      });
    if (x.kind !== "sub")
      YEARS.forEach((y, i) => {
        if (i === PLANT_SUM.i && (x.id === PLANT_SUM.id || x.id === "p2")) return;
        const kids = kidsOf(x.id).map((k) => k.id);
        const subs = kids.flatMap((k) => kidsOf(k).map((s2) => s2.id));
        b.ok({
          sheet: S,
          cell: a(`rp${y}`, x.id),
          rules: ["sum-mismatch"],
          truth: (x.kind === "program" ? subs : kids).map((k) => a(`rp${y}`, k)).join("+"),
          trap: x.kind === "program" ? [...kids, ...subs].map((k) => a(`rp${y}`, k)).join("+") : undefined,
          tol: 0.5,
        });
      });
  }
  // a falling count of new network points is a plan, not a wrong trend
  for (const y of [2027, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`t${y}`, "s5"),
      rules: ["target-trend", "target-outlier"],
      truth: a(`t${y}`, "s5"),
    });
  return b.finish();
}

// ============================================================================ IKU Renstra (kecamatan)

type IkuIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  neg?: boolean;
  flow?: boolean;
  pj: string;
};

/** IKU Kecamatan Cibeureum Hilir, Kabupaten Ciwalen, Renstra 2025-2029. */
export function iku(): BookW {
  const b = new BookW(
    "iku-kecamatan-cibeureumhilir.xlsx",
    "IKU Renstra",
    "IKU matrix of a kecamatan: Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029, falling targets of lower-is-better indicators",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  s.lines(
    [
      "INDIKATOR KINERJA UTAMA (IKU)",
      "KECAMATAN CIBEUREUM HILIR KABUPATEN CIWALEN",
      "RENCANA STRATEGIS TAHUN 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const SAS1 = "Meningkatnya kualitas pelayanan publik di kecamatan";
  const SAS2 = "Meningkatnya partisipasi masyarakat dan ketenteraman wilayah kecamatan";
  const rows: IkuIn[] = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Indeks Kepuasan Masyarakat (IKM) terhadap layanan kecamatan",
      sat: "indeks",
      awal: 81.6,
      t: [82.5, 83.5, 84.5, 85.5, 86.5],
      pj: "Sekretaris Kecamatan",
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase layanan PATEN yang diselesaikan tepat waktu",
      sat: "%",
      awal: 88,
      t: [90, 92, 94, 96, 98],
      pj: "Seksi Pelayanan Umum",
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Rata-rata waktu penyelesaian layanan PATEN",
      sat: "hari",
      neg: true,
      awal: 4.5,
      t: [4, 3.5, 3, 2.5, 2],
      pj: "Seksi Pelayanan Umum",
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase pengaduan masyarakat yang tidak tertindaklanjuti",
      sat: "%",
      neg: true,
      awal: 14,
      t: [12, 10, 8, 6, 5],
      pj: "Seksi Ketenteraman dan Ketertiban Umum",
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Jumlah dokumen perencanaan dan evaluasi pembangunan kecamatan yang disusun",
      sat: "dokumen",
      flow: true,
      awal: 4,
      t: [4, 4, 4, 4, 4],
      pj: "Subbagian Perencanaan dan Keuangan",
    },
    {
      id: "i6",
      sas: SAS2,
      ind: "Persentase desa dengan lembaga kemasyarakatan desa yang aktif",
      sat: "%",
      awal: 70.59,
      t: [76.47, 82.35, 88.24, 94.12, 100],
      pj: "Seksi Pemberdayaan Masyarakat Desa",
    },
  ];
  const PLANT_RATE = "i1"; // the 2028 target typed as kondisi akhir
  const PLANT_NEG = "i4"; // the highest (first) target of a falling negative indicator
  const akTyped: Record<string, number> = { [PLANT_RATE]: 85.5, [PLANT_NEG]: 12 };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal" },
    ...YEARS.map((y): Col => ({ key: `t${y}`, head: ["Target", String(y)], role: "target", year: y })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir" },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const akOf = (x: IkuIn) => (x.flow ? sum(x.t) : x.t[4]);
  const t = s.table(
    {
      cols,
      headerRows: 2,
      vmerge: ["sas"],
      rows: rows.map((x, i) => {
        const cells: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ak: akTyped[x.id] ?? akOf(x),
          pj: x.pj,
        };
        YEARS.forEach((y, j) => (cells[`t${y}`] = x.t[j]));
        return { id: x.id, cells };
      }),
    },
    1,
  );
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 3 dan 4 semakin kecil semakin baik (polaritas negatif).",
    "Kondisi akhir indikator jumlah dokumen adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Cibeureum Hilir, 3 Maret 2025",
    jabatan: ["CAMAT CIBEUREUM HILIR,"],
    nama: "DEDI SUPRIATNA, S.Sos., M.Si.",
    pangkat: "Pembina",
    nip: "19780615 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", PLANT_RATE) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir IKM is 85.5, the 2028 target; the 2029 target is 86.5",
    truth: a("t2029", PLANT_RATE),
  });
  b.plant({
    at: { sheet: S, cell: a("ak", PLANT_NEG) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of pengaduan tidak tertindaklanjuti (lower is better) is 12, the 2025 target; the 2029 target is 5",
    truth: a("t2029", PLANT_NEG),
  });
  for (const x of rows) {
    const tk = YEARS.map((y) => a(`t${y}`, x.id));
    if (!(x.id in akTyped))
      b.ok({
        sheet: S,
        cell: a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? tk.join("+") : tk[4],
        trap: x.flow ? tk[4] : x.neg ? tk[0] : tk.join("+"),
      });
    if (x.neg)
      for (const y of YEARS)
        b.ok({ sheet: S, cell: a(`t${y}`, x.id), rules: ["target-trend"], truth: a(`t${y}`, x.id) });
  }
  return b.finish();
}
