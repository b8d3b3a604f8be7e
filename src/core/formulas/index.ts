// Plain Excel formulas for IKU.* calls ("Siap kirim"): see plainFormula.ts for the contract.
export {
  toPlainFormula,
  hasIkuCall,
  rumusBerkas,
  ukuranHasil,
  ARGUMEN_PER_SEL,
  FUNGSI_IKU,
  PANJANG_MAKS,
} from "./plainFormula";
export type { OpsiRumus, PlainResult, Pesan } from "./plainFormula";
export type { BacaNilai } from "./masukan";
export { tokenize } from "./tokenize";
export type { Token, TokenKind } from "./tokenize";
