"""What LibreOffice shows of a marked copy's results sheet, through its UNO API.

Saving with `soffice --convert-to` drops view settings, so the frozen header and the hyperlinks
as LibreOffice resolved them are read from the open document instead. Prints one JSON object per
file: the sheet names, whether the first sheet has frozen panes and where, its page style
(landscape, pages wide), and the URL of every hyperlink in its cells.

usage: python3 lo_view.py SOFFICE PROFILE_DIR FILE...
"""
from lo_uno import jalankan


def lihat(doc):
    sheets = doc.Sheets
    first = sheets.getByIndex(0)
    ctrl = doc.CurrentController
    ctrl.setActiveSheet(first)
    frozen = bool(ctrl.hasFrozenPanes())
    cursor = first.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    links = []
    for r in range(end.EndRow + 1):
        for c in range(end.EndColumn + 1):
            cell = first.getCellByPosition(c, r)
            fields = cell.getTextFields().createEnumeration()
            while fields.hasMoreElements():
                field = fields.nextElement()
                links.append({"row": r + 1, "col": c + 1, "url": field.URL, "text": cell.getString()})
    style = doc.StyleFamilies.getByName("PageStyles").getByName(first.PageStyle)
    return {
        "sheets": list(sheets.getElementNames()),
        "frozen": frozen,
        "splitRow": ctrl.getSplitRow() if frozen else 0,
        "landscape": bool(style.IsLandscape),
        "pagesWide": style.ScaleToPagesX,
        "links": links,
    }


if __name__ == "__main__":
    jalankan(lihat)
