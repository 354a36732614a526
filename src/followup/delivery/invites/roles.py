"""The role: "for the … position" in the text, a role after a dash or a comma, a role with
the company's name first or last; and in Chinese, Japanese and Korean subjects and text
("【面接のご案内】", "「…」")."""

from __future__ import annotations

import re

from followup.core.legal_forms import legal_forms, without_legal_form
from followup.delivery.invites.common import MAX_SCAN, _Found, _Vocab
from followup.delivery.invites.company_names import (
    NAME_IN_TEXT,
    company_shaped,
    extends,
    fold_words,
    names_a_person,
    names_a_place,
    without_when,
)
from followup.delivery.invites.subject import (
    _REQUISITION,
    _job_words,
    _strip_noise,
    _strip_prefixes,
)
from followup.delivery.invites.titles import cjk_titled

_LEAD_AGAIN = re.compile(r"(?i)\b(?:for|about)\s+(?:the|our|a|an)\s+")


_BODY_ROLE = re.compile(
    r"(?i)(?:\b(?:for|about|in)\s+(?:the|our|a|an|this)\s+|(?:^|(?<=[.!?]\s))(?-i:The)\s+)"
    r"(?P<role>[A-Za-zÀ-ÿ0-9,/&()' +.–—-]{3,70}?)\s+"
    r"(?:position|role|post|opening|job|vacancy|interview|onsite|on-site|loop)\b"
    r"(?:\s+(?:at|with)\s+(?P<company>" + NAME_IN_TEXT + "))?"
)


# "Your interview loop for Senior Gameplay Programmer (Unreal) is confirmed", "Your virtual
# onsite for Senior Data Scientist at …", "your final-round schedule for Site Surveyor at …":
# the role after the interview's (or its schedule's) "for", up to a verb or a sentence's end
_INTERVIEW_FOR = re.compile(
    r"(?i:\b(?:interview(?:s|\s+loop)?|onsite|on-site|panel|loop|phone\s+screen|screen|round"
    r"|schedule|itinerary|agenda)\s+for"
    r"\s+(?:the\s+|a\s+|an\s+)?)"
    r"(?P<role>[A-ZÀ-Þ][^\n.;:!?]{2,70}?)"
    r"(?=\s+(?:is|are|has|have|will|was|on|at|with|position|role|post|job|opening|vacancy)\b"
    r"|[.;:!?\n])"
)


# Where a role said after its lead word ends: a bracket ("(m/w/d)"), a sentence's punctuation
# (not a gender's colon: "Ingenieur:in", "Referent:innen"), or a word that starts what follows
# it ("… Técnico de Calidad en Bodegas Valdemoro"); "en" before a small letter is the role's
# own ("Analyste en logistique", "Técnico en soldadura")
_ROLE_END = re.compile(
    r"[(\[.,;!?\n|]|:(?!in(?:nen)?\b)|\s[-–—]\s|\s(?i:en)\s+(?=[^\W\d_a-zß-ÿ])|"
    r"\s(?i:at|bei|in|im|presso|chez|bij|na|em|à|with|con|com|"
    r"avec|mit|met|for|per|para|pour|voor|für|und|and|y|et|on|am|we|wir|nous|que|che|dass|the|"
    r"il|el|le|la|der|die|das|het|o|a|ist|is|è|es|é|est|bei|starting|from|ab|dal|desde|no|hos|"
    r"ved|på|"
    # "via Zoom" in the languages invites are written in ("วิศวกรระบบ ผ่าน Zoom", "Chuyên
    # viên qua Google Meet", "Analis melalui Teams", "Projektleiter über Teams", "… por Zoom"),
    # and the day's "on" after it ("pada", "vào")
    r"via|vía|über|por|qua|bằng|melalui|menerusi|secara|ผ่าน|tramite|através|üzerinden|"
    r"pada|vào|ngày)\b"
)


# words that join a role's words and never end one ("Responsable de la maintenance",
# "Specialist of …"); German "im" and "für" before a capitalised noun ("Sachbearbeiter im
# Einkauf", "Referentin für Unternehmenskommunikation")
_JOINING = frozenset(
    {"de", "di", "da", "do", "du", "des", "del", "della", "dello", "dei", "of", "for", "für",
     "en", "à", "al", "alla", "au", "aux", "van", "voor", "ds", "ds.", "w", "z", "na", "im"}
)  # fmt: skip
_NOUN_AFTER = frozenset({"im", "für"})


def _role_head(rest: str) -> str:
    """A role said after its lead word, up to where it ends (`_ROLE_END`): past a word that
    ends it only when what is before it ends in a joining word ("Responsable de la
    maintenance") or the word is German "im"/"für" before a capitalised noun."""
    for end in _ROLE_END.finditer(rest):
        head = rest[: end.start()]
        last = head.split()[-1].lower() if head.split() else ""
        word = end.group(0).strip().lower()
        after = rest[end.end() :].lstrip()
        joined = last in _JOINING and (word == "." or word.isalpha())  # "ds. zakupów"
        noun = word in _NOUN_AFTER and after[:1].isupper() and not _capital_determiner(after)
        if joined or noun:
            continue
        return head
    return rest


def _capital_determiner(text: str) -> bool:
    """`text` starts with a German determiner or possessive written with a capital ("Ihrem",
    "Unserem"): no noun of a role's."""
    return re.match(r"(?:Ihr|Unser|Den|Dem|Der|Die|Das)\w*\b", text) is not None


def _capital(role: str) -> bool:
    """`role` starts with a capital, or with a letter of a script without letter case
    (Hebrew, Arabic, Thai, Devanagari): a name's start, as such scripts write one."""
    first = role[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _led_role(text: str, vocab: _Vocab, known: str | None = None) -> str | None:
    """The role after a lead word in the text ("for the position of Marine Electrician",
    "per la posizione di Progettista Meccanico", "Bewerbung als Disponent (w/m/d)"): its
    words up to a bracket, the sentence's end or the next clause, when one is a job title."""
    for seen, match in enumerate(vocab.role_leads.finditer(text[:MAX_SCAN])):
        if seen >= 50:
            break
        rest = vocab.gender_tag.sub("", text[match.end() : match.end() + 160])
        rest = without_when(rest)  # "… di Tecnico di laboratorio martedì 9 marzo"
        role = _role_head(rest)
        words = role.split()
        role = role.strip(" '\"“”«»")
        if not (1 <= len(words) <= 6) or not (_capital(role) or extends(role, known)):
            continue
        if _job_words(role, vocab) or _POST_WORD.search(match.group(0)):
            # the role's own words in brackets after it ("Kierownik zmiany (magazyn …)")
            return role + _bracket_after(rest[len(_role_head(rest)) :], vocab)
    return None


def without_company_first(role: str, company: str) -> str:
    """A CJK role without the company's name before it ("澜舟物流 高级供应链分析师" at 澜舟物流
    is "高级供应链分析师"); a company that is only the start of a word ("澜舟" of "澜舟物流")
    is left in place."""
    if not role.startswith(company) or role == company:
        return role
    for form in legal_forms().joined:  # "晶邦科技股份有限公司 面試：韌體工程師" at 晶邦科技
        if role.startswith(company + form) and len(role) > len(company + form):
            company += form
            break
    after = role[len(company)]
    if not (after.isspace() or after in _CJK_EDGES):
        return role
    return role[len(company) :].strip(_CJK_EDGES) or role


def _led_in(words: str, text: str, vocab: _Vocab) -> bool:
    """The text says `words` right after a role's lead word ("poste d'", "position of"), in
    any case."""
    low = words.casefold()
    for seen, match in enumerate(vocab.role_leads.finditer(text[:MAX_SCAN])):
        if seen >= 50:
            break
        rest = text[match.end() : match.end() + len(words) + 2].lstrip(" '’").casefold()
        if rest.startswith(low) and not rest[len(low) : len(low) + 1].isalnum():
            return True
    return False


def _bracket_after(rest: str, vocab: _Vocab) -> str:
    """ " (words)" when `rest` starts with a bracket of the role's own words ("(Locum)",
    "(Júnior)"), not of an interview's ("(video call)"); else ""."""
    bracket = re.match(r"[ \t]*[(（]([^()（）\n]{1,60})[)）]", rest)
    if bracket is None:
        return ""
    inside = bracket.group(1).strip()
    if (
        not inside
        or vocab.interview_words.search(inside)
        or _strip_noise(inside, vocab) != inside
        or _REQUISITION.fullmatch(f" ({inside})")  # "(R-118204)"
    ):
        return ""
    return f" ({inside})"


def _body_role(text: str, vocab: _Vocab, known: str | None = None) -> str | None:
    """The role the text says it is about: "for the Registered Physiotherapist (Locum)
    position", "für die Position Konstrukteur Sondermaschinenbau", "na stanowisko …", "Your
    interview loop for Senior Gameplay Programmer (Unreal) is confirmed". A role in lower
    case counts when it starts with the one the subject gave (`known`: "poste de chef
    boulanger / cheffe boulangère (quart de nuit)")."""
    for match in _BODY_ROLE.finditer(text[:MAX_SCAN]):
        role = _strip_noise(_LEAD_AGAIN.split(match.group("role"))[-1], vocab)
        post = match.group(0).rsplit(None, 1)[-1].lower()
        if (
            role
            and (_capital(role) or extends(role, known))
            and (
                vocab.role_words.search(role)
                or post in ("position", "role", "post", "opening", "vacancy")
            )
        ):
            return role
    for match in _INTERVIEW_FOR.finditer(text[:MAX_SCAN]):
        role = _strip_noise(match.group("role"), vocab)
        if role and (_job_words(role, vocab) or extends(role, known)):
            return role
    return _led_role(text, vocab, known)


MAX_TAIL_WORDS = 3  # words a text's role may say past a title's cut-short one


def says_more(said: str, role: str | None, company: str | None, vocab: _Vocab) -> bool:
    """The text's role `said` is the title's `role` and a few capitalised words more, cut
    from the title ("Ingenieur:in Verfahrenstechnik" of an event title, "… als Ingenieur:in
    Verfahrenstechnik Lebensmittelanlagen" in the text): words that name no interview, no
    program, no place ("Data Engineer Manchester") and not the company."""
    if not role or not said.startswith(role + " "):
        return False
    more = said[len(role) :].split()
    own = set(fold_words(company or ""))
    return (
        1 <= len(more) <= MAX_TAIL_WORDS
        and all(_capital(w) and w.replace("-", "").isalpha() for w in more)
        and not names_a_place(" ".join(more))
        and not (own and set(fold_words(" ".join(more))) & own)
        and not vocab.interview_words.search(" ".join(more))
        and not vocab.video_words.search(" ".join(more))
        and _strip_noise(" ".join(more), vocab) == " ".join(more)
    )


_ROLE_HEAD = re.compile(r"\s*,\s*|\s+[-–—]\s+|\s*\(")


_AFTER_HEAD = re.compile(r"[ \t]*(?P<sep>,|[-–—])[ \t]*(?P<rest>[^\n(\[.,;:!?|<>]{1,80})")


def _dashed_role(role: str, titles: list[str], text: str) -> str | None:
    """The role as the text writes it after a dash, when a title says the same words after it
    too: "Processtekniker – cellproduktion" in the text and "Processtekniker, cellproduktion"
    in the subject; "Graduate Civil Engineer – Water Infrastructure program" in the text and
    "… – Graduate Civil Engineer – Water Infrastructure" in the subject. The words both say
    after the role's head are the role's; the text's dash joins them."""
    head = _ROLE_HEAD.split(role, maxsplit=1)[0].strip()
    if len(head) < 3 or not text:
        return None
    after = re.compile(re.escape(head) + _AFTER_HEAD.pattern, re.I)
    said = [m.group("rest").split() for t in titles for m in after.finditer(t[:MAX_SCAN])]
    # a copy of a title in the text (a calendar's description repeats it) says no more
    copies = [
        (at.start(), at.end())
        for t in titles
        if len(t.strip()) > len(head)
        for at in re.finditer(re.escape(t.strip()), text[:MAX_SCAN])
    ]
    for match in after.finditer(text[:MAX_SCAN]):
        if match.group("sep") == "," or any(a <= match.start() < b for a, b in copies):
            continue
        words = match.group("rest").split()
        for other in said:
            size = 0
            while (
                size < min(len(words), len(other), 6) and words[size].lower() == other[size].lower()
            ):
                size += 1
            if size:
                return f"{head} {match.group('sep')} {' '.join(words[:size])}"
    return None


def _role_words_only(
    dashed: str, found: _Found, people: set[tuple[str, ...]], vocab: _Vocab
) -> bool:
    """`dashed` may stand for the role read: it says the same words, or those and more that
    name no person, no part of the company and not the interview ("– Rowan Adeyemi", "–
    Kloofnek", "- Technical Interview")."""
    role = found.role or ""
    if fold_words(dashed) == fold_words(role):
        return True
    head = _ROLE_HEAD.split(role, maxsplit=1)[0].strip()
    if head != role.strip():
        return False  # "Registered Nurse – Emergency Department (Casual)" says more already
    more = dashed[len(head) :].strip(" -–—")
    named = {w for name in people for w in name} | set(fold_words(found.company or ""))
    return not (
        vocab.interview_words.search(more)
        or vocab.video_words.search(more)
        or set(fold_words(more)) & named
    )


# A lead word that names the post itself ("position of", "puesto de", "Stelle als"): the
# capitalised words after it are the role even when no job word is among them ("Enólogo")
_POST_WORD = re.compile(
    r"(?i)position|role|post|vacan|job|posizion|ruolo|puesto|cargo|plaza|vaga|função|poste|posição|"
    r"fonction|functie|vacature|\brol\b|stelle|tjänst|rollen|jobbet|stilling|stanowisk|"
    r"вакан|должност|позици|посад|radno[ \t]+mjesto|pozicij|pozisyon|وظيفة|θέση|"
    r"postul|nafasi|amat|длъжност|תפקיד|pozíci|delovno|ametikoh|jawatan|posisyon|ตำแหน่ง"
)


# before a company named after a role: a separator, or a short word of "at"
_BEFORE_COMPANY = re.compile(r"(?:[ \t]*[,|–—-]|[ \t]+[^\W\d_A-ZÀ-Þ]{1,6})[ \t]*$")


def _without_company(role: str, company: str | None) -> str:
    """A role without the company said after it ("Konstrukteur Vorrichtungsbau bei Müller &
    Söhne Präzisionstechnik GmbH", "Specjalista ds. Kontroli Jakości (laboratorium), Browar
    Stara Kuźnia"), when what is left is a role of its own."""
    if not company:
        return role
    first = company.split()[0].lower()
    start = role.lower().rfind(first)
    if start <= 0:
        return role
    tail = without_legal_form(role[start:].strip(" .,")).strip(" .,")
    head = role[:start]
    before = _BEFORE_COMPANY.search(head)
    if fold_words(tail) != fold_words(company) or before is None:
        return role
    kept = head[: before.start()].strip(" ,|–—-")
    return kept if len(kept) >= 3 else role


MAX_ROLE_WORDS = 6  # words of a role read from a title's other part


def _role_left(
    others: list[str], company: str, people: set[tuple[str, ...]], vocab: _Vocab
) -> str | None:
    """The role an interview's title says beside its company in words no job list knows
    ("Interview - Resource Geologist - Karri Ridge Minerals", "Interview invitation - Print
    Finisher" from Harbourside Print Works): once the company is known, the one other part
    of the title that names no company, person or place."""
    own = set(fold_words(company))
    left = [
        o
        for o in dict.fromkeys(others)
        if not set(fold_words(o)) <= own
        and not set(fold_words(o)) >= own
        and not names_a_person(o, people)
        and not names_a_place(o)
        and not company_shaped(o, vocab)  # "Corrow Haulage Ltd", "Penhallow Brickworks"
        and not vocab.not_company.search(o)
        and len(o.split()) <= MAX_ROLE_WORDS
        and not re.search(r"\d", o)
    ]
    return left[0] if len(left) == 1 else None


# How much each clue to the company weighs, best first; a clue that spells the mail domain
# and one that other clues repeat (or lie inside) weigh more (see `_choose_company`).
# A Korean, Japanese or Chinese subject's first bracket names the sender's company
# ("【みなと精機】二次面接のご案内", "[누리물류] 1차 면접 안내")
# a subject's tag before its words: "【みなと精機】", "〔有明バイオテック〕", "[누리물류]"
_SUBJECT_TAG = re.compile(
    r"^\s*(?:【(?P<tag>[^】\n]{2,30})】|〔(?P<shell>[^〕\n]{2,30})〕|\[(?P<bracket>[^\]\n]{2,30})\])"
)


# … and a tag of the same shapes the subject ends with
_SUBJECT_TAG_LAST = re.compile(r"\s*(?:【[^】\n]{2,30}】|〔[^〕\n]{2,30}〕)\s*$")


# the parts of a Japanese, Korean or Chinese subject: between dashes or bars with spaces
# around them, or with none beside a letter of those scripts ("面试邀请-高级会计师-星河科技")
_CJK_SEGMENTS = re.compile(
    r"\s+[-–—|/]\s+|[|｜／]|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[-–—]"
    r"|[-–—](?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


def subject_tag(subject: str) -> str:
    """The words of the tag a subject starts with (`_SUBJECT_TAG`), "" when none."""
    tag = _SUBJECT_TAG.match(subject)
    return next((g for g in tag.group("tag", "shell", "bracket") if g), "") if tag else ""


_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


# "This email was sent on behalf of Harlow & Reed Architects", "im Auftrag von …", "au nom
# de …", "en nombre de …", "per conto di …", "namens …", "w imieniu …"
_ON_BEHALF = re.compile(
    r"(?i:\b(?:on\s+behalf\s+of|im\s+auftrag\s+von|au\s+nom\s+de|en\s+nombre\s+de|"
    r"per\s+conto\s+di|namens|w\s+imieniu|em\s+nome\s+de|på\s+vegne\s+av|på\s+uppdrag\s+av)\s+)"
    r"(?P<company>" + NAME_IN_TEXT + ")"
)


_CJK_QUOTED = re.compile(r"[「『]([^「」『』\n]{2,40})[」』]")


_CJK_BRACKET = re.compile(r"[(（]([^()（）\n]{1,40})[)）]")


_CJK_EDGES = " \t\u3000の・、。,:：-–—|/"


_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _about_the_interview(inside: str, vocab: _Vocab) -> bool:
    """A bracket in a Japanese, Korean or Chinese subject that says which interview it is or
    whom it is for ("（第一轮：业务面试）", "（Rowan Adeyemi様）"), not the role."""
    return any(w in inside for w in vocab.cjk_interview_words + vocab.cjk_honorifics)


def _without_addressee(segment: str, vocab: _Vocab) -> str:
    """A subject's segment without the candidate's name and honorific at its end
    ("データエンジニア職 山田 花子 様" -> "データエンジニア職", "営業企画職 Alex Kim 様"): one or
    two words before the honorific, none of them a title's or in brackets, one word for a
    Korean name."""
    words = segment.split()
    honorific = next((h for h in vocab.cjk_honorifics if words and words[-1].endswith(h)), None)
    if honorific is None:
        return segment
    last = words[-1][: -len(honorific)]
    rest = words[:-1] + ([last] if last else [])
    take = 0
    while take < 2 and len(rest) - take > 1:
        word = rest[-1 - take]
        if cjk_titled(word) or re.search(r"[()（）]", word):
            break
        take += 1
        if _HANGUL.search(word):  # "홍길동 님": a Korean name is one word
            break
    return " ".join(rest[: len(rest) - take]) if take else segment


def _cjk_leftover(segment: str, vocab: _Vocab) -> str:
    segment = _without_addressee(segment, vocab)
    segment = _CJK_BRACKET.sub(
        lambda m: " " if _about_the_interview(m.group(1), vocab) else m.group(0), segment
    )
    for word in vocab.cjk_interview_words:
        segment = segment.replace(word, " ")
    # a bracket left empty ("【 】品質保証エンジニア" once "面接" is out), of any shape
    segment = re.sub(r"[(（【〔「『［\[]\s*[)）】〕」』］\]]", " ", segment)
    return " ".join(segment.split()).strip(_CJK_EDGES)


def _unless_a_company(bracket: re.Match[str]) -> str:
    """A bracket as it is, or a space for one that holds a company's name with its legal form
    ("（株式会社ミナトデザイン）")."""
    inside = bracket.group(1).strip()
    return " " if without_legal_form(inside) != inside else bracket.group(0)


def _cjk_subject_role(subject: str, vocab: _Vocab) -> str | None:
    """The role a Japanese, Korean or Chinese subject names after the company's tag: a quoted
    「role」, the words left when the invitation's are taken out ("QC 분석 연구원 (경력직)"), or
    what a bracket holds when nothing else is left ("一次面接のご案内（生産技術エンジニア）")."""
    if not _CJK_TEXT.search(subject):
        return None
    subject = _strip_prefixes(subject, vocab)  # "新しいイベント:", "Re:" (a tool's, a reply's)
    # every tag before the subject's words: the company's, a change's ("【日程変更】【…】")
    text = subject
    for _ in range(3):
        tag = _SUBJECT_TAG.match(text)
        if tag is None:
            break
        text = text[tag.end() :]
    # the sender's tag at the subject's end ("面接日程のご案内【株式会社サクラ精機】"), as
    # Japanese mails put the company's name there as often as first
    text = _SUBJECT_TAG_LAST.sub("", text)
    quoted = _CJK_QUOTED.search(text)
    if quoted and _cjk_leftover(quoted.group(1), vocab):
        return quoted.group(1).strip()
    segments = _CJK_SEGMENTS.split(text)
    # "星河科技-高级会计师岗位": the part a title's or a post's word ends is the role, before
    # the company's name the subject writes first
    segments.sort(key=lambda part: not _ends_a_role(part, vocab))
    for segment in segments:
        # "Interview Invitation 面試邀請": an interview's words in English are none of the role;
        # "株式会社サクラ精機 生産技術エンジニア": nor is a word with a company's legal form
        words = _strip_noise(segment, vocab).split()
        if len(words) > 1:
            words = [w for w in words if without_legal_form(w) == w] or words
        left = _cjk_leftover(" ".join(words), vocab)
        outside = _cjk_leftover(_CJK_BRACKET.sub(" ", left), vocab)
        if outside:
            # the company's name in brackets after the role ("UXリサーチャー職
            # （株式会社…）"): no part of it
            left = _CJK_BRACKET.sub(_unless_a_company, left)
            left = " ".join(left.split()).strip(_CJK_EDGES)
            return left if len(left) <= 40 else None
        for inside in _CJK_BRACKET.findall(left):
            if _cjk_leftover(inside, vocab) == inside.strip():
                return inside.strip()
    return None


def _ends_a_role(part: str, vocab: _Vocab) -> bool:
    """A subject's part ends in a title's word ("高级会计师", "데이터 엔지니어") or a word for
    a post ("…岗位", "…職")."""
    words = part.strip(_CJK_EDGES).split()
    last = words[-1] if words else ""
    return cjk_titled(last) or any(
        last.endswith(w) and len(last) > len(w) for w in vocab.cjk_post_words
    )


def _cjk_body_role(text: str, vocab: _Vocab) -> str | None:
    """The role a Japanese or Korean text says the candidate applied for, before one of the
    cue words ("…の生産技術エンジニア（中途採用）にご応募", "물류 운영 매니저 (경력) 직무에 지원"):
    its words back to the sentence's start (Korean) or to the particle before them (Japanese),
    with a bracket of its own."""
    for cue in vocab.cjk_role_cues:
        at = text.find(cue, 0, MAX_SCAN)
        if at <= 0:
            continue
        before = text[:at].rsplit("\n", 1)[-1].rstrip(" \u3000")
        bracket = ""
        own = re.search(r"[(（][^()（）\n]{1,20}[)）]$", before)
        quoted = re.search(r"[「『]([^「」『』\n]{2,40})[」』]$", before)
        if quoted:
            return quoted.group(1).strip()
        if own:
            bracket, before = own.group(0), before[: own.start()].rstrip(" \u3000")
        if _HANGUL.search(before):
            role = re.split(r"[.!?,]\s+|니다\.?\s*", before)[-1].strip()
            words = role.split()
            while words and words[0].endswith(("신", "는", "한", "은")):  # "지원해 주신 …"
                words.pop(0)
            role = " ".join(words)
            if not 1 <= len(words) <= 6:
                continue
        else:
            role = re.split(r"[\s\u3000、。,はをのが「」]", before)[-1]
        role = role.strip(_CJK_EDGES)
        for word in vocab.cjk_post_words:
            if role.endswith(word) and len(role) - len(word) >= 2:
                role = role[: -len(word)].rstrip()
        if len(role) >= 2 and _CJK_TEXT.search(role) and _cjk_leftover(role, vocab) == role:
            return role + (" " if bracket and " " in role else "") + bracket
    return None


def _cjk_role(subject: str, body: str, vocab: _Vocab) -> str | None:
    """The role of a Japanese, Korean or Chinese invite: the subject's, with the bracket of
    its own words the text adds ("生産技術エンジニア" -> "生産技術エンジニア（中途採用）"), else the
    text's (`_cjk_body_role`); a word for "position" after it left out ("物流企画職")."""
    role = _cjk_subject_role(subject, vocab)
    if role:
        for word in vocab.cjk_post_words:
            if role.endswith(word) and len(role) - len(word) >= 2:
                role = role[: -len(word)].rstrip()
    if role is None:
        return _cjk_body_role(body, vocab) if _CJK_TEXT.search(body[:2000]) else None
    at = body.find(role, 0, MAX_SCAN)
    if at >= 0:
        more = re.match(r"[ \t]?([(（][^()（）\n]{1,20}[)）])", body[at + len(role) :])
        inner = more.group(1)[1:-1].strip() if more else ""
        if more and _cjk_leftover(inner, vocab) == inner:
            return role + more.group(0)
    return role


_LAST_BRACKET = re.compile(r"^(?P<role>.+?)\s*\((?P<inside>[^()]{2,80})\)$")


def without_terms(role: str, vocab: _Vocab) -> str:
    """A role without a bracket of the job's terms and its workplace after it ("Certified
    Medical Assistant (full time, East Tucson office)" -> "Certified Medical Assistant"); a
    bracket of terms alone ("(temps plein)") is the role's own."""
    match = _LAST_BRACKET.match(role)
    if match is None:
        return role
    workplace = False
    for part in re.split(r"\s*[,;/·]\s*", match.group("inside").strip()):
        words = part.lower().split()
        if not words:
            continue
        if words[0] in vocab.workplace_words or words[-1] in vocab.workplace_words:
            workplace = True
        elif " ".join(words) not in vocab.employment_terms:
            return role
    return match.group("role").strip() if workplace else role


# a bracket's opening and closing marks, ASCII and full-width ("(…)", "（…）", "【…】", "「…」")
_BRACKET_PAIRS = {
    "(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "【": "】", "「": "」", "『": "』",
    "〔": "〕", "〈": "〉", "《": "》", "〖": "〗", "｛": "｝",
}  # fmt: skip


def _encloses_all(value: str) -> bool:
    """`value`'s first mark opens a bracket that its last mark closes, none closed before."""
    closing = _BRACKET_PAIRS.get(value[:1])
    if closing is None or len(value) < 3 or value[-1] != closing:
        return False
    depth = 0
    for at, mark in enumerate(value):
        if mark == value[0]:
            depth += 1
        elif mark == closing:
            depth -= 1
            if depth == 0:
                return at == len(value) - 1
    return False


def without_enclosing_brackets(value: str) -> str:
    """A value without the brackets that enclose all of it, however many pairs, ASCII or
    full-width ("（生産技術エンジニア（協働ロボット））" -> "生産技術エンジニア（協働ロボット）",
    "[Werkstudent Logistik]" -> "Werkstudent Logistik"); brackets inside it, and those that
    enclose only a part ("(Senior) Buyer (Textiles)"), stay."""
    value = value.strip()
    while _encloses_all(value) and value[1:-1].strip():
        value = value[1:-1].strip()
    return value
