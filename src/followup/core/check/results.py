"""What the check takes in and gives out: the record's facts, findings, the result (SPEC §5-6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only named in annotations: a check loads no record models
    from followup.core.models import Interview, Profile

ELEMENTS = ("thanks", "interest", "qualifications", "specifics", "enthusiasm", "next_steps")
ISSUE = "issue"
ADVICE = "advice"


@dataclass(frozen=True)
class Facts:
    """What the interview record says: the names a note must get right, the topics it can cite."""

    company: str = ""
    role: str = ""
    people: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    candidate: str = ""  # the writer's own name, never a mismatch
    details: tuple[str, ...] = ()  # other text of the record (items, notes): its names are allowed
    own_employers: tuple[str, ...] = ()  # the candidate's employers, past and present
    qualifications: tuple[str, ...] = ()  # the candidate's profile qualifications
    # names known to be wrong here, each with whose it is ("the company of your round 1")
    other_names: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Finding:
    """One thing the checker found: its code, where (character offsets, `end` exclusive),
    the words, what is wrong and what to write instead, and its severity."""

    code: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str
    severity: str = ISSUE

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class CheckResult:
    """The checker's answer for one note: verdict (ready or revise), score (0-100), words,
    which elements are there, the issues and advice, a suggestion for each missing element."""

    kind: str
    verdict: str  # ready | revise
    score: int
    words: int
    elements: dict[str, bool]
    issues: tuple[Finding, ...]
    advice: tuple[Finding, ...] = ()
    suggestions: dict[str, str] = field(default_factory=dict)  # for each missing element
    cannot_check: str = ""  # why the note could not be judged (empty, not English), or ""

    @property
    def ready(self) -> bool:
        return self.verdict == "ready"

    @property
    def missing(self) -> list[str]:
        return [name for name, present in self.elements.items() if not present]

    def to_dict(self, file: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if file is None else {"file": file}
        out.update(
            {
                "verdict": self.verdict,
                "score": self.score,
                "words": self.words,
                "elements": dict(self.elements),
                "issues": [f.to_dict() for f in self.issues],
                "kind": self.kind,
                "advice": [f.to_dict() for f in self.advice],
            }
        )
        if self.cannot_check:
            out["cannot_check"] = self.cannot_check
        return out


def facts_for(
    interview: Interview | None,
    profile: Profile | None = None,
    other_names: Sequence[tuple[str, str]] = (),
) -> Facts:
    """The facts a note about this round must get right (names) and can cite (topics, items).

    `profile` gives the candidate's name and qualifications (the employers named there may be
    named in a note); `other_names` are (name, whose) pairs known to be wrong here.
    """
    candidate = profile.name if profile else ""
    qualifications = tuple(profile.qualifications) if profile else ()
    if interview is None:
        return Facts(candidate=candidate, qualifications=qualifications)
    from followup.core.person_names import nicknames

    return Facts(
        company=interview.company or "",
        role=interview.role or "",
        # with the name a team's mailbox is greeted by ('Mereana', core/greetings.signer)
        people=tuple(
            dict.fromkeys(
                [
                    *(p.name for p in interview.people if p.name),
                    *(p.called for p in interview.people if p.called),
                    # the nickname typed in quotes, which greets its owner ("Prakash 'PK' …")
                    *(n for p in interview.people if p.name for n in nicknames(p.name)),
                ]
            )
        ),  # fmt: skip
        topics=tuple([*interview.topics, *interview.items]),
        candidate=candidate,
        details=tuple(t for t in (interview.notes,) if t),
        qualifications=qualifications,
        other_names=tuple(other_names),
    )
