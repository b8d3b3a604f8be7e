// The Bidang Penataan Ruang of the Dinas PUPR of an invented Jawa Tengah kabupaten (Sindangreja): a
// recap of KKPR / PKKPR issued per kecamatan per quarter, the PK 2025 of the Kepala Bidang beside
// the Renstra Dinas PUPR 2025-2029 targets, and an E.81 evaluation of the Renja 2024 with K | Rp
// pairs. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const KAB = "PEMERINTAH KABUPATEN SINDANGREJA";
const DINAS = "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG";

// ================================================================ rekap KKPR / PKKPR per kecamatan

type Kec = { id: string; nama: string; mohon: number; tw: [number, number, number, number] };

export function rekapKkpr(): BookW {
  const b = new BookW(
    "rekap-kkpr-pkkpr-triwulan-pupr-sindangreja.xlsx",
    "Rekap sektoral penerbitan KKPR / PKKPR per kecamatan (Bidang Penataan Ruang)",
    "Rekap penerbitan KKPR / PKKPR 2024 per kecamatan and triwulan of a Bidang Penataan Ruang in Jawa Tengah: No | Kecamatan | Permohonan Masuk | 'Dokumen KKPR / PKKPR Terbit' > Triwulan I .. IV | Jumlah Terbit | % Terbit thd Permohonan | Keterangan; number row 1 .. 9 with '8 = 4+5+6+7' and '9 = 8 / 3 x 100'; JUMLAH row",
  );
  const S = "Rekap KKPR 2024";
  const s = b.sheet(S);
  letterhead(s, [KAB, DINAS, "BIDANG PENATAAN RUANG", "Jl. Pemuda No. 41 Sindangreja 59312"]);
  s.lines([
    "REKAPITULASI PENERBITAN KESESUAIAN KEGIATAN PEMANFAATAN RUANG (KKPR / PKKPR)",
    "PER KECAMATAN TAHUN 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Sindangreja Kota", mohon: 214, tw: [41, 55, 52, 49] },
    { id: "k2", nama: "Wanareja Lor", mohon: 96, tw: [18, 22, 25, 21] },
    { id: "k3", nama: "Kedungpring", mohon: 158, tw: [33, 37, 40, 36] },
    { id: "k4", nama: "Tegalombo", mohon: 71, tw: [12, 17, 15, 19] },
    { id: "k5", nama: "Gebangsari", mohon: 123, tw: [27, 29, 24, 31] },
    { id: "k6", nama: "Karangsemi", mohon: 64, tw: [11, 14, 16, 13] },
    { id: "k7", nama: "Plumbon Wetan", mohon: 88, tw: [19, 20, 17, 22] },
    { id: "k8", nama: "Jatinom Kidul", mohon: 137, tw: [28, 34, 31, 30] },
  ];
  const T = "Dokumen KKPR / PKKPR Terbit";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "mohon", head: ["Permohonan Masuk (berkas)"], num: 3, fmt: INT, width: 12 },
    { key: "tw1", head: [T, "Triwulan I"], num: 4, fmt: INT, width: 10 },
    { key: "tw2", head: [T, "Triwulan II"], num: 5, fmt: INT, width: 10 },
    { key: "tw3", head: [T, "Triwulan III"], num: 6, fmt: INT, width: 10 },
    { key: "tw4", head: [T, "Triwulan IV"], num: 7, fmt: INT, width: 10 },
    {
      key: "jml",
      head: ["Jumlah Terbit"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: INT,
      width: 11,
    },
    {
      key: "pct",
      head: ["% Terbit thd Permohonan"],
      role: "capaian",
      year: 2024,
      num: "9 = 8 / 3 x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 10, width: 18 },
  ];
  const q = ["tw1", "tw2", "tw3", "tw4"];
  const sumCol = (k: string, x: Ctx, last = "k8") => `SUM(${x.a(k, "k1")}:${x.a(k, last)})`;
  const tw3All = sum8(K.map((k) => k.tw[2]));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          mohon: k.mohon,
          tw1: k.tw[0],
          tw2: k.tw[1],
          tw3: k.tw[2],
          tw4: k.tw[3],
          // planted: Kedungpring's Jumlah typed 164 (33 + 37 + 40 + 36 = 146)
          jml: k.id === "k3" ? 164 : fx(q.map((c) => x.a(c)).join("+")),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("mohon")}*100,2)`),
          ket:
            k.id === "k1" ? "termasuk 12 PKKPR non-berusaha" : k.id === "k6" ? "OSS RBA gangguan Juni" : null,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          mohon: fx(sumCol("mohon", x)),
          tw1: fx(sumCol("tw1", x)),
          tw2: fx(sumCol("tw2", x)),
          // planted: the range stops at Plumbon Wetan, Jatinom Kidul's 31 left out
          tw3: fx(sumCol("tw3", x, "k7")),
          tw4: fx(sumCol("tw4", x)),
          jml: fx(sumCol("jml", x)),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("mohon")}*100,2)`),
        }),
      },
    ],
  });
  if (tw3All !== 220) throw new Error("tw3");
  s.gap();
  s.lines([
    "Catatan:",
    "1. Permohonan yang belum terbit sampai 31 Desember 2024 diproses pada tahun 2025 (carry over).",
    "2. Kolom 9 baris JUMLAH dihitung dari jumlah kolom 8 dibagi jumlah kolom 3, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sindangreja, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PENATAAN RUANG,"],
    nama: "Ir. BAMBANG SURYO WIBOWO, M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19760912 200212 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Terbit of Kedungpring is a typed 164 among 4+5+6+7 formulas; 33 + 37 + 40 + 36 give 146 (digits swapped)",
    truth: q.map((c) => a(c, "k3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("tw3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of Triwulan III is SUM over Sindangreja Kota .. Plumbon Wetan = 189, Jatinom Kidul's 31 left out; the eight kecamatan give 220",
    truth: `SUM(${a("tw3", "k1")}:${a("tw3", "k8")})`,
  });
  for (const k of K) {
    if (k.id !== "k3") {
      b.ok({
        sheet: S,
        cell: a("jml", k.id),
        rules: ["sum-mismatch"],
        truth: q.map((c) => a(c, k.id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("pct", k.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("jml", k.id)}/${a("mohon", k.id)}*100,2)`,
      });
    }
  }
  for (const k of ["mohon", "tw1", "tw2", "tw4"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k8")})` });
  return b.finish();
}

const sum8 = (xs: number[]) => xs.reduce((n, x) => n + x, 0);

// ======================================================= PK 2025 Kabid Penataan Ruang and Renstra

type Ren = {
  id: string;
  ind: string;
  sat: string;
  base: number;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
};

export function pkPenataanRuang(): BookW {
  const b = new BookW(
    "pk-kabid-penataan-ruang-renstra-pupr-sindangreja.xlsx",
    "Perjanjian Kinerja with its Renstra (Bidang Penataan Ruang)",
    "PK 2025 of the Kepala Bidang Penataan Ruang (Dinas PUPR, Jawa Tengah): No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with a JUMLAH row; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 .. ke-5 | Kondisi Akhir Renstra; a flow indicator whose kondisi akhir is the sum",
  );
  const R = "Renstra 2025-2029";
  const P = "PK Bidang PR 2025";
  const rs: Ren[] = [
    {
      id: "r1",
      ind: "Persentase kecamatan yang telah memiliki RDTR ditetapkan",
      sat: "%",
      base: 23.53,
      tg: [29.41, 41.18, 52.94, 64.71, 76.47],
    },
    {
      id: "r2",
      ind: "Persentase KKPR / PKKPR yang terbit tepat waktu (SLA)",
      sat: "%",
      base: 78.5,
      tg: [82, 85, 88, 91, 94],
    },
    {
      id: "r3",
      ind: "Jumlah pelanggaran pemanfaatan ruang yang ditertibkan",
      sat: "kasus",
      base: 18,
      tg: [20, 22, 24, 26, 28],
      flow: true,
    },
    {
      id: "r4",
      ind: "Rasio pelanggaran pemanfaatan ruang terhadap KKPR terbit",
      sat: "%",
      base: 6.8,
      tg: [6.2, 5.6, 5.0, 4.5, 4.0],
      neg: true,
    },
  ];
  // ---- Renstra sheet first (the PK refers to it by value)
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  letterhead(sr, [DINAS.replace("DINAS", "RENSTRA DINAS"), "KABUPATEN SINDANGREJA TAHUN 2025-2029"]);
  sr.lines(["Tabel 6.1 Indikator Kinerja Bidang Penataan Ruang yang mengacu pada tujuan dan sasaran RPJMD"]);
  sr.gap();
  const TK = "Target Kinerja pada Tahun";
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "base",
      head: ["Kondisi Kinerja pada Awal Periode (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
      width: 12,
    },
    ...[1, 2, 3, 4, 5].map((n): Col => ({
      key: `y${n}`,
      head: [TK, `ke-${n}`],
      role: "target",
      year: 2024 + n,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "akhir",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: DEC,
      width: 13,
    },
  ];
  const rt = sr.table({
    cols: rcols,
    headerRows: 2,
    rows: rs.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        base: x.base,
        y1: x.tg[0],
        y2: x.tg[1],
        y3: x.tg[2],
        y4: x.tg[3],
        y5: x.tg[4],
        // planted: r1's kondisi akhir typed as the 2028 target
        akhir:
          x.id === "r1"
            ? 64.71
            : x.flow
              ? fx([1, 2, 3, 4, 5].map((n) => c.a(`y${n}`)).join("+"))
              : fx(`${c.a("y5")}`),
      }),
    })),
  });
  sr.gap();
  sr.lines([
    "Keterangan: indikator nomor 4 bersifat negatif (semakin kecil semakin baik); indikator nomor 3 kumulatif lima tahun.",
  ]);

  // ---- PK sheet
  letterhead(sp, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BIDANG PENATAAN RUANG",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN SINDANGREJA",
  ]);
  sp.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  sp.gap();
  const pk: Record<string, number> = { r1: 29.41, r2: 85, r3: 20, r4: 6.2 };
  const t1 = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rs.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kepastian hukum pemanfaatan ruang"
            : "Meningkatnya ketertiban pemanfaatan ruang",
        ind: x.ind,
        sat: x.sat,
        tg: pk[x.id],
      },
    })),
  });
  sp.gap();
  const subs: Array<[string, string, string, number]> = [
    ["s11", "1.03.05.2.01.0001", "Penyusunan Rencana Detail Tata Ruang (RDTR) Kabupaten", 1_385_000_000],
    ["s12", "1.03.05.2.01.0005", "Penyelenggaraan Forum Penataan Ruang", 142_500_000],
    ["s21", "1.03.05.2.02.0001", "Pelaksanaan Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)", 318_750_000],
    ["s31", "1.03.05.2.03.0002", "Pengawasan dan Penertiban Pelanggaran Pemanfaatan Ruang", 276_400_000],
  ];
  const v = (id: string) => subs.find((x) => x[0] === id)![3];
  const t2 = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "1.03.05",
          ur: "Program Penyelenggaraan Penataan Ruang",
          rp: fx(["k1", "k2", "k3"].map((k) => c.a("rp", k)).join("+")),
          ket: "APBD",
        }),
      },
      {
        id: "k1",
        cells: (c) => ({
          kode: "1.03.05.2.01",
          ur: "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten",
          rp: fx(`${c.a("rp", "s11")}+${c.a("rp", "s12")}`),
        }),
      },
      { id: "s11", cells: { kode: subs[0][1], ur: subs[0][2], rp: v("s11") } },
      { id: "s12", cells: { kode: subs[1][1], ur: subs[1][2], rp: v("s12") } },
      {
        id: "k2",
        cells: (c) => ({
          kode: "1.03.05.2.02",
          ur: "Koordinasi dan Sinkronisasi Pemanfaatan Ruang Daerah Kabupaten",
          rp: fx(c.a("rp", "s21")),
        }),
      },
      { id: "s21", cells: { kode: subs[2][1], ur: subs[2][2], rp: v("s21") } },
      {
        id: "k3",
        cells: (c) => ({
          kode: "1.03.05.2.03",
          ur: "Koordinasi dan Sinkronisasi Pengendalian Pemanfaatan Ruang Daerah Kabupaten",
          rp: fx(c.a("rp", "s31")),
        }),
      },
      { id: "s31", cells: { kode: subs[3][1], ur: subs[3][2], rp: v("s31") } },
      { id: "tot", bold: true, span: ["no", "ur"], cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  sp.gap();
  sp.lines(["Sindangreja, 3 Januari 2025"], 4);
  const top = sp.r;
  signature(sp, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. HARYANTO SETYO NUGROHO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690315 199503 1 002",
  });
  sp.r = top;
  signature(sp, 4, {
    tempat: "Pihak Pertama,",
    jabatan: ["KEPALA BIDANG PENATAAN RUANG,"],
    nama: "Ir. BAMBANG SURYO WIBOWO, M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19760912 200212 1 004",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tg", "r2") },
        { sheet: R, cell: rt.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the KKPR / PKKPR tepat waktu is 85.00, the Renstra target of tahun ke-2 (2026); the Renstra 2025 target is 82.00",
    truth: `'${R}'!${rt.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: rt.a("akhir", "r1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the RDTR percentage (a level) is a typed 64.71, the 2028 target; the 2029 target 76.47 (13 of 17 kecamatan) is the end of the period",
    truth: rt.a("y5", "r1"),
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: P,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["r2", "r4"])
    b.ok({
      sheet: R,
      cell: rt.a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((n) => rt.a(`y${n}`, id)).join("+"),
    });
  // the flow: kondisi akhir is the five years added, not the last year
  b.ok({
    sheet: R,
    cell: rt.a("akhir", "r3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((n) => rt.a(`y${n}`, "r3")).join("+"),
    trap: rt.a("y5", "r3"),
  });
  b.ok({ sheet: R, cell: rt.a("y3", "r4"), rules: ["target-trend"], truth: String(5.0) });
  for (const id of ["s11", "s12", "s21", "s31"])
    b.ok({
      sheet: P,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", id === "s11" || id === "s12" ? "k1" : id === "s21" ? "k2" : "k3"),
    });
  b.ok({
    sheet: P,
    cell: t2.a("rp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "s11")}+${t2.a("rp", "s12")}`,
  });
  // JUMLAH is the program, not every row added (that would count each rupiah three times)
  b.ok({
    sheet: P,
    cell: t2.a("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: ["s11", "s12", "s21", "s31"].map((id) => t2.a("rp", id)).join("+"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s31")})`,
  });
  return b.finish();
}

// ======================================================================== E.81 Renja 2024 evaluation

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  qk: [number, number, number, number];
  qrp?: [number, number, number, number];
  level?: boolean;
  bold?: boolean;
};

export function e81PenataanRuang(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-bidang-penataan-ruang-sindangreja.xlsx",
    "E.81 evaluasi hasil Renja (Bidang Penataan Ruang)",
    "E.81-like evaluasi hasil Renja 2024 of the Dinas PUPR (Bidang Penataan Ruang) in Jawa Tengah: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | K | Rp pairs for (7) Target Renja 2024, (8)-(11) Realisasi Triwulan I-IV, (12) = 8+9+10+11, (13) = 12 / 7 x 100; number row merged over the pairs; the % program indicator is a level (12 takes Triwulan IV); Rata-rata and Predikat rows",
  );
  const S = "E.81 PR 2024";
  const s = b.sheet(S);
  letterhead(s, [KAB, DINAS]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "KABUPATEN SINDANGREJA TAHUN 2024 (BIDANG PENATAAN RUANG)",
    "Periode pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s11",
      kode: "1.03.05.2.01.0001",
      ur: "Penyusunan Rencana Detail Tata Ruang (RDTR) Kabupaten",
      ind: "Jumlah dokumen RDTR yang tersusun",
      sat: "dokumen",
      tk: 2,
      trp: 1_450_000_000,
      qk: [0, 0, 1, 1],
      qrp: [118_400_000, 386_250_000, 412_900_000, 468_300_000],
    },
    {
      id: "s12",
      kode: "1.03.05.2.01.0005",
      ur: "Penyelenggaraan Forum Penataan Ruang",
      ind: "Jumlah rapat forum penataan ruang",
      sat: "kali",
      tk: 4,
      trp: 135_000_000,
      qk: [1, 1, 1, 1],
      qrp: [28_150_000, 33_600_000, 31_900_000, 36_800_000],
    },
    {
      id: "s21",
      kode: "1.03.05.2.02.0001",
      ur: "Pelaksanaan Kesesuaian Kegiatan Pemanfaatan Ruang",
      ind: "Jumlah dokumen KKPR / PKKPR yang diterbitkan",
      sat: "dokumen",
      tk: 240,
      trp: 296_000_000,
      qk: [52, 61, 58, 66],
      qrp: [61_250_000, 74_800_000, 70_150_000, 82_900_000],
    },
    {
      id: "s22",
      kode: "1.03.05.2.03.0002",
      ur: "Pengawasan dan Penertiban Pelanggaran Pemanfaatan Ruang",
      ind: "Jumlah lokasi pelanggaran yang diawasi",
      sat: "lokasi",
      tk: 36,
      trp: 248_500_000,
      qk: [8, 9, 10, 11],
      qrp: [47_300_000, 58_950_000, 61_400_000, 72_650_000],
    },
  ];
  const prog: E = {
    id: "p",
    kode: "1.03.05",
    ur: "PROGRAM PENYELENGGARAAN PENATAAN RUANG",
    ind: "Persentase kecamatan yang memiliki RDTR ditetapkan",
    sat: "%",
    tk: 29.41,
    qk: [23.53, 23.53, 23.53, 29.41],
    level: true,
    bold: true,
  };
  const keg1: E = {
    id: "k1",
    kode: "1.03.05.2.01",
    ur: "Penetapan Rencana Tata Ruang Wilayah dan Rencana Rinci Tata Ruang Kabupaten",
    ind: "Jumlah dokumen rencana tata ruang yang ditetapkan",
    sat: "dokumen",
    tk: 2,
    qk: [0, 0, 1, 1],
  };
  const keg2: E = {
    id: "k2",
    kode: "1.03.05.2.02",
    ur: "Koordinasi dan Sinkronisasi Pemanfaatan Ruang Daerah Kabupaten",
    ind: "Jumlah dokumen koordinasi pemanfaatan dan pengendalian ruang",
    sat: "dokumen",
    tk: 276,
    qk: [60, 70, 68, 77],
  };
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s11", "s12"], k2: ["s21", "s22"] };
  const order = [prog, keg1, subs[0], subs[1], keg2, subs[2], subs[3]];
  const pair = (key: string, n: string, head: string[], role?: Col["role"]): Col[] => {
    const rp: Col["role"] =
      role === "target" ? "anggaran" : role === "capaian" ? "capaian" : role && "realisasi-anggaran";
    const year = role ? 2024 : undefined;
    return [
      { key: `${key}k`, head: [...head, "K"], role, year, num: n, fmt: "#,##0.##", width: 8 },
      {
        key: `${key}r`,
        head: [...head, "Rp"],
        role: rp,
        year,
        num: n,
        fmt: role === "capaian" ? DEC : RP,
        width: 15,
      },
    ];
  };
  const RQ = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 17 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    ...pair("t", "7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "target"),
    ...pair("q1", "8", [RQ, "I"]),
    ...pair("q2", "9", [RQ, "II"]),
    ...pair("q3", "10", [RQ, "III"]),
    ...pair("q4", "11", [RQ, "IV"]),
    ...pair("r", "12 = 8+9+10+11", ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"], "realisasi"),
    ...pair(
      "c",
      "13 = 12 / 7 x 100",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)"],
      "capaian",
    ),
  ];
  const qs = ["q1", "q2", "q3", "q4"];
  const rows: Row[] = order.map((e, i): Row => ({
    id: e.id,
    bold: e.bold,
    cells: (x: Ctx) => {
      const out: Record<string, Cell> = {
        no: i === 0 ? 1 : undefined,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        tk: e.tk,
        rk: e.level ? fx(x.a("q4k")) : fx(qs.map((q) => x.a(`${q}k`)).join("+")),
        ck: fx(`ROUND(${x.a("rk")}/${x.a("tk")}*100,2)`),
        cr: fx(`ROUND(${x.a("rr")}/${x.a("tr")}*100,2)`),
      };
      qs.forEach((q, j) => (out[`${q}k`] = e.qk[j]));
      const kid = kids[e.id];
      if (kid) {
        for (const k of ["t", ...qs, "r"]) out[`${k}r`] = fx(kid.map((c) => x.a(`${k}r`, c)).join("+"));
      } else {
        out.tr = e.trp!;
        qs.forEach((q, j) => (out[`${q}r`] = e.qrp![j]));
        // planted: s21's Rp (12) adds the whole K | Rp range, the K of every quarter with it
        out.rr =
          e.id === "s21" ? fx(`SUM(${x.a("q1r")}:${x.a("q4r")})`) : fx(qs.map((q) => x.a(`${q}r`)).join("+"));
      }
      return out;
    },
  }));
  const capK = order.map((e) => round(((e.level ? e.qk[3] : sum8(e.qk)) / e.tk) * 100));
  rows.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (x: Ctx) => ({
        no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        ck: fx(`ROUND(AVERAGE(${x.a("ck", "p")}:${x.a("ck", "s22")}),2)`),
        cr: fx(`ROUND(AVERAGE(${x.a("cr", "p")}:${x.a("cr", "s22")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "sat"],
      cells: { no: "Predikat kinerja", ck: "Sangat Tinggi", cr: "Sangat Tinggi" },
    },
  );
  const avgK = round(capK.reduce((n, c) => n + c, 0) / capK.length);
  if (!(avgK > 90)) throw new Error(`e81 avg ${avgK}`);
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan data dasar BIG dan OSS RBA yang stabil sejak Triwulan II.",
    "Faktor penghambat: konsultasi publik RDTR Kedungpring mundur karena tumpang tindih LP2B.",
    "Tindak lanjut: percepatan persetujuan substansi RDTR pada Kementerian ATR/BPN Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Sindangreja, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. HARYANTO SETYO NUGROHO, M.M.",
    nip: "19690315 199503 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (k: string, id: string) => qs.map((q) => a(`${q}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rr", "s21") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 1.03.05.2.02.0001 is SUM over Triwulan I Rp .. Triwulan IV Rp, which adds the K columns between them (61 + 58 + 66 dokumen): 289,100,185; the four Rp give 289,100,000",
    truth: qsum("r", "s21"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengawasan dan Penertiban Pelanggaran Pemanfaatan Ruang is coded 1.03.05.2.03.0002 (kegiatan 1.03.05.2.03) under kegiatan 1.03.05.2.02",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  for (const id of ["s11", "s12", "s21"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "s21" ? "k2" : "k1"),
    });
  for (const id of ["s11", "s12", "s22"])
    b.ok({ sheet: S, cell: a("rr", id), rules: ["sum-mismatch"], truth: qsum("r", id) });
  for (const id of ["k1", "k2", "s11", "s21"])
    b.ok({ sheet: S, cell: a("rk", id), rules: ["sum-mismatch"], truth: qsum("k", id) });
  b.ok({
    sheet: S,
    cell: a("tr", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("tr", "s11")}+${a("tr", "s12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rr", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rr", "s11")}+${a("rr", "s12")}`,
  });
  // the program's rate is a level: (12) K takes Triwulan IV, not the four quarters added
  b.ok({ sheet: S, cell: a("rk", "p"), rules: ["sum-mismatch"], truth: a("q4k", "p"), trap: qsum("k", "p") });
  for (const id of ["p", "s11", "s22"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rk", id)}/${a("tk", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ck", "avg"),
    rules: ["predikat-mismatch"],
    truth: `ROUND(AVERAGE(${a("ck", "p")}:${a("ck", "s22")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("ck", "avg")})`,
  });
  return b.finish();
}
