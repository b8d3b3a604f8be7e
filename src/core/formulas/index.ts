// Plain Excel formulas for IKU.* calls ("Siap kirim"): plainFormula.ts finds and dispatches the
// calls (see it for the contract), operand.ts holds the parts each function's rewrite is written
// with. The rewrites themselves are in the functions' definitions (src/functions/definitions).
export {
  toPlainFormula,
  hasIkuCall,
  rumusBerkas,
  ukuranHasil,
  argumenPerSel,
  jumlahArgumen,
  PANJANG_MAKS,
} from "./plainFormula";
export type {
  DaftarRumus,
  FungsiRumus,
  JenisParameter,
  OpsiRumus,
  Panggilan,
  ParameterRumus,
  PlainResult,
  Pesan,
} from "./plainFormula";
export {
  angkaDeret,
  angkaLiteral,
  bacaan,
  banding,
  bandingOperand,
  BLANK,
  bukanBulat,
  dariHasil,
  DIV0,
  gagal,
  jika,
  jumlahRapi,
  known,
  kutip,
  metodeDari,
  NA,
  nilaiAngka,
  NUM,
  P,
  pita,
  rumusPerubahan,
  selPertama,
  statis,
  tesTanda,
  VALUE,
} from "./operand";
export type { Cond, Deret, Operand, Param } from "./operand";
export { alamatDari } from "./masukan";
export type { BacaNilai } from "./masukan";
export type { Argumen } from "./argumenPanggilan";
export { sebagaiOperand } from "./argumenPanggilan";
export { excelString, tokenize } from "./tokenize";
export type { Token, TokenKind } from "./tokenize";
