#!/usr/bin/env bash
# The Word check by hand, and the picture in docs/: exports the results sample's record as .docx,
# has LibreOffice turn it into a PDF (it fails when LibreOffice cannot open the document), and
# renders page 1 as docs/record-page-1.png.
# Needs LibreOffice (soffice) and Ghostscript (gs): apt-get install libreoffice-writer ghostscript.
# Run from the repository root: bash Tests/EndToEnd/record-pdf.sh [OUT_DIR]
set -euo pipefail
out=${1:-$(mktemp -d)}
mkdir -p "$out"
swift build --product lagom >&2
lagom="$(swift build --show-bin-path)/lagom"
"$lagom" export Sessions/planeringsdagar-2024-resultat --format docx --output "$out/sammanstallning.docx" --force
# A profile of its own, so a LibreOffice already open elsewhere does not swallow the conversion.
soffice "-env:UserInstallation=file://$out/profile" --headless --convert-to pdf --outdir "$out" "$out/sammanstallning.docx" >&2
test -s "$out/sammanstallning.pdf"
gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -r90 -dTextAlphaBits=4 -dGraphicsAlphaBits=4 \
    -dFirstPage=1 -dLastPage=1 -sOutputFile=docs/record-page-1.png "$out/sammanstallning.pdf"
echo "ok: $out/sammanstallning.pdf ($(gs -q -dNODISPLAY -dNOSAFER -c "($out/sammanstallning.pdf) (r) file runpdfbegin pdfpagecount = quit") pages), docs/record-page-1.png"
