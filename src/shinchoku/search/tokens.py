"""Japanese text to search terms: SudachiPy (sudachidict_core, fully offline) plus whole katakana/alphanumeric words.

Why these choices (measured on the five sample plans, docs/search.md):

- Sudachi's normalised form joins spellings (書か → 書く, デバイド → ディバイド) and its long mode C keeps
  compounds such as マイナンバーカード whole; the shorter mode A parts (マイナンバー, カード) are added too,
  so a query for either finds both.
- Only content words are terms: nouns, verbs, adjectives, adjectival nouns. Particles, auxiliaries,
  symbols, numerals and a few function words (する, こと, ため …) carry no theme.
- Runs of katakana, Latin letters and digits are also kept whole (GIGAスクール, Wi-Fi, AI-OCR), because
  Sudachi splits them and the whole word is what staff type into a search box.
- Synonyms (data/synonyms.txt) expand a *query*, never the index, so the list can grow without reindexing.

Pure Python (no Django), so the importers' layer rules do not apply but the function is cheap to test.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from sudachipy import Dictionary, SplitMode

#: Parts of speech that carry meaning (Sudachi's first POS level).
CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞"}
#: Second-level POS that are nouns in form only.
SKIP_SUBPOS = {"数詞", "代名詞", "助動詞語幹"}
#: Content words so common in plans that they describe no theme.
STOPWORDS = {
    "する", "ある", "いる", "なる", "れる", "られる", "できる", "行う", "図る", "こと", "もの", "ため", "よう",
    "等", "など", "とき", "ところ", "場合", "本市", "当市", "市", "中", "上", "的", "化", "性", "各", "他",
    "取り組む", "取組", "取り組み", "向ける", "努める", "目指す", "基づく", "踏まえる", "おる", "いく", "くる",
    "つく", "もつ", "ない", "よい", "いう", "及び", "並びに", "また", "さらに", "実施", "推進", "為る", "成る",
    "有る", "居る", "出来る", "致す", "頂く", "下さる", "参る", "おく", "しまう", "みる", "見る", "物", "事", "為",
    "よる", "因る", "とも", "時", "数", "率", "年度", "平成", "令和", "課", "係", "室", "部",
}  # fmt: skip
#: A run of katakana / Latin letters / digits, hyphens and the long-vowel mark inside.
WHOLE_WORD = re.compile(
    r"[0-9a-zA-Z\u30a1-\u30fa\u30fc][0-9a-zA-Z\u30a1-\u30fa\u30fc\-]*[0-9a-zA-Z\u30a1-\u30fa\u30fc]"
)
HAS_LETTER = re.compile(r"[a-zA-Z\u30a1-\u30fa]")
MAX_TERM = 64
#: Sudachi refuses very long inputs; plan fields are short, but an imported file is hostile.
CHUNK = 4000
SYNONYMS_FILE = Path(__file__).with_name("data") / "synonyms.txt"


@cache
def _dictionary() -> Dictionary:
    """One dictionary per process (memory-mapped; loading takes ~0.2 s)."""
    return Dictionary(dict="core")


_per_thread = threading.local()


def _tokenizer():
    """One tokenizer per thread: a Sudachi tokenizer refuses concurrent use (SudachiError), and the
    production server answers requests in several threads at once (every initiative page tokenises
    for its similar initiatives: under load, half of them failed with a 500)."""
    tokenizer = getattr(_per_thread, "tokenizer", None)
    if tokenizer is None:
        tokenizer = _per_thread.tokenizer = _dictionary().tokenizer(mode=SplitMode.C)
    return tokenizer


#: Circled and parenthesised numbers (①, ⑵) number list items; NFKC would glue them to the next word.
LIST_MARKS = re.compile(r"[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")


def normalize(text: str) -> str:
    """NFKC (全角英数 → 半角, 半角カナ → 全角) so that ＲＰＡ and RPA are one term; list marks become blanks."""
    text = (text or "").encode("utf-8", "ignore").decode("utf-8")  # lone surrogates cannot be tokenised
    return unicodedata.normalize("NFKC", LIST_MARKS.sub(" ", text.replace("\x00", " ")))


def _keep(term: str) -> bool:
    if not term or len(term) > MAX_TERM or term in STOPWORDS:
        return False
    if term.isdigit():
        return False
    # A lone hiragana is grammar, not a theme; a lone kanji (紙, 窓) may well be.
    return not (len(term) == 1 and (term.isascii() or "\u3041" <= term <= "\u309f"))


def terms(text: str) -> list[str]:
    """The search terms of ``text`` in order, with repeats (term frequency counts them)."""
    text = normalize(text)
    if not text.strip():
        return []
    found: list[str] = []
    for start in range(0, len(text), CHUNK):
        _chunk_terms(text[start : start + CHUNK], found)
    return found


def _chunk_terms(text: str, found: list[str]) -> None:
    spans: set[tuple[int, int]] = set()
    for morpheme in _tokenizer().tokenize(text):
        pos = morpheme.part_of_speech()
        spans.add((morpheme.begin(), morpheme.end()))
        if pos[0] not in CONTENT_POS or pos[1] in SKIP_SUBPOS:
            continue
        term = morpheme.normalized_form().lower()
        if _keep(term):
            found.append(term)
        parts = morpheme.split(SplitMode.A)
        if len(parts) > 1:
            for part in parts:
                spans.add((part.begin(), part.end()))
                sub = part.normalized_form().lower()
                if sub != term and _keep(sub) and part.part_of_speech()[0] in CONTENT_POS:
                    found.append(sub)
    for match in WHOLE_WORD.finditer(text):
        word = match.group().lower()
        if match.span() not in spans and HAS_LETTER.search(word) and _keep(word):
            found.append(word)


def counts(text: str) -> Counter[str]:
    return Counter(terms(text))


@cache
def synonym_groups() -> dict[str, tuple[str, ...]]:
    """Term → the other terms of its group (data/synonyms.txt: one group per line, blank-separated).

    A word stands for itself when it is a search term (デジタルデバイド), else for its first (無線LAN → 無線).
    """
    groups: dict[str, tuple[str, ...]] = {}
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        members = list(dict.fromkeys(term for word in line.split() if (term := _word_term(word))))
        for member in members:
            others = (m for m in members if m != member)
            groups[member] = tuple(dict.fromkeys((*groups.get(member, ()), *others)))
    return groups


def _word_term(word: str) -> str | None:
    """The term a word of the synonym file stands for: itself when it is a term (デジタルデバイド), else its first."""
    found = terms(word)
    whole = normalize(word).lower()
    return whole if whole in found else (found[0] if found else None)


def expand(weights: dict[str, float], *, synonym_weight: float = 0.5) -> dict[str, float]:
    """Add each term's related words (data/synonyms.txt) at ``synonym_weight`` times its weight."""
    expanded = dict(weights)
    groups = synonym_groups()
    for term, weight in weights.items():
        for other in groups.get(term, ()):
            if other not in weights:
                expanded[other] = max(expanded.get(other, 0.0), weight * synonym_weight)
    return expanded


def query_weights(text: str) -> dict[str, float]:
    """Weighted query terms: each distinct term once (weight 1), plus its related words at half weight."""
    return expand(dict.fromkeys(terms(text), 1.0))
