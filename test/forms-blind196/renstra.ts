// Plans of two Dinas Pendidikan: the T-C.27 of a Kalimantan Selatan kota's Renstra 2025-2029 (program
// 1.01.02, rehabilitasi ruang kelas SD / SMP and the BOSP reports, "(dalam ribuan rupiah)", ordinal
// "Tahun ke-1 .. ke-5" resolved from the title) and the IKU matrix 2021-2026 of a Sumatera Barat
// kabupaten. Every name and number is invented.
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
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** kondisi akhir K: the last target (a level) or the sum (a flow) */
  flow: boolean;
  rp?: number[];
  kids?: string[];
};

export function tc27Disdik(): BookW {
  const b = new BookW(
    "tc27-renstra-disdik-sarpras-tanjung-belimbing.xlsx",
    "T-C.27 rencana program dan pendanaan (Dinas Pendidikan)",
    "T-C.27 of the Dinas Pendidikan of a Kalimantan Selatan kota, Renstra 2025-2029, Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; number row 1..17 merged over nothing, kondisi akhir Rp '= 7+9+11+13+15'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BELIMBING", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pendidikan dan Kebudayaan",
    "Kota Tanjung Belimbing - Renstra Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "prog",
      kode: "1.01.02",
      nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Persentase ruang kelas SD dan SMP dalam kondisi baik",
      sat: "%",
      awal: 68.2,
      k: [72, 76, 80, 84, 88],
      flow: false,
      kids: ["kg1", "kg2"],
    },
    {
      id: "kg1",
      kode: "1.01.02.2.01",
      nm: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      awal: 22,
      k: [30, 32, 34, 30, 28],
      flow: true,
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.01.02.2.01.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi sedang/berat",
      sat: "ruang",
      awal: 22,
      k: [30, 32, 34, 30, 28],
      flow: true,
      rp: [4_950_000, 5_440_000, 5_950_000, 5_400_000, 5_180_000],
    },
    {
      id: "s2",
      kode: "1.01.02.2.01.0026",
      nm: "Pengelolaan Dana BOSP Sekolah Dasar",
      ind: "Persentase SD yang melaporkan penggunaan dana BOSP tepat waktu",
      sat: "%",
      awal: 89.5,
      k: [92, 94, 96, 98, 100],
      flow: false,
      rp: [410_000, 425_000, 440_000, 455_000, 470_000],
    },
    {
      id: "kg2",
      kode: "1.01.02.2.02",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Jumlah ruang kelas SMP yang direhabilitasi",
      sat: "ruang",
      awal: 9,
      k: [12, 14, 14, 12, 10],
      flow: true,
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "1.01.02.2.02.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMP yang direhabilitasi sedang/berat",
      sat: "ruang",
      awal: 9,
      k: [12, 14, 14, 12, 10],
      flow: true,
      rp: [2_280_000, 2_730_000, 2_800_000, 2_460_000, 2_100_000],
    },
    {
      id: "s4",
      // planted: coded under the SD kegiatan 1.01.02.2.01 while it sits under the SMP kegiatan
      kode: "1.01.02.2.01.0027",
      nm: "Pengelolaan Dana BOSP Sekolah Menengah Pertama",
      ind: "Persentase SMP yang melaporkan penggunaan dana BOSP tepat waktu",
      sat: "%",
      awal: 86,
      k: [90, 93, 95, 97, 100],
      flow: false,
      rp: [260_000, 270_000, 280_000, 290_000, 300_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      width: 10,
    },
    {
      key: "karp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rows: Row[] = L.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        unit: x.id === "s2" || x.id === "s4" ? "Sekretariat" : "Bidang Sarana dan Prasarana",
        lok: "Kota Tanjung Belimbing",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        out[`rp${y}`] = x.kids ? fx(x.kids.map((id) => `${c.c(`rp${y}`)}${c.row(id)}`).join("+")) : x.rp![i];
      });
      // planted: the kegiatan SMP (a flow) takes its last year's target as the kondisi akhir
      out.kak = x.id === "kg2" ? 10 : x.flow ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k5"));
      out.karp = fx(Y.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target indikator persentase = target tahun ke-5; indikator jumlah ruang kelas = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Belimbing, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KOTA TANJUNG BELIMBING,"],
    nama: "H. MUHAMMAD RIFANI NOOR, S.Pd., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760521 200003 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Dana BOSP SMP is coded 1.01.02.2.01.0027 (under the SD kegiatan) while it sits under kegiatan 1.01.02.2.02",
    truth: a("kode", "kg2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kak", "kg2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the ruang kelas SMP direhabilitasi (a yearly count) is a typed 10, the Tahun ke-5 target; the five years add up to 62 (as its sub kegiatan's formula gives)",
    truth: ks("kg2"),
  });
  // levels end at the last target, flows at the sum
  for (const id of ["prog", "s2", "s4"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["kg1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  // the kondisi akhir Rp adds the five Rp, not the targets between them
  for (const id of ["prog", "kg1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("karp", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`rp${y}`, id)).join("+"),
      trap: `SUM(${a("k1", id)}:${a("rp5", id)})`,
    });
  for (const y of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "kg1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "kg2"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s3")}+${a(`rp${y}`, "s4")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3", "s4"].map((id) => a(`rp${y}`, id)).join("+"),
      trap: `SUM(${a(`rp${y}`, "kg1")}:${a(`rp${y}`, "s4")})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: a("kode", "kg2"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  t: Cell[];
  ka: number | null;
  flow?: boolean;
  pj: string;
};

export function ikuDisdik(): BookW {
  const b = new BookW(
    "matriks-iku-disdik-2021-2026-koto-baringin.xlsx",
    "Matriks IKU (Dinas Pendidikan)",
    "IKU matrix 2021-2026 of the Dinas Pendidikan of a Sumatera Barat kabupaten: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal 2021 | 'Target Kinerja' > 2022 .. 2026 | Kondisi Akhir 2026 | Penanggung Jawab; two lower-is-better rates, one count",
  );
  const S = "IKU Disdik";
  const s = b.sheet(S);
  letterhead(s, [
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN KOTO BARINGIN",
    "NOMOR 800/112/Disdik/2022",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA DINAS PENDIDIKAN KABUPATEN KOTO BARINGIN TAHUN 2021-2026"]);
  s.gap();
  const S1 = "Meningkatnya akses pendidikan dasar";
  const S2 = "Meningkatnya kualitas sarana prasarana dan tata kelola dana satuan pendidikan";
  const R: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Angka Partisipasi Kasar (APK) SD/MI",
      def: "Jumlah siswa SD/MI dibagi penduduk usia 7-12 tahun x 100",
      sat: "%",
      awal: 103.2,
      t: [103.5, 103.8, 104.1, 104.5, 105],
      ka: 105,
      pj: "Bidang Pembinaan SD",
    },
    // planted: the 2024 target 8.1 for 81 (a decimal slip among 79 .. 83)
    {
      id: "i2",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      def: "Siswa SMP/MTs usia 13-15 tahun dibagi penduduk usia 13-15 tahun x 100",
      sat: "%",
      awal: 78.1,
      t: [79, 80, 8.1, 82, 83],
      ka: 83,
      pj: "Bidang Pembinaan SMP",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Angka putus sekolah SMP (semakin kecil semakin baik)",
      def: "Siswa SMP putus sekolah dibagi jumlah siswa SMP awal tahun ajaran x 100",
      sat: "%",
      awal: 0.62,
      t: [0.58, 0.54, 0.5, 0.45, 0.4],
      ka: null,
      pj: "Bidang Pembinaan SMP",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase ruang kelas rusak berat SD dan SMP (semakin kecil semakin baik)",
      def: "Ruang kelas rusak berat dibagi seluruh ruang kelas SD dan SMP x 100 (Dapodik)",
      sat: "%",
      awal: 21.4,
      t: [19, 17, 15, 13, 11],
      ka: 11,
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah ruang kelas SD dan SMP yang direhabilitasi",
      def: "Ruang kelas yang selesai direhabilitasi sedang/berat dalam tahun berjalan",
      sat: "ruang",
      awal: 48,
      t: [70, 72, 75, 75, 78],
      ka: 370,
      flow: true,
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase sekolah yang mengelola dana BOSP sesuai juknis",
      def: "Sekolah tanpa temuan monev BOSP dibagi sekolah penerima BOSP x 100",
      sat: "%",
      awal: 85,
      t: [87.5, 90, 92.5, 95, 97.5],
      ka: 97.5,
      pj: "Sekretariat",
    },
  ];
  const YY = [2022, 2023, 2024, 2025, 2026];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "definisi", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal", "2021"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 9 },
    ...YY.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir", "2026"], role: "kondisi-akhir", fmt: DEC, width: 9 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: R.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          def: x.def,
          sat: x.sat,
          awal: x.awal,
          pj: x.pj,
        };
        YY.forEach((y, j) => (out[`t${y}`] = x.t[j]));
        // planted: the putus sekolah row's kondisi akhir is the first year's target 0.58
        out.ka = x.ka ?? 0.58;
        void c;
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase adalah target tahun 2026; jumlah ruang kelas direhabilitasi adalah akumulasi 2022-2026.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Lubuk Baringin, 14 Februari 2022",
    jabatan: ["KEPALA DINAS PENDIDIKAN,"],
    nama: "Drs. ZULHENDRI DATUAK RAJO BATUAH, M.Pd.",
    nip: "19700812 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (id: string) => YY.map((y) => a(`t${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("t2024", "i2") },
    rules: ["target-outlier"],
    note: "APM SMP target 2024 is 8.10 among 79 .. 83 (a decimal slip for 81.00, the middle of 80 and 82)",
    truth: `(${a("t2023", "i2")}+${a("t2025", "i2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "i3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir 2026 of the angka putus sekolah SMP (a rate) is 0.58, the 2022 target; the 2026 target is 0.40",
    truth: a("t2026", "i3"),
  });
  for (const id of ["i1", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2026", id),
      trap: all(id),
    });
  b.ok({
    sheet: S,
    cell: a("ka", "i5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("i5"),
    trap: a("t2026", "i5"),
  });
  // falling targets of the lower-is-better rates are the right way
  for (const id of ["i3", "i4"])
    for (const y of [2023, 2026])
      b.ok({ sheet: S, cell: a(`t${y}`, id), rules: ["target-trend"], truth: a(`t${y}`, id) });
  b.ok({ sheet: S, cell: a("t2024", "i5"), rules: ["target-outlier"], truth: a("t2024", "i5") });
  return b.finish();
}
