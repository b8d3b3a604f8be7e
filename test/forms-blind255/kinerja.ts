// LKjIP, PK with its Renstra, the recap of guru bahasa daerah per kecamatan and the recap of
// penerbitan and lomba bahasa daerah of two Dinas Pendidikan (Jambi, Sulawesi Selatan). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Dinas Pendidikan Pasir Kemuning: refleksi on negatives, Permendagri predikat words. */
export function lkjipBahasaDaerah(): BookW {
  const b = new BookW(
    "lkjip-2024-disdik-pasir-kemuning-muatan-lokal.xlsx",
    "LKjIP capaian (Disdik, muatan lokal)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged down) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat (Sangat Tinggi..Sangat Rendah) | Keterangan; ROUND formulas, (2T-R)/T on two negative rows; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Dinas Pendidikan dan Kebudayaan Kabupaten Pasir Kemuning Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya pelestarian bahasa daerah di satuan pendidikan";
  const SAS2 = "Meningkatnya mutu pendidik muatan lokal";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase SD yang mengajarkan muatan lokal bahasa daerah",
      sat: "%",
      neg: false,
      t: 70,
      r: 71.6,
    },
    {
      id: "i2",
      sas: SAS2,
      ind: "Persentase guru bahasa daerah bersertifikat pendidik",
      sat: "%",
      neg: false,
      t: 45,
      r: 38.7,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Jumlah judul kamus dan buku ajar bahasa daerah yang diterbitkan",
      sat: "judul",
      neg: false,
      t: 8,
      r: 6,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase sekolah yang belum memiliki guru bahasa daerah",
      sat: "%",
      neg: true,
      t: 18,
      r: 14.4,
    },
    {
      id: "i5",
      sas: SAS1,
      ind: "Persentase peserta didik tidak tuntas KKM muatan lokal",
      sat: "%",
      neg: true,
      t: 12,
      r: 13.5,
    },
  ].sort((x, y) => (x.sas === y.sas ? 0 : x.sas === SAS1 ? -1 : 1));
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the sertifikasi capaian typed as T/R (116.28); R/T is 86.00
          c: x.id === "i2" ? 116.28 : fx(cap(x.neg, c.a("t"), c.a("r"))),
          // planted: i5 graded by R/T (112.50) as Sangat Tinggi; refleksi gives 87.50, Tinggi
          p: { i1: "Sangat Tinggi", i2: "Tinggi", i3: "Sedang", i4: "Sangat Tinggi", i5: "Sangat Tinggi" }[
            x.id
          ],
          ket: x.neg ? "indikator negatif" : "",
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", I[I.length - 1].id)}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of guru bersertifikat is a typed 116.28 (45 / 38.7) among formulas; 38.7 / 45 x 100 = 86.00",
    truth: cap(false, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' (as if R/T = 112.50) for tidak tuntas KKM (negative); the capaian 87.50 is Tinggi",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  b.ok({
    sheet: S,
    cell: a("p", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c", "i3")})`,
    trap: `"Tinggi"`,
  });
  for (const id of ["i1", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pendidikan Tana Lumbu, beside the Renstra 2025-2029 targets. */
export function pkBahasaDaerah(): BookW {
  const b = new BookW(
    "pk-2025-disdik-tana-lumbu-bahasa-bugis.xlsx",
    "PK 2025 with Renstra (Disdik, bahasa daerah)",
    "sheet 'Renstra IKU' first: Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029; sheet 'PK 2025': pihak pertama/kedua statement, indicator table (Target 2025, Keterangan) and program table (Pagu, Sumber Dana) with a typed Jumlah",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase satuan pendidikan dasar yang menerapkan muatan lokal bahasa daerah",
      sat: "%",
      awal: 52.3,
      k: [58, 63, 68, 74, 80],
    },
    {
      id: "b",
      ind: "Persentase guru bahasa daerah bersertifikat pendidik",
      sat: "%",
      awal: 31,
      k: [35, 40, 46, 52, 58],
    },
    {
      id: "c",
      ind: "Indeks literasi bahasa daerah peserta didik",
      sat: "indeks",
      awal: 61.5,
      k: [63, 65, 67.5, 70, 72.5],
    },
  ];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Pendidikan Kabupaten Tana Lumbu 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
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
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN KABUPATEN TANA LUMBU"]);
  pk.lines([
    "Pihak pertama: Kepala Dinas Pendidikan; pihak kedua: Bupati Tana Lumbu.",
    "Pihak pertama berjanji mewujudkan target kinerja tahunan sesuai lampiran ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the sertifikasi target is the Renstra 2026 value 40 (2025: 35)
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "b" ? 40 : x.k[0], ket: "IKU" },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 14_872_350_000 },
    { id: "p2", nm: "Program Pengelolaan Pendidikan", rp: 38_415_600_000 },
    { id: "p3", nm: "Program Pengembangan Kurikulum", rp: 1_286_400_000 },
    { id: "p4", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 2_054_750_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Pagu Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: i === 1 ? "APBD + DAK" : "APBD" },
      })),
      // planted: Jumlah typed 56,692,100,000; the programs add up to 56,629,100,000
      { id: "j", span: ["no", "nm"], cells: { no: "JUMLAH", rp: 56_692_100_000 } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Bulu Lumbu, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN"],
    nama: "Dr. ANDI MAPPATUNRU DG. SIJA, M.Pd.",
    nip: "19750802 200012 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of guru bersertifikat is 40, the Renstra 2026 target; Renstra 2025 is 35",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH typed 56,692,100,000; the four programs add up to 56,629,100,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Guru bahasa daerah per kecamatan, Dinas Pendidikan Pasir Kemuning, with a number row. */
export function guruBahasaDaerah(): BookW {
  const b = new BookW(
    "rekap-guru-bahasa-daerah-bersertifikat-pasir-kemuning.xlsx",
    "Rekap guru bahasa daerah per kecamatan (Disdik)",
    "per kecamatan: Guru Bahasa Daerah SD | SMP | Jumlah '(5) = (3)+(4)' | Bersertifikat | '% (7) = (6)/(5) x 100' | Sekolah yang mengajarkan | Keterangan; JUMLAH row with the ratio of totals",
  );
  const S = "Guru Bahasa Daerah";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PASIR KEMUNING", "Bidang Pembinaan Ketenagaan"]);
  s.lines(["REKAPITULASI GURU BAHASA DAERAH DAN SEKOLAH PENGAMPU MUATAN LOKAL KEADAAN 31 DESEMBER 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Kemuning Hilir", sd: 42, smp: 11, bs: 31, sk: 38 },
    { id: "k2", nm: "Tanjung Batin", sd: 35, smp: 9, bs: 27, sk: 33 },
    { id: "k3", nm: "Sungai Lalang", sd: 28, smp: 6, bs: 19, sk: 26 },
    { id: "k4", nm: "Bukit Seriang", sd: 19, smp: 4, bs: 15, sk: 17 },
    { id: "k5", nm: "Rantau Panjang Ulu", sd: 24, smp: 7, bs: 12, sk: 21 },
  ];
  const G = "Guru Bahasa Daerah (orang)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "sd", head: [G, "SD"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "smp", head: [G, "SMP"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(5) = (3)+(4)", fmt: INT },
      { key: "bs", head: ["Bersertifikat Pendidik"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      {
        key: "p",
        head: ["% Bersertifikat"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(5) x 100",
        fmt: DEC,
      },
      {
        key: "sk",
        head: ["Sekolah yang Mengajarkan Bahasa Daerah"],
        role: "realisasi",
        year: 2024,
        num: "(8)",
        fmt: INT,
      },
      { key: "ket", head: ["Ket."], role: "keterangan", num: "(9)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          sd: k.sd,
          smp: k.smp,
          j: fx(`${c.a("sd")}+${c.a("smp")}`),
          bs: k.bs,
          // planted: Bukit Seriang's % typed 153.33 (23 / 15, inverted); 15 / 23 = 65.22
          p: k.id === "k4" ? 153.33 : fx(`ROUND(${c.a("bs")}/${c.a("j")}*100,2)`),
          sk: k.sk,
          ket: k.id === "k5" ? "daerah terpencil" : "",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["sd", "smp", "j", "bs"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          // planted: sekolah total one row short
          out.sk = fx(`SUM(${c.a("sk", "k1")}:${c.a("sk", "k4")})`);
          out.p = fx(`ROUND(${c.a("bs")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Dapodik dan SIMPKB, diolah Bidang Pembinaan Ketenagaan."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% bersertifikat of Bukit Seriang is a typed 153.33 (23 / 15, inverted); 15 of 23 guru is 65.22 and a share cannot pass 100",
    truth: `ROUND(${a("bs", "k4")}/${a("j", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sk", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH sekolah is =SUM over four kecamatan (114); with Rantau Panjang Ulu's 21 it is 135",
    truth: `SUM(${a("sk", "k1")}:${a("sk", "k5")})`,
  });
  const ks = ["k1", "k2", "k3", "k4", "k5"];
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("bs", "k1")}:${a("bs", "k5")})/SUM(${a("j", "k1")}:${a("j", "k5")})*100,2)`,
    trap: `ROUND((${ks.map((k) => `${a("bs", k)}/${a("j", k)}`).join("+")})*20,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("bs", id)}/${a("j", id)}*100,2)`,
    });
  for (const id of ks)
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("sd", id)}+${a("smp", id)}` });
  for (const k of ["j", "bs"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  return b.finish();
}

/** Penerbitan per triwulan and peserta lomba per jenjang, side by side, Disdik Tana Lumbu. */
export function terbitLombaBahasaDaerah(): BookW {
  const b = new BookW(
    "rekap-terbitan-kamus-lomba-aksara-tana-lumbu.xlsx",
    "Rekap penerbitan dan lomba bahasa daerah (Disdik)",
    "left: per triwulan Target Cetak (2) | Kamus (3) | Buku Ajar (4) | Cerita Rakyat (5) | '(6) = (3)+(4)+(5)' | '(7) = (6)/(2) x 100', Jumlah row with the ratio of totals; right, after one empty column: peserta lomba SD | SMP | Jumlah per mata lomba",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN KABUPATEN TANA LUMBU", "UPT Pengembangan Bahasa dan Sastra Daerah"]);
  s.lines(["REKAP PENERBITAN BAHAN AJAR DAN LOMBA BAHASA DAERAH TAHUN ANGGARAN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", tg: 300, km: 0, ba: 120, cr: 80 },
    { id: "q2", tw: "Triwulan II", tg: 500, km: 200, ba: 150, cr: 60 },
    { id: "q3", tw: "Triwulan III", tg: 600, km: 300, ba: 180, cr: 90 },
    { id: "q4", tw: "Triwulan IV", tg: 600, km: 350, ba: 200, cr: 75 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "tg", head: ["Target Cetak (eks)"], role: "target", year: 2024, num: "(2)", fmt: INT },
      {
        key: "km",
        head: ["Realisasi Cetak (eks)", "Kamus"],
        role: "realisasi",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      {
        key: "ba",
        head: ["Realisasi Cetak (eks)", "Buku Ajar"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      {
        key: "cr",
        head: ["Realisasi Cetak (eks)", "Cerita Rakyat"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        fmt: INT,
      },
      {
        key: "j",
        head: ["Realisasi Cetak (eks)", "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (3)+(4)+(5)",
        fmt: INT,
      },
      { key: "p", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(7) = (6)/(2) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          tg: q.tg,
          km: q.km,
          ba: q.ba,
          cr: q.cr,
          j: fx(`SUM(${c.a("km")}:${c.a("cr")})`),
          // planted: Triwulan II % keeps a stale cached 66.00 from before the kamus were counted
          p: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`, q.id === "q2" ? 66 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
          for (const k of ["tg", "km", "ba", "cr", "j"]) out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          out.p = fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const L = [
    { id: "l1", nm: "Pidato Bahasa Bugis", sd: 46, smp: 38 },
    { id: "l2", nm: "Menulis Aksara Lontara", sd: 52, smp: 41 },
    { id: "l3", nm: "Mendongeng (Massure')", sd: 63, smp: 29 },
    { id: "l4", nm: "Cerdas Cermat Kosakata Makassar", sd: 30, smp: 27 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "nm", head: ["Mata Lomba"], width: 26 },
        { key: "sd", head: ["Peserta", "SD"], role: "realisasi", fmt: INT },
        { key: "smp", head: ["Peserta", "SMP"], role: "realisasi", fmt: INT },
        { key: "j", head: ["Peserta", "Jumlah"], role: "realisasi", fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...L.map((l): Row => ({
          id: l.id,
          // planted: Mendongeng's Jumlah typed 102 among formulas (63 + 29 = 92)
          cells: (c) => ({
            nm: l.nm,
            sd: l.sd,
            smp: l.smp,
            j: l.id === "l3" ? 102 : fx(`${c.a("sd")}+${c.a("smp")}`),
          }),
        })),
        {
          id: "lj",
          cells: (c) => ({
            nm: "Jumlah",
            sd: fx(`SUM(${c.a("sd", "l1")}:${c.a("sd", "l4")})`),
            smp: fx(`SUM(${c.a("smp", "l1")}:${c.a("smp", "l4")})`),
            j: fx(`SUM(${c.a("j", "l1")}:${c.a("j", "l4")})`),
          }),
        },
      ],
    },
    t.right + 2,
    top,
  );
  s.gap();
  s.lines(["Catatan: capaian Jumlah dihitung dari jumlah realisasi dibagi jumlah target."]);
  s.gap();
  signature(s, 9, {
    tempat: "Bulu Lumbu, 10 Januari 2025",
    jabatan: ["KEPALA UPT PENGEMBANGAN BAHASA DAN SASTRA DAERAH"],
    nama: "St. HASNAWATI DAENG NGAI, S.S., M.Hum.",
    nip: "19810407 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "q2") },
    rules: ["capaian-mismatch"],
    note: "Triwulan II capaian has a stale cached 66.00; its formula gives 410 / 500 x 100 = 82.00",
    truth: `ROUND(${a("j", "q2")}/${a("tg", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: lt.a("j", "l3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Peserta Mendongeng Jumlah is a typed 102 among formulas; 63 SD + 29 SMP = 92",
    truth: `${lt.a("sd", "l3")}+${lt.a("smp", "l3")}`,
  });
  const qs = ["q1", "q2", "q3", "q4"];
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("j", "q1")}:${a("j", "q4")})/SUM(${a("tg", "q1")}:${a("tg", "q4")})*100,2)`,
    trap: `ROUND((${qs.map((q) => `${a("j", q)}/${a("tg", q)}`).join("+")})*25,2)`,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  for (const id of qs)
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("km", id)}+${a("ba", id)}+${a("cr", id)}`,
    });
  for (const k of ["tg", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  for (const k of ["sd", "smp"])
    b.ok({
      sheet: S,
      cell: lt.a(k, "lj"),
      rules: ["sum-mismatch"],
      truth: `SUM(${lt.a(k, "l1")}:${lt.a(k, "l4")})`,
    });
  return b.finish();
}
