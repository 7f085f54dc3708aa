"""String constants, $-templates and the Formatter class (CPython:
Lib/string.py; the format-string parser is Objects/stringlib/
unicode_format.h, reached through the private _string module, which
glasspy writes here in Python as Formatter.parse)."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word
    using capitalize, and join the capitalized words using join."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---- Template: $name substitution ----------------------------------------------------------------

class Template:
    """A string class for supporting $-substitutions.

    $$ is an escaped $; $name and ${name} are placeholders.  A subclass may
    change `delimiter`, `idpattern`, `braceidpattern`, `flags` or the whole
    `pattern`; the pattern is compiled once per class, when it is made."""

    delimiter = "$"
    # ASCII-only identifiers ((?a:...)), matched case-insensitively through flags.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            pattern = (f"{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})"
                       f"|{{(?P<braced>{bid})}}|(?P<invalid>))")
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping={}, /, **kws):
        """Replace each placeholder by its value; KeyError when one has none."""
        values = _merge(mapping, kws)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                return str(values[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping={}, /, **kws):
        """As substitute, but a placeholder without a value (or a bad one)
        is left as it is instead of raising."""
        values = _merge(mapping, kws)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(values[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group("invalid") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


# Template's own pattern is built the same way as a subclass's.
Template.__init_subclass__()


def _merge(mapping, kws):
    if not kws:
        return mapping
    if not mapping:
        return kws
    # Keywords win over the mapping, as in a ChainMap(kws, mapping).
    merged = dict(mapping)
    merged.update(kws)
    return merged


# ---- Formatter: str.format written out, with hooks -----------------------------------------------

class Formatter:
    """str.format's algorithm as overridable methods: parse() splits the
    format string, get_field()/get_value() fetch each argument,
    convert_field() applies !r/!s/!a and format_field() calls format()."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # "{}" takes the next positional argument; mixing it with
            # "{0}" is an error, as in str.format.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may itself hold fields: "{0:{width}}".
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece of format_string; the last three are None after a final
        literal with no field."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        """The object a field name such as "0.name[key]" designates, and the
        argument it started from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(s):
    literal = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c not in "{}":
            literal.append(c)
            i += 1
            continue
        # A doubled brace ends the literal piece, as CPython's parser does.
        if i + 1 < n and s[i + 1] == c:
            literal.append(c)
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        # A field: up to the matching "}", counting nested braces in the spec.
        depth, j = 1, i + 1
        while j < n:
            if s[j] == "{":
                depth += 1
            elif s[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            _split_field(s[i + 1:])   # its own errors first: "{0!" lacks a conversion
            raise ValueError("expected '}' before end of string")
        yield ("".join(literal),) + _split_field(s[i + 1:j])
        literal = []
        i = j + 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field(field):
    """'name!r:spec' -> ('name', 'spec', 'r')."""
    # The name ends at the first "!" or ":" outside brackets.
    i, n = 0, len(field)
    while i < n and field[i] not in "!:":
        if field[i] == "[":
            while i < n and field[i] != "]":
                i += 1
        i += 1
    name = field[:i]
    conversion = None
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ":":
            raise ValueError("expected ':' after conversion specifier")
    spec = field[i + 1:] if i < n else ""
    return name, spec, conversion


def _split_field_name(name):
    """'0.attr[key]' -> (0, [(True, 'attr'), (False, 'key')])."""
    m = _re.match(r"[^.\[]*", name)
    first = m.group()
    first = int(first) if first.isdigit() else first
    rest = []
    i = m.end()
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
        else:
            j = name.index("]", i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            j += 1
        i = j
    return first, rest
