// LKjIP, Perjanjian Kinerja with its Renstra sheet, and two recaps of the operational data (vaksinasi
// rabies per kecamatan; pemotongan di RPH per triwulan beside inseminasi buatan per pos IB) of two
// Dinas Peternakan dan Kesehatan Hewan. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 of the Dinas Peternakan dan Keswan Kabupaten Lembah Tarumi, with two negative indicators. */
export function lkjipPeternakan(): BookW {
  const b = new BookW(
    "lkjip-2024-disnakkeswan-lembah-tarumi-345.xlsx",
    "LKjIP capaian (Peternakan)",
    "LKjIP 2024 Tabel 3.1, merged Sasaran, Target / Realisasi / Capaian, refleksi (2 - R/T) for the negative indicators, predikat words, Rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1 Capaian Indikator Kinerja Utama Dinas Peternakan dan Kesehatan Hewan Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SAS1 = "Meningkatnya populasi dan produksi ternak";
  const SAS2 = "Terkendalinya penyakit hewan menular strategis dan zoonosis";
  type I = { id: string; sas: string; ind: string; sat: string; t: number; r: number; neg?: boolean };
  const ind: I[] = [
    { id: "i1", sas: SAS1, ind: "Populasi sapi potong", sat: "ekor", t: 148_500, r: 151_230 },
    { id: "i2", sas: SAS1, ind: "Produksi daging", sat: "ton", t: 3_250, r: 3_018.6 },
    { id: "i3", sas: SAS1, ind: "Produksi telur", sat: "ton", t: 1_840, r: 1_905.2 },
    { id: "i4", sas: SAS2, ind: "Kasus gigitan HPR positif rabies", sat: "kasus", t: 24, r: 18, neg: true },
    { id: "i5", sas: SAS2, ind: "Angka kematian ternak akibat PMK", sat: "%", t: 0.8, r: 1.1, neg: true },
    { id: "i6", sas: SAS2, ind: "Cakupan vaksinasi rabies HPR", sat: "%", t: 80, r: 71.4 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat" },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 24 },
  ];
  // planted: i5 (negative) with R/T 137.50; refleksi (2 - R/T) gives 62.50
  // planted: i6 89.25 called "Sangat Baik"; > 75-90 is Baik
  const cap = (i: I) => (i.neg && i.id !== "i5" ? (2 - i.r / i.t) * 100 : (i.r / i.t) * 100);
  const rows: Row[] = ind.map((i, n) => ({
    id: i.id,
    cells: (x) => ({
      no: n + 1,
      sas: i.sas,
      ind: i.ind,
      sat: i.sat,
      t: i.t,
      r: i.r,
      c:
        i.neg && i.id !== "i5"
          ? fx(`=ROUND((2-${x.a("r")}/${x.a("t")})*100,2)`)
          : fx(`=ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      pred: i.id === "i6" ? "Sangat Baik" : predikatBaik(round(cap(i))),
      ket: i.neg ? "indikator negatif: semakin kecil semakin baik" : "",
    }),
  }));
  rows.push({
    id: "avg",
    span: ["no", "sat"],
    bold: true,
    cells: (x) => ({
      no: "Rata-rata capaian",
      c: fx(`=ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i6")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["Sumber: Bidang Peternakan dan Bidang Keswan, data diolah (Februari 2025)"]);
  b.plant({
    at: { sheet: S, cell: t.a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "kematian ternak akibat PMK (negative) with R/T = 137.50; refleksi (2 - 1.1/0.8) gives 62.50",
    truth: `=ROUND((2-${t.a("r", "i5")}/${t.a("t", "i5")})*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pred", "i6") },
    rules: ["predikat-mismatch"],
    note: "cakupan vaksinasi rabies 89.25% called Sangat Baik; > 75-90 is Baik",
    truth: `=PREDIKAT_BAIK(${t.a("c", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `=ROUND((2-${t.a("r", "i4")}/${t.a("t", "i4")})*100,2)`,
    trap: `=ROUND(${t.a("r", "i4")}/${t.a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `=ROUND(${t.a("r", "i2")}/${t.a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pred", "i2"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT_BAIK(${t.a("c", "i2")})`,
  });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pangan dan Peternakan Kota Batu Sirih, beside its Renstra IKU sheet. */
export function pkPeternakan(): BookW {
  const b = new BookW(
    "pk-2025-disnak-batu-sirih-345.xlsx",
    "Perjanjian Kinerja + Renstra (Peternakan)",
    "PK 2025 (indicator table, then a caption and a program table with Jumlah) + sheet 'IKU Renstra' (kondisi awal 2024, Tahun ke-1..5, kondisi akhir)",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  type I = { id: string; ind: string; sat: string; awal: number; t: number[] };
  const iku: I[] = [
    {
      id: "a",
      ind: "Persentase kasus penyakit hewan menular strategis yang tertangani",
      sat: "%",
      awal: 82,
      t: [84, 86, 88, 90, 92],
    },
    {
      id: "b",
      ind: "Persentase peningkatan populasi ternak",
      sat: "%",
      awal: 2.1,
      t: [2.3, 2.5, 2.7, 2.9, 3.1],
    },
    { id: "c", ind: "Jumlah RPH bersertifikat NKV", sat: "unit", awal: 0, t: [1, 1, 2, 2, 3] },
    {
      id: "d",
      ind: "Konsumsi protein hewani",
      sat: "kg/kapita/tahun",
      awal: 11.2,
      t: [11.6, 12.0, 12.5, 13.0, 13.5],
    },
  ];
  // the PK sheet comes first in the workbook
  const p = b.sheet(P);
  const r = b.sheet(R);
  r.lines(["Indikator Kinerja Utama Renstra Dinas Pangan dan Peternakan 2025-2029"], 2, { bold: true });
  r.gap();
  const rt = r.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
        ...[1, 2, 3, 4, 5].map((y): Col => ({
          key: `t${y}`,
          head: ["Target", `Tahun ke-${y}`],
          role: "target",
          year: 2024 + y,
          fmt: DEC,
        })),
        { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
      ],
      headerRows: 2,
      rows: iku.map((i, n) => ({
        id: i.id,
        cells: (x) => ({
          no: n + 1,
          ind: i.ind,
          sat: i.sat,
          awal: i.awal,
          t1: i.t[0],
          t2: i.t[1],
          t3: i.t[2],
          t4: i.t[3],
          t5: i.t[4],
          akhir: fx(`=${x.a("t5")}`),
        }),
      })),
    },
    2,
  );
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PANGAN DAN PETERNAKAN KOTA BATU SIRIH"]);
  // planted: konsumsi protein hewani 12.0 in the PK = Tahun ke-2; Renstra 2025 is 11.6
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, num: 5, fmt: DEC },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: iku.map((i, n) => ({
      id: i.id,
      cells: {
        no: n + 1,
        sas:
          n < 2
            ? "Meningkatnya kesehatan dan populasi ternak"
            : "Meningkatnya penyediaan pangan asal hewan yang ASUH",
        ind: i.ind,
        sat: i.sat,
        t: i.id === "d" ? 12.0 : i.t[0],
      },
    })),
  });
  p.gap();
  p.lines(["Program dan anggaran pendukung:"]);
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_146_730_000],
    ["Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner", 1_874_260_000],
    ["Program Penyediaan dan Pengembangan Sarana Pertanian (bibit ternak dan IB)", 1_279_460_000],
  ];
  // planted: Jumlah typed 5,318,450,000; the programs give 5,300,450,000
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([n, v], i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: n, rp: v, ket: "APBD" } })),
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: 5_318_450_000 } },
    ],
  });
  p.gap();
  signature(p, 3, {
    tempat: "Batu Sirih, 3 Februari 2025",
    jabatan: ["Kepala Dinas Pangan dan Peternakan"],
    nama: "Ir. Syafrizal Datuak Rajo Mudo, M.P.",
    nip: "19680921 199403 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "d") },
        { sheet: R, cell: rt.a("t1", "d") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target konsumsi protein hewani 12.0 = Renstra Tahun ke-2 (2026); Tahun ke-1 (2025) is 11.6",
    truth: `='${R}'!${rt.a("t1", "d")}`,
    tol: 0.006,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "typed Jumlah 5,318,450,000; the three programs give 5,300,450,000",
    truth: `=SUM(${gt.a("rp", "g0")}:${gt.a("rp", "g2")})`,
  });
  b.ok({
    sheet: P,
    cell: pt.a("t", "a"),
    rules: ["cross-table-mismatch"],
    truth: `='${R}'!${rt.a("t1", "a")}`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("akhir", "b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${rt.a("t5", "b")}`,
    trap: `=SUM(${rt.a("t1", "b")}:${rt.a("t5", "b")})`,
  });
  return b.finish();
}

/** Vaksinasi rabies per kecamatan per triwulan, Kabupaten Lembah Tarumi 2024. */
export function rekapVaksinasi(): BookW {
  const b = new BookW(
    "rekap-vaksinasi-rabies-per-kecamatan-lembah-tarumi-345.xlsx",
    "Rekap vaksinasi rabies per kecamatan",
    "no No column, Kecamatan first; 'Vaksinasi (ekor)' > Triwulan I..IV merged; number row (1)..(8) with '(6) = (2)+..+(5)' and '(7) = (6)/(1) x 100'; JUMLAH row with the cakupan of the totals",
  );
  const S = "Rekap Vaksin 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN LEMBAH TARUMI",
    "Seksi Pencegahan dan Pemberantasan Penyakit Hewan",
  ]);
  s.lines(["REKAPITULASI VAKSINASI RABIES PADA HEWAN PENULAR RABIES (HPR) PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const kec: Array<[string, number, number[], number]> = [
    ["Tarumi Kota", 4_820, [910, 1_240, 980, 620], 3],
    ["Wae Lengga", 3_150, [560, 870, 720, 410], 5],
    ["Nggela Barat", 2_760, [430, 690, 610, 380], 2],
    ["Bolo Rae", 3_980, [820, 1_110, 890, 540], 4],
    ["Manu Kalada", 2_215, [350, 520, 470, 300], 1],
    ["Kota Lamba", 1_890, [300, 480, 400, 260], 0],
  ];
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 18 },
    { key: "pop", head: ["Populasi HPR (ekor)"], num: "(2)", fmt: INT },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Vaksinasi (ekor)", `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: `(${3 + i})`,
      fmt: INT,
    })),
    {
      key: "jml",
      head: ["Jumlah Divaksin (ekor)"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (3)+(4)+(5)+(6)",
      fmt: INT,
    },
    { key: "cak", head: ["Cakupan (%)"], role: "capaian", num: "(8) = (7)/(2) x 100", fmt: DEC },
    { key: "kasus", head: ["Kasus Gigitan Positif"], num: "(9)", fmt: INT },
  ];
  const Qs = ["q0", "q1", "q2", "q3"];
  const rows: Row[] = kec.map(([n, pop, q, kasus], i) => ({
    id: `r${i}`,
    cells: (x) => ({
      kec: n,
      pop,
      q0: q[0],
      q1: q[1],
      q2: q[2],
      q3: q[3],
      jml: fx(`=SUM(${x.a("q0")}:${x.a("q3")})`),
      // planted: Bolo Rae typed 118.45; 3,360 / 3,980 gives 84.42
      cak: i === 3 ? 118.45 : fx(`=ROUND(${x.a("jml")}/${x.a("pop")}*100,2)`),
      kasus,
    }),
  }));
  // planted: JUMLAH Triwulan II typed 4,190; the kecamatan give 4,910
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => {
      const c: Record<string, Cell> = { kec: "JUMLAH" };
      for (const k of ["pop", ...Qs, "jml", "kasus"])
        c[k] = k === "q1" ? 4_190 : fx(`=SUM(${x.a(k, "r0")}:${x.a(k, "r5")})`);
      c.cak = fx(`=ROUND(${x.a("jml")}/${x.a("pop")}*100,2)`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Keterangan: cakupan JUMLAH dihitung dari total divaksin dibagi total populasi HPR."]);
  b.plant({
    at: { sheet: S, cell: t.a("q1", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH Triwulan II typed 4,190; the six kecamatan give 4,910",
    truth: `=SUM(${t.a("q1", "r0")}:${t.a("q1", "r5")})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("cak", "r3") },
    rules: ["ratio-components-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "Bolo Rae cakupan typed 118.45; 3,360 / 3,980 x 100 = 84.42",
    truth: `=ROUND(${t.a("jml", "r3")}/${t.a("pop", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("cak", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `=ROUND(${t.a("jml", "tot")}/${t.a("pop", "tot")}*100,2)`,
    trap: `=SUM(${t.a("cak", "r0")}:${t.a("cak", "r5")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `=SUM(${t.a("jml", "r0")}:${t.a("jml", "r5")})`,
  });
  return b.finish();
}

/** Pemotongan ternak di RPH per triwulan, beside inseminasi buatan per pos IB, Kota Batu Sirih 2024. */
export function rekapRphIb(): BookW {
  const b = new BookW(
    "rekap-pemotongan-rph-dan-ib-batu-sirih-345.xlsx",
    "Rekap pemotongan RPH + IB per pos",
    "two tables side by side after one empty column: pemotongan per jenis ternak per triwulan (Jumlah, produksi daging, karkas per ekor) and IB per pos (akseptor, straw, bunting, S/C, CR %)",
  );
  const S = "RPH dan IB 2024";
  const s = b.sheet(S);
  s.lines(["DINAS PANGAN DAN PETERNAKAN KOTA BATU SIRIH - DATA OPERASIONAL TAHUN 2024"], 1, { bold: true });
  s.gap();
  s.put(s.r, 1, "A. Pemotongan ternak di RPH Kota Batu Sirih");
  s.put(s.r, 11, "B. Inseminasi buatan per pos IB");
  s.gap();
  const top = s.r;
  const ternak: Array<[string, number[], number]> = [
    ["Sapi", [412, 398, 455, 640], 320_802],
    ["Kerbau", [36, 41, 38, 52], 30_394],
    ["Kambing", [520, 488, 610, 1_240], 41_727],
    ["Domba", [88, 92, 105, 310], 7_854],
    ["Babi", [260, 245, 270, 390], 68_153],
  ];
  const a = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "jenis", head: ["Jenis Ternak"], width: 14 },
        ...["I", "II", "III", "IV"].map((q, i): Col => ({
          key: `q${i}`,
          head: ["Jumlah Dipotong (ekor)", `TW ${q}`],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        })),
        { key: "jml", head: ["Jumlah Dipotong (ekor)", "Setahun"], role: "realisasi", year: 2024, fmt: INT },
        { key: "kg", head: ["Produksi Daging (kg)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "karkas", head: ["Rata-rata Daging per Ekor (kg)"], fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...ternak.map(([j, q, kg], i): Row => ({
          id: `t${i}`,
          cells: (x) => ({
            no: i + 1,
            jenis: j,
            q0: q[0],
            q1: q[1],
            q2: q[2],
            q3: q[3],
            // planted: Babi typed 1,156; its quarters give 1,165
            jml: i === 4 ? 1_156 : fx(`=SUM(${x.a("q0")}:${x.a("q3")})`),
            kg,
            karkas: fx(`=ROUND(${x.a("kg")}/${x.a("jml")},2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "jenis"],
          cells: (x) => {
            const c: Record<string, Cell> = { no: "Jumlah" };
            for (const k of ["q0", "q1", "q2", "q3", "jml", "kg"])
              c[k] = fx(`=SUM(${x.a(k, "t0")}:${x.a(k, "t4")})`);
            c.karkas = fx(`=ROUND(${x.a("kg")}/${x.a("jml")},2)`);
            return c;
          },
        },
      ],
    },
    1,
    top,
  );
  const pos: Array<[string, number, number, number]> = [
    ["Pos IB Koto Tuo", 412, 598, 318],
    ["Pos IB Sungai Sirih", 286, 421, 214],
    ["Pos IB Padang Lamo", 334, 470, 251],
    ["Pos IB Bukik Ameh", 198, 305, 139],
  ];
  const ib = s.table(
    {
      cols: [
        { key: "pos", head: ["Pos IB"], role: "lokasi", width: 20 },
        { key: "aks", head: ["Akseptor (ekor)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "straw", head: ["Straw Digunakan (dosis)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "bunting", head: ["Bunting (PKB +)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "sc", head: ["S/C"], fmt: DEC },
        { key: "cr", head: ["CR (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...pos.map(([n, aks, straw, bunting], i): Row => ({
          id: `p${i}`,
          cells: (x) => ({
            pos: n,
            aks,
            straw,
            bunting,
            sc: fx(`=ROUND(${x.a("straw")}/${x.a("bunting")},2)`),
            // planted: Padang Lamo CR cached 85.15; 251 / 334 gives 75.15
            cr: fx(`=ROUND(${x.a("bunting")}/${x.a("aks")}*100,2)`, i === 2 ? 85.15 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => {
            const c: Record<string, Cell> = { pos: "Jumlah" };
            for (const k of ["aks", "straw", "bunting"]) c[k] = fx(`=SUM(${x.a(k, "p0")}:${x.a(k, "p3")})`);
            c.sc = fx(`=ROUND(${x.a("straw")}/${x.a("bunting")},2)`);
            c.cr = fx(`=ROUND(${x.a("bunting")}/${x.a("aks")}*100,2)`);
            return c;
          },
        },
      ],
    },
    a.right + 2,
    top,
  );
  s.r = a.lastDataRow + 2;
  s.lines(["S/C = straw / bunting; CR = bunting / akseptor x 100. Sumber: UPTD RPH dan petugas IB."]);
  b.plant({
    at: { sheet: S, cell: a.a("jml", "t4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Babi typed 1,156 ekor; TW I-IV give 1,165",
    truth: `=SUM(${a.a("q0", "t4")}:${a.a("q3", "t4")})`,
  });
  b.plant({
    at: { sheet: S, cell: ib.a("cr", "p2") },
    rules: ["ratio-components-mismatch"],
    note: "stale CR 85.15 of Pos IB Padang Lamo; 251 / 334 x 100 = 75.15",
    truth: `=ROUND(${ib.a("bunting", "p2")}/${ib.a("aks", "p2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a.a("karkas", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `=ROUND(${a.a("kg", "tot")}/${a.a("jml", "tot")},2)`,
    trap: `=ROUND(AVERAGE(${a.a("karkas", "t0")}:${a.a("karkas", "t4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: ib.a("cr", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `=ROUND(${ib.a("bunting", "tot")}/${ib.a("aks", "tot")}*100,2)`,
    trap: `=SUM(${ib.a("cr", "p0")}:${ib.a("cr", "p3")})`,
  });
  b.ok({
    sheet: S,
    cell: a.a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `=SUM(${a.a("jml", "t0")}:${a.a("jml", "t4")})`,
  });
  return b.finish();
}
