"""Wrapping and filling text (CPython: Lib/textwrap.py).

wrap() cuts a paragraph into lines of at most `width` characters: the text
becomes a list of chunks (words and the whitespace between them; hyphenated
words split after their hyphens), and lines are filled greedily, a chunk at
a time, breaking a word only when it is longer than a whole line.
dedent() removes the indentation common to all lines, indent() adds some."""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- text to chunks -----------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): " " for c in _whitespace})
        return text

    # A hyphen is a break point between two letters when at least two
    # letters come before it ("well-|known", not "e-|mail" or "x-|1").
    _hyphen_break = re.compile(r"(?<=[^\d\W]{2}-)(?=[^\d\W]-?[^\d\W])")

    def _split(self, text):
        """Words and whitespace runs, in order: 'a well-known  b' ->
        ['a', ' ', 'well-', 'known', '  ', 'b'] (with break_on_hyphens)."""
        chunks = []
        for piece in re.split(r"([\t\n\x0b\x0c\r ]+)", text):
            if not piece:
                continue
            if self.break_on_hyphens and not piece.isspace():
                chunks.extend(part for part in self._hyphen_break.split(piece) if part)
            else:
                chunks.append(piece)
        return chunks

    _sentence_end = re.compile(r"[a-z][\.\!\?][\"\']?\Z")

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end: 'word.' then ' ' becomes '  '."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._sentence_end.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    # ---- chunks to lines ----------------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A chunk longer than a line: cut what fits (after a hyphen if one
        is in reach), or put it whole on a line of its own."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Reversed, so that taking the next chunk is a cheap pop().
        chunks = list(reversed(chunks))
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                chunks.pop()
            cur_line, cur_len = [], 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            # ... and so is whitespace at the end of a line.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if not cur_line:
                continue
            last_allowed = self.max_lines is not None and len(lines) + 1 >= self.max_lines
            nothing_left = not chunks or (self.drop_whitespace and len(chunks) == 1
                                          and not chunks[0].strip())
            if not last_allowed or (nothing_left and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed, with text left over: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap the text into lines of at most self.width characters; returns
        a list of lines without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    >>> textwrap.shorten("Hello  world!", width=12)
    'Hello world!'
    >>> textwrap.shorten("Hello  world!", width=11)
    'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that hold only whitespace are ignored when finding the common
    indentation, and come out as empty lines."""
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            # The longest common prefix ("  \t" and "  " share "  ").
            common = 0
            while (common < len(margin) and common < len(indent)
                   and margin[common] == indent[common]):
                common += 1
            margin = margin[:common]
    result = []
    for line in lines:
        if not line.strip(" \t"):
            result.append("")
        else:
            result.append(line[len(margin):] if margin else line)
    return "\n".join(result)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    By default, the prefix goes on every line that holds more than
    whitespace; predicate(line) chooses the lines instead."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(keepends=True))
