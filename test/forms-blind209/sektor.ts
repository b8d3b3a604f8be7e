// Sector tables of a Dinas Pemadam Kebakaran dan Penyelamatan: the 2024 recap per wilayah manajemen
// kebakaran (WMK) of a Sulawesi Tengah kabupaten (kejadian, tanggap <= 15 menit, hidran terpasang and
// berfungsi) and the IKU matrix 2025-2029 of a Nusa Tenggara Barat kabupaten's Dinas.
// Every name and number is invented.
import { BookW, DEC, INT, fx, fmt, letterhead, signature, type Col, type Row } from "../forms/kit";

type Wmk = { id: string; nm: string; kec: string; kej: number; tg: number; hp: number; hb: number };

export function rekapWmk(): BookW {
  const b = new BookW(
    "rekap-wmk-waktu-tanggap-damkar-bukit-pangi.xlsx",
    "rekap kejadian kebakaran, waktu tanggap dan hidran per WMK (Damkar)",
    "Rekap 2024 per WMK of a Dinas Damkar in Sulawesi Tengah: No | Wilayah Manajemen Kebakaran | Kecamatan Cakupan | 'Kejadian Kebakaran' > Jumlah (kali) | Tertangani <= 15 menit | % Waktu Tanggap | 'Hidran Kota' > Terpasang | Berfungsi | % Berfungsi; number row (1)..(9) with '(6) = (5) / (4) x 100'; JUMLAH row with ratio-of-totals percentages; notes below",
  );
  const S = "Rekap WMK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT PANGI",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Jl. Trans Sulawesi No. 118, Kolonodale Baru",
  ]);
  s.lines(["REKAPITULASI KEJADIAN KEBAKARAN, WAKTU TANGGAP DAN HIDRAN PER WMK", "Tahun 2024"]);
  s.gap();
  const rows: Wmk[] = [
    {
      id: "w1",
      nm: "WMK I Kota Bukit Pangi",
      kec: "Pangi Kota, Pangi Barat",
      kej: 46,
      tg: 41,
      hp: 24,
      hb: 21,
    },
    { id: "w2", nm: "WMK II Tanjung Lolo", kec: "Lolo Utara, Lolo Selatan", kej: 29, tg: 23, hp: 12, hb: 10 },
    { id: "w3", nm: "WMK III Bungku Raya", kec: "Bungku Raya, Ulu Bongka", kej: 18, tg: 12, hp: 6, hb: 6 },
    // planted: berfungsi typed 13 against 12 terpasang (the dinas counts 9 by the note)
    { id: "w4", nm: "WMK IV Towi Pesisir", kec: "Towi, Pesisir Timur", kej: 22, tg: 15, hp: 12, hb: 13 },
    { id: "w5", nm: "WMK V Mori Atas", kec: "Mori Atas, Mori Utara, Lembo", kej: 11, tg: 5, hp: 0, hb: 0 },
  ];
  const K = "Kejadian Kebakaran";
  const H = "Hidran Kota (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Wilayah Manajemen Kebakaran"], role: "lokasi", num: "(2)", width: 26 },
    { key: "kec", head: ["Kecamatan Cakupan"], num: "(3)", width: 28 },
    { key: "kej", head: [K, "Jumlah (kali)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "tg", head: [K, "Tertangani ≤ 15 menit"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    {
      key: "pt",
      head: [K, "% Waktu Tanggap"],
      role: "capaian",
      year: 2024,
      num: "(6) = (5) / (4) x 100",
      fmt: DEC,
    },
    { key: "hp", head: [H, "Terpasang"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    { key: "hb", head: [H, "Berfungsi"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    {
      key: "ph",
      head: [H, "% Berfungsi"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8) / (7) x 100",
      fmt: DEC,
    },
  ];
  const pct = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          kec: x.kec,
          kej: x.kej,
          tg: x.tg,
          pt: fx(pct(c.a("tg"), c.a("kej"))),
          hp: x.hp,
          hb: x.hb,
          ph: x.hp === 0 ? "-" : fx(pct(c.a("hb"), c.a("hp"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          // planted: a typed total among SUM formulas, 126 (46 + 29 + 18 + 22 + 11 give 126 ... typed 162)
          kej: 162,
          tg: fx(`SUM(${c.a("tg", "w1")}:${c.a("tg", "w5")})`),
          pt: fx(pct(c.a("tg"), c.a("kej"))),
          hp: fx(`SUM(${c.a("hp", "w1")}:${c.a("hp", "w5")})`),
          hb: fx(`SUM(${c.a("hb", "w1")}:${c.a("hb", "w5")})`),
          ph: fx(pct(c.a("hb"), c.a("hp"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Waktu tanggap dihitung sejak laporan diterima sampai unit tiba di lokasi (standar SPM sub urusan kebakaran 15 menit).",
    "2. WMK V Mori Atas belum memiliki hidran; pemadaman dengan mobil tangki dan sumber air alam.",
    "3. Hidran WMK IV: 9 unit berfungsi menurut hasil uji tekanan Triwulan IV.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bukit Pangi, 15 Januari 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran", "dan Penyelamatan,"],
    nama: "YOHANES LAMATO, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19781104 200312 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kej", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH of the kejadian is a typed 162 among SUM formulas; the five WMK give 46 + 29 + 18 + 22 + 11 = 126 (digits swapped)",
    truth: `SUM(${a("kej", "w1")}:${a("kej", "w5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ph", "w4") },
    rules: ["percent-out-of-range"],
    note: "WMK IV Towi Pesisir: 13 hidran berfungsi typed against 12 terpasang, so % Berfungsi is 108.33; the note's uji tekanan counts 9 (75.00 %)",
    truth: `ROUND(9/${a("hp", "w4")}*100,2)`,
  });
  for (const id of ["w1", "w2", "w3", "w5"])
    b.ok({
      sheet: S,
      cell: a("pt", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: pct(a("tg", id), a("kej", id)),
    });
  b.ok({
    sheet: S,
    cell: a("ph", "w3"),
    rules: ["percent-out-of-range"],
    truth: "100",
  });
  for (const k of ["tg", "hp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "w1")}:${a(k, "w5")})` });
  return b.finish();
}

// ============================ Dinas Damkar dan Penyelamatan Kabupaten Lembah Rinjani, IKU 2025-2029

type Iku = {
  id: string;
  sas: string;
  iku: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  f: string;
};

export function ikuDamkar(): BookW {
  const b = new BookW(
    "iku-matriks-damkar-lembah-rinjani.xlsx",
    "IKU matrix 2025-2029 (Dinas Damkar)",
    "IKU of a Dinas Damkar in Nusa Tenggara Barat: No | Sasaran Strategis | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) | Penanggung Jawab | Sumber Data; response time lower is better",
  );
  const S = "IKU Damkar";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH RINJANI", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU)", "Periode 2025-2029"]);
  s.gap();
  const S1 = "Meningkatnya kecepatan dan cakupan layanan penanggulangan kebakaran";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      iku: "Persentase kejadian kebakaran yang ditangani sesuai waktu tanggap (≤ 15 menit)",
      rumus: "Kejadian tertangani ≤ 15 menit / seluruh kejadian x 100%",
      sat: "%",
      awal: 71.43,
      tg: [75, 78, 81, 84, 87],
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      iku: "Rata-rata waktu tanggap kebakaran",
      rumus: "Jumlah waktu tanggap seluruh kejadian / jumlah kejadian",
      sat: "menit",
      awal: 19.6,
      tg: [18, 17, 16, 15, 14],
      f: "0.0",
    },
    {
      id: "i3",
      sas: S1,
      iku: "Persentase cakupan WMK yang terlayani pos pemadam",
      rumus: "WMK dengan pos / seluruh WMK x 100%",
      sat: "%",
      awal: 50,
      tg: [50, 62.5, 62.5, 75, 87.5],
      f: DEC,
    },
    {
      id: "i4",
      sas: "Meningkatnya kesiapan sarana proteksi kebakaran",
      iku: "Persentase hidran kota yang berfungsi",
      rumus: "Hidran berfungsi / hidran terpasang x 100%",
      sat: "%",
      awal: 76.5,
      // planted: 2027 typed 8.2 (decimal slip for 82.00)
      tg: [78, 80, 8.2, 84, 86],
      f: DEC,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "iku", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${k + 1} (${y})`],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        iku: x.iku,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        pj: i < 3 ? "Bidang Pemadaman dan Penyelamatan" : "Bidang Sarana dan Prasarana",
        sd: i < 3 ? "Buku register kejadian / aplikasi Call Center 113" : "Laporan uji hidran",
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: indikator nomor 2 semakin kecil semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i4") },
    rules: ["target-outlier"],
    note: "target 2027 of the hidran berfungsi is 8.20 between 80.00 (2026) and 84.00 (2028): a decimal slip for 82.00",
    truth: `(${a("y2026", "i4")}+${a("y2028", "i4")})/2`,
  });
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({ sheet: S, cell: a(`y${y}`, "i2"), rules: ["target-trend"], truth: String(rows[1].tg[y - 2025]) });
  // a flat target from one year to the next (2027 = 2026) is not an outlier
  b.ok({
    sheet: S,
    cell: a("y2027", "i3"),
    rules: ["target-outlier", "target-trend"],
    truth: a("y2026", "i3"),
    trap: `(${a("y2026", "i3")}+${a("y2028", "i3")})/2`,
  });
  return b.finish();
}
