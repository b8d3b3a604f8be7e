// LKjIP (Lembah Sariwangi), PK with its Renstra (Tanjung Rawasari), a recap of ODGJ berat and pasung
// per puskesmas (Lembah Sariwangi) and a quarterly SPM usia lanjut recap beside the rehabilitasi
// NAPZA recap (Tanjung Rawasari). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const cap = (pol: string, t: string, r: string) =>
  pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 Dinkes Lembah Sariwangi: Realisasi 2023 and the Renstra end target beside the year. */
export function lkjipKeswa(): BookW {
  const b = new BookW(
    "lkjip-2024-keswa-napza-lansia-lembah-sariwangi.xlsx",
    "LKjIP capaian kinerja (Dinkes, keswa)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Predikat | Target Akhir Renstra 2026; refleksi (2T-R)/T on the pasung and kekambuhan rows; predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.2 Capaian Indikator Kinerja Dinas Kesehatan Kabupaten Lembah Sariwangi Tahun 2024",
  ]);
  s.gap();
  const SJ = "Meningkatnya derajat kesehatan jiwa masyarakat";
  const SL = "Meningkatnya kualitas hidup usia lanjut";
  const I = [
    {
      id: "i1",
      sas: SJ,
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      pol: "+",
      r23: 84.6,
      t: 92,
      r: 93.1,
      ak: 100,
    },
    {
      id: "i2",
      sas: SJ,
      ind: "Jumlah ODGJ yang masih dipasung",
      sat: "orang",
      pol: "-",
      r23: 21,
      t: 14,
      r: 9,
      ak: 0,
    },
    {
      id: "i3",
      sas: SJ,
      ind: "Angka kekambuhan klien pasca rehabilitasi NAPZA",
      sat: "%",
      pol: "-",
      r23: 31.2,
      t: 25,
      r: 28.5,
      ak: 18,
    },
    {
      id: "i4",
      sas: SL,
      ind: "Persentase warga usia lanjut yang mendapat skrining kesehatan sesuai standar",
      sat: "%",
      pol: "+",
      r23: 66.8,
      t: 90,
      r: 71.6,
      ak: 100,
    },
    {
      id: "i5",
      sas: SL,
      ind: "Persentase puskesmas santun lansia",
      sat: "%",
      pol: "+",
      r23: 31,
      t: 60,
      r: 38,
      ak: 80,
    },
  ];
  const word = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const capVal = (x: (typeof I)[number]) =>
    Math.round(((x.pol === "+" ? x.r / x.t : (2 * x.t - x.r) / x.t) * 100 + 1e-9) * 100) / 100;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra 2026"], role: "target" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the kekambuhan row (negative) uses R / T
          c: fx(x.id === "i3" ? cap("+", c.a("t"), c.a("r")) : cap(x.pol, c.a("t"), c.a("r"))),
          // planted: "Sangat Baik" for the lansia screening (79.56 is Baik)
          p: x.id === "i4" ? "Sangat Baik" : x.id === "i3" ? "Sangat Baik" : word(capVal(x)),
          ak: x.ak,
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
    "Indikator pasung dan kekambuhan bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 Baik; > 65 Cukup; > 50 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Angka kekambuhan NAPZA (negative) computed as R / T = 114.00; refleksi (2 x 25 - 28.5) / 25 gives 86.00",
    truth: cap("-", a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for 79.56 (71.6 / 90); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i2"), a("r", "i2")),
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinkes Tanjung Rawasari with the Renstra 2025-2029 sheet. */
export function pkKeswa(): BookW {
  const b = new BookW(
    "pk-2025-kadinkes-tanjung-rawasari-renstra.xlsx",
    "PK 2025 with Renstra (Dinkes, keswa)",
    "sheet 'Perjanjian Kinerja': statement, No | Indikator Kinerja | Target 2025 | Satuan (satuan after the target); No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir, a negative pasung row",
  );
  const P = "Perjanjian Kinerja";
  const R = "IKU Renstra";
  const ind = [
    {
      id: "a",
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      awal: 85.2,
      k: [88, 91, 94, 97, 100],
    },
    { id: "b", ind: "Jumlah kasus pasung", sat: "kasus", awal: 23, k: [18, 14, 10, 6, 3] },
    {
      id: "c",
      ind: "Persentase warga usia lanjut yang mendapat skrining kesehatan",
      sat: "%",
      awal: 72.5,
      k: [76, 80, 85, 90, 95],
    },
    {
      id: "d",
      ind: "Persentase klien rehabilitasi NAPZA yang menuntaskan program",
      sat: "%",
      awal: 61,
      k: [65, 68, 72, 75, 80],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama Dinas Kesehatan Kota Tanjung Rawasari", "Renstra 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal", "2024"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir", "2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PEMERINTAH KOTA TANJUNG RAWASARI",
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KESEHATAN",
  ]);
  pk.lines([
    "Pada hari ini tanggal dua Januari dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini",
    "sepakat untuk mewujudkan target kinerja tahunan sebagai berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    // planted: the lansia screening target is the Renstra 2026 value 80 (2025: 76)
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, ind: x.ind, tg: x.id === "c" ? 80 : x.k[0], sat: x.sat },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 14_862_375_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 38_415_920_500,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_284_600_000 },
    { id: "p4", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 642_150_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: i === 1 ? "APBD, DAK Non Fisik" : "APBD" },
      })),
      // planted: a typed Jumlah 55,250,045,500 (the four give 55,205,045,500)
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: 55_250_045_500 } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Rawasari, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN"],
    nama: "dr. SITI RAHMAWATI NOOR, M.Kes.",
    nip: "19780514 200604 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the usia lanjut screening is 80, the Renstra 2026 target; the Renstra 2025 target is 76",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah is a typed 55,250,045,500; the four programs add up to 55,205,045,500",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
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
  b.ok({ sheet: R, cell: rt.a("y2029", "b"), rules: ["target-trend"], truth: "3" });
  return b.finish();
}

/** ODGJ berat dilayani and pasung per puskesmas, Dinkes Lembah Sariwangi, with identities in the number row. */
export function rekapOdgj(): BookW {
  const b = new BookW(
    "rekap-odgj-berat-pasung-per-puskesmas-lembah-sariwangi.xlsx",
    "Rekap ODGJ berat dan pasung per puskesmas (Dinkes)",
    "per puskesmas: Sasaran ODGJ berat | Dilayani L | P | Jumlah '(5) = (3)+(4)' | % '(6) = (5)/(2) x 100' | Pasung awal | Dibebaskan | Sisa '(9) = (7)-(8)' | % bebas '(10) = (8)/(7) x 100'; JUMLAH row with ratios of totals",
  );
  const S = "Keswa per PKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN LEMBAH SARIWANGI",
    "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Keswa",
  ]);
  s.lines(["REKAPITULASI PELAYANAN ODGJ BERAT DAN PENANGANAN PASUNG PER PUSKESMAS TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Puskesmas Cigadog", sas: 212, l: 118, p: 96, pa: 4, pb: 3 },
    { id: "k2", nm: "Puskesmas Sariwangi Kota", sas: 265, l: 131, p: 112, pa: 3, pb: 2 },
    { id: "k3", nm: "Puskesmas Pasirlaja", sas: 174, l: 84, p: 71, pa: 6, pb: 5 },
    { id: "k4", nm: "Puskesmas Sukaresik Hilir", sas: 148, l: 63, p: 58, pa: 3, pb: 1 },
    { id: "k5", nm: "Puskesmas Karangjati", sas: 196, l: 101, p: 83, pa: 5, pb: 4 },
    { id: "k6", nm: "Puskesmas Tanjungwaru", sas: 137, l: 70, p: 55, pa: 2, pb: 1 },
  ];
  const A = "ODGJ Berat Dilayani Sesuai Standar";
  const B = "Penanganan Pasung";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "nm", head: ["Puskesmas"], role: "lokasi", width: 26 },
    { key: "sas", head: ["Sasaran ODGJ Berat"], role: "target", year: 2024, num: "(2)", fmt: INT },
    { key: "l", head: [A, "L"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "p", head: [A, "P"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "j", head: [A, "Jumlah"], role: "realisasi", year: 2024, num: "(5) = (3)+(4)", fmt: INT },
    { key: "pc", head: [A, "%"], role: "capaian", year: 2024, num: "(6) = (5)/(2) x 100", fmt: DEC },
    { key: "pa", head: [B, "Kasus Awal Tahun"], num: "(7)", fmt: INT },
    { key: "pb", head: [B, "Dibebaskan"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "ps", head: [B, "Masih Dipasung"], num: "(9) = (7)-(8)", fmt: INT },
    {
      key: "pp",
      head: [B, "% Dibebaskan"],
      role: "capaian",
      year: 2024,
      num: "(10) = (8)/(7) x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          sas: k.sas,
          l: k.l,
          p: k.p,
          j: fx(`${c.a("l")}+${c.a("p")}`),
          pc: fx(`ROUND(${c.a("j")}/${c.a("sas")}*100,2)`),
          pa: k.pa,
          pb: k.pb,
          ps: fx(`${c.a("pa")}-${c.a("pb")}`),
          // planted: Sukaresik Hilir's % dibebaskan typed 133.33 (1 of 3 freed: 33.33)
          pp: k.id === "k4" ? 133.33 : fx(`ROUND(${c.a("pb")}/${c.a("pa")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["sas", "p", "j", "pa", "pb", "ps"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: the L total stops one row short (Tanjungwaru's 70 left out)
          out.l = fx(`SUM(${c.a("l", "k1")}:${c.a("l", "k5")})`);
          out.pc = fx(`ROUND(${c.a("j")}/${c.a("sas")}*100,2)`);
          out.pp = fx(`ROUND(${c.a("pb")}/${c.a("pa")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan program keswa puskesmas (SIMPUS) Januari - Desember 2024."]);
  s.gap();
  signature(s, 8, {
    tempat: "Sariwangi, 10 Januari 2025",
    jabatan: ["Kepala Seksi P2PTM dan Keswa"],
    nama: "NENG YULIANTI, S.K.M., M.Kes.",
    nip: "19860719 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("pp", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% dibebaskan of Puskesmas Sukaresik Hilir is a typed 133.33; 1 of 3 pasung cases freed gives 33.33 (cannot exceed 100)",
    truth: `ROUND(${a("pb", "k4")}/${a("pa", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("l", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH L is =SUM over five puskesmas (497); with Tanjungwaru's 70 it is 567",
    truth: `SUM(${a("l", "k1")}:${a("l", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("sas", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "k1")}:${a("pc", "k6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pp", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("pb", "tot")}/${a("pa", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pp", "k1")},${a("pp", "k2")},${a("pp", "k3")},${a("pp", "k5")},${a("pp", "k6")}),2)`,
  });
  for (const id of ["k1", "k3", "k6"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("l", id)}+${a("p", id)}` });
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("sas", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("ps", id), rules: ["sum-mismatch"], truth: `${a("pa", id)}-${a("pb", id)}` });
  }
  for (const id of ["k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("pp", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("pb", id)}/${a("pa", id)}*100,2)`,
    });
  for (const k of ["sas", "j", "pb"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

/** SPM usia lanjut per triwulan (cumulative) beside the rehabilitasi NAPZA recap per lembaga, Tanjung Rawasari. */
export function spmLansiaNapza(): BookW {
  const b = new BookW(
    "spm-usia-lanjut-triwulan-rehab-napza-tanjung-rawasari.xlsx",
    "Rekap SPM usia lanjut per triwulan + rehabilitasi NAPZA (Dinkes)",
    "left: Triwulan | Sasaran lansia (annual) | Diskrining | Kumulatif | % kumulatif, row 'Tahun 2024' (sasaran not summed, kumulatif = TW IV); right, one empty column away: IPWL | Rawat Jalan | Rawat Inap | Jumlah Klien | Realisasi Anggaran with a Jumlah row",
  );
  const S = "SPM Lansia dan NAPZA";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KOTA TANJUNG RAWASARI", "Bidang Kesehatan Masyarakat dan Bidang P2P"]);
  s.lines(["CAPAIAN SPM PELAYANAN KESEHATAN USIA LANJUT DAN REHABILITASI MEDIS NAPZA TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const SAS = 18_640;
  const Q = [
    { id: "q1", tw: "Triwulan I", n: 3_215 },
    { id: "q2", tw: "Triwulan II", n: 4_108 },
    { id: "q3", tw: "Triwulan III", n: 4_362 },
    { id: "q4", tw: "Triwulan IV", n: 3_987 },
  ];
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "1", width: 14 },
      { key: "sas", head: ["Sasaran Usia Lanjut (60+)"], role: "target", year: 2024, num: "2", fmt: INT },
      {
        key: "n",
        head: ["Mendapat Skrining", "Triwulan Ini"],
        role: "realisasi",
        year: 2024,
        num: "3",
        fmt: INT,
      },
      {
        key: "kum",
        head: ["Mendapat Skrining", "Kumulatif"],
        role: "realisasi",
        year: 2024,
        num: "4",
        fmt: INT,
      },
      { key: "p", head: ["Capaian SPM (%)"], role: "capaian", year: 2024, num: "5 = 4/2 x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q, i): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          sas: SAS,
          n: q.n,
          // planted: Triwulan III kumulatif typed 11,865 (7,323 + 4,362 = 11,685)
          kum:
            i === 0
              ? fx(c.a("n"))
              : q.id === "q3"
                ? 11_865
                : q.id === "q4"
                  ? fx(`SUM(${c.a("n", "q1")}:${c.a("n", "q4")})`)
                  : fx(`${c.a("kum", Q[i - 1].id)}+${c.a("n")}`),
          p: fx(`ROUND(${c.a("kum")}/${c.a("sas")}*100,2)`),
        }),
      })),
      {
        id: "th",
        bold: true,
        cells: (c) => ({
          tw: "Tahun 2024",
          sas: fx(c.a("sas", "q4")),
          n: fx(`SUM(${c.a("n", "q1")}:${c.a("n", "q4")})`),
          kum: fx(c.a("kum", "q4")),
          p: fx(`ROUND(${c.a("kum")}/${c.a("sas")}*100,2)`),
        }),
      },
    ],
  });
  const L = [
    { id: "l1", nm: "IPWL RSUD Tanjung Rawasari", rj: 46, ri: 18, rp: 186_450_000 },
    { id: "l2", nm: "IPWL Puskesmas Banua Anyar Hulu", rj: 22, ri: 0, rp: 41_300_000 },
    { id: "l3", nm: "IPWL Puskesmas Sungai Lulut Baru", rj: 17, ri: 0, rp: 33_850_000 },
    { id: "l4", nm: "IPWL Klinik Pratama Bina Sehat", rj: 11, ri: 6, rp: 48_200_000 },
  ];
  const u = s.table(
    {
      cols: [
        { key: "nm", head: ["Institusi Penerima Wajib Lapor"], width: 30 },
        {
          key: "rj",
          head: ["Klien Rehabilitasi Medis", "Rawat Jalan"],
          role: "realisasi",
          year: 2024,
          num: "6",
          fmt: INT,
        },
        {
          key: "ri",
          head: ["Klien Rehabilitasi Medis", "Rawat Inap"],
          role: "realisasi",
          year: 2024,
          num: "7",
          fmt: INT,
        },
        {
          key: "j",
          head: ["Klien Rehabilitasi Medis", "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "8 = 6+7",
          fmt: INT,
        },
        {
          key: "rp",
          head: ["Realisasi Anggaran (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "9",
          fmt: RP,
          width: 18,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...L.map((l): Row => ({
          id: l.id,
          cells: (c) => ({ nm: l.nm, rj: l.rj, ri: l.ri, j: fx(`${c.a("rj")}+${c.a("ri")}`), rp: l.rp }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            rj: fx(`SUM(${c.a("rj", "l1")}:${c.a("rj", "l4")})`),
            ri: fx(`SUM(${c.a("ri", "l1")}:${c.a("ri", "l4")})`),
            // planted: a stale cached 143 from before the Klinik Bina Sehat row was completed (160)
            j: fx(`SUM(${c.a("j", "l1")}:${c.a("j", "l4")})`, 143),
            rp: fx(`SUM(${c.a("rp", "l1")}:${c.a("rp", "l4")})`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Tanjung Rawasari, 8 Januari 2025",
    jabatan: ["Kepala Bidang Kesehatan Masyarakat"],
    nama: "H. MUHAMMAD RIDHANI, S.K.M., M.P.H.",
    nip: "19810302 200801 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kum", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kumulatif of Triwulan III is a typed 11,865 among formulas; Triwulan II's 7,323 + 4,362 = 11,685 (digits swapped)",
    truth: `${a("kum", "q2")}+${a("n", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: u.a("j", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah klien has a stale cached 143; its SUM over the four IPWL gives 160",
    truth: `SUM(${u.a("j", "l1")}:${u.a("j", "l4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sas", "th"),
    rules: ["sum-mismatch"],
    truth: a("sas", "q1"),
    trap: `SUM(${a("sas", "q1")}:${a("sas", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kum", "th"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("n", "q1")}:${a("n", "q4")})`,
    trap: `SUM(${a("kum", "q1")}:${a("kum", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("n", "th"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("n", "q1")}:${a("n", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kum", "q2"),
    rules: ["sum-mismatch"],
    truth: `${a("kum", "q1")}+${a("n", "q2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kum", "q4"),
    rules: ["sum-mismatch"],
    truth: `${a("n", "q1")}+${a("n", "q2")}+${a("n", "q3")}+${a("n", "q4")}`,
  });
  for (const id of ["q1", "q2", "q4", "th"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("kum", id)}/${a("sas", id)}*100,2)`,
    });
  for (const id of ["l1", "l4"])
    b.ok({
      sheet: S,
      cell: u.a("j", id),
      rules: ["sum-mismatch"],
      truth: `${u.a("rj", id)}+${u.a("ri", id)}`,
    });
  for (const k of ["rj", "rp"])
    b.ok({
      sheet: S,
      cell: u.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${u.a(k, "l1")}:${u.a(k, "l4")})`,
    });
  return b.finish();
}
