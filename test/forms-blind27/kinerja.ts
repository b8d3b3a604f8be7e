// Perjanjian Kinerja workbooks of two provincial offices: the Dinas Perindustrian dan Perdagangan
// of Provinsi Gorontalo (indicators with a target and a realisasi per triwulan and a yearly
// capaian, flows summed and levels taken at triwulan IV, and the program anggaran on a second
// sheet) and the Dinas Perhubungan of Provinsi Kalimantan Utara (targets per triwulan and the
// program / kegiatan / sub kegiatan anggaran with realisasi, two tables on one sheet). Every
// person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./common";

type PkIn = {
  ind: string;
  sat: string;
  t: [number, number, number, number];
  r: [number, number, number, number];
  flow: boolean;
  neg?: boolean;
};

/** PK 2024 with triwulan targets and realisasi, Disperindag Provinsi Gorontalo. */
export function pkTriwulan(): BookW {
  const b = new BookW(
    "pk-triwulan-realisasi-disperindag-gorontalo.xlsx",
    "Perjanjian Kinerja with triwulan target and realisasi (Disperindag)",
    "PK 2024: target TW I .. IV + Setahun, realisasi TW I .. IV + Setahun, capaian tahunan; flows summed, levels at TW IV; program anggaran on a second sheet",
  );
  const S = "PK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI GORONTALO",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "Jl. Prof. Dr. H.B. Jassin No. 21, Kota Gorontalo",
  ]);
  s.lines(["MONITORING CAPAIAN PERJANJIAN KINERJA TAHUN 2024", "PER TRIWULAN"], 1, { bold: true });
  s.gap();
  const SAS1 = "Meningkatnya daya saing industri kecil dan menengah";
  const SAS2 = "Terjaganya stabilitas harga bahan pokok";
  const rows: Array<PkIn & { sas: string }> = [
    {
      sas: SAS1,
      ind: "Jumlah IKM yang difasilitasi sertifikasi halal",
      sat: "unit usaha",
      t: [40, 60, 60, 40],
      r: [35, 62, 58, 51],
      flow: true,
    },
    {
      sas: SAS1,
      ind: "Persentase IKM yang menerapkan teknologi tepat guna",
      sat: "%",
      t: [18, 19, 20, 21],
      r: [17.6, 18.9, 20.4, 21.8],
      flow: false,
    },
    {
      sas: SAS1,
      ind: "Nilai transaksi pasar lelang komoditas agro",
      sat: "Rp miliar",
      t: [12, 15, 18, 15],
      r: [10.4, 16.2, 19.5, 17.1],
      flow: true,
    },
    {
      sas: SAS2,
      ind: "Disparitas harga bahan pokok antar kabupaten/kota",
      sat: "%",
      t: [12, 11.5, 11, 10.5],
      r: [12.4, 11.2, 10.9, 9.8],
      flow: false,
      neg: true,
    },
    {
      sas: SAS2,
      ind: "Koefisien variasi harga beras medium",
      sat: "%",
      t: [6, 5.5, 5, 5],
      r: [5.8, 5.9, 5.6, 5.4],
      flow: false,
      neg: true,
    },
    {
      sas: SAS2,
      ind: "Jumlah wirausaha baru bidang perdagangan yang dibina",
      sat: "orang",
      t: [25, 50, 50, 25],
      r: [20, 48, 55, 34],
      flow: true,
    },
  ];
  const TG = "Target Tahun 2024";
  const RG = "Realisasi Tahun 2024";
  const q = ["TW I", "TW II", "TW III", "TW IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    ...q.map((x, i): Col => ({
      key: `t${i}`,
      head: [TG, x],
      role: "target",
      year: 2024,
      num: 5 + i,
      width: 8,
    })),
    { key: "tt", head: [TG, "Setahun"], role: "target", year: 2024, num: 9, width: 9 },
    ...q.map((x, i): Col => ({
      key: `r${i}`,
      head: [RG, x],
      role: "realisasi",
      year: 2024,
      num: 10 + i,
      width: 8,
    })),
    { key: "rt", head: [RG, "Setahun"], role: "realisasi", year: 2024, num: 14, width: 9 },
    { key: "c", head: ["Capaian Tahunan (%)"], role: "capaian", year: 2024, num: 15, fmt: DEC, width: 10 },
    { key: "ket", head: ["Cara Rekap"], role: "keterangan", num: 16, width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: `i${i}`,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat };
        x.t.forEach((v, k) => (cells[`t${k}`] = v));
        x.r.forEach((v, k) => (cells[`r${k}`] = v));
        const T = c.a("tt");
        const R = c.a("rt");
        cells.tt = x.flow ? fx(`SUM(${c.a("t0")}:${c.a("t3")})`) : fx(c.a("t3"));
        // planted (row 2): the yearly realisasi sums TW I .. III only
        cells.rt = x.flow ? fx(`SUM(${c.a("r0")}:${c.a(i === 2 ? "r2" : "r3")})`) : fx(c.a("r3"));
        // planted (row 4): a lower-is-better indicator's capaian as R / T
        cells.c = fx(x.neg && i !== 4 ? refl(R, T) : rt(R, T));
        cells.ket = x.flow
          ? "Akumulasi TW I s.d. TW IV"
          : x.neg
            ? "Posisi TW IV; negatif (makin kecil makin baik)"
            : "Posisi TW IV";
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Indikator akumulatif: realisasi setahun = jumlah TW I s.d. TW IV; indikator posisi: realisasi setahun = posisi TW IV.",
    "- Indikator nomor 4 dan 5 berpolaritas negatif: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Gorontalo, 15 Januari 2025",
    jabatan: ["Kepala Dinas Perindustrian dan Perdagangan", "Provinsi Gorontalo,"],
    nama: "Ir. RAHMAT HULOPI DAUD, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19710624 199803 1 004",
  });
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("rt", 2) },
    rules: ["sum-mismatch"],
    note: "realisasi setahun of the nilai transaksi pasar lelang (a flow) is =SUM of TW I .. III = 46.10; with TW IV's 17.10 it is 63.20 (Rp miliar)",
    truth: `SUM(${a("r0", 2)}:${a("r3", 2)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", 4) },
    rules: ["capaian-mismatch"],
    note: "capaian of the koefisien variasi harga beras (negative, note) is R / T = 5.4 / 5 x 100 = 108.00; the refleksi (2 x 5 - 5.4) / 5 x 100 gives 92.00",
    truth: refl(a("rt", 4), a("tt", 4)),
  });
  // level indicators: setahun is TW IV, not the sum of quarters
  for (const i of [1, 3, 4]) {
    b.ok({
      sheet: S,
      cell: a("rt", i),
      rules: ["sum-mismatch"],
      truth: a("r3", i),
      trap: `SUM(${a("r0", i)}:${a("r3", i)})`,
    });
    b.ok({
      sheet: S,
      cell: a("tt", i),
      rules: ["sum-mismatch"],
      truth: a("t3", i),
      trap: `SUM(${a("t0", i)}:${a("t3", i)})`,
    });
  }
  for (const i of [0, 5]) {
    b.ok({ sheet: S, cell: a("rt", i), rules: ["sum-mismatch"], truth: `SUM(${a("r0", i)}:${a("r3", i)})` });
    b.ok({ sheet: S, cell: a("tt", i), rules: ["sum-mismatch"], truth: `SUM(${a("t0", i)}:${a("t3", i)})` });
  }
  b.ok({
    sheet: S,
    cell: a("c", 3),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("rt", 3), a("tt", 3)),
    trap: rt(a("rt", 3), a("tt", 3)),
  });
  for (const i of [0, 1, 5])
    b.ok({ sheet: S, cell: a("c", i), rules: ["capaian-mismatch"], truth: rt(a("rt", i), a("tt", i)) });

  // second sheet: the PK's program anggaran
  const S2 = "Anggaran PK";
  const s2 = b.sheet(S2);
  s2.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2024", "PROGRAM, KEGIATAN DAN ANGGARAN"], 1, { bold: true });
  s2.lines(["Dinas Perindustrian dan Perdagangan Provinsi Gorontalo"]);
  s2.gap();
  type Ag = { id: string; kode: string; nama: string; pagu?: number; real?: number; of?: string[] };
  const ag: Ag[] = [
    {
      id: "p1",
      kode: "3.30.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      of: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "3.30.01.1.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      pagu: 6_842_315_000,
      real: 6_611_904_250,
    },
    {
      id: "k2",
      kode: "3.30.01.1.06",
      nama: "Administrasi Umum Perangkat Daerah",
      pagu: 1_276_400_000,
      real: 1_198_763_500,
    },
    { id: "p2", kode: "3.30.03", nama: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", of: ["k3"] },
    {
      id: "k3",
      kode: "3.30.03.1.01",
      nama: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      pagu: 2_450_000_000,
      real: 2_318_640_000,
    },
    {
      id: "p3",
      kode: "3.30.04",
      nama: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
      of: ["k4"],
    },
    {
      id: "k4",
      kode: "3.30.04.1.01",
      nama: "Menjamin Ketersediaan, Stabilitas dan Kepastian Harga Barang Kebutuhan Pokok",
      pagu: 1_185_750_000,
      real: 1_102_418_900,
    },
    { id: "p4", kode: "3.31.03", nama: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI", of: ["k5"] },
    {
      id: "k5",
      kode: "3.31.03.1.01",
      nama: "Penyusunan dan Evaluasi Rencana Pembangunan Industri Provinsi",
      pagu: 875_200_000,
      real: 841_356_700,
    },
  ];
  const cols2: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], width: 50 },
    { key: "pagu", head: ["Pagu DPA (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    {
      key: "real",
      head: ["Realisasi s.d. 31 Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "pct", head: ["% Realisasi"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const t2 = s2.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      ...ag.map((x): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const sumOf = (k: string) => fx(x.of!.map((o) => c.a(k, o)).join("+"));
          return {
            kode: x.kode,
            nama: x.nama,
            pagu: x.of ? sumOf("pagu") : x.pagu,
            real: x.of ? sumOf("real") : x.real,
            // planted: the Administrasi Umum's % keeps the triwulan III result
            pct: x.id === "k2" ? fx(rt(c.a("real"), c.a("pagu")), 71.36) : fx(rt(c.a("real"), c.a("pagu"))),
          };
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "nama"],
        cells: (c) => ({
          kode: "JUMLAH",
          pagu: fx(["p1", "p2", "p3", "p4"].map((p) => c.a("pagu", p)).join("+")),
          real: fx(["p1", "p2", "p3", "p4"].map((p) => c.a("real", p)).join("+")),
          pct: fx(rt(c.a("real"), c.a("pagu"))),
        }),
      },
    ],
  });
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S2, cell: a2("pct", "k2") },
    rules: ["capaian-mismatch"],
    note: "% realisasi of Administrasi Umum Perangkat Daerah keeps a stale cached 71.36 (the triwulan III position); 1,198,763,500 / 1,276,400,000 x 100 gives 93.92",
    truth: rt(a2("real", "k2"), a2("pagu", "k2")),
  });
  // the JUMLAH sums the programs only (not every row, which would double it)
  b.ok({
    sheet: S2,
    cell: a2("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a2("pagu", "p1")}+${a2("pagu", "p2")}+${a2("pagu", "p3")}+${a2("pagu", "p4")}`,
    trap: `SUM(${a2("pagu", "p1")}:${a2("pagu", "k5")})`,
  });
  b.ok({
    sheet: S2,
    cell: a2("real", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a2("real", "p1")}+${a2("real", "p2")}+${a2("real", "p3")}+${a2("real", "p4")}`,
  });
  b.ok({
    sheet: S2,
    cell: a2("pct", "jml"),
    rules: ["capaian-mismatch"],
    truth: rt(a2("real", "jml"), a2("pagu", "jml")),
  });
  b.ok({
    sheet: S2,
    cell: a2("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a2("pagu", "k1")}+${a2("pagu", "k2")}`,
  });
  b.ok({
    sheet: S2,
    cell: a2("real", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a2("real", "k1")}+${a2("real", "k2")}`,
  });
  for (const id of ["k1", "k3", "k4", "k5"])
    b.ok({
      sheet: S2,
      cell: a2("pct", id),
      rules: ["capaian-mismatch"],
      truth: rt(a2("real", id), a2("pagu", id)),
    });
  const parentOf: Record<string, string> = { k1: "p1", k2: "p1", k3: "p2", k4: "p3", k5: "p4" };
  for (const [id, p] of Object.entries(parentOf))
    b.ok({
      sheet: S2,
      cell: a2("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${a2("kode", id)})`,
      truth: a2("kode", p),
    });
  return b.finish();
}

type SubIn = { id: string; kode: string; nama: string; pagu?: number; real?: number; of?: string[] };

/** PK 2024 of Dinas Perhubungan Provinsi Kalimantan Utara: triwulan targets and the anggaran, one sheet. */
export function pkDishub(): BookW {
  const b = new BookW(
    "pk-target-triwulan-anggaran-dishub-kaltara.xlsx",
    "Perjanjian Kinerja with triwulan targets and program anggaran (Dinas Perhubungan)",
    "one sheet, two tables: indicators with Target Tahunan and Target TW I .. IV (levels repeat, flows add up), then program / kegiatan / sub kegiatan with Anggaran, Realisasi, Capaian Keuangan",
  );
  const S = "Lampiran PK";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN UTARA",
    "DINAS PERHUBUNGAN",
    "Jl. Kolonel Soetadji Blok C No. 9, Tanjung Selor",
  ]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2024 - RENCANA AKSI DAN ANGGARAN"], 1, { bold: true });
  s.gap();
  s.lines(["A. Indikator Kinerja dan Target Triwulan"], 1, { bold: true });
  type TIn = { ind: string; sat: string; q: number[]; flow: boolean };
  const ti: TIn[] = [
    {
      ind: "Persentase pelabuhan pengumpan regional yang memenuhi standar pelayanan",
      sat: "%",
      q: [50, 50, 62.5, 75],
      flow: false,
    },
    {
      ind: "Jumlah penumpang angkutan sungai dan penyeberangan yang terlayani",
      sat: "orang",
      q: [96_500, 104_200, 118_300, 131_000],
      flow: true,
    },
    {
      ind: "Rasio konektivitas antar kabupaten/kota",
      sat: "rasio",
      q: [0.62, 0.63, 0.65, 0.66],
      flow: false,
    },
    {
      ind: "Jumlah kendaraan angkutan umum yang lulus uji berkala",
      sat: "unit",
      q: [420, 510, 515, 480],
      flow: true,
    },
  ];
  const TQ = "Target per Triwulan";
  const tA = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tt", head: ["Target Tahunan 2024"], role: "target", year: 2024, width: 13, fmt: "#,##0.##" },
      { key: "q0", head: [TQ, "I"], role: "target", year: 2024, width: 11, fmt: "#,##0.##" },
      { key: "q1", head: [TQ, "II"], role: "target", year: 2024, width: 11, fmt: "#,##0.##" },
      { key: "q2", head: [TQ, "III"], role: "target", year: 2024, width: 11, fmt: "#,##0.##" },
      { key: "q3", head: [TQ, "IV"], role: "target", year: 2024, width: 11, fmt: "#,##0.##" },
    ],
    headerRows: 2,
    rows: ti.map((x, i): Row => ({
      id: `t${i}`,
      cells: () => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        tt: x.flow ? x.q.reduce((u, v) => u + v, 0) : x.q[3],
        q0: x.q[0],
        q1: x.q[1],
        q2: x.q[2],
        q3: x.q[3],
      }),
    })),
  });
  const aA = (k: string, i: number) => tA.a(k, `t${i}`);
  for (const i of [0, 2])
    b.ok({
      sheet: S,
      cell: aA("tt", i),
      rules: ["sum-mismatch"],
      truth: aA("q3", i),
      trap: `SUM(${aA("q0", i)}:${aA("q3", i)})`,
    });
  for (const i of [1, 3])
    b.ok({
      sheet: S,
      cell: aA("tt", i),
      rules: ["sum-mismatch"],
      truth: `SUM(${aA("q0", i)}:${aA("q3", i)})`,
    });
  s.gap();
  s.lines(["B. Program, Kegiatan, Sub Kegiatan dan Anggaran"], 1, { bold: true });
  const rows: SubIn[] = [
    {
      id: "p1",
      kode: "2.15.02",
      nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      of: ["k1"],
    },
    {
      id: "k1",
      kode: "2.15.02.1.03",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Provinsi",
      of: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.15.02.1.03.0001",
      nama: "Pengadaan Rambu-Rambu Lalu Lintas untuk Jalan Provinsi",
      pagu: 1_845_600_000,
      real: 1_806_215_400,
    },
    {
      id: "s2",
      kode: "2.15.02.1.03.0005",
      nama: "Pengadaan Alat Penerangan Jalan di Jalan Provinsi",
      pagu: 2_312_000_000,
      real: 2_264_880_000,
    },
    { id: "p2", kode: "2.15.04", nama: "PROGRAM PENGELOLAAN PELAYARAN", of: ["k2", "k3"] },
    {
      id: "k2",
      kode: "2.15.04.1.01",
      nama: "Penerbitan Izin Usaha Angkutan Laut bagi Badan Usaha yang Berdomisili dalam Wilayah Provinsi",
      of: ["s3"],
    },
    {
      id: "s3",
      kode: "2.15.04.1.01.0001",
      nama: "Fasilitasi Pemenuhan Persyaratan Izin Usaha Angkutan Laut",
      pagu: 386_450_000,
      real: 371_902_000,
    },
    {
      id: "k3",
      kode: "2.15.04.1.07",
      nama: "Pembangunan, Penerbitan Izin Pembangunan dan Pengoperasian Pelabuhan Pengumpan Regional",
      of: ["s4", "s5"],
    },
    {
      id: "s4",
      kode: "2.15.04.1.07.0002",
      nama: "Pembangunan Dermaga Pelabuhan Pengumpan Regional",
      pagu: 9_750_000_000,
      real: 9_214_650_000,
    },
    {
      // planted: coded under kegiatan 2.15.04.1.01 while it sits under 2.15.04.1.07
      id: "s5",
      kode: "2.15.04.1.01.0004",
      nama: "Rehabilitasi dan Pemeliharaan Fasilitas Pelabuhan Pengumpan Regional",
      pagu: 1_264_300_000,
      real: 1_198_044_700,
    },
  ];
  const tB = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "kode", head: ["Kode Rekening"], role: "kode", width: 18 },
      { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], width: 44 },
      { key: "pagu", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "pct", head: ["Capaian Keuangan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        bold: !!x.of && x.id.startsWith("p"),
        cells: (c) => ({
          no: i + 1,
          kode: x.kode,
          nama: x.nama,
          pagu: x.of ? fx(`SUM(${x.of.map((o) => c.a("pagu", o)).join(",")})`) : x.pagu,
          // planted: kegiatan 2.15.04.1.07's realisasi typed with digits swapped (11,042,694,700 for 10,412,694,700)
          real:
            x.id === "k3"
              ? 11_042_694_700
              : x.of
                ? fx(`SUM(${x.of.map((o) => c.a("real", o)).join(",")})`)
                : x.real,
          pct: fx(rt(c.a("real"), c.a("pagu"))),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => ({
          no: "TOTAL",
          pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
          real: fx(`${c.a("real", "p1")}+${c.a("real", "p2")}`),
          pct: fx(rt(c.a("real"), c.a("pagu"))),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 5, {
    tempat: "Tanjung Selor, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "PROVINSI KALIMANTAN UTARA,"],
    nama: "AGUSTINUS LAING BUAN, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760302 200212 1 007",
  });
  const aB = (k: string, id: string) => tB.a(k, id);
  b.plant({
    at: { sheet: S, cell: aB("kode", "s5") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Rehabilitasi dan Pemeliharaan Fasilitas Pelabuhan is coded 2.15.04.1.01.0004 (kegiatan 2.15.04.1.01, the izin usaha) under kegiatan 2.15.04.1.07; its code is 2.15.04.1.07.0004",
    actual: `PARENT(${aB("kode", "s5")})`,
    truth: aB("kode", "k3"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: aB("real", "k3") },
        { sheet: S, cell: aB("pct", "k3") },
      ],
    },
    rules: ["sum-mismatch", "hardcoded-value", "serapan-over-100"],
    note: "realisasi of kegiatan 2.15.04.1.07 is a typed 11,042,694,700 (digits swapped) among SUM formulas, above its anggaran 11,014,300,000 (100.26 %); its sub kegiatan 9,214,650,000 + 1,198,044,700 give 10,412,694,700 (94.54 %)",
    truth: `SUM(${aB("real", "s4")},${aB("real", "s5")})`,
  });
  for (const [id, p] of [
    ["k1", "p1"],
    ["s1", "k1"],
    ["s2", "k1"],
    ["k2", "p2"],
    ["s3", "k2"],
    ["k3", "p2"],
    ["s4", "k3"],
  ])
    b.ok({
      sheet: S,
      cell: aB("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${aB("kode", id)})`,
      truth: aB("kode", p),
    });
  // program 2.15.04 sums its two kegiatan, not the sub kegiatan beneath as well
  b.ok({
    sheet: S,
    cell: aB("pagu", "p2"),
    rules: ["sum-mismatch"],
    truth: `${aB("pagu", "k2")}+${aB("pagu", "k3")}`,
    trap: `SUM(${aB("pagu", "k2")}:${aB("pagu", "s5")})`,
  });
  b.ok({
    sheet: S,
    cell: aB("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `${aB("pagu", "p1")}+${aB("pagu", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: aB("real", "k1"),
    rules: ["sum-mismatch"],
    truth: `${aB("real", "s1")}+${aB("real", "s2")}`,
  });
  for (const id of ["s1", "s2", "s3", "s4", "s5", "k1", "p1"])
    b.ok({
      sheet: S,
      cell: aB("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(aB("real", id), aB("pagu", id)),
    });
  return b.finish();
}
