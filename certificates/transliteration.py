"""One Latin key for a surname typed in Cyrillic (Kazakh or Russian) or in Latin letters.

The certificate check compares keys, not spellings: "Құрманғалиева", "Курмангалиева",
"Kurmangaliyeva" and "Qurmanğalieva" are the same person's surname. The key is loose on
purpose; the serial alongside it is what identifies a certificate.
"""

import re
import unicodedata

#: Kazakh and Russian Cyrillic letters in the Latin letters a passport or a habit would use.
CYRILLIC_TO_LATIN = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "і": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}

#: Latin letters of the Kazakh Latin alphabet (2021) that stand for two letters in English.
KAZAKH_LATIN = {"ş": "sh", "ç": "ch", "ı": "i"}

#: Spellings of one sound, folded to one, in order: "shch" before "sh", "kh" before "h".
SAME_SOUND = [
    ("shch", "sh"),
    ("kh", "h"),
    ("th", "t"),
    ("x", "h"),
    ("q", "k"),
    ("zh", "j"),
    ("ts", "c"),
    ("w", "v"),
    ("y", "i"),
]

NOT_A_LETTER = re.compile(r"[^a-z]")
REPEATED_LETTER = re.compile(r"(.)\1+")


def surname_key(surname: str) -> str:
    """The surname's Latin key: case, script, accents and punctuation left out."""
    text = unicodedata.normalize("NFC", surname).casefold()
    text = "".join(CYRILLIC_TO_LATIN.get(letter, letter) for letter in text)
    text = "".join(KAZAKH_LATIN.get(letter, letter) for letter in text)
    # Accents off: ä -> a, ğ -> g, ñ -> n, ö -> o, ü -> u, ū -> u.
    text = unicodedata.normalize("NFKD", text)
    text = NOT_A_LETTER.sub("", text)
    for spelling, sound in SAME_SOUND:
        text = text.replace(spelling, sound)
    # "Kurmangaliyeva" and "Kurmangalieva": a doubled letter and "ie" are spelling habits.
    text = REPEATED_LETTER.sub(r"\1", text)
    return text.replace("ie", "e")
