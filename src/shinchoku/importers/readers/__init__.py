"""File readers: turn the bytes of one input file into a :class:`~shinchoku.importers.document.Document`.

One module per file format; nothing here knows about plan layouts.
"""
