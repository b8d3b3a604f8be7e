// Performance tables of the set: the IKU 2024 of a BPBD in Bengkulu (response time in minutes and
// the disaster-risk index are lower-is-better, capaian by refleksi, predikat typed) and the LKjIP
// 2024 of a Dinas Koperasi in Aceh (counts and an omzet in rupiah, and a recap of koperasi per
// kecamatan below it). Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Iku = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  pred: string;
};

/** Pengukuran IKU 2024, BPBD Kabupaten Bukit Kaba Utara (Bengkulu). */
export function ikuBpbd(): BookW {
  const b = new BookW(
    "iku-waktutanggap-bpbd-bukitkabautara.xlsx",
    "IKU measurement (BPBD)",
    "Sasaran (merged) | IKU | Satuan | Arah | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; refleksi for the three lower-is-better rows",
  );
  const S = "IKU BPBD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT KABA UTARA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama BPBD Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kecepatan penanganan darurat bencana";
  const S2 = "Menurunnya risiko bencana daerah";
  const rows: Iku[] = [
    {
      id: "wt",
      sas: S1,
      ind: "Waktu tanggap (response time) Tim Reaksi Cepat sejak laporan kejadian diterima",
      sat: "menit",
      neg: true,
      t: 30,
      r: 24,
      pred: "Sangat Tinggi",
    },
    {
      id: "pg",
      sas: S1,
      ind: "Rata-rata waktu pemenuhan kebutuhan dasar pengungsi",
      sat: "jam",
      neg: true,
      t: 24,
      r: 30,
      pred: "Sangat Tinggi",
    },
    {
      id: "kb",
      sas: S1,
      ind: "Persentase korban bencana yang mendapat pertolongan darurat",
      sat: "%",
      neg: false,
      t: 100,
      r: 100,
      pred: "Sangat Tinggi",
    },
    {
      id: "irb",
      sas: S2,
      ind: "Indeks Risiko Bencana Indonesia (IRBI) kabupaten",
      sat: "indeks",
      neg: true,
      t: 142.5,
      r: 146.3,
      pred: "Sangat Tinggi",
    },
    {
      id: "dt",
      sas: S2,
      ind: "Persentase desa/kelurahan tangguh bencana",
      sat: "%",
      neg: false,
      t: 35,
      r: 31.82,
      pred: "Sangat Tinggi",
    },
    {
      id: "kr",
      sas: S2,
      ind: "Persentase rekomendasi kajian risiko bencana yang ditindaklanjuti",
      sat: "%",
      neg: false,
      t: 60,
      r: 44.85,
      pred: "Tinggi",
    },
  ];
  // planted 1: the pengungsi row (lower is better) takes =ROUND(R/T*100,2) = 125.00; refleksi gives 75.00
  // planted 2: the kajian risiko row, 44.85 / 60 = 74.75, typed Tinggi; 65 < x <= 75 is Sedang
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "arah", head: ["Arah\nKinerja"], role: "polaritas", width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  const formula = (x: Iku, R: string, T: string) =>
    x.neg && x.id !== "pg" ? `ROUND((2-${R}/${T})*100,2)` : `ROUND(${R}/${T}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => ({
      id: x.id,
      cells: (c): Record<string, Cell> => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        arah: x.neg ? "menurun (-)" : "naik (+)",
        t: x.t,
        r: x.r,
        cap: fx(formula(x, c.a("r"), c.a("t"))),
        pred: x.pred,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Arah menurun (-): semakin kecil realisasi semakin baik, capaian = (2 - realisasi/target) x 100%.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kaba Utara, 27 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD", "Kabupaten Bukit Kaba Utara,"],
    nama: "Drs. RUSLAN EFENDI REJANG, M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19710818 199303 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2-${a("r", id)}/${a("t", id)})*100,2)`;
  const dir = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cap", "pg") },
    rules: ["capaian-mismatch"],
    note: "waktu pemenuhan kebutuhan dasar pengungsi is lower-is-better (Arah menurun) but its capaian is =ROUND(30/24*100,2) = 125.00; the refleksi (2 - 30/24) x 100 gives 75.00",
    truth: refl("pg"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "kr") },
    rules: ["predikat-mismatch"],
    note: "kajian risiko ditindaklanjuti 44.85 / 60 = 74.75 typed Tinggi; above 65 up to 75 is Sedang",
    truth: `PREDIKAT(${a("cap", "kr")})`,
  });
  for (const x of rows.filter((y) => y.id !== "pg")) {
    b.ok({
      sheet: S,
      cell: a("cap", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(x.id) : dir(x.id),
      trap: x.neg ? dir(x.id) : undefined,
    });
    if (x.id !== "kr")
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("cap", x.id)})`,
        trap: x.id === "wt" ? `PREDIKAT(${dir("wt")})` : undefined,
      });
  }
  b.ok({ sheet: S, cell: a("cap", "wt"), rules: ["percent-out-of-range"], truth: "120" });
  return b.finish();
}

type Kop = { id: string; ind: string; sat: string; t: number; r: number; fmt: string };

/** LKjIP 2024 pengukuran kinerja, Dinas Koperasi dan UKM Kabupaten Teupin Raya (Aceh). */
export function lkjipKoperasi(): BookW {
  const b = new BookW(
    "lkjip-omzet-rekapkecamatan-diskopukm-teupinraya.xlsx",
    "LKjIP pengukuran kinerja + recap per kecamatan (Dinas Koperasi)",
    "Indikator | Satuan | Target | Realisasi | % | Keterangan with an omzet in rupiah; a recap of koperasi per kecamatan (Terdaftar | Aktif | Tidak Aktif | % Aktif) below",
  );
  const S = "Pengukuran 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TEUPIN RAYA",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
    "Jl. Banda Aceh - Medan Km. 161, Teupin Raya",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Dinas Koperasi, UKM Kabupaten Teupin Raya Tahun 2024"]);
  s.gap();
  const rows: Kop[] = [
    { id: "akt", ind: "Jumlah koperasi aktif", sat: "unit", t: 170, r: 187, fmt: INT },
    { id: "sht", ind: "Persentase koperasi berkualitas (sehat)", sat: "%", t: 40, r: 42.7, fmt: DEC },
    { id: "omz", ind: "Omzet usaha koperasi", sat: "Rp", t: 45_000_000_000, r: 47_350_250_000, fmt: RP },
    { id: "ang", ind: "Jumlah anggota koperasi aktif", sat: "orang", t: 21_500, r: 20_114, fmt: INT },
    { id: "umk", ind: "Jumlah usaha mikro binaan yang naik kelas", sat: "unit", t: 120, r: 96, fmt: INT },
  ];
  // planted 1: jumlah koperasi aktif typed 187 (the recap below gives 178, digits swapped)
  // planted 2: capaian of the usaha mikro naik kelas =ROUND(T/R*100,2) = 125.00; 96 / 120 is 80.00
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 8 },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(4)", width: 17 },
      { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(5)", width: 17 },
      { key: "cap", head: ["%"], role: "capaian", year: 2024, num: "(6)=(5)/(4)", fmt: DEC },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(7)", width: 24 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: rows.map((x, i) => ({
      id: x.id,
      cells: (c): Record<string, Cell> => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        t: { v: x.t, fmt: x.fmt },
        r: { v: x.r, fmt: x.fmt },
        cap: fx(
          x.id === "umk" ? `ROUND(${c.a("t")}/${c.a("r")}*100,2)` : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
        ),
        ket: x.id === "omz" ? "RAT tutup buku 2024" : x.id === "akt" ? "lihat Tabel 3.2" : undefined,
      }),
    })),
  });
  s.gap();
  s.lines(["Tabel 3.2", "Rekapitulasi Koperasi Menurut Kecamatan Keadaan 31 Desember 2024"]);
  s.gap();
  const KEC: Array<[string, string, number, number]> = [
    ["k1", "Teupin Raya", 52, 41],
    ["k2", "Krueng Meuseugob", 38, 27],
    ["k3", "Blang Seunong", 47, 36],
    ["k4", "Lhok Kuala Baro", 29, 20],
    ["k5", "Geulumpang Tiga", 44, 31],
    ["k6", "Alue Rambong", 33, 23],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
      { key: "jml", head: ["Jumlah Koperasi", "Terdaftar"], role: "realisasi", year: 2024, fmt: INT },
      { key: "akt", head: ["Jumlah Koperasi", "Aktif"], role: "realisasi", year: 2024, fmt: INT },
      { key: "tdk", head: ["Jumlah Koperasi", "Tidak Aktif"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pct", head: ["% Aktif"], role: "lainnya", fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...KEC.map(([id, nm, j, ak], i) => ({
        id,
        cells: (c: { a: (k: string) => string }): Record<string, Cell> => ({
          no: i + 1,
          kec: nm,
          jml: j,
          akt: ak,
          tdk: fx(`${c.a("jml")}-${c.a("akt")}`),
          pct: fx(`ROUND(${c.a("akt")}/${c.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          kec: "Jumlah",
          jml: fx(`SUM(${c.a("jml", "k1")}:${c.a("jml", "k6")})`),
          akt: fx(`SUM(${c.a("akt", "k1")}:${c.a("akt", "k6")})`),
          tdk: fx(`SUM(${c.a("tdk", "k1")}:${c.a("tdk", "k6")})`),
          pct: fx(`ROUND(${c.a("akt")}/${c.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 5, {
    tempat: "Teupin Raya, 31 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI, USAHA KECIL", "DAN MENENGAH,"],
    nama: "CUT NURAINI MAHMUDDIN, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790227 200604 2 011",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("r", "akt") },
    rules: ["cross-table-mismatch"],
    note: "Tabel 3.1 realisasi jumlah koperasi aktif typed 187; the recap per kecamatan in Tabel 3.2 adds up to 178 (digits swapped)",
    truth: a2("akt", "tot"),
  });
  b.plant({
    at: { sheet: S, cell: a1("cap", "umk") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of usaha mikro naik kelas =ROUND(target/realisasi*100,2) = 125.00, the other rows realisasi/target; 96 / 120 = 80.00",
    truth: `ROUND(${a1("r", "umk")}/${a1("t", "umk")}*100,2)`,
  });
  for (const x of rows.filter((y) => y.id !== "umk"))
    b.ok({
      sheet: S,
      cell: a1("cap", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a1("r", x.id)}/${a1("t", x.id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a1("cap", "omz"), rules: ["percent-out-of-range"], truth: "105.22" });
  b.ok({ sheet: S, cell: a1("r", "omz"), rules: ["number-scale"], truth: "47350250000" });
  for (const k of ["jml", "akt", "tdk"])
    b.ok({
      sheet: S,
      cell: a2(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a2(k, "k1")}:${a2(k, "k6")})`,
    });
  b.ok({
    sheet: S,
    cell: a2("pct", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a2("akt", "tot")}/${a2("jml", "tot")}*100,2)`,
    trap: `SUM(${a2("pct", "k1")}:${a2("pct", "k6")})`,
  });
  return b.finish();
}
