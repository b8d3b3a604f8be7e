// LKjIP, Perjanjian Kinerja and two recap tables of two Dinas Kependudukan dan Pencatatan Sipil:
// perekaman KTP-el pemula by jemput bola per kecamatan, akta kelahiran anak and KIA per triwulan.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 of the Disdukcapil Kabupaten Muara Lintang: capaian formulas, refleksi on "Minimal" rows. */
export function lkjipDukcapil(): BookW {
  const b = new BookW(
    "lkjip-2024-disdukcapil-muara-lintang.xlsx",
    "LKjIP Pengukuran Kinerja (Disdukcapil)",
    "LKjIP 2024 Tabel 3.2 with a 'Sifat' (Maksimal / Minimal) column, ROUND capaian formulas, refleksi (2T-R)/T on Minimal rows, predikat words, Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Muara Lintang Tahun 2024",
  ]);
  s.gap();
  type L = { id: string; sas: string; ind: string; sat: string; neg: boolean; t: number; r: number };
  const S1 = "Meningkatnya kepemilikan dokumen kependudukan";
  const S2 = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const ls: L[] = [
    {
      id: "akta",
      sas: S1,
      ind: "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun",
      sat: "%",
      neg: false,
      t: 95,
      r: 93.4,
    },
    {
      id: "kia",
      sas: S1,
      ind: "Cakupan kepemilikan Kartu Identitas Anak (KIA)",
      sat: "%",
      neg: false,
      t: 60,
      r: 47.1,
    },
    {
      id: "ktp",
      sas: S1,
      ind: "Persentase penduduk wajib KTP-el yang belum melakukan perekaman",
      sat: "%",
      neg: true,
      t: 2.5,
      r: 2.2,
    },
    {
      id: "wkt",
      sas: S2,
      ind: "Rata-rata waktu penerbitan akta kelahiran",
      sat: "hari",
      neg: true,
      t: 3,
      r: 3.6,
    },
    {
      id: "ikm",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat terhadap layanan adminduk",
      sat: "nilai",
      neg: false,
      t: 85,
      r: 83.2,
    },
  ];
  const cap = (l: L) => round(l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sifat", head: ["Sifat"], role: "polaritas", width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 12 },
  ];
  const body: Row[] = ls.map((l, i) => ({
    id: l.id,
    cells: (x) => ({
      no: i + 1,
      sas: l.sas,
      ind: l.ind,
      sat: l.sat,
      sifat: l.neg ? "Minimal" : "Maksimal",
      t: l.t,
      r: l.r,
      // planted: the waktu row (Minimal) keeps the Maksimal formula R/T
      c:
        l.neg && l.id !== "wkt"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      // planted: IKM 97.88 written "Baik"
      p: l.id === "ikm" ? "Baik" : predikatBaik(cap(l)),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (x) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${x.a("c", "akta")}:${x.a("c", "ikm")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator bersifat Minimal dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "wkt") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu penerbitan akta (Minimal) computed R/T = 120.00; refleksi (2T-R)/T gives 80.00",
    truth: refl("wkt"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "ikm") },
    rules: ["predikat-mismatch"],
    note: "'Baik' for a capaian of 97.88; above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "ikm")})`,
  });
  b.ok({ sheet: S, cell: a("c", "ktp"), rules: ["capaian-mismatch"], truth: refl("ktp"), trap: rt("ktp") });
  for (const id of ["akta", "kia", "ikm"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["akta", "kia", "ktp"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Disdukcapil Kota Sengkala Baru, beside its Renstra 2025-2029 targets. */
export function pkDukcapil(): BookW {
  const b = new BookW(
    "pk-2025-renstra-disdukcapil-sengkala-baru.xlsx",
    "Perjanjian Kinerja (Disdukcapil)",
    "PK 2025: statement lines, indicator table (Target 2025) and program table with a Jumlah SUM; sheet 'Renstra' with targets 2025-2029 and Kondisi Akhir",
  );
  const R = "Renstra";
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Renstra Disdukcapil Kota Sengkala Baru 2025-2029"]);
  rs.gap();
  type I = { id: string; ind: string; sat: string; awal: number; k: number[] };
  const is: I[] = [
    {
      id: "akta",
      ind: "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun",
      sat: "%",
      awal: 93.1,
      k: [94, 95, 96, 97, 98],
    },
    {
      id: "kia",
      ind: "Cakupan kepemilikan KIA anak usia 0-<17 tahun",
      sat: "%",
      awal: 41.5,
      k: [48, 55, 62, 68, 75],
    },
    {
      id: "ktp",
      ind: "Persentase penduduk wajib KTP-el yang telah merekam",
      sat: "%",
      awal: 97.6,
      k: [98.2, 98.6, 99, 99.3, 99.5],
    },
    {
      id: "ikm",
      ind: "Indeks Kepuasan Masyarakat layanan adminduk",
      sat: "nilai",
      awal: 82.7,
      k: [84.5, 85, 85.5, 86, 86.5],
    },
  ];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: is.map((x, i) => ({
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
        akhir: x.k[4],
      },
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SENGKALA BARU", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const pkT = (x: I) => (x.id === "akta" ? x.k[1] : x.k[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: is.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          x.id === "ikm"
            ? "Meningkatnya kualitas layanan adminduk"
            : "Meningkatnya cakupan dokumen kependudukan",
        ind: x.ind,
        sat: x.sat,
        t: pkT(x),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["2.12.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9_846_250_000],
    ["2.12.02", "Program Pendaftaran Penduduk", 2_184_600_000],
    ["2.12.03", "Program Pencatatan Sipil", 1_412_750_000],
    ["2.12.04", "Program Pengelolaan Informasi Administrasi Kependudukan", 638_400_000],
    ["2.12.05", "Program Pengelolaan Profil Kependudukan", 215_300_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i): Row => ({
        id: `p${i}`,
        cells: { no: i + 1, prog: `${k} ${n}`, rp: v, ket: "APBD" },
      })),
      // planted: one row short
      {
        id: "jml",
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p3")})`) }),
        bold: true,
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Sengkala Baru, 3 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
    nama: "Hj. BAIQ NURHAYATI ZULKARNAEN, S.H., M.H.",
    nip: "19760905 200003 2 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("t", "akta") },
        { sheet: R, cell: rt.a("y2025", "akta") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 95 for akta kelahiran anak is the Renstra 2026 target; the 2025 target is 94",
    truth: `${R}!${rt.a("y2025", "akta")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is SUM over four programs (14,082,000,000); the five give 14,297,300,000",
    truth: `SUM(${t2.a("rp", "p0")}:${t2.a("rp", "p4")})`,
  });
  for (const id of ["kia", "ktp", "ikm"])
    b.ok({
      sheet: S,
      cell: t1.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("y2025", id)}`,
    });
  for (const id of ["akta", "kia", "ktp", "ikm"])
    b.ok({
      sheet: R,
      cell: rt.a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: ["y2025", "y2026", "y2027", "y2028", "y2029"].map((k) => rt.a(k, id)).join("+"),
    });
  return b.finish();
}

/** Perekaman KTP-el pemula per kecamatan, Muara Lintang 2024: numbered identities, JUMLAH row. */
export function rekapKtpPemula(): BookW {
  const b = new BookW(
    "rekap-ktp-el-pemula-jemput-bola-muara-lintang.xlsx",
    "Rekap perekaman KTP-el pemula per kecamatan (Disdukcapil)",
    "Per kecamatan: wajib KTP-el pemula, rekam di kantor / jemput bola sekolah / jemput bola desa, (7) = (4)+(5)+(6), (8) = (7)/(3) x 100, (9) = (3)-(7); JUMLAH with the % as a ratio of totals",
  );
  const S = "KTP-el Pemula 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN MUARA LINTANG"]);
  s.lines([
    "REKAPITULASI PEREKAMAN KTP-el PEMULA (USIA 17 TAHUN) PER KECAMATAN",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const ks: Array<[string, number, number, number, number]> = [
    ["Muara Lintang Kota", 2_140, 612, 1_104, 236],
    ["Tebing Tinggi", 1_385, 298, 802, 171],
    ["Sungai Arang", 964, 143, 587, 148],
    ["Rantau Pandan", 1_207, 206, 681, 219],
    ["Pematang Kubu", 738, 92, 421, 133],
    ["Lubuk Nipah", 512, 61, 278, 109],
  ];
  const JB = "Jumlah Terekam";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    {
      key: "w",
      head: ["Penduduk Wajib KTP-el Pemula (jiwa)"],
      role: "target",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "k",
      head: ["Cara Perekaman", "Di Kantor Dinas / Kecamatan"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "s",
      head: ["Cara Perekaman", "Jemput Bola Sekolah"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    {
      key: "d",
      head: ["Cara Perekaman", "Jemput Bola Desa / Panti"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
    },
    { key: "j", head: [JB], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", fmt: INT },
    {
      key: "p",
      head: ["Persentase Terekam (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(3) x 100",
      fmt: DEC,
    },
    { key: "b", head: ["Belum Rekam (jiwa)"], role: "lainnya", num: "(9) = (3)-(7)", fmt: INT },
  ];
  const ids = ks.map((_, i) => `k${i}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ks.map(([kec, w, k, sk, d], i): Row => ({
        id: ids[i],
        cells: (x) => ({
          no: i + 1,
          kec,
          w,
          k,
          s: sk,
          d,
          j: fx(`${x.a("k")}+${x.a("s")}+${x.a("d")}`),
          // planted: Sungai Arang typed 108.09 (878 of 964 is 91.08)
          p: i === 2 ? 108.09 : fx(`ROUND(${x.a("j")}/${x.a("w")}*100,2)`),
          // planted: Rantau Pandan's cached result is stale (91; the formula gives 101)
          b: i === 3 ? fx(`${x.a("w")}-${x.a("j")}`, 91) : fx(`${x.a("w")}-${x.a("j")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["w", "k", "s", "d", "j"].map((c) => [c, fx(`SUM(${x.a(c, ids[0])}:${x.a(c, ids[5])})`)]),
          ),
          p: fx(`ROUND(${x.a("j")}/${x.a("w")}*100,2)`),
          b: fx(`${x.a("w")}-${x.a("j")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Muara Lintang, 6 Januari 2025",
    jabatan: ["Kepala Bidang Pelayanan Pendaftaran Penduduk"],
    nama: "RATNA DEWI SIREGAR, S.Kom.",
    nip: "19850412 201001 2 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k2") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "Sungai Arang typed 108.09 %: 878 recorded of 964 wajib KTP-el is 91.08 % (cannot exceed 100)",
    truth: `ROUND(${a("j", "k2")}/${a("w", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("b", "k3") },
    rules: ["sum-mismatch"],
    note: "Rantau Pandan belum rekam =C-G shows a stale 91; 1,207 - 1,106 = 101",
    truth: `${a("w", "k3")}-${a("j", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("w", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k0")}:${a("p", "k5")}),2)`,
  });
  for (const c of ["w", "k", "s", "d", "j"])
    b.ok({
      sheet: S,
      cell: a(c, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(c, id)).join("+"),
    });
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("k", id)}+${a("s", id)}+${a("d", id)}`,
    });
  for (const id of ["k0", "k1", "k3", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("w", id)}*100,2)`,
    });
  return b.finish();
}

/** Akta kelahiran anak and KIA per triwulan, Sengkala Baru 2024: two tables side by side. */
export function rekapAktaKia(): BookW {
  const b = new BookW(
    "rekap-akta-anak-kia-triwulan-sengkala-baru.xlsx",
    "Rekap akta kelahiran anak dan KIA per triwulan (Disdukcapil)",
    "Two tables side by side (one empty column): akta kelahiran per triwulan with typed Jumlah and % tepat waktu; KIA with sasaran (level), terbit (flow), kumulatif (stock) and cakupan formulas; a year-end row that keeps levels",
  );
  const S = "Akta dan KIA 2024";
  const s = b.sheet(S);
  s.lines([
    "Rekapitulasi Penerbitan Akta Kelahiran Anak dan Kartu Identitas Anak Tahun 2024",
    "Dinas Kependudukan dan Pencatatan Sipil Kota Sengkala Baru",
  ]);
  s.gap();
  const top = s.r;
  const tw = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const ak: Array<[number, number, number]> = [
    [2_310, 2_085, 164],
    [2_245, 2_058, 139],
    [2_402, 2_231, 127],
    [2_188, 2_049, 96],
  ];
  const AT = "Akta Kelahiran Terbit";
  const tid = ["q1", "q2", "q3", "q4"];
  const left = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "lap", head: ["Kelahiran Dilaporkan"], role: "lainnya", fmt: INT },
        { key: "a60", head: [AT, "<= 60 hari"], role: "realisasi", year: 2024, fmt: INT },
        { key: "b60", head: [AT, "> 60 hari"], role: "realisasi", year: 2024, fmt: INT },
        { key: "jml", head: [AT, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pct", head: ["Tepat Waktu (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...ak.map(([l, x, y], i): Row => ({
          id: tid[i],
          cells: { tw: tw[i], lap: l, a60: x, b60: y, jml: x + y, pct: round((x / (x + y)) * 100) },
        })),
        {
          id: "yr",
          cells: {
            tw: "Jumlah 2024",
            lap: sum(ak.map((v) => v[0])),
            a60: sum(ak.map((v) => v[1])),
            b60: 562, // planted: 164+139+127+96 = 526
            jml: sum(ak.map((v) => v[1] + v[2])),
            pct: round((sum(ak.map((v) => v[1])) / sum(ak.map((v) => v[1] + v[2]))) * 100),
          },
        },
      ],
    },
    1,
    top,
  );
  const sas = [118_400, 118_950, 119_380, 119_820];
  const terbit = [3_920, 4_480, 5_105, 4_675];
  const base = 49_150;
  const cum = terbit.map((_, i) => base + sum(terbit.slice(0, i + 1)));
  const kid = ["k1", "k2", "k3", "k4"];
  const right = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 14 },
        { key: "sas", head: ["Anak 0-<17 Tahun (jiwa)"], role: "lainnya", fmt: INT },
        { key: "tb", head: ["KIA Terbit"], role: "realisasi", year: 2024, fmt: INT },
        { key: "cum", head: ["KIA Kumulatif"], role: "realisasi", year: 2024, fmt: INT },
        { key: "cak", head: ["Cakupan KIA (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...tw.map((w, i): Row => ({
          id: kid[i],
          cells: (x) => ({
            tw: w,
            sas: sas[i],
            tb: terbit[i],
            cum: i === 2 ? 62_565 : cum[i], // planted: 57,550 + 5,105 = 62,655
            cak: fx(`ROUND(${x.a("cum")}/${x.a("sas")}*100,2)`),
          }),
        })),
        {
          id: "yr",
          cells: (x) => ({
            tw: "Posisi akhir 2024",
            sas: sas[3],
            tb: fx(`SUM(${x.a("tb", "k1")}:${x.a("tb", "k4")})`),
            cum: cum[3],
            cak: fx(`ROUND(${x.a("cum")}/${x.a("sas")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 1;
  s.gap();
  s.lines([
    "Sumber: SIAK Terpusat, data per 31 Desember 2024; kumulatif KIA sejak 2019 (49.150 keping s.d. 2023).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sengkala Baru, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pencatatan Sipil"],
    nama: "LALU AHMAD FAHRURROZI, S.E.",
    nip: "19820717 200604 1 008",
  });
  const l = (k: string, id: string) => left.a(k, id);
  const r = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: { sheet: S, cell: l("b60", "yr") },
    rules: ["sum-mismatch"],
    note: "Jumlah 2024 of akta terbit > 60 hari is 562; the quarters add up to 526",
    truth: tid.map((id) => l("b60", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: r("cum", "k3") },
    rules: ["sum-mismatch"],
    note: "KIA kumulatif Triwulan III is 62,565; Triwulan II 57,550 + 5,105 issued = 62,655",
    truth: `${r("cum", "k2")}+${r("tb", "k3")}`,
  });
  for (const c of ["lap", "a60", "jml"])
    b.ok({ sheet: S, cell: l(c, "yr"), rules: ["sum-mismatch"], truth: tid.map((id) => l(c, id)).join("+") });
  b.ok({
    sheet: S,
    cell: l("pct", "yr"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${l("a60", "yr")}/${l("jml", "yr")}*100,2)`,
  });
  for (const id of tid) {
    b.ok({ sheet: S, cell: l("jml", id), rules: ["sum-mismatch"], truth: `${l("a60", id)}+${l("b60", id)}` });
    b.ok({
      sheet: S,
      cell: l("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${l("a60", id)}/${l("jml", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: r("sas", "yr"),
    rules: ["sum-mismatch"],
    truth: r("sas", "k4"),
    trap: kid.map((id) => r("sas", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: r("cum", "yr"),
    rules: ["sum-mismatch"],
    truth: r("cum", "k4"),
    trap: kid.map((id) => r("cum", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: r("tb", "yr"),
    rules: ["sum-mismatch"],
    truth: kid.map((id) => r("tb", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: r("cum", "k2"),
    rules: ["sum-mismatch"],
    truth: `${r("cum", "k1")}+${r("tb", "k2")}`,
  });
  for (const id of ["k1", "k2", "k4", "yr"])
    b.ok({
      sheet: S,
      cell: r("cak", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${r("cum", id)}/${r("sas", id)}*100,2)`,
    });
  return b.finish();
}
