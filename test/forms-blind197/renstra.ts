// Plans of a Bagian Kerja Sama in Nusa Tenggara Barat: the T-C.27 of the Renstra Setda Kabupaten Lombok
// Selatan Raya 2025-2029 for kegiatan 4.01.02.2.03 (ordinal Tahun ke-1..5, Rp in thousands, SUM rows,
// a second indicator without a code), and the IKU matrix 2025-2029 of the Bagian Kerja Sama of Kota
// Samawa Rea (definisi, rumus, a SAKIP-letter indicator, a lower-is-better waktu fasilitasi).
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

type Line = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27KerjaSama(): BookW {
  const b = new BookW(
    "renstra-tc27-bagian-kerja-sama-lombok-selatan-raya.xlsx",
    "T-C.27 Renstra funding (Bagian Kerja Sama)",
    "T-C.27 of the Renstra Setda Kabupaten Lombok Selatan Raya 2025-2029 (Bagian Kerja Sama), Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; three header rows and a number row (1)..(19) with '17 = 7+9+11+13+15'; kegiatan Rp are SUM formulas, the program takes the kegiatan; a second indicator without a code under the monev sub kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LOMBOK SELATAN RAYA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Sekretariat Daerah",
    "Kabupaten Lombok Selatan Raya Tahun 2025-2029 (Bagian Kerja Sama)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${6 + 2 * i})`,
        width: 8,
      },
      {
        key: `rp${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${7 + 2 * i})`,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", width: 9 },
    { key: "akRp", head: [AK, "Rp"], num: "(17) = 7+9+11+13+15", fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 14 },
  ];
  const K = [1, 2, 3, 4, 5].map((i) => `k${i}`);
  const R = [1, 2, 3, 4, 5].map((i) => `rp${i}`);
  const subs: Line[] = [
    {
      id: "s1",
      kode: "4.01.02.2.03.0001",
      nm: "Fasilitasi Kerja Sama dengan Daerah Lain",
      ind: "Jumlah naskah kerja sama daerah dengan daerah lain (KSDD) yang ditandatangani",
      sat: "naskah",
      level: false,
      awal: 3,
      k: [3, 4, 4, 5, 4],
      rp: [285_000, 310_500, 326_000, 342_300, 359_400],
    },
    {
      id: "s2",
      kode: "4.01.02.2.03.0002",
      nm: "Fasilitasi Kerja Sama dengan Pihak Ketiga",
      ind: "Jumlah perjanjian kerja sama dengan pihak ketiga (KSDPK) yang difasilitasi",
      sat: "naskah",
      level: false,
      awal: 4,
      k: [5, 6, 6, 7, 7],
      rp: [342_750, 368_200, 386_600, 405_900, 426_200],
    },
    {
      id: "s3",
      kode: "4.01.02.2.01.0003",
      nm: "Fasilitasi Kerja Sama dengan Lembaga/Pemerintah Daerah di Luar Negeri",
      ind: "Jumlah kerja sama luar negeri (sister province, hibah luar negeri) yang difasilitasi",
      sat: "kerja sama",
      level: false,
      awal: 1,
      k: [1, 1, 2, 2, 2],
      rp: [415_000, 228_500, 462_300, 251_800, 486_900],
    },
    {
      id: "s4",
      kode: "4.01.02.2.03.0004",
      nm: "Monitoring dan Evaluasi Pelaksanaan Kerja Sama Daerah",
      ind: "Persentase naskah kerja sama aktif yang dimonitoring dan dievaluasi",
      sat: "%",
      level: true,
      awal: 70,
      k: [80, 85, 90, 95, 100],
      rp: [156_000, 164_000, 172_200, 180_800, 189_800],
    },
    {
      id: "s4b",
      ind: "Jumlah laporan hasil monev pelaksanaan kerja sama daerah",
      sat: "laporan",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
    },
  ];
  const akK = (x: Line) => (x.level ? x.k[4] : x.k.reduce((n, v) => n + v, 0));
  const line = (x: Line): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        // planted: the monev rate's kondisi akhir is the average of the five targets
        akK: x.id === "s4" ? 90 : akK(x),
        pj: "Bagian Kerja Sama",
        lok: "Kabupaten Lombok Selatan Raya",
      };
      K.forEach((k, i) => (out[k] = x.k[i]));
      if (x.rp) {
        R.forEach((k, i) => (out[k] = x.rp![i]));
        out.akRp = fx(R.map((k) => c.a(k)).join("+"));
      }
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "4.01.02",
            nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
            ind: "Persentase kesepakatan kerja sama daerah yang ditindaklanjuti dengan kegiatan",
            sat: "%",
            awal: 76,
            akK: 88,
            pj: "Sekretariat Daerah",
            lok: "Kabupaten Lombok Selatan Raya",
            akRp: fx(R.map((k) => c.a(k)).join("+")),
          };
          [78, 80, 82, 85, 88].forEach((v, i) => (out[K[i]] = v));
          for (const k of R) out[k] = fx(c.a(k, "keg"));
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "4.01.02.2.03",
            nm: "Fasilitasi Kerja Sama Daerah",
            ind: "Jumlah dokumen laporan fasilitasi kerja sama daerah",
            sat: "dokumen",
            awal: 1,
            akK: 5,
            pj: "Bagian Kerja Sama",
            lok: "Kabupaten Lombok Selatan Raya",
            akRp: fx(R.map((k) => c.a(k)).join("+")),
          };
          K.forEach((k) => (out[k] = 1));
          for (const k of R) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s4b")})`);
          return out;
        },
      },
      ...subs.map(line),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
    "Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Praya Selatan, 8 Juli 2025",
    jabatan: ["SEKRETARIS DAERAH KABUPATEN LOMBOK SELATAN RAYA,"],
    nama: "H. LALU MUHAMMAD SUPARDAN, S.H., M.H.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710612 199703 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi Kerja Sama Luar Negeri is coded 4.01.02.2.01.0003 under kegiatan 4.01.02.2.03 (it is 4.01.02.2.03.0003); its Rp is still summed into the kegiatan by position",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s4") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the monev rate (a percentage, a level) is 90, the average of 80 .. 100; the Tahun ke-5 (2029) target 100 is the end condition",
    truth: a("k5", "s4"),
  });
  const sumK = (id: string) => K.map((k) => a(k, id)).join("+");
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: sumK("prog"),
  });
  for (const id of ["keg", "s1", "s2", "s3", "s4b"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: sumK(id),
      trap: a("k5", id),
    });
  for (const id of ["prog", "keg", "s1", "s2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: R.map((k) => a(k, id)).join("+"),
    });
  for (const k of R)
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3", "s4"].map((id) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s4"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

// ====================================================== IKU Bagian Kerja Sama Setda Kota Samawa Rea

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number | string;
  t: Array<number | string>;
  ak: number | string;
  f?: string;
};

export function ikuKerjaSama(): BookW {
  const b = new BookW(
    "iku-matriks-bagian-kerja-sama-kota-samawa-rea.xlsx",
    "IKU matrix (Bagian Kerja Sama)",
    "IKU 2025-2029 of the Bagian Kerja Sama, Setda Kota Samawa Rea: No | Sasaran (merged) | Indikator Kinerja Utama | Definisi Operasional | Formula Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Kinerja' (written once, unmerged) > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; number row (1)..(15); a Nilai AKIP indicator with SAKIP letters and scores 'BB (72,50)', a lower-is-better waktu fasilitasi",
  );
  const S = "IKU Bag Kerja Sama";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SAMAWA REA",
    "SEKRETARIAT DAERAH",
    "Jl. Garuda No. 3 Samawa Rea, Nusa Tenggara Barat",
  ]);
  s.lines([
    "Lampiran Keputusan Wali Kota Samawa Rea Nomor 050/212/BKS/2025",
    "INDIKATOR KINERJA UTAMA BAGIAN KERJA SAMA SEKRETARIAT DAERAH TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas dan kemanfaatan kerja sama daerah";
  const S2 = "Meningkatnya akuntabilitas dan layanan fasilitasi kerja sama";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase naskah kerja sama daerah yang terlaksana",
      def: "Naskah KSDD, KSDPK dan KSDLN yang masih berlaku dan memiliki kegiatan pelaksanaan pada tahun berjalan",
      rumus: "(Jumlah naskah terlaksana / jumlah naskah aktif) x 100%",
      sat: "%",
      awal: 72.5,
      t: [75, 78, 81, 84, 87],
      ak: 87,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah kerja sama dengan pihak ketiga yang menghasilkan PAD",
      def: "PKS baru dengan badan usaha atau lembaga yang memberi pemasukan ke kas daerah",
      rumus: "Jumlah PKS baru yang menghasilkan PAD pada tahun berjalan",
      sat: "naskah",
      awal: 2,
      t: [2, 3, 3, 4, 4],
      ak: 16,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Nilai AKIP Bagian Kerja Sama (evaluasi internal Inspektorat)",
      def: "Nilai dan kategori hasil evaluasi implementasi SAKIP unit kerja oleh Inspektorat Kota",
      rumus: "Nilai hasil evaluasi SAKIP (PermenPANRB 88/2021)",
      sat: "nilai / kategori",
      awal: "BB (68,45)",
      t: ["B (70,00)", "BB (72,50)", "BB (75,00)", "BB (78,00)", "A (80,50)"],
      ak: "A (80,50)",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu fasilitasi penyusunan naskah PKS (semakin kecil semakin baik)",
      def: "Hari kerja sejak surat permohonan mitra diterima sampai naskah siap ditandatangani",
      rumus: "Jumlah hari kerja seluruh fasilitasi / jumlah naskah yang difasilitasi",
      sat: "hari kerja",
      awal: 21,
      t: [20, 18, 16, 14, 12],
      ak: 12,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase kerja sama luar negeri yang dilaporkan kepada Menteri Dalam Negeri tepat waktu",
      def: "Laporan pelaksanaan KSDLN yang disampaikan paling lambat 15 Januari tahun berikutnya",
      rumus: "(Laporan KSDLN tepat waktu / jumlah KSDLN aktif) x 100%",
      sat: "%",
      awal: 60,
      t: [70, 75, 80, 58, 90],
      ak: 90,
      f: DEC,
    },
  ];
  const TG = "Target Kinerja";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 36 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", num: "(4)", width: 36 },
    { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", num: "(5)", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(6)", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(7)", width: 12 },
    ...YEARS.map((y, i): Col => ({
      key: `t${y}`,
      head: [TG, String(y)],
      role: "target",
      year: y,
      num: `(${8 + i})`,
      width: 11,
    })),
    { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", num: "(13)", width: 12 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(14)", width: 18 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(15)", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => {
      const out: Record<string, Cell> = {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ak: x.ak,
        sd: x.id === "i3" ? "LHE SAKIP Inspektorat" : "SIKS Kemendagri / Bagian Kerja Sama",
        pj: "Kepala Bagian Kerja Sama",
      };
      YEARS.forEach((y, i) => (out[`t${y}`] = x.t[i]));
      return { id: x.id, cells: out };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator jumlah = akumulasi 2025-2029; indikator persentase, nilai dan waktu = target 2029.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Samawa Rea, 17 Maret 2025",
    jabatan: ["WALI KOTA SAMAWA REA,"],
    nama: "H. MUHAMMAD JAYADI SYAHRIAL",
    nip: "-",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("awal", "i3") },
    rules: ["sakip-grade-mismatch"],
    note: "kondisi awal 'BB (68,45)': a score of 68.45 is in the band > 60 - 70, category B",
    truth: `SAKIP(SCORE(${a("awal", "i3")}))`,
    actual: `GRADE(${a("awal", "i3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2028", "i5") },
    rules: ["target-trend"],
    note: "2028 target of the KSDLN reported on time is 58 in a path 70, 75, 80, .., 90 rising by 5; 85 fits (digits swapped; 58 is below the baseline of 60)",
    truth: `${a("t2027", "i5")}+(${a("t2027", "i5")}-${a("t2026", "i5")})`,
  });
  // lower bounds are exclusive: 70,00 is still B
  b.ok({
    sheet: S,
    cell: a("t2025", "i3"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("t2025", "i3")}))`,
    actual: `GRADE(${a("t2025", "i3")})`,
    trap: '"BB"',
  });
  for (const k of ["t2026", "t2027", "t2028", "t2029", "ak"])
    b.ok({
      sheet: S,
      cell: a(k, "i3"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(k, "i3")}))`,
      actual: `GRADE(${a(k, "i3")})`,
    });
  const sumT = (id: string) => YEARS.map((y) => a(`t${y}`, id)).join("+");
  for (const id of ["i1", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: sumT(id),
    });
  b.ok({
    sheet: S,
    cell: a("ak", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: sumT("i2"),
    trap: a("t2029", "i2"),
  });
  // the waktu fasilitasi is lower is better: falling targets are right
  b.ok({ sheet: S, cell: a("t2029", "i4"), rules: ["target-trend"], truth: "12" });
  b.ok({ sheet: S, cell: a("t2029", "i1"), rules: ["target-trend", "target-outlier"], truth: "87" });
  return b.finish();
}
