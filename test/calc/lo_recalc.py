"""What LibreOffice computes for a workbook's formulas, through its UNO API.

Each file is opened, recalculated in full (calculateAll: no cached value is trusted) and every
sheet's used area read back in one call: numbers as numbers (Python's repr keeps all 17
digits), text as text, and a cell whose formula gives an error as null. Which error is not
read here: that costs a round trip per cell (tens of seconds for thousands of errors), so a
workbook that needs it shows ERROR.TYPE of the cell in another cell, computed in the same pass
(test/calc/siapKirim.calc.test.ts does). Prints one JSON object per file:
{"file", "loaded", "sheets": {name: rows}}.

usage: python3 lo_recalc.py SOFFICE PROFILE_DIR FILE...
"""
from lo_uno import jalankan


def hitung(doc):
    doc.calculateAll()
    sheets = {}
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        sheets[sheet.Name] = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
    return {"sheets": sheets}


if __name__ == "__main__":
    jalankan(hitung)
