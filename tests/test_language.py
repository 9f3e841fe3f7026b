from communique.language import confidently_outside, detect_language, guess_language

FRENCH = ("Le ministre des affaires étrangères a rencontré son homologue japonais à Tokyo mercredi "
          "pour discuter du traité de paix entre les deux pays.")
RUSSIAN = "Министр иностранных дел России заявил в среду, что переговоры с Японией продолжатся в следующем месяце."
ENGLISH = ("The foreign minister met his Japanese counterpart in Tokyo on Wednesday to discuss "
           "a peace treaty between the two countries.")


def test_detects_and_names_languages():
    assert detect_language(RUSSIAN) == ("ru", "Russian")
    assert detect_language(FRENCH) == ("fr", "French")
    assert detect_language(ENGLISH) == ("en", "English")


def test_short_text_is_never_a_reliable_guess():
    assert not guess_language("Lavrov said.").reliable
    assert confidently_outside("Lavrov said.", ["en"]) is None
    assert confidently_outside("Sergei Lavrov (Сергей Лавров) met Taro Kono in Moscow.", ["en"]) is None


def test_confidently_outside_english():
    assert confidently_outside(ENGLISH, ["en"]) is None
    guess = confidently_outside(FRENCH, ["en"])
    assert guess is not None and guess.name == "French" and guess.reliable
    assert confidently_outside(FRENCH, ["en", "fr"]) is None


def test_unspaced_script_needs_no_word_count():
    chinese = "外国专家认为中美合作共赢符合国际社会利益，双方应当加强对话与沟通，推动两国关系健康稳定发展，造福两国人民。"
    guess = confidently_outside(chinese, ["en"])
    assert guess is not None and guess.code == "zh"
