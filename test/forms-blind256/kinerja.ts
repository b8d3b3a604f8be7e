// LKjIP, PK with its Renstra, the SPM recap per kecamatan and the posbindu / lansia recap per
// triwulan of two Dinas Kesehatan (Batang Kuantan Hilir, Riau; Kota Tanjung Sembilang, Kalimantan
// Barat) on penyakit tidak menular. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dinkes Batang Kuantan Hilir: no polaritas column, refleksi on negatives. */
export function lkjipPtm(): BookW {
  const b = new BookW(
    "lkjip-2024-ptm-dinkes-batang-kuantan-hilir.xlsx",
    "LKjIP pengukuran kinerja (Dinkes PTM)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat; ROUND formulas; refleksi (2T-R)/T for prevalensi and angka kematian (stated in a note, no polaritas column); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Kinerja Sasaran Dinas Kesehatan Kabupaten Batang Kuantan Hilir Tahun 2024"]);
  s.gap();
  const SAS = "Menurunnya angka kesakitan dan kematian akibat penyakit tidak menular";
  const I = [
    {
      id: "i1",
      ind: "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
      sat: "%",
      neg: false,
      r0: 78.4,
      t: 90,
      r: 86.3,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      ind: "Persentase penderita diabetes melitus yang mendapat pelayanan sesuai standar",
      sat: "%",
      neg: false,
      r0: 88.1,
      t: 95,
      r: 96.55,
      p: "Sangat Baik",
    },
    {
      id: "i3",
      ind: "Persentase warga usia lanjut yang mendapat skrining kesehatan sesuai standar",
      sat: "%",
      neg: false,
      r0: 61.7,
      t: 85,
      r: 66.4,
      p: "Cukup",
    },
    {
      id: "i4",
      ind: "Prevalensi hipertensi pada penduduk usia 18 tahun ke atas",
      sat: "%",
      neg: true,
      r0: 25.3,
      t: 24.5,
      r: 26.1,
      p: "Sangat Baik",
    },
    {
      id: "i5",
      ind: "Angka kematian akibat PTM per 100.000 penduduk",
      sat: "per 100.000",
      neg: true,
      r0: 55.8,
      t: 52,
      r: 47.3,
      p: "Sangat Baik",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: prevalensi hipertensi (negative) keeps the R / T formula of the rows above
          c: fx(cap(x.id === "i4" ? false : x.neg, c.a("t"), c.a("r"))),
          p: x.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: untuk indikator prevalensi dan angka kematian (semakin rendah semakin baik) capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Prevalensi hipertensi (lower is better) computed with R / T = 106.53; refleksi (2 x 24.5 - 26.1) / 24.5 gives 93.47",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for 78.12 (66.4 / 85); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
    trap: cap(false, a("t", "i5"), a("r", "i5")),
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinkes Tanjung Sembilang, target under a "Target" group (Nilai | Satuan), beside the Renstra. */
export function pkPtm(): BookW {
  const b = new BookW(
    "pk-2025-ptm-dinkes-tanjung-sembilang.xlsx",
    "PK 2025 with Renstra (Dinkes PTM)",
    "sheet 'PK Kadinkes 2025': statement, No | Sasaran | Indikator | Target > Nilai | Satuan; No | Program | Anggaran 2025 (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra IKU': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra IKU";
  const P = "PK Kadinkes 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase penderita PTM yang mendapat pelayanan sesuai standar",
      sat: "%",
      awal: 71.5,
      k: [76, 80, 85, 90, 95],
    },
    {
      id: "b",
      ind: "Persentase warga usia lanjut yang mendapat skrining kesehatan",
      sat: "%",
      awal: 65.3,
      k: [70, 74, 78, 82, 86],
    },
    { id: "c", ind: "Prevalensi diabetes melitus", sat: "%", awal: 2.5, k: [2.4, 2.3, 2.2, 2.1, 2.0] },
    { id: "d", ind: "Persentase posbindu PTM yang aktif", sat: "%", awal: 56, k: [60, 65, 70, 75, 80] },
  ];
  const rs = b.sheet(R);
  rs.lines(["INDIKATOR KINERJA UTAMA DAN TARGET RENSTRA DINAS KESEHATAN KOTA TANJUNG SEMBILANG 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.k[4],
      };
      YS.forEach((y, j) => (cells[`y${y}`] = x.k[j]));
      return { id: x.id, cells };
    }),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS KESEHATAN KOTA TANJUNG SEMBILANG"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target", "Nilai"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Target", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the posbindu target is the Renstra 2026 value 65 (2025: 60)
      cells: {
        no: i + 1,
        sas: "Terkendalinya penyakit tidak menular di masyarakat",
        ind: x.ind,
        tg: x.id === "d" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 41_286_540_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 28_914_310_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_245_800_000 },
    { id: "p4", nm: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", rp: 684_250_000 },
    { id: "p5", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 512_600_000 },
  ];
  // planted: Jumlah typed 72,463,500,000 (the programs add up to 72,643,500,000)
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: i === 1 ? "APBD, DAK Non Fisik" : "APBD" },
      })),
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 72_463_500_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Sembilang, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN"],
    nama: "dr. MARLINA APRIYANTI SIREGAR, M.Kes.",
    nip: "19810507 200801 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "d") },
        { sheet: R, cell: rt.a("y2025", "d") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of posbindu PTM aktif is 65, the Renstra 2026 target; the Renstra 2025 target is 60",
    truth: `'${R}'!${rt.a("y2025", "d")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah is a typed 72,463,500,000; the five programs add up to 72,643,500,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "c"), rules: ["target-trend"], truth: "2" });
  return b.finish();
}

/** SPM hipertensi and DM per kecamatan, two indicator groups side by side under merged headers. */
export function spmKecamatan(): BookW {
  const b = new BookW(
    "rekap-spm-hipertensi-dm-kecamatan-batang-kuantan-hilir.xlsx",
    "Rekap SPM PTM per kecamatan (Dinkes)",
    "Rekap capaian SPM 2024 per kecamatan / puskesmas: Hipertensi > Sasaran | Dilayani | % and Diabetes Melitus > Sasaran | Dilayani | %; number row '(6) = (5)/(4) x 100'; TOTAL row with the ratio of totals",
  );
  const S = "SPM PTM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN BATANG KUANTAN HILIR",
    "Bidang Pencegahan dan Pengendalian Penyakit",
  ]);
  s.lines([
    "REKAPITULASI CAPAIAN SPM PELAYANAN KESEHATAN PENDERITA HIPERTENSI DAN DIABETES MELITUS TAHUN 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", kec: "Kuantan Hilir Kota", pkm: "Teluk Bayur", hs: 6_842, hd: 5_918, ds: 1_240, dd: 1_187 },
    { id: "k2", kec: "Sungai Lebar", pkm: "Sungai Lebar", hs: 4_315, hd: 3_207, ds: 786, dd: 702 },
    { id: "k3", kec: "Pangkalan Jambi", pkm: "Pangkalan Jambi", hs: 3_988, hd: 2_740, ds: 655, dd: 571 },
    { id: "k4", kec: "Rantau Baru", pkm: "Rantau Baru", hs: 5_120, hd: 4_466, ds: 902, dd: 860 },
    { id: "k5", kec: "Koto Tinggi", pkm: "Koto Tinggi", hs: 2_764, hd: 1_895, ds: 410, dd: 355 },
    { id: "k6", kec: "Muara Sentajo", pkm: "Muara Sentajo", hs: 3_597, hd: 2_921, ds: 598, dd: 541 },
  ];
  const H = "Penderita Hipertensi (usia 15 tahun ke atas)";
  const D = "Penderita Diabetes Melitus";
  const pct = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "pkm", head: ["Puskesmas"], num: "(3)", width: 16 },
      { key: "hs", head: [H, "Sasaran (estimasi)"], role: "target", year: 2024, num: "(4)", fmt: INT },
      {
        key: "hd",
        head: [H, "Mendapat pelayanan sesuai standar"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        fmt: INT,
      },
      { key: "hp", head: [H, "%"], role: "capaian", year: 2024, num: "(6) = (5)/(4) x 100", fmt: DEC },
      { key: "ds", head: [D, "Sasaran (estimasi)"], role: "target", year: 2024, num: "(7)", fmt: INT },
      {
        key: "dd",
        head: [D, "Mendapat pelayanan sesuai standar"],
        role: "realisasi",
        year: 2024,
        num: "(8)",
        fmt: INT,
      },
      { key: "dp", head: [D, "%"], role: "capaian", year: 2024, num: "(9) = (8)/(7) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kec: k.kec,
          pkm: k.pkm,
          hs: k.hs,
          hd: k.hd,
          // planted: Rantau Baru's % keeps a stale cached 81.47 (4,466 / 5,120 = 87.23)
          hp: fx(pct(c.a("hd"), c.a("hs")), k.id === "k4" ? 81.47 : undefined),
          ds: k.ds,
          dd: k.dd,
          dp: fx(pct(c.a("dd"), c.a("ds"))),
        }),
      })),
      {
        id: "tot",
        span: ["no", "pkm"],
        bold: true,
        cells: (c) => ({
          no: "KABUPATEN",
          hs: fx(`SUM(${c.a("hs", "k1")}:${c.a("hs", "k6")})`),
          hd: fx(`SUM(${c.a("hd", "k1")}:${c.a("hd", "k6")})`),
          hp: fx(pct(c.a("hd"), c.a("hs"))),
          ds: fx(`SUM(${c.a("ds", "k1")}:${c.a("ds", "k6")})`),
          // planted: one row short (Muara Sentajo left out)
          dd: fx(`SUM(${c.a("dd", "k1")}:${c.a("dd", "k5")})`),
          dp: fx(pct(c.a("dd"), c.a("ds"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan SPM puskesmas, aplikasi ASIK dan SIPTM, data s.d. 31 Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("hp", "k4") },
    rules: ["capaian-mismatch"],
    note: "% hipertensi of Rantau Baru has a stale cached 81.47; its formula 4,466 / 5,120 x 100 gives 87.23",
    truth: pct(a("hd", "k4"), a("hs", "k4")),
  });
  b.plant({
    at: { sheet: S, cell: a("dd", "tot") },
    rules: ["sum-mismatch"],
    note: "Total DM dilayani is =SUM over five kecamatan (3,675); with Muara Sentajo's 541 it is 4,216",
    truth: `SUM(${a("dd", "k1")}:${a("dd", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("hp", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("hd", "k1")}:${a("hd", "k6")})/SUM(${a("hs", "k1")}:${a("hs", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("hp", "k1")}:${a("hp", "k6")}),2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("hp", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: pct(a("hd", id), a("hs", id)),
    });
  for (const id of ["k1", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("dp", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: pct(a("dd", id), a("ds", id)),
    });
  for (const k of ["hs", "hd", "ds"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** Posbindu PTM and skrining lansia per triwulan, Dinkes Tanjung Sembilang, with sasaran and capaian rows. */
export function posbinduLansia(): BookW {
  const b = new BookW(
    "rekap-posbindu-lansia-triwulan-tanjung-sembilang.xlsx",
    "Rekap posbindu dan lansia per triwulan (Dinkes)",
    "Rekap 2024 per triwulan: Posbindu aktif (a stock: the year takes TW IV) | Kunjungan | Lansia diskrining di Puskesmas | Posyandu | Kunjungan rumah | Jumlah '(7) = (4)+(5)+(6)' | Dirujuk; Jumlah 2024, Sasaran and Capaian SPM rows",
  );
  const S = "Rekap Triwulan 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "DINAS KESEHATAN KOTA TANJUNG SEMBILANG",
      "Rekapitulasi Kegiatan Posbindu PTM dan Pelayanan Kesehatan Usia Lanjut Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", pb: 112, kj: 8_420, pk: 2_140, py: 3_860, rm: 210, rj: 96 },
    { id: "q2", tw: "Triwulan II", pb: 118, kj: 9_315, pk: 2_385, py: 4_120, rm: 245, rj: 118 },
    { id: "q3", tw: "Triwulan III", pb: 121, kj: 9_870, pk: 2_510, py: 4_395, rm: 262, rj: 131 },
    { id: "q4", tw: "Triwulan IV", pb: 126, kj: 10_245, pk: 2_275, py: 4_010, rm: 238, rj: 107 },
  ];
  const L = "Usia Lanjut (60+) Diskrining di";
  const flows = ["kj", "pk", "py", "rm", "j", "rj"];
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 18 },
      { key: "pb", head: ["Posbindu PTM Aktif (pos)"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      {
        key: "kj",
        head: ["Kunjungan Posbindu (orang)"],
        role: "realisasi",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      { key: "pk", head: [L, "Puskesmas"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "py", head: [L, "Posyandu Lansia"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "rm", head: [L, "Kunjungan Rumah"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "j", head: [L, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", fmt: INT },
      { key: "rj", head: ["Lansia Risiko Tinggi Dirujuk"], num: "(8)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          pb: q.pb,
          kj: q.kj,
          pk: q.pk,
          py: q.py,
          rm: q.rm,
          // planted: Triwulan II's Jumlah typed 6,570 (2,385 + 4,120 + 245 = 6,750)
          j: q.id === "q2" ? 6_570 : fx(`${c.a("pk")}+${c.a("py")}+${c.a("rm")}`),
          rj: q.rj,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = {
            tw: "Jumlah 2024",
            pb: fx(c.a("pb", "q4")),
          };
          for (const k of flows) out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          return out;
        },
      },
      { id: "sas", span: ["tw", "rm"], cells: { tw: "Sasaran usia lanjut Tahun 2024 (orang)", j: 31_500 } },
      {
        id: "cap",
        span: ["tw", "rm"],
        // planted: a stale cached capaian from an earlier sasaran
        cells: (c) => ({
          tw: "Capaian SPM pelayanan usia lanjut (%)",
          j: fx(`ROUND(${c.a("j", "tot")}/${c.a("j", "sas")}*100,2)`, 79.12),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: jumlah posbindu aktif tahunan adalah posisi akhir Triwulan IV (bukan penjumlahan)."]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Sembilang, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PENCEGAHAN DAN", "PENGENDALIAN PENYAKIT"],
    nama: "Ns. RUDI HARTONO SIMAMORA, S.Kep., M.K.M.",
    nip: "19850923 201001 1 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah lansia diskrining of Triwulan II is a typed 6,570 among formulas; 2,385 + 4,120 + 245 give 6,750",
    truth: `${a("pk", "q2")}+${a("py", "q2")}+${a("rm", "q2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("j", "cap") },
    rules: ["capaian-mismatch"],
    note: "Capaian SPM lansia has a stale cached 79.12; its formula 26,470 / 31,500 x 100 gives 84.03",
    truth: `ROUND(${a("j", "tot")}/${a("j", "sas")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pb", "tot"),
    rules: ["sum-mismatch"],
    truth: a("pb", "q4"),
    trap: `SUM(${a("pb", "q1")}:${a("pb", "q4")})`,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("pk", id)}+${a("py", id)}+${a("rm", id)}`,
    });
  for (const k of ["kj", "pk", "py", "rm", "rj"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  return b.finish();
}
