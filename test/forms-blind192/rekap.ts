// A sector recap of a Bali kabupaten's Satpol PP: penegakan Perda per kecamatan in 2024 (pelanggaran
// ditemukan, tindak lanjut non yustisi and yustisi, % ditindaklanjuti, reklame ilegal and PKL
// ditertibkan), a number row with its identities and a TOTAL row whose percentage is the ratio of
// the totals. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kec = { id: string; nm: string; temu: number; ny: number; y: number; rek: number; pkl: number };

export function rekapPerdaNusaSegara(): BookW {
  const b = new BookW(
    "rekap-penegakan-perda-kecamatan-nusa-segara-2024.xlsx",
    "rekap penegakan Perda per kecamatan (Satpol PP)",
    "recap of the Satpol PP of a Bali kabupaten, 2024: No | Kecamatan | Pelanggaran Perda Ditemukan (kasus) | 'Tindak Lanjut Pelanggaran' > Non Yustisi | Yustisi (Tipiring) | Jumlah | % Ditindaklanjuti | 'Hasil Penertiban' > Reklame Ilegal (buah) | PKL (lapak) | Keterangan; number row '(6) = (4) + (5)', '(7) = (6) : (3) x 100'; TOTAL row",
  );
  const S = "Rekap Kecamatan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NUSA SEGARA",
    "SATUAN POLISI PAMONG PRAJA",
    "Bidang Penegakan Perundang-undangan Daerah",
  ]);
  s.lines(["REKAPITULASI PENEGAKAN PERDA DAN PERKADA PER KECAMATAN", "Keadaan s.d. 31 Desember 2024"]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nm: "Semarapura", temu: 312, ny: 268, y: 31, rek: 46, pkl: 184 },
    { id: "k2", nm: "Banjarangkan", temu: 176, ny: 151, y: 14, rek: 22, pkl: 63 },
    { id: "k3", nm: "Dawan", temu: 148, ny: 130, y: 11, rek: 18, pkl: 41 },
    { id: "k4", nm: "Tegal Besar", temu: 204, ny: 171, y: 19, rek: 27, pkl: 88 },
    { id: "k5", nm: "Nusa Penida Kaja", temu: 259, ny: 221, y: 26, rek: 35, pkl: 117 },
    { id: "k6", nm: "Tihingan", temu: 96, ny: 88, y: 8, rek: 9, pkl: 25 },
  ];
  const T = "Tindak Lanjut Pelanggaran (kasus)";
  const H = "Hasil Penertiban";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "temu", head: ["Pelanggaran Perda Ditemukan (kasus)"], num: "(3)", fmt: INT, width: 13 },
    {
      key: "ny",
      head: [T, "Non Yustisi (teguran / pembinaan)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 13,
    },
    {
      key: "y",
      head: [T, "Yustisi (Tipiring)"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 11,
    },
    {
      key: "j",
      head: [T, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (4) + (5)",
      fmt: INT,
      width: 11,
    },
    { key: "pc", head: ["% Ditindaklanjuti"], num: "(7) = (6) : (3) x 100", fmt: DEC, width: 12 },
    {
      key: "rek",
      head: [H, "Reklame Ilegal (buah)"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: INT,
      width: 11,
    },
    { key: "pkl", head: [H, "PKL (lapak)"], role: "realisasi", year: 2024, num: "(9)", fmt: INT, width: 11 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(10)", width: 18 },
  ];
  const pcOf = (k: Kec) => round(((k.ny + k.y) / k.temu) * 100);
  const k4 = K[3];
  const totPkl = sum(K.map((k) => k.pkl));
  const rng = (key: string, x: Ctx) => `${x.a(key, "k1")}:${x.a(key, "k6")}`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kec: k.nm,
          temu: k.temu,
          ny: k.ny,
          y: k.y,
          j: fx(`${c.a("ny")}+${c.a("y")}`),
          // planted: Tegal Besar's % is a typed 83.82, (4) alone over (3)
          pc: k.id === "k4" ? round((k.ny / k.temu) * 100) : fx(`ROUND(${c.a("j")}/${c.a("temu")}*100,2)`),
          rek: k.rek,
          pkl: k.pkl,
          ket: k.id === "k6" ? "termasuk 2 kasus limpahan 2023" : undefined,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "TOTAL",
          temu: fx(`SUM(${rng("temu", c)})`),
          ny: fx(`SUM(${rng("ny", c)})`),
          y: fx(`SUM(${rng("y", c)})`),
          j: fx(`SUM(${rng("j", c)})`),
          pc: fx(`ROUND(${c.a("j")}/${c.a("temu")}*100,2)`),
          rek: fx(`SUM(${rng("rek", c)})`),
          // planted: a stale cached result from before Tihingan's 25 lapak were entered
          pkl: fx(`SUM(${rng("pkl", c)})`, totPkl - K[5].pkl),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan bulanan operasi penertiban Satpol PP dan Berita Acara Sidang Tipiring Pengadilan Negeri.",
    "Penertiban reklame dan PKL dilaksanakan bersama Pecalang desa adat.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Semarapura, 8 Januari 2025",
    jabatan: ["Kepala Bidang Penegakan Perundang-undangan Daerah,"],
    nama: "NI KETUT SRI ARYANTINI, S.H.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840617 200801 2 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  if (pcOf(k4) === round((k4.ny / k4.temu) * 100)) throw new Error("rekap k4");
  b.plant({
    at: { sheet: S, cell: a("pc", "k4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `% Ditindaklanjuti of Tegal Besar is a typed ${round((k4.ny / k4.temu) * 100)} among ROUND formulas, the non yustisi alone (171 / 204); (6) 190 / (3) 204 gives ${pcOf(k4)}`,
    truth: `ROUND(${a("j", "k4")}/${a("temu", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pkl", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL PKL ditertibkan is =SUM over the six kecamatan with a stale cached result of ${totPkl - K[5].pkl} (before Tihingan's 25 lapak were entered); the six rows give ${totPkl}`,
    truth: `SUM(${a("pkl", "k1")}:${a("pkl", "k6")})`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("j", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("ny", k.id)}+${a("y", k.id)}`,
    });
    if (k.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("pc", k.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("j", k.id)}/${a("temu", k.id)}*100,2)`,
      });
  }
  for (const key of ["temu", "ny", "y", "j", "rek"])
    b.ok({
      sheet: S,
      cell: a(key, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(key, "k1")}:${a(key, "k6")})`,
    });
  // the TOTAL percentage is the ratio of the totals, not the kecamatan percentages added or averaged
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k6")})/SUM(${a("temu", "k1")}:${a("temu", "k6")})*100,2)`,
    trap: `SUM(${a("pc", "k1")}:${a("pc", "k6")})`,
  });
  return b.finish();
}
