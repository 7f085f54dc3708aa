"""argparse.ArgumentParser: reading a command line (see argparse's docstring
for the algorithm), its help and its errors.  Part of argparse, which
re-exports the class.
"""

import os as _os
import re as _re
import sys as _sys

import argparse as _argparse
from argparse import (_, _ngettext, _ActionsContainer, _AttributeHolder, _get_action_name,
                      _UNRECOGNIZED_ARGS_ATTR, ArgumentError, ArgumentTypeError, Namespace)
from _argparse_help import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER,
                            HelpFormatter)


def _nargs_pattern(action):
    """The regular expression an argument's words must match, over the
    classes of the words ('A' argument, 'O' option, '-' for '--')."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    # An option's words cannot be '--' (it ends the options).
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Reads command lines into Namespaces, by the arguments added to it."""

    __module__ = 'argparse'

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, lambda string: string)
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs):
        """Subcommands: returns an object whose add_parser(name) makes each one's parser."""
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # A subcommand's prog: this parser's usage without the options.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # ---- parsing ----------------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(_('unrecognized arguments: %s') % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        # Every dest starts with its default (unless the namespace has it).
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        # Classify the words: 'O' option, 'A' argument, '-' the first '--'.
        option_string_indices = {}
        pattern_parts = []
        after_dashes = False
        for i, arg_string in enumerate(arg_strings):
            if after_dashes:
                pattern_parts.append('A')
            elif arg_string == '--':
                pattern_parts.append('-')
                after_dashes = True
            else:
                option_tuple = self._parse_optional(arg_string)
                if option_tuple is None:
                    pattern_parts.append('A')
                else:
                    option_string_indices[i] = option_tuple
                    pattern_parts.append('O')
        arg_strings_pattern = ''.join(pattern_parts)

        # Each argument of a mutually exclusive group conflicts with the others.
        action_conflicts = {}
        for mutex_group in self._mutually_exclusive_groups:
            group_actions = mutex_group._group_actions
            for i, mutex_action in enumerate(group_actions):
                conflicts = action_conflicts.setdefault(mutex_action, [])
                conflicts.extend(group_actions[:i])
                conflicts.extend(group_actions[i + 1:])

        seen_actions = set()
        seen_non_default_actions = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.add(action)
                for conflict_action in action_conflicts.get(action, []):
                    if conflict_action in seen_non_default_actions:
                        raise ArgumentError(action, _('not allowed with argument %s')
                                            % _get_action_name(conflict_action))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_string_indices[start_index]
            action_tuples = []
            while True:
                if action is None:  # looks like an option, but no such option
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is None:
                    start = start_index + 1
                    arg_count = self._match_argument(action, arg_strings_pattern[start:])
                    stop = start + arg_count
                    action_tuples.append((action, arg_strings[start:stop], option_string))
                    break
                arg_count = self._match_argument(action, 'A')
                if arg_count == 0 and option_string[1] not in self.prefix_chars and explicit_arg != '':
                    # -xyz: the flag -x, then -y, -z ... as options of their own.
                    action_tuples.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    new_explicit_arg = explicit_arg[1:] or None
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit_arg = new_explicit_arg
                    else:
                        raise ArgumentError(action, _('ignored explicit argument %r') % explicit_arg)
                elif arg_count == 1:
                    stop = start_index + 1
                    action_tuples.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, _('ignored explicit argument %r') % explicit_arg)
            for action, args, option_string in action_tuples:
                take_action(action, args, option_string)
            return stop

        def consume_positionals(start_index):
            arg_counts = self._match_arguments_partial(positionals, arg_strings_pattern[start_index:])
            for action, arg_count in zip(positionals, arg_counts):
                args = arg_strings[start_index:start_index + arg_count]
                start_index += arg_count
                take_action(action, args)
            positionals[:] = positionals[len(arg_counts):]
            return start_index

        start_index = 0
        max_option_string_index = max(option_string_indices) if option_string_indices else -1
        while start_index <= max_option_string_index:
            next_option_string_index = min(index for index in option_string_indices if index >= start_index)
            if start_index != next_option_string_index:
                positionals_end_index = consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in option_string_indices:
                extras.extend(arg_strings[start_index:next_option_string_index])
                start_index = next_option_string_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required_actions = []
        for action in self._actions:
            if action in seen_actions:
                continue
            if action.required:
                required_actions.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str) and
                  hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                # A string default goes through type= as a typed word would.
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            self.error(_('the following arguments are required: %s') % ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default_actions for a in group._group_actions):
                names = [_get_action_name(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required') % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        new_arg_strings = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                new_arg_strings.append(arg_string)
                continue
            try:
                with open(arg_string[1:]) as args_file:
                    arg_strings_read = []
                    for arg_line in args_file.read().splitlines():
                        arg_strings_read.extend(self.convert_arg_line_to_args(arg_line))
                    new_arg_strings.extend(self._read_args_from_files(arg_strings_read))
            except OSError as err:
                self.error(str(err))
        return new_arg_strings

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            messages = {None: _('expected one argument'), OPTIONAL: _('expected at most one argument'),
                        ONE_OR_MORE: _('expected at least one argument')}
            message = messages.get(action.nargs)
            if message is None:
                message = _ngettext('expected %s argument', 'expected %s arguments',
                                    action.nargs) % action.nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many of the positionals as can match, the earlier ones greedily.
        for i in range(len(actions), 0, -1):
            pattern = ''.join(_nargs_pattern(action) for action in actions[:i])
            match = _re.match(pattern, arg_strings_pattern)
            if match is not None:
                return [len(string) for string in match.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option_string, explicit_arg) if arg_string is an option, else None."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join(option_string for action, option_string, explicit_arg in option_tuples)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': options})
        elif len(option_tuples) == 1:
            return option_tuples[0]
        # A negative number is an argument, unless some option looks like one.
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options option_string may abbreviate (--fo for --foo, -xVALUE for -x)."""
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    option_prefix, explicit_arg = option_string.split('=', 1)
                else:
                    option_prefix, explicit_arg = option_string, None
                for candidate in self._option_string_actions:
                    if candidate.startswith(option_prefix):
                        result.append((self._option_string_actions[candidate], candidate, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for candidate in self._option_string_actions:
                if candidate == short_option_prefix:
                    result.append((self._option_string_actions[candidate], candidate, short_explicit_arg))
                elif candidate.startswith(option_string):
                    result.append((self._option_string_actions[candidate], candidate, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % type_func)
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value, 'choices': ', '.join(map(repr, action.choices))}
            raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)') % args)

    # ---- help and errors ----------------------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr, and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n') % {'prog': self.prog, 'message': message})
