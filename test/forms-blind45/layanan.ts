// The service tables: the monthly report of KB participants per kecamatan of the Dinas PPKB of
// Kabupaten Bangka Pesisir (peserta KB baru a flow accumulated over the months, peserta KB aktif a
// stock), and the SPM health recap of the puskesmas of Kabupaten Musi Rawas Hilir (12 services,
// sasaran / terlayani / %, an average row that is no sum). Every office, region, person and number
// is invented.
import { BookW, DEC, INT, fx, fmt, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Kec = {
  id: string;
  nama: string;
  pus: number;
  ppm: number;
  lalu: number;
  ini: number;
  paL: number;
  paI: number;
};

/** Laporan bulanan peserta KB per kecamatan, Desember 2024, Dinas PPKB Kabupaten Bangka Pesisir. */
export function pesertaKbBangkaPesisir(): BookW {
  const b = new BookW(
    "laporan-bulanan-peserta-kb-kecamatan-bangka-pesisir-des-2024.xlsx",
    "monthly KB participant report per kecamatan (Dinas PPKB)",
    "No | Kecamatan | Jumlah PUS | PPM Peserta KB Baru 2024 | 'Peserta KB Baru (PB)' > s.d. Bulan Lalu / Bulan Ini / s.d. Bulan Ini | % PB thd PPM | 'Peserta KB Aktif (PA)' > Bulan Lalu / Bulan Ini | CPR (%); s.d. Bulan Ini = s.d. Bulan Lalu + Bulan Ini; PA a stock; JUMLAH row; CPR of the total a ratio of totals",
  );
  const S = "F-II KB Des 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KABUPATEN BANGKA PESISIR",
    "REKAPITULASI LAPORAN BULANAN PELAYANAN KONTRASEPSI - BULAN DESEMBER 2024",
  ]);
  const kec: Kec[] = [
    {
      id: "c1",
      nama: "Sungai Liat Pesisir",
      pus: 14_862,
      ppm: 1_640,
      lalu: 1_512,
      ini: 127,
      paL: 10_284,
      paI: 10_301,
    },
    { id: "c2", nama: "Belinyu Timur", pus: 9_745, ppm: 1_080, lalu: 1_003, ini: 86, paL: 6_712, paI: 6_735 },
    { id: "c3", nama: "Mendo Pantai", pus: 7_318, ppm: 810, lalu: 742, ini: 61, paL: 4_958, paI: 4_947 },
    { id: "c4", nama: "Riau Silip Hilir", pus: 6_204, ppm: 690, lalu: 655, ini: 48, paL: 4_263, paI: 4_280 },
    { id: "c5", nama: "Merawang Baru", pus: 8_931, ppm: 985, lalu: 921, ini: 74, paL: 6_140, paI: 6_166 },
    { id: "c6", nama: "Puding Besar Laut", pus: 5_476, ppm: 605, lalu: 538, ini: 53, paL: 3_702, paI: 3_719 },
  ];
  const PB = "Peserta KB Baru (PB)";
  const PA = "Peserta KB Aktif (PA)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
    { key: "pus", head: ["Jumlah PUS"], num: 3, fmt: INT, width: 10 },
    {
      key: "ppm",
      head: ["PPM Peserta KB Baru 2024"],
      role: "target",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 11,
    },
    {
      key: "lalu",
      head: [PB, "s.d. Bulan Lalu"],
      role: "realisasi",
      year: 2024,
      num: 5,
      fmt: INT,
      width: 10,
    },
    { key: "ini", head: [PB, "Bulan Ini"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 9 },
    {
      key: "sd",
      head: [PB, "s.d. Bulan Ini"],
      role: "realisasi",
      year: 2024,
      num: "7 = 5 + 6",
      fmt: INT,
      width: 10,
    },
    { key: "pc", head: ["% PB thd PPM"], role: "capaian", year: 2024, num: "8 = 7 / 4", fmt: DEC, width: 9 },
    { key: "paL", head: [PA, "Bulan Lalu"], role: "realisasi", year: 2024, num: 9, fmt: INT, width: 10 },
    { key: "paI", head: [PA, "Bulan Ini"], role: "realisasi", year: 2024, num: 10, fmt: INT, width: 10 },
    { key: "cpr", head: ["CPR (%)"], num: "11 = 10 / 3", fmt: DEC, width: 8 },
  ];
  const TYPED = { id: "c5", v: 959 };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kec: k.nama,
          pus: k.pus,
          ppm: k.ppm,
          lalu: k.lalu,
          ini: k.ini,
          sd: k.id === TYPED.id ? TYPED.v : fx(`${c.a("lalu")}+${c.a("ini")}`),
          pc: fx(`ROUND(${c.a("sd")}/${c.a("ppm")}*100,2)`),
          paL: k.paL,
          paI: k.paI,
          cpr: fx(`ROUND(${c.a("paI")}/${c.a("pus")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["pus", "ppm", "lalu", "ini", "sd", "paL", "paI"])
            cells[k] = fx(`SUM(${c.a(k, "c1")}:${c.a(k, k === "ini" ? "c5" : "c6")})`);
          cells.pc = fx(`ROUND(${c.a("sd")}/${c.a("ppm")}*100,2)`);
          cells.cpr = fx(`ROUND(${c.a("paI")}/${c.a("pus")}*100,2)`);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Rekapitulasi Laporan F/II/KB dari 6 Balai Penyuluhan KB; PPM = Perkiraan Permintaan Masyarakat.",
    "Peserta KB Aktif adalah posisi akhir bulan (bukan jumlah kumulatif); CPR = PA / PUS x 100.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sungai Liat Pesisir, 8 Januari 2025",
    jabatan: ["Kepala Bidang Keluarga Berencana,"],
    nama: "NURHAYATI BINTI ABDUL MANAF, S.K.M.",
    pangkat: "Penata Tingkat I",
    nip: "19820614 200801 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ini", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH PB Bulan Ini = SUM over the first five kecamatan = 396; Puding Besar Laut (53) left out; the six give 449",
    truth: `${a("ini", "c1")}+${a("ini", "c2")}+${a("ini", "c3")}+${a("ini", "c4")}+${a("ini", "c5")}+${a("ini", "c6")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sd", "c5") },
    rules: ["sum-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "PB s.d. Bulan Ini of Merawang Baru typed 959 among '= s.d. Bulan Lalu + Bulan Ini' formulas; 921 + 74 = 995 (digits swapped)",
    truth: `${a("lalu", "c5")}+${a("ini", "c5")}`,
  });
  // traps: the active participants are a stock (not last month + new), CPR of the total is no sum
  b.ok({
    sheet: S,
    cell: a("paI", "c1"),
    rules: ["sum-mismatch"],
    truth: "10301",
    trap: `${a("paL", "c1")}+${a("ini", "c1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("cpr", "j"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("paI", "j")}/${a("pus", "j")}*100,2)`,
    trap: `SUM(${a("cpr", "c1")}:${a("cpr", "c6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("paI", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("paI", "c1")}:${a("paI", "c6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "c1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sd", "c1")}/${a("ppm", "c1")}*100,2)`,
  });
  return b.finish();
}

type Spm = { id: string; jenis: string; sas: number; lay: number };

/** Rekapitulasi capaian SPM bidang kesehatan seluruh puskesmas 2024, Kabupaten Musi Rawas Hilir. */
export function spmKesehatanMusiRawasHilir(): BookW {
  const b = new BookW(
    "rekap-spm-kesehatan-puskesmas-musi-rawas-hilir-2024.xlsx",
    "SPM health recap, 12 services (Dinas Kesehatan kabupaten)",
    "No | Jenis Layanan SPM | 'Tahun 2024' > Jumlah Sasaran / Jumlah Terlayani / Persentase (%) | Keterangan; no JUMLAH, an AVERAGE row 'Rata-rata Capaian SPM' under the twelve services",
  );
  const S = "Rekap SPM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "REKAPITULASI PENERAPAN SPM BIDANG KESEHATAN",
    "19 PUSKESMAS KABUPATEN MUSI RAWAS HILIR - JANUARI s.d. DESEMBER 2024",
  ]);
  const rows: Spm[] = [
    { id: "s1", jenis: "Pelayanan kesehatan ibu hamil", sas: 6_214, lay: 5_873 },
    { id: "s2", jenis: "Pelayanan kesehatan ibu bersalin", sas: 5_932, lay: 5_704 },
    { id: "s3", jenis: "Pelayanan kesehatan bayi baru lahir", sas: 5_648, lay: 5_519 },
    { id: "s4", jenis: "Pelayanan kesehatan balita", sas: 23_870, lay: 19_482 },
    { id: "s5", jenis: "Pelayanan kesehatan pada usia pendidikan dasar", sas: 41_356, lay: 39_870 },
    { id: "s6", jenis: "Pelayanan kesehatan pada usia produktif", sas: 186_420, lay: 118_735 },
    { id: "s7", jenis: "Pelayanan kesehatan pada usia lanjut", sas: 34_918, lay: 26_154 },
    { id: "s8", jenis: "Pelayanan kesehatan penderita hipertensi", sas: 52_706, lay: 31_208 },
    { id: "s9", jenis: "Pelayanan kesehatan penderita diabetes melitus", sas: 6_482, lay: 6_107 },
    { id: "s10", jenis: "Pelayanan kesehatan orang dengan gangguan jiwa berat", sas: 612, lay: 589 },
    { id: "s11", jenis: "Pelayanan kesehatan orang terduga tuberkulosis", sas: 3_480, lay: 3_215 },
    { id: "s12", jenis: "Pelayanan kesehatan orang dengan risiko terinfeksi HIV", sas: 9_874, lay: 8_962 },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "jenis", head: ["Jenis Layanan SPM"], role: "indikator", width: 44 },
    { key: "sas", head: [G, "Jumlah Sasaran"], role: "target", year: 2024, fmt: INT, width: 12 },
    { key: "lay", head: [G, "Jumlah Terlayani"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
    { key: "pc", head: [G, "Persentase (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 24 },
  ];
  const TYPED = { id: "s7", v: 47.9 };
  const WRONG_DEN = "s9";
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          jenis: x.jenis,
          sas: x.sas,
          lay: x.lay,
          pc:
            x.id === TYPED.id
              ? fmt(TYPED.v, DEC)
              : x.id === WRONG_DEN
                ? fx(`ROUND(${c.a("lay")}/${c.a("sas", "s8")}*100,2)`)
                : fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`),
          ket:
            x.id === "s6"
              ? "sasaran: penduduk usia 15-59 th"
              : x.id === "s8"
                ? "estimasi prevalensi Riskesdas"
                : undefined,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "jenis"],
        cells: (c) => ({
          no: "Rata-rata Capaian SPM",
          pc: fx(`ROUND(AVERAGE(${c.a("pc", "s1")}:${c.a("pc", "s12")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: persentase tiap layanan = terlayani / sasaran x 100; rata-rata capaian tidak dijumlahkan.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Muara Lakitan, 27 Januari 2025",
    jabatan: ["Kepala Bidang Kesehatan Masyarakat,"],
    nama: "HERLINA SUSANTI PURBA, S.K.M., M.Kes.",
    pangkat: "Pembina",
    nip: "19790302 200312 2 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", TYPED.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "usia lanjut typed 47.90 among ROUND formulas; 26,154 / 34,918 x 100 = 74.90 (4 for 7)",
    truth: `ROUND(${a("lay", TYPED.id)}/${a("sas", TYPED.id)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", WRONG_DEN) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "diabetes melitus divides by the hipertensi sasaran of the row above (52,706): 11.59; its own 6,482 gives 94.21",
    truth: `ROUND(${a("lay", WRONG_DEN)}/${a("sas", WRONG_DEN)}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "avg"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("pc", "s1")}:${a("pc", "s12")}),2)`,
    trap: `SUM(${a("pc", "s1")}:${a("pc", "s12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "s6"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("lay", "s6")}/${a("sas", "s6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "s10"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("lay", "s10")}/${a("sas", "s10")}*100,2)`,
  });
  return b.finish();
}
