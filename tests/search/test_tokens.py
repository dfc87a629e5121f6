"""Terms as staff type and plans print them: Sudachi's normalised content words plus whole katakana/Latin words."""

from shinchoku.search import tokens


def test_content_words_are_normalised_and_particles_dropped():
    # 書か → 書く (normalised form); ない, の are grammar.
    assert tokens.terms("書かない窓口の導入") == ["書く", "窓口", "導入"]


def test_compounds_are_kept_whole_and_split():
    assert tokens.terms("マイナンバーカードの普及促進") == [
        "マイナンバーカード",
        "マイナンバー",
        "カード",
        "普及",
        "促進",
    ]


def test_full_width_latin_and_list_marks_are_normalised():
    assert tokens.terms("ＲＰＡ・AIの活用") == ["rpa", "ai", "活用"]
    # ① would become "1" and glue to the word after it.
    assert tokens.terms("①Wi-Fi による情報通信基盤") == ["wi-fi", "情報", "通信", "基盤"]


def test_katakana_latin_words_split_by_sudachi_are_also_kept_whole():
    assert "gigaスクール" in tokens.terms("GIGAスクール構想")
    assert "デジタルデバイド" in tokens.terms("デジタルデバイドの解消")
    # Variant spellings meet in Sudachi's normalised form.
    assert "ディバイド" in tokens.terms("デジタルディバイド対策")


def test_function_words_numbers_and_single_letters_are_not_terms():
    assert tokens.terms("することができるよう努めます。令和6年度に10件") == ["件"]
    assert tokens.terms("") == []
    assert tokens.terms("。、・「」") == []


def test_query_expands_related_words_at_half_weight():
    weights = tokens.query_weights("公衆Wi-Fi")
    assert weights == {"公衆": 1.0, "wi-fi": 1.0, "無線": 0.5}
    assert tokens.query_weights("テレワーク")["在宅勤務"] == 0.5


def test_hostile_text_does_not_break_the_tokenizer():
    assert tokens.terms("\x00\ud800" + "あ" * 10_000) == []
    assert tokens.terms("A" * 300) == []  # longer than any term
    long = "書かない窓口の推進。" * 20_000  # 200,000 characters, beyond Sudachi's input limit
    assert tokens.terms(long).count("窓口") == 20_000


def test_many_threads_tokenise_at_once():
    """The production server answers in several threads; a shared Sudachi tokenizer raised
    「Tokenizer is already in use」 and the initiative pages under load failed with a 500."""
    from concurrent.futures import ThreadPoolExecutor

    text = "書かない窓口の導入とマイナンバーカードの普及促進。" * 40
    expected = tokens.terms(text)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: tokens.terms(text), range(64)))
    assert all(result == expected for result in results)
