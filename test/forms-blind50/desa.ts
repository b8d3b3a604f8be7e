// The recaps: Dana Desa disbursement per desa in tahap I / II / III of the Dinas Pemberdayaan
// Masyarakat dan Desa of Kabupaten Lembah Palolo (Sulawesi Tengah), with a Jumlah per kecamatan and
// a TOTAL over the Jumlah rows, and a staff-training recap per jenis diklat per triwulan of the Badan
// Kepegawaian dan Pengembangan SDM of Kabupaten Kimaam Timur (Papua Selatan). Every office, region,
// person and number is invented.
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

type Desa = { id: string; nama: string; pagu: number; t: [number, number, number] };

/** Rekapitulasi penyaluran Dana Desa TA 2024 per desa, DPMD Kabupaten Lembah Palolo. */
export function danaDesaPalolo(): BookW {
  const b = new BookW(
    "rekap-penyaluran-dana-desa-tahap-dpmd-lembah-palolo-2024.xlsx",
    "Dana Desa disbursement recap per desa",
    "No | Nama Desa | Pagu DD 2024 (Rp) | 'Penyaluran RKUD ke RKDes (Rp)' > Tahap I / Tahap II / Tahap III / Jumlah Tersalur | Sisa Belum Tersalur | % Tersalur; kecamatan rows A / B, Jumlah Kecamatan, TOTAL KABUPATEN = the two Jumlah rows",
  );
  const S = "Rekap DD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH PALOLO",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Trans Sulawesi Km. 4, Bora",
  ]);
  s.lines(
    ["REKAPITULASI PENYALURAN DANA DESA PER TAHAP", "Tahun Anggaran 2024 (posisi 31 Desember 2024)"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const hulu: Desa[] = [
    { id: "a1", nama: "Desa Bulili Atas", pagu: 1_024_318_000, t: [409_727_200, 409_727_200, 204_863_600] },
    { id: "a2", nama: "Desa Rahmat Jaya", pagu: 876_452_000, t: [350_580_800, 350_580_800, 175_290_400] },
    {
      id: "a3",
      nama: "Desa Lembantongoa Baru",
      pagu: 1_163_905_000,
      t: [465_562_000, 465_562_000, 232_781_000],
    },
    { id: "a4", nama: "Desa Kamarora Dua", pagu: 798_640_000, t: [319_456_000, 319_456_000, 0] },
  ];
  const tanah: Desa[] = [
    { id: "b1", nama: "Desa Sibowi Lama", pagu: 912_774_000, t: [365_109_600, 365_109_600, 182_554_800] },
    { id: "b2", nama: "Desa Pandere Indah", pagu: 1_087_236_000, t: [434_894_400, 434_894_400, 217_447_200] },
    { id: "b3", nama: "Desa Omu Tengah", pagu: 835_190_000, t: [334_076_000, 334_076_000, 167_038_000] },
  ];
  const G = "Penyaluran RKUD ke RKDes (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "desa", head: ["Nama Desa"], role: "lokasi", num: 2, width: 26 },
    {
      key: "pagu",
      head: ["Pagu Dana Desa TA 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 3,
      fmt: RP,
      width: 17,
    },
    { key: "t1", head: [G, "Tahap I"], role: "realisasi-anggaran", year: 2024, num: 4, fmt: RP, width: 16 },
    { key: "t2", head: [G, "Tahap II"], role: "realisasi-anggaran", year: 2024, num: 5, fmt: RP, width: 16 },
    { key: "t3", head: [G, "Tahap III"], role: "realisasi-anggaran", year: 2024, num: 6, fmt: RP, width: 16 },
    {
      key: "jml",
      head: [G, "Jumlah Tersalur"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7=4+5+6",
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Belum Tersalur (Rp)"], role: "lainnya", num: "8=3-7", fmt: RP, width: 16 },
    { key: "pct", head: ["% Tersalur"], role: "capaian", num: "9=7/3", fmt: DEC, width: 9 },
  ];
  const desaRow = (d: Desa, i: number): Row => ({
    id: d.id,
    cells: (x: Ctx) => ({
      no: i + 1,
      desa: d.nama,
      pagu: d.pagu,
      t1: d.t[0],
      t2: d.t[1],
      t3: d.t[2],
      // planted: Desa Lembantongoa Baru's Jumlah typed 1,136,905,000 (digits swapped) over the SUM
      jml: d.id === "a3" ? 1_136_905_000 : fx(`SUM(${x.a("t1")}:${x.a("t3")})`),
      // fully disbursed desa get "-" in Sisa, as the office types it
      sisa: d.id === "a3" || d.id === "a4" ? fx(`${x.a("pagu")}-${x.a("jml")}`) : "-",
      pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
    }),
  });
  const sub = (id: string, label: string, first: string, last: string): Row => ({
    id,
    bold: true,
    span: ["no", "desa"],
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = { no: label };
      for (const k of ["pagu", "t1", "t2", "t3", "jml"])
        // planted: Tahap II of Kecamatan Tanah Lembah stops one row short (Desa Omu Tengah left out)
        c[k] = fx(`SUM(${x.a(k, first)}:${x.a(k, id === "sb" && k === "t2" ? "b2" : last)})`);
      c.sisa = id === "sb" ? "-" : fx(`${x.a("pagu")}-${x.a("jml")}`);
      c.pct = fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`);
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "ka", cells: { no: "A", desa: "KECAMATAN PALOLO HULU" }, bold: true },
      ...hulu.map(desaRow),
      sub("sa", "Jumlah Kecamatan Palolo Hulu", "a1", "a4"),
      { id: "kb", cells: { no: "B", desa: "KECAMATAN TANAH LEMBAH" }, bold: true },
      ...tanah.map(desaRow),
      sub("sb", "Jumlah Kecamatan Tanah Lembah", "b1", "b3"),
      {
        id: "tot",
        bold: true,
        span: ["no", "desa"],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "TOTAL KABUPATEN (A + B)" };
          for (const k of ["pagu", "t1", "t2", "t3", "jml"]) c[k] = fx(`${x.a(k, "sa")}+${x.a(k, "sb")}`);
          c.sisa = fx(`${x.a("pagu")}-${x.a("jml")}`);
          c.pct = fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Tahap III Desa Kamarora Dua belum disalurkan (laporan realisasi Tahap II belum lengkap).",
    "Sumber: OM-SPAN TKD dan Rekening Kas Umum Daerah, diolah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Bora, 15 Januari 2025",
    jabatan: ["Kepala Dinas Pemberdayaan Masyarakat dan Desa", "Kabupaten Lembah Palolo,"],
    nama: "MOH. RIZAL LAMAKARATE, S.Sos., M.Si.",
    pangkat: "Pembina Tk. I",
    nip: "19760912 200112 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "a3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Tersalur of Desa Lembantongoa Baru typed 1,136,905,000; 465,562,000 + 465,562,000 + 232,781,000 = 1,163,905,000 (digits swapped)",
    truth: `SUM(${a("t1", "a3")}:${a("t3", "a3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2", "sb") },
    rules: ["sum-mismatch"],
    note: "Tahap II of Kecamatan Tanah Lembah SUMs two of three desa (800,004,000); with Desa Omu Tengah (334,076,000) it is 1,134,080,000",
    truth: `SUM(${a("t2", "b1")}:${a("t2", "b3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "a1")}:${a("pagu", "a4")})+SUM(${a("pagu", "b1")}:${a("pagu", "b3")})`,
    trap: `SUM(${a("pagu", "a1")}:${a("pagu", "sb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "sb"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("jml", "sb")}/${a("pagu", "sb")}*100,2)`,
    trap: `SUM(${a("pct", "b1")}:${a("pct", "b3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "a4"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t1", "a4")}:${a("t3", "a4")})`,
    trap: a("pagu", "a4"),
  });
  b.ok({
    sheet: S,
    cell: a("t3", "sa"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t3", "a1")}:${a("t3", "a4")})`,
  });
  return b.finish();
}

type Diklat = {
  id: string;
  nama: string;
  sat: string;
  level?: boolean;
  target: number;
  tw: [number, number, number, number];
};

/** Rekapitulasi pengembangan kompetensi ASN per jenis diklat per triwulan 2024, BKPSDM Kab. Kimaam Timur. */
export function diklatKimaam(): BookW {
  const b = new BookW(
    "rekap-diklat-asn-per-triwulan-bkpsdm-kimaam-timur-2024.xlsx",
    "staff-training recap per jenis diklat per triwulan",
    "No | Jenis Pengembangan Kompetensi | Satuan | Target 2024 | 'Realisasi per Triwulan' > TW I..TW IV | Realisasi s.d. TW IV | Capaian (%) | Ket.; flows SUM their quarters, the 20 JP share is a level (TW IV value), capaian = realisasi / target",
  );
  const S = "Diklat 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KIMAAM TIMUR",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(["Rekap Peserta Pengembangan Kompetensi ASN menurut Jenis Diklat dan Triwulan, Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const rows: Diklat[] = [
    {
      id: "d1",
      nama: "Pelatihan Dasar CPNS Golongan II dan III",
      sat: "orang",
      target: 186,
      tw: [0, 72, 114, 0],
    },
    { id: "d2", nama: "Pelatihan Kepemimpinan Pengawas (PKP)", sat: "orang", target: 60, tw: [0, 30, 0, 28] },
    {
      id: "d3",
      nama: "Pelatihan Kepemimpinan Administrator (PKA)",
      sat: "orang",
      target: 24,
      tw: [0, 0, 12, 12],
    },
    {
      id: "d4",
      nama: "Diklat Teknis Pengelolaan Keuangan Daerah",
      sat: "orang",
      target: 90,
      tw: [25, 30, 20, 15],
    },
    {
      id: "d5",
      nama: "Bimbingan Teknis Jabatan Fungsional",
      sat: "orang",
      target: 140,
      tw: [18, 41, 37, 29],
    },
    {
      id: "d6",
      nama: "Pelatihan Berbasis E-Learning (ASN Belajar)",
      sat: "orang",
      target: 420,
      tw: [96, 118, 104, 87],
    },
    {
      id: "d7",
      nama: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      level: true,
      target: 65,
      tw: [18.4, 37.9, 52.6, 68.3],
    },
  ];
  const G = "Realisasi per Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Jenis Pengembangan Kompetensi"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tg", head: ["Target Tahun 2024"], role: "target", year: 2024, width: 10 },
    { key: "q1", head: [G, "TW I"], role: "realisasi", year: 2024, width: 8 },
    { key: "q2", head: [G, "TW II"], role: "realisasi", year: 2024, width: 8 },
    { key: "q3", head: [G, "TW III"], role: "realisasi", year: 2024, width: 8 },
    { key: "q4", head: [G, "TW IV"], role: "realisasi", year: 2024, width: 8 },
    { key: "rl", head: ["Realisasi s.d. TW IV"], role: "realisasi", year: 2024, width: 11 },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    rows: [
      ...rows.map((d, i): Row => ({
        id: d.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nama: d.nama,
          sat: d.sat,
          tg: d.target,
          q1: d.tw[0],
          q2: d.tw[1],
          q3: d.tw[2],
          q4: d.tw[3],
          // a level takes the TW IV value; planted: the PKP row adds TW I..III only
          rl: d.level
            ? fx(x.a("q4"))
            : d.id === "d2"
              ? fx(`SUM(${x.a("q1")}:${x.a("q3")})`)
              : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          // planted: the e-learning capaian caches a stale result (the TW III figure)
          cp:
            d.id === "d6"
              ? fx(`ROUND(${x.a("rl")}/${x.a("tg")}*100,2)`, 75.0)
              : fx(`ROUND(${x.a("rl")}/${x.a("tg")}*100,2)`),
          ket: d.level ? "nilai posisi akhir triwulan" : d.id === "d1" ? "2 angkatan Latsar" : "-",
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Jumlah peserta (orang)",
          tg: fx(`SUM(${x.a("tg", "d1")}:${x.a("tg", "d6")})`),
          q1: fx(`SUM(${x.a("q1", "d1")}:${x.a("q1", "d6")})`),
          q2: fx(`SUM(${x.a("q2", "d1")}:${x.a("q2", "d6")})`),
          q3: fx(`SUM(${x.a("q3", "d1")}:${x.a("q3", "d6")})`),
          q4: fx(`SUM(${x.a("q4", "d1")}:${x.a("q4", "d6")})`),
          rl: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          cp: fx(`ROUND(${x.a("rl")}/${x.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) Jumlah peserta tidak memuat baris persentase (No. 7)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Kimaam, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pengembangan Kompetensi,"],
    nama: "YOHANES MAHUZE, S.IP., M.AP.",
    pangkat: "Penata Tk. I",
    nip: "19840217 200903 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rl", "d2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi s.d. TW IV of the PKP adds TW I..III (30); with TW IV (28) it is 58",
    truth: `SUM(${a("q1", "d2")}:${a("q4", "d2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cp", "d6") },
    rules: ["capaian-mismatch"],
    note: "capaian of the e-learning row caches a stale 75.00; 405 / 420 x 100 = 96.43",
    truth: `ROUND(${a("rl", "d6")}/${a("tg", "d6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rl", "d7"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: a("q4", "d7"),
    trap: `SUM(${a("q1", "d7")}:${a("q4", "d7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "d7"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("q4", "d7")}/${a("tg", "d7")}*100,2)`,
    trap: `ROUND(SUM(${a("q1", "d7")}:${a("q4", "d7")})/${a("tg", "d7")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("q4", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q4", "d1")}:${a("q4", "d6")})`,
    trap: `SUM(${a("q4", "d1")}:${a("q4", "d7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "d3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rl", "d3")}/${a("tg", "d3")}*100,2)`,
  });
  return b.finish();
}
