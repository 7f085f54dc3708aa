"""argparse's help formatters: the usage line and the -h/--help text.

Part of argparse (which re-exports the formatter classes; they say they
live in `argparse`).  The output is CPython's character for character:

* The width is the terminal's less 2 (COLUMNS, else 80 when there is no
  terminal); help texts start in a column at most 24 wide: two more than
  the longest "-f, --foo FOO" invocation, if that fits.
* The formatter collects items (usage, texts, sections of arguments) and
  lays them out at the end, because the help column depends on every
  argument; sections without items disappear, runs of blank lines shrink
  to one.
* A usage line too long for the width breaks between the parts: options
  first, then positionals, aligned after "usage: prog ".
"""

import os
import re
import sys
import textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

_WHITESPACE = re.compile(r'\s+', re.ASCII)
_LONG_BREAK = re.compile(r'\n\n\n+')
# One part of a usage line: a bracketed or parenthesised group, or a word.
_USAGE_PART = re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


def _terminal_columns():
    """shutil.get_terminal_size().columns: COLUMNS, the terminal, else 80."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


class _Section:
    """A part of the help: a heading and the items under it."""

    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        formatter = self.formatter
        if self.parent is not None:
            formatter._indent()
        item_help = formatter._join_parts([func(*args) for func, args in self.items])
        if self.parent is not None:
            formatter._dedent()
        if not item_help:
            return ''
        if self.heading is not SUPPRESS and self.heading is not None:
            heading = ' ' * formatter._current_indent + self.heading + ':\n'
        else:
            heading = ''
        return formatter._join_parts(['\n', heading, item_help, '\n'])


class HelpFormatter:
    """Formats help and usage; the other formatters change one step of it."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(self, None)
        self._current_section = self._root_section

    # ---- sections and items ------------------------------------------------------------------

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # The help column depends on the longest invocation of all.
        invocations = [self._format_action_invocation(action)]
        invocations.extend(self._format_action_invocation(sub)
                           for sub in self._iter_indented_subactions(action))
        length = max(len(s) for s in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, length)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _LONG_BREAK.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings if part and part is not SUPPRESS)

    # ---- usage ----------------------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        prog = self._prog
        if usage is not None:
            usage = usage % dict(prog=prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join(s for s in [prog, action_usage] if s)
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = self._wrap_usage(prefix, prog, optionals, positionals, groups, text_width)
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prefix, prog, optionals, positionals, groups, text_width):
        opt_parts = _USAGE_PART.findall(self._format_actions_usage(optionals, groups))
        pos_parts = _USAGE_PART.findall(self._format_actions_usage(positionals, groups))

        def lines_of(parts, indent, first_prefix=None):
            # Greedy filling; the first line may start after a prefix instead.
            lines = []
            line = []
            line_len = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if line and line_len + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # Continuation lines line up after "usage: prog ".
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long prog: it has a line of its own, the rest under "usage: ".
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # A mutually exclusive group whose actions are consecutive here is
        # shown as [-a | -b] (or (-a | -b) when one is required).
        group_actions = set()
        inserts = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            end = start + len(group._group_actions)
            if actions[start:end] != group._group_actions:
                continue
            suppressed = 0
            for action in group._group_actions:
                group_actions.add(action)
                if action.help is SUPPRESS:
                    suppressed += 1
            exposed = len(group._group_actions) - suppressed
            if not group.required:
                inserts[start] = inserts[start] + ' [' if start in inserts else '['
                inserts[end] = inserts[end] + ']' if end in inserts else ']'
            elif exposed > 1:
                inserts[start] = inserts[start] + ' (' if start in inserts else '('
                inserts[end] = inserts[end] + ')' if end in inserts else ')'
            for i in range(start + 1, end):
                inserts[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    inserts.pop(i)
                elif inserts.get(i + 1) == '|':
                    inserts.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in group_actions and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args_string = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (option_string, args_string)
                if not action.required and action not in group_actions:
                    part = '[%s]' % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = ' '.join(part for part in parts if part is not None)
        # No space inside brackets, no empty brackets.
        text = re.sub(r'([\[(]) ', r'\1', text)
        text = re.sub(r' ([\])])', r'\1', text)
        text = re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    # ---- text -------------------------------------------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        text = _WHITESPACE.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        text = _WHITESPACE.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    # ---- one argument -----------------------------------------------------------------------------

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = ' ' * self._current_indent
        if not action.help:
            header = indent + header + '\n'
        elif len(header) <= action_width:
            # The help starts on the same line, in the help column.
            header = indent + header.ljust(action_width) + '  '
            indent_first = 0
        else:
            header = indent + header + '\n'
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append(' ' * indent_first + help_lines[0] + '\n')
                for line in help_lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')
        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args_string = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option_string, args_string) for option_string in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (no re-filling)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds "(default: ...)" to the help of arguments that have a default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments by their type (int, str) rather than their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


for _cls in (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
             ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter):
    _cls.__module__ = 'argparse'
_Section.__module__ = 'argparse'
_Section.__qualname__ = 'HelpFormatter._Section'
del _cls
