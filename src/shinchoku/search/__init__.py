"""Search across every plan and 「他自治体の類似取組」: Sudachi terms, a term table and BM25 in SQL (docs/search.md)."""
