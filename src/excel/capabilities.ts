// Which Excel APIs this Excel has. Conditional formats need ExcelApi 1.6, merged areas 1.13,
// notes 1.18 (Microsoft 365 only): test them and degrade gracefully.
export type Capabilities = { conditionalFormats: boolean; mergedAreas: boolean; notes: boolean };

function has(version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function capabilities(): Capabilities {
  return { conditionalFormats: has("1.6"), mergedAreas: has("1.13"), notes: has("1.18") };
}
