"""The review as a fillable PDF form, for a mentor who has nothing but a PDF reader.

``export`` lays a form out like the printed sheets (``core.reports``), with an AcroForm field
for every comment, name, outcome and date a verifier gives, an empty signature field, and the
form's identity (journal, export id, stages, each stage's fingerprint as exported) in the
document catalogue, where readers neither show nor change it. ``reader`` reads a returned form
as untrusted input into a ``ReturnedReview``; ``signature`` checks a digital signature on it.
"""
