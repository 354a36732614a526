"""Draft templates: Jinja2 files shipped in followup/data/templates, overridable by the user.

A file of the same name in `<config folder>/templates/` wins over the built-in one. Every
template (built-in or the user's) is rendered in Jinja2's immutable sandbox with strict
undefined values, a capped `range`, capped `*`/`**` and a limit on the size and time of the
output, so a hostile or broken template fails with one line and runs no code.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.config import Settings
from followup.core import compose
from followup.core.errors import ConfigError

if TYPE_CHECKING:
    from jinja2 import Environment

KIND_TEMPLATES = {
    "email": "email.j2",
    "letter": "letter.j2",
    "card": "card.j2",
    "phone": "phone.j2",
    "video": "video.j2",
    "check-in": "check-in.j2",
}
SHARED_TEMPLATES = ("_sentences.j2", "_signature.j2")

MAX_OUTPUT_CHARS = 200_000
MAX_RENDER_SECONDS = 5.0
MAX_RANGE = 1_000
MAX_SEQUENCE = 100_000

_VARIANT_SPLIT = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)


def builtin_dir() -> Path:
    return Path(str(resources.files("followup") / "data" / "templates"))


def user_dir(settings: Settings) -> Path:
    return settings.config_file.parent / "templates"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    overridden: bool

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "path": str(self.path), "overridden": self.overridden}


def template_list(settings: Settings) -> list[TemplateInfo]:
    """Every template and the file that is used for it (the user's copy when there is one)."""
    mine = user_dir(settings)
    out = []
    for name in (*KIND_TEMPLATES.values(), *SHARED_TEMPLATES):
        own = mine / name
        out.append(
            TemplateInfo(name, own if own.is_file() else builtin_dir() / name, own.is_file())
        )
    return out


def _pick(context: Any, text: str, slot: str) -> str:
    """Filter: one of the '---'-separated variants, chosen for this note (see compose.choose)."""
    variants = [v.strip() for v in _VARIANT_SPLIT.split(str(text)) if v.strip()]
    if not variants:
        return ""
    facts = context.get("f")
    index = facts.variant(str(slot), len(variants)) if isinstance(facts, compose.NoteFacts) else 0
    # Spaces around the choice keep it apart from the next piece; tidy() removes the extra.
    return f" {variants[index]} "


def _capfirst(text: Any) -> str:
    s = str(text)
    return s[:1].upper() + s[1:]


def _lowerfirst(text: Any) -> str:
    s = str(text)
    return s[:1].lower() + s[1:] if s[1:2].islower() or len(s) == 1 else s


def _paragraph(text: Any) -> str:
    """Filter: everything inside as one paragraph (line breaks and runs of blanks -> one space)."""
    return " ".join(str(text).split()) + "\n"


def _join_names(names: Any) -> str:
    return compose.join_names([str(n) for n in names])


def _range(*args: int) -> range:
    from jinja2.exceptions import SecurityError

    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items in a template")
    return rng


_ENVIRONMENTS: dict[str, Environment] = {}


def environment(settings: Settings) -> Environment:
    """The sandboxed environment: the user's templates first, then the built-in ones.

    One per template folder, kept for the life of the process: compiled templates are reused
    and recompiled when a file changes.
    """
    key = str(user_dir(settings))
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = _ENVIRONMENTS[key] = _new_environment(settings)
    return env


def _new_environment(settings: Settings) -> Environment:
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, pass_context
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**"])

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "**":
                if isinstance(right, int | float) and abs(right) > 64:
                    raise SecurityError("'**' with a large exponent is not allowed in a template")
                return left**right
            sized = [x for x in (left, right) if isinstance(x, str | list | tuple)]
            factor = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
            if sized and factor and len(sized[0]) * factor[0] > MAX_SEQUENCE:
                raise SecurityError("a repeated text or list in a template is too long")
            return left * right

    env = Sandbox(
        loader=ChoiceLoader(
            [FileSystemLoader(str(user_dir(settings))), FileSystemLoader(str(builtin_dir()))]
        ),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters["pick"] = pass_context(_pick)
    env.filters["capfirst"] = _capfirst
    env.filters["lowerfirst"] = _lowerfirst
    env.filters["join_names"] = _join_names
    env.filters["paragraph"] = _paragraph
    env.globals["range"] = _range
    return env


def _where(name: str, settings: Settings) -> str:
    own = user_dir(settings) / name
    return str(own) if own.is_file() else f"built-in {name}"


def render(env: Environment, settings: Settings, name: str, values: dict[str, Any]) -> str:
    """Render one template; any failure of the template becomes one ConfigError line."""
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    try:
        template = env.get_template(name)
        chunks: list[str] = []
        size = 0
        started = time.monotonic()
        for chunk in template.generate(values):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise ConfigError(
                    f"template {_where(name, settings)}: output is larger than "
                    f"{MAX_OUTPUT_CHARS} characters; stopped"
                )
            if time.monotonic() - started > MAX_RENDER_SECONDS:
                raise ConfigError(
                    f"template {_where(name, settings)}: rendering takes longer than "
                    f"{MAX_RENDER_SECONDS:g} s; stopped"
                )
        return "".join(chunks)
    except ConfigError:
        raise
    except TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise ConfigError(f"template {where}, line {exc.lineno}: {exc.message}") from None
    except TemplateNotFound as exc:
        raise ConfigError(
            f"template {exc.name!r} not found (needed by {_where(name, settings)})"
        ) from None
    except SecurityError as exc:
        raise ConfigError(
            f"template {_where(name, settings)} tried something a template may not do "
            f"({exc}); nothing was run"
        ) from None
    except UndefinedError as exc:
        raise ConfigError(f"template {_where(name, settings)}: {exc}") from None
    except RecursionError:
        raise ConfigError(f"template {_where(name, settings)} recurses too deeply") from None
    except Exception as exc:  # a template is user code: any failure is the template's
        raise ConfigError(
            f"template {_where(name, settings)} failed: {type(exc).__name__}: {exc}"
        ) from None


def tidy(text: str) -> str:
    """Collapse the blanks left by empty optional pieces: one space, at most one empty line."""
    lines = []
    for line in text.splitlines():
        body = re.sub(r"[ \t]+", " ", line).strip()
        lines.append(re.sub(r" +([.,;:!?])", r"\1", body))
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out + "\n"


def field_docs() -> list[tuple[str, str]]:
    """The fields a template can use (`f.<name>`), for `followup draft --templates`."""
    import dataclasses

    hints = {
        "to_name": "recipient's full name",
        "to_first": "recipient's first name",
        "to_title": "recipient's title (or none)",
        "to_is_coordinator": "true when writing to the person who arranged the interview",
        "interviewers": "names of the interviewers",
        "company": "company",
        "role": "role",
        "meeting": "'our video call', 'our phone conversation' or 'our meeting'",
        "day_name": "weekday of the interview",
        "letter_date": "date line of a letter",
        "topic": "this note's specific from the interview",
        "detail": "a second specific (or none)",
        "item": "the item or product discussed (or none)",
        "qual_clause": "your best-matching qualification as a clause ('I have led ...')",
        "qual_topic": "the topic it matches (or none)",
        "candidate_name": "your name",
        "candidate_phone": "your phone number",
        "mail_by": "the last day to post a card (or none)",
        "fit": "0-3: how much a phone or video script says (followup tries each)",
    }
    return [
        (f.name, hints.get(f.name, ""))
        for f in dataclasses.fields(compose.NoteFacts)
        if f.name not in {"seed", "panel", "warnings", "plural"}
    ]
