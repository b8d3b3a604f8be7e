// Performance tables of a Bagian Umum / Rumah Tangga Setda: the LKjIP 2024 measurement of a
// Kalimantan Selatan kabupaten (kendaraan dinas laik jalan, rumah jabatan, SPPD tepat waktu, tagihan
// jasa kantor) and the PK 2025 of a Sumatera Barat kota beside its Renstra Setda 2025-2029 targets.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipUmumBatangAlai(): BookW {
  const b = new BookW(
    "lkjip-kendaraan-rumah-jabatan-bagian-umum-batang-alai.xlsx",
    "LKjIP pengukuran kinerja (Bagian Umum)",
    "LKjIP 2024 Tabel 3.1 of a Bagian Umum in Kalimantan Selatan: No | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; capaian ROUND formulas, refleksi on the two lower-is-better rows; predikat typed (Permendagri 86 words); footer Rata-rata with its predikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH KABUPATEN BATANG ALAI RAYA", "BAGIAN UMUM"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Bagian Umum Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase kendaraan dinas operasional dalam kondisi laik jalan",
      sat: "%",
      t: 90,
      r: 86.5,
      r23: 82.35,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase rumah jabatan dalam kondisi baik",
      sat: "%",
      t: 80,
      r: 83.33,
      r23: 75,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu penyelesaian pertanggungjawaban SPPD",
      sat: "hari",
      t: 7,
      r: 5,
      r23: 9,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      ind: "Persentase tagihan listrik, air dan telepon yang dibayar tepat waktu",
      sat: "%",
      t: 100,
      r: 91.67,
      r23: 87.5,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Jumlah bulan tunggakan tagihan jasa kantor",
      sat: "bulan",
      t: 2,
      r: 1,
      r23: 3,
      neg: true,
      f: "0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the SPPD days (lower is better) take the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 96.11 (the band above 90 is Sangat Tinggi)
          p: x.id === "i1" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 5 bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100%.",
    "Kriteria: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Barabai Hulu, 27 Februari 2025",
    jabatan: ["Kepala Bagian Umum,"],
    nama: "H. MUHAMMAD RIDHANI, S.STP., M.AP.",
    nip: "19830412 200212 1 004",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the rata-rata waktu pertanggungjawaban SPPD (lower is better by the note) is =ROUND(R/T*100,2) = 71.43; (2 x 7 - 5) / 7 gives 128.57, as the tunggakan row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i1") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for the capaian of 96.11 (86.50 against 90); above 90 the note says Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i1")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the tunggakan is lower is better: 150.00, not R / T 50.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i1")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ======================== Bagian Umum Setda Kota Padang Sikumbang, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkUmumPadangSikumbang(): BookW {
  const b = new BookW(
    "pk-kabag-umum-rumah-tangga-renstra-padang-sikumbang.xlsx",
    "PK 2025 and Renstra Setda 2025-2029 targets (Bagian Umum)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Pagu (Rp) with a TOTAL = the program; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir Renstra; ordinal years",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PADANG SIKUMBANG", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN UMUM DAN RUMAH TANGGA",
    "Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase kendaraan dinas yang laik jalan",
      sat: "%",
      awal: 84.2,
      tg: [86, 88, 90, 92, 94],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase rumah jabatan yang terpelihara",
      sat: "%",
      awal: 72.5,
      tg: [75, 78, 81, 84, 87],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Rata-rata hari penyelesaian verifikasi SPPD",
      sat: "hari",
      awal: 8,
      tg: [7, 6, 6, 5, 4],
      neg: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Indeks kepuasan pimpinan terhadap layanan kerumahtanggaan",
      sat: "indeks",
      awal: 3.12,
      tg: [3.2, 3.3, 3.4, 3.5, 3.6],
      f: DEC,
    },
  ];
  // planted: the PK target of the rumah jabatan is 78.00, the Renstra target of year II (2026)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas pelayanan kerumahtanggaan dan sarana prasarana Setda",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    ["s1", "4.01.01.2.08.0004", "Penyediaan Jasa Pelayanan Umum Kantor", 1_184_500_000],
    [
      "s2",
      "4.01.01.2.09.0002",
      "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional",
      947_250_000,
    ],
    [
      "s3",
      "4.01.01.2.09.0010",
      "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
      612_800_000,
    ],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 50 },
      { key: "rp", head: ["Pagu (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: 1,
          kode: "4.01.01",
          nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
          rp: fx(`${c.a("rp", "k8")}+${c.a("rp", "k9")}`),
        }),
      },
      {
        id: "k8",
        cells: (c) => ({
          kode: "4.01.01.2.08",
          nm: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
          rp: fx(c.a("rp", "s1")),
        }),
      },
      { id: "s1", cells: { kode: subs[0][1], nm: subs[0][2], rp: subs[0][3] } },
      {
        id: "k9",
        cells: (c) => ({
          kode: "4.01.01.2.09",
          nm: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
          rp: fx(`${c.a("rp", "s2")}+${c.a("rp", "s3")}`),
        }),
      },
      { id: "s2", cells: { kode: subs[1][1], nm: subs[1][2], rp: subs[1][3] } },
      { id: "s3", cells: { kode: subs[2][1], nm: subs[2][2], rp: subs[2][3] } },
      { id: "j", bold: true, span: ["no", "nm"], cells: (c) => ({ no: "TOTAL", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  s.gap();
  s.lines(["Padang Sikumbang, 2 Januari 2025"], 2);
  s.lines(
    [
      "Pihak Kedua,",
      "Sekretaris Daerah",
      "",
      "",
      "Dr. Ir. HENDRA SYAFRIZAL, M.T.",
      "NIP. 19700514 199603 1 002",
    ],
    2,
  );
  s.r -= 6;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Bagian Umum dan Rumah Tangga",
      "",
      "",
      "YULIA FITRIANI, S.E., M.M.",
      "NIP. 19810922 200604 2 011",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["SEKRETARIAT DAERAH KOTA PADANG SIKUMBANG"]);
  r.lines([
    "Indikator Kinerja dan Target Bagian Umum dan Rumah Tangga",
    "Rencana Strategis Sekretariat Daerah Tahun 2025-2029",
  ]);
  r.gap();
  const ord = ["I", "II", "III", "IV", "V"];
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", `${ord[k]} (${y})`],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        // planted: the kondisi akhir of the SPPD days is the year-IV target typed (5), not year V (4)
        ak: x.id === "r3" ? fmt(5, "0") : fx(c.a("y2029")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the rumah jabatan terpelihara is 78.00, the Renstra target of year II (2026); year I (2025) is 75.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ak", "r3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi Akhir of the rata-rata hari verifikasi SPPD is a typed 5 (the year IV target); the year V (2029) target is 4",
    truth: tr.a("y2029", "r3"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    if (x.id !== "r3")
      b.ok({
        sheet: R,
        cell: tr.a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: tr.a("y2029", x.id),
        // a rate's kondisi akhir is the last target, not the five added up
        trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
      });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "4" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "p"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k9"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "s2")}+${t2.a("rp", "s3")}`,
  });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", "k9"),
    });
  return b.finish();
}
