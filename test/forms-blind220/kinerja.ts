// LKjIP, PK with its Renstra, the recap of pokok-pokok pikiran per masa sidang and the recap of reses per
// daerah pemilihan of two Sekretariat DPRD (Jawa Timur, Kepulauan Riau). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Sekretariat DPRD Watu Gemilang: refleksi on the negative rows. */
export function lkjipSetwan(): BookW {
  const b = new BookW(
    "lkjip-setwan-dprd-watu-gemilang.xlsx",
    "LKjIP pengukuran kinerja (Sekretariat DPRD)",
    "LKjIP 2024 Tabel 3.1: No | Indikator | Satuan | Polaritas | Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the negative rows; predikat words; Rata-rata row",
  );
  const S = "Tabel 3.2 Setwan";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Kinerja Sekretariat DPRD Kabupaten Watu Gemilang Tahun 2024"]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Indeks kepuasan anggota DPRD terhadap layanan Sekretariat",
      sat: "nilai",
      pol: "+",
      t: 82,
      r: 79.3,
    },
    {
      id: "i2",
      ind: "Persentase pokok-pokok pikiran DPRD yang terakomodasi dalam RKPD",
      sat: "%",
      pol: "+",
      t: 65,
      r: 52,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu penyampaian risalah rapat paripurna",
      sat: "hari",
      pol: "-",
      t: 5,
      r: 6,
    },
    {
      id: "i4",
      ind: "Jumlah rapat paripurna yang tertunda karena kendala fasilitasi",
      sat: "rapat",
      pol: "-",
      t: 4,
      r: 3,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Polaritas"], role: "polaritas" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Positif" : "Negatif",
          t: x.t,
          r: x.r,
          // planted: the risalah row (negative) has the R / T formula of the positive rows
          c: fx(x.id === "i3" ? cap("+", c.a("t"), c.a("r")) : cap(x.pol, c.a("t"), c.a("r"))),
          // planted: "Sangat Baik" for the pokir row (80.00 is Baik)
          p: { i1: "Sangat Baik", i2: "Sangat Baik", i3: "Baik", i4: "Sangat Baik" }[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu risalah (negative) computed with R / T = 120.00; refleksi (2 x 5 - 6) / 5 gives 80.00",
    truth: cap("-", a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for 80.00 (52 / 65); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Sekretaris DPRD Tanjung Seruni, beside the Renstra 2025-2029 targets. */
export function pkSetwan(): BookW {
  const b = new BookW(
    "pk-2025-renstra-setwan-dprd-tanjung-seruni.xlsx",
    "PK 2025 with Renstra (Sekretariat DPRD)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target 2025; No | Program | Anggaran (Rp) with Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir",
  );
  const R = "Renstra Setwan 2025-2029";
  const P = "PK Setwan 2025";
  const ind = [
    {
      id: "a",
      ind: "Indeks kepuasan layanan kesekretariatan DPRD",
      sat: "nilai",
      awal: 76.4,
      k: [78, 79.5, 81, 82.5, 84],
    },
    {
      id: "b",
      ind: "Persentase pokir DPRD terakomodasi dalam RKPD",
      sat: "%",
      awal: 58,
      k: [62, 65, 68, 72, 75],
    },
    {
      id: "c",
      ind: "Persentase Raperda inisiatif yang ditetapkan menjadi Perda",
      sat: "%",
      awal: 55,
      k: [60, 65, 70, 75, 80],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  // Renstra first (PK refers to it only by the claims)
  rs.lines(["Target Kinerja Renstra Sekretariat DPRD Kota Tanjung Seruni 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
      })),
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
        y2025: x.k[0],
        y2026: x.k[1],
        y2027: x.k[2],
        y2028: x.k[3],
        y2029: x.k[4],
        // planted: kondisi akhir of the Raperda % is the 2028 target 75 (2029: 80)
        ak: x.id === "c" ? x.k[3] : x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "SEKRETARIAT DPRD KOTA TANJUNG SERUNI"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel,",
    "kami yang bertanda tangan di bawah ini berjanji mewujudkan target kinerja berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the Indeks kepuasan target is the Renstra 2026 value 79.5 (2025: 78)
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas dukungan fungsi legislasi dan aspirasi DPRD",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "a" ? 79.5 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 14_862_350_000 },
    { id: "p2", nm: "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", rp: 21_407_900_000 },
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
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: x.id === "p1" ? "4.02.01" : "4.02.02" },
      })),
      {
        id: "j",
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p2")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Seruni, 6 Januari 2025",
    jabatan: ["SEKRETARIS DPRD KOTA TANJUNG SERUNI"],
    nama: "RAJA AZHARI MAHMUD, S.H., M.H.",
    nip: "19770504 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "a") },
        { sheet: R, cell: rt.a("y2025", "a") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Indeks kepuasan is 79.5, the Renstra 2026 target; the Renstra 2025 target is 78",
    truth: `'${R}'!${rt.a("y2025", "a")}`,
  });
  b.plant({
    at: { sheet: R, cell: rt.a("ak", "c") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir 2029 of the Raperda % is 75, the 2028 target; the 2029 target is 80",
    truth: rt.a("y2029", "c"),
  });
  b.ok({
    sheet: P,
    cell: at.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${at.a("rp", "p1")}+${at.a("rp", "p2")}`,
  });
  for (const id of ["b", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "b"), rules: ["target-trend"], truth: "75" });
  return b.finish();
}

/** Rekap pokok-pokok pikiran DPRD per masa sidang, Setwan Tanjung Seruni: usulan, verifikasi, tindak lanjut. */
export function rekapPokir(): BookW {
  const b = new BookW(
    "rekap-pokir-masa-sidang-setwan-tanjung-seruni.xlsx",
    "Rekap pokok-pokok pikiran DPRD (Sekretariat DPRD)",
    "Rekap pokir 2024 per masa sidang: Usulan masuk | Diakomodasi RKPD | Diakomodasi Renja | Ditolak | Jumlah ditindaklanjuti | % | Raperda inisiatif | Paripurna; number row '(6) = (3)+(4)+(5)', '(7) = (6)/(2) x 100'; Jumlah row, % of the totals",
  );
  const S = "Rekap Pokir 2024";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DPRD KOTA TANJUNG SERUNI", "Bagian Persidangan dan Aspirasi"]);
  s.lines(["REKAPITULASI POKOK-POKOK PIKIRAN DPRD TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Masa Sidang I", m: 212, ks: 118, kb: 41, tl: 29, kbr: 1, sg: 9 },
    { id: "q2", tw: "Masa Sidang II", m: 187, ks: 97, kb: 38, tl: 34, kbr: 2, sg: 8 },
    { id: "q3", tw: "Masa Sidang III", m: 243, ks: 136, kb: 52, tl: 31, kbr: 0, sg: 11 },
    { id: "q4", tw: "Sidang Istimewa", m: 38, ks: 17, kb: 9, tl: 7, kbr: 1, sg: 3 },
  ];
  const D = "Tindak Lanjut Usulan";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Masa Sidang"], num: "(1)", width: 14 },
      { key: "m", head: ["Usulan Pokir Masuk"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "ks", head: [D, "Diakomodasi RKPD"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "kb", head: [D, "Diakomodasi Renja PD"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "tl", head: [D, "Tidak Diakomodasi"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "j",
        head: [D, "Jumlah Ditindaklanjuti"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (3)+(4)+(5)",
        fmt: INT,
      },
      {
        key: "p",
        head: ["% Ditindaklanjuti"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(2) x 100",
        fmt: DEC,
      },
      { key: "kbr", head: ["Raperda Inisiatif"], num: "(8)", fmt: INT },
      { key: "sg", head: ["Rapat Paripurna"], num: "(9)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          m: q.m,
          ks: q.ks,
          kb: q.kb,
          tl: q.tl,
          // planted: Masa Sidang III's Jumlah typed 229 (136 + 52 + 31 = 219)
          j: q.id === "q3" ? 229 : fx(`${c.a("ks")}+${c.a("kb")}+${c.a("tl")}`),
          p: fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`),
          kbr: q.kbr,
          sg: q.sg,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
          for (const k of ["m", "ks", "kb", "tl", "j", "kbr", "sg"])
            out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          // planted: a stale cached % from before the Sidang Istimewa was entered
          out.p = fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`, 98.71);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: % Jumlah dihitung dari jumlah, bukan rata-rata masa sidang."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah ditindaklanjuti of Masa Sidang III is a typed 229 among formulas; 136 + 52 + 31 give 219",
    truth: `${a("ks", "q3")}+${a("kb", "q3")}+${a("tl", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tot") },
    rules: ["capaian-mismatch"],
    note: "% ditindaklanjuti of the Jumlah row has a stale cached 98.71; its formula over the totals gives 91.03 (619 / 680, with the typed 229)",
    truth: `ROUND(${a("j", "tot")}/${a("m", "tot")}*100,2)`,
  });
  for (const id of ["q1", "q2", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("ks", id)}+${a("kb", id)}+${a("tl", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("m", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("m", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m", "q1")}:${a("m", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sg", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("sg", "q1")}:${a("sg", "q4")})`,
    trap: a("sg", "q4"),
  });
  return b.finish();
}

/** Reses per daerah pemilihan, Setwan Watu Gemilang, side by side with the reses budget per year. */
export function resesDapil(): BookW {
  const b = new BookW(
    "rekap-reses-dapil-setwan-watu-gemilang.xlsx",
    "Rekap reses per dapil (Sekretariat DPRD)",
    "Rekap per dapil: Usulan reses | Usulan ditolak | Usulan masuk SIPD | % masuk SIPD; TOTAL row with the ratio of totals; a second table beside it (laporan reses and Rp per tahun), one empty column between",
  );
  const S = "Reses Dapil 2024";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI HASIL RESES DPRD KABUPATEN WATU GEMILANG PER DAERAH PEMILIHAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Dapil I (Gemilang Kota)", d: 164, bs: 22, t: 131 },
    { id: "k2", nm: "Dapil II (Watu Lor)", d: 138, bs: 17, t: 112 },
    { id: "k3", nm: "Dapil III (Kali Sanga)", d: 121, bs: 24, t: 88 },
    { id: "k4", nm: "Dapil IV (Watu Kidul)", d: 147, bs: 19, t: 120 },
    { id: "k5", nm: "Dapil V (Pesisir Gemilang)", d: 96, bs: 13, t: 77 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Daerah Pemilihan"], role: "lokasi", width: 18 },
      { key: "d", head: ["Usulan Hasil Reses"], fmt: INT },
      { key: "bs", head: ["Usulan Ditolak"], role: "realisasi", year: 2024, fmt: INT },
      { key: "t", head: ["Usulan Masuk SIPD"], role: "realisasi", year: 2024, fmt: INT },
      { key: "p", head: ["% Masuk SIPD"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          d: k.d,
          bs: k.bs,
          t: k.t,
          // planted: Dapil III's % typed 78.51 (88 / 121 = 72.73)
          p: k.id === "k3" ? 78.51 : fx(`ROUND(${c.a("t")}/${c.a("d")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
          // planted: TOTAL usulan ditolak one row short
          bs: fx(`SUM(${c.a("bs", "k1")}:${c.a("bs", "k4")})`),
          t: fx(`SUM(${c.a("t", "k1")}:${c.a("t", "k5")})`),
          p: fx(`ROUND(${c.a("t")}/${c.a("d")}*100,2)`),
        }),
      },
    ],
  });
  const bt = s.table(
    {
      cols: [
        { key: "th", head: ["Tahun"] },
        { key: "n", head: ["Laporan Reses (dokumen)"], role: "realisasi", fmt: INT },
        { key: "rp", head: ["Realisasi Belanja Reses (Rp)"], role: "realisasi-anggaran", fmt: RP, width: 16 },
      ],
      headerRows: 1,
      rows: [
        { id: "y1", cells: { th: "2022", n: 135, rp: 6_412_500_000 } },
        { id: "y2", cells: { th: "2023", n: 135, rp: 6_884_300_000 } },
        { id: "y3", cells: { th: "2024", n: 135, rp: 7_215_750_000 } },
        {
          id: "j",
          cells: (c) => ({
            th: "Jumlah",
            n: fx(`SUM(${c.a("n", "y1")}:${c.a("n", "y3")})`),
            rp: fx(`SUM(${c.a("rp", "y1")}:${c.a("rp", "y3")})`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 5, {
    tempat: "Watu Gemilang, 9 Januari 2025",
    jabatan: ["KEPALA BAGIAN PERSIDANGAN DAN PERUNDANG-UNDANGAN"],
    nama: "ENDANG SRI WULANDARI, S.H.",
    nip: "19810927 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% masuk SIPD of Dapil III is a typed 78.51 among formulas; 88 / 121 x 100 gives 72.73",
    truth: `ROUND(${a("t", "k3")}/${a("d", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("bs", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL usulan ditolak is =SUM over four dapil (82); with Dapil V's 13 it is 95",
    truth: `SUM(${a("bs", "k1")}:${a("bs", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("t", "k1")}:${a("t", "k5")})/SUM(${a("d", "k1")}:${a("d", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k5")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("t", id)}/${a("d", id)}*100,2)`,
    });
  for (const k of ["d", "t"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: bt.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${bt.a("rp", "y1")}+${bt.a("rp", "y2")}+${bt.a("rp", "y3")}`,
  });
  return b.finish();
}
