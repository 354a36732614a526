"""Gaps a strict audit of issue 8 found (session 13, `checkgaps`), each kind in new wording:
notes in any language other than English get one line, while English notes with foreign words
are still checked; the candidate's own employer in any frame; a detail of the record's notes
as a specific; another application's name written in lower case."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import checked
from followup.core.check import Facts
from followup.core.check.language import cannot_judge

TESTS = Path(__file__).resolve().parent.parent


# -- notes not in English: the one line, named when the language is known

NOT_ENGLISH = {
    "Polish": "Szanowna Pani Nowak,\n\ndziękuję bardzo za wczorajszą rozmowę o stanowisku"
    " analityka. Bardzo podobała mi się część o raportach sprzedażowych i chętnie dołączę do"
    " zespołu. Czekam na informację o kolejnych krokach.\n\nZ poważaniem,\nMarek Wiśniewski",
    "Indonesian": "Yth. Bapak Santoso,\n\nTerima kasih atas waktu yang Bapak berikan untuk"
    " wawancara kemarin. Saya sangat tertarik dengan posisi ini dan yakin pengalaman saya di"
    " bidang logistik akan bermanfaat bagi tim Anda. Saya menunggu kabar selanjutnya.\n\n"
    "Hormat saya,\nDewi Lestari",
    "Swedish": "Hej Anna,\n\nTack så mycket för ett trevligt samtal i går. Jag blev ännu mer"
    " intresserad av tjänsten när du berättade om det nya lagersystemet. Hör gärna av dig om ni"
    " behöver något mer från mig.\n\nVänliga hälsningar,\nErik",
    "Turkish": "Sayın Yılmaz Hanım,\n\nDünkü görüşme için çok teşekkür ederim. Pozisyon"
    " hakkında anlattıklarınız beni daha da heyecanlandırdı ve ekibinize katılmayı gerçekten"
    " isterim. Bir sonraki adımla ilgili haberinizi bekliyorum.\n\nSaygılarımla,\nMehmet Demir",
    "Czech": "Dobrý den, pane Nováku,\n\nděkuji Vám za včerejší pohovor a za čas, který jste mi"
    " věnoval. Pozice mě velmi zaujala a rád bych se stal součástí Vašeho týmu. Těším se na Vaši"
    " odpověď.\n\nS pozdravem\nJan Dvořák",
    "Vietnamese": "Kính gửi chị Lan,\n\nEm xin cảm ơn chị đã dành thời gian phỏng vấn em hôm"
    " qua. Em rất mong được làm việc cùng đội ngũ của công ty và đóng góp kinh nghiệm kế toán"
    " của mình. Em mong sớm nhận được tin từ chị.\n\nTrân trọng,\nNguyễn Minh",
    "Tagalog": "Magandang araw po, Ginang Reyes,\n\nMaraming salamat po sa oras na ibinigay"
    " ninyo sa akin kahapon. Lubos po akong interesado sa posisyon at handa akong magtrabaho"
    " kasama ang inyong koponan. Aasahan ko po ang inyong sagot.\n\nLubos na gumagalang,\n"
    "Jose Santos",
    "Afrikaans": "Beste mnr. Botha,\n\nBaie dankie vir die geleentheid om gister met u te"
    " gesels oor die pos. Ek is baie opgewonde oor die werk en glo my ervaring in verkope sal"
    " die span help. Ek sien uit daarna om van u te hoor.\n\nVriendelike groete,\nPieter",
    "Norwegian": "Hei Kari,\n\nTusen takk for en hyggelig samtale på fredag. Jeg er fortsatt"
    " veldig interessert i stillingen og gleder meg til å høre fra dere om neste steg.\n\n"
    "Med vennlig hilsen\nOla Nordmann",
    "Danish": "Kære Mette,\n\nMange tak for samtalen i tirsdags. Jeg synes, at stillingen lyder"
    " spændende, og jeg vil meget gerne være en del af jeres team. Jeg ser frem til at høre fra"
    " jer.\n\nVenlig hilsen\nLars",
    "Finnish": "Hei Liisa,\n\nKiitos paljon eilisestä haastattelusta. Tehtävä vaikuttaa todella"
    " kiinnostavalta ja uskon, että kokemukseni sopii tiimiinne hyvin. Odotan innolla"
    " kuulevani teistä.\n\nYstävällisin terveisin,\nMikko Virtanen",
    "Hungarian": "Kedves Kovács Úr!\n\nKöszönöm szépen a tegnapi beszélgetést és a rám szánt"
    " időt. Nagyon érdekel a pozíció, és szívesen csatlakoznék a csapatához. Várom a válaszát a"
    " következő lépésekkel kapcsolatban.\n\nÜdvözlettel:\nNagy Péter",
    "Romanian": "Stimată doamnă Popescu,\n\nVă mulțumesc pentru timpul acordat ieri la"
    " interviu. Sunt foarte interesat de acest post și cred că experiența mea în vânzări ar fi"
    " de folos echipei dumneavoastră.\n\nCu stimă,\nAndrei Ionescu",
    "Malay": "Tuan Ahmad yang dihormati,\n\nSaya ingin mengucapkan terima kasih kerana sudi"
    " meluangkan masa untuk temu duga semalam. Saya amat berminat dengan jawatan ini dan"
    " berharap dapat menyertai pasukan tuan.\n\nYang benar,\nAisyah",
    "Swahili": "Mpendwa Bi. Wanjiku,\n\nAsante sana kwa muda wako wa jana kwenye mahojiano."
    " Nina hamu kubwa ya kujiunga na timu yenu na ninaamini uzoefu wangu utasaidia kazi hii."
    " Natarajia kusikia kutoka kwako hivi karibuni.\n\nWako mwaminifu,\nJuma",
    "Croatian": "Poštovani gospodine Horvat,\n\nzahvaljujem Vam na jučerašnjem razgovoru za"
    " posao. Pozicija me jako zanima i vjerujem da bi moje iskustvo bilo korisno Vašem timu."
    " Veselim se Vašem odgovoru.\n\nS poštovanjem,\nIvana Kovač",
    "Catalan": "Benvolguda Sra. Puig,\n\nMoltes gràcies pel temps que em vau dedicar ahir."
    " Estic molt interessat en la feina i m'agradaria molt formar part del vostre equip. Quedo"
    " a l'espera de les vostres notícies.\n\nSalutacions cordials,\nJordi",
    "Lithuanian": "Gerbiama ponia Kazlauskiene,\n\nlabai ačiū už vakarykštį pokalbį ir skirtą"
    " laiką. Ši pozicija mane labai domina ir norėčiau prisijungti prie jūsų komandos. Laukiu"
    " jūsų atsakymo.\n\nPagarbiai,\nTomas",
    "Slovak": "Vážená pani Horváthová,\n\nďakujem Vám za včerajší pohovor a za Váš čas. Pozícia"
    " ma veľmi zaujala a rád by som sa pridal k Vášmu tímu. Teším sa na Vašu odpoveď.\n\n"
    "S pozdravom,\nPeter",
    "Estonian": "Tere, Kadri!\n\nSuur tänu eilse vestluse eest. Ametikoht tundub väga huvitav ja"
    " ma tahaksin väga teie meeskonnaga liituda. Ootan teie vastust.\n\nParimate soovidega\nMart",
    "Welsh": "Annwyl Mrs Jones,\n\nDiolch yn fawr am eich amser ddoe yn y cyfweliad. Mae gen i"
    " ddiddordeb mawr yn y swydd ac rwy'n edrych ymlaen at glywed gennych chi.\n\nYn gywir,\nRhys",
}
# short notes: a card's line
SHORT = {
    "French": "Merci beaucoup pour votre temps!",
    "Spanish": "¡Muchas gracias por la entrevista!",
    "German": "Vielen Dank für das nette Gespräch.",
    "Polish": "Dziękuję bardzo za rozmowę!",
    "Indonesian": "Terima kasih banyak atas waktunya.",
    "Swedish": "Tack för ett trevligt samtal!",
    "Dutch": "Hartelijk dank voor het gesprek.",
    "Portuguese": "Muito obrigada pela conversa de hoje!",
    "Italian": "Grazie mille per il colloquio di oggi.",
    "Turkish": "Görüşme için çok teşekkürler!",
}


@pytest.mark.parametrize(("language", "text"), [*NOT_ENGLISH.items(), *SHORT.items()])
def test_a_note_in_another_language_gets_one_line_naming_it(rules, model, language, text) -> None:
    assert cannot_judge(text, rules.language) == (
        f"followup checks English notes; this one looks {language}"
    )
    result = checked(rules, model, text, Facts(company="Harbor Analytics"), "email")
    assert result.cannot_check.endswith(f"looks {language}")
    assert not result.issues  # no list of missing elements, no spurious `unprofessional`


ENGLISH_WITH_FOREIGN_WORDS = [
    "Kia ora Mere,\n\nThank you for the korero on Tuesday about the Whanganui depot. I am still"
    " very keen on the role.\n\nNga mihi,\nAroha",
    "Namaste Mr. Iyer,\n\nThank you for taking the time to meet me yesterday. I enjoyed hearing"
    " about the Pune warehouse move.\n\nWarm regards,\nPriya",
    "Danke, Klaus! Great chat today.",
    "Hola Marisol, thanks so much for the tour of the Sevilla office this morning!",
    "Dear Ms. Dubois,\n\nMerci again for the interview. Your point that a bon vivant makes the"
    " best concierge made me laugh, and the tour of the Rue de Rivoli hotel was a treat.\n\n"
    "Best,\nSam",
    'Dear Dr. Nakamura,\n\nArigato for our conversation on Friday. As the saying goes, "ichi-go'
    ' ichi-e": I will remember the visit to the Osaka lab.\n\nSincerely,\nDana',
    "Salamat po, Ate Joy! I loved meeting the Cebu team.",
    "Dear Mr. Van der Merwe,\n\nThank you for showing me round the Stellenbosch cellar. The"
    ' phrase you used, "die wyn is die werk", stuck with me.\n\nKind regards,\nLiam',
    "Dear Ingrid,\n\nTack for the fika and the walk through Södermalm. I am excited about the"
    " Göteborg project.\n\nCheers,\nTom",
    "Asante sana, Wanjiru! Thanks for showing me the Nairobi studio.",
    "Dear Mr. Kowalski,\n\nThank you for meeting me at the Gdańsk yard; the tour of the Wyspa"
    " Spichrzów site was fascinating.\n\nBest regards,\nEmma",
    "Terima kasih, Pak Budi, for the time today.",
    "Shalom Avi, and thank you for the interview.",
    "Dear Ms. Nguyễn,\n\nThank you for meeting me at the Hồ Chí Minh City office. I look forward"
    " to hearing from you.\n\nRegards,\nKevin",
]


@pytest.mark.parametrize("text", ENGLISH_WITH_FOREIGN_WORDS)
def test_an_english_note_with_foreign_words_is_checked(rules, text) -> None:
    assert cannot_judge(text, rules.language) == ""


# the notes of the labelled sets that are not English (or are empty): every other is English
_NOT_ENGLISH_FILES = {
    "check_dev/023-empty.txt",
    "check_dev/024-french.txt",
    "check_dev4/254-foreign-spanish.txt",
    "check_dev4/255-empty.txt",
    "check_dev4/257-foreign-portuguese-english-subject.txt",
    "check_heldout_v2/v2-83.txt",
    "check_heldout_v2/v2-84.txt",
    "check_heldout_v4/v4-37.txt",
    "check_heldout_v4/v4-54.txt",
}


def _labelled_notes() -> list[Path]:
    notes = []
    for folder in sorted(TESTS.glob("check_*")):
        if any(v in folder.name for v in ("v17", "v18", "v19", "v20")):  # held out: never read here
            continue
        notes += sorted(folder.rglob("*.txt"))
    return notes


def test_every_english_note_of_the_labelled_sets_is_judged(rules) -> None:
    notes = _labelled_notes()
    assert len(notes) > 1500
    wrong = []
    for path in notes:
        name = path.relative_to(TESTS).as_posix()
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        said = cannot_judge(text, rules.language)
        if (said != "") != (name in _NOT_ENGLISH_FILES):
            wrong.append((name, said))
    assert not wrong


def test_without_the_detector_the_word_lists_name_the_language_or_say_it_is_not_english(
    rules, monkeypatch
) -> None:
    from followup.core.check import language

    monkeypatch.setattr(language, "_detected", lambda text: "")
    assert cannot_judge(NOT_ENGLISH["Finnish"], rules.language).endswith(
        "this one does not look English"
    )
    assert cannot_judge(SHORT["Spanish"], rules.language).endswith("looks Spanish")
    for text in ENGLISH_WITH_FOREIGN_WORDS:
        assert cannot_judge(text, rules.language) == ""


# -- another application's name in lower case

OTHER = Facts(
    company="Summit Logistics",
    role="Data Analyst",
    people=("Priya Shah",),
    topics=("carrier scorecard",),
    other_names=(
        ("Blue Sky", "the company of your round 4"),
        ("Globex", "the company of your round 5"),
        ("Crestview Health", "the company of your round 6"),
    ),
)
BODY = (
    "Dear Priya,\n\nThank you for walking me through the carrier scorecard on Tuesday. {} I have"
    " six years of experience with SQL. I remain very interested in the Data Analyst position"
    " and would be excited to join the team. Please let me know about next steps.\n\n"
    "Best regards,\nDaniel\n"
)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Unlike crestview health, your team shares its numbers weekly.", ["crestview health"]),
        ("I have seen how globex runs its depots.", ["globex"]),
        ("Your blue sky thinking on the scorecard was refreshing.", []),  # everyday words only
        ("I admire how Blue Sky runs its depots.", ["Blue Sky"]),
    ],
)
def test_a_whole_name_of_another_application_in_lower_case(rules, model, sentence, names) -> None:
    text = BODY.format(sentence)
    result = checked(rules, model, text, OTHER)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == names


# -- the candidate's own employer, in any frame

OWN = dict(company="Summit Logistics", people=("Priya Shah",), topics=("carrier scorecard",))


@pytest.mark.parametrize(
    "facts",
    [
        Facts(**OWN, qualifications=("Five years of SQL reporting at Initech",)),
        Facts(**OWN, own_employers=("Initech",)),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "I think I would be a great fit for Initech.",
        "Everyone I met at Initech would say I thrive on messy data.",
        "Initech's mission of plain reporting shaped how I work.",
        "The team at Initech trusted me with its month-end close.",
        "My role at Initech was much like this one.",
    ],
)
def test_an_own_employer_is_allowed_in_any_frame(rules, model, facts, sentence) -> None:
    result = checked(rules, model, BODY.format(sentence), facts)
    assert not [f for f in result.issues if f.code == "name_mismatch"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I think I would be a great fit for Initech.",
        "Everyone I met at Initech would say I thrive on messy data.",
    ],
)
def test_a_company_that_is_not_the_candidates_own_is_still_wrong_there(
    rules, model, sentence
) -> None:
    facts = Facts(**OWN, qualifications=("Five years of SQL reporting at Globex",))
    result = checked(rules, model, BODY.format(sentence), facts)
    assert [f.excerpt for f in result.issues if f.code == "name_mismatch"] == ["Initech"]


# -- a detail of the record's notes is a specific

GENERIC = (
    "Dear Ms. Ortiz,\n\nThank you for your time on Thursday. {} I have eight years of experience"
    " as a charge nurse. I remain very interested in the Nurse Manager position and would be"
    " excited to join the team. Please let me know about next steps.\n\nBest regards,\nLena\n"
)
CRESTVIEW = dict(company="Crestview Health", role="Nurse Manager", people=("Elena Ortiz",))


@pytest.mark.parametrize(
    ("details", "sentence"),
    [
        (
            "They are merging with Valley Pines Medical next spring.",
            "The merger with Valley Pines Medical sounds like an exciting change.",
        ),
        (
            "Elena said the ICU moves onto Epic Rover in June; night staffing is tight.",
            "I would be glad to help the ward settle into Epic Rover.",
        ),
        (
            "Tour of the new Harmon Wing; the Magnet designation review is in the autumn.",
            "Seeing the Harmon Wing made the role feel real.",
        ),
        (
            "She mentioned the Tideline Fellowship for new charge nurses.",
            "I would love to mentor nurses through the tideline fellowship.",
        ),
    ],
)
def test_a_name_from_the_records_notes_is_a_specific(rules, model, details, sentence) -> None:
    without = checked(rules, model, GENERIC.format(sentence), Facts(**CRESTVIEW))
    assert not without.elements["specifics"]
    facts = Facts(**CRESTVIEW, details=(details,))
    assert checked(rules, model, GENERIC.format(sentence), facts).elements["specifics"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the team at Crestview Health.",  # the company's own name
        "It was lovely to meet you, Elena.",  # the one greeted
        "The new wing looks great.",  # no name of the notes
    ],
)
def test_what_is_no_detail_of_the_notes_is_still_no_specific(rules, model, sentence) -> None:
    facts = Facts(**CRESTVIEW, details=("Tour of the new Harmon Wing with Elena at Crestview.",))
    assert not checked(rules, model, GENERIC.format(sentence), facts).elements["specifics"]


# -- the salary advice keeps a "(k)" term whole


@pytest.mark.parametrize(
    ("sentence", "excerpt"),
    [
        ("I was glad to hear the 401(k) match starts on day one.", "401(k)"),
        ("Is the 401 (k) match vested at once?", "401 (k)"),
        ("The 401k match sounds generous.", "401k"),
        ("I also wondered about the 401(k).", "401(k)"),
    ],
)
def test_the_salary_advice_excerpt_keeps_the_closing_parenthesis(
    rules, model, sentence, excerpt
) -> None:
    result = checked(rules, model, BODY.format(sentence), OTHER)
    assert [f.excerpt for f in result.advice if f.code == "salary"] == [excerpt]
