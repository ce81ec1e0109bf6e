"""A convention drafted from its record, as an editable document: DOCX (to edit in a word
processor) and PDF, in Arabic and in French, from the kind's template in that language.

- placeholders.py: the templates' small language (Django's syntax, a closed library)
- context.py: what a template may name, read from the agreement in the document's language
- document.py: the rendered template read into blocks (headings, paragraphs, tables,
  signatures): both formats are written from the same blocks, so they always say the same
- docx.py: the DOCX, right to left in Arabic
- pdf.py: the PDF (WeasyPrint, core.pdf), and the HTML of the template's preview

The DOCX is written with python-docx alone (1.2), not docxtpl: docxtpl fills a .docx master
with Jinja, but here the template is text the commune edits in the workspace, and the document's
layout (tables, signature blocks, right to left) is the application's, built element by element.
python-docx writes that layout and lets us set what Word needs for Arabic — `w:bidi` on the
paragraphs, `w:rtl` on the runs, `w:bidiVisual` on the tables, the complex-script font and
size — without a second template language or a master file to keep per kind and language.
"""
