"""Draft templates: Jinja2 files shipped in followup/data/templates, overridable by the user.

A file of the same name in `<config folder>/templates/` wins over the built-in one. Every
template (built-in or the user's) is rendered in Jinja2's immutable sandbox with strict
undefined values, a capped `range`, and caps on every filter, method and operator that can
multiply a text, a list or a number (`center`, `indent`, `format`, `replace`, `join`,
`batch`, `slice`, `wordwrap`, `lipsum`; `str.center/ljust/rjust/zfill/expandtabs/replace/
join/format`, printf and format-spec widths; `*`, `+`, `%`, `**`): nothing one step builds
may pass MAX_SEQUENCE items or MAX_INT_BITS bits. While any template of the user's is in
use, every render runs in a child process (delivery.child) with a real wall-clock, CPU and
memory limit (settings `templates.max_seconds` and `templates.max_memory_mb`), so loops,
block captures and `~` chains that the caps cannot see are stopped too. A hostile or broken
template fails with one line and runs no code.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.config import Settings
from followup.core import compose
from followup.core.errors import ConfigError
from followup.core.package_data import DATA_DIR
from followup.store.cache_files import code_seen

if TYPE_CHECKING:
    from jinja2 import BytecodeCache, Environment

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
MAX_RANGE = 1_000
MAX_SEQUENCE = 100_000  # characters or items one filter, method or operator may build
MAX_INT_BITS = 4_096  # a whole number a template computes (about 1,200 digits)
MAX_TEMPLATE_BYTES = 200_000  # a template file larger than this is refused before parsing

_VARIANT_SPLIT = re.compile(r"^[ \t]*---[ \t]*$", re.MULTILINE)


def builtin_dir() -> Path:
    return DATA_DIR / "templates"


def user_dir(settings: Settings) -> Path:
    return settings.config_file.parent / "templates"


@dataclass(frozen=True)
class TemplateInfo:
    """A template's name, the file used for it, and whether that is the user's copy."""

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


def _too_big(what: str) -> Exception:
    from jinja2.exceptions import SecurityError

    return SecurityError(f"{what} would be larger than {MAX_SEQUENCE} characters or items")


def _range(*args: int) -> range:
    from jinja2.exceptions import SecurityError

    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items in a template")
    return rng


def _width(value: Any, what: str) -> None:
    """Refuse a width, count or fill size past MAX_SEQUENCE."""
    size = len(value) if isinstance(value, str) else value
    if isinstance(size, int) and not isinstance(size, bool) and size > MAX_SEQUENCE:
        raise _too_big(what)


_PRINTF_SIZES = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_SPEC_SIZES = re.compile(r"\d+")


def _check_printf(text: Any) -> None:
    """Refuse a printf-style format ('%0999999d') whose widths or precisions are too big."""
    if not isinstance(text, str):
        return
    for match in _PRINTF_SIZES.finditer(text):
        for size in match.groups():
            if size == "*" or (size and int(size) > MAX_SEQUENCE):
                raise _too_big("a %-format width")


def _check_format(text: str) -> None:
    """Refuse a str.format field whose spec has a big width or precision, or a nested one."""
    import string

    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return  # str.format itself will refuse it
    for _literal, _name, spec, _conversion in fields:
        if spec and ("{" in spec or any(int(n) > MAX_SEQUENCE for n in _SPEC_SIZES.findall(spec))):
            raise _too_big("a format width")


def _check_bits(bits: int, what: str) -> None:
    """Refuse a whole number of more than MAX_INT_BITS bits, before it is computed."""
    if bits > MAX_INT_BITS:
        from jinja2.exceptions import SecurityError

        raise SecurityError(f"{what} would be a number of more than {MAX_INT_BITS} bits")


def _sized_call(name: str, text: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a str method call ('x'.center(10**9)) that would build too much."""
    given = list(args) + list(kwargs.values())
    if name in ("center", "ljust", "rjust", "zfill") and given:
        _width(given[0], f"str.{name}()")
    elif name == "expandtabs" and given and isinstance(given[0], int):
        if text.count("\t") * given[0] + len(text) > MAX_SEQUENCE:
            raise _too_big("str.expandtabs()")
    elif name == "replace" and len(given) >= 2:
        _check_replace(text, given[0], given[1], given[2] if len(given) > 2 else None)
    elif name == "join" and given:
        _check_join(given[0], text)


def _check_replace(text: Any, old: Any, new: Any, count: Any = None) -> None:
    if not all(isinstance(x, str) for x in (text, old, new)):
        return
    times = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    if len(text) + times * (len(new) - len(old)) > MAX_SEQUENCE:
        raise _too_big("replace()")


def _check_join(items: Any, sep: Any) -> None:
    if not isinstance(items, list | tuple):
        return
    if len(items) > MAX_SEQUENCE:
        raise _too_big("join()")
    size = sum(len(x) if isinstance(x, str) else len(str(x)) for x in items)
    if size + len(str(sep)) * max(0, len(items) - 1) > MAX_SEQUENCE:
        raise _too_big("join()")


def _capped_filters() -> dict[str, Any]:
    """Jinja's filters that can multiply a size, each checking its arguments first."""
    from jinja2 import filters, pass_environment, pass_eval_context
    from jinja2.utils import generate_lorem_ipsum

    def center(value: Any, width: int = 80) -> str:
        _width(width, "center()")
        return filters.do_center(value, width)

    def indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
        step = len(width) if isinstance(width, str) else width
        _width(width, "indent()")
        if isinstance(step, int) and len(str(s)) + (str(s).count("\n") + 1) * step > MAX_SEQUENCE:
            raise _too_big("indent()")
        return filters.do_indent(s, width, first, blank)

    def format_(value: Any, *args: Any, **kwargs: Any) -> str:
        _check_printf(value)
        return filters.do_format(value, *args, **kwargs)

    @pass_eval_context
    def replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: int | None = None) -> str:
        _check_replace(str(s), str(old), str(new), count)
        return filters.do_replace(eval_ctx, s, old, new, count)

    @pass_eval_context
    def join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
        items = list(value) if not isinstance(value, list | tuple) else value
        _check_join(items, d)
        return filters.do_join(eval_ctx, items, d, attribute)

    def batch(value: Any, linecount: int, fill_with: Any = None) -> Any:
        _width(linecount, "batch()")
        return filters.do_batch(value, linecount, fill_with)

    @pass_eval_context
    def slice_(eval_ctx: Any, value: Any, slices: int, fill_with: Any = None) -> Any:
        _width(slices, "slice()")
        return filters.do_slice(eval_ctx, value, slices, fill_with)

    @pass_environment
    def wordwrap(environment: Any, s: str, width: int = 79, *args: Any, **kwargs: Any) -> str:
        wrap = kwargs.get("wrapstring", args[1] if len(args) > 1 else None)
        if wrap and len(str(wrap)) * (len(str(s)) // max(1, width) + 1) > MAX_SEQUENCE:
            raise _too_big("wordwrap()")
        return filters.do_wordwrap(environment, s, width, *args, **kwargs)

    def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002
        _width(n * max if isinstance(n, int) and isinstance(max, int) else 0, "lipsum()")
        return str(generate_lorem_ipsum(n, html, min, max))

    return {
        "center": center,
        "indent": indent,
        "format": format_,
        "replace": replace,
        "join": join,
        "batch": batch,
        "slice": slice_,
        "wordwrap": wordwrap,
        "lipsum": lipsum,
    }


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


def _import_jinja() -> None:
    """Import Jinja2 without loading OpenSSL nor running pickle.py or random.py. Jinja's bytecode
    cache and loaders take `sha1` from hashlib as they load, and hashlib loads OpenSSL's
    libcrypto (a few milliseconds on every start of `draft`); its bytecode cache also pickles
    two numbers for its files' magic as it loads, and the `pickle` module runs its pure-Python
    pickler (about a millisecond) only to hand on `dumps`, which is `_pickle`'s. While Jinja2
    loads, hashlib is a stand-in whose `sha1` imports the real hashlib when first called (the
    bytecode cache here, `_bytecode_cache`, names its files and checks template sources with
    zlib's checksums instead, so a draft never calls it), and pickle one whose `dump`, `dumps`,
    `load` and `loads` are `_pickle`'s (what `pickle` gives). Jinja's utilities and filters take
    `choice` and `randrange` from `random` for the `random` filter and `lipsum`, which the
    built-in templates never use, and `random` seeds its generator from the system as it loads
    (with `bisect` and sha512, over half a millisecond): its stand-in's `choice` and `randrange`
    import the real module when first called. Anything else asked of a stand-in (a Python whose
    `random` takes sha512 from hashlib) is the real module's. Jinja's environment takes its
    code generator and parser from `jinja2.compiler` and `jinja2.parser` (with the node
    tracking and optimizer, about a fiftieth of a first draft's start-up), which only a
    template not yet compiled needs: their stand-ins import them when first called (the
    environment's `code_generator_class` is then a callable that makes the real one). Only
    Jinja2's own modules are lent the stand-ins: any other module's `import hashlib`,
    `import pickle`, `import random` or import of the compiler's and parser's modules gives
    the real module as usual, while Jinja2 loads and after (followup.stand_ins)."""
    import sys

    if "jinja2" in sys.modules:
        return
    from followup.stand_ins import later, lent

    modules: dict[str, dict[str, Any]] = {
        "hashlib": {"sha1": later("hashlib", "sha1")},
        "random": {f: later("random", f) for f in ("choice", "randrange")},
        # what compiles a template's text: a template whose code Jinja's bytecode cache
        # holds (`_bytecode_cache`) is never parsed nor compiled again
        "jinja2.compiler": {
            # a class attribute of the environment (`code_generator_class`): not a method
            "CodeGenerator": staticmethod(later("jinja2.compiler", "CodeGenerator")),
            "generate": later("jinja2.compiler", "generate"),
        },
        "jinja2.parser": {"Parser": later("jinja2.parser", "Parser")},
    }
    try:
        import _pickle
    except ImportError:  # pragma: no cover - CPython always has _pickle
        pass
    else:
        modules["pickle"] = {f: getattr(_pickle, f) for f in ("dump", "dumps", "load", "loads")}
    with lent(modules, importers=("jinja2",)):
        import jinja2  # noqa: F401


def _new_environment(settings: Settings) -> Environment:
    _import_jinja()
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, pass_context
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**", "+", "%"])

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            sequences = str | bytes | list | tuple
            if operator == "**":
                if isinstance(right, int | float) and abs(right) > 64:
                    raise SecurityError("'**' with a large exponent is not allowed in a template")
                if isinstance(left, int) and isinstance(right, int) and right > 0:
                    _check_bits(left.bit_length() * right, "'**'")
                return left**right
            if operator == "+":
                both = isinstance(left, sequences) and isinstance(right, sequences)
                if both and len(left) + len(right) > MAX_SEQUENCE:
                    raise _too_big("'+'")
                return left + right
            if operator == "%":
                _check_printf(left)
                return left % right
            sized = [x for x in (left, right) if isinstance(x, sequences)]
            factor = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
            if sized and factor and len(sized[0]) * factor[0] > MAX_SEQUENCE:
                raise SecurityError("a repeated text or list in a template is too long")
            if len(factor) == 2:
                _check_bits(left.bit_length() + right.bit_length(), "'*'")
            return left * right

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            owner = getattr(__obj, "__self__", None)
            if isinstance(owner, str):
                _sized_call(getattr(__obj, "__name__", ""), owner, args, kwargs)
            return super().call(__context, __obj, *args, **kwargs)

        def wrap_str_format(self, value: Any) -> Any:
            wrapped = super().wrap_str_format(value)
            if wrapped is not None and isinstance(getattr(value, "__self__", None), str):
                _check_format(value.__self__)
            return wrapped

    class SizedLoader(FileSystemLoader):
        def get_source(self, environment: Any, template: str) -> Any:
            source = super().get_source(environment, template)
            if len(source[0]) > MAX_TEMPLATE_BYTES:
                raise SecurityError(
                    f"{template} is larger than {MAX_TEMPLATE_BYTES} characters; not a template"
                )
            return source

    env = Sandbox(
        loader=ChoiceLoader(
            [SizedLoader(str(user_dir(settings))), FileSystemLoader(str(builtin_dir()))]
        ),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.bytecode_cache = _bytecode_cache(env)
    env.filters["pick"] = pass_context(_pick)
    env.filters["capfirst"] = _capfirst
    env.filters["lowerfirst"] = _lowerfirst
    env.filters["join_names"] = _join_names
    env.filters["paragraph"] = _paragraph
    capped = _capped_filters()
    env.globals["lipsum"] = capped.pop("lipsum")
    env.filters.update(capped)
    env.globals["range"] = _range
    return env


def _bytecode_cache(env: Environment) -> BytecodeCache | None:
    """Compiled templates kept in the cache folder (`<cache>/templates`), so a run after the
    first reads a template's code instead of parsing and compiling it again: Jinja checks
    each file's text against the saved code's checksum, and the saved code is only used
    under the same Jinja, Python and environment options. A cache folder that cannot be
    read or written is simply not used."""
    import jinja2
    from jinja2.bccache import Bucket, FileSystemBytecodeCache

    from followup.config import cache_dir

    try:
        folder = cache_dir() / "templates"
    except OSError:  # pragma: no cover - no cache folder can be named
        return None
    options = (
        jinja2.__version__,
        type(env).__mro__[1].__name__,
        sorted(getattr(env, "intercepted_binops", ())),
        env.trim_blocks,
        env.lstrip_blocks,
        env.keep_trailing_newline,
        env.newline_sequence,
        env.optimized,
    )

    class Cache(FileSystemBytecodeCache):
        # zlib's checksums instead of Jinja's sha1 (which would load OpenSSL, see
        # `_import_jinja`): two checksums and the length of the text
        def get_cache_key(self, name: str, filename: str | None = None) -> str:
            where = "" if filename is None else f"|{filename}"  # as Jinja's own key
            return _checksum(f"{options!r}|{name}{where}")

        def get_source_checksum(self, source: str) -> str:
            return _checksum(source)

        def load_bytecode(self, bucket: Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a damaged or partial file: compile afresh
                bucket.reset()

        def dump_bytecode(self, bucket: Bucket) -> None:
            from followup.store.db import private_folder

            try:
                private_folder(folder)
                super().dump_bytecode(bucket)
            except OSError:  # a full disk, a read-only folder: no cache this time
                return

    return Cache(str(folder), "%s.jinja")


def _checksum(text: str) -> str:
    """The content key of a text (a cache's file name, or the test that a compiled template
    is of the text on disk): `store.cache_files.digest`."""
    from followup.store.cache_files import digest

    return digest(text.encode("utf-8"))


def _where(name: str, settings: Settings) -> str:
    own = user_dir(settings) / name
    return str(own) if own.is_file() else f"built-in {name}"


@dataclass(frozen=True)
class RenderLimits:
    """How long (seconds, wall clock and CPU) and how much memory (MB, beyond followup's
    own) one render of the user's templates may take: settings templates.max_seconds and
    templates.max_memory_mb."""

    seconds: float
    memory_mb: int

    @classmethod
    def of(cls, settings: Settings) -> RenderLimits:
        seconds = float(settings["templates.max_seconds"])
        memory = int(settings["templates.max_memory_mb"])
        if not 0 < seconds <= 3600:
            raise ConfigError(f"setting templates.max_seconds must be 0-3600 (got {seconds:g})")
        if not 16 <= memory <= 1_000_000:
            raise ConfigError(f"setting templates.max_memory_mb must be at least 16 (got {memory})")
        return cls(seconds, memory)


def users_templates(settings: Settings) -> bool:
    """Whether any template of the user's may be in use: any file in their templates
    folder (the loader takes any name from there first, listed or not)."""
    try:
        return any(True for _ in user_dir(settings).iterdir())
    except OSError:  # no folder (or not readable: the loader finds nothing there either)
        return False


def render(env: Environment | None, settings: Settings, name: str, values: dict[str, Any]) -> str:
    """Render one template; any failure of the template becomes one ConfigError line."""
    return render_all(env, settings, name, [values])[0]


def render_all(
    env: Environment | None, settings: Settings, name: str, each: Sequence[dict[str, Any]]
) -> list[str]:
    """Render one template once for each set of values, in order; any failure of the
    template becomes one ConfigError line. `env` None: `environment(settings)`, made only
    when a render needs it.

    With any template of the user's in use, the renders run in one child process under
    real limits (RenderLimits; `seconds` for each render): a limit that is hit stops them
    all with one line. The built-in templates alone render here, in this process, and the
    texts are kept for the same values (see `_kept_renders`)."""
    limits = RenderLimits.of(settings)

    def here() -> list[str]:
        ready = env if env is not None else environment(settings)
        return [_render_here(ready, settings, name, values, limits.seconds) for values in each]

    if not users_templates(settings):
        kept = _kept_renders(settings, name, each)
        texts = _read_kept(kept, len(each))
        if texts is None:
            texts = here()
            _keep(kept, texts)
        return texts
    from followup.delivery import child

    if not child.available():
        return here()
    env = env if env is not None else environment(settings)
    _compile(env, settings, name)  # once, here: the children reuse the compiled code
    made = child.run_limited(
        lambda: json.dumps(here()),
        seconds=limits.seconds * max(1, len(each)),
        memory_mb=limits.memory_mb,
        what=f"template {_where(name, settings)}",
    )
    return [str(text) for text in json.loads(made)]


# --- rendered texts, kept -------------------------------------------------------------------
#
# Importing Jinja and setting up its sandbox takes longer than the rest of a draft, and the
# built-in templates give the same text for the same note every time: `followup call ID`
# renders the same script 16 ways on every call, `followup draft ID` the same note until
# something about the round changes. So the texts one `render_all` gives with the built-in
# templates are kept in the cache folder (`<cache>/renders/<SHA-256>.marshal`), named by a
# digest of everything the renders read: the content key of every built-in template (they
# include each other; store.cache_files.file_digest, read again only when a file
# changed), the code of the fields and filters as this run imported it (RENDER_CODE: this
# file, core.compose and the core modules it imports; store.cache_files.code_version),
# the modification time and size of Jinja and MarkupSafe, the Python version, the
# template's name and the values (`{"f": NoteFacts}` only: every field of a NoteFacts is in
# its repr). A later render of the same note reads the texts back without importing Jinja;
# anything else (other values, a changed template or code, any template of the user's)
# renders. A file that is missing, damaged or of another shape is rendered afresh; one that
# cannot be written only costs speed. At most MAX_KEPT_RENDERS files are kept (the oldest go
# first). The first render of a note still imports Jinja: what is saved is the second.
RENDERS_FORMAT = 2  # 2: the templates by their content keys (file_digest)
RENDER_MODULES = ("compose", "digests", "phrasing", "slot_grammar", "writer", "errors", "models",
                  "parse", "people", "plan")  # fmt: skip
# The code of the fields and filters, as this run imported it: this module, core.compose and
# the core modules it imports (loaded with it: importing them here costs nothing).
RENDER_CODE = code_seen(
    sys.modules[__name__],
    *(importlib.import_module(f"followup.core.{name}") for name in RENDER_MODULES),
)
MAX_KEPT_RENDERS = 400


def _kept_renders(settings: Settings, name: str, each: Sequence[dict[str, Any]]) -> Path | None:
    """The file for these renders of built-in template `name`, or None when these values
    cannot be told apart by their text (anything but one NoteFacts as `f`)."""
    from followup.config import cache_dir
    from followup.core.digests import sha256
    from followup.store.cache_files import code_version, file_digest, package_folder

    if not each or not all(v.keys() == {"f"} and type(v["f"]) is compose.NoteFacts for v in each):
        return None
    digest = sha256(f"{RENDERS_FORMAT}\0{sys.version_info[:2]}\0{name}\0".encode())
    try:
        for path in sorted(builtin_dir().iterdir()):
            known = file_digest(path)  # read again only when the file changed
            if known is None:
                return None
            digest.update(f"{path.name}\0{known}\0".encode())
        jinja, markup = package_folder("jinja2"), package_folder("markupsafe")
        code = code_version(RENDER_CODE)
        if jinja is None or markup is None or code is None:  # None: the code changed
            return None
        for lib in (jinja / "__init__.py", markup / "__init__.py"):
            info = lib.stat()
            digest.update(f"{lib}\0{info.st_mtime_ns}\0{info.st_size}\0".encode())
        digest.update(f"{code}\0".encode())
        folder = cache_dir(settings.env) / "renders"
    except OSError:
        return None
    digest.update(repr([v["f"] for v in each]).encode("utf-8", "surrogatepass"))
    return folder / f"{digest.hexdigest()}.marshal"


def _read_kept(path: Path | None, count: int) -> list[str] | None:
    """The `count` texts kept in `path`, or None (none kept, or not such a file)."""
    import marshal

    if path is None:
        return None
    try:
        texts = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(texts) is not list or len(texts) != count or any(type(t) is not str for t in texts):
        return None
    return texts


def _keep(path: Path | None, texts: list[str]) -> None:
    """Keep the texts for the next run (never a failure), the oldest files beyond
    MAX_KEPT_RENDERS removed."""
    import marshal
    import os

    from followup.store.cache_files import write_cache

    if path is None:
        return
    write_cache(path, marshal.dumps(texts))
    try:
        with os.scandir(path.parent) as entries:  # their times read only when too many
            kept = [entry.path for entry in entries if entry.name.endswith(".marshal")]
        if len(kept) > MAX_KEPT_RENDERS:
            kept.sort(key=lambda p: os.stat(p).st_mtime_ns)
            for old in kept[: len(kept) - MAX_KEPT_RENDERS]:
                os.unlink(old)
    except OSError:  # another run removed it first, or the folder cannot be read
        return


def _compile(env: Environment, settings: Settings, name: str) -> None:
    """Load and compile `name` and every template it may import, in this process, so each
    render's child starts with the compiled code (errors are the render's errors)."""
    for each in dict.fromkeys((name, *SHARED_TEMPLATES)):
        _guarded(settings, name, lambda each=each: env.get_template(each))


def _render_here(
    env: Environment, settings: Settings, name: str, values: dict[str, Any], seconds: float
) -> str:
    def run() -> str:
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
            if time.monotonic() - started > seconds:
                raise ConfigError(
                    f"template {_where(name, settings)}: rendering takes longer than "
                    f"{seconds:g} s; stopped"
                )
        return "".join(chunks)

    return _guarded(settings, name, run)


def _guarded(settings: Settings, name: str, run: Any) -> Any:
    """`run()`, with any failure of the template turned into one ConfigError line."""
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    try:
        return run()
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
    except MemoryError:
        raise ConfigError(
            f"template {_where(name, settings)} needs more memory than it may use; stopped"
        ) from None
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
        "to_name": "recipient's full name, as recorded",
        "to_written": "recipient's full name as written ('Pieter van der Berg' for "
        "'pieter van der berg'): a letter's inside address, a call sheet",
        "when": "when you met, in words true when the note is read ('last Friday')",
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
        "subject": "the subject line followup wrote (data/sentences.toml)",
        "greeting": "the greeting, e.g. 'Dear Priya,' or 'Dear Dr. Holt,'",
        "paragraphs": "the note's paragraphs, written from data/sentences.toml",
        "closing": "the sign-off line, e.g. 'Kind regards,'",
        "speech": (
            "a call's lines: opener, thanks, topic, qualification, extra (the second "
            "point when there is no topic or qualification), question, close; linked is "
            "'yes' when the qualification answers the topic (said right after it)"
        ),
        "topic_kind": "plan, challenge, process, exercise, story, item or topic",
        "locale": "the recipient's English: en-US, en-GB or en-CA",
        "purpose": "whom the note is for and how it goes out",
        "late": "true when the note goes after the window closed",
        "letter_greeting": "a letter's salutation, e.g. 'Dear Dr. Holt:'",
        "sign_off": "a letter's sign-off: 'Sincerely,' or 'Yours sincerely,'",
        "candidate_address": "your postal address, line by line",
        "recipient_address": "the recipient's or the company's postal address, line by line",
        "company_name": "the company as it reads in a sentence, e.g. 'the Port of Tacoma'",
    }
    return [
        (f.name, hints.get(f.name, ""))
        for f in dataclasses.fields(compose.NoteFacts)
        if f.name not in {"seed", "panel", "warnings", "plural", "doubts"}
    ]
