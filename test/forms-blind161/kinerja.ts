// Performance tables of a Dinas Peternakan dan Kesehatan Hewan: the LKjIP 2024 measurement of a Jawa
// Timur kabupaten (conception rate of IB, S/C and the death rate lower is better, kelahiran pedet,
// cakupan vaksinasi PMK, produksi susu), and the PK 2025 of an NTT kabupaten's Kepala Dinas with its
// program budget, beside the Renstra Disnakkeswan 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

// =============================================== Disnakkeswan Kabupaten Pacet Arjuno, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipPacet(): BookW {
  const b = new BookW(
    "lkjip-ib-pedet-pmk-disnakkeswan-pacet-arjuno.xlsx",
    "LKjIP pengukuran kinerja (Disnakkeswan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Peternakan dan Kesehatan Hewan in Jawa Timur: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian (%) | Predikat; number row (1) .. (8) with '(7) = (6) : (5) x 100'; refleksi for the two lower-is-better rows; predikat typed (Sangat Tinggi .. Sangat Rendah); Rata-rata under the table",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PACET ARJUNO", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya populasi dan produksi ternak";
  const S2 = "Terkendalinya penyakit hewan menular strategis";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase akseptor IB yang bunting (Conception Rate)",
      sat: "%",
      t: 62,
      r: 65.4,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Service per Conception (S/C) inseminasi buatan",
      sat: "kali",
      t: 1.8,
      r: 1.65,
      neg: true,
      f: DEC,
    },
    { id: "i3", sas: S1, ind: "Jumlah kelahiran pedet hasil IB", sat: "ekor", t: 24_500, r: 22_318, f: INT },
    {
      id: "i4",
      sas: S1,
      ind: "Produksi susu segar sapi perah",
      sat: "ribu liter",
      t: 36_000,
      r: 37_446.25,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Cakupan vaksinasi PMK pada sapi dan kerbau",
      sat: "%",
      t: 80,
      r: 71.35,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Angka kematian ternak akibat penyakit hewan menular strategis",
      sat: "%",
      t: 1.5,
      r: 1.2,
      neg: true,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(capOf(rows[4])) !== "Tinggi") throw new Error("lkjip i5");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t", head: ["Target"], role: "target", year: 2024, num: "(5)", width: 10 },
    { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 10 },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) : (5) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024, num: "(8)", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const R = c.a("r");
        const T = c.a("t");
        // planted: the kelahiran pedet's capaian typed 109.78 (target over realisation)
        const cap =
          x.id === "i3" ? 109.78 : fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: { v: x.t, fmt: x.f },
          r: { v: x.r, fmt: x.f },
          c: cap,
          // planted: i5 typed Sangat Tinggi for 89.19; i3 follows its typed capaian
          p: x.id === "i5" ? "Sangat Tinggi" : predikat(x.id === "i3" ? 109.78 : capOf(x)),
        };
      },
    })),
  });
  s.gap();
  const c1 = t.a("c", "i1");
  const c6 = t.a("c", "i6");
  s.lines(["Rata-rata capaian IKU"], 3, { bold: true });
  s.put(s.r - 1, 7, fx(`ROUND(AVERAGE(${c1}:${c6}),2)`), { fmt: DEC, bold: true });
  s.put(s.r - 1, 8, "Sangat Tinggi", { bold: true });
  s.gap();
  s.lines([
    "Catatan: S/C dan angka kematian ternak semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pacet, 20 Februari 2025",
    jabatan: ["Kepala Dinas Peternakan dan Kesehatan Hewan", "Kabupaten Pacet Arjuno,"],
    nama: "drh. ENDANG SRI WAHYUNINGSIH, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700521 199803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of the kelahiran pedet hasil IB is a typed 109.78 (target / realisasi) among ROUND formulas; 22,318 / 24,500 gives 91.09",
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for the cakupan vaksinasi PMK's capaian of 89.19 (71.35 against 80); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
      // lower is better: the refleksi, not R / T
      trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================ Disnakkeswan Kabupaten Amanuban Tengah, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkAmanuban(): BookW {
  const b = new BookW(
    "pk-kadis-nakkeswan-renstra-amanuban-tengah.xlsx",
    "Perjanjian Kinerja dan Renstra (Disnakkeswan)",
    "PK 2025 of the Kepala Dinas Peternakan dan Kesehatan Hewan of an NTT kabupaten: sheet 'PK 2025' with No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH = the program; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  const sr = b.sheet(R);
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Populasi sapi potong",
      sat: "ekor",
      awal: 164_250,
      tg: [168_400, 172_600, 176_900, 181_300, 185_800],
      f: INT,
    },
    {
      id: "r2",
      ind: "Jumlah kelahiran pedet hasil inseminasi buatan",
      sat: "ekor",
      awal: 3_870,
      tg: [4_100, 4_350, 4_600, 4_850, 5_100],
      f: INT,
    },
    {
      id: "r3",
      ind: "Cakupan vaksinasi rabies pada hewan penular rabies",
      sat: "%",
      awal: 66.4,
      tg: [70, 72, 75, 78, 80],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Prevalensi brucellosis pada sapi",
      sat: "%",
      awal: 2.7,
      tg: [2.4, 2.1, 1.8, 1.5, 1.2],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Produksi daging sapi",
      sat: "ton",
      awal: 2_914.6,
      tg: [3_010, 3_105, 3_200, 3_300, 3_400],
      f: DEC,
    },
  ];
  // ---- Renstra sheet
  letterhead(sr, [
    "RENCANA STRATEGIS DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "KABUPATEN AMANUBAN TENGAH 2025-2029",
  ]);
  sr.lines(["Tabel 6.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  sr.gap();
  const TG = "Target Kinerja Tahun ke-";
  const ord = ["I", "II", "III", "IV", "V"];
  const tr = sr.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${2025 + i}`,
        head: [TG, `${ord[i]} (${2025 + i})`],
        role: "target",
        year: 2025 + i,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Kinerja Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: { v: x.awal, fmt: x.f },
        ...Object.fromEntries(x.tg.map((v, j) => [`y${2025 + j}`, { v, fmt: x.f }])),
        // planted: the populasi's kondisi akhir typed as the 2028 target
        ak: { v: x.id === "r1" ? x.tg[3] : x.tg[4], fmt: x.f },
      },
    })),
  });
  // ---- PK sheet
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN AMANUBAN TENGAH",
  ]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2 || i === 4
            ? "Meningkatnya populasi dan produktivitas ternak"
            : "Terkendalinya penyakit hewan menular",
        ind: x.ind,
        sat: x.sat,
        // planted: the rabies cakupan carries the Renstra's year II target
        tg: { v: x.id === "r3" ? x.tg[1] : x.tg[0], fmt: x.f },
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    ["s1", "3.27.05.2.01.0001", "Pelaksanaan Vaksinasi Hewan Penular Rabies", 612_450_000],
    ["s2", "3.27.04.2.01.0002", "Penyidikan dan Pengujian Penyakit Hewan Menular Strategis", 287_300_000],
    ["s3", "3.27.05.2.01.0003", "Pengadaan Obat Hewan dan Bahan Biologik Veteriner", 344_860_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "indikator", width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "3.27.05",
          ur: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
          rp: fx(c.a("rp", "k")),
          ket: "APBD",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "3.27.05.2.01",
          ur: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota",
          rp: fx(subs.map(([id]) => c.a("rp", id)).join("+")),
          ket: "APBD",
        }),
      },
      ...subs.map(([id, kode, ur, rp]): Row => ({
        id,
        cells: { kode, ur, rp, ket: id === "s3" ? "DAK" : "APBD" },
      })),
      { id: "j", bold: true, span: ["no", "ur"], cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  s.gap();
  const sign = (left: string, right: string) => {
    if (left) s.put(s.r, 2, left);
    s.put(s.r, 4, right);
    s.r++;
  };
  sign("", "Kupang Selatan, 3 Januari 2025");
  sign("Pihak Kedua,", "Pihak Pertama,");
  sign("BUPATI AMANUBAN TENGAH,", "KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN,");
  s.gap(3);
  sign("Drs. MARTINUS BANAMTUAN", "ARNOLDUS NOPE TEFA, S.Pt., M.Si.");
  sign("", "NIP. 19760318 200501 1 009");

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the cakupan vaksinasi rabies is 72.00, the Renstra's year II (2026) target; the Renstra 2025 target is 70.00",
    truth: `'${R}'!${tr.a("y2025", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyidikan dan Pengujian Penyakit Hewan Menular Strategis is coded 3.27.04.2.01.0002 under kegiatan 3.27.05.2.01; its code is 3.27.05.2.01.0002",
    truth: `${t2.a("kode", "k")}&".0002"`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ak", "r1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the populasi sapi potong is 181,300, the year IV (2028) target; the year V (2029) target is 185,800",
    truth: tr.a("y2029", "r1"),
  });
  for (const x of rows.filter((r) => r.id !== "r3"))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  // the JUMLAH is the program, not every row added up
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "k"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s3")})`,
  });
  for (const x of rows.filter((r) => r.id !== "r1"))
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: x.sat === "%" ? `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})` : undefined,
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "r4"), rules: ["target-trend"], truth: "1.2" });
  return b.finish();
}
