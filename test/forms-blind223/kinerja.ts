// LKjIP, PK with its Renstra, the SP2D recap (lembar and nilai, side by side) and the LRA per
// triwulan of two BPKAD (Kalimantan Tengah, Kepulauan Riau). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 pengukuran kinerja, BPKAD Bukit Waringin: capaian as fractions with a % format. */
export function lkjipBpkad(): BookW {
  const b = new BookW(
    "lkjip-2024-bpkad-silpa-bukit-waringin.xlsx",
    "LKjIP pengukuran kinerja (BPKAD)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian | Predikat | Realisasi 2023; capaian formulas as fractions with a 0.00% format, refleksi (2T-R)/T on negatives; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Kinerja BPKAD Kabupaten Bukit Waringin Tahun 2024",
    "(indikator bertanda * bersifat negatif: capaian = (2 x target - realisasi) / target)",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Persentase realisasi pendapatan daerah terhadap target APBD",
      sat: "%",
      neg: false,
      t: 100,
      r: 97.85,
      r23: 96.4,
    },
    {
      id: "i2",
      ind: "Persentase realisasi belanja daerah",
      sat: "%",
      neg: false,
      t: 95,
      r: 91.2,
      r23: 89.75,
    },
    {
      id: "i3",
      ind: "Persentase SiLPA terhadap total belanja daerah *",
      sat: "%",
      neg: true,
      t: 5,
      r: 4.2,
      r23: 6.15,
    },
    { id: "i4", ind: "Rata-rata waktu penerbitan SP2D *", sat: "hari", neg: true, t: 3, r: 2.6, r23: 3.2 },
    {
      id: "i5",
      ind: "Nilai kapabilitas manajemen kas daerah",
      sat: "indeks",
      neg: false,
      t: 3.5,
      r: 2.9,
      r23: 2.7,
    },
  ];
  const G = "Tahun 2024";
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: [G, "Target"], role: "target", year: 2024 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
      { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: i < 3 ? "Meningkatnya kualitas pengelolaan APBD" : "Meningkatnya tata kelola kas daerah",
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the SiLPA row (negative) has the R / T formula of the positive rows
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: i5 (82.86 %) is Baik, not Cukup
          p: { i1: "Sangat Baik", i2: "Sangat Baik", i3: "Sangat Baik", i4: "Sangat Baik", i5: "Cukup" }[
            x.id
          ],
          r23: x.r23,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: > 90% Sangat Baik; > 75-90% Baik; > 65-75% Cukup; > 50-65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kuala Waringin, 28 Februari 2025",
    jabatan: ["KEPALA BPKAD KABUPATEN BUKIT WARINGIN"],
    nama: "Drs. HERMANUS DAMANG ANGEN, M.Si.",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const tol = 0.0001;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase SiLPA (negative) computed with R / T = 84.00 %; refleksi (2 x 5 - 4.2) / 5 gives 116.00 %",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    tol,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for a capaian of 82.86 % (2.9 / 3.5); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")},4)`,
    tol,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol,
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala BPKAD Tanjung Pelita, beside the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkBpkad(): BookW {
  const b = new BookW(
    "pk-2025-bpkad-kas-tanjung-pelita.xlsx",
    "PK 2025 with Renstra (BPKAD)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target | Satuan (satuan after the target); No | Program | Anggaran (Rp) | Keterangan with a typed Jumlah; sheet 'Renstra': Kondisi Awal | Tahun ke-1..ke-5 (years only in the title 2025-2029) | Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase ketepatan waktu penyusunan LRA",
      sat: "%",
      awal: 80,
      k: [85, 90, 95, 100, 100],
    },
    {
      id: "b",
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      awal: 94.6,
      k: [96, 97, 98, 99, 100],
    },
    { id: "c", ind: "Persentase SiLPA terhadap belanja daerah", sat: "%", awal: 7.2, k: [6, 5.5, 5, 4.5, 4] },
    { id: "d", ind: "Rata-rata waktu penerbitan SP2D", sat: "hari", awal: 3.4, k: [3, 2.5, 2, 2, 1.5] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["MATRIKS TARGET INDIKATOR KINERJA UTAMA", "Renstra BPKAD Kota Tanjung Pelita Tahun 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40, num: "2" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "3" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: "4" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: String(4 + y),
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", num: "10" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j + 1}`, v])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH KOTA TANJUNG PELITA",
  ]);
  pk.lines([
    "Dalam rangka mewujudkan pengelolaan keuangan daerah yang tertib, transparan dan akuntabel,",
    "Kepala BPKAD berjanji mewujudkan target kinerja di bawah ini kepada Wali Kota Tanjung Pelita.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya akuntabilitas pelaporan keuangan"
            : "Meningkatnya efektivitas pengelolaan kas",
        ind: x.ind,
        // planted: the SiLPA target is the Renstra Tahun ke-2 (2026) value 5.5; 2025 is 6
        tg: x.id === "c" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 24_612_850_000 },
    { id: "p2", nm: "Program Pengelolaan Keuangan Daerah", rp: 6_874_300_000 },
    { id: "p3", nm: "Program Pengelolaan Barang Milik Daerah", rp: 3_215_600_000 },
    { id: "p4", nm: "Program Pengelolaan Pendapatan Daerah", rp: 2_148_900_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: Jumlah typed with two digits swapped (36,851,650,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 36_581_650_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Pelita, 6 Januari 2025",
    jabatan: ["KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH"],
    nama: "RAJA ISKANDAR SYAHPUTRA, S.E., M.Ak.",
    nip: "19780522 200312 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase SiLPA is 5.5, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 6",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 36,581,650,000; the four programs add up to 36,851,650,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  const all = (id: string) => [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: all(id),
    });
  return b.finish();
}

/** Rekap penerbitan SP2D 2024, BPKAD Bukit Waringin: lembar per triwulan beside nilai per jenis. */
export function rekapSp2d(): BookW {
  const b = new BookW(
    "rekap-sp2d-lembar-nilai-bukit-waringin.xlsx",
    "Rekap SP2D per jenis (BPKAD)",
    "two tables side by side: lembar SP2D per jenis and triwulan with '(6) = (2)+(3)+(4)+(5)', lembar tepat waktu and % tepat waktu, JUMLAH row (its Jumlah adds the quarter totals, its % is a ratio of totals); nilai SP2D (Rp) per jenis with porsi (%), JUMLAH",
  );
  const S = "Rekap SP2D 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT WARINGIN", "BPKAD - BIDANG PERBENDAHARAAN"]);
  s.lines(["REKAPITULASI PENERBITAN SP2D TAHUN ANGGARAN 2024"]);
  s.gap();
  const J = [
    { id: "g", nm: "LS Gaji dan Tunjangan", q: [312, 318, 315, 321], tw: 1266, nilai: 412_680_455_000 },
    { id: "bj", nm: "LS Barang dan Jasa", q: [284, 512, 688, 1_146], tw: 2311, nilai: 298_415_220_500 },
    { id: "p3", nm: "LS Pihak Ketiga Lainnya", q: [46, 88, 102, 171], tw: 338, nilai: 86_240_900_000 },
    { id: "up", nm: "Uang Persediaan (UP)", q: [58, 0, 0, 0], tw: 58, nilai: 4_500_000_000 },
    { id: "gu", nm: "Ganti Uang (GU)", q: [402, 655, 716, 583], tw: 2210, nilai: 61_834_118_250 },
    { id: "tu", nm: "Tambahan Uang (TU)", q: [12, 19, 24, 31], tw: 81, nilai: 3_912_400_000 },
  ];
  const top = s.r;
  const L = "Jumlah SP2D (lembar)";
  const left = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis SP2D"], num: "(1)", width: 24 },
        ...["I", "II", "III", "IV"].map((tw, i): Col => ({
          key: `q${i}`,
          head: [L, `Triwulan ${tw}`],
          role: "realisasi",
          year: 2024,
          num: `(${i + 2})`,
          fmt: INT,
        })),
        {
          key: "j",
          head: [L, "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "(6) = (2)+(3)+(4)+(5)",
          fmt: INT,
        },
        {
          key: "tw",
          head: ["Terbit paling lama 2 hari kerja (lembar)"],
          role: "realisasi",
          year: 2024,
          num: "(7)",
          fmt: INT,
        },
        {
          key: "pt",
          head: ["% Tepat Waktu"],
          role: "capaian",
          year: 2024,
          num: "(8) = (7)/(6) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...J.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            nm: x.nm,
            ...Object.fromEntries(x.q.map((v, i) => [`q${i}`, v])),
            // planted: GU typed 2,365; the quarters give 2,356
            j: x.id === "gu" ? 2_365 : x.q.reduce((p, v) => p + v, 0),
            tw: x.tw,
            pt: fx(`ROUND(${c.a("tw")}/${c.a("j")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "JUMLAH",
            ...Object.fromEntries(
              ["q0", "q1", "q2", "q3", "tw"].map((k) => [k, fx(`SUM(${c.a(k, "g")}:${c.a(k, "tu")})`)]),
            ),
            j: fx(`${c.a("q0")}+${c.a("q1")}+${c.a("q2")}+${c.a("q3")}`),
            pt: fx(`ROUND(${c.a("tw")}/${c.a("j")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const right = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis SP2D"], width: 24 },
        { key: "v", head: ["Nilai SP2D (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 20 },
        { key: "ps", head: ["Porsi (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...J.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            nm: x.nm,
            v: x.nilai,
            // planted: the Barang dan Jasa share typed 37.21 (34.40 by the amounts)
            ps: x.id === "bj" ? 37.21 : fx(`ROUND(${c.a("v")}/${c.a("v", "tot")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "JUMLAH",
            v: fx(`SUM(${c.a("v", "g")}:${c.a("v", "tu")})`),
            ps: fx(`ROUND(${c.a("v")}/${c.a("v")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines(["Sumber: aplikasi SIPD-RI modul penatausahaan, diolah Bidang Perbendaharaan."]);
  const a = (k: string, id: string) => left.a(k, id);
  const q = (id: string) => [0, 1, 2, 3].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "gu") },
    rules: ["sum-mismatch"],
    note: "Jumlah lembar SP2D GU is 2,365; the four triwulan give 402 + 655 + 716 + 583 = 2,356",
    truth: q("gu"),
  });
  b.plant({
    at: { sheet: S, cell: right.a("ps", "bj") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Porsi of LS Barang dan Jasa is a typed 37.21 among formulas; 298,415,220,500 / 867,583,093,750 gives 34.40",
    truth: `ROUND(${right.a("v", "bj")}/${right.a("v", "tot")}*100,2)`,
  });
  for (const id of ["g", "bj", "p3", "up", "tu"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: q(id) });
  b.ok({ sheet: S, cell: a("j", "tot"), rules: ["sum-mismatch"], truth: q("tot") });
  b.ok({
    sheet: S,
    cell: a("pt", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tw", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pt", "g")}:${a("pt", "tu")}),2)`,
  });
  for (const id of ["g", "bj", "p3"])
    b.ok({
      sheet: S,
      cell: a("pt", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tw", id)}/${a("j", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: right.a("v", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${right.a("v", "g")}:${right.a("v", "tu")})`,
  });
  for (const id of ["g", "gu"])
    b.ok({
      sheet: S,
      cell: right.a("ps", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${right.a("v", id)}/${right.a("v", "tot")}*100,2)`,
    });
  return b.finish();
}

type L = { id: string; kode: string; ur: string; a?: number; q?: number[] };

/** LRA s.d. Triwulan IV 2024 of the Pemerintah Kota Tanjung Pelita, Rp in thousands, SiLPA at the foot. */
export function lraTriwulan(): BookW {
  const b = new BookW(
    "lra-triwulan-silpa-tanjung-pelita.xlsx",
    "LRA per triwulan (BPKAD)",
    "LRA 2024 '(dalam ribuan rupiah)': Kode | Uraian | Anggaran | Realisasi TW I..IV | s.d. TW IV '(7) = (3)+(4)+(5)+(6)' | % '(8) = (7)/(2) x 100' | Lebih/(Kurang) '(9) = (7)-(2)'; pendapatan, belanja, surplus, pembiayaan, SiLPA rows; totals as formulas",
  );
  const S = "LRA TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG PELITA", "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH",
    "Per Triwulan, untuk Tahun Anggaran yang Berakhir sampai dengan 31 Desember 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const leaves: L[] = [
    {
      id: "pad",
      kode: "4.1",
      ur: "Pendapatan Asli Daerah",
      a: 312_450_000,
      q: [61_240_500, 78_905_300, 84_117_800, 102_644_900],
    },
    {
      id: "trf",
      kode: "4.2",
      ur: "Pendapatan Transfer",
      a: 1_084_620_000,
      q: [248_310_000, 301_455_200, 276_880_400, 233_104_900],
    },
    {
      id: "lain",
      kode: "4.3",
      ur: "Lain-lain Pendapatan Daerah yang Sah",
      a: 24_300_000,
      q: [2_100_000, 5_650_000, 6_320_000, 8_115_000],
    },
    {
      id: "bo",
      kode: "5.1",
      ur: "Belanja Operasi",
      a: 1_018_740_000,
      q: [168_220_400, 252_870_600, 258_614_300, 281_906_200],
    },
    {
      id: "bm",
      kode: "5.2",
      ur: "Belanja Modal",
      a: 342_180_000,
      q: [12_450_800, 58_330_900, 96_772_400, 151_108_300],
    },
    {
      id: "btt",
      kode: "5.3",
      ur: "Belanja Tidak Terduga",
      a: 6_500_000,
      q: [0, 1_250_000, 820_000, 2_115_000],
    },
    {
      id: "bt",
      kode: "5.4",
      ur: "Belanja Transfer",
      a: 98_450_000,
      q: [18_900_000, 24_612_500, 24_612_500, 26_880_000],
    },
    {
      id: "pp",
      kode: "6.1",
      ur: "Penerimaan Pembiayaan (SiLPA Tahun Sebelumnya)",
      a: 55_000_000,
      q: [51_876_400, 0, 0, 0],
    },
    {
      id: "kp",
      kode: "6.2",
      ur: "Pengeluaran Pembiayaan (Penyertaan Modal BUMD, bertahap)",
      a: 7_500_000,
      q: [0, 2_500_000, 2_500_000, 2_000_000],
    },
  ];
  const byId = new Map(leaves.map((x) => [x.id, x]));
  const order = ["P", "pad", "trf", "lain", "B", "bo", "bm", "btt", "bt", "SD", "pp", "kp", "PN", "SL"];
  const heads: Record<string, { kode: string; ur: string }> = {
    P: { kode: "4", ur: "PENDAPATAN DAERAH" },
    B: { kode: "5", ur: "BELANJA DAERAH" },
    SD: { kode: "", ur: "SURPLUS / (DEFISIT)" },
    PN: { kode: "6", ur: "PEMBIAYAAN NETO" },
    SL: { kode: "", ur: "SISA LEBIH PEMBIAYAAN ANGGARAN (SiLPA)" },
  };
  const nums = ["a", "q0", "q1", "q2", "q3", "sd"];
  const R = "Realisasi";
  const t = s.table({
    cols: [
      { key: "kode", head: ["Kode Rek."], num: "(0)", width: 8 },
      { key: "ur", head: ["Uraian"], num: "(1)", width: 40 },
      {
        key: "a",
        head: ["Anggaran Setelah Perubahan"],
        role: "anggaran",
        year: 2024,
        num: "(2)",
        fmt: RP,
        width: 16,
      },
      ...["I", "II", "III", "IV"].map((tw, i): Col => ({
        key: `q${i}`,
        head: [R, `Triwulan ${tw}`],
        role: "realisasi-anggaran",
        year: 2024,
        num: `(${i + 3})`,
        fmt: RP,
        width: 15,
      })),
      {
        key: "sd",
        head: [R, "s.d. Triwulan IV"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(7) = (3)+(4)+(5)+(6)",
        fmt: RP,
        width: 16,
      },
      { key: "pc", head: ["%"], role: "capaian", year: 2024, num: "(8) = (7)/(2) x 100", fmt: DEC },
      { key: "lk", head: ["Lebih / (Kurang)"], role: "lainnya", num: "(9) = (7)-(2)", fmt: RP, width: 15 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: order.map((id): Row => ({
      id,
      bold: id in heads,
      cells: (c) => {
        const x = byId.get(id);
        const out: Record<string, ReturnType<typeof fx> | number | string> = x
          ? { kode: x.kode, ur: x.ur, a: x.a!, ...Object.fromEntries(x.q!.map((v, i) => [`q${i}`, v])) }
          : { ...(heads[id].kode ? { kode: heads[id].kode } : {}), ur: heads[id].ur };
        const f = (k: string): string =>
          id === "P"
            ? `SUM(${c.a(k, "pad")}:${c.a(k, "lain")})`
            : id === "B"
              ? `SUM(${c.a(k, "bo")}:${c.a(k, "bt")})`
              : id === "SD"
                ? `${c.a(k, "P")}-${c.a(k, "B")}`
                : id === "PN"
                  ? `${c.a(k, "pp")}-${c.a(k, "kp")}`
                  : `${c.a(k, "SD")}+${c.a(k, "PN")}`;
        if (!x) for (const k of nums.slice(0, 5)) out[k] = fx(f(k));
        out.sd = x ? fx(`SUM(${c.a("q0")}:${c.a("q3")})`) : fx(f("sd"));
        // planted: SiLPA s.d. TW IV typed 74,526,500 (surplus + pembiayaan neto = 74,256,500)
        if (id === "SL") out.sd = 74_526_500;
        if (["P", "B", "pp", "kp", ...leaves.slice(0, 7).map((l) => l.id)].includes(id))
          out.pc = fx(`ROUND(${c.a("sd")}/${c.a("a")}*100,2)`);
        // planted: Belanja Modal % typed 103.13 (318,662,400 / 342,180,000 = 93.13)
        if (id === "bm") out.pc = 103.13;
        out.lk = fx(`${c.a("sd")}-${c.a("a")}`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: realisasi pendapatan dapat melampaui anggaran; realisasi belanja tidak boleh melampaui pagu.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Pelita, 17 Januari 2025",
    jabatan: ["KEPALA BPKAD SELAKU PPKD"],
    nama: "RAJA ISKANDAR SYAHPUTRA, S.E., M.Ak.",
    nip: "19780522 200312 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const pc = (id: string) => `ROUND(${a("sd", id)}/${a("a", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("sd", "SL") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "SiLPA s.d. Triwulan IV is a typed 74,526,500 among formulas; surplus 29,380,100 + pembiayaan neto 44,876,400 = 74,256,500",
    truth: `${a("sd", "SD")}+${a("sd", "PN")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "bm") },
    rules: ["capaian-mismatch", "serapan-over-100"],
    note: "Belanja Modal % is a typed 103.13 (spending over the pagu); 318,662,400 / 342,180,000 gives 93.13",
    truth: pc("bm"),
  });
  b.ok({
    sheet: S,
    cell: a("pc", "pad"),
    rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
    truth: pc("pad"),
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("pc", "P"),
    rules: ["capaian-mismatch"],
    truth: pc("P"),
    trap: `ROUND(AVERAGE(${a("pc", "pad")}:${a("pc", "lain")}),2)`,
  });
  for (const id of ["trf", "bo", "btt", "pp"])
    b.ok({ sheet: S, cell: a("pc", id), rules: ["capaian-mismatch"], truth: pc(id) });
  for (const id of ["bo", "bm", "pp"])
    b.ok({
      sheet: S,
      cell: a("sd", id),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((i) => a(`q${i}`, id)).join("+"),
    });
  for (const k of ["a", "q2", "sd"])
    b.ok({
      sheet: S,
      cell: a(k, "B"),
      rules: ["sum-mismatch"],
      truth: ["bo", "bm", "btt", "bt"].map((id) => a(k, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("sd", "SD"), rules: ["sum-mismatch"], truth: `${a("sd", "P")}-${a("sd", "B")}` });
  b.ok({
    sheet: S,
    cell: a("q0", "SL"),
    rules: ["sum-mismatch"],
    truth: `${a("q0", "SD")}+${a("q0", "PN")}`,
  });
  return b.finish();
}
